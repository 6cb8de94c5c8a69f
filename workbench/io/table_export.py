"""Exporting a table as a screen shows it (its filter, search, sort, columns and headers) to .xlsx or .csv. No Qt.

The table's own SELECT (`services.screens.table_statement`) is read in chunks and streamed into openpyxl's
write-only mode or the csv module, so a million households never sit in memory at once. Numbers, amounts and dates
stay numbers and dates. Text that would run as a formula is escaped as `export.py` does for every export.

The file imports back untouched (`workbench import KIND FILE`, issue 17 defect 10): a column that shows a field the
import takes is written as the import reads it, a place by its P-code, a project by its code, a choice by its stored
word, an amount as a number with its currency in a column of its own (also in .xlsx, where the amount's number format
shows it too), under the screen's header and, in an HXL row, the field's declared hashtag, so the headers may be in
the window's language. The kind's import key (a grant's code) is added when the table hides it. Columns the import
does not take (what was paid, days late) are written as the screen shows them, without a hashtag.

Personal data leaves at the level chosen (export.LEVELS), read from the declaration of the field each column shows
(`minimised`): masked, left out, or coarsened as the field declares; a site or village, shown by its name, is left
out when anonymised (the area above it is in the records' export, `workbench export --personal-data anonymised`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from workbench.db import private_output
from workbench.files import atomic_output
from workbench.io.export import COARSE, MASKS, cell_value, level_of, record_export, text_cell, write_csv
from workbench.kinds import rules
from workbench.services import permissions, records, screens
from workbench.services.errors import DomainError
from workbench.services.screens import TableQuery

FORMATS = ("xlsx", "csv")
WORD_KINDS = ("word", "status")
NUMBER_FORMATS = {"int": "#,##0", "decimal": "#,##0.00", "percent": '0" %"', "date": "yyyy-mm-dd",
                  "datetime": "yyyy-mm-dd hh:mm"}


@dataclass(frozen=True)
class FileColumn:
    """One column of the file: a shown column (its values read back by `field` of the import, if any), or the
    currency of a shown amount."""

    source: TableColumn
    header: str
    field: object | None = None   # io/fields.Field the import reads it as; None: shown only
    hxl: str = ""


@dataclass(frozen=True)
class TableColumn:
    """One column as shown: the table's column key, its header, and how its values read (as `ColumnSpec`)."""

    key: str
    header: str
    kind: str = "text"
    currency_key: str | None = None


def declared_field(kind: str, key: str):
    """The declared field a table's column shows: its own key, or the reference it names (site for site_id)."""
    from workbench.kinds import KINDS

    declared = KINDS.get(kind)
    return None if declared is None else declared.find(key) or declared.find(f"{key}_id")


def has_personal_data(kind: str, keys: Sequence[str]) -> bool:
    """Whether any of these columns of the table of `kind`, or those the file adds for its import
    (`needed_columns`), identifies a person, directly or not."""
    keys = [*keys, *(c.key for c in needed_columns(kind, keys))]
    return any((f := declared_field(kind, key)) is not None and f.identifies for key in keys)


def minimised(kind: str, columns: Sequence[TableColumn], personal_data: str) -> tuple[list[TableColumn], dict]:
    """The columns an export at `personal_data` keeps, and how each kept column's values change (key -> function)."""
    level = level_of(personal_data)
    kept, change = [], {}
    for column in columns:
        f = declared_field(kind, column.key)
        if f is None or not f.identifies or level == "all":
            kept.append(column)
        elif f.identifies == "direct":
            if level == "masked" and f.personal in MASKS:
                kept.append(column)
                change[column.key] = MASKS[f.personal]
        elif level != "anonymised":
            kept.append(column)
        elif f.anonymised in COARSE:
            kept.append(TableColumn(column.key, f"{column.header} ({f.anonymised})", "text", column.currency_key))
            change[column.key] = COARSE[f.anonymised]
    return kept, change


