"""The window logs in to the office's server as the person, with their own user name and password, and from then on
works as that person: an officer of Kilwa sees Kilwa's household only, a viewer no names and no Delete, whatever
name the settings hold. The password is never written to the settings. In English, French and Arabic."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import text
from sqlalchemy.engine import make_url

from tests.views.conftest import type_into, wait_for_tasks, wait_idle, when_dialog
from workbench.views.context import Context, settings
from workbench.views.main_window import MainWindow
from workbench.views.server_login import ServerLoginDialog

WORDS = {"en": ("Log in to the office server", "Log in"),
         "fr": ("Connexion au serveur du bureau", "Se connecter"),
         "ar": ("تسجيل الدخول إلى خادم المكتب", "تسجيل الدخول")}


def _log_in(qtbot, window, url: str, user: str, password: str, seen: list) -> None:
    address = make_url(url)

    def fill(dialog: ServerLoginDialog) -> None:
        seen.append((dialog.windowTitle(), dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text()))
        type_into(qtbot, dialog.host, address.host)
        dialog.port.setValue(address.port)
        type_into(qtbot, dialog.database, address.database)
        type_into(qtbot, dialog.user, user)
        type_into(qtbot, dialog.password, password)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    when_dialog(fill, ready=lambda d: isinstance(d, ServerLoginDialog))
    window.open_server()


@pytest.mark.parametrize("backend", ["sqlite"])  # the window starts on a laptop's file, then logs in to the server
@pytest.mark.parametrize("language", ["en", "fr", "ar"], indirect=True)
def test_an_officer_logs_in_and_works_as_herself(qtbot, database, server_office, language):
    window = MainWindow(Context(database, user="officer"))  # the settings' name: an administrator of the laptop
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    officer = server_office["people"]["officer"]
    seen: list = []
    _log_in(qtbot, window, server_office["url"], officer, "her own password", seen)
    qtbot.waitUntil(lambda: window.context.database.login == officer, timeout=10000)
    assert seen == [WORDS[language]]
    assert window.context.user == officer
    assert window.context.actor.role == "officer"
    screen = window.show_screen("household")
    wait_idle(qtbot, screen.model)
    column = screen.model.column_index("code")
    assert [screen.model.index(r, column).data() for r in range(screen.model.rowCount())] == ["KIL-0001"]
    assert not screen.delete_button.isEnabled()
    assert "her own password" not in " ".join(str(settings().value(k)) for k in settings().allKeys())
    assert "her own password" not in window.context.database.display_name
    with server_office["db"].engine.connect() as conn:  # the login is in the history, stamped by the server
        logins = conn.execute(text("SELECT user_name FROM audit_log WHERE action = 'login'")).scalars().all()
    assert logins == [officer]
    wait_for_tasks()


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_viewer_logged_in_reads_no_names_and_deletes_nothing(qtbot, database, server_office):
    window = MainWindow(Context(database, user="officer"))
    qtbot.addWidget(window)
    window.show()
    viewer = server_office["people"]["viewer"]
    _log_in(qtbot, window, server_office["url"], viewer, "secret", [])
    qtbot.waitUntil(lambda: window.context.database.login == viewer, timeout=10000)
    screen = window.show_screen("household")
    wait_idle(qtbot, screen.model)  # the server refuses the names: the table asks none
    column = screen.model.column_index("code")
    assert sorted(screen.model.index(r, column).data() for r in range(screen.model.rowCount())) == \
        ["KAL-0001", "KIL-0001"]
    names = screen.model.column_index("head_name")
    assert {screen.model.index(r, names).data() for r in range(screen.model.rowCount())} <= {None, ""}
    assert not screen.delete_button.isEnabled() and not screen.new_button.isEnabled()
    wait_for_tasks()
