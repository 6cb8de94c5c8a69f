"""The audit trail: every insert, change and delete made through an ORM session, and every export, printed report,
backup and erasure, is logged with who and when, in one chain of hashes that `workbench db check` verifies.

The chain: entries are appended in id order, each with the hash of the entry before it (`prev_hash`, GENESIS for
the first) and its own `hash`, the SHA-256 of the JSON array

    [prev_hash, id, at, user_name, table_name, record_id, action, field, source, old digest, new digest]

(compact separators, UTF-8, `at` as 2026-12-02T14:11:26.000000Z), where a value's digest is
sha256(salt || value as UTF-8) with the entry's random 16-byte salt, or null for no value. The chain covers the
digests, not the values: erasing a person's values (redact_entries) replaces them and clears the salt, keeping the
digests, and the chain still verifies. This encoding is a stored format: changing it breaks every existing chain.

Appending locks the chain's head row (audit_chain_head) first, so two sessions never chain onto the same entry:
PostgreSQL with SELECT ... FOR UPDATE (held until the commit), SQLite by taking the database's write lock before
the head is read. On PostgreSQL the entry's time is the server's (now(), which a trigger also sets on every insert).
A writer needs INSERT on audit_log and the head row only: never another entry.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable, Sequence
from decimal import Decimal
from hashlib import sha256

from sqlalchemy import String, event, inspect, select, text, type_coerce
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, sessionmaker

from workbench.models.admin import AttachmentContent, AuditEntry
from workbench.models.sync import SyncConflict, SyncNode
from workbench.services.errors import DomainError

# Not records: the log itself, files' contents (the attachment row is audited), and the sync's bookkeeping, whose
# private keys and conflicting values (a laptop's change, names included) must not be copied into the log
_NOT_AUDITED = (AuditEntry, AttachmentContent, SyncNode, SyncConflict)
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
    base = {"user_name": session.info.get("user", "system"), "source": session.info.get("source")}
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
        append_entries(session.connection(), [tuple(row[name] for name in ENTRY) for row in rows])
    changed = session.info.setdefault(CHANGED, set())
    for obj in (*session.new, *session.dirty, *session.deleted):
        if not isinstance(obj, _NOT_AUDITED) and obj.id is not None:
            changed |= _touched(obj)


def _audited_changes(session: Session) -> bool:
    if any(not isinstance(obj, _NOT_AUDITED) for obj in (*session.new, *session.deleted)):
        return True
    return any(not isinstance(obj, _NOT_AUDITED) and session.is_modified(obj, include_collections=False)
               for obj in session.dirty)


def _before_flush(session: Session, _context, _instances) -> None:
    """PostgreSQL: the chain's head is locked before the flush writes its rows, not after. Locked after, two
    sessions could each hold a record the other writes next while waiting for the head the other holds."""
    if session.get_bind().dialect.name == "postgresql" and _audited_changes(session):
        session.connection().execute(text(_LOCK_HEAD))


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
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)
    # The real rollback only: a savepoint rolled back (a dry run's update check) leaves the list, which may then
    # name a record more than was changed, never less.
    event.listen(factory, "after_rollback", _after_rollback)


# --- the chain ----------------------------------------------------------------------------------------------

GENESIS = "0" * 64  # the previous hash of the first entry
# An entry as append_entries takes it.
ENTRY = ("user_name", "table_name", "record_id", "action", "field", "old_value", "new_value", "source")
_INSERTED = ("id", "at", *ENTRY, "salt", "prev_hash", "hash")
_LOCK_HEAD = "SELECT last_id, last_hash, now() FROM audit_chain_head WHERE id = 1 FOR UPDATE"
_SQLITE_TIME = "%Y-%m-%d %H:%M:%S.%f"  # as UtcDateTime stores a time on SQLite
ERASE = "erase"  # the action of an erasure's own entry, which names the entries it erased


def chain_time(at: dt.datetime) -> str:
    return at.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def value_digest(salt: bytes, value: str | None) -> str | None:
    return None if value is None else sha256(salt + value.encode("utf-8")).hexdigest()


class Encoder:
    """JSON of one entry's fields, with the repeated strings of a batch (user, table, source) encoded once."""

    def __init__(self):
        self.cache: dict[str, str] = {}
        self.times: dict[dt.datetime, str] = {}

    def time(self, at: dt.datetime) -> str:
        """chain_time, once per distinct time: the entries of one save or import share theirs."""
        found = self.times.get(at)
        if found is None:
            found = self.times[at] = chain_time(at)
        return found

    def __call__(self, value) -> str:
        if value is None:
            return "null"
        if type(value) is int:
            return str(value)
        found = self.cache.get(value)
        if found is None:
            found = self.cache[value] = json.dumps(value, ensure_ascii=False)
        return found


