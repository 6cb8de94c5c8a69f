"""The window shows audit times, stored in UTC, in the computer's local time."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from tests.builders import Build
from workbench.services.screens import TableQuery
from workbench.views import words
from workbench.views.columns import columns
from workbench.views.table_model import RecordTableModel, sync_loader


@pytest.fixture
def in_kalemie(monkeypatch):
    monkeypatch.setenv("TZ", "Africa/Lubumbashi")  # UTC+2
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_utc_time_reads_as_local_time(in_kalemie):
    assert "10:00" in words.date_text(dt.datetime(2023, 4, 2, 8, 0, tzinfo=dt.timezone.utc))
    assert "08:00" in words.date_text(dt.datetime(2023, 4, 2, 8, 0))  # a time without a zone is shown as it is


def test_the_history_tab_shows_when_in_local_time(context, database, in_kalemie):
    with database.session("officer", write=True) as s, s.begin():
        donor = Build(s).donor().id
    model = RecordTableModel(context, "history", columns("history"), loader=sync_loader)
    model.set_query(TableQuery(filters={"table_name": "donors", "record_id": donor}))
    assert model.rowCount() == 1
    local = dt.datetime.now().strftime("%H:%M")  # Kalemie's clock, two hours after UTC
    shown = model.displayed(0, "at")
    assert local in shown or (dt.datetime.now() - dt.timedelta(minutes=1)).strftime("%H:%M") in shown, shown
    assert dt.datetime.now(dt.timezone.utc).strftime("%H:%M") not in shown


def test_an_exported_history_has_the_local_times_the_screen_shows(context, database, in_kalemie, tmp_path):
    import openpyxl

    from workbench.io.table_export import TableColumn, export_table

    with database.session("officer", write=True) as s, s.begin():
        donor = Build(s).donor().id
    query = TableQuery(filters={"table_name": "donors", "record_id": donor})
    with database.session() as s:
        export_table(s, "history", query, [TableColumn("at", "When", "datetime")], tmp_path / "history.xlsx")
        export_table(s, "history", query, [TableColumn("at", "When", "datetime")], tmp_path / "history.csv")
    [[when]] = list(openpyxl.load_workbook(tmp_path / "history.xlsx").active.iter_rows(min_row=2, values_only=True))
    assert abs(when - dt.datetime.now()) < dt.timedelta(minutes=2)  # Kalemie's clock, not UTC's
    assert (tmp_path / "history.csv").read_text(encoding="utf-8-sig").splitlines()[1][:13] == \
        when.isoformat()[:13]
