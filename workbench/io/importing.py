"""Checking a whole file against the services' rules before anything is written, then writing it at once.

`validate` reads nothing from the user and writes nothing: it says which rows would be created, which
update or duplicate a record, and which are rejected (row number as Excel shows it, column, reason).
`import_rows` writes in the caller's transaction with bulk inserts and one audit row per record, carrying
the file's name; cancelling raises `ImportCancelled` so the caller's rollback leaves the database untouched.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import repeat

import numpy as np
import pandas as pd
from sqlalchemy import func, inspect as sa_inspect, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from workbench import models as m
from workbench.io import parsing
from workbench.io.collection import bulk
from workbench.io.fields import ImportKind, import_kind, value_words
from workbench.io.mapping import check_mapping, table_mapping
from workbench.io.reading import Table
from workbench.kinds import rules
from workbench.kinds.limits import limits_of, problems
from workbench.models.base import new_uids
from workbench.services import audit, permissions, records
from workbench.services.errors import DomainError

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]

CHUNK = 20_000
IMPORT_CACHE_KIB = 64 * 1024  # SQLite page cache while a big file is written
_LOOKUP_CHUNK = 2_000


class ImportCancelled(Exception):
    """The user cancelled; the caller rolls back and nothing is written."""


@dataclass(frozen=True)
class Problem:
    """Why one row cannot be imported."""

    row: int               # as Excel shows it: the header is row 1
    field: str | None      # the field, in the words of the mapping (site, departure_date)
    column: str | None     # the file's column header
    reason: str
    sheet: str | None = None  # in a workbook read whole (every level of a COD-AB): the row's sheet
    label: int | None = field(default=None, compare=False, repr=False)  # the row's label in the table, if not row

    @property
    def where(self) -> str:
        return f"row {self.row}" if self.sheet is None else f"row {self.row} of sheet {self.sheet}"

    def __str__(self) -> str:
        return f"{self.where}, {self.field}: {self.reason}" if self.field else f"{self.where}: {self.reason}"


@dataclass(frozen=True)
class Duplicate:
    """A row naming a record that exists already, in the database or higher up in the same file."""

    row: int
    key: str
    where: str             # "in the database" or "also in row 9"
    action: str            # "skipped" or "updated"
    sheet: str | None = None

    def __str__(self) -> str:
        at = f"row {self.row}" if self.sheet is None else f"row {self.row} of sheet {self.sheet}"
        return f"{at}: {self.key} is {self.where}; {self.action}"


@dataclass(frozen=True)
class Change:
    """One value an update row would change in the record it names, as the dry run lists it."""

    row: int
    key: str               # the record: "household KAL-0001"
    field: str             # the import's field name: size
    old: object
    new: object
    sheet: str | None = None
    name: str = ""         # the record's own words, without its kind: "KAL-0001" (a window adds its kind's title)

    def __str__(self) -> str:
        at = f"row {self.row}" if self.sheet is None else f"row {self.row} of sheet {self.sheet}"
        return f"{at}: {self.key}: {self.field} {_shown_value(self.old)} -> {_shown_value(self.new)}"


def _shown_value(value) -> str:
    if value is None or value == "":
        return "(empty)"
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral() else str(value)
    return repr(value) if isinstance(value, str) else str(value)


@dataclass
class ValidationResult:
    kind: ImportKind
    source: str
    total: int
    creates: pd.DataFrame           # typed values by model column, indexed by row number
    updates: pd.DataFrame           # the same with the existing record's "id"
    update_columns: list[str]       # the columns the file gives (the others keep their value)
    rejected: list[Problem]
    duplicates: list[Duplicate]
    table: Table
    mapping: dict[str, str]
    file_parents: dict[str, int] = field(default_factory=dict)  # locations: P-code -> row number
    changes: list[Change] = field(default_factory=list)  # what the updates change, value by value
    steps: dict[int, dict] = field(default_factory=dict)  # row -> the workflow fields it gives (a site's status),
                                                          # taken through the kind's workflow once it is written

    @property
    def ok(self) -> bool:
        return not self.rejected

    @property
    def valid(self) -> int:
        return len(self.creates) + len(self.updates)

    def summary(self) -> str:
        skipped = sum(d.action == "skipped" for d in self.duplicates)
        return (f"{self.total:,} rows: {len(self.creates):,} to create, {len(self.updates):,} to update, "
                f"{skipped:,} duplicates skipped, {len(self.rejected):,} rejected")


@dataclass(frozen=True)
class ImportSummary:
    source: str
    created: int
    updated: int
    skipped: int
    rejected: int


def _step(progress: Progress | None, cancelled: Cancelled | None, fraction: float, words: str) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled()
    if progress is not None:
        progress(fraction, words)


# --- validation ---------------------------------------------------------------------------------------

def _empty(column, kind: str, index) -> pd.Series:
    if kind == "date":
        return pd.Series(pd.NaT, index=index, dtype="datetime64[ns]")
    if kind == "int":
        return pd.Series(pd.NA, index=index, dtype="Int64")
    if kind in ("decimal", "float"):
        return pd.Series(float("nan"), index=index, dtype="float64")
    return pd.Series(None, index=index, dtype=object)


def _types(kind: ImportKind) -> dict[str, str]:
    from workbench.io.fields import column_type

    return {c.key: ("int" if c.key in records.REFERENCES else column_type(c))
            for c in sa_inspect(kind.model).columns if c.key not in ("id", "version")}


def _fetch(session: Session, model, key_column, keys: list, *extra, shared_lock: bool = False) -> list:
    """(key, id, *extra) of the records with these keys; with shared_lock, their rows are held FOR SHARE until the
    import is written (services/locks.py)."""
    rows = []
    for start in range(0, len(keys), _LOOKUP_CHUNK):
        chunk = keys[start:start + _LOOKUP_CHUNK]
        stmt = select(key_column, model.id, *extra).where(key_column.in_(chunk))
        if shared_lock:
            stmt = stmt.with_for_update(read=True)
        with session.no_autoflush:
            rows += session.execute(stmt).all()
    return rows


@bulk
def validate(session: Session, kind: str | ImportKind, table: Table, mapping: dict[str, str] | None = None,
             on_duplicate: str = "skip", progress: Progress | None = None,
             cancelled: Cancelled | None = None) -> ValidationResult:
    """Check every row against the services' rules; nothing is written."""
    kind = import_kind(kind) if isinstance(kind, str) else kind
    if on_duplicate not in ("skip", "update"):
        raise DomainError("must be skip or update", "on_duplicate")
    frame = table.frame
    if mapping is None:
        mapping = table_mapping(kind, table)
    check_mapping(kind, table.columns, mapping)
    if not mapping:
        raise DomainError(f"no column of {table.source} is mapped to a field of a {kind.label}; "
                          f"fields: {', '.join(f.name for f in kind.fields)}", "mapping")
    _step(progress, cancelled, 0.0, "Reading the values")
    declared = records.kind_of(kind.record)
    types = _types(kind)
    index = frame.index
    data: dict[str, pd.Series] = {column: _empty(column, t, index) for column, t in types.items()}
    column_of: dict[str, str] = {}
    parse_errors = []
    exact: dict[str, pd.Series] = {}  # decimal columns as typed (Decimal); the checks read their floats
    limits = {c.key: limits_of(c) for c in sa_inspect(kind.model).columns}
    for source_column, fname in mapping.items():
        f = kind.field(fname)
        if f.ref is None and f.column in limits and limits[f.column].type == "decimal":
            values, bad, exact[f.column] = parsing.decimals(frame[source_column])
        else:
            values, bad = parsing.parse(frame[source_column], f.type)
        if f.type == "text" and f.ref is None:
            words = value_words(kind, f.column)
            choices = declared.find(f.column)
            if choices is not None and declared.editor(choices) == "multichoice":
                values = parsing.choice_lists(values, words)  # "female_headed chronic_illness", "a, b"
            else:
                _refuse_codes(choices, f, source_column, frame[source_column], table)
                values = parsing.choice(values, words)
        if f.ref is None and f.column == declared.key and declared.key_forms is not None:
            # A new record's key in the form stored (DTM's IRQ-G15Q05 is written as OCHA's IQG15Q05).
            values = values.map(lambda v: declared.key_forms(v)[0] if isinstance(v, str) else v).astype(object)  # noqa: B023
        data[f.column] = values
        column_of[f.column] = source_column
        parse_errors.append((f.column, bad, frame[source_column], f.type))
    typed = pd.DataFrame(data, index=index)
    rows = rules.Rows(typed)
    for column, bad, raw, ftype in parse_errors:
        rows.fail(bad, column, lambda f, raw=raw, ftype=ftype: raw[f.index].map(
            lambda v: f"must be {parsing.WANTED[ftype]}, not {parsing.shown(v)}"))
    _step(progress, cancelled, 0.3, "Looking up references")
    ctx = rules.Context()
    file_parents = _resolve_references(session, kind, rows, ctx)
    _defaults(kind, rows)
    _step(progress, cancelled, 0.5, "Checking the rules")
    rules.read_for_rules(session, declared, rows, ctx)
    if declared.prepare:
        declared.prepare.many(rows)
    rules.check_required(rows, declared)
    exact = _exact_decimals(rows, limits, exact)
    for column, column_limits in limits.items():
        if column in typed.columns and column not in ("id", "version"):
            reasons = problems(column_limits, exact.get(column, typed[column]))
            rows.fail(reasons.notna(), column, lambda f, reasons=reasons: reasons[f.index])
    rules.check_many(rows, declared, ctx)
    if kind.record == "location":
        _reject_children_of_rejected(rows, file_parents, table)
    for column, values in exact.items():  # written as typed, not as their floats
        typed[column] = values
    _step(progress, cancelled, 0.8, "Looking for duplicates")
    creates, updates, duplicates = _duplicates(session, kind, rows, on_duplicate, table, column_of)
    shown_columns = dict(column_of)
    if len(updates):
        updates = _refuse_stale(session, kind, table, rows, updates, shown_columns)
        updates, changes = _check_updates(session, kind, rows, updates,
                                          [c for c in column_of if c not in declared.steps_from_file], table)
    else:
        changes = []
    steps: dict[int, dict] = {}
    if declared.steps_from_file and any(c in column_of for c in declared.steps_from_file):
        creates, updates, steps = _check_steps(session, kind, declared, rows, creates, updates, column_of)
    rejected = _problems(kind, rows, shown_columns, table)
    _step(progress, cancelled, 1.0, "Checked")
    return ValidationResult(kind=kind, source=table.source, total=len(frame), creates=creates, updates=updates,
                            update_columns=[c for c in column_of if c not in declared.steps_from_file], rejected=rejected, duplicates=duplicates,
                            table=table, mapping=dict(mapping), file_parents=file_parents,
                            changes=[c for c in changes if c.row not in {p.row for p in rejected}],
                            steps={r: v for r, v in steps.items() if r not in {p.row for p in rejected}})


