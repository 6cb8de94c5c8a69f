"""Figures derived from the records, checked on exact values: people who left sites, women in committees,
money in a project's currency, works progress and delay, totals by programme, households by intention."""

import datetime as dt
from decimal import Decimal

import pytest

from tests.builders import D
from workbench.services import figures, records, workflows

# --- sites and households ---------------------------------------------------------------------

@pytest.fixture
def kalemie(build):
    """Kalonda and Mukuku (Kalemie) and Kilwa (Nyunzu) with households, some of them gone home."""
    country, province, territory, village = build.tanganyika()
    echo = build.project()
    bha = build.project(code="DRC-BHA-2023-03", donor=build.donor(code="BHA", name="BHA"))
    kalonda = build.site(territory, project_id=echo.id)
    mukuku = build.site(territory, name="Mukuku", site_type="planned camp", project_id=echo.id)
    kilwa = build.site(build.nyunzu(province), name="Kilwa", opened_on=D(2021, 8, 1))
    left = dict(departure_date=D(2023, 9, 14), destination_id=village.id)
    rows = [
        ("KAL-0001", kalonda, 5, "return", echo, left),
        ("KAL-0002", kalonda, 7, "return", echo, left),
        ("KAL-0003", kalonda, 3, "relocate", echo, {}),
        ("KAL-0004", kalonda, 6, "stay", None, {}),
        ("MUK-0001", mukuku, 4, "return", echo, left),
        ("MUK-0002", mukuku, 8, "relocate", bha, left),   # supported by another project
        ("MUK-0003", mukuku, 2, "undecided", echo, {}),
        ("KIL-0001", kilwa, 9, "return", bha, left),
    ]
    for code, site, size, intention, project, extra in rows:
        build.household(site, code=code, size=size, intention=intention,
                        project_id=project.id if project else None, **extra)
    return {"echo": echo, "bha": bha, "kalonda": kalonda, "mukuku": mukuku, "kilwa": kilwa}


def test_people_supported_to_leave_per_site_and_project(session, kalemie):
    k = kalemie
    assert figures.people_supported_to_leave(session) == 5 + 7 + 4 + 8 + 9
    assert figures.people_supported_to_leave(session, site_id=k["kalonda"].id) == 12
    assert figures.people_supported_to_leave(session, site_id=k["mukuku"].id) == 12
    assert figures.people_supported_to_leave(session, project_id=k["echo"].id) == 16
    assert figures.people_supported_to_leave(session, project_id=k["bha"].id) == 17
    assert figures.people_supported_to_leave(session, site_id=k["mukuku"].id, project_id=k["echo"].id) == 4


def test_people_supported_to_leave_follows_a_recorded_departure(session, build, kalemie):
    kalonda = kalemie["kalonda"]
    assert figures.people_supported_to_leave(session, site_id=kalonda.id) == 12
    stayer = records.lookup(session, "household", "KAL-0003")
    records.update(session, "household", stayer.id,
                   {"departure_date": D(2024, 1, 20), "destination_id": records.lookup(session, "location", "CD74").id})
    assert figures.people_supported_to_leave(session, site_id=kalonda.id) == 15


def test_people_supported_to_leave_is_zero_without_departures(session, build):
    site = build.site(build.tanganyika()[2])
    build.household(site)
    assert figures.people_supported_to_leave(session, site_id=site.id) == 0
    assert figures.people_supported_to_leave(session, site_id=site.id + 1000) == 0


def test_site_households(session, kalemie):
    assert figures.site_households(session, kalemie["kalonda"].id) == {
        "households": 4, "people": 21, "departed_households": 2, "departed_people": 12,
        "present_households": 2, "present_people": 9}
    assert figures.site_households(session, kalemie["kilwa"].id) == {
        "households": 1, "people": 9, "departed_households": 1, "departed_people": 9,
        "present_households": 0, "present_people": 0}


def test_site_households_of_an_empty_site(session, build):
    site = build.site(build.tanganyika()[2])
    assert figures.site_households(session, site.id) == {
        "households": 0, "people": 0, "departed_households": 0, "departed_people": 0,
        "present_households": 0, "present_people": 0}


