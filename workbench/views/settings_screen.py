"""The Settings screen: who is working, where the data and the log live, and the layout direction."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from workbench.db import data_dir
from workbench.views.context import settings
from workbench.views.errors import log_path


class SettingsScreen(QWidget):
    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setObjectName("screen_settings")
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Settings"), self)
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(title)
        form = QFormLayout()
        self.user = QLineEdit(context.user, self)
        self.user.setObjectName("settings_user")
        self.user.setToolTip(self.tr("Written in the history of every record you change"))
        self.user.editingFinished.connect(self._set_user)
        form.addRow(self.tr("Your name in the audit log"), self.user)
        form.addRow(self.tr("Database"), self._path(context.database.display_name))
        form.addRow(self.tr("Data folder"), self._path(str(data_dir())))
        form.addRow(self.tr("Log file"), self._path(str(log_path())))
        self.rtl = QCheckBox(self.tr("Right-to-left layout (as for Arabic)"), self)
        self.rtl.setObjectName("settings_rtl")
        self.rtl.setChecked(QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft)
        self.rtl.toggled.connect(self._set_direction)
        form.addRow(self.tr("Layout"), self.rtl)
        layout.addLayout(form)
        layout.addStretch(1)

    def _path(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        return label

    def _set_user(self) -> None:
        name = self.user.text().strip()
        if name:
            self.context.user = name
            settings().setValue("user/name", name)

    def _set_direction(self, rtl: bool) -> None:
        QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        settings().setValue("window/rightToLeft", rtl)
