"""Every table's batches, sorted by any of its columns either way, with a search or a filter: what the faster
batch statement (screens.page_statement) reads is exactly the plain sorted statement's rows, on both backends, on a
small demo office (households without a site, grants in several currencies, computed columns)."""

from __future__ import annotations

import pytest

from workbench.db import open_database
from workbench.services import screens
from workbench.services.demo import generate
from workbench.services.screens import TableQuery


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def office(request, tmp_path_factory):
    if request.param == "sqlite":
        url, drop = f"sqlite:///{tmp_path_factory.mktemp('pages') / 'demo.db'}", None
    else:
        databases = request.getfixturevalue("pg_databases")
        url, drop = databases.create(), databases.drop
    db = open_database(url, creator="tester")  # the administrator its sessions act as
    generate(db.engine, 0.02)
    yield db
    db.close()
    if drop:
        drop(url)


def _pages(session, name: str, query: TableQuery, size: int, total: int) -> list[tuple]:
    return [row for offset in range(0, total + size, size)
            for row in screens.fetch_rows(session, name, query, offset, size)]


@pytest.mark.parametrize("name", sorted(screens.TABLES))
def test_every_sort_of_every_table_reads_the_plain_statements_rows(office, name):
    source = screens.source_of(name)
    with office.session("tester") as session:
        total = screens.count_rows(session, name, TableQuery())
        for key in source.columns:
            for descending in (False, True):
                query = TableQuery(order_by=key, descending=descending)
                whole = [tuple(r) for r in session.execute(screens.table_statement(name, query))]
                assert len(whole) == total
                assert _pages(session, name, query, 37, total) == whole, (name, key, descending)
        if source.search:
            query = TableQuery(text="a", order_by=next(iter(source.columns)), descending=True)
            whole = [tuple(r) for r in session.execute(screens.table_statement(name, query))]
            assert _pages(session, name, query, 11, len(whole)) == whole


def test_the_households_sorted_by_site_include_those_without_one(office):
    with office.session("tester") as session:
        rows = screens.fetch_rows(session, "household", TableQuery(order_by="site"), 0, 100000)
        no_site = [r for r in rows if r[6] is None]
        assert no_site and len(rows) == screens.count_rows(session, "household", TableQuery())
        sql = str(screens.page_statement("household", TableQuery(order_by="site"), 0, 200,
                                         dialect=session.get_bind().dialect.name).compile(session.get_bind()))
        assert "UNION ALL" in sql and ("CROSS JOIN" in sql) == (session.get_bind().dialect.name == "sqlite")
