"""The window's first run creates its default database encrypted: it asks a new passphrase twice (and offers an
office recovery key, as `workbench db recovery-key` does), never writes a plain file, and Cancel writes nothing."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import select

from tests.views.conftest import type_into, when_dialog
from tests.views.test_fit_1366 import misfits
from workbench import models as m
from workbench.db import default_db_path, is_encrypted, unlock
from workbench.keys import keys_path
from workbench.views import dashboard as dashboard_screen
from workbench.views.app import open_for_window
from workbench.views.context import Context
from workbench.views.main_window import MainWindow
from workbench.views.passphrase_dialog import PassphraseDialog, RecoveryKeyDialog
from workbench.views.tasks import wait_for_tasks

PASS = "green river, twelve stones"
LAPTOP = QSize(1366, 768)


def ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def files_bytes(path) -> bytes:
    return b"".join(p.read_bytes() for p in (path, path.with_name(path.name + "-wal")) if p.exists())


@pytest.fixture(autouse=True)
def no_passphrase_in_environment(monkeypatch):
    monkeypatch.delenv("WORKBENCH_PASSPHRASE", raising=False)


def test_the_first_run_asks_a_passphrase_and_the_demo_it_loads_is_encrypted(qtbot, data_dir, monkeypatch):
    path = default_db_path()
    assert not path.exists()
    seen, recovery = [], []

    def on_recovery_key(dialog):
        assert isinstance(dialog, RecoveryKeyDialog)
        recovery.append(dialog.key.text())
        seen.append(misfits(dialog, LAPTOP))
        ok(qtbot, dialog)

    def on_passphrase(dialog):
        assert isinstance(dialog, PassphraseDialog) and dialog.new
        seen.append(dialog.windowTitle())
        type_into(qtbot, dialog.field, "short")
        type_into(qtbot, dialog.again, "short")
        ok(qtbot, dialog)
        seen.append(dialog.message.text())
        assert not path.exists()  # nothing is written while the passphrase is being chosen
        type_into(qtbot, dialog.field, PASS)
        type_into(qtbot, dialog.again, PASS)
        dialog.recovery.setChecked(True)
        when_dialog(on_recovery_key, ready=lambda d: isinstance(d, RecoveryKeyDialog))
        ok(qtbot, dialog)

    when_dialog(on_passphrase)
    database = open_for_window(None, user="officer")
    assert database is not None
    assert seen[:2] == ["New encrypted database", "A passphrase must have at least 8 characters."]
    assert seen[2] == []  # the recovery key's dialog fits a 1366x768 laptop, its key uncut
    assert is_encrypted(path) and keys_path(path).exists()
    assert b"SQLite format 3" not in path.read_bytes()[:16]

    # As a person does next: the dashboard's "Load the demo data" (a smaller office here, to be quick).
    context = Context(database, "officer")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    screen = window.show_screen("dashboard")
    qtbot.waitUntil(lambda: screen.data is not None and screen.empty_state.isVisible(), timeout=10000)
    monkeypatch.setattr(dashboard_screen, "ask", lambda parent, title, text: True)
    generate = dashboard_screen.demo.generate
    monkeypatch.setattr(dashboard_screen.demo, "generate", lambda engine, scale, **kw: generate(engine, 0.05, **kw))
    qtbot.mouseClick(screen.empty_state.load_demo, Qt.MouseButton.LeftButton)
    assert wait_for_tasks(120000)
    qtbot.waitUntil(lambda: not screen.empty_state.isVisible(), timeout=20000)
    with context.database.session("probe") as session:
        heads = session.execute(select(m.Household.head_name, m.Household.phone).limit(20)).all()
    assert len(heads) == 20
    window.close()
    context.database.close()

    stored = files_bytes(path)
    assert len(stored) > 100_000
    for name, phone in heads:
        assert name.encode() not in stored
        if phone:
            assert phone.encode() not in stored
    # The recovery key shown once opens the database, as the passphrase does.
    assert unlock(path, recovery[0]) == unlock(path, PASS)


def test_cancel_on_the_first_run_writes_no_file(qtbot, data_dir):
    when_dialog(lambda dialog: dialog.reject())
    assert open_for_window(None, user="officer") is None
    path = default_db_path()
    assert not path.exists() and not keys_path(path).exists()


def test_a_database_file_that_is_gone_is_made_again_encrypted_only(qtbot, context, tmp_path):
    # A recent database deleted since: opening it again from the window creates it, encrypted, after a passphrase.
    path = tmp_path / "gone.db"
    window = MainWindow(context)
    qtbot.addWidget(window)

    def answer(dialog):
        type_into(qtbot, dialog.field, PASS)
        type_into(qtbot, dialog.again, PASS)
        ok(qtbot, dialog)

    handled = when_dialog(answer)
    assert window.switch_database(str(path)) is True
    qtbot.waitUntil(lambda: context.database.display_name == str(path), timeout=10000)
    assert handled and is_encrypted(path)


@pytest.mark.parametrize("language", ["en", "fr", "ar"], indirect=True)
def test_the_new_passphrase_dialog_speaks_the_language_and_fits_a_laptop(qtbot, language, tmp_path):
    dialog = PassphraseDialog(tmp_path / "office.db", new=True)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    words = {"en": "Also make an office recovery key for the data protection officer (shown once)",
             "fr": "Créer aussi une clé de secours du bureau pour le délégué à la protection des données "
                   "(affichée une seule fois)",
             "ar": "إنشاء مفتاح استرداد للمكتب أيضًا لمسؤول حماية البيانات (يُعرض مرة واحدة)"}
    assert dialog.recovery.text() == words[language]
    assert misfits(dialog, LAPTOP) == []
    shown = RecoveryKeyDialog(tmp_path / "office.db", "WBRK-" + "-".join(["ABCD"] * 13))
    qtbot.addWidget(shown)
    shown.show()
    QApplication.processEvents()
    assert shown.windowTitle() == {"en": "Office recovery key", "fr": "Clé de récupération du bureau",
                                   "ar": "مفتاح استرداد المكتب"}[language]
    assert shown.key.text().startswith("WBRK-") and misfits(shown, LAPTOP) == []


def test_smoke_on_a_new_database_needs_a_passphrase_and_never_writes_a_plain_file(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "HOME": str(tmp_path)}
    env.pop("WORKBENCH_PASSPHRASE", None)
    path = tmp_path / "smoke.db"
    result = subprocess.run([sys.executable, "-m", "workbench.cli", "--db", str(path), "--smoke"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 1 and "set WORKBENCH_PASSPHRASE" in result.stderr
    assert not path.exists()
    result = subprocess.run([sys.executable, "-m", "workbench.cli", "--db", str(path), "--smoke"],
                            capture_output=True, text=True, env={**env, "WORKBENCH_PASSPHRASE": PASS}, timeout=120)
    assert result.returncode == 0, result.stderr
    assert is_encrypted(path)
