"""Saved meanwhile by someone else: the other user's version beside the user's own, field by field, to keep either.

Opened by the form (forms.RecordForm) when a save is refused as stale; nothing the user typed is lost: Cancel goes
back to the form as typed, and a later Save compares again."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workbench.services.conflicts import MINE, THEIRS, Difference, Saver
from workbench.views import words
from workbench.views.bidi import isolated_ltr


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConflictDialog", text)


def _reading_order(text: str) -> str:
    """A value with no Arabic letter (a phone number, a code, an amount) reads left to right in the Arabic window
    too: "+243 970 000 111", never "243 970 000 111+"."""
    if not QGuiApplication.isRightToLeft() or any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text):
        return text
    return isolated_ltr(text)


class ConflictDialog(QDialog):
    """One row per field that differs: the field, the user's version, the saved version; a field only one of them
    changed starts on that change, a field both changed starts unchosen and Save waits for a choice."""

    def __init__(self, title: str, saver: Saver | None, found: list[Difference], label_of, text_of, parent=None):
        super().__init__(parent)
        self.setWindowTitle(_tr("Saved meanwhile by someone else"))
        self.setObjectName("conflictDialog")
        self.found = found
        self.groups: dict[str, QButtonGroup] = {}
        self.buttons: dict[tuple[str, str], QRadioButton] = {}
        outer = QVBoxLayout(self)
        who = saver.user if saver is not None else _tr("another user")
        when = words.date_text(saver.at) if saver is not None and saver.at is not None else ""
        if when:
            intro = _tr("%1 saved %2 on %3 while you were editing it.").replace("%1", who).replace(
                "%2", title).replace("%3", when)
        else:
            intro = _tr("%1 saved %2 while you were editing it.").replace("%1", who).replace("%2", title)
        self.intro = QLabel(intro + " " + _tr(
            "Choose, for each field, the version to keep. A field only one of you changed keeps that change "
            "unless you choose otherwise; fields marked \u26a0 were changed by both of you."), self)
        self.intro.setWordWrap(True)
        outer.addWidget(self.intro)

        grid_host = QWidget(self)
        grid = QGridLayout(grid_host)
        grid.addWidget(self._header(_tr("Field")), 0, 0)
        grid.addWidget(self._header(_tr("Your version")), 0, 1)
        grid.addWidget(self._header(_tr("Saved by %1").replace("%1", who)), 0, 2)
        for row, diff in enumerate(found, start=1):
            name = label_of(diff.key) + (" \u26a0" if diff.clash else "")
            label = QLabel(name, grid_host)
            if diff.clash:
                label.setStyleSheet(f"color: {words.RED}; font-weight: bold;")
            grid.addWidget(label, row, 0)
            group = QButtonGroup(self)
            group.setExclusive(True)
            for column, (side, value) in enumerate(((MINE, diff.mine), (THEIRS, diff.theirs)), start=1):
                shown = text_of(diff.key, value)
                button = QRadioButton(_reading_order(shown) if shown != "" else _tr("(empty)"), grid_host)
                button.setObjectName(f"{side}:{diff.key}")
                group.addButton(button)
                grid.addWidget(button, row, column)
                self.buttons[(diff.key, side)] = button
            if diff.proposed is not None:
                self.buttons[(diff.key, diff.proposed)].setChecked(True)
            group.buttonToggled.connect(self._update)
            self.groups[diff.key] = group
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(found) + 1, 1)  # the rows stand together at the top, however tall the dialog
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        outer.addWidget(scroll, 1)

        self.box = QDialogButtonBox(self)
        self.all_mine = QPushButton(_tr("Keep all mine"), self)
        self.all_theirs = QPushButton(_tr("Keep all theirs"), self)
        self.box.addButton(self.all_mine, QDialogButtonBox.ButtonRole.ActionRole)
        self.box.addButton(self.all_theirs, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = self.box.addButton(_tr("Save these"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.box.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.all_mine.clicked.connect(lambda: self._choose_all(MINE))
        self.all_theirs.clicked.connect(lambda: self._choose_all(THEIRS))
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        outer.addWidget(self.box)
        self.resize(760, min(560, 200 + 36 * len(found)))
        self._update()

    def _header(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setStyleSheet("font-weight: bold;")
        label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        return label

    def _choose_all(self, side: str) -> None:
        for diff in self.found:
            self.buttons[(diff.key, side)].setChecked(True)

    def _update(self, *_args) -> None:
        missing = [d.key for d in self.found if self.choice(d.key) is None]
        self.save_button.setEnabled(not missing)
        self.save_button.setToolTip(_tr("Choose a version of every field marked \u26a0 first") if missing else "")

    def choice(self, key: str) -> str | None:
        for side in (MINE, THEIRS):
            if self.buttons[(key, side)].isChecked():
                return side
        return None

    def choices(self) -> dict[str, str]:
        return {d.key: self.choice(d.key) for d in self.found if self.choice(d.key) is not None}
