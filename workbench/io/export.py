"""Exporting records to .xlsx and .csv with readable headers, an optional HXL row, and personal data at one of four
levels (LEVELS), from the field classes of the kinds' declarations (kinds/base.py `identifies`, `anonymised`):

    all         every field as stored
    masked      direct identifiers masked: initials, the last two digits of a phone, coordinates to 0.1 degree
    none        direct identifiers left out
    anonymised  direct identifiers left out; indirect ones left out or coarsened as declared: a date to its month or
                year, a household's size to a band, a site or village to the P-code of the area above it

Text that a spreadsheet would run as a formula (starting with = + - @) is written as plain text in .xlsx and
behind a quote (') in .csv, so a file that leaves the office cannot run anything when opened. A .csv with an HXL row
is read by other HXL tools, for which the quote would be part of the value: there a phone number (+243 812 345 678)
or a negative figure, made of digits, spaces and + - ( ) . / only, goes without it. Such a cell cannot be a harmful
formula: calling a function, naming a cell or another file (DDE, HYPERLINK, A1, R1C1) takes letters or ! | : , and
at worst a spreadsheet computes the digits as sums. Anything else starting with = + - @ keeps its quote.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import inspect as sa_inspect, select
from sqlalchemy.orm import Session, aliased as sa_aliased

from workbench import models as m
from workbench.files import atomic_output
from workbench.io.fields import KINDS as IMPORT_KINDS, Field, column_type
from workbench.models.base import SYSTEM_COLUMNS
from workbench.services import audit, permissions, records
from workbench.services.errors import DomainError

LEVELS = ("all", "masked", "none", "anonymised")
ALIASES = {"include": "all", "mask": "masked", "drop": "none"}  # the words of earlier versions
PERSONAL_CHOICES = LEVELS + tuple(ALIASES)
SIZE_BANDS = ((1, 2), (3, 5), (6, 9))  # and 10+
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_DIGITS_ONLY = re.compile(r"[+-][0-9 ()./+-]*")  # a phone number or a figure: no formula can do harm with these
# Characters XML 1.0 (and so .xlsx) cannot hold.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


# The version of each record as exported (models.base.Versioned): an update import compares it with the record's
# version now and refuses a row whose record was changed since (importing._refuse_stale), instead of reverting
# that change with the file's older values.
VERSION_HEADER = "Record version"
VERSION_HXL = "#meta+x_version"  # HXL has no attribute for it: a custom one, x_


def is_version_column(header, hxl_tag: str | None = None) -> bool:
    """The column an export writes the records' versions in, by its header or its HXL hashtag."""
    tag = (hxl_tag or "").replace(" ", "").lower()
    return str(header).strip().lower() == VERSION_HEADER.lower() or tag in (VERSION_HXL, "#meta+version")


@dataclass(frozen=True)
class ExportColumn:
    field: Field
    workflow: bool = False  # shown, but set by a workflow and not read back by an import


def _classes(rkind, key: str) -> dict:
    """A column's personal-data classes, as its kind declares them."""
    declared = rkind.find(key)
    if declared is None:
        return {}
    return {"personal": declared.personal, "identifies": declared.identifies, "anonymised": declared.anonymised}


def level_of(personal_data: str) -> str:
    """The level named (or its older word), or DomainError."""
    level = ALIASES.get(personal_data, personal_data)
    if level not in LEVELS:
        raise DomainError(f"must be one of: {', '.join(LEVELS)}", "personal_data")
    return level


def left_out(field: Field, level: str) -> bool:
    """Whether an export at `level` leaves the column out."""
    if field.identifies == "direct":
        return level in ("none", "anonymised") or (level == "masked" and field.personal not in MASKS)
    if field.identifies == "indirect":
        return level == "anonymised" and field.anonymised is None
    return False


def personal_columns(name: str) -> list[Field]:
    """The columns of an export of `name` that identify a person, directly or not: empty for a kind without any."""
    return [c.field for c in export_kind(name)[1] if c.field.identifies]