def _refuse_codes(declared_field, f, column: str, raw: pd.Series, table: Table) -> None:
    """A survey export's choice answered by codes (1, 2) the file does not explain is refused in one line: never
    guessed. (In another file, each row is refused with the words a form gives for the same value.)"""
    from workbench.io.surveys import coded

    values = [str(v) for v in (declared_field.values if declared_field is not None else ())]
    if table.origin is None or not values or any(v.isdigit() for v in values):
        return
    codes = coded(raw)
    if codes:
        raise DomainError(f"column {column!r} holds codes ({', '.join(codes[:6])}), not the words of a "
                          f"{f.name}: {', '.join(values)}; import it with --form, the XLSForm whose choices say what "
                          "each code means, or export the file with labels", f.name)


def _exact_decimals(rows: rules.Rows, limits: dict, exact: dict[str, pd.Series]) -> dict[str, pd.Series]:
    """Every decimal column exactly: as typed where the file gives it, else from the value computed or defaulted
    (a cash-for-work amount is days x rate)."""
    result = {}
    for column, column_limits in limits.items():
        if column_limits.type != "decimal" or column not in rows.frame.columns:
            continue
        floats = rows[column]
        typed = exact.get(column)
        if typed is None and not floats.notna().any():
            continue
        values = pd.Series([None if f != f else Decimal(repr(float(f))) for f in floats.tolist()]
                           if typed is None else typed.tolist(), index=floats.index, dtype=object)
        if typed is not None:
            missing = values.isna() & floats.notna()
            values[missing] = [Decimal(repr(float(f))) for f in floats[missing]]
        result[column] = values
    return result


