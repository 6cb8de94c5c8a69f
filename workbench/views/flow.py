"""A row of widgets that wraps onto the next line when the window is narrow (after Qt's Flow Layout example)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class FlowLayout(QLayout):
    """Widgets at their preferred width, left to right (right to left in Arabic), on as many lines as they need.

    A filter bar in French or Arabic is wider than a 1366-pixel laptop leaves it; wrapping keeps every filter, the
    Reset button and the count on screen instead of widening the window past it. An item whose size policy expands
    horizontally takes what is left of its line (the search box)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = -1):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _gap(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        if parent is None:
            return 6
        return parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing, None, parent)

    def _arrange(self, rect: QRect, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = max(self._gap(), 6)
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        used = 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint().expandedTo(item.minimumSize())
            width = min(hint.width(), area.width())
            if lines[-1] and used + gap + width > area.width():
                lines.append([])
                used = 0
            used += (gap if lines[-1] else 0) + width
            lines[-1].append((item, QSize(width, hint.height())))
        y = area.y()
        rtl = self.parentWidget() is not None and self.parentWidget().isRightToLeft()
        for line in lines:
            if not line:
                continue
            height = max(size.height() for _, size in line)
            spare = area.width() - sum(size.width() for _, size in line) - gap * (len(line) - 1)
            growing = [i for i, (item, _) in enumerate(line) if _grows(item)]
            x = area.x()
            for i, (item, size) in enumerate(line):
                width = size.width() + (spare // len(growing) if i in growing and spare > 0 else 0)
                if apply:
                    left = area.x() + area.right() - x - width + 1 if rtl else x
                    item.setGeometry(QRect(QPoint(left, y + (height - size.height()) // 2), QSize(width, size.height())))
                x += width + gap
            y += height + gap
        return y - gap - area.y() + margins.top() + margins.bottom()


def _grows(item: QLayoutItem) -> bool:
    widget = item.widget()
    return widget is not None and widget.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Expanding
