"""What a distribution's window adds to its form: the list built from its site's households, and the kits issued
from stock reconciled with the receipts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from workbench.services import distributions
from workbench.services.errors import DomainError
from workbench.views import messages, words
from workbench.views.actions import tell
from workbench.views.tasks import run_task


def _tr(text: str) -> str:
    return QCoreApplication.translate("DistributionWindow", text)


def add_list_buttons(related, context, distribution_id: int) -> None:
    """Buttons on the Entitlements tab that put the site's households on the list, each with its kits."""
    layout = related.layout().itemAt(0).layout()
    for which, text, name in ((distributions.PRESENT, _tr("Add the site's present households"), "build_present"),
                              (distributions.DEPARTED, _tr("Add the households that left the site"),
                               "build_departed")):
        button = QPushButton(text, related)
        button.setObjectName(name)
        button.clicked.connect(lambda _=False, w=which: build_list(related, context, distribution_id, w))
        layout.insertWidget(layout.count() - 1, button)


def build_list(parent: QWidget, context, distribution_id: int, which: str) -> None:
    def work(state) -> int:
        with context.transaction() as session:
            return distributions.build_list(session, distribution_id, which)

    def done(added: int) -> None:
        tell(parent, _tr("Distribution list"), _tr("%1 entitlements added to the list.")
             .replace("%1", words.number_text(added)))

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, DomainError):
            raise exc
        tell(parent, _tr("Distribution list"), messages.translated(exc.message))

    run_task(parent, work, done, failed, progress=_tr("Building the list..."))


def reconciliation_rows(session, distribution_id: int) -> list[tuple[str, str]]:
    rows = []
    for line in distributions.reconciliation(session, distribution_id):
        text = (_tr("%1 on the list, %2 received, %3 issued from stock")
                .replace("%1", words.number_text(line.entitled)).replace("%2", words.number_text(line.received))
                .replace("%3", words.number_text(line.issued)))
        if line.difference:
            text += " · " + _tr("%1 issued and not received").replace("%1", words.number_text(line.difference))
        rows.append((f"{line.kit_code} - {line.kit_name}", text))
    return rows
