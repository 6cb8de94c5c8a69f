"""Field laptops offline: packages of changes between a laptop's database and the office's, conflicts kept and shown.

Why this design (README "Field laptops"): the office's PostgreSQL stays the system of record, and a package carries
changes, not a storage engine. The changes are the audit log's entries (services/audit.py), which every writer
already makes (a form's save, a workflow step, an import, an attachment) and which each hold the field's value before
and after: the entry's id is the node's sequence, its old value the version it was based on. SQLite's session
extension was studied and not taken: it works on one SQLite file's rowids (the office is PostgreSQL), and its conflict
handler sees a row, not the field, the user and the rule. ODK Central's entity versions and CouchDB's revision trees
keep a version per record and so call two edits of different fields a conflict (CouchDB then picks a winner
silently); here the base is per field, so edits of different fields merge and only the same field changed on both
sides is a conflict, kept with both values until a person resolves it.

    a record       is named by its `uid` (models.base.GlobalId) on every node; references travel as uids
    a node         is the office's database or a laptop's (models.sync.SyncNode), with its Ed25519 signing key and
                   X25519 key; packages are signed by their node and encrypted for the receiving node
    a package      holds the sender's entries after what the receiver acknowledged, and acknowledges the receiver's
                   entries applied; applying it is all or nothing, twice is nothing, out of order is refused
    a conflict     (models.sync.SyncConflict) is a change not applied as it came: the same field changed on both
                   sides, a change of a record deleted on the other side, or a change the rules or the sender's role
                   refuse; its resolution is an audited change that travels back
"""

from __future__ import annotations

import base64
import datetime as dt
import gzip
import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from hashlib import sha256
from pathlib import Path

from Cryptodome.Cipher import AES
from Cryptodome.Hash import SHA256
from Cryptodome.Protocol.DH import key_agreement
from Cryptodome.Protocol.KDF import HKDF
from Cryptodome.PublicKey import ECC
from Cryptodome.Random import get_random_bytes
from Cryptodome.Signature import eddsa
from sqlalchemy import Boolean, Date, DateTime, Float, Integer, Numeric, func, inspect as sa_inspect, select, text
from sqlalchemy.orm import Session

from workbench import models as m
from workbench.kinds.household import registered_as
from workbench.models.base import Base, GlobalId, new_uid
from workbench.services import audit, permissions, records
from workbench.services.errors import DomainError

MAGIC = b"WORKBENCH-SYNC 1\n"
FROM_PEER = "sync:"               # the audit source of a change applied from a peer: sync:<peer uid>:<entry>
RESOLVED = "sync: conflict resolved"
# Conflicts a record's creation waits in: its later changes there are kept with it (_Applier._held)
WAITING_CREATES = ("code_taken", "duplicate", "refused")  # the audit source of a resolution, which the peer applies as it comes
ACTIONS = ("create", "update", "delete")


class SyncError(DomainError):
    """A package refused, or a sync command that cannot run: one line saying why and what to do."""


@cache
def synced_tables() -> dict[str, type]:
    """Every table of a record that travels (models.base.GlobalId), in an order where parents come first."""
    models = {mapper.class_.__tablename__: mapper.class_ for mapper in Base.registry.mappers
              if issubclass(mapper.class_, GlobalId)}
    return {t.name: models[t.name] for t in Base.metadata.sorted_tables if t.name in models}


@cache
def _kind_of_table() -> dict[str, object]:
    return {kind.table_name: kind for kind in records.KINDS.values()}


@cache
def _references(model) -> dict[str, str]:
    """A table's reference columns and the table each points to (attachments' owner_id: see _owner_table)."""
    found = {}
    for column in sa_inspect(model).columns:
        for key in column.foreign_keys:
            if key.column.table.name in synced_tables():
                found[column.key] = key.column.table.name
    return found


# --- values as they travel ------------------------------------------------------------------------------------

def _typed(column, value: str | None):
    """A value as the audit log writes it (services/audit._text) back in its column's type."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, Boolean):
        return value in ("True", "1", "true")
    if isinstance(kind, Integer):
        return int(value)
    if isinstance(kind, Numeric) and not isinstance(kind, Float):
        return Decimal(value)
    if isinstance(kind, Float):
        return float(value)
    if isinstance(kind, DateTime):
        moment = dt.datetime.fromisoformat(value)
        if getattr(kind, "timezone", False) or moment.tzinfo is not None:
            return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)
        return moment
    if isinstance(kind, Date):
        return dt.date.fromisoformat(value[:10])
    return value


def _same(a, b) -> bool:
    if isinstance(a, dt.datetime) and isinstance(b, dt.datetime) and (a.tzinfo is None) != (b.tzinfo is None):
        a, b = a.replace(tzinfo=None), b.replace(tzinfo=None)
    return records.same_value(a, b)


class Uids:
    """Local ids and uids of the synced tables, looked up once per id."""

    def __init__(self, session: Session):
        self.session = session
        self.by_id: dict[tuple[str, int], str | None] = {}
        self.by_uid: dict[tuple[str, str], int | None] = {}

    def known(self, table: str, ident: int, uid: str | None) -> None:
        if uid:
            self.by_id[(table, ident)] = uid

    def uid(self, table: str, ident) -> str | None:
        if ident is None:
            return None
        ident = int(ident)
        key = (table, ident)
        if key not in self.by_id:
            model = synced_tables().get(table)
            self.by_id[key] = (self.session.execute(select(model.uid).where(model.id == ident)).scalar()
                               if model is not None else None)
        return self.by_id[key]

    def id(self, table: str, uid: str | None) -> int | None:
        if uid is None:
            return None
        key = (table, uid)
        if key not in self.by_uid:
            model = synced_tables()[table]
            self.by_uid[key] = self.session.execute(select(model.id).where(model.uid == uid)).scalar()
        return self.by_uid[key]


def _owner_table(values: dict) -> str | None:
    return values.get("owner_table")


# --- nodes and keys -------------------------------------------------------------------------------------------

def _keys() -> dict[str, str]:
    sign = ECC.generate(curve="ed25519")
    box = ECC.generate(curve="X25519")
    return {"sign_private": sign.export_key(format="PEM"), "sign_public": sign.public_key().export_key(format="PEM"),
            "box_private": box.export_key(format="PEM"), "box_public": box.public_key().export_key(format="PEM")}


def self_node(session: Session) -> m.SyncNode | None:
    return session.scalars(select(m.SyncNode).where(m.SyncNode.is_self.is_(True))).first()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def ensure_office(session: Session, name: str = "office") -> m.SyncNode:
    """This database as the office's node, made the first time a laptop is enrolled from it."""
    me = self_node(session)
    if me is not None:
        if me.role != "office":
            raise SyncError(f"this database is the laptop {me.name!r}; laptops are enrolled from the office's database")
        return me
    me = m.SyncNode(uid=new_uid(), name=name, role="office", is_self=True, **_keys(), sent_upto=0, acked_upto=0,
                    received_upto=0, enrolled_at=_now())
    me.office_uid = me.uid
    session.add(me)
    session.flush()
    return me


def node_named(session: Session, name: str) -> m.SyncNode:
    node = session.scalars(select(m.SyncNode).where(m.SyncNode.name == name)).first()
    if node is None or node.is_self:
        peers = ", ".join(n.name for n in peers_of(session)) or "none yet"
        raise SyncError(f"no peer named {name!r} (peers: {peers})")
    return node


def peers_of(session: Session) -> list[m.SyncNode]:
    return list(session.scalars(select(m.SyncNode).where(m.SyncNode.is_self.is_(False)).order_by(m.SyncNode.name)))


def _head(session: Session) -> int:
    return session.execute(select(func.coalesce(func.max(m.AuditEntry.id), 0))).scalar_one()


def _schema(session: Session) -> str:
    return session.execute(text("SELECT version_num FROM alembic_version")).scalar_one()


def _actor_for(session: Session, node: m.SyncNode) -> permissions.Actor | None:
    if not node.user_name:
        return None
    user = session.scalars(select(m.User).where(m.User.username == node.user_name)).first()
    return permissions.actor_of(session, user) if user is not None else None


WHOLE = "office"  # a laptop's scope: all its user may see, not one site or project