def _header(kind, key: str) -> str:
    """A column's header in a file: its declared label (or file header)."""
    declared = kind.find(key)
    return declared.file_header if declared else key.removesuffix("_id").replace("_", " ").capitalize()


def export_kind(name: str) -> tuple[str, list[ExportColumn]]:
    """The record kind and the columns of an export, by import word (households) or record name (household)."""
    ikind = IMPORT_KINDS.get(name)
    if ikind is None:
        ikind = next((k for k in IMPORT_KINDS.values() if k.record == name), None)
    if ikind is not None:
        rkind = records.KINDS[ikind.record]
        cols = [ExportColumn(f) for f in ikind.fields]
        for column in sa_inspect(rkind.model).columns:
            if column.key in rkind.workflow_fields and not any(f.column == column.key for f in ikind.fields):
                declared = rkind.find(column.key)
                cols.append(ExportColumn(Field(column.key, column.key, _header(rkind, column.key),
                                               column_type(column), hxl=declared.hxl if declared else None,
                                               **_classes(rkind, column.key)), workflow=True))
        if "version" in sa_inspect(rkind.model).columns:
            cols.append(ExportColumn(Field("version", "version", VERSION_HEADER, "int", hxl=VERSION_HXL),
                                     workflow=True))
        return ikind.record, cols
    rkind = records.kind_of(name)
    cols = []
    for column in sa_inspect(rkind.model).columns:
        if column.key in SYSTEM_COLUMNS or (column.primary_key and rkind.key):
            continue
        ref = records.REFERENCES.get(column.key)
        fname = column.key[:-3] if ref else column.key
        label = "ID" if column.primary_key else _header(rkind, column.key)
        cols.append(ExportColumn(Field(fname, column.key, label, "text" if ref else column_type(column), ref=ref,
                                       **_classes(rkind, column.key))))
    return rkind.name, cols


def mask_name(name: str | None) -> str | None:
    """Initials only: 'Mwamba Kasongo' -> 'M. K.'."""
    if not name:
        return name
    return " ".join(f"{part[0]}." for part in name.split() if part)


def mask_phone(phone: str | None) -> str | None:
    """The last two digits only, enough to tell two numbers apart on a call list."""
    if not phone:
        return phone
    digits = re.sub(r"\D", "", phone)
    return "*" * max(len(digits) - 2, 0) + digits[-2:]


def mask_coordinate(value: float | None) -> float | None:
    """Rounded to 0.1 degree (about 11 km): the area, not the shelter."""
    return None if value is None else round(value, 1)


MASKS: dict[str, Callable] = {"name": mask_name, "phone": mask_phone, "coordinate": mask_coordinate}


def size_band(value: int | None) -> str | None:
    """A household's size as a band: 1-2, 3-5, 6-9, 10+."""
    if value is None:
        return None
    for low, high in SIZE_BANDS:
        if value <= high:
            return f"{low}-{high}"
    return f"{SIZE_BANDS[-1][1] + 1}+"


def _month(value) -> str | None:
    return None if value is None else f"{value.year:04d}-{value.month:02d}"


def _year(value) -> int | None:
    return None if value is None else value.year


COARSE: dict[str, Callable] = {"month": _month, "year": _year, "band": size_band}


def area_keys(session: Session, column: str) -> dict[int, str]:
    """Id -> the P-code of the area above: a site's location; a location's parent (itself at the top level)."""
    if column == "site_id":
        return dict(session.execute(select(m.Site.id, m.Location.pcode).join(
            m.Location, m.Site.location_id == m.Location.id)).all())
    parent = sa_aliased(m.Location)
    return {ident: parent_code or code for ident, code, parent_code in session.execute(
        select(m.Location.id, m.Location.pcode, parent.pcode).outerjoin(parent, m.Location.parent_id == parent.id))}


