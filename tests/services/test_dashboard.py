"""The dashboard's figures and chart series, checked on exact numbers."""

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from tests.builders import Build
from tests.conftest import demo_office
from workbench import models as m
from workbench.services import dashboard, screens, workflows

D = dt.date


def test_key_figures_for_the_office_and_one_project(session):
    b = Build(session)
    _, province, territory, village = b.tanganyika()
    drc = b.project()
    site = b.site(territory, project_id=drc.id)
    b.household(site, code="KAL-1", size=5, project_id=drc.id, departure_date=D(2023, 5, 1),
                destination_id=village.id)
    b.household(site, code="KAL-2", size=3, project_id=drc.id, intention="stay")
    b.create("complaint", site_id=site.id, channel="hotline", category="distribution", received_on=D(2023, 1, 2))
    b.create("complaint", site_id=site.id, channel="hotline", category="shelter", received_on=D(2023, 6, 20))
    _, _, _, town = b.ninewa()
    iraq = b.iraq_project()
    b.grant(iraq, town, code="G1", amount=Decimal("1000"))
    grant = b.approved_grant(iraq, town, code="G2", amount=Decimal("3000"))
    workflows.pay_grant_tranche(session, grant.id, Decimal("1000"), D(2023, 3, 10))
    workflows.pay_grant_tranche(session, grant.id, Decimal("500"), D(2023, 4, 2))
    work = b.work(iraq, town)
    workflows.change_work_status(session, work.id, "ongoing", D(2023, 3, 1))
    b.progress(work, D(2023, 4, 1), 40)

    office = dashboard.key_figures(session, D(2023, 7, 1))
    assert office.people_supported_to_leave == 5
    assert office.households == 2 and office.households_by_intention == {"return": 1, "stay": 1}
    assert office.open_complaints_over_30_days == 1
    assert [(g.programme, g.status, g.grants, g.amount) for g in office.grants] == [
        ("EDF", "application", 1, Decimal("1000.00")), ("EDF", "disbursed", 1, Decimal("3000.00"))]
    assert [(w.status, w.works, w.average_progress) for w in office.works] == [("ongoing", 1, Decimal("40.0"))]

    only_drc = dashboard.key_figures(session, D(2023, 7, 1), project_id=drc.id)
    assert only_drc.grants_total == 0 and only_drc.works_total == 0 and only_drc.households == 2

    money = dashboard.payments_by_month(session)
    assert [(s.kind, s.currency, [(p.month, p.value) for p in s.points]) for s in money] == [
        ("grant", "USD", [(D(2023, 3, 1), Decimal("1000.00")), (D(2023, 4, 1), Decimal("500.00"))])]
    assert [(w.code, w.progress) for w in dashboard.works_progress(session)] == [("IQ-WRK-001", Decimal("40"))]


def test_population_carries_each_sites_last_count_forward(session):
    b = Build(session)
    _, _, territory, _ = b.tanganyika()
    kalonda = b.site(territory)
    mukuku = b.site(territory, name="Mukuku")
    b.create("population_count", site_id=kalonda.id, counted_on=D(2023, 1, 10), households=10, individuals=50)
    b.create("population_count", site_id=kalonda.id, counted_on=D(2023, 1, 25), households=9, individuals=45)
    b.create("population_count", site_id=kalonda.id, counted_on=D(2023, 3, 5), households=6, individuals=30)
    b.create("population_count", site_id=mukuku.id, counted_on=D(2023, 2, 1), households=20, individuals=100)
    points = dashboard.site_population_by_month(session)
    assert [(p.month, p.value) for p in points] == [
        (D(2023, 1, 1), 45), (D(2023, 2, 1), 145), (D(2023, 3, 1), 130)]


def test_a_new_database_is_empty_until_a_project_or_a_household_is_there(session):
    assert dashboard.database_is_empty(session)
    assert dashboard.dashboard(session, D(2024, 6, 30)).empty
    b = Build(session)
    b.tanganyika()
    assert dashboard.database_is_empty(session)  # places alone are no programme yet
    b.project()
    assert not dashboard.database_is_empty(session)
    assert not dashboard.dashboard(session, D(2024, 6, 30)).empty


