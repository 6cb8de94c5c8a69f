"""Create, change, delete, find and list every record type, validated and audited.

The caller owns the transaction (`with session.begin():`); these functions flush so that a broken
rule or a stale version is reported before the caller commits.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    Integer,
    Numeric,
    String,
    Text,
    func,
    inspect as sa_inspect,
    or_,
    select,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from workbench.kinds import KINDS as DECLARED, REFERENCES as DECLARED_REFERENCES, rules
from workbench.kinds.base import Kind
from workbench.kinds.limits import clean_text
from workbench.services import permissions
from workbench.services.errors import DomainError, NotFoundError, StaleRecordError

# Every record kind as declared once in workbench/kinds (its model, words, rules, delete refusal and fields), and
# the references typed by their natural key (project=DRC-ECHO-2023-01, site=Kalonda, location=CD74).
KINDS: dict[str, Kind] = DECLARED
REFERENCES: dict[str, tuple[str, str]] = DECLARED_REFERENCES


def kind_of(name: str) -> Kind:
    try:
        return KINDS[name]
    except KeyError:
        raise DomainError(f"unknown record type {name!r}; use one of: {', '.join(KINDS)}") from None


def editable_fields(kind: Kind) -> list[str]:
    return kind.editable()


def coerce(session: Session, kind: Kind, values: dict) -> dict:
    """Turn text as a user types it (CLI, import) into the column's type; references by their key."""
    columns = {c.key: c for c in sa_inspect(kind.model).columns}
    result = {}
    for name, raw in values.items():
        target = name if name in columns else f"{name}_id"
        if target not in columns:
            raise DomainError(f"{kind.label} has no field {name!r}", name)
        column = columns[target]
        if raw is None or (isinstance(raw, str) and raw.strip() == "" and column.nullable):
            result[target] = None
            continue
        if target in REFERENCES and isinstance(raw, str) and not (target == name and raw.isdigit()):
            try:
                result[target] = lookup(session, REFERENCES[target][0], raw.strip()).id
            except NotFoundError as exc:  # name the field being filled in, not the key of the other record
                raise NotFoundError(exc.message, target) from None
            continue
        result[target] = _convert(column.type, raw, target)
    return result


def _convert(col_type, raw, name: str):
    if not isinstance(raw, str):
        return raw
    text = raw.strip()
    try:
        if isinstance(col_type, Boolean):
            lowered = text.lower()
            if lowered in ("1", "yes", "true", "y", "oui"):
                return True
            if lowered in ("0", "no", "false", "n", "non"):
                return False
            raise ValueError
        if isinstance(col_type, Date):
            return dt.date.fromisoformat(text)
        if isinstance(col_type, DateTime):
            return dt.datetime.fromisoformat(text)
        if isinstance(col_type, Integer):
            # As the import reads a whole number: 1e3 and 12.0 are whole, 1e19 too (and then too large).
            number = Decimal(text)
            if not number.is_finite() or number != number.to_integral_value():
                raise ValueError
            if number.adjusted() > 30:  # far out of any column's range: no need to build all its digits
                number = Decimal(10).scaleb(30).copy_sign(number)
            return int(number)
        if isinstance(col_type, Numeric):
            number = Decimal(text)
            if not number.is_finite():  # "NaN" and "Infinity" parse, but no rule or column can take them
                raise ValueError
            return number
        if isinstance(col_type, Float):
            number = float(text)
            if number != number or number in (float("inf"), float("-inf")):
                raise ValueError
            return number
    except (ValueError, InvalidOperation):
        kind = {Boolean: "yes or no", Date: "a date (YYYY-MM-DD)", DateTime: "a date and time",
                Integer: "a whole number", Numeric: "a number", Float: "a number"}
        wanted = next((v for k, v in kind.items() if isinstance(col_type, k)), "a value")
        raise DomainError(f"must be {wanted}, not {raw!r}", name) from None
    if isinstance(col_type, (String, Text)):
        return text
    return raw


def lookup(session: Session, kind_name: str, key: str):
    """Find a record by its natural key (code, P-code, name) or by its number."""
    kind = kind_of(kind_name)
    model = kind.model
    obj = None
    if kind.key:
        obj = session.scalars(select(model).where(getattr(model, kind.key) == key)).first()
    if obj is None and str(key).isdigit():
        obj = session.get(model, int(key))
    if obj is None:
        raise NotFoundError(kind.unknown_refusal(key), kind.key)
    return obj


