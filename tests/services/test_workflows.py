"""Workflows of grants, sites and works: only legal steps, each dated, kept in the history and audited."""

import json
from decimal import Decimal

import pytest
from sqlalchemy import select

from tests.builders import D, audit, count, refused
from workbench import models as m
from workbench.services import figures, records, workflows


def history(rows) -> list[tuple]:
    return [(r.from_status, r.to_status, r.changed_on, r.user_name, r.note) for r in rows]


# --- grants -----------------------------------------------------------------------------------

@pytest.fixture
def iraq(build):
    return build.iraq_project(), build.ninewa()[3]


@pytest.fixture
def grant(build, iraq):
    return build.grant(*iraq)  # EDF, 15,000 USD, applied for on 2023-02-01


@pytest.fixture
def approved(build, iraq):
    return build.approved_grant(*iraq)  # vetting 2023-02-15, approved 2023-03-01


def test_a_grant_goes_from_application_to_closed(session, grant):
    assert workflows.grant_next_steps(grant) == ["vetting", "rejected", "cancelled"]
    workflows.change_grant_status(session, grant.id, "vetting", D(2023, 2, 15), "documents complete")
    assert workflows.grant_next_steps(grant) == ["approved", "rejected", "cancelled"]
    workflows.change_grant_status(session, grant.id, "approved", D(2023, 3, 1), "grant committee of 1 March")
    assert (grant.status, grant.approved_on) == ("approved", D(2023, 3, 1))
    assert workflows.grant_next_steps(grant) == ["pay", "cancelled"]

    first = workflows.pay_grant_tranche(session, grant.id, Decimal("6000"), D(2023, 3, 10))
    assert (grant.status, first.sequence, first.amount, first.paid_on) == (
        "disbursed", 1, Decimal("6000"), D(2023, 3, 10))
    assert workflows.grant_next_steps(grant) == ["pay"]
    second = workflows.pay_grant_tranche(session, grant.id, Decimal("9000"), D(2023, 5, 2))
    assert (second.sequence, workflows.grant_paid(grant), grant.status) == (2, Decimal("15000.00"), "disbursed")
    assert workflows.grant_next_steps(grant) == ["monitored"]

    workflows.change_grant_status(session, grant.id, "monitored", D(2023, 6, 1), "visit: bakery open, 4 jobs")
    assert workflows.grant_next_steps(grant) == ["closed"]
    workflows.change_grant_status(session, grant.id, "closed", D(2023, 12, 15))
    assert workflows.grant_next_steps(grant) == []

    session.expire_all()
    stored = session.get(m.LivelihoodGrant, grant.id)
    assert stored.status == "closed"
    assert history(stored.history) == [
        ("application", "vetting", D(2023, 2, 15), "tester", "documents complete"),
        ("vetting", "approved", D(2023, 3, 1), "tester", "grant committee of 1 March"),
        ("approved", "disbursed", D(2023, 3, 10), "tester", "tranche 1 paid: 6000 USD"),
        ("disbursed", "monitored", D(2023, 6, 1), "tester", "visit: bakery open, 4 jobs"),
        ("monitored", "closed", D(2023, 12, 15), "tester", ""),
    ]
    assert [(t.sequence, t.amount, t.paid_on) for t in stored.tranches] == [
        (1, Decimal("6000.00"), D(2023, 3, 10)), (2, Decimal("9000.00"), D(2023, 5, 2))]


def test_every_grant_step_is_audited(session, grant):
    workflows.change_grant_status(session, grant.id, "vetting", D(2023, 2, 15))
    workflows.change_grant_status(session, grant.id, "approved", D(2023, 3, 1))
    tranche = workflows.pay_grant_tranche(session, grant.id, Decimal("6000"), D(2023, 3, 10))
    changes = [(e.field, e.old_value, e.new_value, e.user_name)
               for e in audit(session, "livelihood_grants", grant.id, "update")]
    assert changes == [
        ("status", "application", "vetting", "tester"),
        ("status", "vetting", "approved", "tester"),
        ("approved_on", None, "2023-03-01", "tester"),
        ("status", "approved", "disbursed", "tester"),
    ]
    steps = [json.loads(e.new_value) for e in audit(session, "grant_status_changes", action="create")]
    assert [(s["from_status"], s["to_status"], s["changed_on"], s["user_name"]) for s in steps] == [
        ("application", "vetting", "2023-02-15", "tester"),
        ("vetting", "approved", "2023-03-01", "tester"),
        ("approved", "disbursed", "2023-03-10", "tester"),
    ]
    [paid] = audit(session, "grant_tranches", tranche.id, "create")
    assert {k: v for k, v in json.loads(paid.new_value).items() if k != "id"} == {
        "grant_id": str(grant.id), "sequence": "1", "amount": "6000", "paid_on": "2023-03-10", "uid": tranche.uid}


