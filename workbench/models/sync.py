"""The databases that exchange sync packages (the office's and each field laptop's) and the conflicts found when a
package is applied (services/sync.py)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from workbench.models.base import NEVER_REUSED_IDS, Base, UtcDateTime


class SyncNode(Base):
    """A database this one exchanges packages with, or this database itself (`is_self`). A node signs its packages
    with its Ed25519 key and is sent its packages encrypted to its X25519 key; only the database's own row holds its
    private keys. The office's database and its laptops share the office's `office_uid`."""

    __tablename__ = "sync_nodes"
    __table_args__ = NEVER_REUSED_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    role: Mapped[str] = mapped_column(String(10))  # office, laptop
    office_uid: Mapped[str] = mapped_column(String(32))
    is_self: Mapped[bool] = mapped_column(Boolean, default=False)
    user_name: Mapped[str | None] = mapped_column(String(80))  # a laptop's user: what it may hold and do
    scope: Mapped[str | None] = mapped_column(String(200))     # site:NAME or project:CODE, for a laptop
    sign_public: Mapped[str] = mapped_column(Text)
    box_public: Mapped[str] = mapped_column(Text)
    # This database's own row only; read when used (on the office's server only an administrator may read them)
    sign_private: Mapped[str | None] = mapped_column(Text, deferred=True)
    box_private: Mapped[str | None] = mapped_column(Text, deferred=True)
    sent_upto: Mapped[int] = mapped_column(Integer, default=0)  # our last audit entry put in a package to it
    acked_upto: Mapped[int] = mapped_column(Integer, default=0)  # our last entry it has applied
    received_upto: Mapped[int] = mapped_column(Integer, default=0)  # its last entry applied here
    enrolled_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    last_exchange_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)


class SyncConflict(Base):
    """A change from a peer that was not applied as it came: the same field changed here since their common value
    (`field`), a change of a record deleted on the other side, or a change the rules or the peer's user's role
    refuse. Both values are kept until somebody resolves it; the resolution is audited and travels to the peer."""

    __tablename__ = "sync_conflicts"
    __table_args__ = NEVER_REUSED_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    node_id: Mapped[int] = mapped_column(ForeignKey("sync_nodes.id"), index=True)  # the peer the change came from
    entry: Mapped[int] = mapped_column(Integer)        # the change's number at that peer
    table_name: Mapped[str] = mapped_column(String(60))
    record_uid: Mapped[str] = mapped_column(String(32), index=True)
    field: Mapped[str | None] = mapped_column(String(60))  # None: the whole record
    reason: Mapped[str] = mapped_column(String(20))    # both_changed, deleted_here, deleted_there, refused
    message: Mapped[str] = mapped_column(Text, default="")
    base_value: Mapped[str | None] = mapped_column(Text)
    our_value: Mapped[str | None] = mapped_column(Text)
    their_value: Mapped[str | None] = mapped_column(Text)
    change: Mapped[str] = mapped_column(Text)          # the peer's change as it came (JSON)
    their_user: Mapped[str | None] = mapped_column(String(80))
    their_at: Mapped[str | None] = mapped_column(String(40))
    found_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    resolution: Mapped[str | None] = mapped_column(String(20))  # ours, theirs, merged, by_peer, freed (a code taken here became free)
    resolved_by: Mapped[str | None] = mapped_column(String(80))
