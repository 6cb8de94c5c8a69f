"""Closed records are read-only in the window (issue 17, defect 5): a closed grant's form, a closed site's household
and population count, a completed work's progress report show their fields read-only with the services' line
saying why, in the window's language; a new household typed into a closed site is refused next to its site."""

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy import func, select

from tests.builders import Build
from tests.views.conftest import type_date, type_into, wait_idle
from tests.views.test_scenario import click, record_window, sidebar
from workbench import models as m
from workbench.services import workflows
from workbench.views.main_window import MainWindow
from workbench.views.record_window import open_record

D = dt.date

GRANT_LINE = {"en": "IQ-EDF-0001 is closed: it can no longer be changed or deleted",
              "fr": "IQ-EDF-0001 est à l'état « Fermé » : plus aucune modification ni suppression n'est possible",
              "ar": "IQ-EDF-0001 في حالة «مغلق»: لم يعد التعديل أو الحذف ممكنًا"}
SITE_LINE = "Kalonda is closed: what belongs to it can no longer be added, changed or deleted"


def closed_grant(database) -> int:
    with database.session("setup") as session, session.begin():
        b = Build(session)
        _, _, _, town = b.ninewa()
        grant = b.approved_grant(b.iraq_project(), town)
        for amount, on in (("6000", D(2023, 3, 10)), ("9000", D(2023, 4, 10))):
            workflows.pay_grant_tranche(session, grant.id, Decimal(amount), on)
        for step, on in (("monitored", D(2023, 6, 1)), ("closed", D(2023, 9, 1))):
            workflows.change_grant_status(session, grant.id, step, on)
        return grant.id


@pytest.mark.parametrize("language", ["en", "fr", "ar"], indirect=True)
def test_a_closed_grants_form_is_read_only_and_says_why(qtbot, context, database, language):
    ident = closed_grant(database)
    window = open_record(context, "grant", ident)
    qtbot.addWidget(window)
    wait_idle(qtbot)
    form = window.form
    assert form.closed_line.isVisible() and form.closed_line.text() == GRANT_LINE[language]
    amount, phone = form.editors["amount"], form.editors["recipient_phone"]
    before = amount.text()
    amount.setFocus()
    qtbot.keyClick(amount, Qt.Key.Key_End)
    qtbot.keyClicks(amount, "999999")
    qtbot.keyClicks(phone, "+964 750 000 1111")
    assert amount.text() == before and phone.text() == ""  # nothing is typed into a read-only field
    assert not form.editors["programme"].isEnabled() and not form.editors["applied_on"].isEnabled()
    assert not window.save_button.isEnabled() and not window.delete_button.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S saves nothing
    wait_idle(qtbot)
    with database.session("check") as session:
        grant = session.get(m.LivelihoodGrant, ident)
        assert (grant.amount, grant.recipient_phone, grant.version) == (Decimal("15000.00"), None, grant.version)
    window.close()


def test_a_closed_sites_household_and_count_are_read_only(qtbot, context, database):
    with database.session("setup") as session, session.begin():
        b = Build(session)
        _, _, territory, village = b.tanganyika()
        site = b.site(territory, "Kalonda")
        household = b.household(site, code="KAL-0001", departure_date=D(2024, 3, 1), destination_id=village.id)
        count = b.create("population_count", site_id=site.id, counted_on=D(2024, 3, 1), households=0,
                         individuals=0)
        workflows.change_site_status(session, site.id, "closing", D(2024, 3, 15))
        workflows.change_site_status(session, site.id, "closed", D(2024, 3, 31))
        household_id, count_id, site_id = household.id, count.id, site.id
    site_window = open_record(context, "site", site_id)
    qtbot.addWidget(site_window)
    wait_idle(qtbot)
    assert site_window.form.closed_line.text() == "Kalonda is closed: it can no longer be changed or deleted"
    for name in ("add_household", "add_population_count"):  # nothing is added on its tabs either
        button = site_window.tabs.findChild(QPushButton, name)
        assert not button.isEnabled() and button.toolTip() == site_window.form.closed_line.text()
    site_window.close()
    for kind, ident, key in (("household", household_id, "head_name"), ("population_count", count_id, "households")):
        window = open_record(context, kind, ident)
        qtbot.addWidget(window)
        wait_idle(qtbot)
        assert window.form.closed_line.text() == SITE_LINE
        editor = window.form.editors[key]
        before = editor.text()
        qtbot.keyClicks(editor, "7")
        assert editor.text() == before and not window.save_button.isEnabled()
        window.close()


def test_a_household_cannot_be_registered_in_a_closed_site_from_the_form(qtbot, context, database):
    with database.session("setup") as session, session.begin():
        b = Build(session)
        _, _, territory, _ = b.tanganyika()
        site = b.site(territory, "Kalonda")
        workflows.change_site_status(session, site.id, "closing", D(2024, 3, 15))
        workflows.change_site_status(session, site.id, "closed", D(2024, 3, 31))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    households = sidebar(qtbot, window, "Households")
    wait_idle(qtbot, households.model)
    click(qtbot, households.new_button)
    form_window = record_window("household")
    form = form_window.form
    assert not form.closed_line.isVisible()  # a new household may go to an open site
    type_into(qtbot, form.editors["code"], "KAL-0900")
    type_into(qtbot, form.editors["head_name"], "Amani Mwamba")
    form.editors["head_sex"].setCurrentIndex(form.editors["head_sex"].findData("female"))
    type_into(qtbot, form.editors["size"], "5")
    type_into(qtbot, form.editors["site_id"], "Kalonda")
    type_date(qtbot, form.editors["registered_on"], D(2024, 5, 2))
    click(qtbot, form_window.save_button)
    wait_idle(qtbot)
    assert form_window.ident is None
    assert form.problem_text("site_id") == SITE_LINE
    with database.session("check") as session:
        assert session.scalar(select(func.count()).select_from(m.Household)) == 0
    form.set_values(form.loaded)
    form_window.close()


def test_a_completed_works_progress_report_is_read_only(qtbot, context, database):
    with database.session("setup") as session, session.begin():
        b = Build(session)
        _, _, _, town = b.ninewa()
        work = b.work(b.iraq_project(), town)
        workflows.change_work_status(session, work.id, "ongoing", D(2023, 3, 10))
        report = b.create("progress_report", work_id=work.id, reported_on=D(2023, 6, 30),
                          progress_percent=Decimal(60))
        workflows.change_work_status(session, work.id, "completed", D(2023, 10, 12))
        work_id, report_id = work.id, report.id
    work_window = open_record(context, "work", work_id)
    qtbot.addWidget(work_window)
    wait_idle(qtbot)
    assert work_window.form.closed_line.text() == "IQ-WRK-001 is completed: it can no longer be changed or deleted"
    work_window.close()
    window = open_record(context, "progress_report", report_id)
    qtbot.addWidget(window)
    wait_idle(qtbot)
    assert window.form.closed_line.text() == \
        "IQ-WRK-001 is completed: what belongs to it can no longer be added, changed or deleted"
    assert not window.save_button.isEnabled()
    window.close()