@pytest.mark.parametrize("steps, final", [
    (["rejected"], "rejected"),
    (["vetting", "rejected"], "rejected"),
    (["cancelled"], "cancelled"),
    (["vetting", "cancelled"], "cancelled"),
    (["vetting", "approved", "cancelled"], "cancelled"),
])
def test_a_grant_can_be_rejected_or_cancelled(session, grant, steps, final):
    for i, step in enumerate(steps):
        workflows.change_grant_status(session, grant.id, step, D(2023, 2, 10 + i))
    assert grant.status == final
    assert [h.to_status for h in grant.history] == steps
    assert workflows.grant_next_steps(grant) == []
    with refused("status", f"A grant that is {final} cannot become vetting; next steps: none: this is a final step."):
        workflows.change_grant_status(session, grant.id, "vetting", D(2023, 4, 1))


@pytest.mark.parametrize("steps, wanted, expected", [
    ([], "approved", "A grant that is application cannot become approved; next steps: vetting, rejected, cancelled."),
    ([], "closed", "next steps: vetting, rejected, cancelled."),
    (["vetting"], "monitored", "A grant that is vetting cannot become monitored; next steps: approved, rejected, "
                               "cancelled."),
    (["vetting", "approved"], "rejected", "A grant that is approved cannot become rejected; next steps: pay a tranche, "
                                          "cancelled."),
    (["vetting", "approved"], "vetting", "cannot become vetting"),
    ([], "paid", "A grant that is application cannot become paid"),
])
def test_illegal_grant_steps_are_refused_with_the_next_steps(session, grant, steps, wanted, expected):
    for i, step in enumerate(steps):
        workflows.change_grant_status(session, grant.id, step, D(2023, 2, 10 + i))
    with refused("status", expected):
        workflows.change_grant_status(session, grant.id, wanted, D(2023, 3, 1))
    assert grant.status == (steps[-1] if steps else "application")
    assert len(grant.history) == len(steps)


def test_disbursed_is_reached_by_paying_not_by_a_status_change(session, approved):
    with refused("status", "becomes disbursed when its first tranche is paid; pay a tranche instead"):
        workflows.change_grant_status(session, approved.id, "disbursed", D(2023, 3, 5))
    assert (approved.status, approved.tranches) == ("approved", [])


def test_a_grant_step_before_the_last_one_is_refused(session, grant):
    with refused("date", "cannot be before the grant's last step (2023-02-01)"):
        workflows.change_grant_status(session, grant.id, "vetting", D(2023, 1, 31))
    workflows.change_grant_status(session, grant.id, "vetting", D(2023, 2, 1))  # the same day is fine
    with refused("date", "cannot be before the grant's last step (2023-02-01)"):
        workflows.change_grant_status(session, grant.id, "approved", D(2023, 1, 20))
    assert (grant.status, grant.approved_on, len(grant.history)) == ("vetting", None, 1)


def test_only_an_approved_grant_is_paid(session, grant):
    with refused("status", "Only an approved grant can be paid; this grant is application."):
        workflows.pay_grant_tranche(session, grant.id, Decimal("1000"), D(2023, 3, 10))
    workflows.change_grant_status(session, grant.id, "rejected", D(2023, 2, 20))
    with refused("status", "this grant is rejected"):
        workflows.pay_grant_tranche(session, grant.id, Decimal("1000"), D(2023, 3, 10))
    assert count(session, m.GrantTranche) == 0


def test_a_tranche_cannot_be_paid_before_the_grant_is_approved(session, approved):
    with refused("paid_on", "cannot be before the grant was approved (2023-03-01)"):
        workflows.pay_grant_tranche(session, approved.id, Decimal("6000"), D(2023, 2, 28))
    assert (approved.status, count(session, m.GrantTranche)) == ("approved", 0)
    tranche = workflows.pay_grant_tranche(session, approved.id, Decimal("6000"), D(2023, 3, 1))
    assert (tranche.paid_on, approved.status) == (D(2023, 3, 1), "disbursed")