def test_households_by_intention(session, kalemie):
    assert figures.households_by_intention(session) == {"return": 4, "relocate": 2, "stay": 1, "undecided": 1}
    assert figures.households_by_intention(session, kalemie["kalonda"].id) == {"return": 2, "relocate": 1, "stay": 1}
    assert figures.households_by_intention(session, kalemie["kilwa"].id) == {"return": 1}


# --- committees -------------------------------------------------------------------------------

def test_committee_women_share(session, build):
    territory = build.tanganyika()[2]
    kalonda, mukuku = build.site(territory), build.site(territory, name="Mukuku")
    assert figures.committee_women_share(session) is None
    for name, members, women in [("Comité central", 40, 26), ("Comité WASH", 40, 24), ("Comité des femmes", 30, 20)]:
        build.committee(kalonda, name=name, members=members, women_members=women)
    build.committee(mukuku, members=10, women_members=3)
    assert figures.committee_women_share(session, kalonda.id) == Decimal("63.6")   # 70 of 110
    assert figures.committee_women_share(session, mukuku.id) == Decimal("30.0")
    assert figures.committee_women_share(session) == Decimal("60.8")               # 73 of 120


def test_committee_women_share_rounds_half_up(session, build):
    site = build.site(build.tanganyika()[2])
    build.committee(site, members=16, women_members=1)  # 6.25 %
    assert figures.committee_women_share(session, site.id) == Decimal("6.3")


def test_committee_women_share_of_committees_without_members(session, build):
    site = build.site(build.tanganyika()[2])
    build.committee(site, members=0, women_members=0)
    assert figures.committee_women_share(session, site.id) is None


# --- money ------------------------------------------------------------------------------------

@pytest.fixture
def ninewa(build):
    return build.ninewa()[3]


def test_project_money_converts_foreign_grants_and_works(session, build, ninewa):
    project = build.iraq_project()  # USD, budget 4,000,000
    usd = build.approved_grant(project, ninewa)  # 15,000 USD
    workflows.pay_grant_tranche(session, usd.id, Decimal("6000"), D(2023, 3, 10))
    iqd = build.approved_grant(project, ninewa, code="IQ-EDF-0002", amount=Decimal("19500000"), currency="IQD",
                               exchange_rate=Decimal("0.000763"), rate_date=D(2023, 2, 1))
    workflows.pay_grant_tranche(session, iqd.id, Decimal("9750000"), D(2023, 3, 15))
    build.grant(project, ninewa, code="IQ-EDF-0003", amount=Decimal("5000"))  # an application: not committed
    rejected = build.grant(project, ninewa, code="IQ-EDF-0004", amount=Decimal("8000"))
    workflows.change_grant_status(session, rejected.id, "rejected", D(2023, 2, 10))
    build.work(project, ninewa)  # 240,000 USD
    build.work(project, ninewa, code="IQ-WRK-002", title="Bartella market", work_type="market",
               contract_value=Decimal("312000000"), currency="IQD", exchange_rate=Decimal("0.000763"),
               rate_date=D(2023, 2, 20))
    money = figures.project_money(session, project.id)
    assert money == figures.ProjectMoney(
        currency="USD", budget=Decimal("4000000.00"),
        committed=Decimal("15000") + Decimal("14878.50") + Decimal("240000") + Decimal("238056.00"),
        paid_grants=Decimal("6000") + Decimal("7439.25"), paid_households=Decimal("0.00"),
        works_estimated=2)  # no payment recorded for either work: their work done (none reported) is the estimate
    assert money.committed == Decimal("507934.50")
    assert money.paid == Decimal("13439.25")