def _holder(who: permissions.Actor, scope: str, project_id: int | None, site_id: int | None) -> permissions.Actor:
    """The user as a laptop of one scope holds their records: their role, that site or project only."""
    return permissions.Actor(who.id, who.name, who.role, frozenset({site_id} - {None}),
                             frozenset({project_id} - {None}), (scope,))


# --- enrolling a laptop ---------------------------------------------------------------------------------------

@dataclass
class Enrolled:
    laptop: str
    path: Path
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _visible(session: Session, who: permissions.Actor, table: str, model, copied: dict[str, set[int]]):
    """The statement of a table's rows a laptop's user may hold."""
    kind = _kind_of_table().get(table)
    stmt = select(model)
    if kind is not None and kind.name != "attachment":
        stmt = stmt.where(permissions.visible_clause(kind, who))
    return stmt


def enrol(office: Session, laptop: str, scope: str, user: str, out: Path,
          open_laptop: Callable[[Path], object]) -> Enrolled:
    """Register a laptop with the office's database and write its database: only the records of its scope that its
    user's role may see (no sensitive case for a role that may not read them; personal fields left empty for a role
    that may not read personal data). `open_laptop(path)` creates the new database (workbench.db.open_database)."""
    _require_exchange(office)
    if not laptop.strip():
        raise SyncError("give the laptop a name (--laptop NYUNZU-1)")
    me = ensure_office(office)
    if office.scalars(select(m.SyncNode).where(m.SyncNode.name == laptop)).first() is not None:
        raise SyncError(f"a laptop named {laptop!r} is enrolled already; give this one another name")
    person = office.scalars(select(m.User).where(m.User.username == user)).first()
    if person is None or not person.active:
        raise SyncError(f"{user!r} is no active user of the office's database (workbench user list)")
    who = permissions.actor_of(office, person)
    if scope == WHOLE:
        holder = who  # all the user's role and scopes let them see
    else:
        project_id, site_id = permissions.parse_scope(office, scope)
        if not who.whole_office and site_id not in who.site_ids and project_id not in who.project_ids:
            raise SyncError(f"{user} works on {', '.join(who.scopes)}, not {scope}")
        # The laptop holds the scope asked for, with the user's role.
        holder = _holder(who, scope, project_id, site_id)
    if out.exists():
        raise SyncError(f"{out} exists already; a laptop's database is written to a new file")
    keys = _keys()
    node = m.SyncNode(uid=new_uid(), name=laptop, role="laptop", office_uid=me.office_uid, is_self=False,
                      user_name=user, scope=scope, sign_public=keys["sign_public"], box_public=keys["box_public"],
                      sent_upto=0, received_upto=0, enrolled_at=_now())
    node.acked_upto = _head(office)  # what it holds from here is in its database
    office.add(node)
    office.flush()
    database = open_laptop(out)
    counts: dict[str, int] = {}
    try:
        with database.session(user="system") as target, target.begin():
            counts = _copy(office, target, holder, who)
            target.add(m.SyncNode(uid=me.uid, name=me.name, role="office", office_uid=me.office_uid, is_self=False,
                                  sign_public=me.sign_public, box_public=me.box_public, sent_upto=0, acked_upto=0,
                                  received_upto=node.acked_upto, enrolled_at=_now()))
            target.add(m.SyncNode(uid=node.uid, name=laptop, role="laptop", office_uid=me.office_uid, is_self=True,
                                  user_name=user, scope=scope, **keys, sent_upto=0, acked_upto=0, received_upto=0,
                                  enrolled_at=_now()))
    finally:
        database.close()
    return Enrolled(laptop, out, counts)


def _copy(office: Session, target: Session, holder: permissions.Actor, who: permissions.Actor) -> dict[str, int]:
    counts: dict[str, int] = {}
    copied: dict[str, set[int]] = defaultdict(set)
    connection = target.connection()
    # The laptop's user, with the scope it holds, is its only user (not the administrator a new database gets).
    connection.execute(m.User.__table__.delete())
    person = office.get(m.User, who.id)
    connection.execute(m.User.__table__.insert(), [{c.key: getattr(person, c.key)
                                                    for c in m.User.__table__.columns}])
    personal_ok: dict[str, bool] = {}
    for table, model in synced_tables().items():
        kind = _kind_of_table().get(table)
        references = _references(model)
        hidden = set()
        if kind is not None:
            if not who.may(kind, "read", "personal"):
                hidden = {f.key for f in kind.fields if f.personal}
            personal_ok[table] = not hidden
        rows = []
        columns = [c for c in model.__table__.columns]
        for obj in office.scalars(_visible(office, holder, table, model, copied)):
            if kind is not None and kind.name == "attachment":
                owner = next((k for k in _kind_of_table().values() if k.table_name == obj.owner_table), None)
                if owner is None or obj.owner_id not in copied.get(owner.table_name, ()):
                    continue
            elif kind is not None and not permissions.in_scope(office, holder, obj, kind):
                continue
            row = {}
            keep = True
            for column in columns:
                value = getattr(obj, column.key)
                if column.key in references and value is not None and value not in copied[references[column.key]]:
                    if not column.nullable:
                        keep = False
                        break
                    value = None
                if column.key in hidden:
                    value = None if column.nullable else ""
                row[column.key] = value
            if keep:
                rows.append(row)
                copied[table].add(obj.id)
        if rows:
            connection.execute(model.__table__.insert(), rows)
        counts[table] = len(rows)
    shas = {sha for (sha,) in office.execute(select(m.Attachment.sha256).where(
        m.Attachment.id.in_(copied.get("attachments", set()) or {-1})))}
    for content in office.scalars(select(m.AttachmentContent).where(m.AttachmentContent.sha256.in_(shas or {""}))):
        connection.execute(m.AttachmentContent.__table__.insert(), [{"sha256": content.sha256, "data": content.data}])
    links = [{"project_id": p, "location_id": loc} for p, loc in office.execute(select(m.project_locations))
             if p in copied["projects"] and loc in copied["locations"]]
    if links:
        connection.execute(m.project_locations.insert(), links)
    for scope in office.scalars(select(m.UserScope).where(m.UserScope.user_id == who.id)):
        if (scope.site_id in copied["sites"]) or (scope.project_id in copied["projects"]):
            connection.execute(m.UserScope.__table__.insert(), [{"user_id": who.id, "project_id": scope.project_id,
                                                                  "site_id": scope.site_id}])
    return counts


# --- the changes a package carries ----------------------------------------------------------------------------

@dataclass
class Change:
    """One change as it travels: the sender's entry numbers, the record, and per field (old, new) or the record's
    values (a create, or what a delete removed)."""

    first: int
    last: int
    table: str
    uid: str
    action: str
    user: str
    at: str
    fields: dict = field(default_factory=dict)     # update: {field: [old, new]}
    values: dict = field(default_factory=dict)     # create, delete: {field: value}
    resolves: bool = False

    def as_json(self) -> dict:
        return {"first": self.first, "last": self.last, "table": self.table, "uid": self.uid, "action": self.action,
                "user": self.user, "at": self.at, "fields": self.fields, "values": self.values,
                "resolves": self.resolves}

    @classmethod
    def from_json(cls, data: dict) -> Change:
        return cls(**data)


def _snapshot_uids(values: dict, table: str, model, uids: Uids) -> dict:
    """A snapshot's references as uids; its own id left out (it is only the sender's)."""
    out = {}
    references = _references(model)
    for key, value in values.items():
        if key in ("id",):
            continue
        if key in references:
            out[key] = uids.uid(references[key], value)
        elif table == "attachments" and key == "owner_id":
            out[key] = uids.uid(values.get("owner_table"), value)
        else:
            out[key] = value
    return out


