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


def _after_flush(session: Session, _context) -> None:
    rows = audit_rows(session)
    if rows:
        # Written with Core inside the same transaction: adding ORM objects during a flush is not allowed.
        session.connection().execute(insert(AuditEntry.__table__), rows)


def install_audit(factory: sessionmaker) -> None:
    event.listen(factory, "after_flush", _after_flush)