def coarsen(session: Session, field: Field) -> Callable | dict | None:
    """How level anonymised writes an indirect identifier it keeps: a function of the value, or a lookup."""
    if field.identifies != "indirect" or field.anonymised is None:
        return None
    if field.anonymised == "area":
        return area_keys(session, field.column)
    return COARSE[field.anonymised]


def safe_text(value: str, digits_unquoted: bool = False) -> str:
    """A CSV cell a spreadsheet shows as text instead of running it; with `digits_unquoted` (an HXL file), a cell
    of digits and phone punctuation only goes as it is (the module's docstring says why that is safe)."""
    if not value.startswith(_FORMULA_START):
        return value
    if digits_unquoted and _DIGITS_ONLY.fullmatch(value):
        return value
    return "'" + value


def cell_value(value):
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str):
        return _ILLEGAL.sub("", value)
    return value


def write_xlsx(path: str | Path, headers: list[str], rows: Iterable, hxl_row: list[str] | None = None,
               sheet: str = "Sheet1") -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    ws = book.create_sheet(sheet[:31])
    bold = Font(bold=True)
    header_cells = []
    for h in headers:
        c = WriteOnlyCell(ws, value=cell_value(str(h)))
        c.font = bold
        header_cells.append(c)
    ws.append(header_cells)
    if hxl_row:
        ws.append([text_cell(ws, v) if v.startswith(_FORMULA_START) else v for v in hxl_row])
    for row in rows:
        out = []
        for value in row:
            value = cell_value(value)
            if isinstance(value, str) and value.startswith("="):
                out.append(text_cell(ws, value))
            else:
                out.append(value)
        ws.append(out)
    with atomic_output(path) as partial:  # a failed write leaves the file that was there
        book.save(partial)


def text_cell(ws, value: str):
    """A cell that holds text even when it starts with '=' (openpyxl would write a formula)."""
    from openpyxl.cell import WriteOnlyCell

    c = WriteOnlyCell(ws, value=value)
    c.data_type = "s"
    return c


def write_csv(path: str | Path, headers: list[str], rows: Iterable, hxl_row: list[str] | None = None) -> None:
    # UTF-8 with a byte order mark: Excel then shows accents and Arabic correctly.
    with atomic_output(path) as partial, open(partial, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        if hxl_row:
            writer.writerow(hxl_row)
        digits_unquoted = bool(hxl_row)
        for row in rows:
            writer.writerow([_csv_cell(v, digits_unquoted) for v in row])


def _csv_cell(value, digits_unquoted: bool = False):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, str):
        return safe_text(value, digits_unquoted)
    return value


