"""Rules of livelihood grants (EDF, ILA, cash for work), infrastructure works and their progress reports."""

from decimal import Decimal

import pytest

from tests.builders import D, count, refused
from workbench import models as m
from workbench.kinds import rules
from workbench.services import records, workflows


@pytest.fixture
def ninewa(build):
    return build.ninewa()


@pytest.fixture
def project(build):
    return build.iraq_project()  # in USD


@pytest.fixture
def bartella(ninewa):
    return ninewa[3]


# --- grants -----------------------------------------------------------------------------------

def test_an_edf_grant_is_stored_as_an_application(session, build, project, bartella):
    grant = build.grant(project, bartella)
    session.expire_all()
    stored = session.get(m.LivelihoodGrant, grant.id)
    assert (stored.code, stored.programme, stored.status, stored.amount, stored.currency) == (
        "IQ-EDF-0001", "EDF", "application", Decimal("15000.00"), "USD")
    assert (stored.business_name, stored.jobs_created, stored.approved_on) == ("Al-Noor Bakery", 4, None)


@pytest.mark.parametrize("missing", ["code", "project_id", "programme", "recipient_name", "recipient_sex",
                                     "location_id", "sector", "applied_on", "amount", "currency"])
def test_grant_required_fields(session, build, project, bartella, missing):
    with refused(missing, "is required"):
        build.grant(project, bartella, **{missing: None})
    assert count(session, m.LivelihoodGrant) == 0


@pytest.mark.parametrize("field, value, allowed", [
    ("programme", "SME", "EDF, ILA, CfW"),
    ("programme", "CFW", "EDF, ILA, CfW"),
    ("recipient_sex", "m", "female, male"),
    ("currency", "SYP", "USD, EUR, CDF, IQD"),
])
def test_grant_choices_outside_the_list_are_refused(build, project, bartella, field, value, allowed):
    with refused(field, f"must be one of: {allowed}", repr(value)):
        build.grant(project, bartella, **{field: value})


def test_an_edf_grant_needs_a_business_name(build, project, bartella):
    with refused("business_name", "is required"):
        build.grant(project, bartella, business_name=None)
    with refused("business_name", "is required"):
        build.grant(project, bartella, business_name="  ")


def test_an_ila_grant_needs_its_kind(build, project, bartella):
    values = dict(code="IQ-ILA-0001", programme="ILA", business_name=None, amount=Decimal("1200"),
                  recipient_name="Noor Hassan", recipient_sex="female", sector="tailoring")
    with refused("ila_kind", "is required"):
        build.grant(project, bartella, **values)
    with refused("ila_kind", "must be one of: vocational training, business kit, micro-enterprise grant",
                 "'cash grant'"):
        build.grant(project, bartella, ila_kind="cash grant", **values)
    grant = build.grant(project, bartella, ila_kind="business kit", **values)
    assert (grant.programme, grant.ila_kind, grant.business_name) == ("ILA", "business kit", None)


def cfw(build, project, location, **values):
    defaults = dict(code="IQ-CFW-0001", programme="CfW", business_name=None, amount=None,
                    recipient_name="Yousif Saeed", sector="debris clearing", days_worked=22,
                    daily_rate=Decimal("12.50"), work_site="Bartella old market")
    return build.grant(project, location, **(defaults | values))


def test_cash_for_work_amount_is_computed_when_omitted(session, build, project, bartella):
    grant = cfw(build, project, bartella)
    session.expire_all()
    stored = session.get(m.LivelihoodGrant, grant.id)
    assert (stored.days_worked, stored.daily_rate, stored.amount) == (22, Decimal("12.50"), Decimal("275.00"))


def test_cash_for_work_amount_equal_to_days_times_rate_is_accepted(build, project, bartella):
    assert cfw(build, project, bartella, amount=Decimal("275")).amount == Decimal("275")


def test_cash_for_work_amount_different_from_days_times_rate_is_refused(session, build, project, bartella):
    with refused("amount", "must be days worked x daily rate = 275.00"):
        cfw(build, project, bartella, amount=Decimal("300"))
    assert count(session, m.LivelihoodGrant) == 0


@pytest.mark.parametrize("missing", ["days_worked", "daily_rate"])
def test_cash_for_work_needs_days_and_daily_rate(build, project, bartella, missing):
    with refused(missing, "is required"):
        cfw(build, project, bartella, **{missing: None})


def test_changing_the_days_worked_without_the_amount_is_refused(session, build, project, bartella):
    grant = cfw(build, project, bartella)
    with refused("amount", "must be days worked x daily rate = 300.00"):
        records.update(session, "grant", grant.id, {"days_worked": 24})
    assert (grant.days_worked, grant.amount) == (22, Decimal("275.00"))
    records.update(session, "grant", grant.id, {"days_worked": 24, "amount": Decimal("300")})
    assert (grant.days_worked, grant.amount) == (24, Decimal("300"))


