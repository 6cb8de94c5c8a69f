"""The import wizard: file and sheet, columns mapped with a preview, the rows checked, then imported all at once.

Every step calls the Qt-free functions of `workbench.io` on a worker thread with a session of its own; the
import writes in one transaction committed at the very end, so a cancel or a failure leaves the database as it
was.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from workbench.files import OutputRefused
from workbench.io import (
    KINDS,
    ImportCancelled,
    ImportFileError,
    ImportSummary,
    Table,
    ValidationResult,
    check_mapping,
    import_kind,
    import_rows,
    load_mapping,
    mapping_names,
    read_table,
    save_mapping,
    table_mapping,
    validate,
    write_rejected,
)
from workbench.io.mapping import submission_column
from workbench.kinds import KINDS as RECORD_KINDS
from workbench.services.errors import DomainError
from workbench.views import fit, messages, words
from workbench.views.context import settings
from workbench.views.signals import emit
from workbench.views.tasks import Newest, run_task

PREVIEW_ROWS = 10
SHOWN_PROBLEMS = 1000  # a table of 50,000 rejected rows helps nobody; the rejected-rows file has them all


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


def _field_word(f) -> str:
    """An import field as the window names it (its declared label), in the window's language."""
    return QCoreApplication.translate("fields", f.title) if f.title else f.label


def kind_titles() -> dict[str, str]:
    """What can be imported, in the staff's words (each kind's declared import title), in the declarations' order."""
    return {name: _tr(RECORD_KINDS[kind.record].import_title or name) for name, kind in KINDS.items()}


plural = words.plural  # the import's counts: "1 record created", "3 records created"


def _problem_style(label: QLabel) -> None:
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {words.RED}; font-weight: bold;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)


def _fill_table(table: QTableWidget, headers: list[str], rows: list[list[str]]) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(value)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            table.setItem(r, c, item)


def _read_only_table(parent: QWidget, name: str) -> QTableWidget:
    table = QTableWidget(parent)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    return table


def _field_label(result: ValidationResult, name: str) -> str:
    """An update's field as the window names it."""
    try:
        return _field_word(result.kind.field(name))
    except KeyError:
        return name


def _value_text(value) -> str:
    """A value an update changes, as the window writes it: dates and numbers in its language, words translated."""
    if value is None or value == "":
        return "—"
    if isinstance(value, dt.date):
        return words.date_text(value)
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        return words.exact_number_text(value)
    return words.word(value) if isinstance(value, str) else str(value)


@dataclass(frozen=True)
class ImportOutcome:
    """What the import task hands back: the summary, or that it was cancelled and rolled back."""

    summary: ImportSummary | None
    cancelled: bool = False
    rejected_file: Path | None = None


class _Progress(QObject):
    """Carries the import's progress from the worker thread to the page (queued onto the GUI thread)."""

    moved = Signal(float, str)


# --- 1. the file --------------------------------------------------------------------------------------

