"""Latin text in the right-to-left (Arabic) window: a path or a range kept in its order, a Latin name cut at its end."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

LRI, PDI = "\u2066", "\u2069"  # left-to-right isolate and its end (Unicode 6.3; Qt's text layout knows them)


def isolated_ltr(text: str) -> str:
    """Text that reads left to right whatever surrounds it: inside an Arabic sentence "/home/a/office.db" would
    show its first slash at the far end ("home/a/office.db/"), as "(0-17)" showed "(17-0)". Harmless in English."""
    return f"{LRI}{text}{PDI}" if text else text


def starts_left_to_right(text: str) -> bool:
    """The first letter that has a direction is a left-to-right one (Latin), as in "Durable solutions"."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return True
        if kind in ("R", "AL"):
            return False
    return False


class DirectionDelegate(QStyledItemDelegate):
    """Draws a Latin cell of a right-to-left table as Latin text, still on the cell's Arabic side.

    Qt lays every cell out in the view's direction: a Latin name too long for its column ends in "…" on its left,
    where an Arabic reader takes it for the start ("…Durable solutions and"). Here a left-to-right text is laid out
    left to right, so the cut is at the name's end ("Durable solutions a…"), and keeps the alignment the view gives
    it (AlignAbsolute), so columns stay as they are."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt's name
        super().initStyleOption(option, index)
        if option.direction == Qt.LayoutDirection.RightToLeft and starts_left_to_right(option.text or ""):
            option.displayAlignment = (QStyle.visualAlignment(Qt.LayoutDirection.RightToLeft, option.displayAlignment)
                                       | Qt.AlignmentFlag.AlignAbsolute)
            option.direction = Qt.LayoutDirection.LeftToRight
