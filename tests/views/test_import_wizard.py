"""The import wizard, driven as a user would: file, columns, checks, import; rejected rows and cancel write nothing."""

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from sqlalchemy import func, select

from tests.builders import Build
from tests.views.conftest import type_into, wait_idle
from workbench import models as m
from workbench.views.import_wizard import ImportWizard
from workbench.views.main_window import MainWindow
from workbench.views.signals import emit

HEADERS = ["Household ID", "Head of household", "Sex of head", "Household size", "Site", "Registered on"]
GOOD = [["KAL-0101", "Amani Mwamba", "female", 5, "Kalonda", dt.date(2023, 1, 10)],
        ["KAL-0102", "Jean Kasongo", "male", 7, "Kalonda", dt.date(2023, 1, 11)],
        ["KAL-0103", "Furaha Ilunga", "F", 3, "Kalonda", "12/01/2023"]]


@pytest.fixture
def kalonda(database):
    """Tanganyika's locations and the Kalonda site, made through the services as staff would."""
    with database.session("setup") as session, session.begin():
        b = Build(session)
        _, _, territory, _ = b.tanganyika()
        b.site(territory)
    return database


def workbook(path, rows, headers=HEADERS):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Menages"
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def households(database) -> dict[str, int]:
    with database.session("check") as session:
        return dict(session.execute(select(m.Household.code, m.Household.size)).all())


def audit_count(database) -> int:
    with database.session("check") as session:
        return session.scalar(select(func.count()).select_from(m.AuditEntry))


def click_next(qtbot, wizard) -> None:
    button = wizard.button(QWizard.WizardButton.CommitButton if wizard.currentPage().isCommitPage()
                           else QWizard.WizardButton.NextButton)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)


def choose_file(qtbot, wizard, path) -> None:
    page = wizard.file_page
    page.kind.setCurrentIndex(page.kind.findData("households"))
    type_into(qtbot, page.path, str(path))
    qtbot.keyClick(page.path, Qt.Key.Key_Return)
    wait_idle(qtbot)


def open_wizard(qtbot, context) -> ImportWizard:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    action = window.findChild(type(window.import_action), "action_import")
    assert action.shortcut().toString() == "Ctrl+I"
    action.trigger()
    wizard = window.findChild(ImportWizard)
    assert wizard is not None and wizard.isVisible()
    return wizard