def entry_hash(encode: Encoder, prev_hash: str, ident: int, at: str, user_name: str, table_name: str,
               record_id: int, action: str, field: str | None, source: str | None, old_digest: str | None,
               new_digest: str | None) -> str:
    """The entry's hash over its fields and digests (the module's docstring gives the encoding)."""
    encoded = (f'["{prev_hash}",{ident},"{at}",{encode(user_name)},{encode(table_name)},{int(record_id)},'
               f'{encode(action)},{encode(field)},{encode(source)},'
               f'{"null" if old_digest is None else chr(34) + old_digest + chr(34)},'
               f'{"null" if new_digest is None else chr(34) + new_digest + chr(34)}]')
    return sha256(encoded.encode("utf-8")).hexdigest()


def chain_rows(prev_hash: str, ids: Sequence[int], at: dt.datetime, rows: Sequence[Sequence],
               salts: Sequence[bytes] | None = None) -> list[tuple]:
    """The rows (ENTRY order) with their id, salt, previous hash and hash, chained after prev_hash, in the order
    of _INSERTED (at as given). New random salts unless `salts` are given (the upgrade keeps none: it makes them)."""
    if salts is None:
        pool = os.urandom(16 * len(rows))
        salts = [pool[i:i + 16] for i in range(0, len(pool), 16)]
    # entry_hash's encoding, with the parts a batch repeats (who, which table, what action, which file) encoded
    # once: an import chains 100,000 entries in a fraction of a second.
    encode = Encoder()
    at_text = f'"{chain_time(at)}"'
    who: dict[tuple, str] = {}
    what: dict[tuple, str] = {}
    out = []
    for ident, row, salt in zip(ids, rows, salts):
        user_name, table_name, record_id, action, field, old, new, source = row
        part = who.get((user_name, table_name))
        if part is None:
            part = who[(user_name, table_name)] = f"{encode(user_name)},{encode(table_name)}"
        kind = what.get((action, field, source))
        if kind is None:
            kind = what[(action, field, source)] = f"{encode(action)},{encode(field)},{encode(source)}"
        old_digest = "null" if old is None else f'"{sha256(salt + old.encode("utf-8")).hexdigest()}"'
        new_digest = "null" if new is None else f'"{sha256(salt + new.encode("utf-8")).hexdigest()}"'
        own = sha256(f'["{prev_hash}",{ident},{at_text},{part},{int(record_id)},{kind},{old_digest},{new_digest}]'
                     .encode("utf-8")).hexdigest()
        out.append((ident, at, *row, salt.hex(), prev_hash, own))
        prev_hash = own
    return out


def _take_head(connection: Connection) -> tuple[int, str, dt.datetime]:
    """The chain's last id and hash, locked until the commit, and the entries' time."""
    if connection.dialect.name == "postgresql":
        head = connection.execute(text(_LOCK_HEAD)).first()
        at = head[2] if head else None
    else:
        # The write lock first (a write), then the head: read before it, another writer's entry could follow
        # the same head (SQLite then refuses this transaction's write instead: no fork either way, but no error).
        head = connection.execute(text("UPDATE audit_chain_head SET last_id = last_id WHERE id = 1 "
                                       "RETURNING last_id, last_hash")).first()
        at = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    if head is None:
        raise DomainError("the audit log's chain head is missing, so nothing can be saved; run 'workbench db check'")
    return head[0], head[1], at.astimezone(dt.timezone.utc)


def _new_ids(connection: Connection, last_id: int, n: int) -> list[int]:
    if connection.dialect.name == "postgresql":
        return sorted(connection.execute(text(
            "SELECT nextval(pg_get_serial_sequence('audit_log', 'id')) FROM generate_series(1, :n)"), {"n": n})
            .scalars())
    # Above any id ever given (sqlite_sequence), not only the chain's: a row added behind the workbench's back
    # breaks the chain, which db check reports, but does not stop the saves.
    top = connection.execute(text(
        "SELECT max(coalesce((SELECT max(id) FROM audit_log), 0), "
        "coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'), 0))")).scalar_one()
    top = max(top, last_id)
    return list(range(top + 1, top + 1 + n))


