"""Erasing a person's personal data on request, and after the retention period: the record stays (every figure and
report keeps counting it), its identifying values become "erased on DATE by WHO", in the record, in the records
that name the same person, and in the values the audit log kept of them.

What is erased is read from the kinds' declarations (kinds/base.py): every direct identifier (a name, a phone, an
exact coordinate: text becomes the note, a number or date becomes NULL), and the free text and pseudonymous codes
about the person (a receipt's note, a referral's case code and outcome), which may name them. Choices and counts
(sex, vulnerabilities, size, dates) stay: the figures are made of them. Staff names (who recorded a receipt) are no
personal data of the person erased and stay.

SQLite keeps the old values in freed pages of the file and its -wal until they are reused: `compact()` runs VACUUM
and truncates the -wal after an erasure; PostgreSQL's VACUUM frees the old row versions. Backups taken before still
hold the values: the README says what the office must do with them.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import String, Text, delete, select, text as sql, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from workbench import models as m
from workbench.kinds.base import Kind
from workbench.models.admin import Attachment, AttachmentContent, AuditEntry
from workbench.services import attachments as attached, audit, records
from workbench.services.audit import note_bulk_change
from workbench.services.errors import DomainError

ADMINISTRATOR = "admin"  # services/permissions.py: the data protection officer / administrator
STAFF_FIELDS = {("receipt", "recorded_by")}  # direct identifiers of staff, not of the person erased
ERASABLE = ("household", "grant", "referral", "crc_contact")  # what `workbench erase KIND KEY` takes
# The records naming the same person as one erased: (kind, its reference to the erased record).
RELATED = {"household": (("receipt", "household_id"), ("crc_contact", "household_id"),
                         ("referral", "household_id"))}
# Workflow steps, whose notes are free text about the record: (table, its reference).
STEP_NOTES = {"grant": ("grant_status_changes", "grant_id"), "referral": ("referral_status_changes", "referral_id")}
# Whose documents and photos an erasure deletes (an ID card's scan, a photo, a signed receipt): the household's and
# those of the records naming it. A grant's contracts and payment documents stay with the grant (its figures).
ATTACHMENTS_ERASED = {"household", "receipt", "crc_contact", "referral"}
ATTACHMENT_TEXT = {"file_name", "description"}  # what the audit log keeps of an attachment that may name the person
ERASED_PREFIX = "erased on "


def erased_fields(kind: Kind) -> list[str]:
    """The columns of `kind` an erasure replaces: direct identifiers, then free text and codes about the person
    (indirect identifiers held as free text, not as a choice), never the record's own key."""
    found = []
    for f in kind.fields:
        if (kind.name, f.key) in STAFF_FIELDS or f.key == kind.key:
            continue
        if f.identifies == "direct":
            found.append(f.key)
        elif f.identifies == "indirect" and f.choices is None and kind.editor(f) in ("text", "multiline"):
            found.append(f.key)
    return found


def note_for(user: str, on: dt.date | None = None) -> str:
    return f"{ERASED_PREFIX}{(on or dt.date.today()).isoformat()} by {user}"


def log_event(session: Session, table: str, action: str, field_name: str | None, value: str,
              record_id: int = 0, source: str | None = None) -> None:
    """An audit event that is no change of a record's field (an erasure), chained like the others
    (audit.record_event): who, when, what; never a personal value."""
    audit.record_event(session, action, table, {"field": field_name, "what": value, "record_id": record_id},
                       source=source)


def refuse_unless_administrator(session: Session) -> None:
    """Erasure is an administrator's: the session's user must be an active user with that role."""
    user = session.info.get("user", "system")
    role = session.scalar(select(m.User.role).where(m.User.username == user, m.User.active.is_(True)))
    if role is None:
        raise DomainError(f"only an administrator erases personal data; {user!r} is no active user of this database")
    if role != ADMINISTRATOR:
        raise DomainError(f"only an administrator erases personal data; {user!r} is a {role}")


