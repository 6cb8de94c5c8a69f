"""The SQL table model: batches, SQL sort and search, counts, and Qt's model checks (qtmodeltester)."""

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from tests.builders import Build
from tests.views.conftest import wait_idle
from workbench.services import screens
from workbench.services.screens import TableQuery
from workbench.views.columns import columns
from workbench.views.table_model import RAW_ROLE, RecordTableModel, sync_loader


@pytest.fixture
def grants(database):
    with database.session("setup") as session, session.begin():
        b = Build(session)
        _, _, _, town = b.ninewa()
        project = b.iraq_project()
        for i in range(25):
            b.grant(project, town, code=f"IQ-EDF-{i:04d}", amount=Decimal(1000 + (i % 5) * 500),
                    business_name="Bakery" if i % 3 == 0 else "Tailoring")
    return database


@pytest.mark.parametrize("source", ["project", "site", "household", "grant", "work", "population_count",
                                    "committee", "complaint", "site_infrastructure", "cash_tranche",
                                    "grant_tranche", "grant_history", "progress_report", "attachment",
                                    "indicator_value", "history"])
def test_every_table_model_passes_qtmodeltester(qtmodeltester, context, office, source):
    model = RecordTableModel(context, source, columns(source), loader=sync_loader, batch=3)
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    qtmodeltester.check(model)


def test_rows_arrive_in_batches_in_a_stable_sorted_order(qtmodeltester, context, grants):
    model = RecordTableModel(context, "grant", columns("grant"), loader=sync_loader, batch=10)
    assert model.rowCount() == 10 and model.total == 25 and model.canFetchMore()
    model.sort(model.column_index("amount"), Qt.SortOrder.DescendingOrder)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 25 and not model.canFetchMore()
    amounts = [model.index(r, model.column_index("amount")).data(RAW_ROLE) for r in range(25)]
    assert amounts == sorted(amounts, reverse=True)
    # Same amounts keep the id order (descending with the sort), so batches never skip or repeat a row.
    ids = [model.record_id(r) for r in range(25)]
    assert len(set(ids)) == 25
    assert model.displayed(0, "amount") == "3,000.00 USD"
    assert model.index(0, model.column_index("amount")).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.displayed(0, "status") == "Application"
    qtmodeltester.check(model)


def test_search_runs_in_sql_and_the_count_follows(qtbot, context, grants):
    model = RecordTableModel(context, "grant", columns("grant"), batch=10)  # the window's background loader
    wait_idle(qtbot, model)
    assert model.total == 25
    model.set_query(TableQuery(text="bakery"))
    wait_idle(qtbot, model)
    assert model.total == 9 and model.rowCount() == 9
    with context.database.session() as session:
        assert model.total == screens.count_rows(session, "grant", TableQuery(text="bakery"))


def test_an_older_answer_never_replaces_a_newer_query(qtbot, context, grants):
    model = RecordTableModel(context, "grant", columns("grant"), batch=50)
    model.set_query(TableQuery(text="tailoring"))
    model.set_query(TableQuery(text="IQ-EDF-0003"))
    wait_idle(qtbot, model)
    assert model.rowCount() == 1 and model.total == 1
    assert model.displayed(0, "code") == "IQ-EDF-0003"