def _update_values(updates: pd.DataFrame, record: pd.Series, columns: list[str], types: dict[str, str]) -> dict:
    """One update row's values as the services take them (the dry run checks and the write applies the same)."""
    return {c: _python(pd.Series([record[c]], dtype=updates[c].dtype), types[c], False)[0] for c in columns}


def _refuse_stale(session: Session, kind: ImportKind, table: Table, rows: rules.Rows, updates: pd.DataFrame,
                  column_of: dict[str, str]) -> pd.DataFrame:
    """An update row refused when the file says which version of the record it was exported from and the record
    has been changed since: its older values would silently revert that change. The updates kept carry the
    version (_file_version) so the write refuses a record changed between this check and it."""
    from workbench.io.export import is_version_column

    source = next((c for c in table.columns if is_version_column(c, table.hxl.get(c))), None)
    if source is None or "version" not in sa_inspect(kind.model).columns:
        return updates
    column_of["version"] = source
    versions, bad = parsing.parse(table.frame[source].loc[updates.index], "int")
    rows.fail(pd.Series(rows.frame.index.isin(updates.index[bad.to_numpy(dtype=bool)]), index=rows.frame.index),
              "version", lambda f: table.frame[source][f.index].map(
                  lambda v: f"must be {parsing.WANTED['int']}, not {parsing.shown(v)}"))
    given = versions.notna() & ~bad
    ids = [int(i) for i in updates["id"][given]]
    now: dict[int, int] = {}
    for start in range(0, len(ids), _LOOKUP_CHUNK):
        with session.no_autoflush:
            now.update(session.execute(select(kind.model.id, kind.model.version)
                                       .where(kind.model.id.in_(ids[start:start + _LOOKUP_CHUNK]))).all())
    stale = {row: (int(versions[row]), now.get(int(updates.at[row, "id"])))
             for row in updates.index[given.to_numpy(dtype=bool)]
             if now.get(int(updates.at[row, "id"])) != int(versions[row])}
    rows.fail(pd.Series(rows.frame.index.isin(list(stale)), index=rows.frame.index), "version",
              lambda f: [f"the {kind.label} was changed since this file was exported (version {stale[r][0]} in the "
                         f"file, {stale[r][1]} now); export it again and make the change there" for r in f.index])
    kept = updates.drop(index=[r for r in updates.index if r in stale or bool(bad.get(r, False))])
    return kept.assign(_file_version=versions[kept.index].astype("Int64"))


def _check_updates(session: Session, kind: ImportKind, rows: rules.Rows, updates: pd.DataFrame,
                   columns: list[str], table: Table) -> tuple[pd.DataFrame, list[Change]]:
    """Each update through the services' own rules against the record as it is now (a grant lowered below what
    was paid on it), in a savepoint rolled back: the dry run says what the write would refuse, and which values
    it would change."""
    refused = []
    changes: list[Change] = []
    types = _types(kind)
    given = [c for c in columns if c in types]
    by_column = {f.column: f for f in kind.fields}
    declared = records.kind_of(kind.record)
    for row, record in updates.iterrows():
        values = _update_values(updates, record, given, types)
        if any(isinstance(v, str) and v.startswith("file:") for v in values.values()):
            continue  # a parent further up in the same file: checked when it is written
        savepoint = session.begin_nested()
        try:
            obj = session.get(kind.model, int(record["id"]))
            before = {c: getattr(obj, c) for c in values} if obj is not None else {}
            records.update(session, kind.record, int(record["id"]), values)
        except DomainError as exc:
            mask = pd.Series(rows.frame.index == row, index=rows.frame.index)
            rows.fail(mask, exc.field, exc.message)
            refused.append(row)
        else:
            sheet, at = table.place(row)
            name = _key_text(declared, obj)
            shown = f"{kind.label} {name}"
            for column, new in values.items():
                old = before.get(column)
                if column == "version" or records.same_value(old, new):
                    continue
                f = by_column.get(column)
                if f is not None and f.ref is not None:
                    old, new = _ref_key(session, f, old), _ref_key(session, f, new)
                changes.append(Change(at, shown, f.name if f is not None else column, old, new, sheet, name))
        finally:
            savepoint.rollback()
    return (updates.drop(index=refused) if refused else updates), changes