def append_entries(connection: Connection, rows: Iterable[Sequence]) -> int:
    """Appends entries (tuples in ENTRY order) to the chain in the connection's transaction; returns how many.
    Every writer of the audit log goes through here: the window's and the CLI's saves (the flush hook), imports,
    the demo, events."""
    rows = rows if isinstance(rows, list) else list(rows)
    if not rows:
        return 0
    last_id, last_hash, at = _take_head(connection)
    ids = _new_ids(connection, last_id, len(rows))
    chained = chain_rows(last_hash, ids, at, rows)
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:  # as UtcDateTime stores it; PostgreSQL's trigger sets the same now() the head gave
        stored = at.replace(tzinfo=None).strftime(_SQLITE_TIME)
        chained = [(row[0], stored, *row[2:]) for row in chained]
    marker = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    connection.exec_driver_sql(
        f"INSERT INTO audit_log ({', '.join(_INSERTED)}) VALUES ({', '.join([marker] * len(_INSERTED))})", chained)
    connection.execute(text("UPDATE audit_chain_head SET last_id = :id, last_hash = :hash WHERE id = 1"),
                       {"id": chained[-1][0], "hash": chained[-1][-1]})
    return len(chained)


def record_event(session: Session, action: str, table_name: str, details: dict, source: str | None = None) -> None:
    """An event that changes no record (action 'export', 'report', 'backup', 'erase'), chained like the others;
    `table_name` is the kind's table, or '-'; `details` say what it was (kind, rows, personal data, file)."""
    session.flush()  # the session's own changes are chained first
    value = json.dumps(details, ensure_ascii=False, sort_keys=True, default=str)
    append_entries(session.connection(), [(str(session.info.get("user", "system")), table_name, 0, action, None,
                                           None, value, source)])


def _digests(entry) -> tuple[str | None, str | None]:
    """The digests the chain covers: from the salt and the values, or as an erasure kept them."""
    if entry.salt is not None:
        salt = bytes.fromhex(entry.salt)
        return value_digest(salt, entry.old_value), value_digest(salt, entry.new_value)
    old, new = (entry.digests or "- -").split(" ")
    return (None if old == "-" else old), (None if new == "-" else new)


def _own_hash(encode: Encoder, entry, prev_hash: str) -> str:
    old, new = _digests(entry)
    return entry_hash(encode, prev_hash, entry.id, encode.time(entry.at), entry.user_name, entry.table_name,
                      entry.record_id, entry.action, entry.field, entry.source, old, new)


def redact_entries(session: Session, entry_ids: Iterable[int], note: str, keys: Iterable[str] | None = None,
                   replacement: str | None = None) -> int:
    """Erases the values of these audit entries without breaking the chain: each value becomes "erased on DATE by
    WHO" and the salt is cleared (the digests the chain covers are kept), then one 'erase' entry names them, with
    `note` (why, at whose request). With `keys`, a whole-record value (a created or deleted record's JSON) keeps
    its other fields and loses only these; `replacement` is the text the values become (the erasure's own
    "erased on DATE by WHO", dated as the record's fields are). Returns how many entries were erased (an entry erased before is left)."""
    ids = sorted({int(i) for i in entry_ids})
    if not ids:
        raise DomainError("no audit entry to erase")
    if not note.strip():
        raise DomainError("say why the entries are erased (the request, who asked)", "note")
    session.flush()
    table = AuditEntry.__table__
    found = {row.id: row for row in session.execute(select(table).where(table.c.id.in_(ids)))}
    missing = [i for i in ids if i not in found]
    if missing:
        raise DomainError(f"no audit entry {missing[0]}")
    user = str(session.info.get("user", "system"))
    replacement = replacement or f"erased on {dt.datetime.now(dt.timezone.utc).date().isoformat()} by {user}"
    wanted = set(keys) if keys is not None else None
    encode = Encoder()
    changes = []
    for ident in ids:
        entry = found[ident]
        if entry.action == ERASE:
            raise DomainError(f"audit entry {ident} is an erasure's own record; it is kept")
        if entry.salt is None:
            continue
        if entry.hash is None or _own_hash(encode, entry, entry.prev_hash or GENESIS) != entry.hash:
            raise DomainError(f"audit entry {ident} does not match its hash (it was changed outside the workbench); "
                              "run 'workbench db check'")
        old, new = _digests(entry)
        changes.append({"entry": ident, "old": _erased(entry.old_value, replacement, wanted),
                        "new": _erased(entry.new_value, replacement, wanted),
                        "digests": f"{old or '-'} {new or '-'}"})
    if changes:
        if session.get_bind().dialect.name == "postgresql":  # nobody may UPDATE the log; the owner's function may
            session.execute(text("SELECT wb_erase_audit_values(:entry, :old, :new, :digests)"), changes)
        else:
            session.execute(text("UPDATE audit_log SET old_value = :old, new_value = :new, salt = NULL, "
                                 "digests = :digests WHERE id = :entry"), changes)
        record_event(session, ERASE, table.name,
                     {"entries": [c["entry"] for c in changes], "note": note.strip(),
                      **({"keys": sorted(wanted)} if wanted is not None else {})})
    return len(changes)