def pending_changes(session: Session, after: int, upto: int, skip_source: str | None = None) -> list[Change]:
    """The entries after `after` up to `upto` as changes, grouped per record and save (one user, one moment)."""
    tables = synced_tables()
    rows = session.execute(
        select(m.AuditEntry.id, m.AuditEntry.at, m.AuditEntry.user_name, m.AuditEntry.table_name,
               m.AuditEntry.record_id, m.AuditEntry.action, m.AuditEntry.field, m.AuditEntry.old_value,
               m.AuditEntry.new_value, m.AuditEntry.source)
        .where(m.AuditEntry.id > after, m.AuditEntry.id <= upto, m.AuditEntry.action.in_(ACTIONS),
               m.AuditEntry.table_name.in_(list(tables)))
        .order_by(m.AuditEntry.id)).all()
    uids = Uids(session)
    # Each entry's record by its uid as it was then: a record deleted in the window is named by its delete's
    # snapshot, and an id SQLite gave again to a later record does not take the earlier record's entries.
    row_uid: list[str | None] = [None] * len(rows)
    later: dict[tuple[str, int], str | None] = {}
    for i in range(len(rows) - 1, -1, -1):
        row = rows[i]
        key = (row.table_name, row.record_id)
        if row.action == "delete":
            later[key] = json.loads(row.old_value or "{}").get("uid")
        if row.action == "create":
            row_uid[i] = json.loads(row.new_value or "{}").get("uid") or later.get(key)
            later.pop(key, None)  # entries before it are another record's that had this id
        else:
            row_uid[i] = later.get(key)
    for i, row in enumerate(rows):  # the uids of records created or deleted in the window, for references
        if row.action in ("create", "delete"):
            uids.known(row.table_name, row.record_id, row_uid[i])
    changes: list[Change] = []
    for i, row in enumerate(rows):
        if skip_source and (row.source or "").startswith(skip_source):
            continue
        model = tables[row.table_name]
        uid = row_uid[i] or uids.uid(row.table_name, row.record_id)
        if uid is None:
            continue  # a record given no uid (written before migration 0019 by something that bypassed it)
        at = audit.chain_time(row.at) if row.at is not None else ""
        resolves = row.source == RESOLVED
        if row.action == "update":
            references = _references(model)
            old, new = row.old_value, row.new_value
            if row.field in references:
                old, new = uids.uid(references[row.field], old), uids.uid(references[row.field], new)
            last = changes[-1] if changes else None
            if (last is not None and last.action == "update" and last.uid == uid and last.user == row.user_name
                    and last.at == at and last.resolves == resolves and row.field not in last.fields):
                last.fields[row.field] = [old, new]
                last.last = row.id
                continue
            changes.append(Change(row.id, row.id, row.table_name, uid, "update", row.user_name, at,
                                  fields={row.field: [old, new]}, resolves=resolves))
        else:
            snapshot = json.loads((row.new_value if row.action == "create" else row.old_value) or "{}")
            changes.append(Change(row.id, row.id, row.table_name, uid, row.action, row.user_name, at,
                                  values=_snapshot_uids(snapshot, row.table_name, model, uids), resolves=resolves))
    return changes


def _transient(session: Session, table: str, values: dict, uids: Uids):
    """A record built from a change's values (references as local ids), to ask whether it lies in a scope."""
    model = synced_tables()[table]
    obj = model()
    columns = {c.key: c for c in model.__table__.columns}
    references = _references(model)
    for key, value in values.items():
        if key not in columns or key == "id":
            continue
        if key in references:
            setattr(obj, key, uids.id(references[key], value))
        elif table == "attachments" and key == "owner_id":
            setattr(obj, key, uids.id(values.get("owner_table"), value) if values.get("owner_table") else None)
        else:
            setattr(obj, key, _typed(columns[key], value))
    return obj


def _for_laptop(session: Session, node: m.SyncNode, changes: list[Change]) -> list[Change]:
    """What of the changes a laptop may hold: its scope's records, no sensitive case its role may not read, no
    personal field its role may not read."""
    who = _actor_for(session, node)
    if who is None:
        return changes
    if node.scope in (None, "", WHOLE):
        holder = who
    else:
        holder = _holder(who, node.scope, *permissions.parse_scope(session, node.scope))
    kinds = _kind_of_table()
    uids = Uids(session)
    verdict: dict[tuple[str, str], bool] = {}
    # A record no longer here (deleted since) is judged by its values in the package's create or delete.
    values_of = {(c.table, c.uid): c.values for c in changes if c.values}
    out = []
    for change in changes:
        key = (change.table, change.uid)
        if key not in verdict:
            model = synced_tables()[change.table]
            obj = session.scalars(select(model).where(model.uid == change.uid)).first()
            if obj is None:
                values = values_of.get(key) or _snapshot_uids(
                    _deleted_snapshot(session, change.table, change.uid) or {}, change.table, model, uids)
                obj = _transient(session, change.table, values, uids) if values else None
            verdict[key] = obj is not None and _may_hold(session, holder, change.table, obj, kinds)
        if not verdict[key]:
            continue
        kind = kinds.get(change.table)
        if kind is not None and not holder.may(kind, "read", "personal"):
            hidden = {f.key for f in kind.fields if f.personal}
            if change.action == "update":
                kept = {k: v for k, v in change.fields.items() if k not in hidden}
                if not kept:
                    continue
                change = Change(**{**change.as_json(), "fields": kept})
            else:
                change = Change(**{**change.as_json(), "values": {k: (None if k in hidden else v)
                                                                   for k, v in change.values.items()}})
        out.append(change)
    return out


def _parent_of(session: Session, table: str, obj):
    """A record without a kind of its own (a grant's tranche, a site's status change) belongs to its parent."""
    kinds = _kind_of_table()
    for column, target in _references(type(obj)).items():
        if target in kinds and getattr(obj, column, None) is not None:
            return target, session.get(synced_tables()[target], getattr(obj, column))
    return None, None


def _may_hold(session: Session, who: permissions.Actor, table: str, obj, kinds) -> bool:
    kind = kinds.get(table)
    if kind is None:
        parent_table, parent = _parent_of(session, table, obj)
        return parent is not None and _may_hold(session, who, parent_table, parent, kinds)
    if not who.may(kind, "read"):
        return False
    if permissions.sensitive_record(kind, obj) and not who.may(kind, "read", "sensitive"):
        return False
    return permissions.in_scope(session, who, obj, kind)


# --- packages -------------------------------------------------------------------------------------------------

@dataclass
class Package:
    header: dict
    changes: list[Change]
    contents: dict[str, bytes]


def _canonical(header: dict) -> bytes:
    return json.dumps({k: v for k, v in header.items() if k != "signature"}, sort_keys=True,
                      separators=(",", ":")).encode()


def _box_key(ephemeral, public) -> bytes:
    return key_agreement(static_priv=ephemeral, static_pub=public,
                         kdf=lambda z: HKDF(z, 32, b"workbench-sync-package", SHA256))


def exchange_refusal(session: Session) -> str | None:
    """Why this session's user may not exchange packages or resolve conflicts here, or None: at the office, an
    administrator does it (the packages carry every laptop's changes and the office's keys sign them); on a laptop,
    its user."""
    me = self_node(session)
    if me is not None and me.role == "laptop":
        return None
    try:
        who = permissions.actor(session)
    except permissions.PermissionRefused as refused:  # not a user of this database: said as it is
        return str(refused)
    if who.role == "admin":
        return None
    return "only an administrator exchanges packages and resolves conflicts at the office"


def _require_exchange(session: Session) -> None:
    reason = exchange_refusal(session)
    if reason is not None:
        raise permissions.PermissionRefused(reason)


def make_package(session: Session, peer_name: str) -> tuple[bytes, Package]:
    """The package for a peer: this database's entries it has not acknowledged (and may hold), the attachments'
    contents it has not got, and the acknowledgement of its entries applied here. Signed, encrypted for the peer."""
    _require_exchange(session)
    me = self_node(session)
    if me is None:
        raise SyncError("this database exchanges no packages yet: enrol a laptop from the office's database "
                        "(workbench sync enrol)")
    peer = node_named(session, peer_name)
    upto = _head(session)
    changes = pending_changes(session, peer.acked_upto, upto, skip_source=f"{FROM_PEER}{peer.uid}")
    if peer.role == "laptop":
        changes = _for_laptop(session, peer, changes)
    contents = _contents_for(session, peer, changes)
    payload = gzip.compress(json.dumps({"changes": [c.as_json() for c in changes],
                                        "contents": {k: base64.b64encode(v).decode() for k, v in contents.items()}},
                                       separators=(",", ":")).encode(), mtime=0)
    ephemeral = ECC.generate(curve="X25519")
    key = _box_key(ephemeral, ECC.import_key(peer.box_public))
    nonce = get_random_bytes(12)
    cipher = AES.new(key, AES.MODE_GCM, nonce=nonce)
    sealed, tag = cipher.encrypt_and_digest(payload)
    header = {
        "format": "workbench-sync", "version": 1, "office": me.office_uid, "schema": _schema(session),
        "from": me.uid, "from_name": me.name, "to": peer.uid, "to_name": peer.name,
        "after": peer.acked_upto, "upto": upto, "ack": peer.received_upto, "changes": len(changes),
        "made_at": audit.chain_time(_now()),
        "ephemeral": ephemeral.public_key().export_key(format="PEM"),
        "nonce": base64.b64encode(nonce).decode(), "tag": base64.b64encode(tag).decode(),
        "payload_sha256": sha256(sealed).hexdigest(),
    }
    signer = eddsa.new(ECC.import_key(me.sign_private), "rfc8032")
    header["signature"] = base64.b64encode(signer.sign(_canonical(header))).decode()
    peer.sent_upto = max(peer.sent_upto, upto)
    peer.last_exchange_at = _now()
    data = MAGIC + json.dumps(header, sort_keys=True).encode() + b"\n" + sealed
    return data, Package(header, changes, contents)