def _check_steps(session: Session, kind: ImportKind, declared, rows: rules.Rows, creates: pd.DataFrame,
                 updates: pd.DataFrame, column_of: dict[str, str]):
    """The workflow fields a file gives (a site list's status and closure date), taken through the kind's workflow
    on each row's record in a savepoint rolled back, so the dry run refuses what the write would. The rows are then
    written with the workflow's defaults, and the steps taken after (import_rows)."""
    types = _types(kind)
    given = [c for c in declared.steps_from_file if c in column_of]
    plain = [c for c in column_of if c in types and c not in declared.steps_from_file]
    steps: dict[int, dict] = {}
    refused: list[int] = []
    defaults = {c: (col.default.arg if col.default is not None and not callable(col.default.arg) else None)
                for c, col in sa_inspect(kind.model).columns.items() if c in given}
    for frame, is_update in ((creates, False), (updates, True)):
        for row, record in frame.iterrows():
            values = _update_values(frame, record, given, types)
            if all(v is None or v == defaults.get(c) for c, v in values.items()):
                continue
            known = set(session.identity_map.keys())
            savepoint = session.begin_nested()
            try:
                if is_update:
                    obj = session.get(kind.model, int(record["id"]))
                else:
                    obj = records.create(session, kind.record, {
                        c: v for c, v in _update_values(frame, record, plain, types).items() if v is not None})
                declared.take_steps(session, obj, values)
                steps[row] = values
            except DomainError as exc:
                rows.fail(pd.Series(rows.frame.index == row, index=rows.frame.index), exc.field, exc.message)
                refused.append(row)
            finally:
                savepoint.rollback()
                # What the trial wrote is gone from the database: gone from the session too, so the real write's
                # records (which may take the same ids) are not mistaken for them.
                for key in set(session.identity_map.keys()) - known:
                    stale = session.identity_map.get(key)
                    if stale is not None:
                        session.expunge(stale)
    # Written with the defaults; the steps come after, through the workflow.
    creates, updates = creates.drop(index=[r for r in refused if r in creates.index]), \
        updates.drop(index=[r for r in refused if r in updates.index])
    for frame in (creates, updates):
        for column in given:
            if column in frame.columns:
                frame[column] = pd.Series([defaults.get(column)] * len(frame), index=frame.index, dtype=object)
    return creates, updates, steps


def _key_text(declared, obj) -> str:
    """The words naming a record in a message: its key (code, P-code, name), or its number."""
    if declared.key:
        return str(getattr(obj, declared.key))
    return f"#{obj.id}"


def _ref_key(session: Session, f, ident):
    """A reference as the file writes it: the referenced record's key, not its id."""
    if ident is None:
        return None
    ref_kind, key = f.ref
    target = records.KINDS[ref_kind].model
    with session.no_autoflush:
        found = session.get(target, int(ident))
    return getattr(found, key) if found is not None else ident


def _resolve_references(session: Session, kind: ImportKind, rows: rules.Rows, ctx: rules.Context
                        ) -> dict[str, int]:
    """Codes, P-codes and names become record ids; what the rules need of those records comes along."""
    typed = rows.frame
    file_parents: dict[str, int] = {}
    with session.no_autoflush:
        # Few projects: all their currencies, for the exchange-rate rule of any record under them.
        ctx.project_currency.update(session.execute(select(m.Project.id, m.Project.currency)).all())
    # A reference column with any value (stops at the first one: no pass over 100,000 empty-or-not cells).
    refs = [f for f in kind.fields
            if f.ref and f.column in typed.columns
            and any(v is not None and v is not pd.NA and v == v for v in typed[f.column])]
    # A project first: an indicator is named by its code within a project.
    refs.sort(key=lambda f: f.name != "project")
    for f in refs:
        values = typed[f.column]
        given = values.notna() & rows.open  # open: rows without a broken rule yet
        keys = sorted(set(values[given]))
        ref_kind, key = f.ref
        forms_of = records.kind_of(ref_kind).key_forms if key == records.kind_of(ref_kind).key else None
        forms: dict = {}
        if forms_of is not None:
            # Each key as it may be typed stands for one of its forms (DTM's IRQ-G15 is IQG15, an ISO3 parent the
            # country): all are looked up, and the first one the database or the file has is taken.
            forms = {v: forms_of(v) if isinstance(v, str) else (v,) for v in keys}
            keys = sorted({form for options in forms.values() for form in options})
        model = records.KINDS[ref_kind].model
        found: dict = {}
        if ref_kind == "project":
            for code, ident, currency in _fetch(session, model, model.code, keys, model.currency):
                found[code] = ident
                ctx.project_currency[ident] = currency
        elif ref_kind == "site":
            # Held while the file is checked and written: a user closing one of these sites waits for the
            # import, or the import sees the site closed and refuses its rows.
            for name, ident, opened, status, closed in _fetch(session, model, model.name, keys, model.opened_on,
                                                              model.status, model.closed_on, shared_lock=True):
                found[name] = ident
                ctx.site_opened[ident] = opened
                if status == m.SiteStatus.CLOSED:
                    ctx.site_closed[ident] = (name, closed)
        elif ref_kind == "household":
            for code, ident, registered, project in _fetch(session, model, model.code, keys, model.registered_on,
                                                           model.project_id):
                found[code] = ident
                ctx.household[ident] = (registered, project)
        elif ref_kind == "work":
            for code, ident, started in _fetch(session, model, model.code, keys, model.actual_start):
                found[code] = ident
                ctx.work_started[ident] = started
        elif ref_kind == "location":
            for pcode, ident, level in _fetch(session, model, model.pcode, keys, model.admin_level):
                found[pcode] = ident
                ctx.location_level[ident] = level
                ctx.location_pcode[ident] = pcode
        elif ref_kind != "indicator":  # any other kind, by its natural key (a donor by its code)
            for code, ident in _fetch(session, model, getattr(model, key), keys):
                found[code] = ident
        if forms:
            in_file = set(typed[key].dropna()) if kind.record == ref_kind else set()
            chosen = {v: next((o for o in options if o in found or o in in_file), options[0])
                      for v, options in forms.items()}
            values = values.map(lambda v: chosen.get(v, v) if isinstance(v, str) else v).astype(object)  # noqa: B023
            typed[f.column] = values
        if ref_kind == "indicator":
            if "project_id" not in typed.columns:
                # An indicator's code is unique only within its project: without the project, no row can say which.
                raise DomainError("an indicator is named by its code within its project, and no column of the file "
                                  "gives the project (its code, e.g. DRC-ECHO-2023-01): add one, or map it with "
                                  "--map COLUMN=project", "project")
            projects = typed["project_id"]
            pairs = {(int(p), c) for p, c in zip(projects[given], values[given]) if pd.notna(p)}
            with session.no_autoflush:
                for ident, pid, code in session.execute(select(m.Indicator.id, m.Indicator.project_id,
                                                               m.Indicator.code).where(
                        m.Indicator.project_id.in_({p for p, _ in pairs}))):
                    found[(pid, code)] = ident
            keyed = pd.Series(list(zip(projects, values)), index=values.index)
            ids = keyed.map(lambda pc: found.get(pc))  # noqa: B023
            rows.fail(given & projects.notna() & ids.isna(), f.column,
                      lambda fr: [f"project {_code_of(session, p)} has no indicator {c!r}"
                                  for p, c in zip(fr["project_id"], fr[f.column])])  # noqa: B023
            typed[f.column] = ids.astype("Int64")
            continue
        if kind.record == "location" and f.column == "parent_id":
            # A locations file usually holds the whole tree: a parent may be a row higher up in the file.
            pcodes = typed["pcode"]
            levels = typed["admin_level"]
            for row, pcode, level in zip(typed.index, pcodes, levels):
                if pcode is not None and pcode not in found and pcode not in file_parents:
                    file_parents[pcode] = row
                    ctx.location_level[f"file:{pcode}"] = level
                    ctx.location_pcode[f"file:{pcode}"] = pcode
            ids = values.map(lambda v: found.get(v, f"file:{v}" if v in file_parents else None))  # noqa: B023
            rows.fail(given & ids.isna(), f.column, lambda fr: fr[f.column].map(records.kind_of("location").unknown_refusal))  # noqa: B023
            typed[f.column] = ids.astype(object).where(ids.notna(), None)
            continue
        ids = _ids_of(values, found)
        unknown = records.kind_of(ref_kind).unknown_refusal
        rows.fail(given & ids.isna(), f.column, lambda fr, u=unknown: fr[f.column].map(u))  # noqa: B023
        typed[f.column] = ids.astype("Int64")
    return file_parents