class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Choose what to import and the file"))
        self.setSubTitle(self.tr("An Excel workbook (.xlsx, .xls), a CSV file, or a KoboToolbox export. Nothing "
                                 "is written before the last step."))
        form = QFormLayout(self)
        self.kind = QComboBox(self)
        self.kind.setObjectName("importKind")
        for name, title in kind_titles().items():
            self.kind.addItem(title, name)
        form.addRow(self.tr("What the file holds"), self.kind)
        row = QHBoxLayout()
        self.path = QLineEdit(self)
        self.path.setObjectName("importPath")
        self.path.setPlaceholderText(self.tr("The file to import"))
        self.path.editingFinished.connect(self._path_typed)
        self.browse = QPushButton(self.tr("Browse..."), self)
        self.browse.setObjectName("importBrowse")
        self.browse.clicked.connect(self.choose_file)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        form.addRow(self.tr("File"), row)
        self.sheet_label = QLabel(self.tr("Sheet"), self)
        self.sheet = QComboBox(self)
        self.sheet.setObjectName("importSheet")
        self.sheet.activated.connect(lambda _i: self.read(self.sheet.currentText()))
        form.addRow(self.sheet_label, self.sheet)
        self.info = QLabel(self)
        self.info.setObjectName("fileInfo")
        self.info.setWordWrap(True)
        form.addRow("", self.info)
        self.problem = QLabel(self)
        self.problem.setObjectName("fileProblem")
        _problem_style(self.problem)
        form.addRow("", self.problem)
        self._show_sheets([])
        kind = settings().value("import/kind", "households")
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self.kind.currentIndexChanged.connect(lambda _i: emit(self.completeChanged))
        self.reading = Newest(self)

    def choose_file(self) -> None:
        folder = settings().value("import/folder", "") or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("File to import"), folder,
                                              self.tr("Spreadsheets (*.xlsx *.xls *.csv *.txt);;All files (*)"))
        if path:
            self.path.setText(path)
            self.read()

    def _path_typed(self) -> None:
        path = self.path.text().strip()
        if path and (self.wiz.table is None or self.wiz.path != Path(path)):
            self.read()

    def read(self, sheet: str | None = None) -> None:
        """Reads the file (a sheet of it) in the background; a file that cannot be read says why, here."""
        text = self.path.text().strip()
        if not text:
            return
        path = Path(text)
        ticket = self.reading.take()
        self.wiz.table = None
        self.problem.setText("")
        self.info.setText(self.tr("Reading %1...").replace("%1", path.name))
        emit(self.completeChanged)

        def done(table: Table) -> None:
            if not ticket():
                return
            self.wiz.table, self.wiz.path = table, path
            settings().setValue("import/folder", str(path.parent))
            self._show_sheets(table.sheets, table.sheet)
            self.info.setText(self.describe(table))
            emit(self.completeChanged)

        def failed(exc: BaseException) -> None:
            if not ticket():
                return
            if not isinstance(exc, (ImportFileError, DomainError)):
                raise exc
            self.info.setText("")
            self.problem.setText(self.tr("This file cannot be imported: %1").replace("%1", messages.error_text(exc)))
            emit(self.completeChanged)

        task = run_task(self, lambda state: read_table(path, sheet=sheet), done, failed,
                        progress=self.tr("Reading %1...").replace("%1", path.name))
        task.dialog.canceled.connect(lambda: task.cancelled and ticket() and self.info.setText(""))

    def _show_sheets(self, sheets: list[str], current: str | None = None) -> None:
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(sheets)
        if current:
            self.sheet.setCurrentText(current)
        self.sheet.blockSignals(False)
        several = len(sheets) > 1
        self.sheet.setVisible(several)
        self.sheet_label.setVisible(several)

    def describe(self, table: Table) -> str:
        lines = [self.tr("%1 rows and %2 columns to read, under the headers in row %3.")
                 .replace("%1", words.number_text(len(table.frame))).replace("%2", str(len(table.columns)))
                 .replace("%3", str(table.header_row))]
        if table.encoding:
            separator = {",": self.tr("commas"), ";": self.tr("semicolons"), "\t": self.tr("tabs"),
                         "|": self.tr("pipes")}.get(table.separator or ",", table.separator)
            lines.append(self.tr("Text file in %1, separated by %2.").replace("%1", table.encoding)
                         .replace("%2", separator))
        if table.hxl:
            lines.append(self.tr("The row of HXL hashtags under the headers is used to recognise the columns."))
        if table.repeat_groups and table.origin == "ODK Central":
            lines.append(self.tr("Files of the ODK Central export joined to this one: %1.")
                         .replace("%1", ", ".join(table.repeat_groups)))
        elif table.repeat_groups:
            lines.append(self.tr("KoboToolbox repeat groups joined to this sheet: %1.")
                         .replace("%1", ", ".join(table.repeat_groups)))
        if table.roster is not None:
            group, sex, age = table.roster
            lines.append(self.tr("The members of repeat group %1 are counted by sex (%2) and age (%3).")
                         .replace("%1", group).replace("%2", sex).replace("%3", age))
        kind = import_kind(self.kind_name()) if self.kind_name() else None
        kept = submission_column(kind, table.meta, table.origin) if kind else None  # a contact's reference
        if meta := [c for c in table.meta if c != kept]:
            lines.append(self.tr("%1 columns about the submission are never imported: %2.")
                         .replace("%1", table.origin or "").replace("%2", ", ".join(map(str, meta))))
        return "\n".join(lines)

    def kind_name(self) -> str:
        return self.kind.currentData()

    def isComplete(self) -> bool:
        return self.wiz.table is not None

    def validatePage(self) -> bool:
        settings().setValue("import/kind", self.kind_name())
        self.wiz.kind = self.kind_name()
        return True


