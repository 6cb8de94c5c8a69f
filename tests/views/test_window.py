"""The window as a whole: every screen opens, the smoke self-test, About, the error dialog and the task runner."""

import subprocess
import sys
import time

from PySide6.QtWidgets import QApplication, QLabel

from tests.views.conftest import wait_idle
from workbench.views.errors import ErrorDialog, log_path, report_exception
from workbench.views.main_window import MainWindow
from workbench.views.tasks import run_task, wait_for_tasks


def test_every_screen_opens_and_the_last_one_is_remembered(qtbot, context, office):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    for key in window.keys:
        window.show_screen(key)
        wait_idle(qtbot)
    assert "Database: " in window.database_label.text()
    window.show_screen("grant")
    window.close()
    again = MainWindow(context)
    qtbot.addWidget(again)
    assert again.current_screen() == "grant"
    about = again.about()
    assert about.findChild(QLabel, "aboutDatabase").text().strip("\u2066\u2069") == context.database.display_name


def test_smoke_opens_every_screen_and_exits_0(tmp_path):
    # The installer's end-to-end check, run as a separate program exactly as the installer does.
    env = {"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "HOME": str(tmp_path),
           "WORKBENCH_PASSPHRASE": "smoke test passphrase"}  # the window creates a new database encrypted only
    result = subprocess.run([sys.executable, "-m", "workbench.cli", "--db", str(tmp_path / "smoke.db"), "--smoke"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr


def test_an_unexpected_error_is_logged_and_shown_once(qtbot, data_dir, monkeypatch):
    shown = []
    monkeypatch.setattr(ErrorDialog, "exec", lambda self: shown.append(self.details) or 0)
    try:
        raise RuntimeError("the disk said no")
    except RuntimeError as exc:
        report_exception(type(exc), exc, exc.__traceback__)
    assert len(shown) == 1 and "RuntimeError: the disk said no" in shown[0]
    assert "the disk said no" in log_path().read_text(encoding="utf-8")
    dialog = ErrorDialog("RuntimeError", "details here")
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == "details here"


def test_tasks_report_progress_and_deliver_on_the_gui_thread(qtbot):
    results, errors = [], []
    gui = QApplication.instance().thread()

    def work(state):
        state.set_progress(0.5, "half way")
        return 42

    run_task(None, work, lambda r: results.append((r, QApplication.instance().thread() is gui)), errors.append)
    assert wait_for_tasks()
    assert results == [(42, True)] and errors == []
    run_task(None, lambda state: 1 / 0, results.append, errors.append)
    assert wait_for_tasks()
    assert isinstance(errors[0], ZeroDivisionError)


def test_a_cancelled_task_delivers_nothing(qtbot):
    results = []

    def slow(state):
        while not state.is_cancelled():
            time.sleep(0.01)
        state.check()

    task = run_task(None, slow, results.append, results.append, progress="Working")
    task.cancel()
    assert wait_for_tasks()
    assert results == []


def test_a_newer_or_foreign_database_is_refused_and_the_open_one_stays(qtbot, context, office, tmp_path, monkeypatch):
    import sqlite3

    from PySide6.QtWidgets import QMessageBox
    from sqlalchemy import text

    from workbench.db import make_engine, upgrade_schema

    newer = tmp_path / "newer.db"
    engine = make_engine(f"sqlite:///{newer}")
    upgrade_schema(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    foreign = tmp_path / "budget.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE budget (line TEXT, amount REAL)")

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, message, *a: warnings.append((title, message)))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    before = window.database_label.text()
    for path in (newer, foreign):
        window.switch_database(str(path))
        qtbot.waitUntil(lambda: len(warnings) == [newer, foreign].index(path) + 1, timeout=10000)  # noqa: B023
    assert warnings == [
        ("Cannot open the database",
         "This database was written by a newer version of the workbench; install that version to open it."),
        ("Cannot open the database", f"{foreign} is not a workbench database."),
    ]
    assert window.database_label.text() == before
    assert context.database.display_name != str(newer)


def test_deleting_a_project_from_its_own_window_leaves_no_error(qtbot, context, database, monkeypatch):
    # A project with nothing under it can be deleted; its window's budget panel must not re-read it and fail.
    from tests.builders import Build
    from workbench.views import actions
    from workbench.views.record_window import open_record

    with database.session("setup") as session, session.begin():
        project = Build(session).project(code="DRC-ECHO-2024-09")
        ident = project.id
    window = open_record(context, "project", ident)
    qtbot.addWidget(window)
    wait_idle(qtbot)
    assert window.findChild(QLabel, "figure_Budget").text() == "2,500,000.00 USD"
    monkeypatch.setattr(actions, "ask", lambda *args: True)
    deleted = []
    actions.delete_record(window, context, "project", ident, lambda: deleted.append(ident))
    wait_idle(qtbot)
    assert deleted == [ident]
    with database.session("check") as session:
        from workbench import models as m

        assert session.get(m.Project, ident) is None
