"""A record's form, built from its declared fields: type-appropriate editors, required marks, inline problems."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)
from shiboken6 import isValid

from workbench import models as m
from workbench.services import conflicts, records, screens
from workbench.services.errors import DomainError, StaleRecordError
from workbench.views import messages, words
from workbench.views.fields import FORMS, Field
from workbench.views.signals import emit
from workbench.views.tasks import run_task

LEVEL_WORDS = {
    "0": QT_TRANSLATE_NOOP("fields", "Country"),
    "1": QT_TRANSLATE_NOOP("fields", "Province / governorate"),
    "2": QT_TRANSLATE_NOOP("fields", "Territory / district"),
    "3": QT_TRANSLATE_NOOP("fields", "Locality / village"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("fields", text)


class Problem(Exception):
    """What a user typed cannot be read (a word in a number field); shown next to the field like a DomainError."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field, self.message = field, message


class DateEdit(QWidget):
    """A date typed as YYYY-MM-DD (unambiguous for staff used to 3/4 and 4/3) or picked from a calendar.

    An optional date may stay empty. A QDateEdit was tried first: it cannot be empty and typing over it is
    awkward, so this is a line edit with a calendar button.
    """

    textChanged = Signal(str)

    def __init__(self, optional: bool, parent=None):
        super().__init__(parent)
        self.optional = optional
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self._line = QLineEdit(self)
        self._line.setPlaceholderText(tr("YYYY-MM-DD") if not optional else tr("(none)"))
        self._line.setMaxLength(10)
        self._line.setMinimumWidth(self._line.fontMetrics().horizontalAdvance("0000-00-00") + 24)
        self._line.textChanged.connect(self.textChanged)
        layout.addWidget(self._line, 1)
        self.button = QToolButton(self)
        self.button.setText("\u25be")
        self.button.setToolTip(tr("Pick a date"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.button)
        self.calendar = QCalendarWidget(menu)
        self.calendar.clicked.connect(self._picked)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._calendar_on_value)
        self.button.setMenu(menu)
        layout.addWidget(self.button)
        self.setFocusProxy(self._line)
        self.set_value(None)

    def lineEdit(self) -> QLineEdit:
        return self._line

    def text(self) -> str:
        return self._line.text()

    def value(self) -> dt.date | None:
        """The date, None when empty; ValueError when the text is not a date."""
        text = self._line.text().strip()
        if not text:
            return None
        return dt.date.fromisoformat(text)

    def set_value(self, value: dt.date | None) -> None:
        self._line.setText(value.isoformat() if value else "")

    def _calendar_on_value(self) -> None:
        try:
            day = self.value() or dt.date.today()
        except ValueError:
            day = dt.date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _picked(self, date: QDate) -> None:
        self.set_value(dt.date(date.year(), date.month(), date.day()))
        self.button.menu().hide()


class ReferenceCombo(QComboBox):
    """Picks a record by typing part of its code or name (type-ahead), or from the list."""

    def __init__(self, optional: bool, parent=None):
        super().__init__(parent)
        self.optional = optional
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        completer = QCompleter(self.model(), self)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)

    def set_choices(self, choices: list[screens.Choice]) -> None:
        self.blockSignals(True)
        self.clear()
        if self.optional:
            self.addItem("", None)
        for choice in choices:
            self.addItem(choice.label, choice.id)
        self.blockSignals(False)

    def value(self) -> int | None:
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:  # the code alone ("CD74") is enough
            for i in range(self.count()):
                if self.itemText(i).split(" - ")[0].lower() == text.lower():
                    index = i
                    break
        if index < 0:
            raise ValueError(text)
        return self.itemData(index)

    def set_value(self, ident: int | None) -> None:
        index = self.findData(ident) if ident is not None else -1
        if index < 0 and ident is None:
            self.setCurrentIndex(0 if self.optional else -1)
            self.setEditText("")
        else:
            self.setCurrentIndex(index)
        self.lineEdit().setCursorPosition(0)  # show the code at the start of a long label