@pytest.mark.parametrize("field", ["jobs_created", "jobs_retained", "days_worked", "daily_rate"])
def test_grant_counts_and_rates_cannot_be_negative(build, project, bartella, field):
    with refused(field, "cannot be negative"):
        cfw(build, project, bartella, **{field: -1})


@pytest.mark.parametrize("amount", [Decimal("0"), Decimal("-15000")])
def test_grant_amount_must_be_more_than_zero(build, project, bartella, amount):
    with refused("amount", "must be more than zero"):
        build.grant(project, bartella, amount=amount)


def test_grant_in_another_currency_than_its_project_needs_a_rate_and_its_date(session, build, project, bartella):
    iqd = dict(amount=Decimal("19500000"), currency="IQD")
    with refused("exchange_rate", "is required for an amount in IQD (the project is in USD)"):
        build.grant(project, bartella, **iqd)
    with refused("exchange_rate", "is required for an amount in IQD"):
        build.grant(project, bartella, exchange_rate=Decimal("-0.00077"), rate_date=D(2023, 2, 1), **iqd)
    with refused("rate_date", "is required with an exchange rate"):
        build.grant(project, bartella, exchange_rate=Decimal("0.00077"), **iqd)
    grant = build.grant(project, bartella, exchange_rate=Decimal("0.000763"), rate_date=D(2023, 2, 1), **iqd)
    session.expire_all()
    stored = session.get(m.LivelihoodGrant, grant.id)
    assert (stored.amount, stored.currency, stored.exchange_rate, stored.rate_date) == (
        Decimal("19500000.00"), "IQD", Decimal("0.00076300"), D(2023, 2, 1))


def test_grant_in_its_projects_currency_needs_no_rate(build, bartella):
    iqd_project = build.iraq_project(code="IRQ-EU-2023-05", currency="IQD")
    grant = build.grant(iqd_project, bartella, amount=Decimal("19500000"), currency="IQD")
    assert (grant.currency, grant.exchange_rate, grant.rate_date) == ("IQD", None, None)


def test_grant_code_is_unique(build, project, bartella):
    build.grant(project, bartella)
    with refused("code", "another grant already has code 'IQ-EDF-0001'"):
        build.grant(project, bartella, recipient_name="Salim Younis")
    assert build.grant(project, bartella, code="IQ-EDF-0002").code == "IQ-EDF-0002"


def test_grant_amount_cannot_fall_below_what_was_paid(session, build, project, bartella):
    grant = build.approved_grant(project, bartella)
    workflows.pay_grant_tranche(session, grant.id, Decimal("6000"), D(2023, 3, 10))
    with refused("amount", "cannot be less than what was already paid (6000"):
        records.update(session, "grant", grant.id, {"amount": Decimal("5999.99")})
    assert grant.amount == Decimal("15000.00")
    records.update(session, "grant", grant.id, {"amount": Decimal("6000")})
    assert grant.amount == Decimal("6000")


# --- infrastructure works ---------------------------------------------------------------------

def test_a_work_is_stored_as_planned(session, build, project, bartella):
    work = build.work(project, bartella)
    session.expire_all()
    stored = session.get(m.InfrastructureWork, work.id)
    assert (stored.code, stored.work_type, stored.status, stored.contract_value, stored.people_served) == (
        "IQ-WRK-001", "water plant", "planned", Decimal("240000.00"), 12000)
    assert (stored.actual_start, stored.actual_end) == (None, None)


@pytest.mark.parametrize("missing", ["code", "project_id", "title", "work_type", "location_id", "contractor",
                                     "contract_value", "currency", "planned_start", "planned_end"])
def test_work_required_fields(build, project, bartella, missing):
    with refused(missing, "is required"):
        build.work(project, bartella, **{missing: None})


@pytest.mark.parametrize("work_type", list(m.WorkType))
def test_work_types_in_the_list(build, project, bartella, work_type):
    assert build.work(project, bartella, work_type=str(work_type)).work_type == work_type


def test_work_type_outside_the_list_is_refused(build, project, bartella):
    with refused("work_type", "must be one of: shelter rehabilitation, debris clearing", "hospital/health centre",
                 "'bridge'"):
        build.work(project, bartella, work_type="bridge")


def test_work_currency_outside_the_list_is_refused(build, project, bartella):
    with refused("currency", "must be one of: USD, EUR, CDF, IQD", "'TRY'"):
        build.work(project, bartella, currency="TRY")


@pytest.mark.parametrize("field", ["contract_value", "people_served"])
def test_work_amounts_cannot_be_negative(build, project, bartella, field):
    with refused(field, "cannot be negative"):
        build.work(project, bartella, **{field: -1})


def test_work_planned_end_before_planned_start_is_refused(build, project, bartella):
    with refused("planned_end", "cannot be before the planned start (2023-03-01)"):
        build.work(project, bartella, planned_end=D(2023, 2, 28))
    work = build.work(project, bartella, planned_end=D(2023, 3, 1))
    assert (work.planned_start, work.planned_end) == (D(2023, 3, 1), D(2023, 3, 1))


