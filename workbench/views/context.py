"""What every screen is handed: the open database, who is working, and the change events screens refresh on."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal

from workbench.db import Database, sqlite_path
from workbench.files import check_output
from workbench.services import audit
from workbench.views.signals import emit

SETTINGS_VERSION = 1  # bumped when a stored layout would no longer fit the screens; old values are then ignored


def settings() -> QSettings:
    s = QSettings()
    if s.value("settingsVersion", type=int) != SETTINGS_VERSION:
        s.clear()
        s.setValue("settingsVersion", SETTINGS_VERSION)
    return s


class Changes(QObject):
    """One typed change event: after a save, delete or workflow step, each open view refreshes itself."""

    recordChanged = Signal(str, int)  # record kind, record id (0 when many records changed)


def login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "unknown"


class Context:
    def __init__(self, database: Database, user: str | None = None):
        self.database = database
        self.user = user or login_name()
        self.changes = Changes()
        self._actor = None

    @property
    def actor(self):
        """The user working, as the database knows it (role and scopes: services/permissions.Actor), read once;
        PermissionRefused when the name is no active user of the database."""
        if self._actor is None or self._actor.name != self.user:
            from workbench.services import permissions

            self._actor = self.read(permissions.actor)
        return self._actor

    def forget_actor(self) -> None:
        """After the user's role or scopes changed (the Users screen)."""
        self._actor = None

    @contextmanager
    def transaction(self):
        """One session per user action, committed at the end (rolled back on any error). Once committed, what it
        wrote (the audit hook's list: services/audit.changed_records) is announced on `changes`, so every open
        table and record window showing it refreshes; no writer announces its own changes."""
        session = self.database.session(self.user, write=True)
        try:
            with session.begin():
                yield session
            changed = audit.changed_records(session)
        finally:
            session.close()
        for kind, ident in changed:
            self.changed(kind, ident)

    def read(self, fn: Callable, recorded: bool = False):
        """Runs fn(session) in a read-only session and returns its plain result; `recorded` when fn writes an audit
        event (an export, a printed report), which is then committed. (Not a write session: on SQLite that would
        hold the write lock while the rows are read.)"""
        with self.database.session(self.user) as session:
            result = fn(session)
            if recorded:
                session.commit()
            return result

    def record_login(self) -> None:
        """A login is an audit event: who opened this database in the window, and from which computer."""
        import platform

        details = {"via": "window", "computer": platform.node(), "server": self.database.login is not None}
        self.read(lambda session: audit.record_event(session, "login", "users", details), recorded=True)

    def output_file(self, path) -> Path:
        """files.check_output for a file the window is about to write (the save dialog has already asked
        before replacing a file): a database, this one or any other, and this one's -wal/-shm/-journal are
        refused with OutputRefused, whose message the screen shows."""
        return check_output(path, replace=True, database=sqlite_path(self.database.url))

    def changed(self, kind: str, ident: int = 0) -> None:
        emit(self.changes.recordChanged, kind, ident)
