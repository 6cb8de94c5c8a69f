"""The Users screen, for administrators: who uses this database, with which role and scopes; add, change, deactivate."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.models import ROLES
from workbench.services import users
from workbench.services.errors import DomainError
from workbench.views import messages, roles
from workbench.views.actions import ask, problem_and_buttons


def _scopes(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


class UserDialog(QDialog):
    """A user's login name (new users only), name, role and scopes; the services check them on OK."""

    def __init__(self, context, row: users.UserRow | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.row = context, row
        self.setObjectName("userDialog")
        self.setWindowTitle(self.tr("New user") if row is None else self.tr("Change user %1").replace("%1", row.username))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.username = QLineEdit(row.username if row else "", self)
        self.username.setObjectName("user_username")
        self.username.setEnabled(row is None)
        form.addRow(self.tr("Login name"), self.username)
        self.full_name = QLineEdit(row.full_name if row else "", self)
        self.full_name.setObjectName("user_full_name")
        form.addRow(self.tr("Full name"), self.full_name)
        self.role = QComboBox(self)
        self.role.setObjectName("user_role")
        for role in ROLES:
            self.role.addItem(roles.role_word(role), role)
        self.role.setCurrentIndex(ROLES.index(row.role) if row else ROLES.index("officer"))
        form.addRow(self.tr("Role"), self.role)
        self.scopes = QLineEdit(", ".join(row.scopes) if row else "", self)
        self.scopes.setObjectName("user_scopes")
        self.scopes.setPlaceholderText(self.tr("Empty: the whole office"))
        self.scopes.setToolTip(self.tr("Projects and sites, separated by commas: project:DRC-ECHO-2023-01, site:Kilwa"))
        form.addRow(self.tr("Scopes"), self.scopes)
        layout.addLayout(form)
        self.problem = problem_and_buttons(self, layout, "user_problem")

    def accept(self) -> None:
        """Saves through the services; a refusal is shown under the fields and the dialog stays open."""
        role, scopes, name = self.role.currentData(), _scopes(self.scopes.text()), self.full_name.text().strip()
        try:
            with self.context.transaction() as session:
                if self.row is None:
                    users.add_user(session, self.username.text(), role, scopes, name)
                else:
                    users.set_user(session, self.row.username, role=role, scopes=scopes, full_name=name or None)
        except DomainError as exc:
            self.problem.setText(messages.error_text(exc))
            self.problem.show()
            return
        self.context.forget_actor()
        super().accept()


class UsersScreen(QWidget):
    """The users of the database (administrators only: others are told why and see no list)."""

    COLUMNS = ("username", "full_name", "role", "scopes", "active")

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setObjectName("screen_users")
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setObjectName("users_table")
        self.table.setHorizontalHeaderLabels([self.tr("Login name"), self.tr("Full name"), self.tr("Role"),
                                              self.tr("Scopes"), self.tr("Status")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.change())
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add..."), self)
        self.add_button.setObjectName("user_add")
        self.add_button.clicked.connect(self.add)
        self.change_button = QPushButton(self.tr("Change..."), self)
        self.change_button.setObjectName("user_change")
        self.change_button.clicked.connect(self.change)
        self.deactivate_button = QPushButton(self.tr("Deactivate"), self)
        self.deactivate_button.setObjectName("user_deactivate")
        self.deactivate_button.clicked.connect(self.deactivate)
        self.message = QLabel(self)
        self.message.setObjectName("users_message")
        self.message.setWordWrap(True)
        for button in (self.add_button, self.change_button, self.deactivate_button):
            buttons.addWidget(button)
        buttons.addWidget(self.message, 1)
        layout.addLayout(buttons)
        roles.permit(self.add_button, context, "user", "create")
        roles.permit(self.change_button, context, "user", "edit")
        roles.permit(self.deactivate_button, context, "user", "edit")
        self.rows: list[users.UserRow] = []
        self.reload()

    def reload(self) -> None:
        reason = roles.refusal(self.context, "user", "read")
        if reason is not None:
            self.rows = []
            self.table.setRowCount(0)
            self.message.setText(reason)
            return
        self.rows = self.context.read(users.list_users)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            values = (row.username, row.full_name, roles.role_word(row.role), row.scope_text if row.scopes else
                      self.tr("Whole office"), self.tr("Active") if row.active else self.tr("Deactivated"))
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))

    def selected(self) -> users.UserRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def add(self) -> None:
        if self.add_button.isEnabled() and UserDialog(self.context, None, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def change(self) -> None:
        row = self.selected()
        if row is not None and self.change_button.isEnabled() and \
                UserDialog(self.context, row, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def deactivate(self) -> None:
        row = self.selected()
        if row is None or not self.deactivate_button.isEnabled():
            return
        if not ask(self, self.tr("Deactivate"), self.tr("Deactivate %1? They can no longer use this database; the "
                                                         "history keeps their name.").replace("%1", row.username)):
            return
        try:
            with self.context.transaction() as session:
                users.deactivate_user(session, row.username)
        except DomainError as exc:
            self.message.setText(messages.error_text(exc))
            return
        self.message.setText(self.tr("%1 is deactivated.").replace("%1", row.username))
        self.reload()