def test_a_tranche_cannot_be_paid_before_the_previous_one(session, approved):
    workflows.pay_grant_tranche(session, approved.id, Decimal("6000"), D(2023, 3, 10))
    with refused("paid_on", "cannot be before the previous tranche (2023-03-10)"):
        workflows.pay_grant_tranche(session, approved.id, Decimal("4000"), D(2023, 3, 9))
    same_day = workflows.pay_grant_tranche(session, approved.id, Decimal("4000"), D(2023, 3, 10))
    assert (same_day.sequence, workflows.grant_paid(approved)) == (2, Decimal("10000.00"))


def test_tranches_never_exceed_the_grant(session, approved):
    with refused("amount", "is more than what remains of the grant (15000.00 USD)"):
        workflows.pay_grant_tranche(session, approved.id, Decimal("15000.01"), D(2023, 3, 10))
    workflows.pay_grant_tranche(session, approved.id, Decimal("10000"), D(2023, 3, 10))
    with refused("amount", "is more than what remains of the grant (5000.00 USD)"):
        workflows.pay_grant_tranche(session, approved.id, Decimal("5000.50"), D(2023, 4, 10))
    workflows.pay_grant_tranche(session, approved.id, Decimal("5000"), D(2023, 4, 10))
    with refused("amount", "is more than what remains of the grant (0.00 USD)"):
        workflows.pay_grant_tranche(session, approved.id, Decimal("1"), D(2023, 4, 11))
    assert [t.amount for t in approved.tranches] == [Decimal("10000"), Decimal("5000")]


@pytest.mark.parametrize("amount", ["0", "-500"])
def test_a_tranche_must_be_more_than_zero(session, approved, amount):
    with refused("amount", "must be more than zero"):
        workflows.pay_grant_tranche(session, approved.id, Decimal(amount), D(2023, 3, 10))


def test_a_grant_in_iraqi_dinars_is_paid_in_dinars(session, build, iraq):
    project, bartella = iraq
    grant = build.approved_grant(project, bartella, code="IQ-EDF-0002", amount=Decimal("19500000"), currency="IQD",
                                 exchange_rate=Decimal("0.000763"), rate_date=D(2023, 2, 1))
    workflows.pay_grant_tranche(session, grant.id, Decimal("9750000"), D(2023, 3, 12))
    with refused("amount", "is more than what remains of the grant (9750000.00 IQD)"):
        workflows.pay_grant_tranche(session, grant.id, Decimal("9750001"), D(2023, 4, 12))
    assert grant.history[-1].note == "tranche 1 paid: 9750000 IQD"


def test_monitoring_only_once_fully_paid(session, approved):
    workflows.pay_grant_tranche(session, approved.id, Decimal("6000"), D(2023, 3, 10))
    with refused("status", "The grant is not fully paid (6000.00 of 15000", "USD); pay the remaining tranches"):
        workflows.change_grant_status(session, approved.id, "monitored", D(2023, 6, 1))
    workflows.pay_grant_tranche(session, approved.id, Decimal("9000"), D(2023, 5, 2))
    workflows.change_grant_status(session, approved.id, "monitored", D(2023, 6, 1))
    assert approved.status == "monitored"


def test_monitoring_cannot_be_dated_before_the_last_tranche(session, approved):
    workflows.pay_grant_tranche(session, approved.id, Decimal("6000"), D(2023, 3, 10))
    workflows.pay_grant_tranche(session, approved.id, Decimal("9000"), D(2023, 5, 2))
    with refused("date", "cannot be before the last tranche paid (2023-05-02)"):
        workflows.change_grant_status(session, approved.id, "monitored", D(2023, 4, 1))
    workflows.change_grant_status(session, approved.id, "monitored", D(2023, 5, 2))
    assert [h.to_status for h in approved.history] == ["vetting", "approved", "disbursed", "monitored"]


def test_grant_status_cannot_be_edited_directly(session, grant):
    with refused("status", "is changed through the grant's workflow, not edited"):
        records.update(session, "grant", grant.id, {"status": "approved"})
    with refused("approved_on", "is changed through the grant's workflow"):
        records.update(session, "grant", grant.id, {"approved_on": D(2023, 3, 1)})
    assert (grant.status, grant.approved_on, grant.history) == ("application", None, [])


# --- sites ------------------------------------------------------------------------------------

