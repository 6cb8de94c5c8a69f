"""The queries behind the screens' tables: SQL filters, search, sort with a stable id order, counts, pick-lists."""

import datetime as dt
from decimal import Decimal

import pytest

from tests.builders import Build
from workbench.services import screens, workflows
from workbench.services.errors import DomainError
from workbench.services.screens import TableQuery

D = dt.date


@pytest.fixture
def iraq(session):
    b = Build(session)
    _, governorate, district, town = b.ninewa()
    project = b.iraq_project()
    grants = [b.grant(project, town, code=f"IQ-EDF-{i:04d}", recipient_name=name, business_name=business,
                      amount=Decimal(amount))
              for i, (name, business, amount) in enumerate([("Ahmed Khalil", "Al-Noor Bakery", 15000),
                                                             ("Sara Yousif", "Sara Tailoring", 8000),
                                                             ("Omar Faris", "Faris Bakery", 8000)], start=1)]
    return b, project, grants, town


def ids(rows):
    return [row[0] for row in rows]


def test_rows_follow_search_filter_and_sort_in_sql(session, iraq):
    b, project, grants, town = iraq
    rows = screens.fetch_rows(session, "grant", TableQuery(text="bakery"), 0, 10)
    assert ids(rows) == [grants[0].id, grants[2].id]
    assert screens.count_rows(session, "grant", TableQuery(text="BAKERY")) == 2
    # Two grants of 8,000: the id keeps their order stable, both ways.
    by_amount = screens.fetch_rows(session, "grant", TableQuery(order_by="amount"), 0, 10)
    assert ids(by_amount) == [grants[1].id, grants[2].id, grants[0].id]
    down = screens.fetch_rows(session, "grant", TableQuery(order_by="amount", descending=True), 0, 10)
    assert ids(down) == [grants[0].id, grants[2].id, grants[1].id]


def test_batches_never_skip_or_repeat_a_row(session, iraq):
    query = TableQuery(order_by="amount")
    batches = [screens.fetch_rows(session, "grant", query, offset, 2) for offset in (0, 2, 4)]
    assert [len(b) for b in batches] == [2, 1, 0]
    assert ids(batches[0] + batches[1]) == ids(screens.fetch_rows(session, "grant", query, 0, 10))


def test_joined_columns_and_derived_figures(session, iraq):
    b, project, grants, town = iraq
    b.approved_grant(project, town, code="IQ-EDF-0009", amount=Decimal("10000"))
    grant = screens.fetch_rows(session, "grant", TableQuery(text="IQ-EDF-0009"), 0, 1,
                               ["project", "location", "status", "paid"])[0]
    workflows.pay_grant_tranche(session, grant[0], Decimal("4000"), D(2023, 3, 10))
    row = screens.fetch_rows(session, "grant", TableQuery(text="IQ-EDF-0009"), 0, 1,
                             ["project", "location", "status", "paid"])[0]
    assert row[1:3] == ("IRQ-BHA-2023-02", "Bartella")
    assert row[3] == "disbursed"
    assert Decimal(row[4]) == Decimal("4000")


def test_filters_by_project_status_programme_location_and_period(session, iraq):
    b, project, grants, town = iraq
    assert screens.count_rows(session, "grant", TableQuery(filters={"project": project.id})) == 3
    assert screens.count_rows(session, "grant", TableQuery(filters={"project": project.id + 99})) == 0
    assert screens.count_rows(session, "grant", TableQuery(filters={"status": "application"})) == 3
    assert screens.count_rows(session, "grant", TableQuery(filters={"programme": "ILA"})) == 0
    # An area holds everything below it: Ninewa governorate holds Bartella, whose P-code does not start with IQG15.
    governorate = town.parent.parent
    assert screens.count_rows(session, "grant", TableQuery(filters={"location": governorate.id})) == 3
    assert screens.count_rows(session, "grant", TableQuery(filters={"location": town.id})) == 3
    other = b.create("location", pcode="CD", name="RDC", admin_level=0)
    assert screens.count_rows(session, "grant", TableQuery(filters={"location": other.id})) == 0
    assert screens.count_rows(session, "grant", TableQuery(filters={"period_from": D(2023, 2, 1),
                                                                   "period_to": D(2023, 2, 1)})) == 3
    assert screens.count_rows(session, "grant", TableQuery(filters={"period_from": D(2023, 2, 2)})) == 0


