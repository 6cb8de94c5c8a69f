"""The table screens (projects, sites, households, grants, works): search, filters, a row count, open and delete."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP as N, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench import models as m
from workbench.files import OutputRefused
from workbench.services import screens
from workbench.services.errors import DomainError
from workbench.services.screens import TableQuery
from workbench.views import messages, roles, words
from workbench.views.actions import delete_record, tell
from workbench.views.columns import columns
from workbench.views.elided import ElidedComboBox
from workbench.views.fields import enum_values
from workbench.views.flow import FlowLayout
from workbench.views.forms import DateEdit
from workbench.views.privacy import PersonalDataDialog
from workbench.views.record_window import open_record
from workbench.views.table_model import RecordTableModel, background_loader
from workbench.views.table_view import RecordTableView
from workbench.views.tasks import run_task


@dataclass(frozen=True)
class TableScreenSpec:
    source: str
    title: str
    one: str    # "one grant"
    many: str   # "%1 grants"
    filters: tuple[str, ...]
    choices: dict  # filter key -> stored values offered (status, programme...)


SCREENS: dict[str, TableScreenSpec] = {
    "project": TableScreenSpec("project", N("screens", "Projects"), N("screens", "one project"),
                               N("screens", "%1 projects"), ("status", "period"),
                               {"status": enum_values(m.ProjectStatus)}),
    "site": TableScreenSpec("site", N("screens", "Displacement sites"), N("screens", "one site"),
                            N("screens", "%1 sites"), ("project", "location", "status", "site_type", "period"),
                            {"status": enum_values(m.SiteStatus), "site_type": enum_values(m.SiteType)}),
    "household": TableScreenSpec("household", N("screens", "Households"), N("screens", "one household"),
                                 N("screens", "%1 households"), ("project", "site", "status", "intention", "period"),
                                 {"status": enum_values(m.HouseholdStatus), "intention": enum_values(m.Intention)}),
    "grant": TableScreenSpec("grant", N("screens", "Livelihood grants"), N("screens", "one grant"),
                             N("screens", "%1 grants"), ("project", "location", "programme", "status", "period"),
                             {"status": enum_values(m.GrantStatus), "programme": enum_values(m.Programme)}),
    "work": TableScreenSpec("work", N("screens", "Infrastructure works"), N("screens", "one work"),
                            N("screens", "%1 works"), ("project", "location", "work_type", "status", "period"),
                            {"status": enum_values(m.WorkStatus), "work_type": enum_values(m.WorkType)}),
    "crc": TableScreenSpec("crc", N("screens", "Community Resource Centres"), N("screens", "one CRC"),
                           N("screens", "%1 CRCs"), ("centre_type",), {"centre_type": enum_values(m.CentreType)}),
    "referral": TableScreenSpec("referral", N("screens", "Referrals"), N("screens", "one referral"),
                                N("screens", "%1 referrals"), ("crc_id", "status", "service", "priority", "overdue"),
                                {"status": enum_values(m.ReferralStatus), "service": enum_values(m.Service),
                                 "priority": enum_values(m.ReferralPriority), "overdue": (True,)}),
    "service_provider": TableScreenSpec("service_provider", N("screens", "Service providers (service map)"),
                                        N("screens", "one service provider"), N("screens", "%1 service providers"),
                                        ("service", "accepts_referrals"),
                                        {"service": enum_values(m.Service), "accepts_referrals": (True, False)}),
    "distribution": TableScreenSpec("distribution", N("screens", "Distributions"), N("screens", "one distribution"),
                                    N("screens", "%1 distributions"), ("project", "site", "modality", "status", "period"),
                                    {"status": enum_values(m.DistributionStatus),
                                     "modality": enum_values(m.Modality)}),
    "stock_movement": TableScreenSpec("stock_movement", N("screens", "Stock movements"),
                                      N("screens", "one stock movement"), N("screens", "%1 stock movements"),
                                      ("movement", "period"), {"movement": enum_values(m.MovementKind)}),
    "kit_type": TableScreenSpec("kit_type", N("screens", "Kit types"), N("screens", "one kit type"),
                                N("screens", "%1 kit types"), (), {}),
    # Office set-up (views/setup_screen.py): what the rest refers to.
    "donor": TableScreenSpec("donor", N("screens", "Donors"), N("screens", "one donor"), N("screens", "%1 donors"),
                             (), {}),
    "location": TableScreenSpec("location", N("screens", "Locations (P-codes)"), N("screens", "one location"),
                                N("screens", "%1 locations"), (), {}),
    "outcome": TableScreenSpec("outcome", N("screens", "Outcomes"), N("screens", "one outcome"),
                               N("screens", "%1 outcomes"), (), {}),
    "output": TableScreenSpec("output", N("screens", "Outputs"), N("screens", "one output"),
                              N("screens", "%1 outputs"), (), {}),
    "indicator": TableScreenSpec("indicator", N("screens", "Indicators"), N("screens", "one indicator"),
                                 N("screens", "%1 indicators"), (), {}),
    "user": TableScreenSpec("user", N("screens", "Users"), N("screens", "one user"), N("screens", "%1 users"), (), {}),
}

FILTER_WORDS = {"project": N("screens", "All projects"), "location": N("screens", "All locations"),
                "site": N("screens", "All sites"), "status": N("screens", "Any status"),
                "programme": N("screens", "Any programme"), "intention": N("screens", "Any intention"),
                "site_type": N("screens", "Any type of site"), "work_type": N("screens", "Any type of work"),
                "crc_id": N("screens", "All CRCs"), "centre_type": N("screens", "Any kind of centre"),
                "service": N("screens", "Any service"), "priority": N("screens", "Any priority"),
                "overdue": N("screens", "Overdue or not"), "accepts_referrals": N("screens", "Taking referrals or not"),
                "modality": N("screens", "Any modality"), "movement": N("screens", "Any movement")}

# The words of a yes-or-no filter's two values (the stored value is True or False).
FLAG_WORDS = {("overdue", True): N("screens", "Overdue only"),
              ("accepts_referrals", True): N("screens", "Taking referrals"),
              ("accepts_referrals", False): N("screens", "Not taking referrals")}
# Filters that pick a record: the kind listed in their box.
REFERENCE_FILTERS = {"project": "project", "location": "location", "site": "site", "crc_id": "crc"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("screens", text)


def count_text(spec: TableScreenSpec, n: int | None) -> str:
    if n is None:
        return _tr("Counting...")
    if n == 1:
        return _tr(spec.one)
    return _tr(spec.many).replace("%1", words.number_text(n))


def choose_personal_data(parent: QWidget) -> tuple[str, str | None] | None:
    """What an export of a table with personal data keeps of it (level, passphrase or None), or None: cancelled."""
    dialog = PersonalDataDialog(parent)
    return dialog.chosen() if dialog.exec() == PersonalDataDialog.DialogCode.Accepted else None


class TableScreen(QWidget):
    """One record type as a table; every search, filter and sort is a new SQL query run in the background."""

    def __init__(self, context, name: str, loader=background_loader, parent: QWidget | None = None,
                 titled: bool = True):
        super().__init__(parent)
        self.context = context
        self.spec = SCREENS[name]
        self.kind = name
        self.setObjectName(f"screen_{name}")
        layout = QVBoxLayout(self)
        title_row = QHBoxLayout()
        title = QLabel(_tr(self.spec.title), self)
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        title.setVisible(titled)  # on a tab of Office set-up the tab says it
        title_row.addWidget(title)
        title_row.addStretch(1)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("rowCount")
        self.count_label.setStyleSheet("font-size: 11pt;")
        title_row.addWidget(self.count_label)
        layout.addLayout(title_row)

        # The search, the filters and Reset wrap onto a second line rather than widen the window: in French the
        # sites' and works' filters alone are wider than a 1366-pixel laptop leaves them.
        self.filter_bar = QWidget(self)
        self.filter_bar.setObjectName("filterBar")
        bar = FlowLayout(self.filter_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(self.filter_bar)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(_tr("Search (code, name...)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        bar.addWidget(self.search)
        self._search_timer = QTimer(self, singleShot=True, interval=250)  # wait for a pause in typing
        self._search_timer.timeout.connect(self.apply)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.apply)
        self.filters: dict[str, QWidget] = {}
        for key in self.spec.filters:
            if key == "period":
                pair = QWidget(self.filter_bar)  # "From ... To ...": the period wraps to the next line as one
                pair.setObjectName("filter_period")
                pair_layout = QHBoxLayout(pair)
                pair_layout.setContentsMargins(0, 0, 0, 0)
                for part, text in (("period_from", _tr("From")), ("period_to", _tr("To"))):
                    label = QLabel(text, pair)
                    edit = DateEdit(True, pair)
                    edit.setObjectName(f"filter_{part}")
                    edit.lineEdit().setPlaceholderText(_tr("any date"))
                    edit.textChanged.connect(self._period_changed)
                    label.setBuddy(edit)
                    pair_layout.addWidget(label)
                    pair_layout.addWidget(edit)
                    self.filters[part] = edit
                bar.addWidget(pair)
                continue
            if key in REFERENCE_FILTERS:
                # Records' names can be long: the box keeps a set width and a long name is cut, whole in its list.
                combo = ElidedComboBox(self.filter_bar, chars=18)
            else:
                combo = QComboBox(self.filter_bar)
                combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setObjectName(f"filter_{key}")
            combo.addItem(_tr(FILTER_WORDS[key]), None)
            for value in self.spec.choices.get(key, ()):
                flag = FLAG_WORDS.get((key, value)) if isinstance(value, bool) else None
                combo.addItem(_tr(flag) if flag else words.word(value), value)
            combo.currentIndexChanged.connect(lambda _i, key=key: self._box_changed(key))
            bar.addWidget(combo)
            self.filters[key] = combo
        reset = QToolButton(self.filter_bar)
        reset.setText(_tr("Reset"))
        reset.setToolTip(_tr("Show every row again"))
        reset.clicked.connect(self.reset_filters)
        bar.addWidget(reset)
        layout.addWidget(self.filter_bar)

        # What a dashboard figure opened: its filters that have no box here (households that left, sites open...),
        # said in words above the rows, until "Show all rows" or Reset.
        self._hidden_filters: dict = {}
        self.drill_bar = QFrame(self)
        self.drill_bar.setObjectName("drillBar")
        self.drill_bar.setStyleSheet("QFrame#drillBar { background: #eef4fb; border: 1px solid #c9d6e8; }")
        drill_layout = QHBoxLayout(self.drill_bar)
        drill_layout.setContentsMargins(8, 3, 4, 3)
        self.drill_note = QLabel(self.drill_bar)
        self.drill_note.setObjectName("drillNote")
        self.drill_note.setWordWrap(True)
        self.drill_note.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        drill_layout.addWidget(self.drill_note, 1)
        show_all = QToolButton(self.drill_bar)
        show_all.setObjectName("showAll")
        show_all.setText(_tr("Show all rows"))
        show_all.clicked.connect(self.reset_filters)
        drill_layout.addWidget(show_all)
        self.drill_bar.hide()
        layout.addWidget(self.drill_bar)

        self.model = RecordTableModel(context, name, columns(name), TableQuery(), loader=loader, parent=self)
        self.view = RecordTableView(self.model, settings_key=name, parent=self)
        self.view.setObjectName(f"table_{name}")
        self.view.openRequested.connect(self.open)
        self.view.deleteRequested.connect(self.delete)
        layout.addWidget(self.view, 1)

        buttons = QHBoxLayout()
        self.new_button = QPushButton(_tr("New"), self)
        self.new_button.setObjectName("new")
        self.new_button.setToolTip(_tr("A new record (Ctrl+N)"))
        self.new_button.clicked.connect(self.new)
        new_shortcut = QShortcut(QKeySequence.StandardKey.New, self, activated=self.new)
        new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # this screen's, when it is shown
        self.open_button = QPushButton(_tr("Open"), self)
        self.open_button.clicked.connect(lambda: self.open(self.view.selected_id()))
        self.delete_button = QPushButton(_tr("Delete"), self)
        self.delete_button.clicked.connect(lambda: self.delete(self.view.selected_id()))
        columns_button = QPushButton(_tr("Columns..."), self)
        columns_button.clicked.connect(lambda: self.view.column_menu().exec(
            columns_button.mapToGlobal(columns_button.rect().bottomLeft())))
        self.loading_label = QLabel(self)
        self.loading_label.setObjectName("loading")
        self.loading_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.loading_label.setWordWrap(True)  # a long error or file name wraps instead of widening the window
        for button in (self.new_button, self.open_button, self.delete_button, columns_button):
            buttons.addWidget(button)
        buttons.addWidget(self.loading_label)
        self.extra_buttons = buttons
        self.export_button = QPushButton(_tr("Export this table..."), self)
        self.export_button.setObjectName("export")
        self.export_button.setToolTip(_tr("The rows and columns shown, in their order, to Excel (.xlsx) or CSV"))
        self.export_button.clicked.connect(lambda: self.export())
        buttons.addWidget(self.export_button)
        layout.addLayout(buttons)
        # What the user's role may not do is offered disabled, saying why.
        roles.permit(self.new_button, context, self.kind, "create", _tr("A new record (Ctrl+N)"))
        roles.permit(self.delete_button, context, self.kind, "delete")
        roles.permit(self.export_button, context, self.kind, "export",
                     _tr("The rows and columns shown, in their order, to Excel (.xlsx) or CSV"))

        self.model.countChanged.connect(lambda n: self.count_label.setText(count_text(self.spec, n)))
        self.model.loadingChanged.connect(
            lambda busy: self.loading_label.setText(_tr("Loading...") if busy else self._period_warning()))
        self.model.loadFailed.connect(lambda text: self.loading_label.setText(
            _tr("The table could not be read: %1").replace("%1", text)))
        self.count_label.setText(count_text(self.spec, self.model.total))
        context.changes.recordChanged.connect(self._changed)
        self._choices_loaded = False

    def showEvent(self, event) -> None:
        if not self._choices_loaded:
            self.load_choices()
        super().showEvent(event)

    def load_choices(self) -> None:
        """Projects, locations and sites for the filter lists (short lists, read when first shown)."""
        self._choices_loaded = True
        wanted = [k for k in REFERENCE_FILTERS if k in self.filters]
        if not wanted:
            return

        def read(session):
            found = {}
            for key in wanted:
                level = 2 if key == "location" else None  # provinces and territories; each holds what is below it
                found[key] = screens.reference_choices(session, REFERENCE_FILTERS[key], max_admin_level=level)
            return found

        for key, items in self.context.read(read).items():
            combo = self.filters[key]
            combo.blockSignals(True)
            current = combo.currentData()
            while combo.count() > 1:
                combo.removeItem(1)
            for choice in items:
                combo.addItem(choice.label, choice.id)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    # --- query ------------------------------------------------------------------------------------

    def current_query(self) -> TableQuery:
        filters = {}
        for key, widget in self.filters.items():
            if isinstance(widget, DateEdit):
                try:
                    value = widget.value()
                except ValueError:
                    value = None  # half a date: no filter yet
            else:
                value = widget.currentData()
            if value is not None:
                filters[key] = value
        return self.model.query.replace(filters=self._hidden_filters | filters, text=self.search.text().strip())

    def show_filtered(self, filters: dict, text: str = "", note: str = "") -> None:
        """The rows a dashboard figure counts (its drill-down): the filters this screen has a box for are set in
        their boxes, where the user sees and changes them; the others are kept, and `note` says above the rows what
        they are, until "Show all rows" or Reset."""
        if not self._choices_loaded:
            self.load_choices()
        hidden = {}
        for widget in self.filters.values():
            widget.blockSignals(True)
        try:
            for key, widget in self.filters.items():
                value = filters.get(key)
                if isinstance(widget, DateEdit):
                    widget.set_value(value)
                    continue
                index = widget.findData(value) if value is not None else 0
                if index < 0:
                    hidden[key] = value  # a value the box does not offer (a project closed meanwhile)
                widget.setCurrentIndex(max(index, 0))
            hidden |= {key: value for key, value in filters.items() if key not in self.filters}
        finally:
            for widget in self.filters.values():
                widget.blockSignals(False)
        self._hidden_filters = hidden
        self.search.blockSignals(True)
        self.search.setText(text)
        self.search.blockSignals(False)
        self.drill_note.setText(note)
        self.drill_bar.setVisible(bool(note))
        self.apply()

    def _box_changed(self, key: str) -> None:
        """A filter box changed by the user: it now says the filter, and a value of a dashboard figure kept for it
        (one the box did not offer) is dropped; the note goes once no such kept filter is left."""
        self._hidden_filters.pop(key, None)
        if not self._hidden_filters:
            self.drill_bar.hide()
        self.apply()

    def _period_changed(self, text: str) -> None:
        if not text.strip() or len(text.strip()) == 10:  # wait until a whole date is typed
            self._search_timer.start()

    def apply(self, *_args) -> None:
        self._search_timer.stop()
        self.model.set_query(self.current_query())
        self.loading_label.setText(self._period_warning() or self.loading_label.text())

    def _period_warning(self) -> str:
        """Said when "To" is before "From": else the table quietly shows no row at all."""
        filters = self.model.query.filters
        start, end = filters.get("period_from"), filters.get("period_to")
        if start is not None and end is not None and end < start:
            return _tr("\"To\" is before \"From\": no row can fall in that period.")
        return ""

    def reset_filters(self) -> None:
        self._hidden_filters = {}
        self.drill_bar.hide()
        for widget in self.filters.values():
            widget.blockSignals(True)
            if isinstance(widget, DateEdit):
                widget.set_value(None)
            else:
                widget.setCurrentIndex(0)
            widget.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.apply()

    def _changed(self, kind: str, _ident: int) -> None:
        # The rows show their own records and those their columns are joined to (a household's site); a child
        # record's change (a work's progress report) comes as a change of its parent too (audit.changed_records).
        listed = set(REFERENCE_FILTERS.values())
        if kind == self.kind or kind in screens.joined_kinds(self.kind) or kind in listed:
            self.model.reload()
            if kind in listed:
                self._choices_loaded = False
                if self.isVisible():
                    self.load_choices()

    # --- export -----------------------------------------------------------------------------------

    def shown_columns(self) -> list:
        """The columns as the table shows them (`table_export.TableColumn`): visible ones, in the order on screen."""
        from workbench.io.table_export import TableColumn

        by_key = {spec.key: spec for spec in self.model.columns}
        return [TableColumn(key, by_key[key].header, by_key[key].kind, by_key[key].currency_key)
                for key in self.view.visible_columns()]

    def export(self, path: str | None = None, personal_data: str | None = None, passphrase: str | None = None):
        """Asks what the file keeps of personal data (when the columns shown hold some) and where, then writes every
        row of the current filter, search and sort in the background."""
        self.apply()  # a search still waiting for a pause in typing counts
        # Imported here: workbench.io brings pandas and openpyxl, which the window need not load to start.
        from workbench.io.table_export import export_table, has_personal_data

        columns = self.shown_columns()
        personal = has_personal_data(self.kind, [c.key for c in columns])
        if not personal:
            personal_data = "all"
        elif personal_data is None:
            chosen = choose_personal_data(self)
            if chosen is None:
                return None
            personal_data, passphrase = chosen
        if not path:
            xlsx, csv = _tr("Excel workbook (*.xlsx)"), _tr("CSV file (*.csv)")
            if passphrase is not None:
                suggested = str(Path.home() / f"{_tr(self.spec.title)}.zip")
                path, chosen_filter = QFileDialog.getSaveFileName(self, _tr("Export this table"), suggested,
                                                                  _tr("Encrypted archive (*.zip)"))
            else:
                suggested = str(Path.home() / f"{_tr(self.spec.title)}.xlsx")
                path, chosen_filter = QFileDialog.getSaveFileName(self, _tr("Export this table"), suggested,
                                                                  f"{xlsx};;{csv}")
            if not path:
                return None
            if passphrase is not None and Path(path).suffix.lower() != ".zip":
                path += ".zip"
            elif passphrase is None and Path(path).suffix.lower() not in (".xlsx", ".csv"):
                path += ".csv" if chosen_filter == csv else ".xlsx"
        try:
            self.context.output_file(path)
        except OutputRefused as exc:
            tell(self, _tr("Not exported"), _tr("The table could not be exported: %1").replace("%1", messages.error_text(exc)))
            return None

        context, table, query = self.context, self.kind, self.model.query
        level = personal_data
        currency_header = _tr("Currency")  # beside the amounts, which the file holds as numbers

        def work(state):
            def write(target) -> int:
                return context.read(lambda session: export_table(
                    session, table, query, columns, target, word=words.word, progress=state.set_progress,
                    check=state.check, personal_data=level, recorded_as=path, currency_header=currency_header),
                    recorded=True)

            if passphrase is not None:
                from workbench.io.archive import write_encrypted

                return write_encrypted(path, f"{Path(path).stem}.xlsx", write, passphrase)
            return write(path)

        def done(rows: int) -> None:
            text = _tr("%1 rows exported to %2").replace("%1", words.number_text(rows)).replace("%2", Path(path).name)
            if not personal:
                text = _tr("%1 rows exported to %2; this table holds no personal data").replace(
                    "%1", words.number_text(rows)).replace("%2", Path(path).name)
            self.loading_label.setText(text)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, (DomainError, OSError)):
                tell(self, _tr("Not exported"), _tr("The table could not be exported: %1").replace("%1", messages.error_text(exc)))
            else:
                raise exc

        return run_task(self, work, done, failed, progress=_tr("Exporting %1...").replace("%1", Path(path).name))

    # --- records ----------------------------------------------------------------------------------

    def new(self) -> None:
        if self.new_button.isEnabled():  # Ctrl+N too
            open_record(self.context, self.kind, None, parent=self.window())

    def open(self, ident: int | None) -> None:
        if ident is not None:
            open_record(self.context, self.kind, ident, parent=self.window())

    def delete(self, ident: int | None) -> None:
        if ident is not None and self.delete_button.isEnabled():  # the Delete key too
            delete_record(self, self.context, self.kind, ident)