def export_table(session: Session, table: str, query: TableQuery, columns: Sequence[TableColumn],
                 path: str | Path, fmt: str | None = None, word: Callable[[object], str] = str,
                 progress: Callable[[float, str], None] | None = None, check: Callable[[], None] | None = None,
                 chunk: int = 2000, personal_data: str = "all", recorded_as=None,
                 currency_header: str = "Currency") -> int:
    """Writes the rows of `table` matching `query`, in its order, with `columns` in the order given and personal
    data at the level `personal_data`; returns the number of rows. `word` turns a stored word into what the screen
    shows; `check()` may raise to stop (the file is then not written: rows go to a temporary file renamed only at
    the end)."""
    columns = [*columns, *needed_columns(table, [c.key for c in columns],
                                         [c.currency_key for c in columns if c.kind == "money" and c.currency_key])]
    shown_personal = _personal_keys(table, [c.key for c in columns])  # before the level leaves any out
    columns, change = minimised(table, columns, personal_data)
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise DomainError(f"cannot export to {fmt!r}; use xlsx or csv", "format")
    who = screens.viewer(session, table)
    source = screens.source_of(table)
    if who is not None:
        kind = records.KINDS[source.kind]
        permissions.require(session, kind, "export")
        if not who.may(kind, "export", "personal"):  # personal columns only for a role allowed to export them
            personal = {f.key for f in kind.fields if f.personal}
            columns = [c for c in columns if c.key not in personal]
    if not columns:
        raise DomainError("no column to export", "columns")
    file_columns = file_columns_of(source, columns, change, currency_header)
    keys = [c.key for c in columns]
    fetched = list(dict.fromkeys([c.source.key for c in file_columns if c.source.key in source.columns]
                                 + [c.currency_key for c in columns if c.kind == "money" and c.currency_key]))
    position = {key: 1 + i for i, key in enumerate(fetched)}  # 0 is the id
    total = screens.count_rows(session, table, query)
    stmt = screens.table_statement(table, query, fetched, who)
    # A reference the import takes is written by what it is typed with (a location's P-code, not its name).
    references = {c.source.key: _reference_key(source, c.field) for c in file_columns if c.field and c.field.ref}
    # A needed column the table's query has not (a grant's recipient's sex): the record's own column.
    own = {c.source.key: source.model.__table__.c[c.source.key] for c in file_columns
           if c.source.key not in source.columns and c.source.key not in references}
    for i, (key, expression) in enumerate([*references.items(), *own.items()]):
        stmt = stmt.add_columns(expression.label(f"file_column_{i}"))
        position[("extra", key)] = 1 + len(fetched) + i
    written = [0]

    def value_of(c: FileColumn, row):
        key = c.source.key
        value = row[position[("extra", key)]] if key in references or key in own else row[position[key]]
        return change[key](value) if key in change else value

    def rows() -> Iterator[tuple]:
        result = session.execute(stmt, execution_options={"yield_per": chunk})
        for part in result.partitions():
            if check is not None:
                check()
            for row in part:
                yield tuple((value_of(c, row), row[position[c.source.currency_key]]
                             if c.source.kind == "money" and c.source.currency_key else None)
                            for c in file_columns)
            written[0] += len(part)
            if progress is not None:
                progress(written[0] / total if total else 1.0, f"{written[0]:,} of {total:,} rows written")

    hxl_row = [c.hxl for c in file_columns] if any(c.hxl for c in file_columns) else None
    with atomic_output(path) as temporary:
        if fmt == "xlsx":
            _write_xlsx(temporary, file_columns, rows(), word, hxl_row)
        else:
            write_csv(temporary, [c.header for c in file_columns],
                      (_csv_row(file_columns, row, word) for row in rows()), hxl_row)
        if check is not None:
            check()
        # Recorded before the file takes its name: an export the log cannot hold is not made.
        personal = _personal_keys(table, keys)
        record_export(session, screens.source_of(table).model.__table__.name, kind=table, rows=written[0],
                      path=recorded_as or path,
                      personal_data=level_of(personal_data) if personal or shown_personal else "none",
                      personal_fields=personal,
                      columns=keys)
    return written[0]


