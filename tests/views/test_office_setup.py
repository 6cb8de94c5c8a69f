"""A new office sets itself up from the window alone, from an empty database: donors, locations, a project and its
logframe, a site (issue 17, defect 3)."""

import datetime as dt

from PySide6.QtWidgets import QToolButton, QWizard
from sqlalchemy import select

from tests.views.conftest import type_date, type_into, wait_idle
from tests.views.test_scenario import click, record_window, sidebar
from workbench import models as m
from workbench.views.main_window import MainWindow

D = dt.date


def save(qtbot, window) -> None:
    click(qtbot, window.save_button)
    wait_idle(qtbot)
    assert window.ident is not None, window.form.problem_text() or [
        (k, window.form.problem_text(k)) for k in window.form.problems if window.form.problem_text(k)]


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def new_location(qtbot, tab, pcode, name, level, parent=None) -> None:
    click(qtbot, tab.new_button)
    window = record_window("location")
    form = window.form
    type_into(qtbot, form.editors["pcode"], pcode)
    type_into(qtbot, form.editors["name"], name)
    choose(form.editors["admin_level"], str(level))
    if parent:
        type_into(qtbot, form.editors["parent_id"], parent)
    save(qtbot, window)
    window.close()


def test_a_new_office_sets_itself_up_from_an_empty_database(qtbot, context, database):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    dashboard = window.show_screen("dashboard")
    qtbot.waitUntil(lambda: dashboard.data is not None, timeout=10000)
    assert dashboard.empty_state.isVisible()
    click(qtbot, dashboard.empty_state.set_up)
    setup = window.stack.currentWidget()
    assert setup.objectName() == "screen_setup"
    assert [setup.tabs.tabText(i) for i in range(3)] == ["Donors", "Locations (P-codes)", "Outcomes"]

    donors = setup.show_tab("donor")
    wait_idle(qtbot, donors.model)
    click(qtbot, donors.new_button)
    donor = record_window("donor")
    type_into(qtbot, donor.form.editors["code"], "BHA")
    type_into(qtbot, donor.form.editors["name"], "Bureau for Humanitarian Assistance")
    save(qtbot, donor)
    donor.close()
    wait_idle(qtbot, donors.model)
    assert donors.count_label.text() == "one donor"

    locations = setup.show_tab("location")
    new_location(qtbot, locations, "CD", "DR Congo", 0)
    new_location(qtbot, locations, "CD74", "Tanganyika", 1, parent="CD")
    new_location(qtbot, locations, "CD7401", "Kalemie", 2, parent="CD74")
    wait_idle(qtbot, locations.model)
    assert locations.count_label.text() == "3 locations"

    projects = sidebar(qtbot, window, "Projects")
    wait_idle(qtbot, projects.model)
    click(qtbot, projects.new_button)
    project = record_window("project")
    type_into(qtbot, project.form.editors["code"], "DRC-BHA-2024-07")
    type_into(qtbot, project.form.editors["title"], "Site closure in Kalemie")
    type_into(qtbot, project.form.editors["donor_id"], "BHA")
    type_date(qtbot, project.form.editors["start_date"], D(2024, 7, 1))
    type_date(qtbot, project.form.editors["end_date"], D(2025, 6, 30))
    type_into(qtbot, project.form.editors["budget"], "250000")
    choose(project.form.editors["currency"], "USD")
    save(qtbot, project)

    # The logframe, from the project's window: an outcome, its output, an indicator of the output.
    tabs = {project.tabs.tabText(i): project.tabs.widget(i) for i in range(project.tabs.count())}
    click(qtbot, tabs["Outcomes"].findChild(type(project.new_button), "add_outcome"))
    outcome = record_window("outcome")
    assert "project_id" not in outcome.form.editors  # the project's own window fills it in
    type_into(qtbot, outcome.form.editors["code"], "OC1")
    type_into(qtbot, outcome.form.editors["title"], "Displaced households return in safety")
    save(qtbot, outcome)
    outcome_tabs = {outcome.tabs.tabText(i): outcome.tabs.widget(i) for i in range(outcome.tabs.count())}
    click(qtbot, outcome_tabs["Outputs"].findChild(type(project.new_button), "add_output"))
    output = record_window("output")
    type_into(qtbot, output.form.editors["code"], "OP1.1")
    type_into(qtbot, output.form.editors["title"], "Households receive return cash")
    save(qtbot, output)
    output.close()
    outcome.close()
    click(qtbot, tabs["Logframe"].findChild(type(project.new_button), "add_indicator"))
    indicator = record_window("indicator")
    type_into(qtbot, indicator.form.editors["code"], "IND1")
    type_into(qtbot, indicator.form.editors["title"], "Households paid their transport tranche")
    indicator.form.load_choices()
    type_into(qtbot, indicator.form.editors["output_id"], "OP1.1")
    save(qtbot, indicator)
    indicator.close()
    project.close()

    sites = sidebar(qtbot, window, "Sites")
    wait_idle(qtbot, sites.model)
    click(qtbot, sites.new_button)
    site = record_window("site")
    type_into(qtbot, site.form.editors["name"], "Kalonda")
    choose(site.form.editors["site_type"], "spontaneous site")
    type_into(qtbot, site.form.editors["location_id"], "CD7401")
    type_into(qtbot, site.form.editors["project_id"], "DRC-BHA-2024-07")
    type_date(qtbot, site.form.editors["opened_on"], D(2020, 3, 1))
    save(qtbot, site)
    site.close()

    with database.session("check") as session:
        assert session.scalars(select(m.Donor.code)).all() == ["BHA"]
        assert sorted(session.scalars(select(m.Location.pcode))) == ["CD", "CD74", "CD7401"]
        project_row = session.scalars(select(m.Project)).one()
        assert project_row.donor.code == "BHA"
        outcome_row = session.scalars(select(m.Outcome)).one()
        assert outcome_row.project_id == project_row.id
        output_row = session.scalars(select(m.Output)).one()
        assert output_row.outcome_id == outcome_row.id
        indicator_row = session.scalars(select(m.Indicator)).one()
        assert (indicator_row.project_id, indicator_row.output_id) == (project_row.id, output_row.id)
        site_row = session.scalars(select(m.Site)).one()
        assert (site_row.location.pcode, site_row.project_id) == ("CD7401", project_row.id)


