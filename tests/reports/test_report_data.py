"""Each report's figures on the small office of conftest.py, checked against sums worked out by hand."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import update

from tests.builders import Build, refused
from tests.reports.conftest import pdf_text
from workbench import models as m
from workbench.reports import REPORTS, RenderOptions, ReportParams
from workbench.reports.closure import build_closure_data, render_closure_pdf
from workbench.reports.grants import GrantTotal, build_grants_data
from workbench.reports.project import build_project_data
from workbench.reports.site_profile import build_site_data
from workbench.reports.threew import build_threew_data
from workbench.reports.works import build_works_data

D = dt.date
Q1_2023 = dict(date_from=D(2023, 1, 1), date_to=D(2023, 3, 31))


def test_grants_register_totals(session, office):
    data = build_grants_data(session, ReportParams(project_code="IRQ-BHA-2023-02"))
    assert len(data.rows) == 8
    assert data.totals == [GrantTotal("", "USD", 6, Decimal("32250.00"), Decimal("23000.00"), 7, 70),
                           GrantTotal("", "IQD", 1, Decimal("1950000.00"), Decimal("0.00"), 0, 0)]
    assert [(t.key, t.currency, t.grants, t.amount, t.paid) for t in data.by_programme] == [
        ("EDF", "USD", 2, Decimal("27000.00"), Decimal("22000.00")),
        ("ILA", "USD", 2, Decimal("3500.00"), Decimal("0.00")),
        ("ILA", "IQD", 1, Decimal("1950000.00"), Decimal("0.00")),
        ("CfW", "USD", 2, Decimal("1750.00"), Decimal("1000.00"))]
    assert [(t.key, t.currency, t.grants, t.amount) for t in data.by_status] == [
        ("application", "USD", 2, Decimal("2750.00")), ("application", "IQD", 1, Decimal("1950000.00")),
        ("approved", "USD", 1, Decimal("1500.00")), ("disbursed", "USD", 3, Decimal("28000.00")),
        ("rejected", "USD", 1, Decimal("20000.00"))]
    assert [(t.key, t.currency, t.grants, t.amount, t.paid) for t in data.by_sex] == [
        ("female", "USD", 3, Decimal("14250.00"), Decimal("12000.00")),
        ("female", "IQD", 1, Decimal("1950000.00"), Decimal("0.00")),
        ("male", "USD", 3, Decimal("18000.00"), Decimal("11000.00"))]
    assert [(t.key, t.currency, t.grants) for t in data.by_governorate] == [("Anbar", "IQD", 1), ("Ninewa", "USD", 6)]
    assert data.rows[0].recipient == "Omar Yousif"


def test_an_arabic_report_names_places_by_their_arabic_local_name(session, office):
    data = build_grants_data(session, ReportParams(project_code="IRQ-BHA-2023-02", lang="ar"))
    assert [(t.key, t.grants) for t in data.by_governorate] == [("الأنبار", 1), ("نينوى", 6)]
    # Bartella and Ramadi have no local name: their name is kept, as in a French report.
    assert {r.location for r in data.rows} == {"Bartella", "Al-Hamdaniya", "Ramadi"}
    french = build_grants_data(session, ReportParams(project_code="IRQ-BHA-2023-02", lang="fr"))
    assert [t.key for t in french.by_governorate] == ["Anbar", "Ninewa"]


def test_a_local_name_not_in_arabic_is_not_used_in_an_arabic_report(session, office):
    from workbench.reports.common import place_name

    assert place_name("Kalemie", "Kalemie (Swahili)", "ar") == "Kalemie"
    assert place_name("Ninewa", " نينوى ", "ar") == "نينوى"
    assert place_name("Ninewa", "نينوى", "en") == "Ninewa"
    assert place_name("Ninewa", None, "ar") == "Ninewa"


def test_grants_register_in_a_period_counts_payments_up_to_its_end(session, office):
    data = build_grants_data(session, ReportParams(**Q1_2023, hide_names=True))
    assert "IQ-ILA-0002" not in [r.code for r in data.rows]  # applied for in June
    usd = data.totals[0]
    # Only EDF-0001's 10,000 was paid by 31 March; EDF-0002 (1 April) and CFW-0001 (10 April) came later.
    assert (usd.grants, usd.amount, usd.paid) == (5, Decimal("30250.00"), Decimal("10000.00"))
    assert all(r.recipient is None and r.business_name is None for r in data.rows)


def test_project_progress_figures(session, office):
    data = build_project_data(session, ReportParams(project_code="IRQ-BHA-2023-02", date_from=D(2023, 1, 1),
                                                    date_to=D(2023, 6, 30)))
    ind1, ind2 = data.indicators
    assert (ind1.target, ind1.achieved, ind1.achieved_percent) == (Decimal(50), Decimal(39), Decimal("78.0"))
    assert ind1.sadd == {"girls": 0, "boys": 0, "women": 15, "men": 22, "older_women": 1, "older_men": 1}
    assert ind1.female_percent == Decimal("41.0")
    assert (ind2.target, ind2.achieved, ind2.achieved_percent, ind2.sadd) == (Decimal(3), Decimal(1),
                                                                              Decimal("33.3"), None)
    money = data.money
    # Committed: grants approved or later 15,000 + 12,000 + 1,500 + 1,000, and works 535,000. Paid: 23,000 to
    # grant recipients and the works done by 30 June, 240,000 x 45 % (WRK-001) + 60,000 x 30 % (WRK-004).
    assert (money.budget, money.committed, money.paid) == (Decimal("4000000.00"), Decimal("564500.00"),
                                                          Decimal("149000.00"))
    assert (money.paid_grants, money.paid_works) == (Decimal("23000.00"), Decimal("126000.00"))
    assert (data.committed_percent, data.paid_percent) == (Decimal("14.1"), Decimal("3.7"))
    # As the works stood on 30 June 2023: WRK-002 was still ongoing (completed on 20 August), none finished, so
    # no one served yet; progress then 45 (WRK-001's June report), 0, 0 and 30 (WRK-004): 18.8 on average.
    assert data.works_by_status == {"planned": 1, "ongoing": 2, "suspended": 1}
    assert (data.works_people_served, data.works_average_progress) == (0, Decimal("18.8"))
    # Jobs are counted at the monitoring visit: no grant had been monitored by 30 June 2023.
    assert data.jobs_created == 0
    # Grants applied for by 30 June, not rejected: all seven (IQ-ILA-0002 on 15 June, still an application).
    assert data.grants_count == 7
    assert data.people_supported_to_leave == 0 and data.paid_in_period == Decimal("149000.00")
    whole = build_project_data(session, ReportParams(project_code="IRQ-BHA-2023-02"))
    assert whole.works_by_status == {"planned": 1, "ongoing": 1, "completed": 1, "suspended": 1}
    assert (whole.works_people_served, whole.works_average_progress, whole.jobs_created) == (17600, Decimal("52.5"), 7)


def test_project_progress_of_the_site_project(session, office):
    data = build_project_data(session, ReportParams(project_code="DRC-ECHO-2023-01"))
    assert [(s.name, s.households_present, s.people_present, s.people_departed) for s in data.sites] == [
        ("Kalonda", 0, 0, 16), ("Kilwa", 2, 10, 0), ("Mukuku", 1, 3, 6)]
    assert data.people_supported_to_leave == 22
    assert data.money.paid_households == Decimal("540.00")
    assert data.indicators == []


def test_site_profile_figures(session, office):
    data = build_site_data(session, ReportParams(site_name="Kilwa"))
    assert (data.pcode, data.location_path) == ("CD7404", "Tanganyika > Nyunzu")
    assert [p.individuals for p in data.population] == [610, 680, 742]
    assert data.population[0].women_and_girls_percent == Decimal("54.1")  # (160 + 140 + 30) / 610
    assert (data.committee_members, data.committee_women_percent) == (18, Decimal("61.1"))
    assert [(c.channel, c.received, c.resolved, c.average_days) for c in data.complaints] == [
        ("suggestion box", 3, 2, Decimal("7.0")), ("hotline", 2, 1, Decimal("7.0")),
        ("focal point", 1, 1, Decimal("2.0"))]
    assert (data.complaints_received, data.complaints_resolved) == (6, 4)
    assert [(i.kind, i.quantity, i.good, i.needs_repair, i.out_of_order) for i in data.infrastructure][:2] == [
        ("emergency latrine", 24, 20, 4, 0), ("shower", 10, 10, 0, 0)]
    assert data.intentions == {"stay": 1, "undecided": 1}
    limited = build_site_data(session, ReportParams(site_name="Kilwa", date_from=D(2023, 4, 1), date_to=D(2023, 5, 31)))
    assert [p.individuals for p in limited.population] == [680]
    assert limited.complaints_received == 3  # 1 April, 2 May and 20 May


def test_closure_figures(session, office):
    data = build_closure_data(session, ReportParams(project_code="DRC-ECHO-2023-01"))
    kalonda, mukuku = data.sites
    assert (kalonda.households_departed, kalonda.people_departed) == (3, 16)
    assert [(d.locality, d.households, d.people, d.returned, d.relocated) for d in kalonda.destinations] == [
        ("Kabubili", 2, 9, 2, 0), ("Katanika", 1, 7, 0, 1)]
    assert [(t.purpose, t.tranches, t.amount) for t in kalonda.paid] == [
        ("transport", 3, Decimal("150.00")), ("construction", 2, Decimal("300.00")),
        ("subsistence", 1, Decimal("40.00"))]
    assert [(t.purpose, t.tranches, t.amount) for t in kalonda.pending] == [
        ("construction", 1, Decimal("150.00")), ("completion", 2, Decimal("200.00"))]
    assert (mukuku.status, mukuku.households_present, mukuku.people_present, mukuku.relocated_people) == (
        "closing", 1, 3, 6)
    assert (data.households_departed, data.people_departed) == (4, 22)
    assert [(t.purpose, t.tranches, t.amount) for t in data.pending] == [
        ("transport", 1, Decimal("50.00")), ("construction", 1, Decimal("150.00")),
        ("completion", 2, Decimal("200.00"))]
    august = build_closure_data(session, ReportParams(date_from=D(2023, 8, 1), date_to=D(2023, 8, 31)))
    assert [(s.name, s.households_departed, s.people_departed) for s in august.sites] == [
        ("Kalonda", 2, 11), ("Mukuku", 1, 6)]


def test_closure_figures_as_they_stood_at_the_end_of_the_period(session, office):
    july = build_closure_data(session, ReportParams(date_from=D(2023, 7, 1), date_to=D(2023, 7, 31)))
    kalonda, mukuku = july.sites
    # On 31 July Kalonda was closing (closed on 30 September): KAL-0002 and KAL-0003 (7 + 4 people) had not
    # left yet, and their transport (paid 5 and 20 August) and construction tranches were still to be paid.
    assert (kalonda.status, kalonda.closing_on, kalonda.closed_on) == ("closing", D(2023, 6, 1), None)
    assert (kalonda.households_present, kalonda.people_present) == (2, 11)
    assert [(t.purpose, t.tranches, t.amount) for t in kalonda.pending] == [
        ("transport", 2, Decimal("100.00")), ("construction", 2, Decimal("300.00")),
        ("completion", 2, Decimal("200.00"))]
    assert (mukuku.status, mukuku.closing_on, mukuku.households_present) == ("closing", D(2023, 7, 1), 2)
    # Only Kalonda had departures in July (KAL-0001): the sites people were supported to leave in the period.
    assert [s.name for s in july.sites if s.households_departed] == ["Kalonda"]


def test_closure_report_with_a_departure_without_destination(session, office, tmp_path):
    # The rules now ask for a destination; a database written before them (or edited outside) may lack one.
    household = Build(session).household(office.sites["Mukuku"], code="MUK-0003", size=4, intention="relocate",
                                         project_id=office.drc.id, departure_date=D(2023, 8, 12),
                                         destination_id=office.sites["Mukuku"].location_id)
    session.execute(update(m.Household).where(m.Household.id == household.id).values(destination_id=None))
    session.expire_all()
    data = build_closure_data(session, ReportParams(site_name="Mukuku"))
    assert [(d.locality, d.households, d.people) for d in data.sites[0].destinations] == [
        ("Katanika", 1, 6), ("", 1, 4)]
    text = pdf_text(render_closure_pdf(data, tmp_path / "closure.pdf", RenderOptions()))
    assert "Destination not recorded" in text


def test_works_figures(session, office):
    data = build_works_data(session, ReportParams(project_code="IRQ-BHA-2023-02", as_of=D(2023, 12, 31)))
    assert len(data.rows) == 4
    assert [(v.amount, v.currency) for v in data.contract_values] == [(Decimal("535000.00"), "USD")]
    assert data.people_served == 17600
    assert [(r.code, r.delay_days) for r in data.delayed] == [("IQ-WRK-004", 184), ("IQ-WRK-001", 92)]
    assert {r.code: r.progress for r in data.rows} == {"IQ-WRK-001": Decimal("80.0"), "IQ-WRK-002": Decimal("100"),
                                                       "IQ-WRK-003": Decimal("0"), "IQ-WRK-004": Decimal("30.0")}
    assert data.by_status == {"planned": 1, "ongoing": 1, "completed": 1, "suspended": 1}


def test_threew_matrix(session, office):
    data = build_threew_data(session, ReportParams(date_from=D(2023, 1, 1), date_to=D(2023, 12, 31)))
    rows = {(r.sector, r.activity, r.admin2): (r.count, r.people, r.status) for r in data.rows}
    assert rows[("CCCM", "Site management", "Kalemie")] == (2, 0, "ongoing")
    assert rows[("CCCM", "Site management", "Nyunzu")] == (1, 742, "ongoing")
    assert rows[("Durable solutions", "Cash for return and relocation", "Kalemie")] == (4, 22, "completed")
    assert rows[("Livelihoods", "Enterprise development fund grants", "Al-Hamdaniya")] == (2, 2, "ongoing")
    assert rows[("WASH", "Infrastructure: water plant", "Al-Hamdaniya")] == (1, 12000, "ongoing")
    assert ("Livelihoods", "Enterprise development fund grants", "Al-Hamdaniya") in rows  # rejected one left out
    # 18,371 in the sites, households, grants and works; CRC sessions 42, contacts 6, referrals sent 11; 20 people
    # in the Kilwa households that received kits.
    assert sum(r.people for r in data.rows) == 18371 + 42 + 6 + 11 + 20
    assert data.by_sector()[0] == ("WASH", 1, 12000)


@pytest.mark.parametrize("kind, params, field, words", [
    ("grants", ReportParams(project_code="NOPE-1"), "project", ["no project with the code 'NOPE-1'"]),
    ("site", ReportParams(site_name="Atlantis"), "site", ["no site named 'Atlantis'"]),
    ("site", ReportParams(), "site_name", ["needs a site"]),
    ("project", ReportParams(), "project_code", ["needs a project"]),
    ("grants", ReportParams(date_from=D(2022, 1, 1), date_to=D(2022, 3, 31)), None,
     ["no grants in the period 2022-01-01 to 2022-03-31"]),
    ("works", ReportParams(project_code="DRC-ECHO-2023-01"), None,
     ["no infrastructure works for project DRC-ECHO-2023-01"]),
    ("closure", ReportParams(site_name="Kilwa"), "site", ["Kilwa is open"]),
    ("3w", ReportParams(date_from=D(2019, 1, 1), date_to=D(2019, 12, 31)), None,
     ["no activities in the period 2019-01-01 to 2019-12-31"]),
])
def test_a_report_that_would_be_empty_or_wrong_is_refused(session, office, kind, params, field, words):
    report = REPORTS[kind]
    with refused(field, *words):
        report.check(params)
        report.build(session, params)


def test_a_period_that_ends_before_it_starts_is_refused():
    with refused("date_from", "after it ends"):
        ReportParams(date_from=D(2023, 2, 1), date_to=D(2023, 1, 1))


def test_a_period_register_shows_each_grant_as_it_stood_at_the_period_end(session, office):
    # 12 March 2023: EDF-0001 approved on 1 March (paid, so disbursed, on the 15th), CFW-0001 still in vetting
    # (approved on 20 March), EDF-0003 rejected on 20 February, ILA-0003 never moved from its application.
    data = build_grants_data(session, ReportParams(project_code="IRQ-BHA-2023-02", date_to=D(2023, 3, 12)))
    assert [(r.code, r.status, r.paid) for r in data.rows] == [
        ("IQ-CFW-0001", "vetting", Decimal("0.00")), ("IQ-EDF-0001", "approved", Decimal("0.00")),
        ("IQ-EDF-0002", "approved", Decimal("0.00")), ("IQ-EDF-0003", "rejected", Decimal("0.00")),
        ("IQ-ILA-0001", "approved", Decimal("0.00")), ("IQ-ILA-0003", "application", Decimal("0.00"))]
    # Committed in USD: 1,000 (CfW, 40 days x 25) + 15,000 + 12,000 + 1,500; the rejected 20,000 left out.
    assert [(t.key, t.grants, t.amount) for t in data.by_status if t.currency == "USD"] == [
        ("vetting", 1, Decimal("1000.00")), ("approved", 3, Decimal("28500.00")), ("rejected", 1, Decimal("20000.00"))]
    usd = data.totals[0]
    # CFW-0001's 40 days were paid on 10 April: on 12 March, still in vetting, it had worked none of them.
    assert (usd.currency, usd.grants, usd.amount, usd.days_worked) == ("USD", 4, Decimal("29500.00"), 0)
    april = build_grants_data(session, ReportParams(project_code="IRQ-BHA-2023-02", date_to=D(2023, 4, 30)))
    assert april.totals[0].days_worked == 40


def test_a_period_works_report_shows_each_work_as_it_stood_at_the_period_end(session, office):
    # 30 June 2023: WRK-002 was still ongoing (completed on 20 August), WRK-001 at its June report's 45%
    # (80% came in October), WRK-004 suspended since 1 May at 30%, WRK-003 not started.
    data = build_works_data(session, ReportParams(date_to=D(2023, 6, 30)))
    rows = {r.code: (r.status, r.progress, r.actual_start, r.actual_end, r.delay_days) for r in data.rows}
    assert rows == {
        "IQ-WRK-001": ("ongoing", Decimal("45.0"), D(2023, 3, 10), None, 0),
        "IQ-WRK-002": ("ongoing", Decimal("0"), D(2023, 4, 1), None, 0),
        "IQ-WRK-003": ("planned", Decimal("0"), None, None, 0),
        "IQ-WRK-004": ("suspended", Decimal("30.0"), D(2023, 2, 15), None, 0)}
    assert data.by_status == {"planned": 1, "ongoing": 2, "suspended": 1}
    # On 31 March WRK-004 was still ongoing, with no progress report yet (30% came on 30 April).
    march = build_works_data(session, ReportParams(date_to=D(2023, 3, 31)))
    assert {r.code: (r.status, r.progress) for r in march.rows} == {
        "IQ-WRK-001": ("ongoing", Decimal("0")), "IQ-WRK-004": ("ongoing", Decimal("0"))}


def test_status_on_a_day_from_dated_changes():
    from workbench.services.figures import statuses_on

    changes = [(1, "application", "vetting", D(2023, 2, 15)), (1, "vetting", "approved", D(2023, 3, 1)),
               (1, "approved", "disbursed", D(2023, 3, 15)), (2, None, "ongoing", D(2023, 4, 1))]
    assert statuses_on(changes, D(2023, 2, 14)) == {1: "application", 2: None}
    assert statuses_on(changes, D(2023, 3, 1)) == {1: "approved", 2: None}
    assert statuses_on(changes, D(2023, 12, 31)) == {1: "disbursed", 2: "ongoing"}