def _contents_for(session: Session, peer: m.SyncNode, changes: list[Change]) -> dict[str, bytes]:
    """Attachments travel once, by content hash: the contents of attachments created in these changes that the
    peer does not hold (what it acknowledged or sent us)."""
    wanted = {c.values.get("sha256") for c in changes if c.table == "attachments" and c.action == "create"}
    wanted.discard(None)
    if not wanted:
        return {}
    held = set()
    for row in session.execute(select(m.AuditEntry.new_value, m.AuditEntry.source).where(
            m.AuditEntry.table_name == "attachments", m.AuditEntry.action == "create",
            (m.AuditEntry.id <= peer.acked_upto) | m.AuditEntry.source.like(f"{FROM_PEER}{peer.uid}%"))):
        held.add(json.loads(row.new_value or "{}").get("sha256"))
    return {c.sha256: c.data for c in session.scalars(
        select(m.AttachmentContent).where(m.AttachmentContent.sha256.in_(wanted - held)))}


def read_package(session: Session, data: bytes) -> tuple[m.SyncNode, Package]:
    """A package checked: a sync package, of this office, for this database, from a known peer, untouched since it
    was made, of this schema; its changes decrypted. SyncError says why not and what to do."""
    me = self_node(session)
    if me is None:
        raise SyncError("this database exchanges no packages: it is neither an office that enrolled laptops nor "
                        "an enrolled laptop")
    if not data.startswith(MAGIC) or b"\n" not in data[len(MAGIC):]:
        raise SyncError("this file is not a workbench sync package")
    line, _, sealed = data[len(MAGIC):].partition(b"\n")
    try:
        header = json.loads(line)
        header["from"], header["to"], header["office"]  # noqa: B018
    except (ValueError, KeyError, TypeError):
        raise SyncError("this file is not a workbench sync package (its header cannot be read)") from None
    if header.get("office") != me.office_uid:
        raise SyncError(f"this package comes from another office's database ({header.get('from_name')!r}); "
                        "packages are exchanged only between an office's database and the laptops enrolled from it")
    if header.get("to") != me.uid:
        raise SyncError(f"this package was made for {header.get('to_name')!r}, not for this database "
                        f"({me.name!r}); apply it there")
    sender = session.scalars(select(m.SyncNode).where(m.SyncNode.uid == header["from"])).first()
    if sender is None or sender.is_self:
        raise SyncError(f"this package comes from {header.get('from_name')!r}, which this database does not know; "
                        "enrol the laptop from the office's database first")
    try:
        verifier = eddsa.new(ECC.import_key(sender.sign_public), "rfc8032")
        verifier.verify(_canonical(header), base64.b64decode(header.get("signature", "")))
        if sha256(sealed).hexdigest() != header.get("payload_sha256"):
            raise ValueError("payload")
    except (ValueError, TypeError):
        raise SyncError(f"this package was changed after {sender.name} made it (its signature does not match); "
                        f"nothing was applied: ask {sender.name} for a new package") from None
    ours = _schema(session)
    if header.get("schema") != ours:
        older = header.get("schema", "") < ours
        raise SyncError(
            f"this package was made by a database at schema {header.get('schema')} and this one is at {ours}: "
            + (f"upgrade the workbench on {sender.name} (workbench db upgrade there), then make the package again"
               if older else "upgrade the workbench here (workbench db upgrade), then apply it again"))
    try:
        key = _box_key(ECC.import_key(me.box_private), ECC.import_key(header["ephemeral"]))
        cipher = AES.new(key, AES.MODE_GCM, nonce=base64.b64decode(header["nonce"]))
        payload = json.loads(gzip.decompress(cipher.decrypt_and_verify(sealed, base64.b64decode(header["tag"]))))
    except (ValueError, KeyError):
        raise SyncError(f"this package cannot be opened with this database's key; ask {sender.name} for a new "
                        "package") from None
    changes = [Change.from_json(c) for c in payload["changes"]]
    contents = {k: base64.b64decode(v) for k, v in payload.get("contents", {}).items()}
    return sender, Package(header, changes, contents)


# --- applying a package ---------------------------------------------------------------------------------------

@dataclass
class Applied:
    sender: str
    applied: int = 0
    skipped: int = 0            # already here (applied before, or the same value)
    conflicts: int = 0
    held: int = 0               # later changes of a record whose creation waits in a conflict, kept with it
    already: bool = False       # the whole package had been applied before
    acknowledged: int = 0
    new_conflicts: list[int] = field(default_factory=list)

    def summary(self) -> str:
        if self.already:
            return f"package from {self.sender} applied before: nothing changed"
        line = f"package from {self.sender}: {self.applied:,} changes applied"
        if self.skipped:
            line += f", {self.skipped:,} already here"
        if self.conflicts:
            line += f", {self.conflicts:,} conflicts to review (workbench sync conflicts)"
        if self.held:
            line += f", {self.held:,} later changes kept with a conflict"
        return line


def apply_package(session: Session, data: bytes, progress: Callable[[int, int], None] | None = None) -> Applied:
    """Apply a package in the caller's transaction (all or nothing). Applying it again changes nothing; a package
    whose predecessor has not arrived is refused."""
    _require_exchange(session)
    sender, package = read_package(session, data)
    header = package.header
    result = Applied(sender.name)
    if header["after"] > sender.received_upto:
        raise SyncError(
            f"a package made before this one has not been applied here: this database holds {sender.name}'s "
            f"changes up to #{sender.received_upto}, and this package starts after #{header['after']}. Apply the "
            f"earlier package first, or make a new package on {sender.name} (it holds everything not yet "
            "acknowledged); nothing was applied")
    sender.acked_upto = max(sender.acked_upto, int(header.get("ack", 0)))
    sender.last_exchange_at = _now()
    if header["upto"] <= sender.received_upto:
        result.already = True
        result.acknowledged = sender.acked_upto
        session.flush()
        return result
    for sha, content in package.contents.items():
        if sha256(content).hexdigest() == sha and session.get(m.AttachmentContent, sha) is None:
            session.add(m.AttachmentContent(sha256=sha, data=content))
    session.flush()
    todo = [c for c in package.changes if c.last > sender.received_upto]
    applier = _Applier(session, sender, result)
    for i, change in enumerate(todo):
        applier.apply(change)
        if progress is not None and i % 500 == 0:
            progress(i, len(todo))
    applier.finish()
    sender.received_upto = header["upto"]
    result.acknowledged = sender.acked_upto
    session.flush()
    return result


def _who_and_why(session: Session) -> dict:
    """The session's user and audit source, which applying a peer's changes sets per change and gives back after;
    the rest of session.info (the audit hook's list of changed records, which the window refreshes from) stays."""
    return {key: session.info[key] for key in ("user", "source") if key in session.info}


def _restore_who_and_why(session: Session, saved: dict) -> None:
    for key in ("user", "source"):
        session.info.pop(key, None)
    session.info.update(saved)


