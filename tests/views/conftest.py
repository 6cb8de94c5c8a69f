"""Screen fixtures: a real database file (SQLite and PostgreSQL), settings kept in a temporary folder, and helpers
that type, click and answer dialogs as a user would."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from tests.builders import Build
from workbench.db import open_database
from workbench.views.context import Context
from workbench.views.tasks import wait_for_tasks


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item):
    """Before pytest-qt closes a test's windows: a record window a failed test left with unsaved edits would ask
    "Discard changes?" in a modal dialog nobody answers, and the whole run would hang there. Its edits are dropped
    first, so the failure is reported and the run goes on."""
    from workbench.views.record_window import RecordWindow

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, RecordWindow) and widget.form.dirty:
            widget.form.set_values(widget.form.loaded)
    return (yield)


@pytest.fixture(autouse=True)
def private_settings(qapp, tmp_path):
    """QSettings in a temporary folder: tests never read or write the real user's settings."""
    QCoreApplication.setOrganizationName("workbench-tests")
    QCoreApplication.setApplicationName("workbench-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield
    wait_for_tasks()


@pytest.fixture
def database(fresh_url, data_dir):
    db = open_database(fresh_url, creator="officer")  # the `context` fixture's user, the database's administrator
    yield db
    wait_for_tasks()
    db.close()


@pytest.fixture
def context(database):
    return Context(database, user="officer")


@pytest.fixture
def office(database):
    """What a country office has before the scenario starts: donors, Tanganyika and Ninewa, a site, a project
    in Iraq with one EDF grant application."""
    with database.session("officer") as session, session.begin():
        b = Build(session)
        b.donor()
        _, province, territory, village = b.tanganyika()
        b.site(territory)
        _, _, _, town = b.ninewa()
        iraq = b.iraq_project()
        b.grant(iraq, town)
    return database


def wait_idle(qtbot, model=None) -> None:
    """Waits for background queries (and the model's batch) to arrive."""
    assert wait_for_tasks()
    if model is not None:
        qtbot.waitUntil(lambda: not model.loading and model.total is not None, timeout=5000)


def when_dialog(handle, timeout_ms: int = 5000, ready=lambda dialog: True) -> list:
    """Runs handle(dialog) on the next modal dialog (once ready(dialog) holds). Dialogs block in exec(), so this is
    set up before the click; a handler must not wait for what happens after the dialog closes."""
    handled: list = []
    waited = [0]

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None or not ready(dialog):
            waited[0] += 20
            if waited[0] < timeout_ms:
                QTimer.singleShot(20, poll)
            return
        handled.append(dialog)
        handle(dialog)

    QTimer.singleShot(0, poll)
    return handled


def type_into(qtbot, widget, text: str) -> None:
    """Select what is in a field and type over it."""
    widget.setFocus()
    line = widget.lineEdit() if hasattr(widget, "lineEdit") and widget.lineEdit() is not None else widget
    line.selectAll()
    qtbot.keyClicks(line if line is not widget else widget, text)


def type_date(qtbot, edit, day: dt.date) -> None:
    type_into(qtbot, edit, day.isoformat())


@pytest.fixture
def language(request, qapp):
    """The window in the language a test is parametrized with (indirect=["language"]), then back as it was.
    A module may define its own `language` fixture instead (test_amounts.py switches the locale alone)."""
    from PySide6.QtCore import QLocale

    from workbench.views import languages

    locale, direction = QLocale(), qapp.layoutDirection()
    languages.install(qapp, request.param)
    yield request.param
    languages.uninstall(qapp)
    QLocale.setDefault(locale)
    qapp.setLayoutDirection(direction)

