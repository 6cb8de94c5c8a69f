"""Two people edit one grant at once. The second to save sees the other's version beside their own, field by field,
keeps what they choose of each, and the saved record and the audit log hold both users' changes as chosen; Cancel
loses nothing typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QRadioButton
from sqlalchemy import select

from tests.views.conftest import type_into, wait_idle
from tests.views.test_amounts import _first_grant, _saved
from tests.views.test_scenario import click
from workbench import models as m
from workbench.services import records
from workbench.views.conflict_dialog import ConflictDialog
from workbench.views.record_window import open_record


def _colleague_saves(database, grant_id: int, **values) -> None:
    """Amina saves the same grant on another computer meanwhile: this window hears nothing of it."""
    with database.session("amina", write=True) as session, session.begin():
        records.update(session, "grant", grant_id, values)


def _conflict(qtbot) -> ConflictDialog:
    qtbot.waitUntil(lambda: any(isinstance(w, ConflictDialog) and w.isVisible() for w in QApplication.topLevelWidgets()),
                    timeout=5000)
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, ConflictDialog) and w.isVisible())


def choose(qtbot, dialog: ConflictDialog, side: str, key: str) -> None:
    """Clicks a version's round button (a radio button reacts on its circle and text, not on the empty space
    beside them)."""
    button = dialog.findChild(QRadioButton, f"{side}:{key}")
    x = button.width() - 6 if button.isRightToLeft() else 6
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(x, button.height() // 2))


def _row(dialog: ConflictDialog, key: str) -> tuple[str, str, str | None]:
    """What a person reads on a field's row: its version, the saved one, and which of the two is chosen."""
    mine = dialog.findChild(QRadioButton, f"mine:{key}")
    theirs = dialog.findChild(QRadioButton, f"theirs:{key}")
    chosen = "mine" if mine.isChecked() else "theirs" if theirs.isChecked() else None
    return mine.text(), theirs.text(), chosen


def _audit(database, grant_id: int) -> list[tuple[str, str, str | None, str | None]]:
    with database.session("probe") as session:
        return [(e.user_name, e.field, e.old_value, e.new_value) for e in session.scalars(
            select(m.AuditEntry).where(m.AuditEntry.table_name == "livelihood_grants",
                                       m.AuditEntry.record_id == grant_id, m.AuditEntry.action == "update")
            .order_by(m.AuditEntry.id))]


def _edit_while_amina_saves(qtbot, context, database):
    grant_id = _first_grant(database)
    window = open_record(context, "grant", grant_id)
    qtbot.addWidget(window)
    wait_idle(qtbot)
    type_into(qtbot, window.form.editors["recipient_phone"], "+964 750 111 2222")
    type_into(qtbot, window.form.editors["business_name"], "Al-Noor Bakery and Sweets")
    _colleague_saves(database, grant_id, recipient_phone="+964 770 999 0000", jobs_created=6, sector="bakery")
    click(qtbot, window.save_button)
    return grant_id, window, _conflict(qtbot)


def test_the_second_to_save_picks_field_by_field_and_both_changes_are_kept(qtbot, context, database, office):
    grant_id, window, dialog = _edit_while_amina_saves(qtbot, context, database)
    assert "amina saved IQ-EDF-0001" in dialog.intro.text()
    # Both changed the phone: nothing is chosen for it, and Save waits for a choice.
    assert _row(dialog, "recipient_phone") == ("+964 750 111 2222", "+964 770 999 0000", None)
    assert not dialog.save_button.isEnabled()
    assert "\u26a0" in dialog.save_button.toolTip()
    # Each changed other fields: each change starts chosen.
    assert _row(dialog, "business_name") == ("Al-Noor Bakery and Sweets", "Al-Noor Bakery", "mine")
    assert _row(dialog, "jobs_created") == ("4", "6", "theirs")
    assert _row(dialog, "sector") == ("food processing", "bakery", "theirs")
    assert set(dialog.choices()) == {"business_name", "jobs_created", "sector"}  # no other field is compared
    choose(qtbot, dialog, "mine", "recipient_phone")
    choose(qtbot, dialog, "mine", "jobs_created")  # 4 jobs, as this user knows
    assert dialog.save_button.isEnabled()
    click(qtbot, dialog.save_button)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: not window.form.dirty)
    saved = _saved(database, grant_id)
    assert (saved.recipient_phone, saved.business_name, saved.jobs_created, saved.sector) == (
        "+964 750 111 2222", "Al-Noor Bakery and Sweets", 4, "bakery")
    assert sorted(_audit(database, grant_id)) == [
        ("amina", "jobs_created", "4", "6"), ("amina", "recipient_phone", None, "+964 770 999 0000"),
        ("amina", "sector", "food processing", "bakery"),
        ("officer", "business_name", "Al-Noor Bakery", "Al-Noor Bakery and Sweets"),
        ("officer", "jobs_created", "6", "4"), ("officer", "recipient_phone", "+964 770 999 0000", "+964 750 111 2222"),
    ]
    assert window.form.problem_text() == ""
    window.close()