def test_on_an_empty_database_the_site_form_adds_its_location_and_the_project_form_its_donor(qtbot, context,
                                                                                            database):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    sites = sidebar(qtbot, window, "Sites")
    click(qtbot, sites.new_button)
    site = record_window("site")
    location = site.form.editors["location_id"]
    assert location.count() == 0 and location.lineEdit().placeholderText() == "None yet: New... adds one"
    type_into(qtbot, site.form.editors["name"], "Kalonda")
    click(qtbot, site.form.findChild(QToolButton, "new_location_id"))
    new = record_window("location")
    type_into(qtbot, new.form.editors["pcode"], "CD")
    type_into(qtbot, new.form.editors["name"], "DR Congo")
    choose(new.form.editors["admin_level"], "0")
    save(qtbot, new)
    new.close()
    assert location.currentText() == "CD - DR Congo"
    assert site.form.editors["name"].text() == "Kalonda"  # what was typed before stays
    assert site.form.dirty

    click(qtbot, sidebar(qtbot, window, "Projects").new_button)
    project = record_window("project")
    assert project.form.editors["donor_id"].count() == 0
    click(qtbot, project.form.findChild(QToolButton, "new_donor_id"))
    donor = record_window("donor")
    type_into(qtbot, donor.form.editors["code"], "ECHO")
    type_into(qtbot, donor.form.editors["name"], "European Civil Protection")
    save(qtbot, donor)
    donor.close()
    assert project.form.editors["donor_id"].currentText() == "ECHO - European Civil Protection"
    for w in (site, project):
        w.form.set_values(w.form.loaded)
        w.close()


def test_locations_import_from_office_setup(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    setup = window.show_screen("setup")
    setup.show_tab("location")
    click(qtbot, setup.import_locations)
    wizard = window.findChild(QWizard, "importWizard")
    assert wizard is not None and wizard.isVisible()
    assert wizard.file_page.kind.currentData() == "locations"
    wizard.close()
