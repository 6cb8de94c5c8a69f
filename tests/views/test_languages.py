"""The window in French and Arabic: every text it shows is marked for translation and translated, the language
is chosen in Settings and applied at the next start, Arabic lays the window out right to left."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from tests.views.conftest import wait_idle
from workbench import models as m
from workbench.services import demo, records
from workbench.views import languages
from workbench.views.main_window import MainWindow
from workbench.views.record_window import open_record

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("translations", ROOT / "tools" / "translations.py")
translations = importlib.util.module_from_spec(_spec)
sys.modules["translations"] = translations
_spec.loader.exec_module(translations)


class Recorder(QTranslator):
    """Asked for every text the window translates; answers nothing, so the window stays in English."""

    def __init__(self):
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        self.asked.add((context, source))
        return None

    def isEmpty(self):
        return False


def _ours(context: str) -> bool:
    """A context of the workbench's, not of Qt's own widgets and dialogs."""
    return not any(hasattr(module, context) for module in (QtCore, QtGui, QtWidgets)) and not context.startswith("Q")


def walk_the_window(qtbot, context) -> None:
    """Every screen, and a window of each kind of record the demo office has, new and existing."""
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    for key in window.keys:
        window.show_screen(key)
        wait_idle(qtbot)
    with context.database.session("probe") as s:
        for name, kind in records.KINDS.items():
            ident = s.scalar(select(kind.model.id).limit(1))
            for which in (ident, None):
                record = open_record(context, name, which, parent=window)
                wait_idle(qtbot)
                for i in range(record.tabs.count()) if hasattr(record, "tabs") else ():
                    record.tabs.setCurrentIndex(i)
                    wait_idle(qtbot)
                record.close()
    window.close()


@pytest.fixture
def demo_office(database):
    demo.generate(database.engine, scale=0.05)
    return database


def test_every_text_the_window_shows_is_marked_for_translation(qtbot, context, demo_office):
    recorder = Recorder()
    QApplication.instance().installTranslator(recorder)
    try:
        walk_the_window(qtbot, context)
    finally:
        QApplication.instance().removeTranslator(recorder)
    marked = translations.extract()
    ours = {key for key in recorder.asked if _ours(key[0])}
    # Not a walk that saw nothing: the screens, forms of every kind, tabs, actions and the sidebar.
    assert len(ours) > 350, len(ours)
    assert {("records", "Livelihood grant"), ("MainWindow", "Dashboard")} <= ours
    assert any(context == "actions" for context, _ in ours)
    unmarked = sorted(key for key in recorder.asked if _ours(key[0]) and key not in marked)
    assert not unmarked, "\n".join(f"[{c}] {s!r}" for c, s in unmarked)