def get(session: Session, kind_name: str, ident: int):
    """A record the session's user may read (its role, its scopes, a sensitive record's permission)."""
    kind = kind_of(kind_name)
    permissions.require(session, kind, "read")
    obj = session.get(kind.model, ident)
    if obj is None:
        raise NotFoundError(f"{kind.label} {ident} does not exist (it may have been deleted)")
    permissions.require_record(session, kind, "read", obj)
    return obj


def _may_write(session: Session, kind: Kind, obj, action: str, changed: Iterable[str]) -> None:
    """The record as it is about to be written lies in the user's scopes, and its personal and sensitive fields
    are changed only by a role allowed to (a sensitive record as a whole, too)."""
    who = permissions.actor(session)
    permissions.require_in_scope(session, who, kind, obj)
    changed = set(changed)
    for field_class, marked in (("personal", lambda f: f.personal), ("sensitive", lambda f: f.sensitive)):
        keys = {f.key for f in kind.fields if marked(f)} & changed
        if any(not same_value(None, getattr(obj, k)) or action == "edit" for k in keys):
            reason = who.why_not(kind, action, field_class)
            if reason:
                raise permissions.PermissionRefused(reason, sorted(keys)[0])
    if permissions.sensitive_record(kind, obj):
        reason = who.why_not(kind, action, "sensitive")
        if reason:
            raise permissions.PermissionRefused(reason)


def _apply(kind: Kind, obj, values: dict, allowed: Iterable[str]) -> None:
    allowed = set(allowed)
    for name, value in values.items():
        # Taken from the file when it is attached (services/attachments.py), never typed: the viewer is chosen by them.
        if name in kind.set_from_file and value != getattr(obj, name):
            raise DomainError("is set from the attached file", name)
        if name not in allowed:
            if name in kind.workflow_fields:
                raise DomainError(f"is changed through the {kind.label}'s workflow, not edited", name)
            raise DomainError(f"{kind.label} has no field {name!r}", name)
        setattr(obj, name, clean_text(value) if isinstance(value, str) else value)


def _flush(session: Session, kind: Kind) -> None:
    try:
        session.flush()
    except StaleDataError:
        raise StaleRecordError(kind.label) from None
    except IntegrityError as exc:
        raise DomainError(f"the database refused this {kind.label}: {str(exc.orig).splitlines()[0]}") from None


def _validate(session: Session, kind: Kind, obj) -> None:
    # Values that fit no column (1e308) are refused before anything computes with them (days x rate).
    key = getattr(obj, kind.key, None) if kind.key_forms is not None else None
    if isinstance(key, str):
        # The key in the form an import stores it: typed cd74 or DTM's IRQ-G15Q05, it is CD74 and IQG15Q05.
        setattr(obj, kind.key, kind.key_forms(key)[0])
    rules.fits_its_columns(obj)
    if kind.prepare:
        kind.prepare.one(obj)
    rules.check_one(session, kind, obj)


def create(session: Session, kind_name: str, values: dict):
    kind = kind_of(kind_name)
    permissions.require(session, kind, "create")
    obj = kind.model()
    _apply(kind, obj, values, editable_fields(kind))
    # Python-side defaults are applied at flush; give them now so rules see them.
    for column in sa_inspect(kind.model).columns:
        if getattr(obj, column.key) is None and column.default is not None and column.default.is_scalar:
            setattr(obj, column.key, column.default.arg)
    _may_write(session, kind, obj, "create", values)
    _validate(session, kind, obj)
    session.add(obj)
    _flush(session, kind)
    return obj


def update(session: Session, kind_name: str, ident: int, values: dict, expected_version: int | None = None):
    """Change a record; with expected_version, refuse if somebody saved it since that version was read."""
    kind = kind_of(kind_name)
    permissions.require(session, kind, "edit")
    obj = get(session, kind_name, ident)
    permissions.require_record(session, kind, "edit", obj)
    if expected_version is not None and obj.version != expected_version:
        raise StaleRecordError(kind.label)
    before = {c.key: getattr(obj, c.key) for c in sa_inspect(kind.model).columns}
    try:
        _apply(kind, obj, values, editable_fields(kind))  # may refuse a field after setting others
        for column in sa_inspect(kind.model).columns:
            # A value emptied that the database needs takes its default, as in a create and an import's row.
            if column.key in values and getattr(obj, column.key) is None and not column.nullable \
                    and column.default is not None and column.default.is_scalar:
                setattr(obj, column.key, column.default.arg)
        changed = [k for k in values if k in before and not same_value(before[k], getattr(obj, k))]
        _may_write(session, kind, obj, "edit", changed)
        _validate(session, kind, obj)
    except DomainError:
        for key, value in before.items():  # leave the record as it was
            setattr(obj, key, value)
        raise
    _flush(session, kind)
    return obj


