"""A record's window: its form, its related records on tabs, its legal workflow steps and its history."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from workbench.kinds import referenced_kind
from workbench.services import attachments, figures, records, screens, sync, workflows
from workbench.services.erasure import ERASABLE
from workbench.services.errors import DomainError
from workbench.services.screens import TableQuery
from workbench.views import fit, roles, words
from workbench.views.actions import ask, delete_record, pay_tranche, step_label, take_step, tell
from workbench.views.columns import columns
from workbench.views.forms import RecordForm
from workbench.views.privacy import erase_from_window
from workbench.views.signals import emit
from workbench.views.table_model import RecordTableModel, background_loader
from workbench.views.table_view import RecordTableView
from workbench.views.tasks import Newest, run_task
from workbench.views.words import kind_title


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordWindow", text)


class RelatedList(QWidget):
    """The records of one kind that belong to this record (a site's population counts), with Add, Open, Delete.

    Read in the background like the table screens: a project's grants can run to tens of thousands.
    """

    def __init__(self, context, source: str, filters: dict, kind: str | None = None, fixed: dict | None = None,
                 scope: dict | None = None, adds: list[tuple[str, str, dict]] | None = None,
                 defaults: dict | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.kind, self.fixed, self.scope = context, kind, dict(fixed or {}), dict(scope or {})
        self.defaults = dict(defaults or {})  # a new record's first values, which the user may change
        self.model = RecordTableModel(context, source, columns(source), TableQuery(filters=filters),
                                      loader=background_loader, parent=self)
        self.view = RecordTableView(self.model, parent=self)
        self.view.setObjectName(f"related_{source}")
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        for text, add_kind, add_fixed in adds or ([(_tr("Add"), kind, self.fixed)] if kind else []):
            button = QPushButton(text, self)
            button.setObjectName(f"add_{add_kind}")
            button.clicked.connect(lambda _=False, k=add_kind, f=add_fixed: self._add(k, f))
            buttons.addWidget(button)
        if kind:
            self.open_button = QPushButton(_tr("Open"), self)
            self.open_button.clicked.connect(lambda: self._open(self.view.selected_id()))
            self.delete_button = QPushButton(_tr("Delete"), self)
            self.delete_button.clicked.connect(lambda: self._delete(self.view.selected_id()))
            buttons.addWidget(self.open_button)
            buttons.addWidget(self.delete_button)
        if kind == "cash_tranche":  # a household's tranches: pay the one selected, in one step
            self.pay_button = QPushButton(_tr("Pay..."), self)
            self.pay_button.setObjectName("pay_tranche")
            self.pay_button.setToolTip(_tr("Pay the selected tranche: its date, method and reference"))
            self.pay_button.clicked.connect(self._pay)
            roles.permit(self.pay_button, context, "cash_tranche", "edit", self.pay_button.toolTip())
            buttons.addWidget(self.pay_button)
            self.view.openRequested.connect(self._open)
            self.view.deleteRequested.connect(self._delete)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        # An empty tab says so, rather than show a blank table.
        self.empty_label = QLabel(_tr("Nothing here yet.") + (" " + _tr("Add one with the button above.")
                                                               if kind or adds else ""), self)
        self.empty_label.setObjectName("emptyTab")
        self.empty_label.setStyleSheet(f"color: {words.GREY};")
        self.empty_label.hide()
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view)
        self.model.countChanged.connect(lambda n: self.empty_label.setVisible(n == 0))
        context.changes.recordChanged.connect(self._refresh)

    def _refresh(self, *_args) -> None:
        self.model.reload()

    def _add(self, kind: str, fixed: dict) -> None:
        open_record(self.context, kind, None, fixed=fixed, scope=self.scope, defaults=self.defaults,
                    parent=self.window())

    def _open(self, ident: int | None) -> None:
        if ident is not None and self.kind:
            open_record(self.context, self.kind, ident, fixed=self.fixed, scope=self.scope, parent=self.window())

    def _delete(self, ident: int | None) -> None:
        if ident is not None and self.kind:
            delete_record(self, self.context, self.kind, ident)

    def _pay(self) -> None:
        ident = self.view.selected_id()
        if ident is None:
            tell(self, _tr("Pay the tranche"), _tr("Select the tranche to pay first."))
            return
        pay_tranche(self, self.context, ident)


class FiguresPanel(QWidget):
    """Label/value pairs read from the services (a project's budget use, a site's households by intention).

    Read in the background: on a big project the sums cover hundreds of thousands of tranches. Only changes to
    the record kinds the figures come from reload them.
    """

    def __init__(self, context, read, kinds: tuple[str, ...] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.read, self.kinds = context, read, set(kinds)
        self.form = QFormLayout(self)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self._newest = Newest(self)
        self.refresh()
        context.changes.recordChanged.connect(self._changed)

    def _changed(self, kind: str = "", _ident: int = 0) -> None:
        if not self.kinds or kind in self.kinds:
            self.refresh()

    def refresh(self, *_args) -> None:
        ticket = self._newest.take()

        def current() -> bool:  # the window may have closed, or a newer read started, while this one ran
            return ticket() and isValid(self.form)

        def done(rows) -> None:
            if current():
                self._show(rows)

        def failed(exc) -> None:
            if not isinstance(exc, DomainError):  # a record deleted meanwhile shows nothing; others are bugs
                raise exc
            if current():
                self._show([])

        run_task(self, lambda state: self.context.read(self.read), done, failed)

    def _show(self, rows) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        for label, value in rows:
            shown = QLabel(value, self)
            shown.setObjectName(f"figure_{label}")
            shown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.form.addRow(label, shown)


class SiteHouseholds(QWidget):
    """A site's households: the figures, then the list, with Add household filled in with the site."""

    def __init__(self, context, site_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.figures = FiguresPanel(context, lambda s: _site_households(s, site_id), ("site", "household"), self)
        self.list = RelatedList(context, "household", {"site": site_id}, "household", defaults={"site_id": site_id},
                                adds=[(_tr("Add household"), "household", {})], parent=self)
        layout.addWidget(self.figures)
        layout.addWidget(self.list, 1)


class RecordWindow(QDialog):
    """One record, new or existing. Save (Ctrl+S), Esc asks before discarding changes, New (Ctrl+N)."""

    saved = Signal(int)

    def __init__(self, context, kind: str, ident: int | None = None, fixed: dict | None = None,
                 scope: dict | None = None, parent: QWidget | None = None, defaults: dict | None = None):
        super().__init__(parent)
        self.defaults = dict(defaults or {})
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setModal(False)
        self.context, self.kind, self.ident = context, kind, ident
        self.fixed, self.scope = dict(fixed or {}), dict(scope or {}) | dict(fixed or {})
        self.setObjectName(f"record_{kind}")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        top.addWidget(self.heading)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        top.addWidget(self.status)
        self.sync_badge = QLabel(self)  # a field laptop's record not yet sent to the office, or in conflict
        self.sync_badge.setObjectName("sync_badge")
        self.sync_badge.hide()
        top.addWidget(self.sync_badge)
        top.addStretch(1)
        self.steps_bar = QHBoxLayout()
        top.addLayout(self.steps_bar)
        layout.addLayout(top)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.hide()
        layout.addWidget(self.summary)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)
        self.form = RecordForm(context, kind, self.fixed, self, scope=self.scope)
        self.form.edited.connect(self._update_title)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.tabs.addTab(scroll, _tr("Details"))
        self.resize(self._first_size(scroll))
        buttons = QHBoxLayout()
        self.new_button = QPushButton(_tr("New"), self)
        self.new_button.setToolTip(_tr("A new %1 (Ctrl+N)").replace("%1", kind_title(kind).lower()))
        self.new_button.clicked.connect(self.new_record)
        self.delete_button = QPushButton(_tr("Delete"), self)
        self.delete_button.clicked.connect(self.delete)
        self.erase_button = None
        if kind in ERASABLE:  # an administrator erases a person's personal data on request (views/privacy.py)
            self.erase_button = QPushButton(_tr("Erase personal data..."), self)
            self.erase_button.setObjectName("erase_personal")
            self.erase_button.clicked.connect(self.erase_personal)
        self.save_button = QPushButton(_tr("Save"), self)
        self.save_button.setObjectName("save")
        self.save_button.setToolTip(_tr("Save (Ctrl+S)"))
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.form.savingChanged.connect(lambda busy: isValid(self.save_button) and self.save_button.setDisabled(busy))
        close = QPushButton(_tr("Close"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        for button in (self.new_button, self.delete_button, self.erase_button):
            if button is None:
                continue
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_record)
        context.changes.recordChanged.connect(self._changed_elsewhere)
        self.load()

    def _first_size(self, scroll: QScrollArea) -> QSize:
        """900x640, wider when the form needs it (a household's three sections side by side in French), never
        larger than the screen's free area (a 1366x768 laptop): a form that fits scrolls only up and down."""
        chrome = 2 * scroll.frameWidth() + scroll.verticalScrollBar().sizeHint().width() + 60  # tab frame, margins
        return fit.first_size(self, QSize(max(900, self.form.minimumSizeHint().width() + chrome), 640))

    # --- loading --------------------------------------------------------------------------------

    def load(self) -> None:
        if self.ident is None:
            self.form.set_values(self.defaults)
        else:
            self.form.set_values(self.context.read(lambda s: screens.record_values(s, self.kind, self.ident)))
            self._build_tabs()
        self._update_closed()
        self._update_title()
        self._update_steps()
        self._update_sync_badge()

    def _update_sync_badge(self) -> None:
        """"In conflict" (to review on the Field sync screen) or "not yet sent to the office" (a laptop's edit)."""
        badge = None if self.ident is None else self.context.read(
            lambda s: sync.record_badge(s, records.kind_of(self.kind).table_name, self.ident))
        if badge is None or not (badge.conflicts or badge.not_sent_to):
            self.sync_badge.hide()
            return
        if badge.conflicts:
            text = _tr("In conflict: review it on the Field sync screen")
            colour = "#b00020"
        else:
            text = _tr("Not yet sent to %1").replace("%1", badge.not_sent_to)
            colour = "#8a5a00"
        self.sync_badge.setText(text)
        self.sync_badge.setStyleSheet(f"color: {colour}; font-weight: bold; border: 1px solid {colour}; "
                                      "border-radius: 4px; padding: 2px 6px;")
        self.sync_badge.show()

    def _update_closed(self) -> None:
        """A closed record, or one in a closed record, is shown read-only with the services' reason."""
        reason = None if self.ident is None else self.context.read(
            lambda s: screens.closed_line(s, self.kind, self.ident))
        self.form.set_closed(reason)
        # Nothing is added to a closed record's tabs of what it closes with (a closed site's households).
        closes = records.kind_of(self.kind).closes
        for button in self.tabs.findChildren(QPushButton):
            if closes is not None and button.objectName().removeprefix("add_") in closes.children:
                button.setEnabled(reason is None)
                button.setToolTip(self.form.closed_line.text() if reason else "")

    def _update_title(self) -> None:
        kind = kind_title(self.kind)
        if self.ident is None:
            name = _tr("New %1").replace("%1", kind.lower())
        else:
            name = _tr("%1 %2").replace("%1", kind).replace(
                "%2", self.context.read(lambda s: screens.record_title(s, self.kind, self.ident)))
        self.heading.setText(name)
        self.setWindowTitle(name + (" *" if self.form.dirty else ""))
        roles.permit(self.new_button, self.context, self.kind, "create")
        if roles.permit(self.delete_button, self.context, self.kind, "delete"):
            self.delete_button.setEnabled(self.ident is not None)
        roles.permit(self.save_button, self.context, self.kind, "create" if self.ident is None else "edit",
                     _tr("Save (Ctrl+S)"))
        if self.erase_button is not None:
            self.erase_button.setVisible(self.ident is not None)
        if self.form.closed:
            for button in (self.save_button, self.delete_button):
                button.setEnabled(False)
                button.setToolTip(self.form.closed_line.text())

    def _update_steps(self) -> None:
        # The buttons of the steps before: hidden at once (a step no longer legal must not stay clickable), and
        # deleted with the window, not now. This runs inside the step dialog of one of them (its click is still on
        # the stack while the dialog's own event loop runs), and a button deleted there is freed under its own
        # click handler: a crash, seen once under load.
        while self.steps_bar.count():
            item = self.steps_bar.takeAt(0)
            if item.widget():
                item.widget().hide()
                item.widget().setEnabled(False)
                item.widget().setObjectName("")  # no longer one of the window's steps
        status = self.form.loaded.get("status")
        if status and self.ident is not None:
            self.status.setText(words.word(status))
            colour = words.status_colour(status)
            self.status.setStyleSheet(f"color: {colour.name() if colour else 'palette(text)'}; font-weight: bold;"
                                      "border: 1px solid palette(mid); border-radius: 4px; padding: 2px 6px;")
            self.status.show()
        else:
            self.status.hide()
        if self.kind == "grant" and self.ident is not None:
            balance = self.context.read(lambda s: screens.grant_balance(s, self.ident))
            self.summary.setText(_tr("Paid %1 of %2; tranches paid: %3.")
                                 .replace("%1", words.money_text(balance.paid, balance.currency))
                                 .replace("%2", words.money_text(balance.amount, balance.currency))
                                 .replace("%3", str(balance.tranches)))
            self.summary.show()
        if self.kind == "work" and self.ident is not None:
            late = self.context.read(lambda s: screens.work_delay(s, self.ident))
            if late is not None:
                self.summary.setText(_tr("On time so far.") if late == 0 else
                                     _tr("%1 days past the planned end.").replace("%1", words.number_text(late)))
                self.summary.show()
        if self.kind == "household" and self.ident is not None:
            cash = self.context.read(lambda s: workflows.household_cash(s, self.ident))
            self.summary.setText(" ".join(
                _tr("Paid %1, owed %3; tranches paid: %2, still owed: %4.")
                .replace("%1", words.money_text(paid, currency)).replace("%2", words.number_text(n_paid))
                .replace("%3", words.money_text(owed, currency)).replace("%4", words.number_text(n_owed))
                for currency, paid, owed, n_paid, n_owed in cash) or _tr("No cash tranche yet."))
            self.summary.show()
        if self.kind == "cash_tranche" and self.ident is not None and self.form.loaded.get("status") == "planned":
            button = QPushButton(_tr("Pay..."), self)
            button.setObjectName("step_pay")
            button.setAutoDefault(False)
            button.clicked.connect(lambda: pay_tranche(self, self.context, self.ident))
            roles.permit(button, self.context, self.kind, "edit")
            self.steps_bar.addWidget(button)
            button.show()
        if self.ident is None or self.kind not in workflows.NEXT_STEPS:
            return
        for step in self.context.read(lambda s: screens.next_steps(s, self.kind, self.ident)):
            button = QPushButton(step_label(self.kind, step), self)
            button.setObjectName(f"step_{step}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, step=step: self.take_step(step))
            roles.permit(button, self.context, self.kind, "step")
            self.steps_bar.addWidget(button)
            button.show()

    def _build_tabs(self) -> None:
        while self.tabs.count() > 1:
            widget = self.tabs.widget(1)
            self.tabs.removeTab(1)
            widget.deleteLater()
        c, i = self.context, self.ident
        add = self.tabs.addTab
        # The records that belong to this one (their declared parent is this kind): one tab each, with Add.
        for child in records.KINDS.values():
            parent = referenced_kind(child, child.parent) if child.parent and child.tab_title else None
            if parent is not None and parent.name == self.kind:
                related = RelatedList(c, child.name, {child.parent: i}, child.name, {child.parent: i}, parent=self)
                if child.name == "entitlement":
                    from workbench.views.distribution_window import add_list_buttons
                    add_list_buttons(related, c, i)
                add(related, QCoreApplication.translate("records", child.tab_title))
        if self.kind == "project":
            add(RelatedList(c, "indicator_value", {"project_id": i}, "indicator_value", scope={"project_id": i},
                            adds=[(_tr("Add indicator"), "indicator", {"project_id": i}),
                                  (_tr("Add value for a period"), "indicator_value", {})], parent=self), _tr("Logframe"))
            # Add fills in the project, which stays editable (a site may move to the project that follows).
            for kind, title in (("site", _tr("Sites")), ("grant", _tr("Grants")), ("work", _tr("Works"))):
                add(RelatedList(c, kind, {"project": i}, kind, defaults={"project_id": i}, parent=self), title)
            money_kinds = ("project", "grant", "cash_tranche", "household", "work")
            add(FiguresPanel(c, lambda s: _budget_use(s, i), money_kinds, self), _tr("Budget use"))
        elif self.kind == "site":
            add(SiteHouseholds(c, i, self), _tr("Households"))
        elif self.kind == "grant":
            add(RelatedList(c, "grant_tranche", {"grant_id": i}, parent=self), _tr("Tranches"))
            add(RelatedList(c, "grant_history", {"grant_id": i}, parent=self), _tr("Workflow history"))
        elif self.kind == "work":
            add(AttachmentsTab(c, "work", i, self), _tr("Documents and photos"))
        elif self.kind == "referral":
            add(RelatedList(c, "referral_history", {"referral_id": i}, parent=self), _tr("Workflow history"))
        elif self.kind == "distribution":
            from workbench.views.distribution_window import reconciliation_rows
            add(FiguresPanel(c, lambda s: reconciliation_rows(s, i), ("entitlement", "receipt", "stock_movement",
                                                                       "distribution_kit"), self),
                _tr("Stock and receipts"))
        elif self.kind == "receipt":
            add(AttachmentsTab(c, "receipt", i, self), _tr("Photos and documents"))
        table = records.kind_of(self.kind).model.__tablename__
        add(RelatedList(c, "history", {"table_name": table, "record_id": i}, parent=self), _tr("History"))

    def _changed_elsewhere(self, kind: str, ident: int) -> None:
        # A workflow step or a child record changes what this window shows (status, steps, balance).
        if self.ident is not None and not self.form.dirty and (kind != self.kind or ident == self.ident):
            try:
                self.form.set_values(self.context.read(lambda s: screens.record_values(s, self.kind, self.ident)))
            except DomainError:  # deleted meanwhile
                return
            self._update_closed()
            self._update_title()
            self._update_steps()
            self._update_sync_badge()

    # --- actions --------------------------------------------------------------------------------

    def save(self) -> None:
        """Saves in the background (forms.RecordForm.save); the window follows once the record is saved."""
        if self.form.isEnabled() and self.save_button.isEnabled():  # not while the previous save is still on its way
            self.form.save(self.ident, self._saved)

    def _saved(self, ident: int) -> None:
        was_new = self.ident is None
        self.ident = ident
        if was_new:
            self._build_tabs()
        self._update_title()
        self._update_steps()
        self._update_sync_badge()
        emit(self.saved, ident)

    def take_step(self, step: str) -> None:
        take_step(self, self.context, self.kind, self.ident, step)

    def new_record(self) -> None:
        if not self.new_button.isEnabled():
            return
        open_record(self.context, self.kind, None, fixed=self.fixed, scope=self.scope, parent=self.parentWidget())

    def delete(self) -> None:
        if self.ident is not None:
            delete_record(self, self.context, self.kind, self.ident, self._deleted)

    def erase_personal(self) -> None:
        if self.ident is None or self.form.dirty and not ask(
                self, _tr("Discard changes?"), _tr("You changed this %1 without saving. Discard your changes?")
                .replace("%1", kind_title(self.kind).lower())):
            return

        def erased(_done) -> None:
            if isValid(self):
                self.form.set_values(self.context.read(lambda s: screens.record_values(s, self.kind, self.ident)))
                self._update_title()

        erase_from_window(self, self.context, self.kind, self.ident, erased)

    def _deleted(self) -> None:
        if isValid(self):
            self.form.set_values({})
            self.done(QDialog.DialogCode.Accepted)

    def reject(self) -> None:
        """Esc and Close: ask before throwing away what was typed."""
        if self.form.dirty and not ask(self, _tr("Discard changes?"),
                                       _tr("You changed this %1 without saving. Discard your changes?")
                                       .replace("%1", kind_title(self.kind).lower())):
            return
        self.form.set_values(self.form.loaded)
        super().reject()

    # Closing the window goes through QDialog.closeEvent -> reject(), which asks; no closeEvent of our own.


class AttachmentsTab(QWidget):
    """A record's documents and photos: add a file, open it with the system's viewer."""

    def __init__(self, context, kind: str, ident: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.kind, self.ident = context, kind, ident
        table = records.kind_of(kind).model.__tablename__
        self.list = RelatedList(context, "attachment", {"owner_table": table, "owner_id": ident}, parent=self)
        add = QPushButton(_tr("Add a photo or document..."), self)
        add.clicked.connect(self.add_file)
        open_button = QPushButton(_tr("Open"), self)
        open_button.clicked.connect(lambda: self.open_file(self.list.view.selected_id()))
        self.list.view.openRequested.connect(self.open_file)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(open_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.list)

    def add_file(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, _tr("Attach a photo or document"), "",
                                                  _tr("Photos and documents (*.jpg *.jpeg *.png *.pdf *.docx *.xlsx);;"
                                                      "All files (*)"))
        if not path:
            return
        kind, ident = self.kind, self.ident

        def work(state) -> None:  # a photo or a scanned contract can be tens of MB: not on the GUI thread
            with self.context.transaction() as session:
                attachments.attach_file(session, kind, ident, Path(path))

        run_task(self, work, lambda _: None,  # the transaction announces the new attachment
                 lambda exc: self._refused(_tr("Not attached"), exc), progress=_tr("Attaching the file..."))

    def open_file(self, attachment_id: int | None) -> None:
        """Writes the attachment to a temporary file in the background, then opens it with the system viewer."""
        if attachment_id is None:
            return
        # In the user's data folder, where an erasure of the record finds the copy (attachments.opened_folder).
        run_task(self, lambda state: self.context.read(
                     lambda s: attachments.export_attachment(s, attachment_id)),
                 lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))),
                 lambda exc: self._refused(_tr("Cannot open"), exc), progress=_tr("Opening the file..."))

    def _refused(self, title: str, exc: BaseException) -> None:
        if not isinstance(exc, DomainError):
            raise exc
        tell(self, title, exc.message)


def _budget_use(session, project_id: int) -> list[tuple[str, str]]:
    money = figures.project_money(session, project_id)
    rows = [(_tr("Budget"), money.budget), (_tr("Committed (grants, works, cash planned for households)"), money.committed),
            (_tr("Paid on grants"), money.paid_grants), (_tr("Paid to households"), money.paid_households),
            (_tr("Paid in total"), money.paid)]
    result = [(label, words.money_text(value, money.currency)) for label, value in rows]
    if money.budget:
        result.append((_tr("Share of the budget paid"), f"{words.number_text(money.paid * 100 / money.budget, 1)} %"))
    return result


def _site_households(session, site_id: int) -> list[tuple[str, str]]:
    counts = figures.site_households(session, site_id)
    rows = [(_tr("Households registered"), counts["households"]), (_tr("People registered"), counts["people"]),
            (_tr("Households departed"), counts["departed_households"]),
            (_tr("People supported to leave"), counts["departed_people"]),
            (_tr("Households still present"), counts["present_households"])]
    result = [(label, words.number_text(value)) for label, value in rows]
    for intention, n in sorted(figures.households_by_intention(session, site_id).items()):
        result.append((_tr("Intention: %1").replace("%1", words.word(intention)), words.number_text(n)))
    return result


_open_windows: set[RecordWindow] = set()


def _refusal(context, kind: str, ident: int) -> str | None:
    from workbench.services import permissions

    def check(session):
        spec = records.kind_of(kind)
        obj = session.get(spec.model, ident)
        if obj is None:
            return None  # the window says it was deleted, as before
        who = permissions.actor(session)
        if not permissions.in_scope(session, who, obj, spec):
            return roles.out_of_scope(kind_title(kind), who.scopes)
        return None

    try:
        found = context.read(check)
    except permissions.PermissionRefused as exc:
        return exc.message
    if found is not None:
        return found
    reason = roles.refusal(context, kind, "read")
    if reason is None:
        try:
            context.read(lambda s: records.get(s, kind, ident))
        except permissions.PermissionRefused:
            return roles.refusal(context, kind, "read", "sensitive")
        except DomainError:
            return None
    return reason


def open_record(context, kind: str, ident: int | None = None, fixed: dict | None = None, scope: dict | None = None,
                parent: QWidget | None = None, defaults: dict | None = None) -> RecordWindow:
    """Shows a record's window (raising it if it is already open); a record the user may not open (outside its
    scopes, a sensitive case its role does not read) is refused in a dialog, and no window opens."""
    if ident is not None:
        refused = _refusal(context, kind, ident)
        if refused is not None:
            tell(parent, _tr("Not opened"), refused)
            return None
        for window in list(_open_windows):
            try:
                if window.kind == kind and window.ident == ident and window.isVisible():
                    window.raise_()
                    window.activateWindow()
                    return window
            except RuntimeError:  # deleted on close
                _open_windows.discard(window)
    window = RecordWindow(context, kind, ident, fixed, scope, parent, defaults)
    _open_windows.add(window)
    window.destroyed.connect(lambda *_: _open_windows.discard(window))
    window.show()
    return window
