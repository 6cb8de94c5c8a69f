"""Small things a user notices (issue 17, defect 12): record titles, the grant's Cancel step, Ctrl+N in a table."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from tests.builders import Build
from tests.views.conftest import wait_idle
from workbench.views.main_window import MainWindow
from workbench.views.record_window import RecordWindow, open_record

D = dt.date


def test_a_population_counts_title_says_its_date(qtbot, context, database):
    with database.session("setup") as session, session.begin():
        b = Build(session)
        _, _, territory, _ = b.tanganyika()
        site = b.site(territory, "Kalonda")
        count = b.create("population_count", site_id=site.id, counted_on=D(2023, 6, 30), households=120,
                         individuals=600)
        ident = count.id
    window = open_record(context, "population_count", ident)
    qtbot.addWidget(window)
    assert window.heading.text() == "Population count 2023-06-30"
    window.close()


def test_the_grants_cancel_step_does_not_read_like_closing_the_window(qtbot, context, office):
    from sqlalchemy import select

    from workbench import models as m
    with office.session("probe") as session:
        ident = session.scalar(select(m.LivelihoodGrant.id))
    window = open_record(context, "grant", ident)
    qtbot.addWidget(window)
    wait_idle(qtbot)
    assert window.findChild(QPushButton, "step_cancelled").text() == "Cancel the grant..."
    window.close()


def test_ctrl_n_in_a_table_opens_a_new_record(qtbot, context, office):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    projects = window.show_screen("project")
    wait_idle(qtbot, projects.model)
    projects.view.setFocus()
    qtbot.keyClick(projects.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    opened = [w for w in QApplication.topLevelWidgets() if isinstance(w, RecordWindow) and w.isVisible()]
    assert [(w.kind, w.ident) for w in opened] == [("project", None)]
    opened[0].close()


def test_to_before_from_says_so(qtbot, context, office):
    from tests.views.conftest import type_date

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    grants = window.show_screen("grant")
    wait_idle(qtbot, grants.model)
    type_date(qtbot, grants.filters["period_from"], D(2024, 6, 1))
    type_date(qtbot, grants.filters["period_to"], D(2024, 1, 1))
    grants.apply()
    wait_idle(qtbot, grants.model)
    assert grants.loading_label.text() == '"To" is before "From": no row can fall in that period.'
    type_date(qtbot, grants.filters["period_to"], D(2024, 12, 31))
    grants.apply()
    wait_idle(qtbot, grants.model)
    assert grants.loading_label.text() == ""


def test_an_empty_tab_says_so_and_help_lists_the_shortcuts(qtbot, context, office):
    from sqlalchemy import select

    from workbench import models as m
    with office.session("probe") as session:
        ident = session.scalar(select(m.Site.id))
    record = open_record(context, "site", ident)
    qtbot.addWidget(record)
    tabs = {record.tabs.tabText(i): record.tabs.widget(i) for i in range(record.tabs.count())}
    committees = tabs["Committees"]
    wait_idle(qtbot, committees.model)
    record.tabs.setCurrentWidget(committees)
    assert committees.empty_label.isVisible()
    assert committees.empty_label.text() == "Nothing here yet. Add one with the button above."
    record.close()

    window = MainWindow(context)
    qtbot.addWidget(window)
    help_menu = window.menuBar().actions()[-1].menu()
    assert [a.text() for a in help_menu.actions()] == ["&Keyboard shortcuts", "&About"]
    box = window.shortcuts()
    assert "Ctrl+N: a new record" in box.text() and "Ctrl+2: Projects" in box.text()
    box.close()
