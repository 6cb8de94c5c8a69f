"""Starting the window: the Qt application, the database it opens, and the --smoke self-test."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from workbench import __version__
from workbench.db import Database, DatabaseError, is_encrypted, open_database, sqlite_path, to_url
from workbench.views import languages
from workbench.views.context import Context, settings
from workbench.views.errors import install_excepthook, log_info
from workbench.views.resources import app_icon


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Programme workbench")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("workbench")
    app.setWindowIcon(app_icon())
    # Our words, Qt's own dialogs, dates and numbers in the language chosen in Settings (or the system's);
    # Arabic lays the window out right to left.
    languages.install(app)
    return app


def new_database_passphrase(db: str | None, smoke: bool):
    """The passphrase of the database the window is about to create (the first run's default file among them): the
    window never writes a plain database. WORKBENCH_PASSPHRASE when set (scripts, the installer's test), else asked
    twice; None when the user cancels, or for --smoke without it (a self-test cannot ask)."""
    from workbench.commands import PASSPHRASE_ENV
    from workbench.views.passphrase_dialog import NewPassphrase, ask_new_passphrase

    if os.environ.get(PASSPHRASE_ENV):
        return NewPassphrase(os.environ[PASSPHRASE_ENV])
    if smoke:
        print(f"workbench: {sqlite_path(to_url(db))} is a new database, created encrypted: set {PASSPHRASE_ENV} "
              f"for --smoke", file=sys.stderr)
        return None
    return ask_new_passphrase(sqlite_path(to_url(db)))


def open_for_window(db: str | None, smoke: bool = False, user: str | None = None) -> Database | None:
    """The database the window starts on, or None (cancelled, or refused with its reason shown): an encrypted one
    asks its passphrase; a new one (the first run's default file) gets one chosen first and is created encrypted."""
    try:
        key, chosen = None, None
        if is_encrypted(db):
            from workbench.views.passphrase_dialog import ask_key

            key = ask_key(sqlite_path(to_url(db)))
            if key is None:  # cancelled: nothing opened, nothing changed
                return None
        else:
            from workbench.views.passphrase_dialog import is_new_file

            if is_new_file(db):
                chosen = new_database_passphrase(db, smoke)
                if chosen is None:  # cancelled: no file is written
                    return None
        # A new database's administrator is the person opening it: the name in the settings, or the login name.
        database = open_database(db, key=key, passphrase=chosen.passphrase if chosen else None, creator=user)
        if chosen is not None:
            from workbench.views.passphrase_dialog import make_recovery_key

            make_recovery_key(sqlite_path(database.url), chosen)
    except DatabaseError as exc:
        if smoke:
            print(f"workbench: {exc}", file=sys.stderr)
            return None
        from workbench.views.messages import error_text

        QMessageBox.critical(None, QCoreApplication.translate("app", "Cannot open the database"), error_text(exc))
        return None
    return database


def run(db: str | None, smoke: bool = False) -> int:
    app = application()
    install_excepthook()
    user = settings().value("user/name", None) or None
    database = open_for_window(db, smoke, user)
    if database is None:
        return 1
    from workbench.views.main_window import MainWindow

    context = Context(database, database.login or user)  # on the office server: who logged in
    from workbench.services.permissions import PermissionRefused

    try:
        _ = context.actor  # the name must be an active user of this database (the server's login on PostgreSQL)
        context.record_login()
    except PermissionRefused as exc:
        from workbench.views.messages import error_text

        if smoke:
            print(f"workbench: {exc}", file=sys.stderr)
        else:
            QMessageBox.critical(None, QCoreApplication.translate("app", "Cannot open the database"), error_text(exc))
        database.close()
        return 1
    window = MainWindow(context)
    log_info("Opened %s", database.display_name)
    window.show()
    result = {"code": 0}
    if smoke:
        def visit_every_screen():
            from workbench.views.tasks import wait_for_tasks
            try:
                for key in window.keys:
                    window.show_screen(key)
                    app.processEvents()
                if not wait_for_tasks(30000):
                    raise RuntimeError("a background task did not finish")
            except Exception as exc:  # noqa: BLE001 - the smoke test reports any failure as its exit code
                print(f"workbench --smoke: {type(exc).__name__}: {exc}", file=sys.stderr)
                result["code"] = 1
            window.close()
            app.quit()
        QTimer.singleShot(0, visit_every_screen)
    code = app.exec()
    context.database.close()
    return result["code"] or code