def test_a_site_goes_open_closing_closed(session, kalonda):
    assert workflows.site_next_steps(kalonda) == ["closing"]
    workflows.change_site_status(session, kalonda.id, "closing", D(2024, 2, 1), "provincial closure plan")
    assert (kalonda.status, kalonda.closed_on, workflows.site_next_steps(kalonda)) == (
        "closing", None, ["closed", "open"])
    workflows.change_site_status(session, kalonda.id, "closed", D(2024, 3, 31), "last households left")
    assert workflows.site_next_steps(kalonda) == []
    session.expire_all()
    stored = session.get(m.Site, kalonda.id)
    assert (stored.status, stored.closed_on) == ("closed", D(2024, 3, 31))
    assert history(stored.status_changes) == [
        ("open", "closing", D(2024, 2, 1), "tester", "provincial closure plan"),
        ("closing", "closed", D(2024, 3, 31), "tester", "last households left"),
    ]
    changes = [(e.field, e.old_value, e.new_value) for e in audit(session, "sites", kalonda.id, "update")]
    assert changes == [("status", "open", "closing"), ("status", "closing", "closed"),
                       ("closed_on", None, "2024-03-31")]
    assert len(audit(session, "site_status_changes", action="create")) == 2


def test_a_planned_closure_can_be_called_off(session, kalonda):
    workflows.change_site_status(session, kalonda.id, "closing", D(2024, 2, 1))
    workflows.change_site_status(session, kalonda.id, "open", D(2024, 2, 20), "new arrivals from Nyunzu")
    assert (kalonda.status, kalonda.closed_on) == ("open", None)
    assert [(h.from_status, h.to_status) for h in kalonda.status_changes] == [("open", "closing"),
                                                                               ("closing", "open")]


@pytest.mark.parametrize("steps, wanted, expected", [
    ([], "closed", "A site that is open cannot become closed; next steps: closing."),
    ([], "open", "A site that is open cannot become open; next steps: closing."),
    ([], "demolished", "A site that is open cannot become demolished"),
    (["closing", "closed"], "open",
     "A site that is closed cannot become open; next steps: none: this is a final step."),
    (["closing", "closed"], "closing", "next steps: none: this is a final step."),
])
def test_illegal_site_steps_are_refused(session, kalonda, steps, wanted, expected):
    for i, step in enumerate(steps):
        workflows.change_site_status(session, kalonda.id, step, D(2024, 2, 1 + i))
    with refused("status", expected):
        workflows.change_site_status(session, kalonda.id, wanted, D(2024, 3, 1))
    assert len(kalonda.status_changes) == len(steps)


def test_a_site_step_before_the_opening_or_the_last_step_is_refused(session, kalonda):
    with refused("date", "cannot be before the site opened (2020-03-01)"):
        workflows.change_site_status(session, kalonda.id, "closing", D(2020, 2, 29))
    workflows.change_site_status(session, kalonda.id, "closing", D(2024, 2, 1))
    with refused("date", "cannot be before the site's last status change (2024-02-01)"):
        workflows.change_site_status(session, kalonda.id, "closed", D(2024, 1, 31))
    assert (kalonda.status, kalonda.closed_on) == ("closing", None)


def test_closing_a_site_with_households_present_is_refused(session, build, places, kalonda):
    mukuku = build.site(places[2], name="Mukuku")
    first = build.household(kalonda, code="KAL-0001")
    second = build.household(kalonda, code="KAL-0002", head_name="Ilunga Mbuyu")
    build.household(kalonda, code="KAL-0003", departure_date=D(2023, 9, 1), destination_id=places[3].id)
    build.household(mukuku, code="MUK-0001")  # another site's household does not count
    workflows.change_site_status(session, kalonda.id, "closing", D(2024, 2, 1))
    assert workflows.households_present(session, kalonda.id) == 2
    with refused("status", "Kalonda cannot be closed: 2 households are still present.",
                 "Record their departure first."):
        workflows.change_site_status(session, kalonda.id, "closed", D(2024, 3, 31))
    assert (kalonda.status, kalonda.closed_on) == ("closing", None)

    records.update(session, "household", first.id, {"departure_date": D(2024, 3, 2), "destination_id": places[3].id})
    with refused("status", "1 households are still present"):
        workflows.change_site_status(session, kalonda.id, "closed", D(2024, 3, 31))
    records.update(session, "household", second.id, {"departure_date": D(2024, 3, 5), "destination_id": places[3].id})
    workflows.change_site_status(session, kalonda.id, "closed", D(2024, 3, 31))
    assert (kalonda.status, kalonda.closed_on) == ("closed", D(2024, 3, 31))


