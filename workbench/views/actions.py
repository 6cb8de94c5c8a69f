"""What several screens do the same way: ask before deleting, take a workflow step with its date, show a refusal."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from workbench.services import records, screens, workflows
from workbench.services.errors import DomainError
from workbench.views import messages, words
from workbench.views.forms import DateEdit, NumberEdit


def _tr(text: str) -> str:
    return QCoreApplication.translate("actions", text)


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setObjectName("question")
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def tell(parent: QWidget | None, title: str, text: str) -> None:
    """A refusal or problem, in a dialog; a message of the services is shown in the window's language."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, messages.translated(text), QMessageBox.StandardButton.Ok,
                      parent)
    box.setObjectName("refusal")
    box.exec()


def delete_record(parent: QWidget, context, kind: str, ident: int) -> bool:
    """Asks first; a refusal from the services (money was paid, households still there) is shown as it is."""
    label = words.kind_title(kind).lower()
    try:
        name = context.read(lambda s: screens.record_title(s, kind, ident))
    except DomainError as exc:  # deleted by someone else meanwhile
        tell(parent, _tr("Not deleted"), exc.message)
        return False
    if not ask(parent, _tr("Delete"), _tr("Delete the %1 %2? This cannot be undone.").replace("%1", label)
               .replace("%2", name)):
        return False
    try:
        with context.transaction() as session:
            records.delete(session, kind, ident)
    except DomainError as exc:
        tell(parent, _tr("Not deleted"), exc.message)
        return False
    return True


class StepDialog(QDialog):
    """Asks for the date of a workflow step (and the amount, to pay a tranche)."""

    def __init__(self, title: str, text: str, with_amount: bool = False, amount: Decimal | None = None,
                 currency: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.date = DateEdit(False, self)
        self.date.setObjectName("step_date")
        self.date.set_value(dt.date.today())
        form.addRow(_tr("Date"), self.date)
        self.amount = None
        if with_amount:
            self.amount = NumberEdit(False, self, money=True)
            self.amount.setObjectName("step_amount")
            if amount is not None:
                self.amount.set_value(amount)
            form.addRow(_tr("Amount (%1)").replace("%1", currency), self.amount)
        self.note = QLineEdit(self)
        self.note.setObjectName("step_note")
        form.addRow(_tr("Note"), self.note)
        layout.addLayout(form)
        self.problem = QLabel(self)
        self.problem.setObjectName("step_problem")
        self.problem.setStyleSheet(f"color: {words.RED};")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


STEP_WORDS = {
    "vetting": QT_TRANSLATE_NOOP("actions", "Send to vetting"),
    "approved": QT_TRANSLATE_NOOP("actions", "Approve"),
    "rejected": QT_TRANSLATE_NOOP("actions", "Reject"),
    "cancelled": QT_TRANSLATE_NOOP("actions", "Cancel the grant..."),  # not "Cancel", which reads like closing
    "monitored": QT_TRANSLATE_NOOP("actions", "Start monitoring"),
    "closed": QT_TRANSLATE_NOOP("actions", "Close"),
    "pay": QT_TRANSLATE_NOOP("actions", "Pay next tranche"),
    "closing": QT_TRANSLATE_NOOP("actions", "Start closing"),
    "open": QT_TRANSLATE_NOOP("actions", "Reopen"),
    "ongoing": QT_TRANSLATE_NOOP("actions", "Start the work"),
    "completed": QT_TRANSLATE_NOOP("actions", "Mark completed"),
    "suspended": QT_TRANSLATE_NOOP("actions", "Suspend"),
    "handed over": QT_TRANSLATE_NOOP("actions", "Hand over"),
}


def step_label(kind: str, step: str) -> str:
    if step == "closed":  # never just "Close", which reads like closing the window
        return _tr("Close the site") if kind == "site" else _tr("Close the grant")
    if kind == "work" and step == "ongoing":
        return _tr("Start or resume")
    return _tr(STEP_WORDS.get(step, step))


def take_step(parent: QWidget, context, kind: str, ident: int, step: str) -> bool:
    """Asks the date (and amount), runs the workflow service; a rule that blocks the step keeps the dialog open
    with the service's message, so the user can change the date or cancel."""
    title = step_label(kind, step)
    try:
        name = context.read(lambda s: screens.record_title(s, kind, ident))
        balance = context.read(lambda s: screens.grant_balance(s, ident)) if step == "pay" else None
    except DomainError as exc:  # deleted by someone else meanwhile
        tell(parent, title, exc.message)
        return False
    if step == "pay":
        remaining = Decimal(balance.amount) - Decimal(balance.paid)
        dialog = StepDialog(title, _tr("Pay tranche %1 of grant %2; %3 remain to be paid.")
                            .replace("%1", str(balance.tranches + 1)).replace("%2", name)
                            .replace("%3", words.money_text(remaining, balance.currency)),
                            True, remaining, balance.currency, parent)
    else:
        dialog = StepDialog(title, _tr("%1: %2. On which date?").replace("%1", title).replace("%2", name),
                            parent=parent)
    dialog.setObjectName("stepDialog")
    while dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            on = dialog.date.value()
        except ValueError:
            on = None
        if on is None:
            dialog.show_problem(_tr("Give the date as YYYY-MM-DD."))
            continue
        note = dialog.note.text().strip()
        try:
            with context.transaction() as session:
                if step == "pay":
                    try:
                        amount = dialog.amount.value()
                    except words.NumberTextError as exc:
                        raise DomainError(_tr("must be a number: %1").replace("%1", exc.hint), "amount") from None
                    except Exception:  # noqa: BLE001 - any unreadable text is the same mistake for the user
                        raise DomainError(_tr("must be a number"), "amount") from None
                    if amount is None:
                        raise DomainError(_tr("is required"), "amount")
                    workflows.pay_grant_tranche(session, ident, amount, on, note)
                elif kind == "grant":
                    workflows.change_grant_status(session, ident, step, on, note)
                elif kind == "site":
                    workflows.change_site_status(session, ident, step, on, note)
                elif kind == "work":
                    workflows.change_work_status(session, ident, step, on, note)
        except DomainError as exc:
            message = messages.translated(exc.message)
            dialog.show_problem(message if exc.field in (None, "status")
                                else _tr("%1 %2").replace("%1", _field_word(exc.field)).replace("%2", message))
            continue
        return True
    return False


def _field_word(field: str) -> str:
    return {"date": _tr("The date"), "paid_on": _tr("The date"), "amount": _tr("The amount")}.get(
        field, field.replace("_", " ").capitalize())