def test_money_paid_per_month_is_every_currency_in_its_projects_and_household_cash_too(session):
    """The chart of money paid drew only the currency with the most months (IQD): 5.3 M USD of EDF never showed,
    and household cash was charted nowhere. Now an IQD or CDF payment is converted to its project's currency at
    the rate stored with it, and grants and household cash are a series each, per project currency."""
    b = Build(session)
    _, _, territory, _ = b.tanganyika()
    drc = b.project()  # USD
    site = b.site(territory, project_id=drc.id)
    household = b.household(site, project_id=drc.id)
    rate = dict(exchange_rate=Decimal("0.0004"), rate_date=D(2023, 3, 1))
    b.create("cash_tranche", household_id=household.id, sequence=1, purpose="transport", status="paid",
             paid_on=D(2023, 3, 20), amount=Decimal("100000"), currency="CDF", **rate)
    b.create("cash_tranche", household_id=household.id, sequence=2, purpose="construction", status="paid",
             paid_on=D(2023, 3, 25), amount=Decimal("60"), currency="USD")
    b.create("cash_tranche", household_id=household.id, sequence=3, purpose="completion", status="planned",
             planned_on=D(2023, 5, 1), amount=Decimal("90"), currency="USD")
    _, _, _, town = b.ninewa()
    iraq = b.iraq_project()  # USD
    in_dinars = b.approved_grant(iraq, town, code="G-IQD", amount=Decimal("3000000"), currency="IQD",
                                 exchange_rate=Decimal("0.00076336"), rate_date=D(2023, 2, 1))
    in_dollars = b.approved_grant(iraq, town, code="G-USD", amount=Decimal("5000"))
    workflows.pay_grant_tranche(session, in_dinars.id, Decimal("1000000"), D(2023, 3, 10))
    workflows.pay_grant_tranche(session, in_dollars.id, Decimal("2500"), D(2023, 3, 12))
    workflows.pay_grant_tranche(session, in_dollars.id, Decimal("500"), D(2023, 4, 2))

    series = dashboard.payments_by_month(session)
    assert [(s.kind, s.currency, s.converted, [(p.month, p.value) for p in s.points]) for s in series] == [
        ("grant", "USD", True, [(D(2023, 3, 1), Decimal("3263.36")), (D(2023, 4, 1), Decimal("500.00"))]),
        ("household", "USD", True, [(D(2023, 3, 1), Decimal("100.00"))])]
    only_drc = dashboard.payments_by_month(session, project_id=drc.id)
    assert [(s.kind, [p.value for p in s.points]) for s in only_drc] == [("household", [Decimal("100.00")])]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def demo(request, tmp_path_factory):
    yield from demo_office(request, tmp_path_factory, 0.1)


@pytest.mark.parametrize("period", [dashboard.ALL_TIME, dashboard.Period(D(2023, 1, 1), D(2023, 6, 30)),
                                    dashboard.Period(None, D(2022, 12, 31))], ids=["to-date", "2023-H1", "to-2022"])
def test_every_figure_opens_a_table_of_what_it_counts(demo, period):
    """The drill-down: each tile, each row of the tables and each piece of the intentions chart, for the office and
    for a project, opens a table holding exactly what it counts (people and kits: the households and distributions
    they belong to)."""
    today = dt.date.today()
    with demo.session(user="tester") as s:
        drc = s.scalar(select(m.Project.id).where(m.Project.code == "DRC-ECHO-2023-01"))
        for project_id in (None, drc):
            f = dashboard.key_figures(s, today, project_id, period)

            def rows(figure, project_id=project_id, **choice):
                d = dashboard.drill(figure, project_id, period, **choice)
                return screens.count_rows(s, d.table, screens.TableQuery(filters=d.filters, text=d.text))

            expected = {"open_sites": f.open_sites, "households": f.households, "grants": f.grants_total,
                        "works": f.works_total, "open_referrals": f.open_referrals,
                        "overdue_referrals": f.overdue_referrals}
            assert {k: rows(k) for k in expected} == expected
            departed = s.scalars(select(m.Household.size).where(
                m.Household.departure_date.is_not(None), *period.within(m.Household.departure_date),
                *([m.Household.project_id == project_id] if project_id else []))).all()
            assert sum(departed) == f.people_supported_to_leave and rows("people_left") == len(departed)
            for g in f.grants:
                assert rows("grants", programme=g.programme, status=g.status, currency=g.currency) == g.grants
            for w in f.works:
                assert rows("works", status=w.status) == w.works
            for intention, n in f.households_by_intention.items():
                assert rows("intention", intention=intention) == n
            assert (rows("kits") > 0) == (f.kits_distributed > 0)
            for w in dashboard.works_progress(s, project_id):
                assert rows("work", code=w.code) == 1  # one work, not every work whose code or title holds it
    assert dashboard.drill("old_complaints") is None  # listed on each site's tab, not in a table of its own


def test_a_period_keeps_the_figures_of_its_days_and_the_months_it_touches(session):
    b = Build(session)
    _, _, territory, village = b.tanganyika()
    drc = b.project()
    site = b.site(territory, project_id=drc.id)
    b.household(site, code="KAL-1", size=5, departure_date=D(2023, 5, 1), destination_id=village.id,
                registered_on=D(2023, 1, 10))
    b.household(site, code="KAL-2", size=3, registered_on=D(2023, 8, 2))
    b.create("population_count", site_id=site.id, counted_on=D(2023, 1, 10), households=2, individuals=8)
    b.create("population_count", site_id=site.id, counted_on=D(2023, 7, 25), households=1, individuals=3)
    second_half = dashboard.Period(D(2023, 7, 1), D(2023, 12, 31))
    f = dashboard.key_figures(session, D(2024, 1, 1), period=second_half)
    assert (f.people_supported_to_leave, f.households, f.households_by_intention) == (0, 1, {"return": 1})
    first_half = dashboard.Period(D(2023, 1, 1), D(2023, 6, 30))
    f = dashboard.key_figures(session, D(2024, 1, 1), period=first_half)
    assert (f.people_supported_to_leave, f.households) == (5, 1)
    data = dashboard.dashboard(session, D(2024, 1, 1), period=dashboard.Period(D(2023, 2, 15), D(2023, 3, 1)))
    assert [(p.month, p.value) for p in data.population] == [(D(2023, 2, 1), 8), (D(2023, 3, 1), 8)]