class ChoiceCombo(QComboBox):
    def __init__(self, choices: tuple, optional: bool, parent=None, labels: dict | None = None):
        super().__init__(parent)
        if optional:
            self.addItem("", None)
        for value in choices:
            text = tr(labels[value]) if labels and value in labels else words.word(value)
            self.addItem(text, value)

    def value(self):
        return self.currentData()

    def set_value(self, value) -> None:
        index = self.findData(None if value is None else str(value))
        self.setCurrentIndex(max(index, 0))


class MultiChoice(QListWidget):
    """Several values from a list (a household's vulnerabilities), stored comma-separated."""

    def __init__(self, choices: tuple, parent=None):
        super().__init__(parent)
        for value in choices:
            item = QListWidgetItem(words.word(value), self)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.setMaximumHeight(self.sizeHintForRow(0) * len(choices) + 6)

    def value(self) -> str:
        return ", ".join(self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                         if self.item(i).checkState() == Qt.CheckState.Checked)

    def set_value(self, value: str | None) -> None:
        chosen = {v.strip() for v in (value or "").split(",") if v.strip()}
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in chosen
                               else Qt.CheckState.Unchecked)


class NumberEdit(QLineEdit):
    """A whole or decimal number typed in the user's locale; empty means no value.

    A decimal shows every digit it has (an exchange rate of 0.00076336, not "0.00", which a save would send back);
    money shows its cents."""

    def __init__(self, whole: bool, parent=None, money: bool = False):
        super().__init__(parent)
        self.whole = whole
        self.money = money
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def value(self):
        text = self.text().strip()
        if not text:
            return None
        number = words.parse_number(text)
        if self.whole:
            if number != number.to_integral_value():
                raise InvalidOperation(text)
            return int(number)
        return number

    def set_value(self, value) -> None:
        if value is None:
            self.setText("")
        elif self.whole:
            self.setText(str(int(value)))
        elif self.money and Decimal(str(value)) != int(Decimal(str(value))):
            self.setText(words.number_text(value, 2))
        else:
            self.setText(words.exact_number_text(value))