def _import_kind_of(source):
    from workbench.io.fields import KINDS as IMPORT_KINDS

    return next((k for k in IMPORT_KINDS.values() if k.record == source.kind), None) if source.kind else None


def file_columns_of(source, columns: Sequence[TableColumn], change: dict,
                    currency_header: str = "Currency") -> list[FileColumn]:
    """The file's columns for the shown ones: each with the import's field it gives back (none for a column the
    level coarsened: "Site (area)" is no site), the currency of each amount beside the first amount shown in it
    unless the table shows it, and the import's key when the table hides it."""
    ikind = _import_kind_of(source)

    def field_of(key: str):
        if ikind is None or key in change:  # a masked or coarsened value is never read back as the record's own
            return None
        return next((f for f in ikind.fields if f.column in (key, f"{key}_id")), None)

    out: list[FileColumn] = []
    shown = {c.key for c in columns}
    for column in columns:
        f = field_of(column.key)
        out.append(FileColumn(column, column.header, f, (f.hxl or "") if f else ""))
        currency = column.currency_key
        if column.kind == "money" and currency and currency not in shown and currency in source.columns:
            shown.add(currency)
            cf = field_of(currency)
            out.append(FileColumn(TableColumn(currency, currency_header), currency_header, cf,
                                  (cf.hxl or "") if cf else ""))
    return out


def needed_columns(table: str, keys: Sequence[str], beside: Sequence[str] = ()) -> list[TableColumn]:
    """The columns an import of the file needs that the table hides: the kind's key (a grant's code) and the fields
    a record must have (its recipient's sex), so an update file names its records and passes the import's checks.
    A direct identifier the user hid (a name) is never added: such a file leaves the names out, as asked."""
    source = screens.source_of(table)
    ikind = _import_kind_of(source)
    if ikind is None:
        return []
    declared = records.KINDS[ikind.record]
    wanted = [ikind.field(name).column for name in ikind.key]
    # What the rules require, always or in some cases (a CfW grant's days; the rate of an amount in a currency
    # other than the project's): a row of the file meets them as its record does.
    required = [*rules.required_columns(declared), *declared.required_when]
    for rule in declared.rules:
        if isinstance(rule, rules.Required):
            required += rule.keys
        elif isinstance(rule, rules.RateWhenForeign):
            required += ["exchange_rate", "rate_date"]
    wanted += [c for c in dict.fromkeys(required) if c not in wanted]
    out = []
    shown = set(keys) | set(beside)  # beside: the currencies written next to their amounts (file_columns_of)
    for column in wanted:
        f = ikind.by_column(column)
        key = column.removesuffix("_id") if column.removesuffix("_id") in source.columns else column
        if f is None or {key, column} & shown or f.identifies == "direct" or column in declared.workflow_fields:
            continue
        if key not in source.columns and column not in source.model.__table__.c:
            continue
        choice = declared.find(column) is not None and declared.find(column).choices is not None
        kind = "word" if choice else {"date": "date", "int": "int", "decimal": "decimal"}.get(f.type, "text")
        out.append(TableColumn(key, f.label, kind))
        shown.add(key)
    return out


def _reference_key(source, f):
    """What a reference the import takes is typed with, for each row: the referenced record's key (P-code, code)."""
    from sqlalchemy import select
    from sqlalchemy.orm import aliased

    ref_kind, key = f.ref
    target = aliased(records.KINDS[ref_kind].model)
    own = source.model.__table__.c[f.column]
    return select(getattr(target, key)).where(target.id == own).correlate(source.model).scalar_subquery()


