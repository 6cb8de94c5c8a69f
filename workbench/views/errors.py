"""Unexpected errors: one dialog with "copy details", and the full traceback in a log file in the user's data folder."""

from __future__ import annotations

import datetime as dt
import logging
import sys
import traceback

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench import __version__
from workbench.db import without_values
from workbench.logfile import log_path, logger
from workbench.services.errors import DomainError

_dialog_open = False


def _logger() -> logging.Logger:
    return logger()


class ErrorDialog(QDialog):
    """Says something went wrong, that the work is safe, and offers the details to copy for IT."""

    def __init__(self, summary: str, details: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.details = details
        layout = QVBoxLayout(self)
        message = QLabel(self.tr("The workbench met an unexpected problem: %1\n\n"
                                 "Your saved records are safe and you can keep working. The details were written "
                                 "to %2; please send them to IT support.")
                         .replace("%1", summary).replace("%2", str(log_path())), self)
        message.setWordWrap(True)
        message.setObjectName("errorMessage")
        layout.addWidget(message)
        text = QPlainTextEdit(details, self)
        text.setReadOnly(True)
        text.setMinimumSize(560, 200)
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Copy details"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))


def report_exception(exc_type, exc, tb) -> None:
    """The sys.excepthook of the window: log, then show one dialog (never a second one on top of it)."""
    global _dialog_open
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    details = without_values("".join(traceback.format_exception(exc_type, exc, tb)))
    header = (f"Programme workbench {__version__}, Python {sys.version.split()[0]}, "
              f"{dt.datetime.now().isoformat(timespec='seconds')}\n")
    try:
        _logger().error("Unexpected error\n%s", header + details)
    except OSError:
        pass  # a full disk must not hide the dialog
    if QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    if isinstance(exc, DomainError):  # an expected problem that escaped a screen: show its message only
        from workbench.views.messages import translated

        QMessageBox.warning(QApplication.activeWindow(), QCoreApplication.translate("errors", "Not possible"),
                            translated(exc.message))
        return
    if _dialog_open:
        return
    _dialog_open = True
    try:
        dialog = ErrorDialog(without_values(f"{exc_type.__name__}: {exc}"), header + details,
                             QApplication.activeWindow())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exec()
    finally:
        _dialog_open = False


def install_excepthook() -> None:
    sys.excepthook = report_exception


def log_info(message: str, *args) -> None:
    try:
        _logger().info(message, *args)
    except OSError:
        pass
