"""The Settings screen: who is working, the office name and logo on reports, where the data and the log live,
and the language of the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.db import data_dir
from workbench.reports import RenderOptions
from workbench.views import languages, privacy
from workbench.views.context import settings
from workbench.views.errors import log_path


class SettingsScreen(QWidget):
    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.started_in = languages.current()
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
        self.office = QLineEdit(report_office(), self)
        self.office.setObjectName("settings_office")
        self.office.setPlaceholderText(RenderOptions.office_name)
        self.office.editingFinished.connect(self._set_office)
        form.addRow(self.tr("Office name on reports"), self.office)
        logo_row = QHBoxLayout()
        self.logo = QLabel(self)
        self.logo.setObjectName("settings_logo")
        choose = QPushButton(self.tr("Choose..."), self)
        choose.clicked.connect(self._choose_logo)
        reset = QPushButton(self.tr("Use the shipped logo"), self)
        reset.clicked.connect(lambda: self._set_logo(None))
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(choose)
        logo_row.addWidget(reset)
        form.addRow(self.tr("Logo on reports"), logo_row)
        self._show_logo()
        form.addRow(self.tr("Database"), self._path(context.database.display_name))
        form.addRow(self.tr("Data folder"), self._path(str(data_dir())))
        form.addRow(self.tr("Log file"), self._path(str(log_path())))
        language_row = QHBoxLayout()
        self.language = QComboBox(self)
        self.language.setObjectName("settings_language")
        self.language.addItem(self.tr("As the system (%1)").replace("%1", languages.LANGUAGES[languages.resolved(
            languages.SYSTEM)]), languages.SYSTEM)
        for code, name in languages.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(languages.chosen())))
        self.language.currentIndexChanged.connect(self._set_language)
        self.language_note = QLabel(self)
        self.language_note.setObjectName("settings_language_note")
        self.language_note.setWordWrap(True)
        language_row.addWidget(self.language)
        language_row.addWidget(self.language_note, 1)
        form.addRow(self.tr("Language of the window"), language_row)
        retention_row = QHBoxLayout()
        self.retention = QComboBox(self)  # a combo, not a spin box: its text fits on every screen (fit_1366)
        self.retention.setObjectName("settings_retention")
        years = privacy.retention_years()
        for n in sorted({*range(1, 11), 15, 20, 25, 30, years}):
            self.retention.addItem(self.tr("%1 years").replace("%1", str(n)), n)
        self.retention.setCurrentIndex(self.retention.findData(years))
        self.retention.setToolTip(self.tr("The personal data of households of sites closed longer ago is erased "
                                          "when an administrator asks; their figures still count"))
        self.retention.currentIndexChanged.connect(
            lambda _: settings().setValue(privacy.RETENTION_KEY, self.retention.currentData()))
        erase = QPushButton(self.tr("Erase past the retention period..."), self)
        erase.setObjectName("settings_erase_retention")
        erase.clicked.connect(lambda: privacy.erase_past_retention(self, self.context))
        retention_row.addWidget(self.retention)
        retention_row.addWidget(erase)
        retention_row.addStretch(1)
        form.addRow(self.tr("Keep personal data of closed sites for"), retention_row)
        layout.addLayout(form)
        layout.addStretch(1)

    def _path(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        return label

    def _set_user(self) -> None:
        name = self.user.text().strip()
        if name and name != self.context.user:
            from workbench.services.permissions import user_refusal
            from workbench.views.actions import tell

            refusal = self.context.read(lambda session: user_refusal(session, name))
            if refusal:  # only a user of the database, as an administrator added it (the Users screen)
                self.user.setText(self.context.user)
                tell(self, self.tr("Not changed"), refusal)
                return
            self.context.user = name
            settings().setValue("user/name", name)

    def _set_office(self) -> None:
        settings().setValue("reports/office", self.office.text().strip())

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Logo on reports"), str(Path.home()),
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self._set_logo(path)

    def _set_logo(self, path: str | None) -> None:
        settings().setValue("reports/logo", path or "")
        self._show_logo()

    def _show_logo(self) -> None:
        self.logo.setText(report_logo_text(self.tr("the logo shipped with the workbench")))

    def _set_language(self) -> None:
        code = self.language.currentData()
        languages.choose(code)
        # Every screen, form and menu is built in one language: the new one applies at the next start.
        changed = languages.resolved(code) != self.started_in
        self.language_note.setText(self.tr("The workbench will speak %1 the next time it starts.").replace(
            "%1", languages.LANGUAGES[languages.resolved(code)]) if changed else "")


def report_office() -> str:
    """The office name printed in report headers (Settings), or empty for the default."""
    return str(settings().value("reports/office", "") or "")


def report_logo() -> Path | None:
    """The logo chosen in Settings, when it still exists; None means the one shipped in resources/."""
    value = str(settings().value("reports/logo", "") or "")
    return Path(value) if value and Path(value).is_file() else None


def report_logo_text(default: str) -> str:
    logo = report_logo()
    return str(logo) if logo else default
