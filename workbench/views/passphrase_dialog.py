"""The passphrase of an encrypted database: asked when the window opens one, chosen when it creates one."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workbench.db import WrongPassphrase, unlock
from workbench.keys import MIN_PASSPHRASE
from workbench.views.bidi import isolated_ltr

KEYRING_SERVICE = "workbench database"


def _tr(text: str) -> str:
    return QCoreApplication.translate("PassphraseDialog", text)


def usable_keyring():
    """The `keyring` package when it is installed and has a real backend (a desktop's secret store), else None:
    without one the dialog offers no "remember" option."""
    try:
        import keyring
        from keyring.backends.fail import Keyring as NoKeyring
    except ImportError:
        return None
    try:
        return None if isinstance(keyring.get_keyring(), NoKeyring) else keyring
    except Exception:  # noqa: BLE001 - a broken desktop keyring is the same as none
        return None


class PassphraseDialog(QDialog):
    """Asks the passphrase of the encrypted database at `path` and checks it: a wrong one says so and asks again;
    Cancel opens nothing. With `new`, asks a passphrase for a new database, twice."""

    def __init__(self, path: str | Path, parent: QWidget | None = None, new: bool = False):
        super().__init__(parent)
        self.path, self.new, self.key, self.passphrase = Path(path), new, None, None
        self.setWindowTitle(_tr("New encrypted database") if new else _tr("Encrypted database"))
        layout = QVBoxLayout(self)
        intro = (_tr("Choose a passphrase for %1. It is needed to open the database; keep it safe.") if new
                 else _tr("%1 is encrypted. Type its passphrase (or the office's recovery key)."))
        label = QLabel(intro.replace("%1", isolated_ltr(self.path.name)))
        label.setWordWrap(True)
        layout.addWidget(label)
        form = QFormLayout()
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(_tr("Passphrase:"), self.field)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        if new:
            form.addRow(_tr("The same again:"), self.again)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.keyring = usable_keyring() if not new else None
        self.remember = QCheckBox(_tr("Remember the passphrase in the system keyring"))
        if self.keyring is not None:
            layout.addWidget(self.remember)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.field.selectAll()
        self.field.setFocus()

    def accept(self) -> None:
        text = self.field.text()
        if self.new:
            if len(text) < MIN_PASSPHRASE:
                self._say(_tr("A passphrase must have at least %1 characters.").replace("%1", str(MIN_PASSPHRASE)))
                return
            if self.again.text() != text:
                self._say(_tr("The two passphrases differ; type them again."))
                return
            self.passphrase = text
            super().accept()
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the key derivation takes a moment
        try:
            self.key = unlock(self.path, text)
        except WrongPassphrase:
            self._say(_tr("Wrong passphrase; try again."))
            return
        finally:
            QApplication.restoreOverrideCursor()
        if self.keyring is not None and self.remember.isChecked():
            try:
                self.keyring.set_password(KEYRING_SERVICE, str(self.path), text)
            except Exception:  # noqa: BLE001 - not remembered; it is asked next time
                pass
        super().accept()


def remembered_key(path: Path) -> bytes | None:
    """The data key from WORKBENCH_PASSPHRASE (scripts, the installer's test) or the system keyring, if either
    holds the right passphrase."""
    candidates = [os.environ.get("WORKBENCH_PASSPHRASE")]
    keyring = usable_keyring()
    if keyring is not None:
        try:
            candidates.append(keyring.get_password(KEYRING_SERVICE, str(path)))
        except Exception:  # noqa: BLE001
            pass
    for secret in candidates:
        if secret:
            try:
                return unlock(path, secret)
            except WrongPassphrase:
                continue
    return None


def ask_key(path: str | Path, parent: QWidget | None = None) -> bytes | None:
    """The data key of the encrypted database at `path`, or None when the user cancels."""
    path = Path(path)
    key = remembered_key(path)
    if key is not None:
        return key
    dialog = PassphraseDialog(path, parent)
    return dialog.key if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_new_passphrase(path: str | Path, parent: QWidget | None = None) -> str | None:
    dialog = PassphraseDialog(path, parent, new=True)
    return dialog.passphrase if dialog.exec() == QDialog.DialogCode.Accepted else None
