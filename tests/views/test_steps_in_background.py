"""Workflow steps and deletes write off the GUI thread: the step dialog stays open and locked while its step waits
for the database, shows a refusal beside the date and lets the user correct it, and closes only once the step is
taken; a delete from a record's window closes that window only when the record is gone."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton

from tests.views.conftest import type_date, wait_idle, when_dialog
from tests.views.test_amounts import _first_grant, _saved
from tests.views.test_save_in_background import _hold_the_grant
from tests.views.test_scenario import click
from workbench.views.record_window import open_record


@pytest.fixture
def grant_window(qtbot, context, database, office):
    """The office's EDF grant application of 1 February 2023, open in its window."""
    grant_id = _first_grant(database)
    window = open_record(context, "grant", grant_id)
    qtbot.addWidget(window)
    wait_idle(qtbot)
    return grant_id, window


def ok(dialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_a_refused_step_keeps_its_dialog_open_and_a_corrected_one_is_taken(qtbot, database, grant_window):
    grant_id, window = grant_window
    seen: dict = {}

    def first_try(dialog):
        type_date(qtbot, dialog.date, dt.date(2023, 1, 15))  # before the application: refused
        ok(dialog)
        qtbot.waitUntil(lambda: dialog.problem.isVisible(), timeout=10000)
        seen["problem"] = dialog.problem.text()
        seen["open"] = dialog.isVisible()
        type_date(qtbot, dialog.date, dt.date(2023, 2, 20))
        ok(dialog)

    handled = when_dialog(first_try, ready=lambda d: d.objectName() == "stepDialog")
    click(qtbot, window.findChild(QPushButton, "step_vetting"))
    qtbot.waitUntil(lambda: bool(handled), timeout=5000)
    wait_idle(qtbot)
    assert seen == {"problem": "The date cannot be before the grant's last step (2023-02-01)", "open": True}
    saved = _saved(database, grant_id)
    assert saved.status == "vetting"


def test_the_window_answers_while_a_step_waits_for_the_database(qtbot, database, grant_window):
    grant_id, window = grant_window
    ticks: list[float] = []
    timer = QTimer(window, interval=50)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    seen: dict = {}

    def take(dialog):
        type_date(qtbot, dialog.date, dt.date(2023, 2, 20))
        holder = _hold_the_grant(database, grant_id, 1.5)
        timer.start()
        ok(dialog)
        seen["locked"] = not dialog.isEnabled()  # a second OK cannot start the step twice
        qtbot.wait(800)
        seen["ticks"] = len(ticks)
        seen["waiting"] = _saved(database, grant_id).status
        seen["still open"] = dialog.isVisible()
        holder.join()

    handled = when_dialog(take, ready=lambda d: d.objectName() == "stepDialog")
    click(qtbot, window.findChild(QPushButton, "step_vetting"))
    qtbot.waitUntil(lambda: bool(handled) and "still open" in seen, timeout=15000)
    wait_idle(qtbot)
    assert seen["locked"] and seen["still open"]
    assert seen["ticks"] >= 8, "the window froze while the step waited"
    assert seen["waiting"] == "application"
    assert _saved(database, grant_id).status == "vetting"
    timer.stop()


def test_a_refused_delete_says_why_and_leaves_the_window_open(qtbot, database, grant_window):
    grant_id, window = grant_window
    with database.session("colleague", write=True) as session, session.begin():
        from workbench.services import workflows

        workflows.change_grant_status(session, grant_id, "vetting", dt.date(2023, 2, 10), "")
        workflows.change_grant_status(session, grant_id, "approved", dt.date(2023, 2, 20), "")
        workflows.pay_grant_tranche(session, grant_id, 5000, dt.date(2023, 3, 1), "")
    told: list[str] = []

    def answer(box):
        if box.objectName() == "question":
            box.button(QMessageBox.StandardButton.Yes).click()
        else:
            told.append(box.text())
            box.accept()

    when_dialog(answer, ready=lambda d: d.objectName() == "question")
    when_dialog(answer, timeout_ms=10000, ready=lambda d: d.objectName() == "refusal")
    window.delete()
    qtbot.waitUntil(lambda: bool(told), timeout=10000)
    wait_idle(qtbot)
    assert window.isVisible() and _saved(database, grant_id) is not None
    assert told and "paid" in told[0].lower()
