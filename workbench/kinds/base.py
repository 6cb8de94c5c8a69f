"""The shape of a record kind's declaration: the kind, its fields and its table columns. No Qt.

A declaration states only what the mapped columns cannot say: labels, sections, choices, import words and HXL tags,
personal data, table columns. The rest (editor, type, length and range, required or not, references) is read from
the SQLAlchemy column when it is asked for, so the model and the declaration cannot disagree.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, Numeric, Text, inspect as sa_inspect

from workbench.models.base import SYSTEM_COLUMNS


def N(context: str, text: str) -> str:
    """A text marked for translation under `context`: tools/translations.py reads these calls, the window translates
    the value; the services and the command line use it as written (English)."""
    return text


DETAILS = N("fields", "Details")
IDENTIFIES = (None, "direct", "indirect")
ANONYMISED = (None, "year", "month", "band", "area")
MONEY = N("fields", "Money")


@dataclass(frozen=True)
class Field:
    """One field of a record kind, as staff see it in a form, a file and a message."""

    key: str                        # the model's column: site_id, registered_on
    label: str                      # one label for the form, the import wizard and messages (context "fields")
    editor: str | None = None       # None: from the column (text, multiline, int, decimal, float, date, bool,
                                    # reference); or choice, multichoice, money
    choices: type[enum.Enum] | tuple | None = None  # the values a choice takes: the enum, stated here once
    section: str = DETAILS
    header: str | None = None       # a file's header when the label needs its kind beside it ("Household ID")
    words: tuple[str, ...] = ()     # other headers staff write, in English and French
    hxl: str | None = None          # the HXL hashtag of the column in an import or export
    hxl_words: tuple[str, ...] = ()  # other hashtags files carry for it (HDX's #adm+code). In these and in `words`,
                                     # {n} is the most specific admin level the file has (#adm{n}+code, "admin{n}
                                     # pcode": #adm2+code beside #adm1+code), {n-1} the level above it
    value_words: dict[str, str] = field(default_factory=dict)  # other words for a choice's values (French)
    personal: str | None = None     # name, phone or coordinate: how a masked export shows a direct identifier
                                    # (initials, last two digits, 0.1 degree); text: free text, left out
    identifies: str | None = None   # who a field identifies a person to (docs: README "Personal data"): "direct"
                                    # (a name, phone, ID number, exact coordinate; the default of `personal`):
                                    # left out of exports at level none; "indirect" (a vulnerability, sex, household
                                    # size, an exact date, a small-area place, a pseudonymous code, free text about
                                    # the person): also left out or coarsened at level anonymised
    anonymised: str | None = None   # how level anonymised shows an indirect identifier: year, month (of a date),
                                    # band (of a count: 1-2, 3-5, 6-9, 10+), area (a site or village as the P-code
                                    # of the area above it); None: left out
    sensitive: bool = False         # tells of a sensitive case (a GBV referral's service, outcome, case code): only
                                    # staff allowed to see sensitive cases see it (the roles), and no named person
                                    # is ever linked to a sensitive record
    currency: str | None = None     # for money: the field holding its currency, shown beside the amount
    reference: tuple[str, str] | None = None  # (kind, key) when typed by another key than the kind's own: an
                                              # indicator by its code within its project
    on_form: bool = True            # False: set by the record the form was opened from, or beside another field
    read_only: bool = False
    help: str = ""
    shown_for: tuple[str, tuple[str, ...]] | None = None  # (field, values): the form asks it only while that field
                                                           # holds one of them (a programme's own fields)

    def __post_init__(self):
        if self.personal and self.identifies is None:
            object.__setattr__(self, "identifies", "direct")
        if self.identifies not in IDENTIFIES:
            raise ValueError(f"{self.key}: identifies must be one of {IDENTIFIES}")
        if self.anonymised not in ANONYMISED:
            raise ValueError(f"{self.key}: anonymised must be one of {ANONYMISED}")

    @property
    def file_header(self) -> str:
        return self.header or self.label

    @property
    def values(self) -> tuple[str, ...]:
        """The stored values of a choice, in the declared order."""
        if self.choices is None:
            return ()
        return tuple(str(v.value if isinstance(v, enum.Enum) else v) for v in self.choices)


@dataclass(frozen=True)
class Column:
    """One column of the kind's table: a key of the table's query (services/screens.py), its header, how values
    read (text, word, words: several stored words separated by commas, status, int, decimal, money, percent, date,
    datetime, alert: a yes-or-no that marks its whole row when yes), and its default width."""

    key: str
    header: str                     # context "columns"
    kind: str = "text"
    currency: str | None = None
    width: int | None = None
    hidden: bool = False


@dataclass(frozen=True)
class Closes:
    """Which workflow states close a record of a kind (a closed grant or site, a completed work): a closed record is
    read-only, and so are the records of the kinds in `children` that belong to it (a closed site's households and
    population counts), which can no longer be added, changed or deleted either. The services refuse in one line,
    for a form, the command line and a file alike (kinds/rules.py NotWhenClosed); only the workflow's own steps
    still change a closed record (services/workflows.py), reopening it where the workflow has such a step."""

    states: tuple[str, ...]         # closed
    children: tuple[str, ...] = ()  # household, population_count: kinds whose reference to this kind is refused
    field: str = "status"           # the workflow's field holding the state


@dataclass(frozen=True)
class Kind:
    """Everything the workbench knows of one record kind."""

    name: str                       # household (the services' and the command line's word)
    model: type
    label: str                      # household: in English messages ("This household cannot be deleted")
    title: str                      # Household: what the window calls one (context "records")
    fields: tuple[Field, ...]
    area: str | None = None         # the part of the office's work it belongs to, which the roles are stated on
                                    # (services/permissions.py AREAS): programme, places, sites, households, cash,
                                    # livelihoods, works, distributions, crc, protection, documents, admin
    order: int = 1000               # where it stands in lists (the command line, the import wizard): 10, 20...
    key: str | None = None          # the field a user names a record by (code, P-code, name)
    key_words: str | None = None    # what that key is called in a message: "unknown P-code 'CD99'" (default: label)
    search: tuple[str, ...] = ()    # what a text search looks in
    parent: str | None = None       # the reference to the record this one belongs to
    tab_title: str | None = None    # the tab listing them in their parent's window (context "records"), if any
    pick: tuple[str, str | None] | None = None  # a reference combo's key and name ('CD74 - Tanganyika')
    workflow_fields: tuple[str, ...] = ()       # set by workflow steps only, never by a plain create or update
    steps_from_file: tuple[str, ...] = ()       # workflow fields a file may give (a site list's status and closure
                                                # date): taken through `take_steps`, dated, after the record is written
    take_steps: Callable | None = None          # (session, obj, {field: value}) -> None: the workflow's steps that
                                                # bring the record to what the file says, or DomainError
    closes: Closes | None = None                # the states that make it read-only, with what belongs to it
    sensitive: object | None = None  # which records are sensitive cases, a condition of kinds/rules.py (In, Is):
                                     # their `sensitive` fields are restricted, and no named person is linked
    set_from_file: tuple[str, ...] = ()         # taken from an attached file, never typed
    rules: tuple = ()               # its own rules, in order, each with both halves (kinds/rules.py)
    required_when: dict = field(default_factory=dict)  # columns the database needs only in some cases: key ->
                                                       # condition (a cash-for-work amount is computed)
    delete_refusal: Callable | None = None      # (session, obj) -> why it may not be deleted, or None
    prepare: object | None = None   # fills computed values before the rules: .one(obj), .many(rows)
    imports: str | None = None      # the import's and export's word for the kind: households
    not_imported: str | None = None  # why a kind has no import, when it has none
    import_title: str | None = None  # the import wizard's name for it (context "ImportWizard")
    import_key: tuple[str, ...] = ()  # the import fields naming one record: a second row with them is a duplicate
    #                                   (a row with one of them empty names no record: always a new one)
    submission_field: str | None = None  # the import field a KoboToolbox or ODK export's submission id fills
    #                                      (`_uuid`, `KEY`) when no column of the file is mapped to it
    key_forms: Callable[[str], tuple[str, ...]] | None = None  # what a key typed in a file may stand for, in the
                                                               # order tried: DTM's IRQ-G15 is OCHA's IQG15
    import_extra: tuple[Field, ...] = ()  # fields of a file that are no column of the model (an indicator
                                          # value's project, which names its indicator)
    columns: tuple[Column, ...] = ()  # its table's columns, in order
    table_order: tuple[str, bool] | None = None  # the table's default sort: (column, descending)
    table_filters: tuple[str, ...] | None = None  # columns a list is filtered on (default: the parent, the choices)
    value_texts: dict[str, tuple[str, str]] = field(default_factory=dict)  # (French, Arabic) of the stored values
                                    # its choices bring: 'approved': ('approuvée', 'موافق عليها'). A value several
                                    # kinds share (closed, female) is stated once, by the first kind that has it;
                                    # the window and the reports read them all (kinds/values.py)

    def unknown_refusal(self, value) -> str:
        """Why a reference typed by its key is refused, in the same words for a form, the command line and a file."""
        return f"unknown {self.key_words or self.label} {value!r}"

    def field(self, key: str) -> Field:
        for f in self.fields:
            if f.key == key:
                return f
        raise KeyError(f"{self.name} has no field {key!r}")

    def find(self, key: str) -> Field | None:
        return next((f for f in self.fields if f.key == key), None)

    @property
    def table_name(self) -> str:
        return self.model.__tablename__

    def editable(self) -> list[str]:
        """The columns a create or an update may set: not the id, the version, the uid or the workflow's fields."""
        return [c.key for c in sa_inspect(self.model).columns
                if not c.primary_key and c.key not in SYSTEM_COLUMNS and c.key not in self.workflow_fields]

    def editor(self, f: Field) -> str:
        """How a field is edited: declared, or read from its column."""
        if f.editor:
            return f.editor
        if f.choices is not None:
            return "choice"
        if f.currency:
            return "money"
        column = sa_inspect(self.model).columns.get(f.key)
        if column is None:
            return "text"
        if column.foreign_keys:
            return "reference"
        kinds = ((Boolean, "bool"), (DateTime, "datetime"), (Date, "date"), (Integer, "int"), (Float, "float"),
                 (Numeric, "decimal"), (Text, "multiline"))
        return next((name for t, name in kinds if isinstance(column.type, t)), "text")
