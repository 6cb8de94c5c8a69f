"""The dashboard's drill-down and period, as staff use them: a period typed, a figure clicked (or Enter on it), the
table of what it counts shown with as many rows, saying where it came from, and "Show all rows" back to every row."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton
from sqlalchemy import func, select

from tests.views.conftest import wait_idle
from tests.views.test_dashboard_charts import dashboard_of
from workbench import models as m
from workbench.services import demo
from workbench.views import words

D = dt.date


@pytest.fixture
def demo_office(database):
    demo.generate(database.engine, scale=0.05)
    return database


def _dashboard(qtbot, context):
    screen = dashboard_of(qtbot, context)
    return screen.window(), screen


def _type_period(qtbot, screen, start: str, end: str) -> None:
    before = screen.data
    for part, text in (("from", start), ("to", end)):
        line = screen.period_edits[part].lineEdit()
        line.clear()
        qtbot.keyClicks(line, text)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: screen.data is not before and screen.state.text() == "", timeout=10000)


def _figure(screen, name: str) -> int:
    return int(screen.tiles[name].value.text().replace(",", "").replace("\u202f", "").replace("\xa0", "")
               .replace(" ", ""))


@pytest.mark.parametrize("language", ["en", "fr", "ar"], indirect=True)
def test_a_figure_of_a_period_opens_the_table_of_what_it_counts(qtbot, context, demo_office, language):
    window, screen = _dashboard(qtbot, context)
    to_date = _figure(screen, "households")
    _type_period(qtbot, screen, "2023-01-01", "2023-06-30")
    assert screen.period_note.isVisible()
    with demo_office.session("officer") as s:
        registered = s.scalar(select(func.count()).select_from(m.Household).where(
            m.Household.registered_on.between(D(2023, 1, 1), D(2023, 6, 30))))
        departed = s.scalars(select(m.Household.size).where(
            m.Household.departure_date.between(D(2023, 1, 1), D(2023, 6, 30)))).all()
    assert 0 < registered < to_date
    assert _figure(screen, "households") == registered
    assert _figure(screen, "people_left") == sum(departed) > 0

    qtbot.mouseClick(screen.tiles["households"], Qt.MouseButton.LeftButton)
    assert window.current_screen() == "household"
    households = window.screens["household"]
    wait_idle(qtbot, households.model)
    assert households.model.total == registered
    assert words.number_text(registered) in households.count_label.text()
    assert households.filters["period_from"].value() == D(2023, 1, 1)
    assert households.filters["period_to"].value() == D(2023, 6, 30)
    note = households.drill_note.text()
    assert households.drill_bar.isVisible() and screen.tiles["households"].caption.text() in note
    assert words.date_text(D(2023, 1, 1)) in note and words.date_text(D(2023, 6, 30)) in note

    # The people who left: their households, a filter with no box of its own, said in the note.
    window.show_screen("dashboard")
    screen.tiles["people_left"].setFocus()
    qtbot.keyClick(screen.tiles["people_left"], Qt.Key.Key_Return)
    wait_idle(qtbot, households.model)
    assert households.model.total == len(departed)
    assert households.filters["period_from"].value() is None  # registered at any time
    assert screen.tiles["people_left"].caption.text() in households.drill_note.text()

    qtbot.mouseClick(households.drill_bar.findChild(QToolButton, "showAll"), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, households.model)
    assert not households.drill_bar.isVisible()
    with demo_office.session("officer") as s:
        assert households.model.total == s.scalar(select(func.count()).select_from(m.Household))


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_a_row_of_the_grants_table_and_a_piece_of_a_chart_open_their_records(qtbot, context, demo_office, language):
    window, screen = _dashboard(qtbot, context)
    table = screen.grants_table
    row = max(range(table.rowCount()), key=lambda r: int(table.item(r, 2).text().replace(",", "")))
    wanted = int(table.item(row, 2).text().replace(",", ""))
    programme, status = table.item(row, 0).text(), table.item(row, 1).text()
    table.scrollToItem(table.item(row, 0))
    where = table.visualItemRect(table.item(row, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert window.current_screen() == "grant"
    grants = window.screens["grant"]
    wait_idle(qtbot, grants.model)
    assert grants.model.total == wanted
    assert grants.filters["programme"].currentText() == programme
    assert grants.filters["status"].currentText() == status

    window.show_screen("dashboard")
    pieces = screen.intention_chart.chart().series()[0].slices()
    biggest = max(pieces, key=lambda piece: piece.value())
    biggest.clicked.emit()  # a click on the piece: QtCharts hit-tests it, a test cannot aim at a slice's pixels
    households = window.screens["household"]
    wait_idle(qtbot, households.model)
    assert households.model.total == int(biggest.value())
    assert households.filters["intention"].currentText() == biggest.label().split(":")[0]

    # "To" before "From" is said, and the figures stay as they were.
    shown = _figure(screen, "households")
    window.show_screen("dashboard")
    for part, text in (("from", "2024-01-01"), ("to", "2023-01-01")):
        screen.period_edits[part].lineEdit().clear()
        qtbot.keyClicks(screen.period_edits[part].lineEdit(), text)
    assert "before" in screen.state.text()
    assert _figure(screen, "households") == shown