# --- 2. the columns -----------------------------------------------------------------------------------

class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Match the file's columns to the fields"))
        self.setSubTitle(self.tr("Columns recognised by their header or HXL hashtag are matched already; change "
                                 "any of them, or leave a column out."))
        layout = QVBoxLayout(self)
        saved = QHBoxLayout()
        saved.addWidget(QLabel(self.tr("Saved mapping"), self))
        self.saved = QComboBox(self)
        self.saved.setObjectName("savedMappings")
        self.saved.setMinimumContentsLength(18)
        saved.addWidget(self.saved)
        self.load_button = QPushButton(self.tr("Use it"), self)
        self.load_button.setObjectName("loadMapping")
        self.load_button.clicked.connect(lambda: self.load(self.saved.currentText()))
        saved.addWidget(self.load_button)
        self.save_button = QPushButton(self.tr("Save this mapping as..."), self)
        self.save_button.setObjectName("saveMapping")
        self.save_button.clicked.connect(lambda: self.save())
        saved.addWidget(self.save_button)
        saved.addStretch(1)
        layout.addLayout(saved)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.columns = _read_only_table(splitter, "mappingTable")
        self.columns.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.columns.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 16)  # room for a combo
        below = QWidget(splitter)
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 6, 0, 0)
        self.preview_caption = QLabel(below)
        self.preview_caption.setStyleSheet("font-weight: bold;")
        below_layout.addWidget(self.preview_caption)
        self.preview = _read_only_table(below, "previewTable")
        self.preview.verticalHeader().setVisible(True)
        below_layout.addWidget(self.preview, 1)
        splitter.addWidget(self.columns)
        splitter.addWidget(below)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.note = QLabel(self)
        self.note.setObjectName("mappingNote")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.problem = QLabel(self)
        self.problem.setObjectName("mappingProblem")
        _problem_style(self.problem)
        layout.addWidget(self.problem)
        self.combos: dict[str, QComboBox] = {}

    def initializePage(self) -> None:
        table, kind = self.wiz.table, import_kind(self.wiz.kind)
        self.setTitle(self.tr("Match the columns of %1 to the fields of a %2")
                      .replace("%1", table.source).replace("%2", words.kind_title(kind.record).lower()))
        mapping = table_mapping(kind, table)  # a survey's meta columns (_status, start...) are not matched
        self.columns.clear()
        self.columns.setColumnCount(3)
        self.columns.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Imported as"),
                                                self.tr("First values")])
        self.columns.setRowCount(len(table.columns))
        preview = table.preview(PREVIEW_ROWS)
        self.combos = {}
        for r, column in enumerate(table.columns):
            shown = column + (f"  ({table.hxl[column]})" if column in table.hxl else "")
            item = QTableWidgetItem(shown)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.columns.setItem(r, 0, item)
            combo = QComboBox(self.columns)
            combo.setObjectName(f"map_{r}")
            combo.addItem(self.tr("(not imported)"), None)
            for f in kind.fields:
                combo.addItem(_field_word(f), f.name)
            combo.setCurrentIndex(max(combo.findData(mapping.get(column)), 0))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.columns.setCellWidget(r, 1, combo)
            self.combos[column] = combo
            sample = ", ".join(v for v in (row[r] for row in preview[:3]) if v)
            item = QTableWidgetItem(sample)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setForeground(Qt.GlobalColor.darkGray)
            self.columns.setItem(r, 2, item)
        header = self.columns.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.preview_caption.setText(self.tr("The first rows of the file, numbered as in Excel"))
        _fill_table(self.preview, table.columns, preview)
        self.preview.setVerticalHeaderLabels([str(n) for n in table.frame.index[:PREVIEW_ROWS]])
        self.preview.resizeColumnsToContents()
        self._fill_saved()
        self._mapping_changed()

    def _fill_saved(self) -> None:
        self.saved.clear()
        try:
            names = mapping_names(self.wiz.kind)
        except DomainError as exc:
            names = []
            self.problem.setText(messages.translated(exc.message))
        self.saved.addItems(names or [self.tr("(none saved yet)")])
        self.saved.setEnabled(bool(names))
        self.load_button.setEnabled(bool(names))

    def mapping(self) -> dict[str, str]:
        return {column: combo.currentData() for column, combo in self.combos.items() if combo.currentData()}

    def set_field(self, column: str, field: str | None) -> None:
        combo = self.combos[column]
        combo.setCurrentIndex(max(combo.findData(field), 0))

    def _mapping_changed(self, *_args) -> None:
        mapping = self.mapping()
        kind = import_kind(self.wiz.kind)
        self.problem.setText("")
        try:
            check_mapping(kind, list(self.combos), mapping)
        except DomainError as exc:
            message = messages.translated(exc.message)
            self.problem.setText(message[0].upper() + message[1:] + ".")
        ignored = len(self.combos) - len(mapping)
        self.note.setText(self.tr("%1 of %2 columns will be imported; %3 left out.")
                          .replace("%1", str(len(mapping))).replace("%2", str(len(self.combos)))
                          .replace("%3", str(ignored)))
        emit(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.mapping()) and not self.problem.text()

    def load(self, name: str) -> None:
        if not name:
            return
        try:
            saved = load_mapping(name, self.wiz.kind)
        except DomainError as exc:
            self.problem.setText(messages.translated(exc.message))
            return
        missing = [c for c in saved if c not in self.combos]
        for column in self.combos:
            self.set_field(column, saved.get(column))
        if missing:
            self.note.setText(self.note.text() + " " + self.tr("Not in this file: %1.").replace("%1", ", ".join(missing)))

    def save(self, name: str | None = None) -> bool:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Save the mapping"),
                                            self.tr("A name to find this mapping again (for example \u201cDTM "
                                                    "round 12\u201d):"))
            if not ok:
                return False
        try:
            save_mapping(name, self.wiz.kind, self.mapping())
        except DomainError as exc:
            self.problem.setText(messages.error_text(exc))
            return False
        self._fill_saved()
        self.saved.setCurrentText(name.strip())
        return True

    def validatePage(self) -> bool:
        self.wiz.mapping = self.mapping()
        return True


