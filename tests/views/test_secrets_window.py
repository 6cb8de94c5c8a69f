"""The window never shows, remembers or logs the password of a server database's URL."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox
from sqlalchemy.engine import make_url

from workbench.db import open_database
from workbench.views import main_window as main_window_module
from workbench.views.context import Context
from workbench.views.errors import log_info, log_path
from workbench.views.main_window import MainWindow, recent_databases
from workbench.views.tasks import wait_for_tasks

SECRET = "Zq7-Secret-Pw"


@pytest.fixture
def server_context(backend, fresh_url, data_dir):
    if backend != "postgresql":
        pytest.skip("a password belongs to a server's URL")
    database = open_database(make_url(fresh_url).set(password=SECRET).render_as_string(hide_password=False))
    yield Context(database, user="officer")
    wait_for_tasks()
    database.close()


def test_the_window_names_a_server_database_without_its_password(qtbot, server_context, data_dir):
    window = MainWindow(server_context)
    qtbot.addWidget(window)
    window.show()
    log_info("Opened %s", server_context.database.display_name)  # as run() does
    about = window.about()
    texts = [window.windowTitle(), window.database_label.text(), *recent_databases(),
             about.findChild(QLabel, "aboutDatabase").text(), log_path().read_text(encoding="utf-8")]
    assert any("***" in t for t in texts)
    assert not any(SECRET in t for t in texts), texts


def test_opening_a_server_by_its_url_shows_no_password(qtbot, context, monkeypatch):
    window = MainWindow(context)
    qtbot.addWidget(window)
    progress, warnings = [], []
    real_run_task = main_window_module.run_task

    def spy(parent, fn, on_done=None, on_error=None, progress_text=None, **kwargs):
        progress.append(kwargs.get("progress", progress_text))
        return real_run_task(parent, fn, on_done, on_error, **kwargs)

    monkeypatch.setattr(main_window_module, "run_task", spy)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, message, *a: warnings.append(message))
    window.switch_database(f"postgresql+pg8000://officer:{SECRET}@127.0.0.1/workbench")
    qtbot.waitUntil(lambda: len(warnings) == 1, timeout=10000)
    assert progress == ["Opening postgresql+pg8000://officer:***@127.0.0.1/workbench..."]
    assert "officer:***@" in warnings[0] and SECRET not in warnings[0]