def export_records(session: Session, kind: str, path: str | Path, fmt: str | None = None,
                   filters: dict | None = None, search: str | None = None, hxl: bool = False,
                   personal_data: str = "all", order_by: str | None = None, descending: bool = False,
                   progress: Callable[[float, str], None] | None = None, recorded_as: str | Path | None = None) -> int:
    """Write the records of `kind` (with a table view's filter and search) to .xlsx or .csv, with personal data at
    the level `personal_data` (LEVELS, or an older word of ALIASES); returns the count."""
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in ("xlsx", "csv"):
        raise DomainError(f"cannot export to {fmt!r}; use xlsx or csv", "format")
    level = level_of(personal_data)
    record, columns = export_kind(kind)
    rkind = records.KINDS[record]
    who = permissions.require(session, rkind, "export")
    if level in ("all", "masked") and any(c.field.personal for c in columns):
        # Names in the clear leave the office only with a role allowed to export them; masked, with one that reads them.
        action, field_class = ("export", "personal") if level == "all" else ("read", "personal")
        reason = who.why_not(rkind, action, field_class)
        if reason:
            raise permissions.PermissionRefused(f"{reason}; export with personal data left out", "personal_data")
    columns = [c for c in columns if not left_out(c.field, level)]
    table = rkind.model.__table__
    stmt = records.list_statement(record, filters, search, order_by, descending, who)
    selected = []
    for c in columns:
        if c.field.column in table.c:
            selected.append(table.c[c.field.column])
        else:
            # An indicator value names its project through its indicator.
            selected.append(table.c.indicator_id.label(f"{c.field.name}_of_indicator"))
    stmt = stmt.with_only_columns(*selected)
    keys = _reference_keys(session, [c.field for c in columns])
    if record == "indicator_value":
        keys["project_id"] = dict(session.execute(
            select(m.Indicator.id, m.Project.code).join(m.Project, m.Indicator.project_id == m.Project.id)).all())
    masks = [(MASKS[c.field.personal] if level == "masked" and c.field.identifies == "direct" else None)
             for c in columns]
    lookups = [keys.get(c.field.column) for c in columns]
    coarse = [coarsen(session, c.field) if level == "anonymised" else None for c in columns]
    for i, way in enumerate(coarse):
        if isinstance(way, dict):  # a site or village read as the area above it, instead of by its own key
            lookups[i], coarse[i] = way, None

    def rows():
        for n, row in enumerate(session.execute(stmt), 1):
            out = []
            for value, mask, lookup, way in zip(row, masks, lookups, coarse):
                if lookup is not None and value is not None:
                    value = lookup.get(value, value)
                if mask is not None:
                    value = mask(value)
                if way is not None:
                    value = way(value)
                out.append(value)
            if progress is not None and n % 10_000 == 0:
                progress(0.0, f"{n:,} records written")
            yield out
            count[0] = n

    count = [0]
    headers = [_coarse_header(c.field) if level == "anonymised" else c.field.label for c in columns]
    hxl_row = [(_coarse_hxl(c.field) if level == "anonymised" else c.field.hxl) or "" for c in columns] if hxl else None
    if fmt == "xlsx":
        write_xlsx(path, headers, rows(), hxl_row, sheet=f"{rkind.label.capitalize()}s")
    else:
        write_csv(path, headers, rows(), hxl_row)
    personal = [c.field.name for c in columns if c.field.personal]
    record_export(session, table.name, kind=record, rows=count[0], path=recorded_as or path,
                  personal_data=level if personal_columns(kind) else "none", personal_fields=personal)
    return count[0]


def record_export(session: Session, table_name: str, *, kind: str, rows: int, path: Path,
                  personal_data: str, personal_fields: list[str] | None = None, **more) -> None:
    """The export's audit entry (action 'export', in the caller's transaction, which the caller commits): which
    kind, how many rows, with personal data included, masked, dropped or none there, and the file."""
    details = {"kind": kind, "rows": rows, "personal_data": personal_data, "file": str(Path(path).resolve()), **more}
    if personal_fields:
        details["personal_fields"] = personal_fields
    audit.record_event(session, "export", table_name, details, source=Path(path).name)


def _coarse_header(field: Field) -> str:
    """The header of a coarsened column says so: an import never reads "Site (area P-code)" as a site's name."""
    if field.identifies != "indirect" or field.anonymised is None:
        return field.label
    return f"{field.label} ({_COARSE_WORDS[field.anonymised]})"


def _coarse_hxl(field: Field) -> str | None:
    """The hashtag of a coarsened column: a site or village written as the P-code of the area above is a code of an
    area (#loc+code+x_area), not the name the tag of the place itself says."""
    if not field.hxl or field.identifies != "indirect" or field.anonymised != "area":
        return field.hxl
    name, *attributes = field.hxl.split("+")
    attributes = ["code" if a == "name" else a for a in attributes]
    return "+".join([name, *dict.fromkeys(attributes + ["x_area"])])


_COARSE_WORDS = {"year": "year", "month": "month", "band": "band", "area": "area P-code"}


def _reference_keys(session: Session, fields: list[Field]) -> dict[str, dict[int, str]]:
    """Id -> code, P-code or name of each record a column refers to, so exports read as staff type them."""
    out = {}
    for f in fields:
        if not f.ref:
            continue
        ref_kind, key = f.ref
        model = records.KINDS[ref_kind].model
        out[f.column] = dict(session.execute(select(model.id, getattr(model, key))).all())
    return out
