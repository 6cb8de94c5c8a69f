"""Exporting a table as a screen shows it (its filter, search, sort, columns and headers) to .xlsx or .csv. No Qt.

The table's own SELECT (`services.screens.table_statement`) is read in chunks and streamed into openpyxl's
write-only mode or the csv module, so a million households never sit in memory at once. Numbers, amounts and dates
stay numbers and dates in .xlsx (an amount carries its currency in its number format: `15,000.00 USD`, still a number
Excel can add up); stored words (statuses, programmes...) are written as the screen shows them. Text that would run as
a formula is escaped as `export.py` does for every export.

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
from workbench.services import permissions, records, screens
from workbench.services.errors import DomainError
from workbench.services.screens import TableQuery

FORMATS = ("xlsx", "csv")
WORD_KINDS = ("word", "status")
NUMBER_FORMATS = {"int": "#,##0", "decimal": "#,##0.00", "percent": '0" %"', "date": "yyyy-mm-dd",
                  "datetime": "yyyy-mm-dd hh:mm"}


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
    """Whether any of these columns of the table of `kind` identifies a person, directly or not."""
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
                 chunk: int = 2000, personal_data: str = "all", recorded_as=None) -> int:
    """Writes the rows of `table` matching `query`, in its order, with `columns` in the order given and personal
    data at the level `personal_data`; returns the number of rows. `word` turns a stored word into what the screen
    shows; `check()` may raise to stop (the file is then not written: rows go to a temporary file renamed only at
    the end)."""
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
    keys = [c.key for c in columns]
    fetched = list(dict.fromkeys(keys + [c.currency_key for c in columns if c.kind == "money" and c.currency_key]))
    position = {key: 1 + i for i, key in enumerate(fetched)}  # 0 is the id
    total = screens.count_rows(session, table, query)
    stmt = screens.table_statement(table, query, fetched, who)
    written = [0]

    def rows() -> Iterator[tuple]:
        result = session.execute(stmt, execution_options={"yield_per": chunk})
        for part in result.partitions():
            if check is not None:
                check()
            for row in part:
                yield tuple(((change[c.key](row[position[c.key]]) if c.key in change else row[position[c.key]]),
                             row[position[c.currency_key]] if c.kind == "money" and c.currency_key else None)
                            for c in columns)
            written[0] += len(part)
            if progress is not None:
                progress(written[0] / total if total else 1.0, f"{written[0]:,} of {total:,} rows written")

    with atomic_output(path) as temporary:
        if fmt == "xlsx":
            _write_xlsx(temporary, columns, rows(), word)
        else:
            write_csv(temporary, [c.header for c in columns], (_csv_row(columns, row, word) for row in rows()))
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


def _personal_keys(table: str, keys: Sequence[str]) -> list[str]:
    """The shown columns that hold a declared personal field (a head of household's name, a phone), of this kind
    or of one the table joins (a receipt's household)."""
    from workbench.kinds import KINDS

    personal = {(kind.table_name, f.key) for kind in KINDS.values() for f in kind.fields if f.personal}
    source = screens.source_of(table)
    found = []
    for key in keys:
        column = getattr(source.columns[key], "expression", source.columns[key])
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


def _csv_row(columns: Sequence[TableColumn], row: tuple, word: Callable[[object], str]) -> list:
    out = []
    for column, (value, currency) in zip(columns, row):
        if column.kind == "money" and value is not None:
            # One cell, as shown: an amount without its currency could be added to one in another currency.
            out.append(f"{Decimal(str(value)):.2f} {currency}" if currency else Decimal(str(value)))
        else:
            out.append(_shown(column, value, word))
    return out


def _number_format(column: TableColumn, currency: str | None) -> str | None:
    if column.kind == "money":
        return f'#,##0.00" {currency}"' if currency else "#,##0.00"
    return NUMBER_FORMATS.get(column.kind)


def _write_xlsx(path: Path, columns: Sequence[TableColumn], rows, word: Callable[[object], str]) -> None:
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


def _append_rows(ws, columns: Sequence[TableColumn], rows, word: Callable[[object], str]) -> None:
    from openpyxl.cell import WriteOnlyCell

    formats: dict[tuple[int, str | None], str | None] = {}
    for row in rows:
        out = []
        for i, (column, (value, currency)) in enumerate(zip(columns, row)):
            value = cell_value(_shown(column, value, word))
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