class _Applier:
    def __init__(self, session: Session, sender: m.SyncNode, result: Applied):
        self.session = session
        self.sender = sender
        self.result = result
        self.uids = Uids(session)
        self.kinds = _kind_of_table()
        self.who = _actor_for(session, sender) if sender.role == "laptop" else None
        self.creating = set()   # uids whose create waits for a record it refers to
        self.waiting: dict[str, list[Change]] = defaultdict(list)
        self.info = _who_and_why(session)
        # The scope check follows each record to its site and project: held here, they stay in the session's
        # identity map (it keeps objects only while something refers to them) instead of being read per change.
        self.places = list(session.scalars(select(m.Site))) + list(session.scalars(select(m.Project)))

    # -- helpers
    def _model(self, change: Change):
        return synced_tables()[change.table]

    def _find(self, change: Change):
        model = self._model(change)
        return self.session.scalars(select(model).where(model.uid == change.uid)).first()

    def _source(self, change: Change) -> None:
        self.session.info["user"] = change.user or "sync"
        self.session.info["source"] = f"{FROM_PEER}{self.sender.uid}:{change.first} ({self.sender.name})"

    def _conflict(self, change: Change, reason: str, message: str, field: str | None = None, base=None, ours=None,
                  theirs=None) -> None:
        found = m.SyncConflict(node_id=self.sender.id, entry=change.first, table_name=change.table,
                               record_uid=change.uid, field=field, reason=reason, message=message,
                               base_value=base, our_value=ours, their_value=theirs,
                               change=json.dumps(change.as_json(), ensure_ascii=False), their_user=change.user,
                               their_at=change.at, found_at=_now())
        self.session.add(found)
        self.result.conflicts += 1

    def _value_of(self, obj, key: str, column, references) -> object:
        value = getattr(obj, key)
        if key in references:
            return self.uids.uid(references[key], value)
        return value

    def _set(self, obj, model, key: str, value) -> None:
        columns = model.__table__.columns
        references = _references(model)
        if key in references:
            local = self.uids.id(references[key], value)
            if value is not None and local is None:
                raise _Missing(references[key], value)
            setattr(obj, key, local)
        elif model is m.Attachment and key == "owner_id":
            local = self.uids.id(obj.owner_table, value) if value is not None else None
            if value is not None and local is None:
                raise _Missing(obj.owner_table, value)
            setattr(obj, key, local)
        else:
            setattr(obj, key, _typed(columns[key], value))

    def _refusal(self, change: Change, obj, action: str) -> str | None:
        """Why the rules or the sender's user's role refuse this record as the change leaves it."""
        kind = self.kinds.get(change.table)
        if self.who is not None:
            target_kind = kind
            target = obj
            asked = action
            if kind is None:  # a tranche, a step's history: what the role may do to the record it belongs to
                parent_table, target = _parent_of(self.session, change.table, obj)
                target_kind = self.kinds.get(parent_table)
                asked = "step" if permissions.has_steps(target_kind) else "edit" if target_kind else action
            if target_kind is not None:
                reason = self.who.why_not(target_kind, asked)
                if reason is None and target is not None and not permissions.in_scope(self.session, self.who,
                                                                                       target, target_kind):
                    reason = f"{target_kind.label} is outside {self.who.name}'s scope ({', '.join(self.who.scopes)})"
                if reason:
                    return f"{self.who.name} may not do this: {reason}"
        if kind is not None and action != "delete":
            try:
                records._validate(self.session, kind, obj)
            except DomainError as exc:
                return f"{exc.field}: {exc}" if getattr(exc, "field", None) else str(exc)
        if change.table == "grant_tranches" and action == "create":
            grant = self.session.get(m.LivelihoodGrant, obj.grant_id)
            if grant is not None and grant.status not in (m.GrantStatus.APPROVED, m.GrantStatus.DISBURSED):
                return f"a tranche of grant {grant.code}, which is {grant.status} here"
        if action == "create" and change.table.endswith("_status_changes") and hasattr(obj, "from_status"):
            # A workflow step taken there: its history row fits only a record that is still where the step began
            # (or already where it ended); a grant cancelled here meanwhile does not take "approved -> disbursed".
            parent_table, parent = _parent_of(self.session, change.table, obj)
            state = str(getattr(parent, "status", "")) if parent is not None else ""
            if parent is not None and state not in (str(obj.from_status), str(obj.to_status)):
                parent_kind = self.kinds.get(parent_table)
                name = getattr(parent, parent_kind.key, "") if parent_kind is not None and parent_kind.key else ""
                return f"a step from {obj.from_status} to {obj.to_status} of {name}, which is {state} here"
        return None

    # -- the changes
    def apply(self, change: Change) -> None:
        if change.uid in self.creating:
            self.waiting[change.uid].append(change)
            return
        self._source(change)
        try:
            getattr(self, f"_{change.action}")(change)
        except _Missing as missing:
            if change.action == "create" and missing.uid not in self.creating:
                # Its parent comes later in the package (one save's records are logged in any order).
                self.creating.add(change.uid)
                self.waiting[missing.uid].append(change)
                return
            self._conflict(change, "refused", f"it refers to a record this database does not hold "
                                              f"({missing.table} {missing.uid})")
            return
        self.session.flush()
        self._release(change.uid)

    def _release(self, uid: str) -> None:
        for later in self.waiting.pop(uid, []):
            self.creating.discard(later.uid)
            self.apply(later)

    def finish(self) -> None:
        left = [(uid, change) for uid, changes in self.waiting.items() for change in changes]
        self.waiting.clear()
        for uid, change in left:  # the creates first: a later change of the same record is kept with its create
            if change.action == "create":
                self._conflict(change, "refused", f"it refers to a record this database does not hold ({uid})")
        self.session.flush()
        for uid, change in left:
            if change.action != "create" and not self._held(change):
                self._conflict(change, "refused", f"it refers to a record this database does not hold ({uid})")
        self._retry_waiting()
        _restore_who_and_why(self.session, self.info)

    def _create(self, change: Change) -> None:
        model = self._model(change)
        existing = self._find(change)
        if existing is not None and change.resolves:
            # A resolution that created our record there (a new code, another household, a restored delete): it
            # carries the record as that side knew it, which our later edits have moved on from. What the
            # resolution decided comes as updates of their own (the new code), so nothing here is overwritten.
            self._close(change.uid, None)
            self.result.skipped += 1
            return
        if existing is not None:
            # Sent again: the fields that differ are changes.
            fields = {k: [None, v] for k, v in change.values.items() if k in model.__table__.columns}
            self._update(Change(**{**change.as_json(), "action": "update", "fields": fields, "values": {}}),
                         restore=True)
            return
        if change.values.get("sha256") and change.table == "attachments" \
                and self.session.get(m.AttachmentContent, change.values["sha256"]) is None:
            self._conflict(change, "refused", "the attached file's content did not come with the package")
            return
        obj = model()
        if model is m.Attachment:
            obj.owner_table = change.values.get("owner_table")
        for key, value in change.values.items():
            if key in model.__table__.columns and key != "id":
                self._set(obj, model, key, value)
        # The office decides what a code taken or a possible duplicate is; a laptop holds the office's record back
        # as refused (its rules) until the office's resolution reaches it, and then creates it by itself.
        at_office = self.sender.role == "laptop"
        taken = None if change.resolves or not at_office else self._code_taken(change, model, obj)
        if taken is not None:
            self.session.expunge(obj) if obj in self.session else None
            key, code = taken
            self._conflict(change, "code_taken", f"another record here already has {key.replace('_', ' ')} {code!r}; "
                                                 "give this one a new code", field=key, ours=code, theirs=code)
            return
        twin = None if change.resolves or model is not m.Household or not at_office else \
            registered_as(self.session, obj.head_name, obj.phone)
        if twin is not None:
            self.session.expunge(obj) if obj in self.session else None
            ident, code = twin
            self._conflict(change, "duplicate", f"possibly the same household as {code} (the same head of household "
                                                "and phone)", base=self.session.get(model, ident).uid, ours=code,
                           theirs=obj.code)
            return
        reason = self._refusal(change, obj, "create")
        if reason:
            self.session.expunge(obj) if obj in self.session else None
            self._conflict(change, "refused", reason)
            return
        self.session.add(obj)
        self.result.applied += 1

    def _retry_waiting(self) -> None:
        """A record of this peer's whose creation waited in a conflict and can be created now: its code was taken
        here and is free (the package renamed the record that had it), or it looked like a household registered
        here and no longer does (the laptop corrected its head's name or phone). Created as it now stands there,
        its conflict closed."""
        for conflict in list(self.session.scalars(select(m.SyncConflict).where(
                m.SyncConflict.node_id == self.sender.id, m.SyncConflict.reason.in_(WAITING_CREATES),
                m.SyncConflict.resolved_at.is_(None)))):
            waiting = Change.from_json(json.loads(conflict.change))
            if waiting.action != "create":
                continue
            model = self._model(waiting)
            if self._find(waiting) is not None or not self._may_create_now(conflict, waiting, model):
                continue
            self._source(waiting)
            try:
                self._create(waiting)
            except _Missing:  # what it refers to is gone meanwhile: it stays waiting in its conflict
                continue
            self.session.flush()
            conflict.resolved_at = _now()
            conflict.resolution = "freed"
            conflict.resolved_by = self.sender.name

    def _may_create_now(self, conflict: m.SyncConflict, waiting: Change, model) -> bool:
        """Whether what kept a waiting create back holds no more: its code is free, no household here has its head
        of household and phone, or the rules that refused it accept it now (the office's cancellation of a grant,
        refused on a laptop that had paid a tranche, fits once the resolution has cancelled the grant there too)."""
        if conflict.reason != "refused":
            return _may_create_now(self.session, conflict, waiting, model)
        sha = waiting.values.get("sha256") if model is m.Attachment else None
        if sha and self.session.get(m.AttachmentContent, sha) is None:
            return False  # its file's content has still not come
        obj = model()
        if model is m.Attachment:
            obj.owner_table = waiting.values.get("owner_table")
        try:
            with self.session.no_autoflush:
                for key, value in waiting.values.items():
                    if key in model.__table__.columns and key != "id":
                        self._set(obj, model, key, value)
                return self._refusal(waiting, obj, "create") is None
        except _Missing:
            return False
        finally:
            if obj in self.session:
                self.session.expunge(obj)

    def _code_taken(self, change: Change, model, obj) -> tuple[str, str] | None:
        """(key, code) when a record created there has a code another record of this database already has: two
        laptops a week offline each registered their next household as KAL-0145. Neither is lost: the conflict
        asks for a new code (resolve with a value), which then travels back to the laptop."""
        kind = self.kinds.get(change.table)
        if kind is None or not kind.key or not any(getattr(rule, "key", None) == kind.key and
                                                   type(rule).__name__ == "Unique" for rule in kind.rules):
            return None
        code = getattr(obj, kind.key, None)
        if code in (None, ""):
            return None
        column = getattr(model, kind.key)
        with self.session.no_autoflush:
            holder = self.session.scalars(select(model.uid).where(column == code, model.uid != change.uid)).first()
        return (kind.key, str(code)) if holder is not None else None

    def _held(self, change: Change) -> bool:
        """A later change of a record whose creation waits in an open conflict (its code taken, a rule refused it):
        kept in that conflict's change, so that resolving it creates the record as it now stands there."""
        for conflict in self.session.scalars(select(m.SyncConflict).where(
                m.SyncConflict.record_uid == change.uid, m.SyncConflict.resolved_at.is_(None),
                m.SyncConflict.reason.in_(WAITING_CREATES))):
            waiting = Change.from_json(json.loads(conflict.change))
            if waiting.action != "create":
                continue
            if change.action == "update":
                waiting.values.update({key: new for key, (_old, new) in change.fields.items()})
                if conflict.field in change.fields:
                    conflict.their_value = change.fields[conflict.field][1]
            waiting.last = change.last
            conflict.change = json.dumps(waiting.as_json(), ensure_ascii=False)
            if change.action == "delete":  # deleted there before anyone resolved it: nothing left to decide
                conflict.resolved_at = _now()
                conflict.resolution = "by_peer"
                conflict.resolved_by = self.sender.name
            self.result.held += 1
            return True
        return False

    def _update(self, change: Change, restore: bool = False) -> None:
        model = self._model(change)
        obj = self._find(change)
        if obj is None:
            if self._held(change):
                return
            if self._deleted_here(change):
                self._conflict(change, "deleted_here", "changed there, deleted here")
            else:
                self.result.skipped += 1  # a record this database does not hold (outside its scope)
            return
        columns = model.__table__.columns
        references = _references(model)
        before = {c.key: getattr(obj, c.key) for c in columns}
        clashes = []
        changed = False
        for key, (old, new) in change.fields.items():
            if key not in columns or key == "id":
                continue
            column = columns[key]
            local = self._value_of(obj, key, column, references)
            typed_new = new if key in references or (model is m.Attachment and key == "owner_id") \
                else _typed(column, new)
            typed_old = old if key in references else _typed(column, old)
            if _same(local, typed_new):
                continue
            if change.resolves or (not restore and _same(local, typed_old)):
                self._set(obj, model, key, new)
                changed = True
                continue
            clashes.append((key, old, local, new))
        if changed:
            kind_action = "edit"
            reason = self._refusal(change, obj, kind_action)
            if reason:
                for key, value in before.items():
                    setattr(obj, key, value)
                self._conflict(change, "refused", reason)
                return
            self.result.applied += 1
        elif not clashes:
            self.result.skipped += 1
        if change.resolves:
            self._close(change.uid, None)
        for key, old, local, new in clashes:
            self._conflict(change, "both_changed", f"{key} changed on both sides", field=key, base=old,
                           ours=_plain(local), theirs=new)

    def _delete(self, change: Change) -> None:
        model = self._model(change)
        obj = self._find(change)
        if obj is None:
            if not change.resolves and self._held(change):
                return
            self.result.skipped += 1
            if change.resolves:
                self._close(change.uid, None)
            return
        columns = model.__table__.columns
        references = _references(model)
        if not change.resolves:
            edited = [key for key, value in change.values.items() if key in columns and key != "id"
                      and not _same(self._value_of(obj, key, columns[key], references),
                                    value if key in references or key == "owner_id" else _typed(columns[key], value))]
            if edited:
                self._conflict(change, "deleted_there", f"deleted there, changed here ({', '.join(edited)})")
                return
            kind = self.kinds.get(change.table)
            if kind is not None and kind.delete_refusal:
                reason = kind.delete_refusal(self.session, obj)
                if reason:
                    self._conflict(change, "refused", f"deleted there; here it cannot be: {reason}")
                    return
        self.session.delete(obj)
        self.result.applied += 1
        if change.resolves:
            self._close(change.uid, None)

    def _deleted_here(self, change: Change) -> bool:
        return _deleted_snapshot(self.session, change.table, change.uid) is not None

    def _close(self, uid: str, field: str | None) -> None:
        for conflict in self.session.scalars(select(m.SyncConflict).where(
                m.SyncConflict.record_uid == uid, m.SyncConflict.resolved_at.is_(None))):
            if field is None or conflict.field == field:
                conflict.resolved_at = _now()
                conflict.resolution = "by_peer"
                conflict.resolved_by = self.sender.name


