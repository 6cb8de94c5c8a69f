"""Personal data in the window, as a user acts: the level asked before "Export this table" (none unless chosen),
its encrypted archive, the record window's "Erase personal data..." confirmed by typing the code, and the
retention period in Settings."""

from __future__ import annotations

import csv
import json
from io import BytesIO

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton
from sqlalchemy import func, select, update

from tests.builders import Build
from tests.views.conftest import type_into, wait_idle, when_dialog
from workbench import models as m
from workbench.io.archive import read_encrypted
from workbench.views.privacy import ErasureDialog, PersonalDataDialog
from workbench.views.record_window import open_record
from workbench.views.settings_screen import SettingsScreen
from workbench.views.tables import TableScreen
from workbench.views.tasks import wait_for_tasks

NAME = "Mwamba Kasongo Riziki"


def _households(database, admin: bool = True) -> int:
    with database.session("setup") as session, session.begin():
        b = Build(session)
        _, _, territory, _ = b.tanganyika()
        site = b.site(territory)
        household = b.household(site, code="KAL-0001", head_name=NAME, phone="+243 812 345 678")
        b.household(site, code="KAL-0002", head_name="Ilunga Banza")
        if not admin:  # "officer" is an administrator of every test database (tests/conftest.py)
            session.execute(update(m.User).where(m.User.username == "officer").values(role="officer"))
        return household.id


