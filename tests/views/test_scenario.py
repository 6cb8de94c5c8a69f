"""The day's work through the window, as a user does it: typing, clicking and reading what the screen says."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton

from tests.views.conftest import type_date, type_into, wait_idle, when_dialog
from workbench.views.main_window import MainWindow
from workbench.views.record_window import RecordWindow

D = dt.date


def record_window(kind: str) -> RecordWindow:
    windows = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, RecordWindow) and w.kind == kind and w.isVisible()]
    assert windows, f"no {kind} window is open"
    return windows[-1]


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def sidebar(qtbot, window: MainWindow, title: str):
    items = window.sidebar.findItems(title, Qt.MatchFlag.MatchExactly)
    rect = window.sidebar.visualItemRect(items[0])
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return window.stack.currentWidget()


def step(qtbot, window: RecordWindow, name: str, day: D, amount: str | None = None, expect_problem: str = ""):
    """Clicks a workflow button and answers its date dialog; returns what the dialog said if it refused."""
    said = []

    def answer(dialog):
        type_date(qtbot, dialog.date, day)
        if amount is not None:
            type_into(qtbot, dialog.amount, amount)
        click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))
        if expect_problem:  # the dialog stays open with the service's message
            when_dialog(lambda d: (said.append(d.problem.text()), d.reject()),
                        ready=lambda d: d.problem.isVisible())

    when_dialog(answer)
    click(qtbot, window.findChild(QPushButton, f"step_{name}"))
    return said[0] if said else ""


def test_a_programme_officers_day(qtbot, context, office):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()

    # A new project through its form; a bad end date is refused next to the field.
    projects = sidebar(qtbot, window, "Projects")
    wait_idle(qtbot, projects.model)
    assert projects.count_label.text() == "one project"
    click(qtbot, projects.new_button)
    form_window = record_window("project")
    form = form_window.form
    type_into(qtbot, form.editors["code"], "DRC-BHA-2024-07")
    type_into(qtbot, form.editors["title"], "Site closure and returns in Nyunzu")
    type_into(qtbot, form.editors["donor_id"], "ECHO")
    type_date(qtbot, form.editors["start_date"], D(2024, 7, 1))
    type_date(qtbot, form.editors["end_date"], D(2024, 6, 30))
    type_into(qtbot, form.editors["budget"], "1,250,000")
    qtbot.keyClick(form_window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot)  # the save runs in the background
    assert "cannot be before the start date" in form.problem_text("end_date")
    assert form_window.ident is None
    type_date(qtbot, form.editors["end_date"], D(2025, 12, 31))
    qtbot.keyClick(form_window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot)  # the save runs in the background
    assert form.problem_text("end_date") == ""
    assert form_window.ident is not None
    assert form_window.heading.text() == "Project DRC-BHA-2024-07"
    form_window.close()

    # Found in the table by search.
    type_into(qtbot, projects.search, "nyunzu")
    qtbot.keyClick(projects.search, Qt.Key.Key_Return)
    wait_idle(qtbot, projects.model)
    assert projects.count_label.text() == "one project"
    assert projects.model.displayed(0, "code") == "DRC-BHA-2024-07"
    assert projects.model.displayed(0, "budget") == "1,250,000.00 USD"

    # A site's population count, added from the site's window.
    sites = sidebar(qtbot, window, "Sites")
    wait_idle(qtbot, sites.model)
    sites.view.setFocus()
    sites.view.setCurrentIndex(sites.model.index(0, 0))
    qtbot.keyClick(sites.view, Qt.Key.Key_Return)
    site_window = record_window("site")
    site_window.tabs.setCurrentIndex(1)
    population = site_window.tabs.currentWidget()
    click(qtbot, population.findChild(QPushButton, "add_population_count"))
    count_window = record_window("population_count")
    type_date(qtbot, count_window.form.editors["counted_on"], D(2024, 3, 31))
    type_into(qtbot, count_window.form.editors["households"], "812")
    type_into(qtbot, count_window.form.editors["individuals"], "3,904")
    click(qtbot, count_window.save_button)
    wait_idle(qtbot)  # the save runs in the background
    assert count_window.ident is not None, count_window.form.problem_text()
    count_window.close()
    wait_idle(qtbot)  # the site's list reloads in the background
    assert population.model.rowCount() == 1
    assert population.model.displayed(0, "individuals") == "3,904"
    site_window.close()
    wait_idle(qtbot, sites.model)
    assert sites.model.displayed(0, "population") == "3,904"

    # A grant through vetting and approval, then two tranches; a rule that blocks a step is shown.
    grants = sidebar(qtbot, window, "Livelihood grants")
    wait_idle(qtbot, grants.model)
    grants.view.doubleClicked.emit(grants.model.index(0, 0))
    grant_window = record_window("grant")
    assert grant_window.status.text() == "Application"
    assert grant_window.findChild(QPushButton, "step_pay") is None  # not a legal step yet
    step(qtbot, grant_window, "vetting", D(2023, 2, 15))
    step(qtbot, grant_window, "approved", D(2023, 3, 1))
    assert grant_window.status.text() == "Approved"
    refusal = step(qtbot, grant_window, "pay", D(2023, 2, 20), "5000", expect_problem="before")
    assert "cannot be before the grant was approved (2023-03-01)" in refusal
    step(qtbot, grant_window, "pay", D(2023, 3, 15), "5000")
    step(qtbot, grant_window, "pay", D(2023, 5, 2), "10,000")
    assert grant_window.status.text() == "Disbursed"
    assert grant_window.summary.text() == "Paid 15,000.00 USD of 15,000.00 USD; tranches paid: 2."
    assert [b.objectName() for b in grant_window.findChildren(QPushButton) if b.objectName().startswith("step_")
            and b.isVisible()] == ["step_monitored"]
    grant_window.close()

    # The table and the dashboard show the new figures.
    wait_idle(qtbot, grants.model)
    assert grants.model.displayed(0, "status") == "Disbursed"
    assert grants.model.displayed(0, "paid") == "15,000.00 USD"
    dashboard = sidebar(qtbot, window, "Dashboard")
    qtbot.waitUntil(lambda: dashboard.data is not None and dashboard.state.text() == "", timeout=5000)
    assert dashboard.tiles["grants"].value.text() == "1"
    table = dashboard.grants_table
    assert [table.item(0, c).text() for c in range(4)] == ["EDF", "Disbursed", "1", "15,000.00 USD"]
    assert dashboard.tiles["open_sites"].value.text() == "1"
    assert dashboard.population_chart.chart().series()[0].count() == 1


def test_escape_asks_before_discarding_a_changed_form(qtbot, context, office):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    projects = window.show_screen("project")
    click(qtbot, projects.new_button)
    form_window = record_window("project")
    type_into(qtbot, form_window.form.editors["code"], "X-1")
    asked = when_dialog(lambda box: box.reject())  # "No": keep editing
    qtbot.keyClick(form_window, Qt.Key.Key_Escape)
    assert asked and form_window.isVisible()
    when_dialog(lambda box: click(qtbot, box.button(box.StandardButton.Yes)))
    qtbot.keyClick(form_window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not form_window.isVisible())


def test_delete_is_refused_with_the_services_reason(qtbot, context, office):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    projects = window.show_screen("project")
    wait_idle(qtbot, projects.model)
    projects.view.setCurrentIndex(projects.model.index(0, 0))
    said = []

    def confirm(box):
        when_dialog(lambda refusal: (said.append(refusal.text()), refusal.accept()))
        click(qtbot, box.button(box.StandardButton.Yes))

    when_dialog(confirm)
    qtbot.keyClick(projects.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: bool(said))
    assert said == ["This project cannot be deleted: it still has 1 grants; delete or move them first."]


def test_a_stale_copy_is_refused(qtbot, context, office):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    grants = window.show_screen("grant")
    wait_idle(qtbot, grants.model)
    grants.open(grants.model.record_id(0))
    grant_window = record_window("grant")
    # A colleague saves the same grant meanwhile, on another computer: this window hears nothing of it.
    with office.session("colleague") as session, session.begin():
        from workbench.services import records
        records.update(session, "grant", grant_window.ident, {"sector": "bakery"})
    type_into(qtbot, grant_window.form.editors["recipient_name"], "Ahmed K. Khalil")
    click(qtbot, grant_window.save_button)
    wait_idle(qtbot)  # the save runs in the background
    # The colleague's version is shown beside this user's (test_conflict_dialog.py); Cancel keeps what was typed.
    from workbench.views.conflict_dialog import ConflictDialog
    qtbot.waitUntil(lambda: isinstance(getattr(grant_window.form, "conflict_dialog", None), ConflictDialog)
                    and grant_window.form.conflict_dialog.isVisible())
    dialog = grant_window.form.conflict_dialog
    click(qtbot, dialog.box.button(dialog.box.StandardButton.Cancel))
    assert "changed by someone else" in grant_window.form.problem_text()
    assert grant_window.form.editors["recipient_name"].text() == "Ahmed K. Khalil"  # what was typed is kept
    when_dialog(lambda box: click(qtbot, box.button(box.StandardButton.Yes)))  # discard, to close the window
    grant_window.close()