def _erased(value: str | None, replacement: str, keys: set[str] | None) -> str | None:
    if value is None:
        return None
    if keys is not None:
        try:
            values = json.loads(value)
        except ValueError:
            values = None
        if isinstance(values, dict):
            return json.dumps({k: (replacement if k in keys and v is not None else v) for k, v in values.items()},
                              ensure_ascii=False, sort_keys=True)
    return replacement


def _moment(raw) -> dt.datetime | None:
    """A time as the driver gives it without UtcDateTime's processing: SQLite's text (the UTC clock time), or
    PostgreSQL's timestamptz."""
    if raw is None:
        return None
    at = dt.datetime.fromisoformat(raw) if isinstance(raw, str) else raw
    return at.replace(tzinfo=at.tzinfo or dt.timezone.utc).astimezone(dt.timezone.utc)


def _where(entry) -> str:
    at = _moment(entry.at)
    when = at.strftime("%Y-%m-%d %H:%M:%S UTC") if at else "no time"
    what = f"{entry.table_name} {entry.record_id}" if entry.record_id else entry.table_name
    return f"audit entry {entry.id} ({when}, {entry.action} {what})"


def chain_problems(connection: Connection) -> tuple[list[str], int, str]:
    """The first break in the audit chain, in one line (none when it verifies), the number of entries and the
    last hash. An entry whose values were erased verifies through its kept digests, and counts as erased, not
    broken, only when an erasure's entry (after it in the chain) names it."""
    table = AuditEntry.__table__
    head = connection.execute(text("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1")).first()
    if head is None:
        return ["audit log: the chain's head row is missing (audit_chain_head was emptied)"], 0, ""
    head_id = head.last_id
    encode = Encoder()
    times: dict = {}
    prev, count, last = GENESIS, 0, None
    broken: tuple[int, str] | None = None
    erased: list = []
    covered: set[int] = set()
    c = table.c
    # The time as the driver gives it, parsed once per distinct time: a million entries are checked in seconds.
    columns = (c.id, type_coerce(c.at, String).label("at"), c.user_name, c.table_name, c.record_id, c.action, c.field,
               c.source, c.old_value, c.new_value, c.salt, c.digests, c.prev_hash, c.hash)
    result = connection.execute(select(*columns).order_by(c.id).execution_options(yield_per=5000))
    for entry in result:
        ident, raw_at, user, table_name, record_id, action, field, source, old, new, salt, digests, prev_hash, own = entry
        count += 1
        if ident > head_id:
            broken = (ident, f"{_where(entry)} was added outside the workbench: it is after the chain's last "
                             f"entry {head_id}")
            break
        if prev_hash != prev:
            broken = (ident, f"{_where(entry)} does not follow the entry before it: an entry before it was "
                             "deleted or changed")
            break
        if salt is not None:
            try:
                key = bytes.fromhex(salt)
            except ValueError:
                key = b""
            old_digest = None if old is None else sha256(key + old.encode("utf-8")).hexdigest()
            new_digest = None if new is None else sha256(key + new.encode("utf-8")).hexdigest()
        else:
            old_digest, new_digest = _digests(entry)
            erased.append(entry)
        at_text = times.get(raw_at)
        if at_text is None:
            at_text = times[raw_at] = chain_time(_moment(raw_at)) if raw_at is not None else ""
        if own is None or own != entry_hash(encode, prev, ident, at_text, user, table_name, record_id, action, field,
                                            source, old_digest, new_digest):
            broken = (ident, f"{_where(entry)} was changed outside the workbench: it does not match its hash")
            break
        if action == ERASE and table_name == table.name:
            try:
                covered.update(int(i) for i in json.loads(new or "{}").get("entries", []))
            except (ValueError, TypeError, AttributeError):
                pass  # its hash verified: the workbench wrote it as it is
        prev, last = own, entry
    result.close()
    problems = []
    uncovered = next((e for e in erased if e.id not in covered), None)
    if uncovered is not None and (broken is None or uncovered.id < broken[0]):
        problems.append(f"{_where(uncovered)} has no values to check and no erasure names it: its salt was cleared "
                        "outside the workbench")
    elif broken is not None:
        problems.append(broken[1])
    elif (last.id if last else 0) != head.last_id or prev != head.last_hash:
        after = f"after {_where(last)}" if last else "from the first entry on"
        problems.append(f"audit log: the entries {after} up to the chain's last entry {head.last_id} were deleted")
    return problems, count, prev