def test_project_money_of_a_dinar_project_with_a_dollar_grant(session, build, ninewa):
    project = build.iraq_project(code="IRQ-EU-2023-05", currency="IQD", budget=Decimal("5200000000"))
    grant = build.approved_grant(project, ninewa, amount=Decimal("15000"), currency="USD",
                                 exchange_rate=Decimal("1310"), rate_date=D(2023, 2, 1))
    workflows.pay_grant_tranche(session, grant.id, Decimal("7500.50"), D(2023, 3, 10))
    money = figures.project_money(session, project.id)
    assert (money.currency, money.budget, money.committed, money.paid_grants) == (
        "IQD", Decimal("5200000000.00"), Decimal("19650000.00"), Decimal("9825655.00"))


def test_project_money_rounds_a_converted_half_cent_up(session, build, ninewa):
    project = build.iraq_project()
    build.approved_grant(project, ninewa, amount=Decimal("19515000"), currency="IQD",
                         exchange_rate=Decimal("0.000763"), rate_date=D(2023, 2, 1))
    assert figures.project_money(session, project.id).committed == Decimal("14889.95")  # 14,889.945


def test_project_money_commits_planned_household_cash_and_pays_the_paid(session, build):
    territory = build.tanganyika()[2]
    project = build.project()  # USD
    household = build.household(build.site(territory), project_id=project.id)
    tranche = dict(household_id=household.id, purpose="transport", currency="USD")
    build.create("cash_tranche", sequence=1, amount=Decimal("60"), status="paid", paid_on=D(2023, 7, 3), **tranche)
    build.create("cash_tranche", **(tranche | dict(sequence=2, purpose="construction", amount=Decimal("165000"),
                                                   currency="CDF", exchange_rate=Decimal("0.00036"),
                                                   rate_date=D(2023, 7, 1), status="paid", paid_on=D(2023, 8, 1))))
    build.create("cash_tranche", sequence=3, amount=Decimal("120"), status="planned", **tranche)
    build.create("cash_tranche", sequence=4, amount=Decimal("40"), status="cancelled", **tranche)
    money = figures.project_money(session, project.id)
    # committed: 60 + 165,000 CDF x 0.00036 = 59.40 + 120 planned; the cancelled 40 is neither
    assert (money.committed, money.paid_grants, money.paid_households, money.paid) == (
        Decimal("239.40"), Decimal("0.00"), Decimal("119.40"), Decimal("119.40"))


def test_grant_total_paid(session, build, ninewa):
    project = build.iraq_project()
    grant = build.approved_grant(project, ninewa)
    assert figures.grant_total_paid(session, grant.id) == Decimal("0.00")
    workflows.pay_grant_tranche(session, grant.id, Decimal("6000"), D(2023, 3, 10))
    workflows.pay_grant_tranche(session, grant.id, Decimal("2500.25"), D(2023, 4, 10))
    assert figures.grant_total_paid(session, grant.id) == Decimal("8500.25")


def test_totals_by_programme(session, build, ninewa):
    project = build.iraq_project()
    paid = build.approved_grant(project, ninewa)  # EDF 15,000 USD
    workflows.pay_grant_tranche(session, paid.id, Decimal("6000"), D(2023, 3, 10))
    build.grant(project, ninewa, code="IQ-EDF-0002", amount=Decimal("10000"))
    build.grant(project, ninewa, code="IQ-EDF-0003", amount=Decimal("19500000"), currency="IQD",
                exchange_rate=Decimal("0.000763"), rate_date=D(2023, 2, 1))
    build.grant(project, ninewa, code="IQ-ILA-0001", programme="ILA", ila_kind="vocational training",
                business_name=None, amount=Decimal("1200"), recipient_name="Noor Hassan", recipient_sex="female")
    cfw = dict(programme="CfW", business_name=None, amount=None, sector="debris clearing", daily_rate=Decimal("12.50"))
    first = build.approved_grant(project, ninewa, code="IQ-CFW-0001", days_worked=22, **cfw)
    workflows.pay_grant_tranche(session, first.id, Decimal("275"), D(2023, 4, 1))
    build.grant(project, ninewa, code="IQ-CFW-0002", days_worked=24, **cfw)
    rejected = build.grant(project, ninewa, code="IQ-EDF-0005", amount=Decimal("9000"))
    workflows.change_grant_status(session, rejected.id, "rejected", D(2023, 2, 10))
    cancelled = build.grant(project, ninewa, code="IQ-CFW-0003", days_worked=10, **cfw)
    workflows.change_grant_status(session, cancelled.id, "cancelled", D(2023, 2, 10))
    other = build.project(code="IRQ-EU-2023-05", donor=build.donor(code="EU", name="European Union"))
    build.grant(other, ninewa, code="IQ-EDF-0100", amount=Decimal("7000"))

    T = figures.ProgrammeTotal
    assert figures.totals_by_programme(session, project.id) == [
        T("CfW", 2, Decimal("575.00"), "USD", Decimal("275.00")),
        T("EDF", 1, Decimal("19500000.00"), "IQD", Decimal("0.00")),
        T("EDF", 2, Decimal("25000.00"), "USD", Decimal("6000.00")),
        T("ILA", 1, Decimal("1200.00"), "USD", Decimal("0.00")),
    ]
    everywhere = {(t.programme, t.currency): (t.grants, t.amount) for t in figures.totals_by_programme(session)}
    assert everywhere[("EDF", "USD")] == (3, Decimal("32000.00"))


