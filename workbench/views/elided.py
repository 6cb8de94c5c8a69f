"""A label and a combo box that cut a long text with "…" where it does not fit, instead of widening the window."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyleOption,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)


class ElidedLabel(QLabel):
    """A QLabel's minimum width is its whole text: a long database path in the status bar made the window wider than
    a laptop's screen. This one asks for `minimum_chars` characters at least, shows what fits, cut where
    `mode` says (the middle of a path keeps its start and its file name), and has the whole text as its tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None, mode=Qt.TextElideMode.ElideMiddle,
                 minimum_chars: int = 20):
        super().__init__(text, parent)
        self.mode = mode
        self.minimum_chars = minimum_chars
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setToolTip(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().averageCharWidth() * self.minimum_chars), hint.height())

    def shown_text(self) -> str:
        """What the label draws at its present width."""
        return self.fontMetrics().elidedText(self.text(), self.mode, self.contentsRect().width())

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawItemText(painter, self.contentsRect(), int(QStyle.visualAlignment(
            self.layoutDirection(), self.alignment())), self.palette(), self.isEnabled(), self.shown_text(),
            self.foregroundRole())


class ElidedComboBox(QComboBox):
    """A combo box of records' names that keeps a set width (`chars` characters) however long a name is, shows a
    long one cut with "…" (a QComboBox would only clip it) and whole in its tooltip and its list."""

    def __init__(self, parent: QWidget | None = None, chars: int = 28):
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(chars)
        self.currentTextChanged.connect(self.setToolTip)

    def shown_text(self) -> str:
        """The current text as the box draws it at its present width."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        return self._elided(option)

    def _elided(self, option: QStyleOptionComboBox) -> str:
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        return self.fontMetrics().elidedText(option.currentText, Qt.TextElideMode.ElideRight, field.width() - 2)

    def showPopup(self) -> None:  # noqa: N802
        # The list as wide as its longest name needs, within the screen: there the names are read whole.
        view = self.view()
        wanted = view.sizeHintForColumn(0) + 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()
        screen = self.screen().availableGeometry().width() if self.screen() is not None else wanted
        view.setMinimumWidth(min(max(wanted, self.width()), screen - 20))
        super().showPopup()

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self._elided(option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