def _rows(path) -> list[list[str]]:
    """The header and the data rows; not the HXL row under the header, which names the columns for an import."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    if len(rows) > 1 and all(not cell or cell.startswith("#") for cell in rows[1]):
        del rows[1]
    return rows


def test_export_this_table_asks_the_level_and_keeps_no_name_by_default(qtbot, context, database, tmp_path,
                                                                        monkeypatch):
    _households(database)
    screen = TableScreen(context, "household")
    qtbot.addWidget(screen)
    wait_idle(qtbot, screen.model)
    out = tmp_path / "households.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kw: (str(out), "CSV file (*.csv)")))
    seen = when_dialog(lambda dialog: dialog.accept(), ready=lambda d: isinstance(d, PersonalDataDialog))
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    assert wait_for_tasks()
    assert seen and seen[0].level.currentData() == "none"  # the default
    rows = _rows(out)
    assert "Head of household" not in rows[0] and NAME not in out.read_text(encoding="utf-8-sig")
    assert rows[0][0] == "Code" and sorted(r[0] for r in rows[1:]) == ["KAL-0001", "KAL-0002"]

    # Anonymised: the code and the sex go too; the registration date is kept as its month.
    def anonymised(dialog):
        dialog.level.setCurrentIndex(dialog.level.findData("anonymised"))
        dialog.accept()

    when_dialog(anonymised, ready=lambda d: isinstance(d, PersonalDataDialog))
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    assert wait_for_tasks()
    rows = _rows(out)
    assert "Code" not in rows[0] and "Sex" not in rows[0] and "Registered (month)" in rows[0]
    assert {r[rows[0].index("Registered (month)")] for r in rows[1:]} == {"2022-05"}

    # All of it, in an encrypted archive: refused with a short passphrase, written with a good one.
    archive = tmp_path / "households.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kw: (str(tmp_path / "households"), "")))

    def encrypted(dialog):
        dialog.level.setCurrentIndex(dialog.level.findData("all"))
        qtbot.mouseClick(dialog.encrypt, Qt.MouseButton.LeftButton)
        type_into(qtbot, dialog.passphrase, "short")
        type_into(qtbot, dialog.again, "short")
        dialog.accept()
        assert "at least 12 characters" in dialog.problem.text() and dialog.isVisible()
        type_into(qtbot, dialog.passphrase, "lake tanganyika at dawn")
        type_into(qtbot, dialog.again, "lake tanganyika at dawn")
        dialog.accept()

    seen = when_dialog(encrypted, ready=lambda d: isinstance(d, PersonalDataDialog))
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    assert wait_for_tasks()
    assert seen and archive.exists() and NAME.encode() not in archive.read_bytes()
    files = read_encrypted(archive, "lake tanganyika at dawn")
    assert list(files) == ["households.xlsx"]
    sheet = load_workbook(BytesIO(files["households.xlsx"])).active
    assert NAME in [c.value for row in sheet.iter_rows() for c in row]
    with database.session() as session:
        levels = [json.loads(v)["personal_data"] for v in session.scalars(
            select(m.AuditEntry.new_value).where(m.AuditEntry.action == "export").order_by(m.AuditEntry.id))]
    assert levels == ["none", "anonymised", "all"]


def test_a_table_without_personal_data_says_so(qtbot, context, office, tmp_path, monkeypatch):
    screen = TableScreen(context, "site")
    qtbot.addWidget(screen)
    wait_idle(qtbot, screen.model)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kw: (str(tmp_path / "sites.csv"), "CSV file (*.csv)")))
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)  # no dialog to answer
    assert wait_for_tasks()
    assert screen.loading_label.text() == "1 rows exported to sites.csv; this table holds no personal data"


def test_erase_personal_data_from_a_household_window(qtbot, context, database):
    ident = _households(database, admin=True)
    window = open_record(context, "household", ident)
    qtbot.addWidget(window)
    assert window.erase_button.isVisible()

    def confirm(dialog):
        assert not dialog.erase_button.isEnabled()
        type_into(qtbot, dialog.typed, "KAL-0002")  # another household's code does not do
        assert not dialog.erase_button.isEnabled()
        type_into(qtbot, dialog.typed, "KAL-0001")
        assert dialog.erase_button.isEnabled()
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)

    seen = when_dialog(confirm, ready=lambda d: isinstance(d, ErasureDialog))
    qtbot.mouseClick(window.erase_button, Qt.MouseButton.LeftButton)
    assert wait_for_tasks()
    assert seen
    with database.session() as session:
        household = session.get(m.Household, ident)
        assert household.head_name.startswith("erased on ") and household.head_name.endswith(" by officer")
        assert session.scalar(select(m.Household.head_name).where(m.Household.code == "KAL-0002")) == "Ilunga Banza"
    qtbot.waitUntil(lambda: window.heading.text() != "", timeout=2000)
    assert NAME not in window.heading.text()


def test_a_user_who_is_no_administrator_is_refused(qtbot, context, database):
    ident = _households(database, admin=False)
    window = open_record(context, "household", ident)
    qtbot.addWidget(window)
    refusals = []

    def confirm(dialog):
        type_into(qtbot, dialog.typed, "KAL-0001")
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
        when_dialog(lambda box: (refusals.append(box.text()), box.accept()))

    when_dialog(confirm, ready=lambda d: isinstance(d, ErasureDialog))
    qtbot.mouseClick(window.erase_button, Qt.MouseButton.LeftButton)
    assert wait_for_tasks()
    qtbot.waitUntil(lambda: bool(refusals), timeout=5000)
    assert "only an administrator" in refusals[0]
    with database.session() as session:
        assert session.get(m.Household, ident).head_name == NAME


def test_settings_show_the_retention_period(qtbot, context):
    from workbench.views.privacy import retention_years

    screen = SettingsScreen(context)
    qtbot.addWidget(screen)
    assert screen.retention.currentData() == 5 and screen.retention.currentText() == "5 years"
    screen.retention.setCurrentIndex(screen.retention.findData(7))
    assert retention_years() == 7
    assert SettingsScreen(context).retention.currentData() == 7


def test_settings_erase_the_households_past_the_retention_period(qtbot, context, database):
    from workbench.services import erasure
    from workbench.services.demo import generate

    generate(database.engine, 0.05)
    screen = SettingsScreen(context)
    qtbot.addWidget(screen)
    screen.retention.setCurrentIndex(screen.retention.findData(3))
    with database.session() as session:
        due = erasure.households_past_retention(session, 3)
        others = session.scalar(select(func.count()).select_from(m.Household).where(
            m.Household.head_name.startswith("erased on ")))
    assert len(due) >= 81 and others == 0  # Cinquantenaire and Kalonda closed in 2023, at least

    def confirm(dialog):
        assert f"{len(due)} households" in dialog.findChild(QLabel).text().replace(",", "")
        type_into(qtbot, dialog.typed, str(len(due)))
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)

    seen = when_dialog(confirm, ready=lambda d: isinstance(d, ErasureDialog))
    qtbot.mouseClick(screen.findChild(QPushButton, "settings_erase_retention"), Qt.MouseButton.LeftButton)
    assert wait_for_tasks()
    assert seen
    with database.session() as session:
        assert erasure.households_past_retention(session, 3) == []
        assert session.scalar(select(func.count()).select_from(m.Household).where(
            m.Household.head_name.startswith("erased on "))) == len(due)
