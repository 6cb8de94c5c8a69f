"""The window and encrypted databases: opening one asks its passphrase (a wrong one says so and asks again, Cancel
keeps the open database); a new database gets a passphrase chosen twice and is created encrypted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.views.conftest import type_into, when_dialog
from workbench.db import WrongPassphrase, is_encrypted, open_database, unlock
from workbench.keys import keys_path
from workbench.views.main_window import MainWindow
from workbench.views.passphrase_dialog import PassphraseDialog

PASS = "blue kettle at dawn"


def ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_a_wrong_passphrase_is_refused_then_the_right_one_opens_the_database(qtbot, context, tmp_path, monkeypatch):
    monkeypatch.delenv("WORKBENCH_PASSPHRASE", raising=False)
    path = tmp_path / "office.db"
    open_database(path, passphrase=PASS).close()
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    before = window.database_label.text()
    seen = []

    def answer(dialog):
        assert isinstance(dialog, PassphraseDialog)
        type_into(qtbot, dialog.field, "not it at all")
        ok(qtbot, dialog)
        seen.append((dialog.isVisible(), dialog.message.text(), dialog.message.isVisible()))
        type_into(qtbot, dialog.field, PASS)
        ok(qtbot, dialog)

    handled = when_dialog(answer)
    assert window.switch_database(str(path)) is True
    assert handled and seen == [(True, "Wrong passphrase; try again.", True)]
    qtbot.waitUntil(lambda: context.database.display_name == str(path), timeout=10000)
    assert window.database_label.text() != before


def test_cancel_keeps_the_open_database(qtbot, context, tmp_path, monkeypatch):
    monkeypatch.delenv("WORKBENCH_PASSPHRASE", raising=False)
    path = tmp_path / "office.db"
    open_database(path, passphrase=PASS).close()
    window = MainWindow(context)
    qtbot.addWidget(window)
    name = context.database.display_name
    when_dialog(lambda dialog: dialog.reject())
    assert window.switch_database(str(path)) is False
    assert context.database.display_name == name


def test_a_new_database_from_the_window_is_encrypted_with_the_passphrase_typed_twice(qtbot, context, tmp_path,
                                                                                     monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.delenv("WORKBENCH_PASSPHRASE", raising=False)
    path = tmp_path / "new-office.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    window = MainWindow(context)
    qtbot.addWidget(window)
    said = []

    def answer(dialog):
        type_into(qtbot, dialog.field, PASS)
        type_into(qtbot, dialog.again, PASS + "!")
        ok(qtbot, dialog)
        said.append(dialog.message.text())
        type_into(qtbot, dialog.again, PASS)
        ok(qtbot, dialog)

    when_dialog(answer)
    window.new_database()
    qtbot.waitUntil(lambda: context.database.display_name == str(path), timeout=10000)
    assert said == ["The two passphrases differ; type them again."]
    assert is_encrypted(path) and keys_path(path).exists()
    open_database(path, passphrase=PASS).close()


def _open_encrypted(qtbot, context, tmp_path, monkeypatch) -> tuple[MainWindow, object]:
    monkeypatch.delenv("WORKBENCH_PASSPHRASE", raising=False)
    path = tmp_path / "office.db"
    open_database(path, passphrase=PASS).close()
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    assert not window.passphrase_action.isEnabled()  # the test's own database is plain: no keys to change

    def answer(dialog):
        type_into(qtbot, dialog.field, PASS)
        ok(qtbot, dialog)

    when_dialog(answer)
    assert window.switch_database(str(path)) is True
    qtbot.waitUntil(lambda: context.database.display_name == str(path), timeout=10000)
    return window, path


def test_the_passphrase_is_changed_from_the_file_menu_and_a_wrong_one_changes_nothing(qtbot, context, tmp_path,
                                                                                      monkeypatch):
    window, path = _open_encrypted(qtbot, context, tmp_path, monkeypatch)
    assert window.passphrase_action.isEnabled() and window.recovery_action.isEnabled()
    keys_before = keys_path(path).read_bytes()
    dialog = window.change_passphrase()
    type_into(qtbot, dialog.current, "not it at all")
    type_into(qtbot, dialog.field, "green teapot at noon")
    type_into(qtbot, dialog.again, "green teapot at noon")
    ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.message.text() == "Wrong passphrase; try again."
    assert keys_path(path).read_bytes() == keys_before
    type_into(qtbot, dialog.current, PASS)
    type_into(qtbot, dialog.again, "green teapot at midnight")
    ok(qtbot, dialog)
    assert dialog.message.text() == "The two passphrases differ; type them again."
    type_into(qtbot, dialog.again, "green teapot at noon")
    ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    said = window.statusBar().currentMessage().replace("\u2066", "").replace("\u2069", "")  # the name's isolates
    assert said == "The passphrase of office.db is changed."
    assert is_encrypted(path)
    with pytest.raises(WrongPassphrase):
        unlock(path, PASS)
    assert unlock(path, "green teapot at noon")  # the same data key, wrapped anew


def test_an_office_recovery_key_made_from_the_file_menu_opens_the_database(qtbot, context, tmp_path, monkeypatch):
    window, path = _open_encrypted(qtbot, context, tmp_path, monkeypatch)
    shown = []

    def answer(dialog):
        if isinstance(dialog, PassphraseDialog):
            type_into(qtbot, dialog.field, PASS)
            ok(qtbot, dialog)
        else:  # the key, shown once
            shown.append(dialog.key.text())
            dialog.accept()

    when_dialog(answer, ready=lambda dialog: isinstance(dialog, PassphraseDialog))
    when_dialog(answer, timeout_ms=20000, ready=lambda dialog: not isinstance(dialog, PassphraseDialog))
    window.make_recovery_key()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert unlock(path, shown[0]) == unlock(path, PASS)