def test_work_actual_end_before_actual_start_is_refused(session, build, project, bartella):
    # The actual dates are written by the workflow; the rule still guards them.
    work = build.work(project, bartella)
    work.actual_start, work.actual_end = D(2023, 3, 10), D(2023, 3, 9)
    with refused("actual_end", "cannot be before the actual start (2023-03-10)"):
        rules.check_one(session, records.kind_of("work"), work)
    work.actual_end = D(2023, 3, 10)
    rules.check_one(session, records.kind_of("work"), work)


def test_work_in_another_currency_needs_a_rate_and_its_date(session, build, project, bartella):
    iqd = dict(contract_value=Decimal("312000000"), currency="IQD")
    with refused("exchange_rate", "is required for an amount in IQD (the project is in USD)"):
        build.work(project, bartella, **iqd)
    with refused("rate_date", "is required with an exchange rate"):
        build.work(project, bartella, exchange_rate=Decimal("0.000763"), **iqd)
    work = build.work(project, bartella, exchange_rate=Decimal("0.000763"), rate_date=D(2023, 2, 20), **iqd)
    assert (work.currency, work.exchange_rate, work.rate_date) == ("IQD", Decimal("0.000763"), D(2023, 2, 20))


def test_work_code_is_unique(build, project, bartella):
    build.work(project, bartella)
    with refused("code", "another work already has code 'IQ-WRK-001'"):
        build.work(project, bartella, title="Bartella school")
    assert build.work(project, bartella, code="IQ-WRK-002", work_type="school").code == "IQ-WRK-002"


# --- progress reports -------------------------------------------------------------------------

@pytest.fixture
def started(session, build, project, bartella):
    work = build.work(project, bartella)
    workflows.change_work_status(session, work.id, "ongoing", D(2023, 3, 12))
    return work


@pytest.mark.parametrize("percent", ["-0.1", "100.1", "150"])
def test_progress_outside_0_to_100_is_refused(build, started, percent):
    with refused("progress_percent", "must be between 0 and 100"):
        build.progress(started, D(2023, 4, 30), percent)


@pytest.mark.parametrize("percent", ["0", "37.5", "100"])
def test_progress_from_0_to_100_is_accepted(session, build, started, percent):
    report = build.progress(started, D(2023, 4, 30), percent)
    session.expire_all()
    assert session.get(m.WorkProgressReport, report.id).progress_percent == Decimal(percent)


def test_progress_report_before_the_work_started_is_refused(build, started):
    with refused("reported_on", "cannot be before the work started (2023-03-12)"):
        build.progress(started, D(2023, 3, 11), "5")
    assert build.progress(started, D(2023, 3, 12), "5").reported_on == D(2023, 3, 12)


def test_progress_report_of_a_work_not_started_has_no_start_to_check(build, project, bartella):
    work = build.work(project, bartella)
    assert build.progress(work, D(2023, 1, 15), "0", note="site survey").reported_on == D(2023, 1, 15)


def test_more_decimals_than_money_keeps_are_refused_not_rounded(session, build):
    project = build.project(code="IRQ-BHA-2023-02")
    country = build.create("location", pcode="IQ", name="Iraq", admin_level=0)
    ninewa = build.create("location", pcode="IQG15", name="Ninewa", admin_level=1, parent_id=country.id)
    with refused("daily_rate", "has at most 2 decimals (12.335 given)"):
        build.grant(project, ninewa, code="IQ-CFW-0009", programme="CfW", amount=None, business_name=None,
                    days_worked=20, daily_rate=Decimal("12.335"))
    grant = build.grant(project, ninewa, code="IQ-CFW-0009", programme="CfW", amount=None, business_name=None,
                        days_worked=20, daily_rate=Decimal("12.30"))
    assert grant.amount == Decimal("246.00")


def test_a_works_progress_never_goes_down(session, build, started):
    """40 % then 30 % was saved silently (issue 17, defect 8): a report is at least the one before it and at most the
    ones after it, whichever order they are typed in; the same figure twice is fine."""
    build.progress(started, D(2023, 4, 30), "40")
    with refused("progress_percent", "is less than the 40 % reported on 2023-04-30; a work's progress does not go down"):
        build.progress(started, D(2023, 5, 31), "30")
    may = build.progress(started, D(2023, 5, 31), "40")
    with refused("progress_percent",
                 "is more than the 40 % reported later, on 2023-04-30; a work's progress does not go down"):
        build.progress(started, D(2023, 4, 15), "45")
    assert build.progress(started, D(2023, 4, 15), "12.5").progress_percent == Decimal("12.5")
    with refused("progress_percent", "is less than the 40 % reported on 2023-04-30; a work's progress does not go down"):
        records.update(session, "progress_report", may.id, {"progress_percent": Decimal("39.9")})
    assert records.update(session, "progress_report", may.id, {"progress_percent": Decimal("55")}).progress_percent == 55