def delete(session: Session, kind_name: str, ident: int, expected_version: int | None = None) -> None:
    kind = kind_of(kind_name)
    permissions.require(session, kind, "delete")
    obj = get(session, kind_name, ident)
    permissions.require_record(session, kind, "delete", obj)
    if expected_version is not None and obj.version != expected_version:
        raise StaleRecordError(kind.label)
    closed = rules.closed_refusal(session, kind.name, obj, deleting=True)
    if closed is not None:
        raise DomainError(f"This {kind.label} cannot be deleted: {closed[0]}.")
    if kind.delete_refusal:
        reason = kind.delete_refusal(session, obj)
        if reason:
            raise DomainError(f"This {kind.label} cannot be deleted: {reason}.")
    session.delete(obj)
    _flush(session, kind)


def list_statement(kind_name: str, filters: dict | None = None, text: str | None = None,
                   order_by: str | None = None, descending: bool = False,
                   who: permissions.Actor | None = None):
    """The SELECT behind a list or a table: equality filters, a text search and a stable order; with `who`, only
    the records that user may see (its scopes; sensitive records if its role reads them)."""
    kind = kind_of(kind_name)
    model = kind.model
    columns = sa_inspect(model).columns

    def column(name: str):
        if name not in columns:
            raise DomainError(f"{kind.label} has no field {name!r}", name)
        return getattr(model, name)

    stmt = select(model)
    if who is not None:
        stmt = stmt.where(permissions.visible_clause(kind, who))
    for name, value in (filters or {}).items():
        stmt = stmt.where(column(name) == value)
    if text and kind.search:
        pattern = f"%{text.strip()}%"
        stmt = stmt.where(or_(*(getattr(model, f).ilike(pattern) for f in kind.search)))
    if order_by:
        sort = column(order_by)
        stmt = stmt.order_by(sort.desc() if descending else sort.asc())
    return stmt.order_by(model.id)  # the primary key last keeps rows in a stable order


def list_records(session: Session, kind_name: str, filters: dict | None = None, text: str | None = None,
                 order_by: str | None = None, descending: bool = False, limit: int | None = None,
                 offset: int = 0) -> list:
    who = permissions.require(session, kind_of(kind_name), "read")
    stmt = list_statement(kind_name, filters, text, order_by, descending, who).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(session.scalars(stmt))


def count_records(session: Session, kind_name: str, filters: dict | None = None, text: str | None = None) -> int:
    who = permissions.require(session, kind_of(kind_name), "read")
    stmt = list_statement(kind_name, filters, text, who=who).order_by(None)
    return session.scalar(select(func.count()).select_from(stmt.subquery())) or 0


def readable_dict(session: Session, kind: Kind | str, obj) -> dict:
    """A record's values as the session's user may read them: the personal fields empty for a role that reads no
    personal data."""
    kind = kind_of(kind) if isinstance(kind, str) else kind
    if permissions.actor(session).may(kind, "read", "personal"):
        return as_dict(obj)
    hidden = {f.key for f in kind.fields if f.personal}  # never read: the server refuses them to this role
    return {c.key: None if c.key in hidden else getattr(obj, c.key) for c in sa_inspect(type(obj)).columns}


def as_dict(obj) -> dict:
    """A record's column values, for display or export; never an ORM object handed to a screen."""
    return {c.key: getattr(obj, c.key) for c in sa_inspect(type(obj)).columns}


def same_value(old, new) -> bool:
    """Whether a value given for a field is the one it holds: "" is no value, 5 is 5.00, a date its midnight."""
    if old is None or old == "":
        return new is None or new == ""
    if isinstance(old, Decimal) or isinstance(new, Decimal):
        try:
            return new is not None and Decimal(str(old)) == Decimal(str(new))
        except InvalidOperation:
            return False
    if isinstance(old, dt.datetime) and isinstance(new, dt.date) and not isinstance(new, dt.datetime):
        return old.date() == new
    return old == new