def _ids_of(values: pd.Series, found: dict) -> pd.Series:
    """values.map(found) as Int64, each distinct value looked up once (a column names a handful of sites)."""
    codes, uniques = pd.factorize(values.to_numpy(dtype=object))
    idents = [found.get(v) for v in uniques]
    known = np.array([0 if i is None else int(i) for i in idents] + [0], dtype=np.int64)
    missing = np.array([i is None for i in idents] + [True], dtype=bool)
    return pd.Series(pd.arrays.IntegerArray(known[codes], missing[codes]), index=values.index)


def _code_of(session: Session, project_id) -> str:
    return session.scalar(select(m.Project.code).where(m.Project.id == int(project_id))) or str(project_id)


def _defaults(kind: ImportKind, rows: rules.Rows) -> None:
    """What records.create does: a blank value takes the column's default, so the rules see it."""
    for column in sa_inspect(kind.model).columns:
        if column.key in ("id", "version") or column.default is None or not column.default.is_scalar:
            continue
        values = rows.frame[column.key]
        if values.isna().any():
            rows.frame[column.key] = values.where(values.notna(), column.default.arg) \
                if values.dtype == object else values.fillna(column.default.arg)


def _reject_children_of_rejected(rows: rules.Rows, file_parents: dict[str, int], table: Table) -> None:
    parents = rows.frame["parent_id"]
    while True:
        rejected_rows = set(rows.reason[rows.reason.notna()].index)
        orphan = parents.map(lambda p: isinstance(p, str) and file_parents.get(p[5:]) in rejected_rows)  # noqa: B023
        orphan &= rows.reason.isna()
        if not orphan.any():
            return
        rows.fail(orphan, "parent_id", lambda f: f["parent_id"].map(
            lambda p: f"its parent {p[5:]} (row {file_parents[p[5:]]}) is rejected" if not table.row_sheets else
            f"its parent {p[5:]} (row {table.place(file_parents[p[5:]])[1]} of sheet "
            f"{table.place(file_parents[p[5:]])[0]}) is rejected"))


def _key_columns(kind: ImportKind) -> list[str]:
    return [kind.field(n).column for n in kind.key if not (kind.record == "indicator_value" and n == "project")]


def _duplicates(session: Session, kind: ImportKind, rows: rules.Rows, on_duplicate: str, table: Table,
                column_of: dict[str, str] | None = None):
    typed = rows.frame
    fine = pd.Series(rows.open, index=typed.index)
    keys = _key_columns(kind)
    duplicates: list[Duplicate] = []
    if not keys:
        return typed[fine], typed.iloc[0:0].assign(id=pd.Series(dtype="Int64")), duplicates
    candidates = typed[fine]
    # A row with an empty key (a contact without a reference) names no record: always a new one, never the
    # duplicate of another such row. Required keys (codes) are never empty here: their rows are rejected before.
    unkeyed = candidates[candidates[keys].isna().any(axis=1)]
    candidates = candidates.drop(unkeyed.index)
    key_frame = candidates[keys]

    def shown(row) -> str:
        # Words for the few duplicate rows only: building them for every row costs seconds on a big file.
        values = key_frame.loc[row]
        if kind.record == "indicator_value":
            return f"indicator {values.iloc[0]} from {pd.Timestamp(values.iloc[1]).date()}"
        # A reference as the file wrote it (a receipt's distribution and household codes), not the id it names.
        return " ".join(str(table.frame.at[row, column_of[key]]) if key in (column_of or {})
                        and getattr(kind.by_column(key), "ref", None) else str(v) for key, v in values.items())

    keep = "first" if on_duplicate == "skip" else "last"
    repeated = key_frame.duplicated(keep=keep)
    if repeated.any():
        kept_row = {}
        order = key_frame.index if keep == "first" else key_frame.index[::-1]
        for row in order:
            kept_row.setdefault(tuple(key_frame.loc[row]), row)
        for row in key_frame.index[repeated]:
            other = kept_row[tuple(key_frame.loc[row])]
            sheet, at = table.place(other)
            duplicates.append(_duplicate(
                table, row, f"{kind.label} {shown(row)}",
                (f"also in row {at}" if sheet is None else f"also in row {at} of sheet {sheet}") if keep == "first"
                else f"replaced by row {at} of the file" if sheet is None else f"replaced by row {at} of sheet {sheet}",
                "skipped"))
        candidates = candidates[~repeated]
        key_frame = key_frame[~repeated]
    existing = _existing(session, kind, keys, key_frame)
    in_db = existing.notna()
    for row in key_frame.index[in_db]:
        duplicates.append(_duplicate(table, row, f"{kind.label} {shown(row)}", "already in the database",
                                     "updated" if on_duplicate == "update" else "skipped"))
    duplicates.sort(key=lambda d: (table.row_sheets.index(d.sheet) if d.sheet else 0, d.row))
    creates = pd.concat([candidates[~in_db], unkeyed]).sort_index() if len(unkeyed) else candidates[~in_db]
    if on_duplicate == "update":
        updates = candidates[in_db].assign(id=existing[in_db].astype("Int64"))
    else:
        updates = candidates.iloc[0:0].assign(id=pd.Series(dtype="Int64"))
    return creates, updates, duplicates


