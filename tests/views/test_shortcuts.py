"""Every screen of the sidebar has its key, the one Help > Keyboard shortcuts lists for it, and the key opens it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from tests.views.conftest import wait_idle
from workbench.views.main_window import MainWindow, screen_names


@pytest.mark.parametrize("language", ["en", "fr"], indirect=True)
def test_each_screen_opens_with_the_key_the_shortcuts_list_says(qtbot, context, language):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    box = window.shortcuts()
    listed = box.text().splitlines()
    box.close()
    qtbot.waitUntil(lambda: not box.isVisible())
    wait_idle(qtbot)
    names = screen_names()
    assert len(names) == 15
    # The offscreen platform makes no window active by itself, and a window's shortcuts answer only when it is.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    for key, title in reversed(names):  # from the last, so each key changes the screen shown
        # "Ctrl+2: Projects", and in French "Ctrl+2 : Projets"
        line = next(line for line in listed if ":" in line and line.split(":", 1)[1].strip() == title)
        sequence = QKeySequence(line.split(":")[0].strip())
        combination = sequence[0]
        qtbot.keyClick(window, combination.key(), combination.keyboardModifiers())
        wait_idle(qtbot)
        assert window.current_screen() == key, (line, window.current_screen())
    assert [line.split(":")[0].strip() for line in listed[:15]] == [f"Ctrl+{n}" for n in (*range(1, 10), 0)] + [
        f"Alt+{n}" for n in range(1, 6)]