def test_unknown_filter_or_sort_is_refused(session):
    with pytest.raises(DomainError):
        screens.count_rows(session, "grant", TableQuery(filters={"colour": "red"}))
    with pytest.raises(DomainError):
        screens.fetch_rows(session, "grant", TableQuery(order_by="id; drop table x"), 0, 1)


def test_child_lists_and_history(session):
    b = Build(session)
    _, _, territory, _ = b.tanganyika()
    site = b.site(territory)
    b.create("population_count", site_id=site.id, counted_on=D(2023, 1, 31), households=100, individuals=480)
    b.create("population_count", site_id=site.id, counted_on=D(2023, 2, 28), households=90, individuals=430)
    rows = screens.fetch_rows(session, "population_count", TableQuery(filters={"site_id": site.id}), 0, 10)
    assert [r[1] for r in rows] == [D(2023, 2, 28), D(2023, 1, 31)]  # newest first by default
    history = screens.fetch_rows(session, "history", TableQuery(filters={"table_name": "sites",
                                                                         "record_id": site.id}), 0, 10)
    assert [r[3] for r in history] == ["create"]


def test_pick_lists_and_required_fields(session):
    b = Build(session)
    _, province, territory, village = b.tanganyika()
    labels = [c.label for c in screens.reference_choices(session, "location", max_admin_level=2)]
    assert labels == ["CD - République démocratique du Congo", "CD74 - Tanganyika", "CD7401 - Kalemie"]
    assert "end_date" in screens.required_fields("project")
    assert "status" not in screens.required_fields("site")  # a workflow field
    assert "site_id" not in screens.required_fields("population_count")  # set by the site it belongs to


def test_next_steps_and_balance(session, iraq):
    b, project, grants, town = iraq
    assert screens.next_steps(session, "grant", grants[0].id) == ["vetting", "rejected", "cancelled"]
    grant = b.approved_grant(project, town, code="IQ-EDF-0010", amount=Decimal("6000"))
    assert screens.next_steps(session, "grant", grant.id) == ["pay", "cancelled"]
    workflows.pay_grant_tranche(session, grant.id, Decimal("2500"), D(2023, 3, 5))
    balance = screens.grant_balance(session, grant.id)
    assert (balance.paid, balance.amount, balance.tranches) == (Decimal("2500"), Decimal("6000"), 1)


def test_counts_join_only_what_a_filter_or_the_search_looks_into(session, iraq):
    b, project, grants, town = iraq
    plain = str(screens.count_statement("grant", TableQuery(text="bakery")).compile(session.get_bind()))
    assert "JOIN" not in plain and "count(*)" in plain
    by_place = TableQuery(filters={"location": town.id}, text="bakery")
    assert "JOIN locations AS location" in str(screens.count_statement("grant", by_place).compile(session.get_bind()))
    # The count always matches the rows listed, with and without a joined column in the search.
    for query in (TableQuery(), TableQuery(text="bakery"), by_place, TableQuery(text="bartella"),
                  TableQuery(text="BAKERY", filters={"project": project.id})):
        assert screens.count_rows(session, "grant", query) == len(screens.fetch_rows(session, "grant", query, 0, 100))
    assert screens.count_rows(session, "grant", TableQuery(text="nobody")) == 0


