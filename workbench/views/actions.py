"""What several screens do the same way: ask before deleting, take a workflow step with its date, show a refusal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
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
from shiboken6 import isValid

from workbench.services import records, screens, workflows
from workbench.services.errors import DomainError
from workbench.views import messages, words
from workbench.views.forms import DateEdit, NumberEdit
from workbench.views.tasks import run_task


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


def delete_record(parent: QWidget, context, kind: str, ident: int,
                  on_deleted: Callable[[], None] | None = None) -> None:
    """Asks first, then deletes off the GUI thread (the office's server may take a moment) and calls on_deleted();
    a refusal from the services (money was paid, households still there) is shown as it is."""
    label = words.kind_title(kind).lower()
    try:
        name = context.read(lambda s: screens.record_title(s, kind, ident))
    except DomainError as exc:  # deleted by someone else meanwhile
        tell(parent, _tr("Not deleted"), exc.message)
        return
    if not ask(parent, _tr("Delete"), _tr("Delete the %1 %2? This cannot be undone.").replace("%1", label)
               .replace("%2", name)):
        return

    def work(_state):
        with context.transaction() as session:
            records.delete(session, kind, ident)

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, DomainError):
            raise exc
        tell(parent if isValid(parent) else None, _tr("Not deleted"), exc.message)

    run_task(parent, work, lambda _: on_deleted() if on_deleted is not None else None, failed)


def problem_and_buttons(dialog: QDialog, layout, name: str) -> QLabel:
    """The end of a small form dialog: a red line for a refusal (hidden until there is one), then OK and Cancel
    wired to the dialog's accept and reject; returns the line."""
    problem = QLabel(dialog)
    problem.setObjectName(name)
    problem.setStyleSheet(f"color: {words.RED};")
    problem.setWordWrap(True)
    problem.hide()
    layout.addWidget(problem)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return problem


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
        self.form = form  # a step that asks more (a payment's method) adds its rows
        layout.addLayout(form)
        self.problem = problem_and_buttons(self, layout, "step_problem")

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def accept(self) -> None:
        """OK: the step is taken (off the GUI thread) by `submit(dialog)`, which calls `finished_step(problem)`;
        the dialog stays open, locked, until then, and closes only when the step was taken."""
        submit = getattr(self, "submit", None)
        if submit is None:
            super().accept()
            return
        self.problem.hide()
        self.setEnabled(False)
        submit(self)

    def finished_step(self, problem: str | None) -> None:
        if not isValid(self):
            return
        self.setEnabled(True)
        if problem is None:
            super().accept()
        else:
            self.show_problem(problem)


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
    "sent": QT_TRANSLATE_NOOP("actions", "Send to the provider"),
    "accepted": QT_TRANSLATE_NOOP("actions", "Accepted by the provider"),
    "declined": QT_TRANSLATE_NOOP("actions", "Declined by the provider"),
    "service delivered": QT_TRANSLATE_NOOP("actions", "Service delivered"),
    "withdrawn": QT_TRANSLATE_NOOP("actions", "Withdraw"),
    "in progress": QT_TRANSLATE_NOOP("actions", "Start the distribution"),
    "received": QT_TRANSLATE_NOOP("actions", "Verified: received"),
    "not received": QT_TRANSLATE_NOOP("actions", "Verified: not received"),
    "received with issues": QT_TRANSLATE_NOOP("actions", "Verified: received with issues"),
}


def step_label(kind: str, step: str) -> str:
    if step == "closed":  # never just "Close", which reads like closing the window
        return {"site": _tr("Close the site"), "referral": _tr("Close the referral")}.get(kind, _tr("Close the grant"))
    if kind == "work" and step == "ongoing":
        return _tr("Start or resume")
    if kind == "distribution" and step == "cancelled":  # never just "Cancel", which reads like closing the window
        return _tr("Cancel the distribution")
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

    def submit(dialog: StepDialog) -> None:
        try:
            on = dialog.date.value()
        except ValueError:
            on = None
        if on is None:
            dialog.finished_step(_tr("Give the date as YYYY-MM-DD."))
            return
        note = dialog.note.text().strip()
        amount = None
        if step == "pay":
            try:
                amount = dialog.amount.value()
            except words.NumberTextError as exc:
                dialog.finished_step(_problem(DomainError(_tr("must be a number: %1").replace("%1", exc.hint),
                                                          "amount")))
                return
            except Exception:  # noqa: BLE001 - any unreadable text is the same mistake for the user
                dialog.finished_step(_problem(DomainError(_tr("must be a number"), "amount")))
                return
            if amount is None:
                dialog.finished_step(_problem(DomainError(_tr("is required"), "amount")))
                return

        def work(session):
            if step == "pay":
                workflows.pay_grant_tranche(session, ident, amount, on, note)
            else:
                workflows.STATUS_CHANGERS[kind](session, ident, step, on, note)

        _save_from(dialog, context, work, _tr("The step was not taken."))

    dialog.submit = submit
    return dialog.exec() == QDialog.DialogCode.Accepted