def _may_create_now(session: Session, conflict: m.SyncConflict, waiting: Change, model) -> bool:
    """Whether what kept a waiting create back holds no more: its code is free, or no household here has its
    head of household and phone."""
    with session.no_autoflush:
        if conflict.reason == "code_taken":
            column = getattr(model, conflict.field)
            return session.scalars(select(model.uid).where(column == conflict.their_value)).first() is None
        values = waiting.values
        return registered_as(session, values.get("head_name"), values.get("phone")) is None


class _Missing(Exception):
    def __init__(self, table: str, uid: str):
        super().__init__(table, uid)
        self.table = table
        self.uid = uid


def _plain(value) -> str | None:
    return audit._text(value)


def _deleted_snapshot(session: Session, table: str, uid: str) -> dict | None:
    """The values of a record of this database when it was deleted, from its audit entry."""
    for value in session.scalars(select(m.AuditEntry.old_value).where(
            m.AuditEntry.table_name == table, m.AuditEntry.action == "delete",
            m.AuditEntry.old_value.like(f'%"uid": "{uid}"%')).order_by(m.AuditEntry.id.desc())):
        return json.loads(value)
    return None


# --- conflicts ------------------------------------------------------------------------------------------------

def open_conflict_count(session: Session) -> int:
    """How many conflicts wait (read from the columns everyone may read on the office's server)."""
    return session.scalar(select(func.count(m.SyncConflict.id)).where(m.SyncConflict.resolved_at.is_(None))) or 0