def _existing(session: Session, kind: ImportKind, keys: list[str], key_frame: pd.DataFrame) -> pd.Series:
    """The id of the record each row names, when the database has it."""
    model = kind.model
    if key_frame.empty:
        return pd.Series(dtype="Int64", index=key_frame.index)
    first = key_frame[keys[0]]
    key_column = getattr(model, keys[0])
    extra = [getattr(model, k) for k in keys[1:]]
    with session.no_autoflush:
        stored = session.scalar(select(func.count()).select_from(model)) or 0
    if stored == 0:
        # An empty table (a first import): nothing to look up, nor to sort 100,000 keys for.
        return pd.Series(pd.NA, index=key_frame.index, dtype="Int64")
    values = [v.date() if isinstance(v, pd.Timestamp) else (int(v) if not isinstance(v, str) else v)
              for v in sorted(set(first.dropna()))]
    if stored <= 4 * len(values):
        # Most of the table is asked for: one query for all of it beats thousands of IN lists.
        with session.no_autoflush:
            found = session.execute(select(key_column, model.id, *extra)).all()
    else:
        found = _fetch(session, model, key_column, values, *extra)
    if len(keys) == 1 and not isinstance(values[0] if values else None, dt.date):
        lookup = {key: ident for key, ident in found}
        return first.map(lookup).astype("Int64")
    lookup = {}
    for key, ident, *more in found:
        lookup[(key, *more)] = ident

    def as_key(row) -> tuple:
        out = []
        for v in row:
            if isinstance(v, pd.Timestamp):
                out.append(v.date())
            elif isinstance(v, str) or v is None:
                out.append(v)
            else:
                out.append(int(v))
        return tuple(out)

    return pd.Series([lookup.get(as_key(r)) for r in key_frame.itertuples(index=False)], index=key_frame.index,
                     dtype="Int64")


def _duplicate(table: Table, label, key: str, where: str, action: str) -> Duplicate:
    sheet, row = table.place(label)
    return Duplicate(row, key, where, action, sheet)


def _problems(kind: ImportKind, rows: rules.Rows, column_of: dict[str, str], table: Table) -> list[Problem]:
    bad = rows.reason.notna()
    problems = []
    for label, column, reason in zip(rows.reason.index[bad], rows.field[bad], rows.reason[bad]):
        f = kind.by_column(column)
        sheet, row = table.place(label)
        problems.append(Problem(row, f.name if f else column, column_of.get(column), reason, sheet, int(label)))
    return problems


# --- writing ------------------------------------------------------------------------------------------

def _python(series: pd.Series, kind: str, sqlite: bool) -> list:
    """Plain values the database driver takes as they are (no numpy numbers, None for blanks).

    Rows go to the driver's executemany without SQLAlchemy's per-row processing, which costs more than the
    insert itself on a big file; so values are given as SQLAlchemy would bind them: on SQLite, dates as
    ISO text, numbers as floats, booleans as 0/1.
    """
    if kind == "date":
        if sqlite:
            text = np.datetime_as_string(series.to_numpy(dtype="datetime64[D]"), unit="D")
            return [None if v == "NaT" else v for v in text.tolist()]
        return series.to_numpy(dtype="datetime64[D]").tolist()
    if kind == "int":
        if series.dtype == object:
            # pd.NA too (a reference column the file does not have, as a country's parent): `NA != NA` is no bool.
            return [None if v is None or v is pd.NA or v != v else int(v) for v in series.tolist()]
        return series.astype("Int64").to_numpy(dtype=object, na_value=None).tolist()
    if kind == "float" or (kind == "decimal" and sqlite):
        return [None if v != v else v for v in series.astype("float64").tolist()]
    if kind == "decimal":
        return [None if v is None or v != v else v if isinstance(v, Decimal) else Decimal(repr(float(v)))
                for v in series.tolist()]
    if kind == "bool" and sqlite:
        return [None if v is None else int(bool(v)) for v in series.tolist()]
    if series.dtype == object and pd.api.types.infer_dtype(series, skipna=False) == "string":
        return series.tolist()  # texts only, no blank to turn into None
    return [None if v is None or (isinstance(v, float) and v != v) else v for v in series.tolist()]


# A JSON string or null, as json.dumps writes it: the tokens of a JSON array of texts, found at C speed.
_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|null')
# Characters json.dumps escapes (with ensure_ascii=False): a column without any is quoted as it is.
_JSON_ESCAPED = re.compile(r'["\\\x00-\x1f]')