# --- works ------------------------------------------------------------------------------------

@pytest.fixture
def work(build, ninewa):
    return build.work(build.iraq_project(), ninewa)  # planned 2023-03-01 to 2023-09-30


def test_work_progress_is_the_latest_report(session, build, work):
    assert figures.work_progress(work) == Decimal("0")
    workflows.change_work_status(session, work.id, "ongoing", D(2023, 3, 12))
    build.progress(work, D(2023, 6, 30), "55")
    build.progress(work, D(2023, 4, 30), "30")  # typed late, but older
    session.expire(work, ["progress_reports"])
    assert figures.work_progress(work) == Decimal("55.0")


@pytest.mark.parametrize("steps, today, delay", [
    ([], D(2023, 9, 1), 0),                                           # planned, before its planned end
    ([], D(2023, 10, 5), 5),                                          # planned, not started, past its end
    ([("ongoing", D(2023, 3, 12))], D(2023, 9, 30), 0),
    ([("ongoing", D(2023, 3, 12))], D(2023, 11, 1), 32),
    ([("ongoing", D(2023, 3, 12)), ("completed", D(2023, 10, 20))], D(2024, 6, 1), 20),
    ([("ongoing", D(2023, 3, 12)), ("completed", D(2023, 9, 1))], D(2024, 6, 1), 0),
    ([("ongoing", D(2023, 3, 12)), ("suspended", D(2023, 8, 1))], D(2023, 12, 31), 92),
    ([("ongoing", D(2023, 3, 12)), ("completed", D(2023, 10, 2)), ("handed over", D(2023, 11, 15))],
     D(2024, 6, 1), 2),
])
def test_work_delay_days(session, work, steps, today, delay):
    for status, on in steps:
        workflows.change_work_status(session, work.id, status, on)
    assert figures.work_delay_days(work, today) == delay


def test_work_delay_days_counts_calendar_days(work):
    assert figures.work_delay_days(work, work.planned_end + dt.timedelta(days=365)) == 365


def test_a_fully_paid_project_never_shows_paid_above_committed(session, build, ninewa):
    # Two dinar grants at the same rate: converted together they come to 7,439.27, grant by grant (as
    # committed is) to 2 x 3,719.64 = 7,439.28; paid must be converted the same way as committed.
    project = build.iraq_project()
    for code in ("IQ-EDF-0011", "IQ-EDF-0012"):
        grant = build.approved_grant(project, ninewa, code=code, amount=Decimal("4875015"), currency="IQD",
                                     exchange_rate=Decimal("0.000763"), rate_date=D(2023, 2, 1))
        workflows.pay_grant_tranche(session, grant.id, Decimal("4875015"), D(2023, 3, 10))
    money = figures.project_money(session, project.id)
    assert money.committed == Decimal("7439.28")  # 2 x 3,719.636 -> 2 x 3,719.64
    assert money.paid_grants == money.committed
