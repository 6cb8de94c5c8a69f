"""The passphrase of an encrypted database: asked when the window opens one, chosen when it creates one."""

from __future__ import annotations

import os
from dataclasses import dataclass
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
    QPushButton,
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
        self.with_recovery_key = False
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
        # What `workbench db recovery-key` does, offered when the database is made: a key for the data protection
        # officer that opens it when the passphrase is forgotten.
        self.recovery = QCheckBox(_tr("Also make an office recovery key for the data protection officer (shown once)"))
        if new:
            layout.addWidget(self.recovery)
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
            self.with_recovery_key = self.recovery.isChecked()
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


@dataclass(frozen=True)
class NewPassphrase:
    """What the user chose for a new database: its passphrase, and whether an office recovery key is made too."""

    passphrase: str
    recovery_key: bool = False


def ask_new_passphrase(path: str | Path, parent: QWidget | None = None) -> NewPassphrase | None:
    """A passphrase for the new database at `path`, typed twice, or None when the user cancels (nothing is made)."""
    dialog = PassphraseDialog(path, parent, new=True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return NewPassphrase(dialog.passphrase, dialog.with_recovery_key)


def is_new_file(db: str | Path | None) -> bool:
    """Whether opening `db` creates a SQLite database file (none there yet, or an empty file)."""
    from workbench.db import sqlite_file_state, sqlite_path, to_url

    path = sqlite_path(to_url(db))
    return path is not None and sqlite_file_state(path) == "new"


class RecoveryKeyDialog(QDialog):
    """Shows a new office recovery key once, to be copied or written down for the data protection officer."""

    def __init__(self, path: Path, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recoveryKeyDialog")
        self.setWindowTitle(_tr("Office recovery key"))
        layout = QVBoxLayout(self)
        label = QLabel(_tr("The recovery key of %1 opens it when its passphrase is forgotten. It is shown this once "
                           "and stored nowhere: give it to the data protection officer, apart from the database.")
                       .replace("%1", isolated_ltr(path.name)))
        label.setWordWrap(True)
        layout.addWidget(label)
        self.key = QLineEdit(text)
        self.key.setReadOnly(True)
        self.key.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a key reads left to right, in Arabic too
        self.key.setMinimumWidth(self.key.fontMetrics().horizontalAdvance(text) + 24)
        layout.addWidget(self.key)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.copy = QPushButton(_tr("Copy"))
        buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy.clicked.connect(lambda: QApplication.clipboard().setText(text))
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.buttons = buttons


def make_recovery_key(path: str | Path, chosen: NewPassphrase, parent: QWidget | None = None) -> None:
    """After a new database is made: its office recovery key, when chosen, added to its keys file and shown once."""
    if not chosen.recovery_key:
        return
    from workbench.encryption import add_recovery_key

    path = Path(path)
    RecoveryKeyDialog(path, add_recovery_key(path, chosen.passphrase), parent).exec()


class ChangePassphraseDialog(QDialog):
    """File > Change the passphrase: the current passphrase (or the office's recovery key) and the new one twice;
    what `workbench db passphrase` does. Only the keys file beside the database is rewritten. A wrong current
    passphrase, a short or mistyped new one: said in the dialog, nothing changed."""

    def __init__(self, path: str | Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("changePassphraseDialog")
        self.path = Path(path)
        self.setWindowTitle(_tr("Change the passphrase"))
        layout = QVBoxLayout(self)
        label = QLabel(_tr("A new passphrase for %1. The database itself is not rewritten; its recovery keys keep "
                           "working.").replace("%1", isolated_ltr(self.path.name)))
        label.setWordWrap(True)
        layout.addWidget(label)
        form = QFormLayout()
        self.current, self.field, self.again = QLineEdit(), QLineEdit(), QLineEdit()
        for name, editor in (("current", self.current), ("new", self.field), ("again", self.again)):
            editor.setObjectName(f"passphrase_{name}")
            editor.setEchoMode(QLineEdit.EchoMode.Password)
            editor.setMinimumWidth(260)  # a passphrase is a few words
        form.addRow(_tr("Current passphrase (or recovery key):"), self.current)
        form.addRow(_tr("New passphrase:"), self.field)
        form.addRow(_tr("The same again:"), self.again)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _say(self, text: str, editor: QLineEdit) -> None:
        self.message.setText(text)
        self.message.show()
        editor.selectAll()
        editor.setFocus()

    def accept(self) -> None:
        from workbench.db import DatabaseError
        from workbench.encryption import change_passphrase

        new = self.field.text()
        if len(new) < MIN_PASSPHRASE:
            self._say(_tr("A passphrase must have at least %1 characters.").replace("%1", str(MIN_PASSPHRASE)),
                      self.field)
            return
        if self.again.text() != new:
            self._say(_tr("The two passphrases differ; type them again."), self.again)
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # two key derivations
        try:
            change_passphrase(self.path, self.current.text(), new)
        except WrongPassphrase:
            self._say(_tr("Wrong passphrase; try again."), self.current)
            return
        except DatabaseError as exc:
            from workbench.views import messages

            self._say(messages.error_text(exc), self.current)
            return
        finally:
            QApplication.restoreOverrideCursor()
        keyring = usable_keyring()
        if keyring is not None:  # a remembered old passphrase would be tried, and fail, at the next opening
            try:
                if keyring.get_password(KEYRING_SERVICE, str(self.path)) is not None:
                    keyring.set_password(KEYRING_SERVICE, str(self.path), new)
            except Exception:  # noqa: BLE001 - then it is asked next time
                pass
        super().accept()


def ask_recovery_key(path: str | Path, parent: QWidget | None = None) -> str | None:
    """File > Make an office recovery key: the passphrase asked (as when opening), then the new key shown once."""
    from workbench.encryption import add_recovery_key

    path = Path(path)
    dialog = PassphraseDialog(path, parent)
    dialog.remember.hide()
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        text = add_recovery_key(path, dialog.field.text())
    finally:
        QApplication.restoreOverrideCursor()
    shown = RecoveryKeyDialog(path, text, parent)
    shown.exec()
    return text