class RecordForm(QWidget):
    """The editable fields of one record kind; `values()` gives what changed, problems show under each field."""

    edited = Signal()
    savingChanged = Signal(bool)  # a save is on its way to the database (True) or done (False)

    def __init__(self, context, kind: str, fixed: dict | None = None, parent: QWidget | None = None,
                 scope: dict | None = None):
        super().__init__(parent)
        self.scope = dict(scope or {}) | dict(fixed or {})  # limits pick-lists (a project's indicators)
        self.context = context
        self.kind = kind
        self.fixed = dict(fixed or {})  # the record this one belongs to (site_id=...), not shown
        self.fields: list[Field] = [f for f in FORMS[kind] if f.key not in self.fixed]
        self.required = set(screens.required_fields(kind))
        self.editors: dict[str, QWidget] = {}
        self.problems: dict[str, QLabel] = {}
        self.loaded: dict = {}
        self._dirty = False
        self._filling = False
        self._build()

    # --- building ---------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.banner = QLabel(self)
        self.banner.setObjectName("formProblem")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(f"color: {words.RED}; font-weight: bold; padding: 4px;")
        self.banner.hide()
        outer.addWidget(self.banner)
        # Why the whole record is read-only (closed, or in a closed record): the services' refusal, said once.
        self.closed_line = QLabel(self)
        self.closed_line.setObjectName("closedLine")
        self.closed_line.setWordWrap(True)
        self.closed_line.setStyleSheet("font-weight: bold; padding: 4px; border: 1px solid palette(mid);"
                                       "border-radius: 4px;")
        self.closed_line.hide()
        outer.addWidget(self.closed_line)
        self.closed = False
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        outer.addLayout(grid)
        sections: dict[str, QFormLayout] = {}
        self._boxes: dict[str, QGroupBox] = {}
        self._rows: dict[str, tuple[QFormLayout, QLabel]] = {}  # each field's row, to hide what is not asked
        for field in self.fields:
            if field.section not in sections:
                box = QGroupBox(tr(field.section), self)
                form = QFormLayout(box)
                form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
                n = len(sections)
                # The main section on the left, the others beside and below it.
                if n == 0:
                    grid.addWidget(box, 0, 0, 3, 1)
                else:
                    grid.addWidget(box, n - 1, 1)
                sections[field.section] = form
                self._boxes[field.section] = box
            form = sections[field.section]
            editor = self._editor(field)
            self.editors[field.key] = editor
            label_text = tr(field.label)
            label = QLabel(self.tr("%1 *").replace("%1", label_text) if field.key in self.required else label_text, self)
            label.setBuddy(editor)
            if field.key in self.required:
                label.setToolTip(self.tr("Required"))
            problem = QLabel(self)
            problem.setObjectName(f"problem_{field.key}")
            problem.setWordWrap(True)
            problem.setStyleSheet(f"color: {words.RED};")
            problem.hide()
            self.problems[field.key] = problem
            cell = QWidget(self)
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(1)
            if field.editor == "reference" and records.kind_of(field.reference).pick and not field.read_only:
                # A pick list can be empty (a new office's first site has no location yet): New... adds one here.
                row = QHBoxLayout()
                row.addWidget(editor, 1)
                new = QToolButton(self)
                new.setText(self.tr("New..."))
                new.setObjectName(f"new_{field.key}")
                new.setToolTip(self.tr("Add a new %1 to this list").replace("%1", words.kind_title(field.reference).lower()))
                new.clicked.connect(lambda _=False, key=field.key, ref=field.reference: self.add_referenced(key, ref))
                row.addWidget(new)
                cell_layout.addLayout(row)
            elif field.editor == "money":
                row = QHBoxLayout()
                row.addWidget(editor, 1)
                currency = ChoiceCombo(m.CURRENCIES, False, self)
                currency.setObjectName(f"field_{field.currency}")
                currency.setAccessibleName(tr("Currency"))
                self.editors[field.currency] = currency
                self._watch(currency)
                row.addWidget(currency)
                cell_layout.addLayout(row)
                self.problems[field.currency] = problem
            else:
                cell_layout.addWidget(editor)
            cell_layout.addWidget(problem)
            form.addRow(label, cell)
            self._rows[field.key] = (form, label)
        outer.addStretch(1)
        self._conditional = {f.key: f.shown_for for f in self.fields if f.shown_for}
        self._show_asked()
        # What the declaration keeps from being typed (a work's actual dates), whatever the record's state.
        self._fixed_off = {key for key, editor in self.editors.items() if not editor.isEnabled()}
        self.load_choices()

    def _editor(self, field: Field) -> QWidget:
        optional = field.key not in self.required
        kind = field.editor
        if kind == "multiline":
            editor = QPlainTextEdit(self)
            editor.setTabChangesFocus(True)
            editor.setFixedHeight(editor.fontMetrics().lineSpacing() * 4 + 10)
        elif kind in ("int", "decimal", "money"):
            editor = NumberEdit(kind == "int", self, money=kind == "money")
        elif kind == "float":
            editor = NumberEdit(False, self)
        elif kind == "date":
            editor = DateEdit(optional, self)
        elif kind == "choice":
            editor = ChoiceCombo(field.choices, optional, self,
                                 LEVEL_WORDS if field.key == "admin_level" else None)
        elif kind == "multichoice":
            editor = MultiChoice(field.choices, self)
        elif kind == "reference":
            editor = ReferenceCombo(optional, self)
        elif kind == "bool":
            editor = QCheckBox(self)
        else:
            editor = QLineEdit(self)
        editor.setObjectName(f"field_{field.key}")
        editor.setAccessibleName(tr(field.label))
        if field.read_only:
            editor.setEnabled(False)
        self._watch(editor)
        return editor

    def set_closed(self, reason: str | None) -> None:
        """Make every field read-only, with the line saying why (a closed grant, a household of a closed site), or
        editable again (a site whose closure was called off)."""
        self.closed = reason is not None
        self.closed_line.setText(messages.translated(reason) if reason else "")
        self.closed_line.setVisible(self.closed)
        for key, editor in self.editors.items():
            if isinstance(editor, (QLineEdit, QPlainTextEdit)):
                editor.setReadOnly(self.closed)  # still selectable and copied from
            if key not in self._fixed_off:
                editor.setEnabled(not self.closed or isinstance(editor, (QLineEdit, QPlainTextEdit)))
        for button in self.findChildren(QToolButton):
            if button.objectName().startswith("new_"):
                button.setEnabled(not self.closed)

    def _watch(self, editor: QWidget) -> None:
        for signal in ("textChanged", "currentIndexChanged", "dateChanged", "toggled", "itemChanged", "editTextChanged"):
            if hasattr(editor, signal):
                getattr(editor, signal).connect(self._changed)

    def load_choices(self, only: str | None = None) -> None:
        """Fill the reference combos (projects, sites, locations...) from the database (or `only` that one)."""
        wanted = {f.key: f for f in self.fields if f.editor == "reference" and only in (None, f.key)}
        if not wanted:
            return
        project_id = self.scope.get("project_id")

        def read(session):
            result = {}
            for key, field in wanted.items():
                where = {"project_id": project_id} if field.reference in ("indicator", "outcome") and project_id else None
                result[key] = screens.reference_choices(session, field.reference, where=where,
                                                        include=self.loaded.get(key))
            return result

        choices = self.context.read(read)
        self._filling = True
        for key, items in choices.items():
            self.editors[key].set_choices(items)
            self.editors[key].set_value(self.loaded.get(key))
            if not items:
                self.editors[key].lineEdit().setPlaceholderText(self.tr("None yet: New... adds one"))
        self._filling = False

    def add_referenced(self, key: str, kind: str):
        """Opens a new record of the kind a reference picks; once it is saved, the list offers it and it is chosen."""
        from workbench.views.record_window import open_record  # the window is built of forms

        window = open_record(self.context, kind, None, parent=self.window())

        def saved(ident: int) -> None:
            if not isValid(self):
                return
            self.load_choices(only=key)
            self.editors[key].set_value(ident)
            self._changed()

        window.saved.connect(saved)
        return window

    # --- values -----------------------------------------------------------------------------------

    def _changed(self, *_args) -> None:
        self._show_asked()
        if not self._filling:
            self._follow(self.sender())
            self._dirty = True
            emit(self.edited)

    def _current(self, key: str):
        """The value typed in a field now, or None while it is not one (the user is still typing)."""
        editor = self.editors.get(key)
        if editor is None:
            return self.fixed.get(key) if isinstance(getattr(self, "fixed", None), dict) else None
        try:
            return self._read(key, editor)
        except Problem:
            return None

    def _show_asked(self) -> None:
        """Only the fields the record's kind asks for what is chosen (a grant's programme): the rows of the others
        hidden, and a section left with none; what they hold is kept."""
        conditional = getattr(self, "_conditional", None)
        if not conditional:
            return
        for key, (field_key, values) in conditional.items():
            form, label = self._rows[key]
            form.setRowVisible(label, self._current(field_key) in values)
        for section, box in self._boxes.items():
            keys = [f.key for f in self.fields if f.section == section]
            box.setVisible(any(key not in conditional or self._current(conditional[key][0]) in conditional[key][1]
                               for key in keys))

    def _follow(self, editor) -> None:
        """What the declaration computes from what was typed (a CfW amount: days worked x daily rate), shown as
        it is typed."""
        follow = getattr(records.kind_of(self.kind).prepare, "follow", None)
        changed = next((key for key, e in self.editors.items() if e is editor), None)
        if follow is None or changed is None:
            return
        values = {key: self._current(key) for key in self.editors}
        for key, value in follow(values, changed).items():
            if key in self.editors and value != values.get(key):
                self._filling = True  # set, not typed: no second round of follow
                try:
                    self._show(key, value)
                finally:
                    self._filling = False

    @property
    def dirty(self) -> bool:
        return self._dirty

    def set_values(self, values: dict) -> None:
        """Show a record (or a new record's defaults); the form is then not edited."""
        self.loaded = dict(values)
        self._filling = True
        for key in self.editors:
            self._show(key, values.get(key))
        self._filling = False
        self._dirty = False
        self.clear_problems()
        self._show_asked()

    def _show(self, key: str, value) -> None:
        editor = self.editors[key]
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(value or "")
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QLineEdit) and not isinstance(editor, NumberEdit):
            editor.setText("" if value is None else str(value))
        else:
            editor.set_value(value)

    def value_text(self, key: str, value) -> str:
        """A value of a field as its editor shows it (a site by its name, a choice in the window's language), for
        the versions compared when a save comes too late (conflict_dialog)."""
        editor = self.editors[key]
        if value is None or value == "":
            return ""
        if isinstance(editor, (ReferenceCombo, ChoiceCombo)):
            index = editor.findData(value if isinstance(editor, ReferenceCombo) else str(value))
            return editor.itemText(index) if index >= 0 else str(value)
        if isinstance(editor, MultiChoice):
            return words.words_text(value)
        if isinstance(editor, QCheckBox):
            return words.word("yes" if value else "no")
        if isinstance(editor, DateEdit):
            return words.date_text(value)
        if isinstance(editor, NumberEdit):
            if editor.whole:
                return words.number_text(value)
            if editor.money and Decimal(str(value)) != int(Decimal(str(value))):
                return words.number_text(value, 2)
            return words.exact_number_text(value)
        return str(value)

    def label_of(self, key: str) -> str:
        return next((tr(f.label) for f in self.fields if f.key == key), key)

    def _read(self, key: str, editor: QWidget):
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText().strip()
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, NumberEdit):
            try:
                return editor.value()
            except words.NumberTextError as exc:
                raise Problem(key, self.tr("must be a number: %1").replace("%1", exc.hint)) from None
            except (InvalidOperation, ValueError):
                raise Problem(key, self.tr("must be a whole number") if editor.whole
                              else self.tr("must be a number")) from None
        if isinstance(editor, DateEdit):
            try:
                return editor.value()
            except ValueError:
                raise Problem(key, self.tr("must be a date written as YYYY-MM-DD")) from None
        if isinstance(editor, ReferenceCombo):
            try:
                return editor.value()
            except ValueError:
                raise Problem(key, self.tr("choose one from the list")) from None
        if isinstance(editor, ChoiceCombo):
            value = editor.value()
            return int(value) if key == "admin_level" and value is not None else value
        if isinstance(editor, QLineEdit):
            text = editor.text().strip()
            return text or None
        return editor.value()

    def values(self, only_changed: bool = True) -> dict:
        """What the user entered, typed for the services; raises Problem for text that is not a value."""
        result = {}
        for key, editor in self.editors.items():
            if not editor.isEnabled():
                continue
            value = self._read(key, editor)
            old = self.loaded.get(key)
            if isinstance(old, str) and value is None:
                value = "" if old == "" else None
            if only_changed and self.loaded.get("id") is not None and records.same_value(old, value):
                continue
            if not only_changed or self.loaded.get("id") is not None or value not in (None, ""):
                result[key] = value
        return result

    # --- problems ---------------------------------------------------------------------------------

    def clear_problems(self) -> None:
        self.banner.hide()
        for label in self.problems.values():
            label.hide()
            label.setText("")

    def show_problem(self, field: str | None, message: str) -> None:
        """Next to the field it is about, or at the top of the form for the record as a whole."""
        message = messages.translated(message)  # the services' rules speak English
        if field in self.problems:
            label = self.problems[field]
            label.setText(message)
            label.show()
            editor = self.editors.get(field)
            if editor is not None:
                editor.setFocus()
        else:
            text = message if field is None else self.tr("%1: %2").replace("%1", field.replace("_", " ")).replace(
                "%2", message)
            self.banner.setText(text)
            self.banner.show()

    def problem_text(self, field: str | None = None) -> str:
        """What the user reads next to a field (or in the banner)."""
        if field is None:
            return self.banner.text() if self.banner.isVisible() else ""
        label = self.problems[field]
        return label.text() if not label.isHidden() else ""

    # --- saving -------------------------------------------------------------------------------------

    def save(self, ident: int | None, on_saved: Callable[[int], None] | None = None) -> None:
        """Create or update through the services, off the GUI thread (a save to the office's server may take a
        moment): the form is locked meanwhile, then shows the record as saved and calls on_saved(id), or shows
        the problem and stays as typed."""
        self.clear_problems()
        try:
            values = self.values()
        except Problem as problem:
            self.show_problem(problem.field, problem.message)
            return
        version, kind, fixed, context = self.loaded.get("version"), self.kind, dict(self.fixed), self.context
        typed = self.values(only_changed=False)  # every field as it stands, should the save come too late

        def work(_state):
            with context.transaction() as session:
                if ident is None:
                    obj = records.create(session, kind, fixed | values)
                elif values:
                    obj = records.update(session, kind, ident, values, expected_version=version)
                else:
                    obj = records.get(session, kind, ident)
                return obj.id, records.as_dict(obj)

        def done(result) -> None:
            if not isValid(self):
                return
            self.setEnabled(True)
            saved_id, fresh = result
            self.set_values(fresh)
            emit(self.savingChanged, False)
            if on_saved is not None:
                on_saved(saved_id)

        def failed(exc: BaseException) -> None:
            if not isValid(self):
                return
            self.setEnabled(True)
            emit(self.savingChanged, False)
            if not isinstance(exc, DomainError):
                raise exc
            if isinstance(exc, StaleRecordError) and ident is not None:
                self._compare_versions(ident, typed, on_saved, exc)
                return
            self.show_problem(exc.field, exc.message)

        self.setEnabled(False)
        emit(self.savingChanged, True)
        run_task(self, work, done, failed)

    # --- saved meanwhile by someone else --------------------------------------------------------------

    def _compare_versions(self, ident: int, typed: dict, on_saved, refusal: StaleRecordError) -> None:
        """The save came too late: someone saved the record since it was opened. Their version is read and shown
        beside the user's, field by field (conflict_dialog); what the user keeps is saved on top of theirs. Cancel
        leaves the form as typed, and the next Save compares again."""
        from workbench.views.conflict_dialog import ConflictDialog

        kind = self.kind
        try:
            theirs, saver, title = self.context.read(lambda s: (screens.record_values(s, kind, ident),
                                                                conflicts.last_saver(s, kind, ident),
                                                                screens.record_title(s, kind, ident)))
        except DomainError as exc:  # deleted meanwhile: say so, keep what was typed
            self.show_problem(exc.field, exc.message)
            return
        found = conflicts.differences(self.loaded, typed, theirs)
        if not found:  # they changed nothing the user sees here: save the user's values on their version
            self._take_versions(theirs, {})
            self.save(ident, on_saved)
            return
        dialog = ConflictDialog(title, saver, found, self.label_of, self.value_text, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)

        def finished(result: int) -> None:
            if result == ConflictDialog.DialogCode.Accepted and isValid(self):
                self._take_versions(theirs, conflicts.chosen_values(found, dialog.choices()))
                self.save(ident, on_saved)
            elif isValid(self):
                self.show_problem(None, self.tr("Not saved: %1 Save again to compare the versions.").replace(
                    "%1", messages.translated(refusal.message)))
            dialog.deleteLater()

        dialog.finished.connect(finished)
        self.conflict_dialog = dialog
        dialog.open()

    def _take_versions(self, theirs: dict, chosen: dict) -> None:
        """The form now stands on the saved version (its values and version) with the user's chosen values typed
        over it, so a save sends exactly what the user kept of their own. A field not compared has the same value
        in both versions."""
        self.loaded = dict(theirs)
        self._filling = True
        for key in self.editors:
            self._show(key, chosen.get(key, theirs.get(key)))
        self._filling = False
        self._dirty = True