def open_conflicts(session: Session) -> list[m.SyncConflict]:
    return list(session.scalars(select(m.SyncConflict).where(m.SyncConflict.resolved_at.is_(None))
                                .order_by(m.SyncConflict.id)))


@dataclass
class ConflictRow:
    """A conflict as a person reads it: the record by its code, the field by its label, the three values."""

    id: int
    kind: str | None      # the record's kind ("household"), None for a table without a form (a tranche)
    record_id: int | None  # here; None when the record is not (or no longer) in this database
    record: str           # "Household KAL-00012"
    name: str             # "KAL-00012" (its kind's key), or the start of its uid
    reason: str           # both_changed, deleted_here, deleted_there, refused
    field: str | None
    field_label: str | None
    base: str | None
    ours: str | None
    theirs: str | None
    message: str
    peer: str
    their_user: str | None
    their_at: str | None


def conflict_row(session: Session, conflict: m.SyncConflict) -> ConflictRow:
    node = session.get(m.SyncNode, conflict.node_id)
    kind = _kind_of_table().get(conflict.table_name)
    model = synced_tables()[conflict.table_name]
    obj = session.scalars(select(model).where(model.uid == conflict.record_uid)).first()
    name = getattr(obj, kind.key, None) if (obj is not None and kind is not None and kind.key) else None
    if obj is None and conflict.reason == "duplicate":  # what is here is ours: "Open the record" opens it
        ours = session.scalars(select(model).where(model.uid == conflict.base_value)).first()
        obj = ours
    if name is None and kind is not None and kind.key:  # not here (yet): named as it came
        name = json.loads(conflict.change).get("values", {}).get(kind.key)
    field = kind.find(conflict.field) if kind is not None and conflict.field else None
    values = [conflict.base_value, conflict.our_value, conflict.their_value]
    target = _references(model).get(conflict.field) if conflict.field else None
    if target is not None:  # a reference travels as its record's uid: shown as that record's code or name
        values = [_named(session, target, v) for v in values]
    return ConflictRow(
        conflict.id, kind.name if kind is not None else None, obj.id if obj is not None else None,
        f"{kind.label if kind else conflict.table_name} {name or conflict.record_uid[:8]}",
        str(name or conflict.record_uid[:8]), conflict.reason,
        conflict.field, field.label if field is not None else conflict.field, *values, conflict.message, node.name,
        conflict.their_user, conflict.their_at)


def _named(session: Session, table: str, uid: str | None) -> str | None:
    """A record of `table` by its code or name (its kind's key), or its uid when this database does not hold it."""
    if not uid:
        return uid
    model = synced_tables().get(table)
    kind = _kind_of_table().get(table)
    if model is None or kind is None or not kind.key:
        return uid
    name = session.scalar(select(getattr(model, kind.key)).where(model.uid == uid))
    return str(name) if name is not None else uid


def conflict_rows(session: Session) -> list[ConflictRow]:
    return [conflict_row(session, c) for c in open_conflicts(session)]


def describe(session: Session, conflict: m.SyncConflict) -> str:
    """One line a person reads: the record by its code, what clashed, both values."""
    row = conflict_row(session, conflict)
    if row.reason == "both_changed":
        return (f"#{row.id} {row.record}: {row.field_label} was {row.base!r}; here {row.ours!r}, "
                f"{row.peer} ({row.their_user}) {row.theirs!r}")
    return f"#{row.id} {row.record}: {row.message} (from {row.peer}, {row.their_user})"


@dataclass
class PeerRow:
    name: str
    role: str
    user: str | None
    scope: str | None
    not_sent: int
    last_exchange: dt.datetime | None


def peer_rows(session: Session) -> list[PeerRow]:
    """The peers of this database with how many of its changes each has not acknowledged (the Sync screen)."""
    return [PeerRow(p.name, p.role, p.user_name, p.scope, not_sent(session, p), p.last_exchange_at)
            for p in peers_of(session)]


@dataclass
class Badge:
    conflicts: int = 0
    not_sent_to: str | None = None  # on a laptop: the office, when a change of this record has not gone there yet


def record_badge(session: Session, table: str, ident: int) -> Badge:
    """What the record window says of a record's sync: its open conflicts, and on a laptop whether the record has
    changes the office has not had yet (the office's own edits reach each laptop in scope with its next package,
    so the office says only its conflicts)."""
    me = self_node(session)
    model = synced_tables().get(table)
    if me is None or model is None:
        return Badge()
    uid = session.scalar(select(model.uid).where(model.id == ident))
    badge = Badge(conflicts=conflicts_for(session, [uid]).get(uid, 0) if uid else 0)
    if me.role == "laptop":
        for peer in peers_of(session):
            waiting = session.scalar(select(func.count()).where(
                m.AuditEntry.id > peer.sent_upto, m.AuditEntry.table_name == table,
                m.AuditEntry.record_id == ident, m.AuditEntry.action.in_(ACTIONS),
                func.coalesce(m.AuditEntry.source, "").not_like(f"{FROM_PEER}{peer.uid}%")))
            if waiting:
                badge.not_sent_to = peer.name
    return badge


def resolve(session: Session, conflict_id: int, choice: str, value: str | None = None) -> str:
    """Resolve a conflict: keep `ours`, take `theirs`, or (a field) a merged `value`. The resolution is a change like
    any other, audited, and travels to the peers, which close their side of the conflict when it arrives."""
    _require_exchange(session)
    conflict = session.get(m.SyncConflict, conflict_id)
    if conflict is None or conflict.resolved_at is not None:
        raise SyncError(f"no open conflict #{conflict_id} (workbench sync conflicts lists them)")
    if choice not in ("ours", "theirs", "value"):
        raise SyncError("choose ours, theirs or a value")
    user = str(session.info.get("user", "system"))
    model = synced_tables()[conflict.table_name]
    obj = session.scalars(select(model).where(model.uid == conflict.record_uid)).first()
    change = Change.from_json(json.loads(conflict.change))
    me = self_node(session)
    if me is not None and me.role == "laptop" and change.action == "create" and choice == "ours" \
            and conflict.reason in WAITING_CREATES:
        # Undoing the office's new record would delete it at the office: the office decides, and its resolution
        # (or the fix of what refused it here) creates it here by itself.
        raise SyncError("the office decides about its new records: this one is created here once the office has "
                        "resolved it (or once what refused it here is corrected)")
    saved = _who_and_why(session)
    session.info["source"] = RESOLVED
    try:
        _resolve(session, conflict, change, model, obj, choice, value)
    except _Missing as missing:
        raise SyncError(f"it refers to a record this database does not hold ({missing.table} {missing.uid})") \
            from None
    finally:
        _restore_who_and_why(session, saved)
    conflict.resolved_at = _now()
    conflict.resolution = {"value": "merged"}.get(choice, choice)
    conflict.resolved_by = user
    session.flush()
    return describe(session, conflict)


def _created(session: Session, conflict: m.SyncConflict, change: Change) -> None:
    """Their record created here as a resolution; SyncError (nothing changed) when the rules or the role refuse it."""
    result = Applied("")
    applier = _Applier(session, session.get(m.SyncNode, conflict.node_id), result)
    applier._create(change)
    session.flush()
    if result.conflicts:  # the rules refuse it as it stands: say why, change nothing
        refused = session.scalars(select(m.SyncConflict).order_by(m.SyncConflict.id.desc())).first()
        raise SyncError(f"their record cannot be created here: {refused.message}")