def test_a_households_workbook_is_imported(qtbot, context, kalonda, tmp_path):
    path = workbook(tmp_path / "menages-kalonda.xlsx", GOOD)
    wizard = open_wizard(qtbot, context)
    changes = []
    context.changes.recordChanged.connect(lambda kind, ident: changes.append((kind, ident)))
    choose_file(qtbot, wizard, path)
    assert "3 rows and 6 columns" in wizard.file_page.info.text()
    assert not wizard.file_page.sheet.isVisible()  # one sheet: nothing to choose
    click_next(qtbot, wizard)

    mapping = wizard.mapping_page
    assert mapping.combos["Household ID"].currentData() == "code"
    assert mapping.combos["Registered on"].currentData() == "registered_on"
    assert mapping.preview.rowCount() == 3 and mapping.preview.item(0, 0).text() == "KAL-0101"
    assert mapping.preview.verticalHeaderItem(0).text() == "2"  # the row number Excel shows
    # Two columns on one field cannot go further; saved and loaded by name.
    mapping.set_field("Head of household", "code")
    assert "both mapped to code" in mapping.problem.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    mapping.set_field("Head of household", "head_name")
    assert mapping.save("Kalonda registration")
    mapping.set_field("Site", None)
    mapping.load("Kalonda registration")
    assert mapping.combos["Site"].currentData() == "site"
    click_next(qtbot, wizard)

    checks = wizard.validation_page
    assert checks.result is not None and checks.result.ok, (checks.summary.text(), checks.problem.text())
    assert "3" in checks.counts["create"].text() and "0" in checks.counts["rejected"].text()
    assert checks.all_or_nothing.isChecked()
    click_next(qtbot, wizard)

    page = wizard.import_page
    qtbot.waitUntil(lambda: page.outcome is not None, timeout=10000)
    assert page.title() == "Imported"
    assert "3 records created" in page.status.text()
    assert households(kalonda) == {"KAL-0101": 5, "KAL-0102": 7, "KAL-0103": 3}
    assert ("household", 0) in changes
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_a_rejected_row_is_shown_and_nothing_is_written(qtbot, context, kalonda, tmp_path):
    rows = [GOOD[0], ["KAL-0102", "Jean Kasongo", "male", "abc", "Kalonda", dt.date(2023, 1, 11)], GOOD[2]]
    path = workbook(tmp_path / "menages.xlsx", rows)
    before = audit_count(kalonda)
    wizard = open_wizard(qtbot, context)
    choose_file(qtbot, wizard, path)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    checks = wizard.validation_page
    table = checks.rejected
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in range(3)] == ["3", "Household size", "must be a whole number, not 'abc'"]
    assert "1 row is rejected, so nothing can be imported" in checks.problem.text()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    wizard.reject()
    assert households(kalonda) == {} and audit_count(kalonda) == before

    # Choosing to import the valid rows writes them, and the rejected one goes to a workbook to correct.
    wizard = open_wizard(qtbot, context)
    choose_file(qtbot, wizard, path)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    wizard.validation_page.valid_only.click()
    assert wizard.validation_page.rejected_path.text() == str(tmp_path / "menages-rejected.xlsx")
    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.import_page.outcome is not None, timeout=10000)
    assert set(households(kalonda)) == {"KAL-0101", "KAL-0103"}
    rejected = openpyxl.load_workbook(tmp_path / "menages-rejected.xlsx").active
    assert [c.value for c in rejected[2]][0] in (3, "3") and "whole number" in str(rejected[2][-1].value)


def test_cancelling_during_the_import_leaves_the_database_untouched(qtbot, context, kalonda, tmp_path, monkeypatch):
    monkeypatch.setattr("workbench.io.importing.CHUNK", 1)
    path = workbook(tmp_path / "menages.xlsx", GOOD)
    before = audit_count(kalonda)
    wizard = open_wizard(qtbot, context)
    page = wizard.import_page
    report = page.report_progress

    def cancel_after_the_first_chunk(fraction, text):
        report(fraction, text)
        if fraction > 0:  # one record written in the transaction: the user presses Cancel now
            page.cancelled.set()

    monkeypatch.setattr(page, "report_progress", cancel_after_the_first_chunk)
    choose_file(qtbot, wizard, path)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: page.outcome is not None, timeout=10000)
    assert page.outcome.cancelled
    assert page.status.text() == "The import was cancelled. Nothing was written to the database."
    assert households(kalonda) == {} and audit_count(kalonda) == before