def test_a_records_current_reference_is_offered_even_past_the_limit(session):
    _, _, _, village = Build(session).tanganyika()
    first_two = [c.key for c in screens.reference_choices(session, "location", limit=2)]
    assert first_two == ["CD", "CD74"]
    offered = screens.reference_choices(session, "location", limit=2, include=village.id)
    assert [c.label for c in offered] == ["CD - République démocratique du Congo", "CD74 - Tanganyika",
                                          "CD740105 - Kabubili"]
    assert offered[-1].id == village.id
    assert len(screens.reference_choices(session, "location", limit=5, include=village.id)) == 4  # no double


def test_sorting_by_amount_keeps_each_currency_together(session, iraq):
    """Issue 17, defect 10: 9,000,000 IQD is not sorted between two USD amounts."""
    b, _, grants, town = iraq
    iqd = b.project(code="IRQ-EU-2023-05", donor=b.donor(code="EU", name="European Union"), currency="IQD",
                    title="Livelihoods in Ninewa", start_date=D(2023, 1, 1), end_date=D(2024, 12, 31),
                    budget=Decimal("4000000000"))
    small, big = (b.grant(iqd, town, code=f"IQ-EDF-9{i}", amount=Decimal(amount), currency="IQD")
                  for i, amount in ((1, 9000), (2, 9000000)))
    rows = screens.fetch_rows(session, "grant", TableQuery(order_by="amount"), 0, 10)
    assert ids(rows) == [small.id, big.id, grants[1].id, grants[2].id, grants[0].id]  # IQD, then USD
    down = screens.fetch_rows(session, "grant", TableQuery(order_by="amount", descending=True), 0, 10)
    assert ids(down) == [big.id, small.id, grants[0].id, grants[2].id, grants[1].id]


def test_a_page_sorted_by_a_referenced_records_name_is_the_plain_sorts_page(session):
    """Sorted by site, the Households table reads its batches in two parts on SQLite (those without a site, those
    with one through the sites' order): every batch, both ways, with a filter or a search, is exactly what the one
    plain sorted statement gives, households without a site included."""
    from sqlalchemy import update

    from workbench import models as m

    b = Build(session)
    _, _, territory, _ = b.tanganyika()
    sites = [b.site(territory, name=name) for name in ("Mukuku", "Kalonda", "Zongwe")]
    for i in range(23):
        b.household(sites[i % 3], code=f"H-{i:03d}", head_name="Kasongo" if i % 4 else "Mwamba", size=1 + i % 5)
    # Returnees living outside any site: 6 of them, some with a lower id than households of sites.
    session.execute(update(m.Household).where(m.Household.code.in_(["H-001", "H-004", "H-009", "H-013", "H-020",
                                                                     "H-022"])).values(site_id=None))
    dialect = session.get_bind().dialect.name
    for query in (TableQuery(order_by="site"), TableQuery(order_by="site", descending=True),
                  TableQuery(order_by="site", text="kasongo"), TableQuery(order_by="site", filters={"status": "displaced"}),
                  TableQuery(order_by="site", descending=True, filters={"site": sites[1].id})):
        whole = [tuple(r) for r in session.execute(screens.table_statement("household", query))]
        assert len(whole) >= 4
        for size in (4, 7):
            batches = [screens.fetch_rows(session, "household", query, offset, size) for offset in range(0, 30, size)]
            assert [row for batch in batches for row in batch] == whole, (query, size, dialect)
    plain = screens.fetch_rows(session, "household", TableQuery(order_by="site"), 0, 30)
    shown = [row[6] for row in plain]  # the Site column by name; no site first on SQLite, last on PostgreSQL
    assert [s for s in shown if s] == sorted(s for s in shown if s)
    assert shown[:6] == [None] * 6 if dialect == "sqlite" else shown[-6:] == [None] * 6
    statement = str(screens.page_statement("household", TableQuery(order_by="site"), 0, 200, dialect=dialect)
                    .compile())
    assert "UNION ALL" in statement  # the two-part reading is what the database is given