# --- 3. the checks ------------------------------------------------------------------------------------

class ValidationPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(self.tr("Every row is checked against the same rules as a form; nothing is written yet."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("validationSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 11pt;")
        layout.addWidget(self.summary)
        counts = QHBoxLayout()
        self.counts: dict[str, QLabel] = {}
        for key, text, colour in (("create", self.tr("to create"), words.GREEN), ("update", self.tr("to update"), words.BLUE),
                                  ("skip", self.tr("duplicates skipped"), words.GREY),
                                  ("rejected", self.tr("rejected"), words.RED)):
            box = QLabel(self)
            box.setObjectName(f"count_{key}")
            box.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.setStyleSheet(f"QLabel {{ border: 1px solid #d0d4d9; border-radius: 4px; padding: 6px; "
                              f"color: {colour}; }}")
            box.setProperty("caption", text)
            self.counts[key] = box
            counts.addWidget(box)
        layout.addLayout(counts)
        self.tabs = QTabWidget(self)
        self.rejected = _read_only_table(self.tabs, "rejectedTable")
        self.duplicates = _read_only_table(self.tabs, "duplicatesTable")
        self.tabs.addTab(self.rejected, self.tr("Rejected rows"))
        self.tabs.addTab(self.duplicates, self.tr("Duplicates"))
        self.changes = _read_only_table(self.tabs, "changesTable")  # what "Update the existing records" changes
        self.tabs.addTab(self.changes, self.tr("Changes"))
        self.tabs.setTabVisible(2, False)  # shown when an update changes something
        self.mapped = _read_only_table(self.tabs, "mappedTable")  # the mapping the check used: column -> field
        self.tabs.addTab(self.mapped, self.tr("Columns imported"))
        layout.addWidget(self.tabs, 1)
        self.shown_note = QLabel(self)
        self.shown_note.setWordWrap(True)
        layout.addWidget(self.shown_note)
        options = QHBoxLayout()
        rejected_box = QGroupBox(self.tr("When rows are rejected"), self)
        rejected_layout = QVBoxLayout(rejected_box)
        self.all_or_nothing = QRadioButton(self.tr("Import nothing until every row is right (all or nothing)"),
                                           rejected_box)
        self.all_or_nothing.setObjectName("allOrNothing")
        self.valid_only = QRadioButton(self.tr("Import the valid rows, and save the rejected rows to correct:"),
                                       rejected_box)
        self.valid_only.setObjectName("validOnly")
        self.all_or_nothing.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.all_or_nothing)
        group.addButton(self.valid_only)
        path_row = QHBoxLayout()
        self.rejected_path = QLineEdit(rejected_box)
        self.rejected_path.setObjectName("rejectedPath")
        browse = QPushButton(self.tr("Browse..."), rejected_box)
        browse.clicked.connect(self._choose_rejected_path)
        path_row.addWidget(self.rejected_path, 1)
        path_row.addWidget(browse)
        rejected_layout.addWidget(self.all_or_nothing)
        rejected_layout.addWidget(self.valid_only)
        rejected_layout.addLayout(path_row)
        duplicate_box = QGroupBox(self.tr("Rows naming a record already there"), self)
        duplicate_layout = QVBoxLayout(duplicate_box)
        self.skip_duplicates = QRadioButton(self.tr("Skip them"), duplicate_box)
        self.skip_duplicates.setObjectName("duplicatesSkip")
        self.update_duplicates = QRadioButton(self.tr("Update the existing records"), duplicate_box)
        self.update_duplicates.setObjectName("duplicatesUpdate")
        self.skip_duplicates.setChecked(True)
        duplicate_layout.addWidget(self.skip_duplicates)
        duplicate_layout.addWidget(self.update_duplicates)
        duplicate_layout.addStretch(1)
        options.addWidget(rejected_box, 3)
        options.addWidget(duplicate_box, 2)
        layout.addLayout(options)
        self.problem = QLabel(self)
        self.problem.setObjectName("validationProblem")
        _problem_style(self.problem)
        layout.addWidget(self.problem)
        self.valid_only.toggled.connect(self._choice_changed)
        self.rejected_path.textChanged.connect(self._choice_changed)
        self.update_duplicates.toggled.connect(lambda _on: self.run())
        self.result: ValidationResult | None = None
        self.checking = Newest(self)
        self.cancel_check: threading.Event | None = None

    def initializePage(self) -> None:
        path = self.wiz.path
        self.rejected_path.setText(str(path.with_name(f"{path.stem}-rejected.xlsx")))
        self.run()

    def cleanupPage(self) -> None:
        if self.cancel_check is not None:
            self.cancel_check.set()
        self.checking.drop()
        self.result = None

    def run(self) -> None:
        """validate() on a worker thread, with a read-only session of its own."""
        if self.cancel_check is not None:
            self.cancel_check.set()
        ticket = self.checking.take()
        cancel = self.cancel_check = threading.Event()
        self.result = None
        self.problem.setText("")
        self.summary.setText(self.tr("Checking every row..."))
        self._show_counts(None)
        emit(self.completeChanged)
        database, user = self.wiz.context.database, self.wiz.context.user
        kind, table, mapping = self.wiz.kind, self.wiz.table, dict(self.wiz.mapping)
        on_duplicate = "update" if self.update_duplicates.isChecked() else "skip"

        def work(state):
            with database.session(user) as session:
                return validate(session, kind, table, mapping, on_duplicate=on_duplicate,
                                progress=state.set_progress,
                                cancelled=lambda: cancel.is_set() or state.is_cancelled())

        def done(result: ValidationResult) -> None:
            if ticket():
                self.show_result(result)

        def failed(exc: BaseException) -> None:
            if not ticket() or isinstance(exc, ImportCancelled):
                return
            if not isinstance(exc, DomainError):
                raise exc
            self.summary.setText("")
            self.problem.setText(self.tr("The rows cannot be checked: %1").replace("%1", messages.error_text(exc)))

        task = run_task(self, work, done, failed,
                        progress=self.tr("Checking the rows of %1...").replace("%1", table.source))
        # Cancelling the check delivers nothing: back to the columns, from where it can be started again.
        # (QProgressDialog also says "canceled" when the task closes it: only a real cancel counts.)
        task.dialog.canceled.connect(lambda: task.cancelled and ticket() and self.wiz.back())

    def _show_counts(self, result: ValidationResult | None) -> None:
        skipped = sum(d.action == "skipped" for d in result.duplicates) if result else None
        values = {"create": len(result.creates) if result else None, "update": len(result.updates) if result else None,
                  "skip": skipped, "rejected": len(result.rejected) if result else None}
        for key, box in self.counts.items():
            number = "\u2013" if values[key] is None else words.number_text(values[key])
            box.setText(f"<span style='font-size: 16pt; font-weight: bold;'>{number}</span><br>"
                        f"{box.property('caption')}")

    def show_result(self, result: ValidationResult) -> None:
        self.result = result
        self._show_counts(result)
        self.summary.setText(self.tr("%1 rows read from %2.").replace("%1", words.number_text(result.total))
                             .replace("%2", result.source))
        rows = [[str(p.row), p.column or p.field or "", messages.translated(p.reason)]
                for p in result.rejected[:SHOWN_PROBLEMS]]
        _fill_table(self.rejected, [self.tr("Row"), self.tr("Column"), self.tr("Reason")], rows)
        self.rejected.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.rejected.resizeColumnToContents(0)
        self.rejected.resizeColumnToContents(1)
        duplicates = [[str(d.row), d.key, messages.translated(d.where), messages.translated(d.action)]
                      for d in result.duplicates[:SHOWN_PROBLEMS]]
        _fill_table(self.duplicates, [self.tr("Row"), self.tr("Record"), self.tr("Where"), self.tr("Done")],
                    duplicates)
        self.duplicates.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tabs.setTabText(0, self.tr("Rejected rows (%1)").replace("%1", words.number_text(len(result.rejected))))
        self.tabs.setTabText(1, self.tr("Duplicates (%1)").replace("%1", words.number_text(len(result.duplicates))))
        kind = words.kind_title(result.kind.record)
        changes = [[str(c.row), f"{kind} {c.name}", _field_label(result, c.field), _value_text(c.old),
                    _value_text(c.new)]
                   for c in result.changes[:SHOWN_PROBLEMS]]
        _fill_table(self.changes, [self.tr("Row"), self.tr("Record"), self.tr("Field"), self.tr("Now"),
                                   self.tr("After the import")], changes)
        self.changes.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tabs.setTabText(2, self.tr("Changes (%1)").replace("%1", words.number_text(len(result.changes))))
        mapped = [[column, _field_label(result, field)] for column, field in result.mapping.items()]
        _fill_table(self.mapped, [self.tr("Column in the file"), self.tr("Imported as")], mapped)
        self.mapped.resizeColumnToContents(0)
        self.mapped.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tabs.setTabText(3, self.tr("Columns imported (%1)").replace("%1", words.number_text(len(mapped))))
        self.tabs.setTabVisible(2, bool(result.changes))
        self.tabs.setCurrentIndex(0 if result.rejected or not result.duplicates else 2 if result.changes else 1)
        more = max(len(result.rejected), len(result.duplicates), len(result.changes)) > SHOWN_PROBLEMS
        self.shown_note.setText(self.tr("Only the first %1 are listed.").replace("%1", str(SHOWN_PROBLEMS))
                                if more else "")
        self._choice_changed()

    def _choose_rejected_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the rejected rows"), self.rejected_path.text(),
                                              self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.rejected_path.setText(path if path.endswith(".xlsx") else path + ".xlsx")
            self.valid_only.setChecked(True)

    def _rejected_path_refused(self) -> str | None:
        """Why the rejected rows cannot be saved where the user said (a database), or None."""
        try:
            self.wiz.context.output_file(self.rejected_path.text().strip())
        except OutputRefused as exc:
            return messages.error_text(exc)
        return None

    def _choice_changed(self, *_args) -> None:
        result = self.result
        self.problem.setText("")
        if result is not None:
            if result.rejected and not self.valid_only.isChecked():
                self.problem.setText(plural(
                    len(result.rejected),
                    self.tr("1 row is rejected, so nothing can be imported as it is. Correct it in the file and "
                            "import it again, or choose to import the valid rows only."),
                    self.tr("%1 rows are rejected, so nothing can be imported as it is. Correct them in the file "
                            "and import it again, or choose to import the valid rows only.")))
            elif result.rejected and not self.rejected_path.text().strip():
                self.problem.setText(self.tr("Say where to save the rejected rows."))
            elif result.rejected and (refused := self._rejected_path_refused()):
                self.problem.setText(refused)
            elif not result.valid:
                self.problem.setText(self.tr("There is nothing to import: no row is new or to update."))
        emit(self.completeChanged)

    def isComplete(self) -> bool:
        return self.result is not None and not self.problem.text()

    def validatePage(self) -> bool:
        self.wiz.result = self.result
        self.wiz.valid_only = self.valid_only.isChecked() and bool(self.result and self.result.rejected)
        self.wiz.rejected_path = Path(self.rejected_path.text().strip()) if self.wiz.valid_only else None
        return True


# --- 4. the import ------------------------------------------------------------------------------------

class ImportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr("All rows are written in one go: until the end, nothing is saved, and a cancel "
                                 "leaves the database as it was."))
        layout = QVBoxLayout(self)
        self.status = QLabel(self)
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setStyleSheet("font-size: 11pt;")
        self.bar = QProgressBar(self)
        self.bar.setObjectName("importProgress")
        self.bar.setRange(0, 1000)
        layout.addWidget(self.bar)
        layout.addSpacing(8)
        layout.addWidget(self.status)
        self.cancel_button = QPushButton(self.tr("Cancel the import"), self)
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        layout.addStretch(1)
        self.relay = _Progress(self)
        self.relay.moved.connect(self._moved, Qt.ConnectionType.QueuedConnection)
        self.cancelled = threading.Event()
        self.outcome: ImportOutcome | None = None
        self.running = False
        self.task = None
        self._last = 0.0  # when progress was last handed over

    def initializePage(self) -> None:
        self.outcome = None
        self.cancelled.clear()
        self.start()

    def report_progress(self, fraction: float, text: str) -> None:
        """Called by import_rows on the worker thread: handed over to the page as a signal."""
        now = time.monotonic()
        if fraction < 1.0 and now - self._last < 0.1:
            return  # an update of 100,000 records would otherwise queue 100,000 signals
        self._last = now
        emit(self.relay.moved, float(fraction), str(text))

    @Slot(float, str)
    def _moved(self, fraction: float, text: str) -> None:
        if self.running:
            self.bar.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
            if text:
                self.status.setText(text)

    def start(self) -> None:
        wiz = self.wiz
        database, user = wiz.context.database, wiz.context.user
        result, valid_only, rejected_path = wiz.result, wiz.valid_only, wiz.rejected_path
        cancelled = self.cancelled
        source = wiz.path.name
        self.running = True
        self.bar.setValue(0)
        self.cancel_button.setEnabled(True)
        self.status.setText(self.tr("Writing the rows of %1...").replace("%1", source))

        def work(state):
            rejected_file = None
            if valid_only and result.rejected and rejected_path is not None:
                # Saved first: if the file cannot be written, nothing is imported and nothing is lost.
                write_rejected(result, rejected_path)
                rejected_file = rejected_path
            session = database.session(user, source=source, write=True)
            try:
                with session.begin():  # committed at the end only; an exception rolls everything back
                    summary = import_rows(session, result, source=source, progress=self.report_progress,
                                          cancelled=cancelled.is_set, valid_only=valid_only)
                    if cancelled.is_set():
                        raise ImportCancelled()
            except ImportCancelled:
                return ImportOutcome(None, cancelled=True, rejected_file=rejected_file)
            finally:
                session.close()
            return ImportOutcome(summary, rejected_file=rejected_file)

        self.task = run_task(self, work, self._done, self._failed)

    def cancel(self) -> None:
        if self.running:
            self.cancelled.set()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling: undoing what was written..."))

    def _done(self, outcome: ImportOutcome) -> None:
        self.running = False
        self.outcome = outcome
        self.cancel_button.hide()
        self.wiz.setOption(QWizard.WizardOption.NoCancelButton, True)
        if outcome.cancelled:
            self.setTitle(self.tr("Import cancelled"))
            self.setSubTitle(self.tr("Everything written before the cancel was undone."))
            self.bar.setValue(0)
            self.status.setText(self.tr("The import was cancelled. Nothing was written to the database."))
        else:
            summary = outcome.summary
            self.setTitle(self.tr("Imported"))
            self.setSubTitle(self.tr("The records are in the database; the open screens show them now."))
            self.bar.setValue(1000)
            lines = [self.tr("%1 is imported.").replace("%1", summary.source),
                     ", ".join([plural(summary.created, self.tr("1 record created"), self.tr("%1 records created")),
                                plural(summary.updated, self.tr("1 updated"), self.tr("%1 updated")),
                                plural(summary.skipped, self.tr("1 duplicate skipped"),
                                       self.tr("%1 duplicates skipped")),
                                plural(summary.rejected, self.tr("1 row rejected"), self.tr("%1 rows rejected"))])
                     + "."]
            if outcome.rejected_file is not None:
                lines.append(self.tr("The rejected rows are in %1: correct them there and import that file.")
                             .replace("%1", str(outcome.rejected_file)))
            lines.append(self.tr("Each record's history names the file it came from."))
            self.status.setText("\n\n".join(lines))
            # Written in bulk past the audit hook's list of changes: "many records of this kind".
            self.wiz.context.changed(self.wiz.result.kind.record, 0)
        emit(self.completeChanged)

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.cancel_button.hide()
        self.setTitle(self.tr("Import failed"))
        self.bar.setValue(0)
        if isinstance(exc, (DomainError, OSError)):
            self.status.setText(self.tr("Nothing was written to the database: %1").replace("%1", messages.error_text(exc)))
            self.outcome = ImportOutcome(None)
            emit(self.completeChanged)
            return
        self.outcome = ImportOutcome(None)
        self.status.setText(self.tr("Nothing was written to the database."))
        emit(self.completeChanged)
        raise exc

    def isComplete(self) -> bool:
        return self.outcome is not None