def test_a_file_that_cannot_be_read_says_why(qtbot, context, kalonda, tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("")
    wizard = open_wizard(qtbot, context)
    choose_file(qtbot, wizard, path)
    assert "empty.csv is empty" in wizard.file_page.problem.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_kobo_export_offers_its_sheets_and_names_its_repeat_groups(qtbot, context, kalonda, tmp_path):
    book = openpyxl.Workbook()
    survey = book.active
    survey.title = "household_survey"
    for row in [["household/code", "household/head_name", "household/site", "_id", "_index"],
                ["KAL-0201", "Kyungu Mbuyu", "Kalonda", 501, 1], ["KAL-0202", "Ilunga Kasongo", "Kalonda", 502, 2]]:
        survey.append(row)
    members = book.create_sheet("member")
    for row in [["member/sex", "member/age", "_index", "_parent_table_name", "_parent_index"],
                ["female", 34, 1, "household_survey", 1], ["male", 9, 2, "household_survey", 1],
                ["male", 67, 3, "household_survey", 2]]:
        members.append(row)
    book.save(tmp_path / "kobo.xlsx")
    wizard = open_wizard(qtbot, context)
    page = wizard.file_page
    choose_file(qtbot, wizard, tmp_path / "kobo.xlsx")
    assert not page.sheet.isHidden()
    assert [page.sheet.itemText(i) for i in range(page.sheet.count())] == ["household_survey", "member"]
    assert "KoboToolbox repeat groups joined to this sheet: member." in page.info.text()
    click_next(qtbot, wizard)
    assert wizard.mapping_page.combos["Girls (0-17)"].currentData() == "girls"
    assert wizard.mapping_page.combos["household/code"].currentData() == "code"
    wizard.back()
    page.sheet.setCurrentIndex(1)
    emit(page.sheet.activated, 1)  # as a click on the sheet's name does
    wait_idle(qtbot)
    assert wizard.table.sheet == "member" and "household_survey" in page.info.text()


def test_updating_existing_households_lists_each_value_that_changes(qtbot, context, kalonda, tmp_path):
    """An update import says, before anything is written, which values of which records it changes (issue 13)."""
    first = workbook(tmp_path / "menages.xlsx", GOOD)
    wizard = open_wizard(qtbot, context)
    choose_file(qtbot, wizard, first)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.import_page.outcome is not None, timeout=10000)
    wizard.accept()

    corrected = [GOOD[0][:3] + [6] + GOOD[0][4:], GOOD[1], GOOD[2][:3] + [4] + GOOD[2][4:]]
    second = workbook(tmp_path / "menages-corriges.xlsx", corrected)
    wizard = open_wizard(qtbot, context)
    choose_file(qtbot, wizard, second)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    checks = wizard.validation_page
    assert not checks.tabs.isTabVisible(2)  # skipping duplicates changes nothing
    checks.update_duplicates.click()
    wait_idle(qtbot)
    assert checks.tabs.isTabVisible(2) and checks.tabs.tabText(2) == "Changes (2)"
    table = checks.changes
    assert [[table.item(r, c).text() for c in range(5)] for r in range(table.rowCount())] == [
        ["2", "Household KAL-0101", "Size", "5", "6"],
        ["4", "Household KAL-0103", "Size", "3", "4"],
    ]
    assert households(kalonda) == {"KAL-0101": 5, "KAL-0102": 7, "KAL-0103": 3}  # nothing written yet
    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.import_page.outcome is not None, timeout=10000)
    assert households(kalonda) == {"KAL-0101": 6, "KAL-0102": 7, "KAL-0103": 4}


def test_an_odk_export_shows_what_it_counted_and_the_mapping_it_checks_with(qtbot, context, kalonda):
    from pathlib import Path

    odk = Path(__file__).parents[1] / "io" / "data" / "enquete_menages_kalemie.zip"
    wizard = open_wizard(qtbot, context)
    choose_file(qtbot, wizard, odk)
    info = wizard.file_page.info.text()
    assert ("The members of repeat group enquete_menages_kalemie-abris_occupes_par_le_menage_kalemie-"
            "occupants_de_l_abri_membres_du_menage are counted by sex (sexe_occupant) and age (age_en_annees).") in info
    assert "ODK Central columns about the submission are never imported: SubmissionDate, start, end" in info
    assert "Files of the ODK Central export joined to this one: enquete_menages_kalemie-abris" in info
    click_next(qtbot, wizard)
    combos = wizard.mapping_page.combos
    assert combos["Status"].currentData() is None and combos["ReviewState"].currentData() is None
    assert combos["menage-code_menage"].currentData() == "code"
    click_next(qtbot, wizard)
    checks = wizard.validation_page
    assert checks.result is not None
    tab = checks.tabs.indexOf(checks.mapped)
    assert checks.tabs.tabText(tab) == f"Columns imported ({checks.mapped.rowCount()})"
    shown = {checks.mapped.item(r, 0).text(): checks.mapped.item(r, 1).text() for r in range(checks.mapped.rowCount())}
    assert shown["menage-code_menage"] == "Code" and shown["Girls (0-17)"] == "Girls (0-17)"
    assert "Status" not in shown and "ReviewState" not in shown
