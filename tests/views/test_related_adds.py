"""Add on a record's tabs fills in that record (issue 17, defect 11): a site's Households tab lists its households
and adds one in the site; a project's Sites, Grants and Works tabs add one in the project."""

from PySide6.QtWidgets import QPushButton

from tests.builders import Build
from tests.views.conftest import wait_idle
from tests.views.test_scenario import click, record_window
from workbench.views.record_window import open_record


def tabs_of(window) -> dict:
    return {window.tabs.tabText(i): window.tabs.widget(i) for i in range(window.tabs.count())}


def test_a_sites_households_tab_lists_them_and_adds_one_in_the_site(qtbot, context, database):
    with database.session("setup") as session, session.begin():
        b = Build(session)
        _, _, territory, _ = b.tanganyika()
        site = b.site(territory, "Kalonda")
        other = b.site(territory, "Mukuku")
        b.household(site, code="KAL-0001")
        b.household(site, code="KAL-0002")
        b.household(other, code="MUK-0001")
        ident = site.id
    window = open_record(context, "site", ident)
    qtbot.addWidget(window)
    wait_idle(qtbot)
    tab = tabs_of(window)["Households"]
    wait_idle(qtbot, tab.list.model)
    model = tab.list.model
    assert sorted(model.index(r, 0).data() for r in range(model.rowCount())) == ["KAL-0001", "KAL-0002"]
    click(qtbot, tab.findChild(QPushButton, "add_household"))
    new = record_window("household")
    assert new.form.editors["site_id"].currentText() == "Kalonda"
    assert not new.form.dirty
    new.close()
    window.close()


def test_add_on_a_projects_tabs_fills_in_the_project(qtbot, context, office):
    with office.session("probe") as session:
        from sqlalchemy import select

        from workbench import models as m
        ident = session.scalar(select(m.Project.id).where(m.Project.code == "IRQ-BHA-2023-02"))
    window = open_record(context, "project", ident)
    qtbot.addWidget(window)
    wait_idle(qtbot)
    tabs = tabs_of(window)
    for title, kind in (("Sites", "site"), ("Grants", "grant"), ("Works", "work")):
        click(qtbot, tabs[title].findChild(QPushButton, f"add_{kind}"))
        new = record_window(kind)
        assert new.form.editors["project_id"].currentText().startswith("IRQ-BHA-2023-02"), title
        new.close()
    window.close()
