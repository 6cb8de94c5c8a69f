"""The window on a 1366x768 laptop, in English, French and Arabic: every screen, the import wizard and a window of
every record kind fit, nothing lies outside the window, and no count, button or label is cut."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTabBar,
    QWidget,
    QWizard,
)
from sqlalchemy import select

from tests.builders import Build
from tests.views.conftest import type_into, wait_idle
from workbench.services import demo, records
from workbench.views.main_window import MainWindow
from workbench.views.record_window import open_record

LAPTOP = QSize(1366, 768)
FREE = QSize(1366, 728)  # less a task bar: where windows may open
LONG_NAME = ("Integrated multi-sector response for displaced and host communities in Tanganyika, Haut-Katanga and "
             "Haut-Lomami provinces, second phase with the livelihoods and protection consortium")


@pytest.fixture
def busy_office(database):
    """The demo office, and a project whose title is longer than any screen is wide."""
    demo.generate(database.engine, scale=0.05)
    with database.session("setup") as session, session.begin():
        b = Build(session)
        b.project(code="DRC-LONG-2024-01", donor=b.donor(code="BHA-LONG", name="Long donor"), title=LONG_NAME, start_date=dt.date(2024, 1, 1),
                  end_date=dt.date(2025, 12, 31))
    return database


@pytest.fixture(autouse=True)
def laptop_screen(monkeypatch):
    """The offscreen platform's screen is 800x600; windows size themselves to a laptop's here."""
    monkeypatch.setattr("workbench.views.fit.free_area", lambda widget=None: FREE)


def _scrolled(widget: QWidget, top: QWidget) -> bool:
    """Inside a scroll area's viewport (a table's cells, a scrolled form): there, outside is what scrolling is for."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and parent is grand.viewport():
            return True
        parent = grand
    return False


def _name(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return f"{type(widget).__name__}({widget.objectName() or '-'}, {text!r})"


def misfits(top: QWidget, area: QSize = LAPTOP) -> list[str]:
    """What a person would notice on a screen of `area`: the window larger than it, a visible widget (partly) outside
    the window, a button, label, combo box or field narrower than its text needs, a horizontal scroll bar."""
    found = []
    if top.width() > area.width() or top.height() > area.height():
        found.append(f"{_name(top)} is {top.width()}x{top.height()}, more than {area.width()}x{area.height()}")
    frame = QRect(QPoint(0, 0), top.size()).intersected(QRect(QPoint(0, 0), area))
    outside: list[QWidget] = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.isWindow() or _scrolled(widget, top):
            continue
        if any(other.isAncestorOf(widget) for other in outside):
            continue  # its parent is reported already
        if isinstance(widget.parentWidget(), QTabBar):  # the tab bar's scroll buttons
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QComboBox):
            continue  # an editable combo box's own line edit sits inside its frame: the combo box is checked
        rect = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
        if rect.isEmpty():
            continue
        if not frame.contains(rect):
            outside.append(widget)
            found.append(f"{_name(widget)} at {rect.getRect()} lies outside the {frame.width()}x{frame.height()} window")
        if isinstance(widget, QLabel) and widget.wordWrap():
            continue
        if isinstance(widget, (QAbstractButton, QLabel, QComboBox, QLineEdit)):
            need = widget.minimumSizeHint()
            if widget.width() < need.width() or widget.height() < need.height():
                found.append(f"{_name(widget)} is {widget.width()}x{widget.height()}, "
                             f"its text needs {need.width()}x{need.height()}")
        if isinstance(widget, QComboBox) and widget.sizeHint().width() > widget.width():
            found.append(f"{_name(widget)} is {widget.width()} wide and wants {widget.sizeHint().width()}: "
                         f"its text is cut where nothing elides it")
        if isinstance(widget, QScrollArea) and widget.horizontalScrollBar().isVisible():
            found.append(f"{_name(widget)} scrolls sideways")
    return found


def households_workbook(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Household ID", "Head of household", "Sex of head", "Household size", "Site", "Registered on",
                  "Nombre de filles de moins de 18 ans", "Intention de retour ou de relocalisation"])
    sheet.append(["KAL-0101", "Amani Mwamba", "female", 5, "Kalonda", dt.date(2023, 1, 10), 2, "return"])
    book.save(path)
    return path


def walk_screens(qtbot, context) -> tuple[MainWindow, list[str]]:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(LAPTOP)
    window.show()
    found = []
    for key in window.keys:
        screen = window.show_screen(key)
        wait_idle(qtbot, getattr(screen, "model", None))
        if key == "dashboard":
            # The longest project's figures: its name in the Show box must not widen the window.
            screen.project.setCurrentIndex(screen.project.findText(LONG_NAME[:30], flags=_contains()))
            wait_idle(qtbot)
        QApplication.processEvents()
        found += [f"[{key}] {problem}" for problem in misfits(window)]
        if key == "setup":  # each of Office set-up's tables
            for tab in range(1, screen.tabs.count()):
                screen.tabs.setCurrentIndex(tab)
                wait_idle(qtbot, getattr(screen.tabs.currentWidget(), "model", None))  # the Users tab has none
                QApplication.processEvents()
                found += [f"[setup, {screen.tabs.tabText(tab)}] {problem}" for problem in misfits(window)]
    return window, found


def _contains():
    return Qt.MatchFlag.MatchContains


@pytest.mark.parametrize("language", ["en", "fr", "ar"], indirect=True)
def test_every_screen_fits_a_1366x768_laptop(qtbot, context, busy_office, language, tmp_path):
    window, found = walk_screens(qtbot, context)
    for key, screen in window.screens.items():  # a period's "From" and "To" stay on one line when the bar wraps
        dates = [screen.filters[part] for part in ("period_from", "period_to") if part in getattr(screen, "filters", {})]
        if len(dates) == 2:
            window.show_screen(key)
            QApplication.processEvents()
            tops = [d.mapTo(window, d.rect().topLeft()).y() for d in dates]
            assert tops[0] == tops[1], (key, tops)
    dashboard = window.screens["dashboard"]
    assert LONG_NAME[:30] in dashboard.project.currentText()  # the long project was shown
    assert not found, "\n".join(found)

    wizard = window.open_import_wizard()
    wait_idle(qtbot)
    problems = [f"[import wizard, file] {p}" for p in misfits(wizard)]
    page = wizard.file_page
    page.kind.setCurrentIndex(page.kind.findData("households"))
    type_into(qtbot, page.path, str(households_workbook(tmp_path / "menages.xlsx")))
    qtbot.keyClick(page.path, Qt.Key.Key_Return)
    wait_idle(qtbot)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert wizard.currentPage() is wizard.mapping_page
    problems += [f"[import wizard, columns] {p}" for p in misfits(wizard)]
    wizard.close()

    with context.database.session("probe") as s:
        idents = {name: s.scalar(select(kind.model.id).limit(1)) for name, kind in records.KINDS.items()}
    for name, ident in idents.items():
        record = open_record(context, name, ident, parent=window)
        wait_idle(qtbot)
        for tab in range(record.tabs.count()):
            record.tabs.setCurrentIndex(tab)
            wait_idle(qtbot)
            QApplication.processEvents()
            problems += [f"[{name} window, {record.tabs.tabText(tab)}] {p}" for p in misfits(record)]
        record.close()
    assert not problems, "\n".join(problems)