def _json_strings(texts: list, head: str, tail: str) -> list[str]:
    """Texts (or None) as JSON strings or null, exactly as json.dumps(..., ensure_ascii=False) writes each one,
    between head and tail."""
    if not _JSON_ESCAPED.search("".join([t for t in texts if t is not None])):
        return [f"{head}null{tail}" if t is None else f'{head}"{t}"{tail}' for t in texts]
    tokens = _JSON_TOKEN.findall(json.dumps(texts, ensure_ascii=False))
    if len(tokens) != len(texts):  # cannot happen: every element of the array is one string or null
        raise AssertionError("JSON tokens do not match the values")
    return [f"{head}{t}{tail}" for t in tokens]


def _audit_tokens(values: list, kind: str, head: str, tail: str) -> list[str]:
    """A column's driver values (see _python) as the JSON of the texts services/audit.py writes (ISO dates,
    plain numbers, True/False), each between head and tail."""
    if kind not in ("float", "decimal") and len(values) > 64:
        # Most columns hold a few distinct values (a site, a sex, a count): each is written once, then looked
        # up. Not for numbers with a fraction, where equal values (0.0 and -0.0) can be written differently.
        distinct = set(values)
        if 4 * len(distinct) < len(values):
            distinct = list(distinct)
            return list(map(dict(zip(distinct, _audit_tokens(distinct, kind, head, tail))).__getitem__, values))
    null = f"{head}null{tail}"
    if kind == "date":  # ISO text on SQLite, dates on PostgreSQL
        return [null if v is None else f'{head}"{v}"{tail}' if isinstance(v, str) else f'{head}"{v.isoformat()}"{tail}'
                for v in values]
    if kind == "int":
        return [null if v is None else f'{head}"{v}"{tail}' for v in values]
    if kind == "float":
        return [null if v is None else f'{head}"{v!r}"{tail}' for v in values]
    if kind == "decimal":  # floats on SQLite, Decimals on PostgreSQL (written as their float reads, as before)
        return [null if v is None else f'{head}"{format(Decimal(repr(float(v))), "f")}"{tail}' for v in values]
    if kind == "bool":  # 0/1 on SQLite
        yes, no = f'{head}"True"{tail}', f'{head}"False"{tail}'
        return [null if v is None else yes if v else no for v in values]
    return _json_strings([None if v is None else str(v) for v in values], head, tail)


def _snapshots(values: dict[str, list], ids: list[int], types: dict[str, str]) -> list[str]:
    """Each record's audit snapshot as services/audit.py writes it (json.dumps with sorted keys, values as
    texts), built column by column: no dict and no encoder call per record."""
    names = sorted(["id", *types])
    parts = []
    for i, name in enumerate(names):
        head = ("{" if i == 0 else ", ") + json.dumps(name) + ": "
        tail = "}" if i == len(names) - 1 else ""
        parts.append(_audit_tokens(ids, "int", head, tail) if name == "id" else
                     _audit_tokens(values[name], types[name], head, tail))
    return list(map("".join, zip(*parts)))


def _reserve_ids(connection, table, n: int) -> list[int]:
    """Ids for n new rows, so records and their audit rows go in with plain bulk inserts."""
    if connection.dialect.name == "postgresql":
        rows = connection.execute(text(f"SELECT nextval(pg_get_serial_sequence('{table.name}', 'id')) "
                                       "FROM generate_series(1, :n)"), {"n": n}).scalars().all()
        return list(rows)
    # SQLite: the transaction holds the database's write lock from the first insert on, and a clash
    # with another writer's ids fails the whole import on the primary key instead of mixing records.
    # Above the largest id ever given (sqlite_sequence, models.base.NEVER_REUSED_IDS), not only the largest
    # there now: a deleted record's id is never given again. Inserting the ids moves the sequence past them.
    top = connection.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()
    given = connection.execute(text("SELECT seq FROM sqlite_sequence WHERE name = :name"),
                               {"name": table.name}).scalar()
    top = max(top, given or 0)
    return list(range(top + 1, top + 1 + n))


@bulk
def _may_import(session: Session, result: ValidationResult) -> None:
    """The user's role creates (and changes, for the rows that update) this kind, with the personal columns the file
    gives; a user limited to some sites or projects imports only rows that belong to them."""
    declared = records.kind_of(result.kind.record)
    personal = {f.key for f in declared.fields if f.personal}
    who = permissions.actor(session)
    for action, frame, given in (("create", result.creates, result.creates.columns),
                                 ("edit", result.updates, result.update_columns)):
        if not len(frame):
            continue
        permissions.require(session, declared, action)
        if personal & set(given) and any(frame[c].notna().any() for c in personal & set(given) if c in frame):
            permissions.require(session, declared, action, "personal")
        condition = declared.sensitive
        if condition is not None and condition.key in frame and condition.many(frame).fillna(False).any():
            permissions.require(session, declared, action, "sensitive")
    if who.whole_office or not permissions.scoped(declared):
        return
    for frame in (result.creates, result.updates):
        if not len(frame):
            continue
        if "site_id" in frame or "project_id" in frame:
            inside = pd.Series(False, index=frame.index)
            if "site_id" in frame:
                sites = set(session.scalars(select(m.Site.id).where(
                    permissions.scope_clause("site", who))))
                inside |= frame["site_id"].isin(sites)
            if "project_id" in frame:
                inside |= frame["project_id"].isin(who.project_ids)
            if not inside.all():
                row = frame.index[~inside][0]
                raise permissions.PermissionRefused(
                    f"row {row} of {result.source} is outside your scope ({', '.join(who.scopes)}); nothing was "
                    "imported")
        else:
            raise permissions.PermissionRefused(
                f"{permissions.plural(declared)} are imported by a user of the whole office, not of "
                f"{', '.join(who.scopes)}")