def test_site_status_and_closure_cannot_be_edited_directly(session, kalonda):
    with refused("status", "is changed through the site's workflow, not edited"):
        records.update(session, "site", kalonda.id, {"status": "closed"})
    with refused("closed_on", "is changed through the site's workflow"):
        records.update(session, "site", kalonda.id, {"closed_on": D(2024, 3, 31)})
    with refused("status", "is changed through the site's workflow"):
        records.create(session, "site", dict(name="Mukuku", site_type="planned camp", location_id=kalonda.location_id,
                                             opened_on=D(2019, 11, 4), status="closed"))
    assert (kalonda.status, kalonda.closed_on, count(session, m.Site)) == ("open", None, 1)


# --- infrastructure works ---------------------------------------------------------------------

@pytest.fixture
def work(build, iraq):
    return build.work(*iraq)  # water plant, planned 2023-03-01 to 2023-09-30


def test_a_work_goes_planned_ongoing_completed_handed_over(session, build, work):
    assert workflows.work_next_steps(work) == ["ongoing", "suspended"]
    workflows.change_work_status(session, work.id, "ongoing", D(2023, 3, 12), "contractor mobilised")
    assert (work.status, work.actual_start, work.actual_end) == ("ongoing", D(2023, 3, 12), None)
    assert workflows.work_next_steps(work) == ["completed", "suspended"]
    build.progress(work, D(2023, 6, 30), "55")
    workflows.change_work_status(session, work.id, "completed", D(2023, 10, 20))
    assert (work.status, work.actual_end) == ("completed", D(2023, 10, 20))
    assert workflows.work_next_steps(work) == ["handed over"]
    workflows.change_work_status(session, work.id, "handed over", D(2023, 11, 5),
                                 "handed to Ninewa water directorate")
    assert workflows.work_next_steps(work) == []

    session.expire_all()
    stored = session.get(m.InfrastructureWork, work.id)
    assert (stored.status, stored.actual_start, stored.actual_end) == ("handed over", D(2023, 3, 12), D(2023, 10, 20))
    assert [(r.reported_on, r.progress_percent, r.note) for r in stored.progress_reports] == [
        (D(2023, 6, 30), Decimal("55.0"), ""), (D(2023, 10, 20), Decimal("100.0"), "completed")]
    assert history(stored.status_changes) == [
        ("planned", "ongoing", D(2023, 3, 12), "tester", "contractor mobilised"),
        ("ongoing", "completed", D(2023, 10, 20), "tester", ""),
        ("completed", "handed over", D(2023, 11, 5), "tester", "handed to Ninewa water directorate"),
    ]
    changes = [(e.field, e.old_value, e.new_value) for e in audit(session, "infrastructure_works", work.id, "update")]
    assert changes == [
        ("actual_start", None, "2023-03-12"), ("status", "planned", "ongoing"),
        ("actual_end", None, "2023-10-20"), ("status", "ongoing", "completed"),
        ("status", "completed", "handed over"),
    ]


def test_completion_keeps_an_existing_100_percent_report(session, build, work):
    workflows.change_work_status(session, work.id, "ongoing", D(2023, 3, 12))
    build.progress(work, D(2023, 9, 25), "100", note="final inspection")
    workflows.change_work_status(session, work.id, "completed", D(2023, 9, 28), "works accepted")
    assert [(r.reported_on, r.progress_percent) for r in work.progress_reports] == [(D(2023, 9, 25), Decimal("100"))]
    assert count(session, m.WorkProgressReport) == 1


def test_completion_adds_the_100_percent_report_with_the_note(session, build, work):
    workflows.change_work_status(session, work.id, "ongoing", D(2023, 3, 12))
    workflows.change_work_status(session, work.id, "completed", D(2023, 9, 28), "works accepted")
    reports = session.scalars(select(m.WorkProgressReport)).all()
    assert [(r.reported_on, r.progress_percent, r.note) for r in reports] == [
        (D(2023, 9, 28), Decimal("100"), "works accepted")]


def test_completion_before_the_last_progress_report_is_refused(session, build, work):
    workflows.change_work_status(session, work.id, "ongoing", D(2023, 3, 12))
    build.progress(work, D(2023, 8, 31), "80")
    with refused("date", "cannot be before the last progress report (2023-08-31)"):
        workflows.change_work_status(session, work.id, "completed", D(2023, 8, 30))
    assert (work.status, work.actual_end, count(session, m.WorkProgressReport)) == ("ongoing", None, 1)


