"""A save waits for the database off the GUI thread: while another user's transaction holds the record, the window
keeps answering (its timers run, its form is locked against a second save), and the save lands once the other
transaction ends."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QTimer
from sqlalchemy import text

from tests.views.conftest import type_into, wait_idle
from tests.views.test_amounts import _first_grant, _saved
from tests.views.test_scenario import click
from workbench.views.record_window import open_record


def _hold_the_grant(database, grant_id: int, seconds: float) -> threading.Thread:
    """Another user's write transaction on the grant, held for `seconds` (a row lock on PostgreSQL, the write lock
    on SQLite)."""
    ready = threading.Event()

    def hold() -> None:
        with database.session("colleague", write=True) as session, session.begin():
            session.execute(text("UPDATE livelihood_grants SET sector = sector WHERE id = :id"), {"id": grant_id})
            ready.set()
            time.sleep(seconds)
            session.rollback()

    thread = threading.Thread(target=hold, daemon=True)
    thread.start()
    assert ready.wait(10), "the other user's transaction did not start"
    return thread


def test_the_window_answers_while_a_save_waits_for_the_database(qtbot, context, database, office):
    grant_id = _first_grant(database)
    window = open_record(context, "grant", grant_id)
    qtbot.addWidget(window)
    wait_idle(qtbot)
    type_into(qtbot, window.form.editors["recipient_phone"], "+964 750 111 2222")
    holder = _hold_the_grant(database, grant_id, 1.5)
    ticks = []
    timer = QTimer(window, interval=50)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    click(qtbot, window.save_button)
    assert not window.form.isEnabled() and not window.save_button.isEnabled()  # a second save cannot start
    qtbot.wait(800)
    assert len(ticks) >= 8, "the window froze while the save waited"  # 50 ms ticks kept coming
    assert _saved(database, grant_id).recipient_phone != "+964 750 111 2222"  # still waiting for the lock
    holder.join()
    wait_idle(qtbot)
    assert window.form.isEnabled() and window.save_button.isEnabled()
    assert window.form.problem_text() == ""
    assert _saved(database, grant_id).recipient_phone == "+964 750 111 2222"
    timer.stop()
    window.close()