class PaymentDialog(StepDialog):
    """Pays a household's cash tranche: the date (today unless changed), how it was paid and its reference."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None):
        super().__init__(title, text, parent=parent)
        from workbench import models as m
        from workbench.views.forms import ChoiceCombo

        self.method = ChoiceCombo(tuple(m.PaymentMethod), True, self)
        self.method.setObjectName("payment_method")
        self.reference = QLineEdit(self)
        self.reference.setObjectName("payment_reference")
        self.reference.setPlaceholderText(_tr("Receipt or transaction number"))
        self.form.insertRow(1, _tr("Payment method"), self.method)
        self.form.insertRow(2, _tr("Reference"), self.reference)
        self.form.setRowVisible(self.note, False)  # a tranche keeps its method and reference, not a note


def pay_tranche(parent: QWidget, context, ident: int) -> bool:
    """Pay a household's planned cash tranche in one step (issue 17, defect 11); a refusal of the services keeps
    the dialog open with its message."""
    title = _tr("Pay the tranche")
    try:
        tranche = context.read(lambda s: screens.record_values(s, "cash_tranche", ident))
        household = context.read(lambda s: screens.record_title(s, "household", tranche["household_id"]))
    except DomainError as exc:  # deleted by someone else meanwhile
        tell(parent, title, exc.message)
        return False
    dialog = PaymentDialog(title, _tr("Pay tranche No. %1 of household %2: %3.")
                           .replace("%1", str(tranche["sequence"])).replace("%2", household)
                           .replace("%3", words.money_text(tranche["amount"], tranche["currency"])), parent)
    dialog.setObjectName("paymentDialog")
    dialog.setMinimumWidth(420)  # the household and amount on one line, in every language

    def submit(dialog: PaymentDialog) -> None:
        try:
            on = dialog.date.value()
        except ValueError:
            on = None
        if on is None:
            dialog.finished_step(_tr("Give the date as YYYY-MM-DD."))
            return
        method, reference = dialog.method.value(), dialog.reference.text()

        _save_from(dialog, context,
                   lambda session: workflows.pay_household_tranche(session, ident, on, method and str(method),
                                                                   reference),
                   _tr("The tranche was not paid."))

    dialog.submit = submit
    return dialog.exec() == QDialog.DialogCode.Accepted


def _save_from(dialog, context, write, not_done: str) -> None:
    """Runs write(session) in one transaction off the GUI thread; the dialog closes when it is saved, or shows the
    services' refusal in place (`not_done` for an unexpected error, which is raised on)."""
    def work(_state):
        with context.transaction() as session:
            write(session)

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, DomainError):
            dialog.finished_step(not_done)
            raise exc
        dialog.finished_step(_problem(exc))

    run_task(dialog, work, lambda _: dialog.finished_step(None), failed)


def _problem(exc: DomainError) -> str:
    """A refusal as the step dialog shows it: the field it is about, then the services' message."""
    message = messages.translated(exc.message)
    return message if exc.field in (None, "status") else _tr("%1 %2").replace("%1", _field_word(exc.field)).replace(
        "%2", message)


def _field_word(field: str) -> str:
    return {"date": _tr("The date"), "paid_on": _tr("The date"), "amount": _tr("The amount"),
            "consent_given": _tr("The consent to share"), "consent_on": _tr("The date of the consent"),
            "provider_id": _tr("The provider")}.get(
        field, field.replace("_", " ").capitalize())
