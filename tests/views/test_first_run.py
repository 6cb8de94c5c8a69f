"""First run on a new, empty database: the dashboard says so and offers the demo data or an import."""

import datetime as dt
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWizard

from tests.views.conftest import wait_idle
from workbench.services import dashboard as figures
from workbench.views import dashboard as dashboard_screen, words
from workbench.views.dashboard import DashboardScreen
from workbench.views.main_window import MainWindow
from workbench.views.tasks import wait_for_tasks


def shown_dashboard(qtbot, window) -> DashboardScreen:
    screen = window.show_screen("dashboard")
    qtbot.waitUntil(lambda: screen.data is not None and screen.state.text() == "", timeout=10000)
    return screen


def test_an_empty_database_offers_the_demo_data_and_then_shows_its_figures(qtbot, context, monkeypatch):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    screen = shown_dashboard(qtbot, window)
    panel = screen.empty_state
    assert panel.isVisible() and not screen.figures_area.isVisible()
    assert panel.load_demo.text() == "Load the demo data" and panel.import_workbook.text() == "Import a workbook..."

    asked = []
    monkeypatch.setattr(dashboard_screen, "ask", lambda parent, title, text: asked.append(text) or True)
    qtbot.mouseClick(panel.load_demo, Qt.MouseButton.LeftButton)
    assert asked and "10,000 households" in asked[0]
    assert wait_for_tasks(180000)
    qtbot.waitUntil(lambda: not panel.isVisible() and screen.state.text() == "", timeout=20000)
    assert screen.figures_area.isVisible()

    expected = context.read(lambda s: figures.key_figures(s, dt.date.today()))
    assert expected.households > 9000 and expected.grants_total > 900  # the demo's office, scale 1
    shown = {name: tile.value.text() for name, tile in screen.tiles.items()}
    assert shown == {"people_left": words.number_text(expected.people_supported_to_leave),
                     "open_sites": words.number_text(expected.open_sites),
                     "households": words.number_text(expected.households),
                     "grants": words.number_text(expected.grants_total),
                     "works": words.number_text(expected.works_total),
                     "old_complaints": words.number_text(expected.open_complaints_over_30_days),
                     "open_referrals": words.number_text(expected.open_referrals),
                     "overdue_referrals": words.number_text(expected.overdue_referrals),
                     "kits": words.number_text(expected.kits_distributed)}
    # The demo's Iraq CRCs have referrals still open, some past their answer deadline.
    assert 0 < expected.overdue_referrals < expected.open_referrals
    assert expected.kits_distributed > 10_000  # the demo's Nyunzu rounds and Kalemie return packages
    assert screen.project.count() == 1 + 8  # the whole office and the demo's projects
    households = window.show_screen("household")
    wait_idle(qtbot, households.model)
    assert households.count_label.text() == f"{words.number_text(expected.households)} households"


def test_import_a_workbook_opens_file_import(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    screen = shown_dashboard(qtbot, window)
    opened = []
    window.findChild(QAction, "action_import").triggered.connect(lambda: opened.append(True))
    qtbot.mouseClick(screen.empty_state.import_workbook, Qt.MouseButton.LeftButton)
    assert opened == [True]
    wizard = window.findChild(QWizard, "importWizard")
    assert wizard is not None and wizard.isVisible()
    wizard.close()


def test_without_an_import_wizard_the_command_is_shown(qtbot, context, monkeypatch):
    monkeypatch.setitem(sys.modules, "workbench.views.import_wizard", None)  # `import` then fails
    screen = DashboardScreen(context)  # alone: no window, no File menu
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.data is not None, timeout=10000)
    assert screen.empty_state.isVisible()
    screen.empty_state.import_workbook.click()
    hint = screen.findChild(QMessageBox, "importHint")
    assert hint is not None and hint.isVisible()
    assert "workbench import KIND FILE" in hint.text()
    hint.close()