def test_keeping_all_theirs_is_a_reload_and_their_version_stays_whole(qtbot, context, database, office):
    grant_id, window, dialog = _edit_while_amina_saves(qtbot, context, database)
    click(qtbot, dialog.all_theirs)
    assert {_row(dialog, k)[2] for k in ("recipient_phone", "business_name", "jobs_created", "sector")} == {"theirs"}
    click(qtbot, dialog.save_button)
    wait_idle(qtbot)
    saved = _saved(database, grant_id)
    assert (saved.recipient_phone, saved.business_name, saved.jobs_created) == ("+964 770 999 0000", "Al-Noor Bakery", 6)
    assert [who for who, *_ in _audit(database, grant_id)] == ["amina"] * 3  # nothing of this user's was saved
    assert window.form.editors["recipient_phone"].text() == "+964 770 999 0000"  # the form shows what is saved
    assert not window.form.dirty
    window.close()


def test_cancel_keeps_what_was_typed_and_the_next_save_compares_again(qtbot, context, database, office):
    grant_id, window, dialog = _edit_while_amina_saves(qtbot, context, database)
    click(qtbot, dialog.box.button(dialog.box.StandardButton.Cancel))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.form.editors["recipient_phone"].text() == "+964 750 111 2222"
    assert window.form.editors["business_name"].text() == "Al-Noor Bakery and Sweets"
    assert window.form.problem_text().startswith("Not saved: This grant was changed by someone else")
    assert _saved(database, grant_id).recipient_phone == "+964 770 999 0000"  # Amina's stands
    click(qtbot, window.save_button)
    again = _conflict(qtbot)
    assert _row(again, "recipient_phone") == ("+964 750 111 2222", "+964 770 999 0000", None)
    click(qtbot, again.all_mine)
    click(qtbot, again.save_button)
    wait_idle(qtbot)
    saved = _saved(database, grant_id)
    # All mine: the fields this user changed, and the ones only Amina changed set back to what this user had.
    assert (saved.recipient_phone, saved.business_name, saved.jobs_created, saved.sector) == (
        "+964 750 111 2222", "Al-Noor Bakery and Sweets", 4, "food processing")
    window.close()


def test_a_colleague_who_changed_nothing_on_the_form_is_merged_without_asking(qtbot, context, database, office):
    grant_id = _first_grant(database)
    window = open_record(context, "grant", grant_id)
    qtbot.addWidget(window)
    wait_idle(qtbot)
    type_into(qtbot, window.form.editors["recipient_phone"], "+964 750 111 2222")
    _colleague_saves(database, grant_id, recipient_phone="+964 750 111 2222")  # the same number, typed by both
    click(qtbot, window.save_button)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: not window.form.dirty)
    assert not any(isinstance(w, ConflictDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
    assert window.form.problem_text() == ""
    assert [who for who, *_ in _audit(database, grant_id)] == ["amina"]
    window.close()


@pytest.mark.parametrize("language, title, mine", [
    ("fr", "Enregistré entre-temps par quelqu'un d'autre", "Votre version"),
    ("ar", "حفظه شخص آخر في هذه الأثناء", "نسختك"),
], indirect=["language"])
def test_the_dialog_speaks_the_window_language(qtbot, context, database, office, language, title, mine):
    _, window, dialog = _edit_while_amina_saves(qtbot, context, database)
    assert dialog.windowTitle() == title
    assert mine in [label.text() for label in dialog.findChildren(type(dialog.intro))]
    assert "amina" in dialog.intro.text() and "IQ-EDF-0001" in dialog.intro.text()
    # A phone number keeps its order in the Arabic window ("+964 ...", not "... 964+"); French needs nothing.
    phone = dialog.findChild(QRadioButton, "theirs:recipient_phone").text()
    assert phone == ("\u2066+964 770 999 0000\u2069" if language == "ar" else "+964 770 999 0000")
    click(qtbot, dialog.box.button(dialog.box.StandardButton.Cancel))
    window.form.set_values(window.form.loaded)
    window.close()