def test_completion_sees_reports_added_after_the_work_was_read(session, build, work):
    """One session (an import, a screen) reads the work's progress, then a report is added, then it completes."""
    workflows.change_work_status(session, work.id, "ongoing", D(2023, 3, 12))
    assert figures.work_progress(work) == Decimal(0)  # reads the work's reports while there are none
    build.progress(work, D(2023, 9, 25), "100")
    with refused("date", "cannot be before the last progress report (2023-09-25)"):
        workflows.change_work_status(session, work.id, "completed", D(2023, 9, 20))
    workflows.change_work_status(session, work.id, "completed", D(2023, 9, 28))
    assert count(session, m.WorkProgressReport) == 1


def test_a_work_is_suspended_and_resumed(session, work):
    workflows.change_work_status(session, work.id, "ongoing", D(2023, 3, 12))
    workflows.change_work_status(session, work.id, "suspended", D(2023, 5, 1), "access restricted")
    assert (work.status, workflows.work_next_steps(work)) == ("suspended", ["ongoing"])
    workflows.change_work_status(session, work.id, "ongoing", D(2023, 6, 15), "access restored")
    assert (work.status, work.actual_start) == ("ongoing", D(2023, 3, 12))  # the first start stays
    assert [(h.from_status, h.to_status, h.changed_on) for h in work.status_changes] == [
        ("planned", "ongoing", D(2023, 3, 12)), ("ongoing", "suspended", D(2023, 5, 1)),
        ("suspended", "ongoing", D(2023, 6, 15))]


def test_a_work_suspended_before_it_started_starts_when_resumed(session, work):
    workflows.change_work_status(session, work.id, "suspended", D(2023, 2, 20), "contract under review")
    assert work.actual_start is None
    workflows.change_work_status(session, work.id, "ongoing", D(2023, 4, 2))
    assert work.actual_start == D(2023, 4, 2)


@pytest.mark.parametrize("steps, wanted, expected", [
    ([], "completed", "A work that is planned cannot become completed; next steps: ongoing, suspended."),
    ([], "handed over", "next steps: ongoing, suspended."),
    (["ongoing"], "planned", "A work that is ongoing cannot become planned; next steps: completed, suspended."),
    (["suspended"], "completed", "A work that is suspended cannot become completed; next steps: ongoing."),
    (["ongoing", "completed"], "ongoing", "A work that is completed cannot become ongoing; next steps: handed over."),
    (["ongoing", "completed", "handed over"], "ongoing", "next steps: none: this is a final step."),
])
def test_illegal_work_steps_are_refused(session, work, steps, wanted, expected):
    for i, step in enumerate(steps):
        workflows.change_work_status(session, work.id, step, D(2023, 3, 1 + i))
    with refused("status", expected):
        workflows.change_work_status(session, work.id, wanted, D(2023, 4, 1))
    assert work.status == (steps[-1] if steps else "planned")


def test_a_work_step_before_the_last_one_is_refused(session, work):
    workflows.change_work_status(session, work.id, "ongoing", D(2023, 3, 12))
    with refused("date", "cannot be before the work's last status change (2023-03-12)"):
        workflows.change_work_status(session, work.id, "suspended", D(2023, 3, 11))
    assert (work.status, len(work.status_changes)) == ("ongoing", 1)


def test_work_status_and_actual_dates_cannot_be_edited_directly(session, work):
    for field, value in [("status", "completed"), ("actual_start", D(2023, 3, 1)), ("actual_end", D(2023, 9, 1))]:
        with refused(field, "is changed through the work's workflow, not edited"):
            records.update(session, "work", work.id, {field: value})
    assert (work.status, work.actual_start, work.actual_end) == ("planned", None, None)


def test_a_site_cannot_close_before_its_last_households_leave(session, build, places, kalonda):
    build.household(kalonda, code="KAL-0001", departure_date=D(2024, 4, 10), destination_id=places[3].id)
    workflows.change_site_status(session, kalonda.id, "closing", D(2024, 2, 1))
    assert workflows.households_present(session, kalonda.id) == 0
    assert workflows.households_present(session, kalonda.id, D(2024, 3, 31)) == 1
    with refused("status", "Kalonda cannot be closed: 1 households are still present."):
        workflows.change_site_status(session, kalonda.id, "closed", D(2024, 3, 31))
    workflows.change_site_status(session, kalonda.id, "closed", D(2024, 4, 10))
    assert kalonda.closed_on == D(2024, 4, 10)