def import_rows(session: Session, result: ValidationResult, source: str | None = None,
                progress: Progress | None = None, cancelled: Cancelled | None = None,
                valid_only: bool = False) -> ImportSummary:
    """Write the rows `validate` accepted, in the caller's transaction; all or nothing unless valid_only."""
    kind = result.kind
    _may_import(session, result)
    if result.rejected and not valid_only:
        raise DomainError(f"{len(result.rejected):,} rows of {result.source} were rejected, so nothing was imported; "
                          "correct them, or choose to import the valid rows only")
    source = str(source or result.source)
    session.info["source"] = source
    session.flush()
    connection = session.connection()
    table = kind.model.__table__
    types = _types(kind)
    columns = [c for c in types]
    # Plain str: the driver adapts a str subclass (SQLAlchemy's quoted_name) row by row, which costs seconds.
    user = str(session.info.get("user", "system"))
    table_name = str(table.name)
    total = max(result.valid, 1)
    done = 0
    creates = result.creates
    batches: list[pd.DataFrame]
    if kind.record == "location":
        # Parents before children: each level's ids are known when the next level is written.
        batches = [creates[creates["admin_level"] == level] for level in sorted(creates["admin_level"].dropna().unique())]
    else:
        batches = [creates]
    sqlite = connection.dialect.name == "sqlite"
    marker = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    names = ["id", "version", *columns]
    record_sql = (f"INSERT INTO {table.name} ({', '.join(names)}) "
                  f"VALUES ({', '.join([marker] * len(names))})")
    file_ids: dict[str, int] = {}
    row_ids: dict[int, int] = {}  # row -> new record's id, for the workflow steps a file gives
    cache_size = None
    if sqlite and len(creates) > CHUNK:
        # A bigger page cache for this import only (memory, not how anything is written): the new rows'
        # index pages stay in memory instead of being spilled to the WAL file and read back.
        cache_size = connection.exec_driver_sql("PRAGMA cache_size").scalar()
        connection.exec_driver_sql(f"PRAGMA cache_size={-IMPORT_CACHE_KIB}")
    pending: list = []  # PostgreSQL: the audit entries of the rows written, chained after the last chunk
    try:
        for batch in batches:
            if kind.record == "location" and len(batch):
                batch = batch.copy()
                batch["parent_id"] = batch["parent_id"].map(
                    lambda p: file_ids.get(p[5:]) if isinstance(p, str) else p).astype(object)
            for start in range(0, len(batch), CHUNK):
                _step(progress, cancelled, done / total, f"Writing {kind.label} records ({done:,} of {total:,})")
                chunk = batch.iloc[start:start + CHUNK]
                ids = _reserve_ids(connection, table, len(chunk))
                values = {c: new_uids(len(chunk)) if c == "uid"
                          else _python(chunk[c], types[c], sqlite) for c in columns}
                connection.exec_driver_sql(record_sql, list(zip(ids, repeat(1), *values.values())))
                # One audit row per record, with its snapshot as JSON: built by column, not record by record.
                entries = list(zip(repeat(user), repeat(table_name), ids, repeat("create"), repeat(None),
                                   repeat(None), _snapshots(values, ids, types), repeat(source)))
                if sqlite:  # SQLite's one writer holds the whole file anyway
                    audit.append_entries(connection, entries)
                else:  # PostgreSQL: chained once the rows are written, so the chain's head is locked only then
                    pending += entries
                if kind.record == "location":
                    file_ids.update(zip(chunk["pcode"], ids))
                if result.steps:
                    row_ids.update(zip(chunk.index, ids))
                done += len(chunk)
    finally:
        if cache_size is not None:
            # Not to hide the error that stopped the import, if there was one.
            with suppress(DBAPIError):
                connection.exec_driver_sql(f"PRAGMA cache_size={int(cache_size)}")
    audit.append_entries(connection, pending)  # other users' saves waited for the head only from here
    updated = 0
    if len(result.updates):
        given = [c for c in result.update_columns if c in types]
        for row, record in result.updates.iterrows():
            _step(progress, cancelled, done / total, f"Updating {kind.label} records ({done:,} of {total:,})")
            values = _update_values(result.updates, record, given, types)
            if kind.record == "location" and isinstance(values.get("parent_id"), str):
                values["parent_id"] = file_ids.get(values["parent_id"][5:])
            version = record.get("_file_version")
            try:
                records.update(session, kind.record, int(record["id"]), values,
                               expected_version=None if version is None or pd.isna(version) else int(version))
            except DomainError as exc:
                raise DomainError(f"row {row}: {exc}") from None
            updated += 1
            done += 1
    if result.steps:
        declared = records.kind_of(kind.record)
        ids = row_ids | {row: int(record["id"]) for row, record in result.updates.iterrows()}
        for row, values in result.steps.items():
            _step(progress, cancelled, done / total, f"Taking the workflow steps of row {row}")
            try:
                declared.take_steps(session, session.get(kind.model, ids[row]), values)
            except DomainError as exc:
                raise DomainError(f"row {row}: {exc}") from None
    _step(progress, cancelled, 1.0, "Imported")
    return ImportSummary(source=source, created=len(creates), updated=updated,
                         skipped=sum(d.action == "skipped" for d in result.duplicates),
                         rejected=len(result.rejected))


def write_rejected(result: ValidationResult, path) -> int:
    """The rejected rows as they were in the file, with their row number and reason, to correct and re-import."""
    from workbench.io.export import write_xlsx

    frame = result.table.frame
    rows = [p.row if p.label is None else p.label for p in result.rejected]
    out = frame.loc[rows].copy()
    if result.table.row_sheets:
        out.insert(0, "Sheet", [p.sheet for p in result.rejected])
    out.insert(0, "Row", [p.row for p in result.rejected])
    out["Reason"] = [f"{p.field}: {p.reason}" if p.field else p.reason for p in result.rejected]
    hxl = None
    if result.table.hxl:
        hxl = [""] * (len(out.columns) - len(frame.columns) - 1) + [result.table.hxl.get(c, "") for c in frame.columns] + [""]
    write_xlsx(path, list(out.columns), out.itertuples(index=False), hxl_row=hxl, sheet="Rejected rows")
    return len(rows)


__all__ = ["validate", "import_rows", "write_rejected", "ValidationResult", "ImportSummary", "Problem",
           "Duplicate", "ImportCancelled"]