@dataclass
class Erasure:
    """What an erasure changed (or, in a dry run, would change): records by kind, and audit entries."""

    records: dict[str, list[int]] = field(default_factory=dict)
    audit_entries: int = 0
    described: list[str] = field(default_factory=list)  # one line per person, without any personal value

    @property
    def count(self) -> int:
        return sum(len(v) for v in self.records.values())


def _text_column(column) -> bool:
    return isinstance(column.type, (String, Text))


def _erase_rows(session: Session, kind: Kind, ids: list[int], note: str, result: Erasure) -> None:
    """Replaces the erased fields of these records of `kind`, and the audit log's values of them."""
    keys = erased_fields(kind)
    if not ids or not keys:
        return
    table = kind.model.__table__
    values = {}
    for key in keys:
        column = table.c[key]
        values[key] = note[:column.type.length] if _text_column(column) and column.type.length else (
            note if _text_column(column) else None)
    stmt = update(table).where(table.c.id.in_(ids)).values(**values)
    if "version" in table.c:
        stmt = stmt.values(version=table.c.version + 1)  # a window holding the record sees it changed
    session.execute(stmt)
    note_bulk_change(session, table.name)
    result.records.setdefault(kind.name, []).extend(ids)
    result.audit_entries += _erase_audit(session, table.name, ids, set(keys), note)


def _erase_steps(session: Session, kind_name: str, ids: list[int], note: str, result: Erasure) -> None:
    if kind_name not in STEP_NOTES or not ids:
        return
    table_name, column = STEP_NOTES[kind_name]
    table = m.Base.metadata.tables[table_name]
    step_ids = list(session.scalars(select(table.c.id).where(table.c[column].in_(ids), table.c.note.is_not(None),
                                                              table.c.note != "")))
    if step_ids:
        session.execute(update(table).where(table.c.id.in_(step_ids)).values(note=note))
        result.audit_entries += _erase_audit(session, table_name, step_ids, {"note"}, note)


def _attachments_of(session: Session, kind_name: str, ids: list[int]) -> list[tuple[int, str]]:
    """(id, sha256) of the attachments of these records of `kind_name`, when its attachments are erased."""
    if kind_name not in ATTACHMENTS_ERASED or not ids:
        return []
    table = records.KINDS[kind_name].model.__tablename__
    found = []
    for start in range(0, len(ids), 500):
        found += session.execute(select(Attachment.id, Attachment.sha256).where(
            Attachment.owner_table == table, Attachment.owner_id.in_(ids[start:start + 500]))).all()
    return [(ident, digest) for ident, digest in found]


def _erase_attachments(session: Session, kind_name: str, ids: list[int], note: str, result: Erasure) -> None:
    """Deletes the documents and photos attached to these records: their rows, their bytes (kept only while another
    record has the same file attached), the copies the window opened of them, and their names and descriptions in
    the audit log's entries. Deleted past the audit hook (which would copy the name into a delete's entry): the
    erasure's own event counts them."""
    found = _attachments_of(session, kind_name, ids)
    logged = _logged_attachments(session, kind_name, ids)  # deleted since, too: the log kept their names
    digests = {digest for _, digest in found} | {digest for _, digest in logged}
    every_id = sorted({ident for ident, _ in found} | {ident for ident, _ in logged})
    if every_id:
        result.audit_entries += _erase_audit(session, Attachment.__tablename__, every_id, ATTACHMENT_TEXT, note)
    digests = {digest for digest in digests if len(digest) == 64 and set(digest) <= set("0123456789abcdef")}
    for digest in digests:  # the copies opened on this computer, whatever name they were opened under
        shutil.rmtree(attached.opened_folder(digest), ignore_errors=True)
    attachment_ids = [ident for ident, _ in found]
    for start in range(0, len(attachment_ids), 500):
        session.execute(delete(Attachment).where(Attachment.id.in_(attachment_ids[start:start + 500])))
    # The bytes, of these and of the ones deleted before (deleting an attachment leaves its bytes in the database):
    # kept only while another record has the same file attached.
    shared = set(session.scalars(select(Attachment.sha256).where(Attachment.sha256.in_(digests))))
    session.execute(delete(AttachmentContent).where(AttachmentContent.sha256.in_(digests - shared)))
    if attachment_ids:
        note_bulk_change(session, Attachment.__tablename__)
        result.records.setdefault("attachment", []).extend(attachment_ids)


