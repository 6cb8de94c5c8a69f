"""The Field sync screen as an officer uses it: on the laptop, the record edited offline says it is not yet sent;
Make a package writes the file; at the office, Apply a package shows the conflict side by side, the record window
says it is in conflict, and taking the laptop's value resolves it (audited) and empties the list. In English,
French and Arabic. The office runs on SQLite and PostgreSQL; the laptop is SQLite, as in the field."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from sqlalchemy import select

from tests.builders import Build
from tests.views.conftest import wait_idle
from workbench import models as m
from workbench.db import open_database
from workbench.services import records, sync, users
from workbench.views.context import Context
from workbench.views.record_window import RecordWindow, open_record
from workbench.views.sync_screen import SyncScreen

TEXTS = {
    "en": ("1 change for office", "1 conflict to review", "Not yet sent to office", "In conflict", "Take this",
           "never"),
    "fr": ("1 modification pour office", "1 conflit à examiner", "Pas encore envoyé à office", "En conflit",
           "Prendre celle-ci", "jamais"),
    "ar": ("1 تعديل لـ office", "1 تعارض للمراجعة", "لم يُرسل بعد إلى office", "في تعارض", "خذ هذه", "أبداً"),
}


@pytest.fixture
def office_db(database):
    with database.session("officer", write=True) as s, s.begin():
        b = Build(s)
        _, _, territory, _ = b.tanganyika()
        site = b.site(territory)
        b.household(site, code="KAL-0001", head_name="Amani Kalonda", size=5)
        users.add_user(s, "aminata", "officer", [f"site:{site.name}"])
        site_name = site.name
    return database, site_name


@pytest.fixture
def laptop_db(office_db, tmp_path):
    database, site_name = office_db
    path = tmp_path / "KALONDA-1.db"
    with database.session("officer", write=True) as s, s.begin():
        sync.enrol(s, "KALONDA-1", f"site:{site_name}", "aminata", path, lambda p: open_database(p, creator="aminata"))
    laptop = open_database(path)
    yield laptop
    laptop.close()


def _edit_size(db, user, size):
    with db.session(user, write=True) as s, s.begin():
        h = s.scalars(select(m.Household).where(m.Household.code == "KAL-0001")).one()
        records.update(s, "household", h.id, {"size": size}, expected_version=h.version)
        return h.id


def seen(text: str) -> str:
    """What a person reads: the direction isolates around names and paths are invisible."""
    return text.translate({c: None for c in (0x2066, 0x2067, 0x2068, 0x2069)})


def laptop_windows():
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, RecordWindow) and w.isVisible()]


def _applied_at_the_office(qtbot, tmp_path, laptop_db, context):
    """Aminata's laptop makes its package; the office's Field sync screen applies it. (screen, package file)"""
    with laptop_db.session("aminata", write=True) as s, s.begin():
        data, _ = sync.make_package(s, "office")
    package = tmp_path / "p.wbsync"
    package.write_bytes(data)
    screen = SyncScreen(context)
    qtbot.addWidget(screen)
    screen.apply_package(str(package))
    wait_idle(qtbot)
    return screen, package


def _click(qtbot, button):
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)


@pytest.mark.parametrize("language", ["en", "fr", "ar"], indirect=True)
def test_a_week_offline_then_a_conflict_resolved_in_the_window(qtbot, monkeypatch, tmp_path, office_db, laptop_db,
                                                              context, language):
    made, conflicts, not_sent, in_conflict, take, never = TEXTS[language]
    database, _ = office_db
    ident = _edit_size(laptop_db, "aminata", 6)     # on the laptop, offline
    _edit_size(database, "officer", 4)              # at the office, the same field
    laptop = Context(laptop_db, user="aminata")

    window = open_record(laptop, "household", ident)
    assert window.sync_badge.isVisible() and not_sent in window.sync_badge.text()
    window.close()  # deleted on close

    screen = SyncScreen(laptop)
    qtbot.addWidget(screen)
    screen.resize(1366, 700)
    screen.show()
    peers = screen.peers
    assert peers.rowCount() == 1 and peers.item(0, 0).text() == "office"
    assert peers.item(0, 5).text() == never
    package = tmp_path / "to-office.wbsync"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(package), "")))
    _click(qtbot, screen.make_button)
    assert package.exists() and made in seen(screen.message.text()), screen.message.text()
    assert peers.item(0, 5).text() != never

    qtbot.waitUntil(lambda: not laptop_windows(), timeout=3000)
    window = open_record(laptop, "household", ident)
    assert not window.sync_badge.isVisible()  # sent with the package
    window.close()

    at_office = SyncScreen(context)
    qtbot.addWidget(at_office)
    at_office.resize(1366, 700)
    at_office.show()
    assert at_office.conflicts.rowCount() == 0
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(package), "")))
    _click(qtbot, at_office.apply_button)
    assert conflicts in at_office.conflicts_title.text(), at_office.conflicts_title.text()
    table = at_office.conflicts
    assert table.rowCount() == 1
    assert table.item(0, 0).text() == {"en": "Household", "fr": "Ménage", "ar": "أسرة"}[language] + " KAL-0001"
    assert table.item(0, 1).text() == {"en": "Size", "fr": "Taille", "ar": "عدد أفراد الأسرة"}[language]
    assert [table.item(0, c).text() for c in (2, 3, 4)] == ["5", "4", "6"]  # was, here, there
    assert at_office.here_value.text() == "4" and at_office.there_value.text() == "6"
    assert "KALONDA-1" in seen(at_office.there_box.title()) and "aminata" in at_office.there_box.title()
    assert at_office.take_theirs.text() == take

    record = open_record(context, "household", ident)
    qtbot.addWidget(record)
    assert record.sync_badge.isVisible() and in_conflict in record.sync_badge.text()

    _click(qtbot, at_office.take_theirs)
    assert at_office.conflicts.rowCount() == 0
    with database.session() as s:
        assert s.get(m.Household, ident).size == 6
        resolved = s.scalars(select(m.SyncConflict)).one()
        assert (resolved.resolution, resolved.resolved_by) == ("theirs", "officer")
        entry = s.scalars(select(m.AuditEntry).where(m.AuditEntry.table_name == "households",
                                                     m.AuditEntry.field == "size")
                          .order_by(m.AuditEntry.id.desc())).first()
        assert (entry.old_value, entry.new_value, entry.source) == ("4", "6", sync.RESOLVED)
    qtbot.waitUntil(lambda: not record.sync_badge.isVisible(), timeout=3000)


def test_a_merged_value_is_checked_by_the_rules_and_a_refusal_changes_nothing(qtbot, monkeypatch, tmp_path,
                                                                            office_db, laptop_db, context):
    database, _ = office_db
    ident = _edit_size(laptop_db, "aminata", 6)
    _edit_size(database, "officer", 4)
    screen, package = _applied_at_the_office(qtbot, tmp_path, laptop_db, context)
    assert screen.conflicts.rowCount() == 1
    told = []
    monkeypatch.setattr("workbench.views.sync_screen.tell", lambda parent, title, text: told.append(text))
    screen.merged.setEditText("0")  # a household of nobody: the rules refuse it
    _click(qtbot, screen.keep_merged)
    assert told and "size" in told[0].lower() or told and "taille" in told[0].lower(), told
    assert screen.conflicts.rowCount() == 1
    with database.session() as s:
        assert s.get(m.Household, ident).size == 4
    screen.merged.setEditText("5")
    qtbot.keyClick(screen.merged.lineEdit(), Qt.Key.Key_Return)
    wait_idle(qtbot)
    assert screen.conflicts.rowCount() == 0
    with database.session() as s:
        assert s.get(m.Household, ident).size == 5
    # The same package again: nothing changes, and the screen says so.
    screen.apply_package(str(package))
    wait_idle(qtbot)
    assert "applied before" in screen.message.text() and screen.conflicts.rowCount() == 0


@pytest.mark.parametrize("language", ["en", "fr", "ar"], indirect=True)
def test_a_file_that_is_no_package_is_one_clear_line_and_nothing_changes(qtbot, tmp_path, office_db, laptop_db,
                                                                       context, language):
    bogus = tmp_path / "households.xlsx"
    bogus.write_bytes(b"PK\x03\x04 not a package")
    screen = SyncScreen(context)
    qtbot.addWidget(screen)
    screen.apply_package(str(bogus))
    wait_idle(qtbot)
    said = screen.message.text()
    assert said == {"en": "this file is not a workbench sync package",
                    "fr": "ce fichier n'est pas un paquet de synchronisation du workbench",
                    "ar": "هذا الملف ليس حزمة مزامنة للبرنامج"}[language], said
    assert screen.apply_button.isEnabled()


def test_a_database_that_exchanges_nothing_says_how_to_start(qtbot, context):
    screen = SyncScreen(context)
    qtbot.addWidget(screen)
    assert "enrol" in screen.this_node.text()
    assert not screen.make_button.isEnabled() and not screen.apply_button.isEnabled()
    assert "No conflict" in screen.conflicts_title.text()


def test_a_field_with_choices_is_merged_from_its_choices_in_the_windows_words(qtbot, tmp_path, office_db, laptop_db,
                                                                            context):
    database, _ = office_db
    for db, user, intention in ((laptop_db, "aminata", "stay"), (database, "officer", "relocate")):
        with db.session(user, write=True) as s, s.begin():
            h = s.scalars(select(m.Household).where(m.Household.code == "KAL-0001")).one()
            records.update(s, "household", h.id, {"intention": intention}, expected_version=h.version)
            ident = h.id
    screen, _ = _applied_at_the_office(qtbot, tmp_path, laptop_db, context)
    assert screen.here_value.text() == "Relocate" and screen.there_value.text() == "Stay", screen.message.text()
    assert screen.base_value.text() == "Return"  # what the builder registers
    merged = screen.merged
    offered = [merged.itemText(i) for i in range(merged.count())]
    assert not merged.isEditable() and "Undecided" in offered and merged.currentText() == "Stay"
    merged.setCurrentIndex(offered.index("Undecided"))
    _click(qtbot, screen.keep_merged)
    with database.session() as s:
        assert s.get(m.Household, ident).intention == "undecided"
    assert screen.conflicts.rowCount() == 0
    assert seen(screen.message.text()).startswith("Household KAL-0001: kept the merged value")


def test_a_code_registered_on_two_laptops_is_given_a_new_code_in_the_window(qtbot, monkeypatch, tmp_path, office_db,
                                                                           laptop_db, context):
    database, site_name = office_db
    with database.session("officer", write=True) as s, s.begin():
        users.add_user(s, "baraka", "officer", [f"site:{site_name}"])
        sync.enrol(s, "KALONDA-2", f"site:{site_name}", "baraka", tmp_path / "second.db",
                   lambda p: open_database(p, creator="baraka"))
    second = open_database(tmp_path / "second.db")
    try:
        packages = []
        for db, user, name in ((laptop_db, "aminata", "Neema Kalonda"), (second, "baraka", "Rehema Kalonda")):
            with db.session(user, write=True) as s, s.begin():
                site = s.scalars(select(m.Site)).one()
                records.create(s, "household", {"code": "KAL-0002", "head_name": name, "size": 2, "site_id": site.id,
                                                "head_sex": "female", "registered_on": dt.date(2024, 3, 4)})
                data, _ = sync.make_package(s, "office")
            packages.append(tmp_path / f"{user}.wbsync")
            packages[-1].write_bytes(data)
        screen = SyncScreen(context)
        qtbot.addWidget(screen)
        for package in packages:
            screen.apply_package(str(package))
            wait_idle(qtbot)
        assert screen.conflicts.rowCount() == 1
        assert screen.conflicts.item(0, 0).text() == "Household KAL-0002"
        assert screen.conflicts.item(0, 1).text() == "code already used here"
        assert not screen.take_theirs.isEnabled() and screen.keep_merged.isEnabled()
        asked = []
        monkeypatch.setattr("workbench.views.sync_screen.ask", lambda *a: asked.append(a[2]) or False)
        _click(qtbot, screen.keep_ours)  # dropping their family needs a yes: answered no, nothing changes
        assert asked and "undone there" in seen(asked[0]) and screen.conflicts.rowCount() == 1
        screen.merged.setEditText("KAL-0003")
        qtbot.keyClick(screen.merged.lineEdit(), Qt.Key.Key_Return)
        wait_idle(qtbot)
        assert screen.conflicts.rowCount() == 0
        assert "new code KAL-0003" in seen(screen.message.text())
        with database.session() as s:
            assert dict(s.execute(select(m.Household.code, m.Household.head_name)).all()) == {
                "KAL-0001": "Amani Kalonda", "KAL-0002": "Neema Kalonda", "KAL-0003": "Rehema Kalonda"}
    finally:
        second.close()


def test_the_same_family_registered_at_the_office_and_on_a_laptop_is_reviewed_as_one(qtbot, monkeypatch, tmp_path,
                                                                                    office_db, laptop_db, context):
    database, _ = office_db
    for db, user, code, values in ((database, "officer", "KAL-0002", {}),
                                   (laptop_db, "aminata", "KAL-0007", {"latitude": -5.93, "longitude": 29.19})):
        with db.session(user, write=True) as s, s.begin():
            site = s.scalars(select(m.Site)).one()
            records.create(s, "household", {"code": code, "head_name": "Zawadi Amisi", "size": 2, "site_id": site.id,
                                            "head_sex": "female", "registered_on": dt.date(2024, 3, 4),
                                            "phone": "+243 812 000 444", **values})
    screen, _ = _applied_at_the_office(qtbot, tmp_path, laptop_db, context)
    assert screen.conflicts.item(0, 1).text() == "possibly the same household"
    assert seen(screen.here_value.text()) == "KAL-0002, registered here with the same head of household and phone"
    assert seen(screen.there_value.text()) == "KAL-0007, registered there"
    assert screen.keep_ours.text() == "Same household: keep this one"
    assert screen.take_theirs.text() == "Another household: add it" and not screen.keep_merged.isEnabled()
    assert screen.open_button.isEnabled()  # opens KAL-0002, the household here
    told = []
    monkeypatch.setattr("workbench.views.sync_screen.tell", lambda parent, title, text: told.append(text))
    _click(qtbot, screen.take_theirs)  # still the same head and phone: said, nothing changes
    assert told and "correct the name or the phone" in told[0] and screen.conflicts.rowCount() == 1
    monkeypatch.setattr("workbench.views.sync_screen.ask", lambda *a: True)
    _click(qtbot, screen.keep_ours)
    assert screen.conflicts.rowCount() == 0
    with database.session() as s:
        kept = s.scalars(select(m.Household).where(m.Household.code == "KAL-0002")).one()
        assert (kept.latitude, kept.longitude) == (-5.93, 29.19)
        assert s.scalars(select(m.Household).where(m.Household.code == "KAL-0007")).first() is None


def test_at_the_office_only_an_administrator_exchanges_packages(qtbot, office_db, laptop_db, database):
    screen = SyncScreen(Context(database, user="aminata"))  # an officer of the site
    qtbot.addWidget(screen)
    assert screen.peers.rowCount() == 1  # the peers are listed
    assert not screen.make_button.isEnabled() and not screen.apply_button.isEnabled()
    assert screen.conflicts_title.text() == \
        "Only an administrator exchanges packages and resolves conflicts at the office."
    screen = SyncScreen(Context(laptop_db, user="aminata"))  # on her laptop she does
    qtbot.addWidget(screen)
    assert screen.make_button.isEnabled() and screen.apply_button.isEnabled()
    # Someone who is not a user of the office's database gets the screen with the reason, not a crash.
    screen = SyncScreen(Context(database, user="nobody.here"))
    qtbot.addWidget(screen)
    assert not screen.make_button.isEnabled() and not screen.apply_button.isEnabled()
    assert "'nobody.here' is not a user of this database" in screen.conflicts_title.text()
