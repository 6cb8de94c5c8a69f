"""The dashboard's figures and chart series, checked on exact numbers."""

import datetime as dt
from decimal import Decimal

from tests.builders import Build
from workbench.services import dashboard, workflows

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