def _logged_attachments(session: Session, kind_name: str, ids: list[int]) -> list[tuple[int, str]]:
    """(id, sha256) of every attachment the audit log says was attached to these records (its create or delete
    entry's copy of the row), including the ones deleted since."""
    if kind_name not in ATTACHMENTS_ERASED or not ids:
        return []
    table, wanted = records.KINDS[kind_name].model.__tablename__, {str(ident) for ident in ids}
    found = []
    for ident, old, new in session.execute(select(AuditEntry.record_id, AuditEntry.old_value, AuditEntry.new_value)
                                           .where(AuditEntry.table_name == Attachment.__tablename__,
                                                  AuditEntry.action.in_(("create", "delete")))):
        for snapshot in (old, new):
            try:
                values = json.loads(snapshot) if snapshot else None
            except ValueError:
                continue
            if isinstance(values, dict) and values.get("owner_table") == table and values.get("owner_id") in wanted:
                found.append((ident, str(values.get("sha256") or "")))
    return [(ident, digest) for ident, digest in found if digest]


def _erase_audit(session: Session, table: str, ids: list[int], keys: set[str], note: str) -> int:
    """The audit log's values of these fields of these records: an update's old and new value, the keys of a
    create's or delete's snapshot, erased through the chain (audit.redact_entries), which keeps it whole. Returns
    the number of entries changed."""
    whole: list[int] = []
    snapshots: list[int] = []
    for start in range(0, len(ids), 500):
        rows = session.execute(select(AuditEntry.id, AuditEntry.action, AuditEntry.field, AuditEntry.old_value,
                                      AuditEntry.new_value).where(AuditEntry.table_name == table,
                                                                  AuditEntry.record_id.in_(ids[start:start + 500])))
        for ident, action, field_name, old, new in rows:
            if action == "update" and field_name in keys and (old is not None or new is not None):
                whole.append(ident)
            elif action in ("create", "delete") and (_snapshot_erased(old, keys, note) != old
                                                       or _snapshot_erased(new, keys, note) != new):
                snapshots.append(ident)
    changed = 0
    if whole:
        changed += audit.redact_entries(session, whole, note, replacement=note)
    if snapshots:
        changed += audit.redact_entries(session, snapshots, note, keys=sorted(keys), replacement=note)
    return changed


def _snapshot_erased(snapshot: str | None, keys: set[str], note: str) -> str | None:
    if not snapshot:
        return snapshot
    try:
        values = json.loads(snapshot)
    except ValueError:
        return snapshot
    if not isinstance(values, dict):
        return snapshot
    for key in keys & values.keys():
        if values[key] is not None:
            values[key] = note
    return json.dumps(values, ensure_ascii=False, sort_keys=True)


def erase(session: Session, kind_name: str, key: str, on: dt.date | None = None, dry_run: bool = False) -> Erasure:
    """Erases the personal data of one person: a household (and its receipts, CRC contacts and referrals), a
    grant's grantee, a referral's person, a CRC contact. `key`: the record's code (a CRC contact: its number)."""
    if kind_name not in ERASABLE:
        raise DomainError(f"cannot erase a {kind_name}; erase one of: {', '.join(ERASABLE)}", "kind")
    refuse_unless_administrator(session)
    kind = records.KINDS[kind_name]
    obj = records.lookup(session, kind_name, key)
    return _erase_records(session, kind, [obj.id], note_for(session.info.get("user", "system"), on), dry_run,
                          [f"{kind.label} {key}"], reason=f"on request: {kind.label} {key}")


