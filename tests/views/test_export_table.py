"""'Export this table': the rows and columns a user sees (filter, search, sort, column order, headers) in .xlsx and .csv."""

import csv
import datetime as dt
import json
import time
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from tests.builders import Build
from tests.views.conftest import type_into, wait_idle
from workbench import models as m
from workbench.io import table_export
from workbench.views.table_model import RAW_ROLE
from workbench.views.tables import TableScreen
from workbench.views.tasks import wait_for_tasks


@pytest.fixture(autouse=True)
def every_value(monkeypatch):
    """These tests check what a table shows reaches the file: the export keeps all personal data (the level's
    dialog is tested in test_privacy_window.py)."""
    monkeypatch.setattr("workbench.views.tables.choose_personal_data", lambda parent: ("all", None))


@pytest.fixture
def grants(database):
    with database.session("setup") as session, session.begin():
        b = Build(session)
        _, _, _, town = b.ninewa()
        project = b.iraq_project()
        for i in range(30):
            b.grant(project, town, code=f"IQ-EDF-{i:04d}", amount=Decimal(1000 + (i % 5) * 500) + Decimal("0.25"),
                    applied_on=dt.date(2023, 1, 1) + dt.timedelta(days=i),
                    business_name="=HYPERLINK(\"http://x\") Bakery" if i == 7 else
                    "Bakery" if i % 3 == 0 else "Tailoring")
        b.approved_grant(project, town, code="IQ-EDF-0100", business_name="Bakery of the approved")
    return database


def click_header(qtbot, screen, key: str) -> None:
    header = screen.view.horizontalHeader()
    column = screen.model.column_index(key)
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def shown_table(screen) -> tuple[list[str], list[str], list[list]]:
    """Keys, headers and (raw value, text shown) of every cell the table shows, in its column order."""
    model, view = screen.model, screen.view
    keys = view.visible_columns()
    headers = [model.headerData(model.column_index(k), Qt.Orientation.Horizontal) for k in keys]
    rows = [[(model.index(r, model.column_index(k)).data(RAW_ROLE), model.displayed(r, k)) for k in keys]
            for r in range(model.rowCount())]
    return keys, headers, rows


def save_as(monkeypatch, path, chosen: str) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kw: (str(path), chosen)))


