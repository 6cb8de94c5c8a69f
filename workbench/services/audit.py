"""The audit trail: every insert, change and delete made through an ORM session is logged with who and when."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, sessionmaker

from workbench.models.admin import AttachmentContent, AuditEntry

_NOT_AUDITED = (AuditEntry, AttachmentContent)
_SKIPPED_FIELDS = {"version"}


def _text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return str(value)


def _columns(obj):
    return [attr for attr in inspect(obj).mapper.column_attrs if attr.key not in _SKIPPED_FIELDS]


def _snapshot(obj) -> str:
    values = {attr.key: _text(getattr(obj, attr.key)) for attr in _columns(obj)}
    return json.dumps(values, ensure_ascii=False, sort_keys=True)


def audit_rows(session: Session) -> list[dict]:
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    base = {"at": now, "user_name": session.info.get("user", "system"), "source": session.info.get("source")}
    rows: list[dict] = []
    for obj in session.new:
        if isinstance(obj, _NOT_AUDITED):
            continue
        rows.append(base | {"table_name": obj.__tablename__, "record_id": obj.id, "action": "create",
                            "field": None, "old_value": None, "new_value": _snapshot(obj)})
    for obj in session.dirty:
        if isinstance(obj, _NOT_AUDITED) or not session.is_modified(obj, include_collections=False):
            continue
        state = inspect(obj)
        for attr in _columns(obj):
            history = state.attrs[attr.key].history
            if not history.has_changes():
                continue
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old == new:
                continue
            rows.append(base | {"table_name": obj.__tablename__, "record_id": obj.id, "action": "update",
                                "field": attr.key, "old_value": _text(old), "new_value": _text(new)})
    for obj in session.deleted:
        if isinstance(obj, _NOT_AUDITED):
            continue
        rows.append(base | {"table_name": obj.__tablename__, "record_id": obj.id, "action": "delete",
                            "field": None, "old_value": _snapshot(obj), "new_value": None})
    return rows


def _touched(obj) -> set[tuple[str, int]]:
    """The record a flush writes, and the records it belongs to (its foreign keys): a tranche paid changes what
    its grant shows, a progress report its work's progress."""
    found = {(obj.__tablename__, obj.id)}
    for column in inspect(obj).mapper.columns:
        for key in column.foreign_keys:
            value = getattr(obj, column.key, None)
            if isinstance(value, int):
                found.add((key.column.table.name, value))
    return found


def _after_flush(session: Session, _context) -> None:
    rows = audit_rows(session)
    if rows:
        # Written with Core inside the same transaction: adding ORM objects during a flush is not allowed.
        session.connection().execute(insert(AuditEntry.__table__), rows)
    changed = session.info.setdefault(CHANGED, set())
    for obj in (*session.new, *session.dirty, *session.deleted):
        if not isinstance(obj, _NOT_AUDITED) and obj.id is not None:
            changed |= _touched(obj)


def _after_rollback(session: Session) -> None:
    session.info.pop(CHANGED, None)  # nothing of it is written


CHANGED = "workbench.changed"  # session.info: (table, id) of what the session's flushes wrote


def note_bulk_change(session: Session, table: str) -> None:
    """A bulk write (an import, the demo) that bypasses the ORM: many records of `table` changed."""
    session.info.setdefault(CHANGED, set()).add((table, 0))


def changed_records(session: Session) -> list[tuple[str, int]]:
    """What the session's committed writes changed, as (record kind, id), id 0 for "many": the window's tables
    and record windows refresh from this rather than from calls each writer would have to remember."""
    from workbench.kinds import KINDS

    kind_of = {kind.table_name: kind.name for kind in KINDS.values()}
    found = {(kind_of[table], ident) for table, ident in session.info.pop(CHANGED, set()) if table in kind_of}
    return sorted(found)


def install_audit(factory: sessionmaker) -> None:
    event.listen(factory, "after_flush", _after_flush)
    # The real rollback only: a savepoint rolled back (a dry run's update check) leaves the list, which may then
    # name a record more than was changed, never less.
    event.listen(factory, "after_rollback", _after_rollback)