class ImportWizard(QWizard):
    """File > Import...: the four steps of an import, each checked before the next one."""

    FILE, MAPPING, VALIDATION, IMPORT = range(4)

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import a spreadsheet"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.resize(fit.first_size(self, QSize(960, 680)))
        self.table: Table | None = None
        self.path: Path | None = None
        self.kind: str = "households"
        self.mapping: dict[str, str] = {}
        self.result: ValidationResult | None = None
        self.valid_only = False
        self.rejected_path: Path | None = None
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.validation_page = ValidationPage(self)
        self.import_page = ImportPage(self)
        for ident, page in ((self.FILE, self.file_page), (self.MAPPING, self.mapping_page),
                            (self.VALIDATION, self.validation_page), (self.IMPORT, self.import_page)):
            self.setPage(ident, page)

    def importing(self) -> bool:
        return self.import_page.running

    def reject(self) -> None:
        if self.importing():
            answer = QMessageBox.question(self, self.tr("Cancel the import"),
                                          self.tr("Stop the import? Nothing of this file will be written."))
            if answer == QMessageBox.StandardButton.Yes:
                self.import_page.cancel()
            return  # closed once the rollback is done and said
        super().reject()

    def closeEvent(self, event) -> None:
        if self.importing():
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)


if __name__ == "__main__":  # python -m workbench.views.import_wizard [--db demo.db]: the wizard alone
    import sys

    from workbench.db import open_database
    from workbench.views.app import application
    from workbench.views.context import Context

    app = application()
    db = sys.argv[sys.argv.index("--db") + 1] if "--db" in sys.argv else None
    wizard = ImportWizard(Context(open_database(db)))
    wizard.show()
    sys.exit(app.exec())