def _erase_records(session: Session, kind: Kind, ids: list[int], note: str, dry_run: bool, described: list[str],
                   reason: str) -> Erasure:
    result = Erasure(described=described)
    if dry_run:
        result.records[kind.name] = list(ids)
        owners = [(kind.name, list(ids))]
        for related, column in RELATED.get(kind.name, ()):
            model = records.KINDS[related].model
            found = list(session.scalars(select(model.id).where(getattr(model, column).in_(ids)))) if ids else []
            if found:
                result.records[related] = found
                owners.append((related, found))
        found = [ident for name, owner_ids in owners for ident, _ in _attachments_of(session, name, owner_ids)]
        if found:
            result.records["attachment"] = found
        return result
    _erase_rows(session, kind, ids, note, result)
    _erase_steps(session, kind.name, ids, note, result)
    _erase_attachments(session, kind.name, ids, note, result)
    for related, column in RELATED.get(kind.name, ()):
        rkind = records.KINDS[related]
        found = [] if not ids else list(session.scalars(select(rkind.model.id).where(
            getattr(rkind.model, column).in_(ids))))
        _erase_rows(session, rkind, found, note, result)
        _erase_steps(session, related, found, note, result)
        _erase_attachments(session, related, found, note, result)
    log_event(session, kind.table_name, "erase", None,
              f"{reason}: {result.count:,} records, {result.audit_entries:,} audit entries",
              record_id=ids[0] if len(ids) == 1 else 0)
    session.flush()
    session.expire_all()  # the objects loaded before hold the values erased
    return result


def households_past_retention(session: Session, years: int, today: dt.date | None = None) -> list[tuple]:
    """(id, code, site, closed on) of the households of sites closed more than `years` years before today whose
    personal data is not erased yet."""
    if years < 1:
        raise DomainError("must be at least 1 year", "years")
    today = today or dt.date.today()
    try:
        limit = today.replace(year=today.year - years)
    except ValueError:  # 29 February
        limit = today.replace(year=today.year - years, day=28)
    h, s = m.Household, m.Site
    return list(session.execute(
        select(h.id, h.code, s.name, s.closed_on).join(s, h.site_id == s.id)
        .where(s.status == m.SiteStatus.CLOSED, s.closed_on < limit, ~h.head_name.startswith(ERASED_PREFIX))
        .order_by(s.name, h.code)))


def erase_past_retention(session: Session, years: int, today: dt.date | None = None,
                         dry_run: bool = False) -> Erasure:
    """Erases the personal data of the households of sites closed more than `years` years ago (retention)."""
    refuse_unless_administrator(session)
    found = households_past_retention(session, years, today)
    described = [f"household {code} (site {site}, closed on {closed.isoformat()})" for _, code, site, closed in found]
    return _erase_records(session, records.KINDS["household"], [row[0] for row in found],
                          note_for(session.info.get("user", "system"), today), dry_run, described,
                          reason=f"retention: sites closed more than {years} years ago")


def compact(engine: Engine, tables: Iterable[str] = ()) -> None:
    """After an erasure is committed: SQLite rebuilds its file without the freed pages (VACUUM) and empties its
    -wal; PostgreSQL frees the old versions of the rows changed."""
    if engine.dialect.name == "sqlite":
        # On the driver's own connection: the engine's "begin" event would open a transaction VACUUM refuses.
        raw = engine.raw_connection()
        try:
            raw.driver_connection.execute("VACUUM")
            raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()
        return
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        extra = ("attachment_contents",) if "attachments" in tables else ()  # an attachment's bytes
        for table in dict.fromkeys((*tables, *extra, "audit_log")):
            conn.execute(sql(f'VACUUM "{table}"'))
