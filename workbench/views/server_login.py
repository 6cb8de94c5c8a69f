"""Logging in to the office's PostgreSQL server: the server, the database, the person's own user name and password.

The password is never written to the settings; with "Remember", it goes to the system keyring (when this computer
has one) under the server and user name. The server, port, database and user name are remembered for next time.
Who logs in is who works: the server enforces that person's role (workbench.server).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL

from workbench.views.context import settings
from workbench.views.passphrase_dialog import usable_keyring

KEYRING_SERVICE = "workbench server"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ServerLogin", text)


def _keyring_name(host: str, port: int, database: str, user: str) -> str:
    return f"{user}@{host}:{port}/{database}"


class ServerLoginDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(_tr("Log in to the office server"))
        self.keyring = usable_keyring()
        s = settings()
        layout = QVBoxLayout(self)
        intro = QLabel(_tr("Your own user name and password on the office's database server. What you may see and "
                           "change is what your role allows."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.host = QLineEdit(s.value("server/host", "") or "", self)
        self.host.setPlaceholderText(_tr("for example db.office.example or 10.0.0.5"))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(int(s.value("server/port", 5432) or 5432))
        self.port.setLocale(QLocale.c())  # a port is 5432 in every language, never grouped or in other digits
        self.database = QLineEdit(s.value("server/database", "workbench") or "workbench", self)
        self.user = QLineEdit(s.value("server/user", "") or "", self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(_tr("Server"), self.host)
        form.addRow(_tr("Port"), self.port)
        form.addRow(_tr("Database"), self.database)
        form.addRow(_tr("User name"), self.user)
        form.addRow(_tr("Password"), self.password)
        layout.addLayout(form)
        self.remember = QCheckBox(_tr("Remember the password in this computer's keyring"), self)
        if self.keyring is None:
            self.remember.setEnabled(False)
            self.remember.setToolTip(_tr("This computer has no system keyring; the password is asked each time."))
        layout.addWidget(self.remember)
        self.problem = QLabel("", self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("Log in"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.user.editingFinished.connect(self._fill_remembered)
        self._fill_remembered()
        (self.host if not self.host.text() else self.user if not self.user.text() else self.password).setFocus()

    def _fill_remembered(self) -> None:
        if self.keyring is None or self.password.text() or not (self.host.text().strip() and self.user.text().strip()):
            return
        try:
            found = self.keyring.get_password(KEYRING_SERVICE, self._name())
        except Exception:  # noqa: BLE001 - a locked or broken keyring: the password is typed
            found = None
        if found:
            self.password.setText(found)
            self.remember.setChecked(True)

    def _name(self) -> str:
        return _keyring_name(self.host.text().strip(), self.port.value(), self.database.text().strip(),
                             self.user.text().strip())

    def url(self) -> str:
        """The address with the password, for opening only: never stored, never shown."""
        return URL.create("postgresql+psycopg", username=self.user.text().strip(),
                          password=self.password.text() or None, host=self.host.text().strip(),
                          port=self.port.value(), database=self.database.text().strip()
                          ).render_as_string(hide_password=False)

    def accept(self) -> None:
        missing = [name for name, widget in ((_tr("Server"), self.host), (_tr("Database"), self.database),
                                             (_tr("User name"), self.user)) if not widget.text().strip()]
        if missing:
            self.problem.setText(_tr("Fill in: %1").replace("%1", ", ".join(missing)))
            return
        s = settings()
        s.setValue("server/host", self.host.text().strip())
        s.setValue("server/port", self.port.value())
        s.setValue("server/database", self.database.text().strip())
        s.setValue("server/user", self.user.text().strip())
        if self.keyring is not None:
            try:
                if self.remember.isChecked() and self.password.text():
                    self.keyring.set_password(KEYRING_SERVICE, self._name(), self.password.text())
                elif not self.remember.isChecked():
                    self.keyring.delete_password(KEYRING_SERVICE, self._name())
            except Exception:  # noqa: BLE001 - nothing was remembered; the login itself goes on
                pass
        super().accept()


def ask_server_url(parent: QWidget | None = None) -> str | None:
    """The address to open, from the login dialog; None when cancelled."""
    dialog = ServerLoginDialog(parent)
    return dialog.url() if dialog.exec() == QDialog.DialogCode.Accepted else None