def test_export_writes_exactly_the_rows_and_columns_shown(qtbot, context, grants, tmp_path, monkeypatch):
    screen = TableScreen(context, "grant")
    qtbot.addWidget(screen)
    screen.resize(1300, 700)
    screen.show()
    wait_idle(qtbot, screen.model)
    assert screen.model.total == 31

    # As a user would: search, filter by status, sort by amount (two clicks: descending), hide a column, move one.
    type_into(qtbot, screen.search, "bakery")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    wait_idle(qtbot, screen.model)
    status = screen.filters["status"]
    status.setCurrentIndex(status.findData("application"))
    wait_idle(qtbot, screen.model)
    click_header(qtbot, screen, "amount")
    wait_idle(qtbot, screen.model)
    click_header(qtbot, screen, "amount")
    wait_idle(qtbot, screen.model)
    assert screen.model.query.order_by == "amount" and screen.model.query.descending
    screen.view.set_column_shown(screen.model.column_index("recipient_name"), False)
    header = screen.view.horizontalHeader()
    header.moveSection(header.visualIndex(screen.model.column_index("amount")), 0)
    wait_idle(qtbot, screen.model)

    keys, headers, rows = shown_table(screen)
    assert screen.count_label.text() == "11 grants" and len(rows) == 11  # of 31: the approved bakery is out
    assert keys[0] == "amount" and "recipient_name" not in keys and "sector" not in keys  # hidden by default
    amounts = [row[0][0] for row in rows]
    assert amounts == sorted(amounts, reverse=True)

    # Excel
    xlsx = tmp_path / "grants.xlsx"
    save_as(monkeypatch, xlsx, "Excel workbook (*.xlsx)")
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    assert wait_for_tasks()
    assert screen.loading_label.text() == "11 rows exported to grants.xlsx"
    # The export is in the audit log: who, which table, how many rows, the file, and no personal data: the
    # recipient's name was hidden.
    with context.database.session() as session:
        entry = session.scalars(select(m.AuditEntry).order_by(m.AuditEntry.id.desc()).limit(1)).one()
    assert (entry.action, entry.table_name, entry.user_name) == ("export", "livelihood_grants", "officer")
    details = json.loads(entry.new_value)
    assert (details["rows"], details["file"], details["personal_data"]) == (11, str(xlsx.resolve()), "all"), details  # the business name is personal
    assert "recipient_name" not in details["columns"]  # hidden before the export
    sheet = load_workbook(xlsx).active
    cells = list(sheet.iter_rows())
    # The columns shown, in their order, then what an import of the file needs that the table hides (defect 10):
    # the recipient's sex, a CfW grant's days and rate, the rate of an amount in another currency; the currency
    # has its own column beside the amount. The hidden recipient's name is not added back.
    extra = ["Currency", "Sex of recipient", "Sector", "ILA kind", "Days worked", "Daily rate",
             "Exchange rate", "Rate date"]
    file_headers = [c.value for c in cells[0]]
    assert file_headers[:2] == [headers[0], "Currency"] and [h for h in file_headers if h not in extra] == headers
    assert sorted(file_headers) == sorted(headers + extra) and "Recipient" not in file_headers
    assert cells[1][0].value == "#value" and cells[1][1].value == "#currency"  # the HXL row
    assert len(cells) == 2 + len(rows)
    at = [file_headers.index(h) for h in headers]
    cells = [cells[0]] + [[row[i] for i in at] for row in cells[2:]]
    for row_cells, row in zip(cells[1:], rows):
        for key, cell, (raw, text) in zip(keys, row_cells, row):
            kind = screen.model.columns[screen.model.column_index(key)].kind
            if kind == "money":
                assert Decimal(str(cell.value)) == raw and cell.number_format.endswith('" USD"')
            elif kind == "date":
                assert cell.value is None if raw is None else cell.value.date() == raw
            elif kind in ("word", "status"):
                assert cell.value == text
            elif key == "location":
                assert (text, cell.value) == ("Bartella", "IQD086S01")  # by its P-code, as the import reads it
            else:
                assert cell.value == raw
    business = keys.index("business_name")
    formula = [r for r in cells[1:] if str(r[business].value).startswith("=")]
    assert len(formula) == 1 and formula[0][business].data_type == "s"  # kept as text, never run

    # CSV
    path = tmp_path / "grants"
    save_as(monkeypatch, path, "CSV file (*.csv)")
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    assert wait_for_tasks()
    with open(tmp_path / "grants.csv", encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert lines[0] == file_headers and len(lines) == 2 + len(rows)
    lines = [[line[i] for i in at] for line in lines[2:]]
    for line, row in zip(lines, rows):
        for key, value, (raw, text) in zip(keys, line, row):
            kind = screen.model.columns[screen.model.column_index(key)].kind
            if kind == "money":
                assert value == f"{raw:.2f}"  # a number: its currency is in the column beside it
            elif kind == "date":
                assert value == (raw.isoformat() if raw else "")
            elif key == "business_name" and text.startswith("="):
                assert value == "'" + text  # a spreadsheet shows it, never runs it
            elif key == "location":
                assert value == "IQD086S01"
            else:
                assert value == text


def test_a_cancelled_export_leaves_no_file(qtbot, context, grants, tmp_path, monkeypatch):
    real = table_export.export_table

    def slow(*args, check, **kw):
        def check_until_cancelled():  # the export cannot finish before the user presses Cancel
            for _ in range(1000):
                check()
                time.sleep(0.005)
            raise AssertionError("the export was never cancelled")
        return real(*args, check=check_until_cancelled, **kw)

    monkeypatch.setattr(table_export, "export_table", slow)
    screen = TableScreen(context, "grant")
    qtbot.addWidget(screen)
    wait_idle(qtbot, screen.model)
    task = screen.export(str(tmp_path / "grants.xlsx"))
    time.sleep(0.05)
    task.cancel()
    assert wait_for_tasks()
    assert list(tmp_path.glob("grants*")) == [] and list(tmp_path.glob(".grants*")) == []
    assert "exported" not in screen.loading_label.text()
    with context.database.session() as session:  # no file, no entry
        assert session.scalar(select(m.AuditEntry.id).where(m.AuditEntry.action == "export")) is None


@pytest.mark.parametrize("language", ["en", "fr"], indirect=True)
@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_an_exported_table_imports_back_untouched(qtbot, context, database, fresh_url, tmp_path, monkeypatch,
                                                  capsys, language, suffix):
    """Issue 17, defect 10: "Export this table..." wrote locations by name and amounts as "39000.00 USD", which no
    import takes. The file now imports back as it is (`workbench import grants FILE --dry-run`): every row found,
    no row rejected and no value changed, in English and in French."""
    from workbench.cli import main

    with database.session("setup") as session, session.begin():
        b = Build(session)
        _, _, _, town = b.ninewa()
        project = b.iraq_project()
        b.grant(project, town, code="IQ-EDF-0001", amount=Decimal("39000"))
        b.grant(project, town, code="IQ-CFW-0002", programme="CfW", days_worked=20, daily_rate=Decimal("15000"),
                amount=Decimal("300000"), currency="IQD", exchange_rate=Decimal("0.00076336"),
                rate_date=dt.date(2023, 1, 31), business_name=None)
        b.approved_grant(project, town, code="IQ-EDF-0003", amount=Decimal("12500.50"))
    screen = TableScreen(context, "grant")
    qtbot.addWidget(screen)
    screen.resize(1300, 700)
    screen.show()
    wait_idle(qtbot, screen.model)
    click_header(qtbot, screen, "amount")  # sorted by amount: within each currency
    wait_idle(qtbot, screen.model)
    screen.view.set_column_shown(screen.model.column_index("code"), False)  # the code is what names a grant
    wait_idle(qtbot, screen.model)
    shown = [screen.model.displayed(r, "amount") for r in range(screen.model.rowCount())]
    assert [s.split()[-1] if " " in s else s for s in shown] in (["IQD", "USD", "USD"], ["USD", "USD", "IQD"])
    path = tmp_path / f"grants.{suffix}"
    save_as(monkeypatch, path, "Excel workbook (*.xlsx)" if suffix == "xlsx" else "CSV file (*.csv)")
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    assert wait_for_tasks()
    if suffix == "csv":
        with open(path, encoding="utf-8-sig", newline="") as handle:
            lines = list(csv.reader(handle))
        amount, currency = lines[1].index("#value"), lines[1].index("#currency")
        assert sorted((line[amount], line[currency]) for line in lines[2:]) == \
            [("12500.50", "USD"), ("300000.00", "IQD"), ("39000.00", "USD")]
        assert "IQD086S01" in {cell for line in lines[2:] for cell in line}  # the location by its P-code
    capsys.readouterr()
    code = main(["import", "grants", str(path), "--dry-run", "--on-duplicate", "update", "--db", fresh_url,
                 "--user", "officer"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "3 rows: 0 to create, 3 to update, 0 duplicates skipped, 0 rejected" in out, out
    assert "would change" not in out, out