def _resolve(session: Session, conflict: m.SyncConflict, change: Change, model, obj, choice: str,
             value: str | None) -> None:
    """What a resolution writes (audited with the source RESOLVED, which the peer applies as it comes)."""
    if conflict.reason == "both_changed":
        if obj is None:
            raise SyncError("the record is no longer here; its conflict is closed")
        kind = _kind_of_table().get(conflict.table_name)
        if choice == "ours":
            _write_resolution(session, model, obj, {conflict.field: (conflict.their_value, conflict.our_value)})
        else:
            new = conflict.their_value if choice == "theirs" else value
            applier = _Applier(session, session.get(m.SyncNode, conflict.node_id), Applied(""))
            applier._set(obj, model, conflict.field, new)
            if kind is not None:
                records._validate(session, kind, obj)
            session.flush()
    elif conflict.reason == "deleted_there":  # they deleted it, we changed it
        if choice == "theirs":
            session.delete(obj)
            session.flush()
        else:
            _write_restore(session, model, obj)
    elif conflict.reason == "deleted_here":   # they changed it, we deleted it
        if choice == "theirs":
            if obj is None:  # restored as it was deleted here (an earlier resolution may have restored it)
                snapshot = _deleted_snapshot(session, conflict.table_name, conflict.record_uid) or {}
                restored = Change(change.first, change.last, change.table, change.uid, "create", change.user,
                                  change.at, values=_snapshot_uids(snapshot, change.table, model, Uids(session)),
                                  resolves=True)
                _created(session, conflict, restored)
                obj = session.scalars(select(model).where(model.uid == conflict.record_uid)).one()
            # Then their change, as a change of theirs applied here: it travels to the other nodes as one (a node
            # that changed the field since gets a conflict, not an overwrite), and not back to theirs, which made
            # it and may have moved on since.
            applier = _Applier(session, session.get(m.SyncNode, conflict.node_id), Applied(""))
            applier._source(change)
            for key, (_old, new) in change.fields.items():
                if key in model.__table__.columns and key != "id":
                    applier._set(obj, model, key, new)
            kind = _kind_of_table().get(conflict.table_name)
            if kind is not None:
                records._validate(session, kind, obj)
            session.flush()
            session.info["source"] = RESOLVED
        else:  # the delete again, with the record's values: a laptop's scope is judged by them
            snapshot = _deleted_snapshot(session, conflict.table_name, conflict.record_uid) or {}
            _write_entry(session, conflict.table_name, 0, "delete", None,
                         json.dumps({**snapshot, "uid": conflict.record_uid}), None)
    elif conflict.reason == "duplicate":
        _resolve_duplicate(session, conflict, change, model, choice)
    elif conflict.reason == "code_taken" and choice != "ours":
        # Their record with a new code: created here, and the code travels back with the resolution.
        new_code = (value or "").strip()
        if choice != "value" or not new_code:
            raise SyncError(f"{conflict.field} {conflict.their_value!r} is taken here: give their record a new "
                            f"code (--value NEWCODE), or keep ours to drop theirs")
        column = getattr(model, conflict.field)
        if session.scalars(select(model.id).where(column == new_code)).first() is not None:
            raise SyncError(f"another record here already has {conflict.field} {new_code!r}; choose another")
        _created(session, conflict, Change(change.first, change.last, change.table, change.uid, "create",
                                           change.user, change.at,
                                           values={**change.values, conflict.field: new_code}, resolves=True))
        # The new code, as an update of its own: the peer holding their record takes it and keeps the rest as its
        # own edits since left it.
        created = session.scalars(select(model).where(model.uid == change.uid)).one()
        _write_resolution(session, model, created, {conflict.field: (conflict.their_value, new_code)})
    else:  # refused by the rules or the role (or a code taken, ours kept): ours undoes theirs on their side
        if choice == "theirs":
            raise SyncError(f"this change cannot be applied here: {conflict.message}; keep ours, or change the "
                            "record and resolve it as ours")
        if change.action == "create":
            _write_entry(session, conflict.table_name, 0, "delete", None, _their_snapshot(session, model, change),
                         None)
        elif change.action == "update" and obj is not None:
            references = _references(model)
            ours = {k: (v[1], audit._text(Uids(session).uid(references[k], getattr(obj, k)) if k in references
                                          else getattr(obj, k)))
                    for k, v in change.fields.items() if k in model.__table__.columns}
            _write_resolution(session, model, obj, ours)
        elif change.action == "delete" and obj is not None:
            _write_restore(session, model, obj)


# Kept from their record when it is the same household as ours: what ours does not say yet. Never its code,
# site or project (ours says where the household is), nor what identifies the row.
_NOT_MERGED = {"id", "uid", "version", "code", "site_id", "project_id"}


def _resolve_duplicate(session: Session, conflict: m.SyncConflict, change: Change, model, choice: str) -> None:
    """A household registered there that looks like one registered here (the same head of household and phone).
    `ours`: the same household. What their record says and ours does not (a phone's owner, vulnerabilities, the
    intention) fills ours, audited; theirs is removed there with the next package, where the household is ours.
    `theirs`: another household after all. It is created when the rule no longer finds ours, so one of the two
    must first be corrected (the head's name or the phone); the conflict stays open meanwhile."""
    if choice == "value":
        raise SyncError("a possible duplicate is the same household (keep ours) or another one (take theirs)")
    if choice == "theirs":
        twin = registered_as(session, change.values.get("head_name"), change.values.get("phone"))
        if twin is not None:
            raise SyncError(f"household {twin[1]} here still has the same head of household and phone; correct the "
                            "name or the phone of one of them first (on the laptop, or here), then take theirs")
        _created(session, conflict, Change(**{**change.as_json(), "resolves": True}))
        return
    ours = session.scalars(select(model).where(model.uid == conflict.base_value)).first()
    if ours is None:  # ours is gone meanwhile: keeping ours drops theirs there
        _write_entry(session, conflict.table_name, 0, "delete", None, _their_snapshot(session, model, change), None)
        return
    columns = model.__table__.columns
    references = _references(model)
    applier = _Applier(session, session.get(m.SyncNode, conflict.node_id), Applied(""))
    for key, value in change.values.items():
        if key in _NOT_MERGED or key not in columns or value in (None, "", "[]"):
            continue
        if getattr(ours, key) in (None, "", []) and (key not in references or applier.uids.id(references[key], value)):
            applier._set(ours, model, key, value)
    kind = _kind_of_table().get(conflict.table_name)
    if kind is not None:
        records._validate(session, kind, ours)
    session.flush()
    _write_entry(session, conflict.table_name, 0, "delete", None, _their_snapshot(session, model, change), None)


def _their_snapshot(session: Session, model, change: Change) -> str:
    """A peer's record this database never held, as an audit snapshot (references as this database's ids), for the
    delete that removes it there: the package's scope for each laptop is judged by these values."""
    uids = Uids(session)
    references = _references(model)
    values = {k: (uids.id(references[k], v) if k in references else v) for k, v in change.values.items()
              if k in model.__table__.columns and k != "id"}
    if model is m.Attachment and values.get("owner_table") in synced_tables():  # its owner by uid, like a reference
        values["owner_id"] = uids.id(values["owner_table"], change.values.get("owner_id"))
    return json.dumps({**values, "uid": change.uid}, ensure_ascii=False, default=str)


def _write_entry(session: Session, table: str, record_id: int, action: str, field_name: str | None,
                 old: str | None, new: str | None) -> None:
    audit.append_entries(session.connection(), [(str(session.info.get("user", "system")), table, record_id, action,
                                                 field_name, old, new, RESOLVED)])


def _write_resolution(session: Session, model, obj, fields: dict[str, tuple]) -> None:
    """A resolution that changes nothing here (ours kept): an entry telling the peer to take our value. References
    are written as local ids, as every entry's are."""
    references = _references(model)
    uids = Uids(session)
    for key, (theirs, ours) in fields.items():
        if key in references:
            theirs = audit._text(uids.id(references[key], theirs))
            ours = audit._text(uids.id(references[key], ours)) if ours is not None and not str(ours).isdigit() \
                else ours
        _write_entry(session, model.__tablename__, obj.id, "update", key, theirs, ours)


def _write_restore(session: Session, model, obj) -> None:
    """Ours kept against their delete: the record's values as a create, which restores it there."""
    _write_entry(session, model.__tablename__, obj.id, "create", None, None, audit._snapshot(obj))


def conflicts_for(session: Session, uids: Iterable[str]) -> dict[str, int]:
    """Open conflicts per record uid, for the window's badge."""
    wanted = list(uids)
    if not wanted:
        return {}
    rows = session.execute(select(m.SyncConflict.record_uid, func.count()).where(
        m.SyncConflict.record_uid.in_(wanted), m.SyncConflict.resolved_at.is_(None))
        .group_by(m.SyncConflict.record_uid)).all()
    return dict(rows)


def not_sent(session: Session, peer: m.SyncNode) -> int:
    """How many entries of this database the peer has not acknowledged."""
    return session.execute(select(func.count()).where(m.AuditEntry.id > peer.acked_upto,
                                                      m.AuditEntry.action.in_(ACTIONS),
                                                      m.AuditEntry.table_name.in_(list(synced_tables())))
                           ).scalar_one()
