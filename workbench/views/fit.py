"""How large a window may open: the free area of its screen (a 1366x768 laptop less its task bar)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget


def free_area(widget: QWidget | None = None) -> QSize:
    """The available geometry of the widget's screen (the primary one before it is shown)."""
    screen = (widget.screen() if widget is not None else None) or QApplication.primaryScreen()
    return screen.availableGeometry().size() if screen is not None else QSize(1366, 728)


def first_size(widget: QWidget, wanted: QSize) -> QSize:
    """`wanted`, or less where the screen is smaller."""
    return wanted.boundedTo(free_area(widget))