def _personal_keys(table: str, keys: Sequence[str]) -> list[str]:
    """The shown columns that hold a declared personal field (a head of household's name, a phone), of this kind
    or of one the table joins (a receipt's household)."""
    from workbench.kinds import KINDS

    personal = {(kind.table_name, f.key) for kind in KINDS.values() for f in kind.fields if f.personal}
    source = screens.source_of(table)
    found = []
    for key in keys:
        shown = source.columns.get(key)
        if shown is None:  # a column the file adds for its import: the record's own
            shown = source.model.__table__.c[key]
        column = getattr(shown, "expression", shown)
        origin = getattr(column, "table", None)
        if origin is not None and (getattr(origin, "name", None), getattr(column, "key", None)) in personal:
            found.append(key)
        elif origin is not None and hasattr(origin, "original") and (origin.original.name, column.key) in personal:
            found.append(key)
    return found


def _shown(column: TableColumn, value, word: Callable[[object], str]):
    if value is None:
        return None
    if column.kind in WORD_KINDS:
        return word(value)
    if column.kind == "words":
        return ", ".join(word(v.strip()) for v in str(value).split(",") if v.strip())
    if column.kind == "alert":
        return word("overdue") if value else None
    if column.kind == "bool":
        return word("yes" if value else "no")
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        # A moment (an audit time, in UTC) as the screen shows it, at this computer's clock: Excel has no zones.
        return value.astimezone().replace(tzinfo=None)
    return value


def _written(column: FileColumn, value, word: Callable[[object], str]):
    """A value as the file holds it: as the import reads it when the import takes the column (a stored word, an
    amount as a number: its currency has its own column), else as the screen shows it."""
    source = column.source
    if source.kind == "money" and value is not None:
        return Decimal(str(value)).quantize(Decimal("0.01"))
    if column.field is not None and source.kind in (*WORD_KINDS, "words", "bool"):
        return value
    return _shown(source, value, word)


def _csv_row(columns: Sequence[FileColumn], row: tuple, word: Callable[[object], str]) -> list:
    return [_written(column, value, word) for column, (value, _currency) in zip(columns, row)]


def _number_format(column: TableColumn, currency: str | None) -> str | None:
    if column.kind == "money":
        # The currency in the number's format too: the amount stays a number Excel adds up.
        return f'#,##0.00" {currency}"' if currency else "#,##0.00"
    return NUMBER_FORMATS.get(column.kind)


def _write_xlsx(path: Path, columns: Sequence[FileColumn], rows, word: Callable[[object], str],
                hxl_row: list[str] | None = None) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    ws = book.create_sheet("Table")
    ws.freeze_panes = "A2"
    for i, column in enumerate(columns, 1):
        ws.column_dimensions[get_column_letter(i)].width = max(10, min(40, len(column.header) + 4))
    bold = Font(bold=True)
    header = []
    for column in columns:
        cell = WriteOnlyCell(ws, value=cell_value(column.header))
        cell.font = bold
        header.append(cell)
    ws.append(header)
    if hxl_row:
        ws.append(hxl_row)
    try:
        _append_rows(ws, columns, rows, word)
    except BaseException:
        # Stopped half way: end the sheet's XML and remove the temporary file openpyxl streams it into.
        if not ws.closed:
            ws.close()
        if ws._writer is not None:
            ws._writer.cleanup()
        raise
    book.save(private_output(path))


def _append_rows(ws, columns: Sequence[FileColumn], rows, word: Callable[[object], str]) -> None:
    from openpyxl.cell import WriteOnlyCell

    formats: dict[tuple[int, str | None], str | None] = {}
    for row in rows:
        out = []
        for i, (file_column, (value, currency)) in enumerate(zip(columns, row)):
            column = file_column.source
            value = cell_value(_written(file_column, value, word))
            if isinstance(value, str):
                # openpyxl writes text starting with "=" as a formula: keep it text.
                out.append(text_cell(ws, value) if value.startswith("=") else value)
                continue
            fmt = formats.setdefault((i, currency), _number_format(column, currency))
            if fmt is None or value is None:
                out.append(value)
                continue
            if column.kind == "date" and isinstance(value, dt.datetime):
                value = value.date()
            cell = WriteOnlyCell(ws, value=value)
            cell.number_format = fmt
            out.append(cell)
        ws.append(out)
