"""Users, the audit log and attachments (files kept inside the database)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, DateTime, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workbench.models.base import NEVER_REUSED_IDS, Base, GlobalId, UtcDateTime, Versioned

# The roles a user has (services/permissions.py says what each may do).
ROLES = ("viewer", "officer", "site_manager", "me_officer", "protection", "admin")


class User(Versioned, Base):
    __tablename__ = "users"
    __table_args__ = (CheckConstraint(f"role IN ({', '.join(repr(r) for r in ROLES)})", name="role"),
                      NEVER_REUSED_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(40), default="officer")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    scopes: Mapped[list[UserScope]] = relationship(cascade="all, delete-orphan", order_by="UserScope.id")


class UserScope(Base):
    """One of a user's scopes: a project or a site (a user without any works for the whole office)."""

    __tablename__ = "user_scopes"
    __table_args__ = (CheckConstraint("(project_id IS NULL) <> (site_id IS NULL)", name="one_place"),
                      NEVER_REUSED_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"))


class AuditEntry(Base):
    """One changed field of one record: who, when, old and new value (or a whole record created or deleted), or
    an event that changes no record (an export, a printed report, a backup, an erasure).

    The entries form one chain (services/audit.py): each holds the hash of the entry before it and its own hash,
    a SHA-256 over its fields, the previous hash and, instead of the old and new values themselves, their digests
    sha256(salt || value). Erasing a value (redact_entries) replaces it and clears the salt, keeping the digests in
    `digests`: the chain still verifies, and the entry reads as erased rather than broken."""

    __tablename__ = "audit_log"
    # A record's history tab reads its entries by table and id.
    __table_args__ = (Index("ix_audit_log_record", "table_name", "record_id"), NEVER_REUSED_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)  # UTC, with its zone
    user_name: Mapped[str] = mapped_column(String(80))
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(10))  # create, update, delete
    field: Mapped[str | None] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(300))  # e.g. the file an import came from
    salt: Mapped[str | None] = mapped_column(String(32))  # hex; None once the entry's values were erased
    digests: Mapped[str | None] = mapped_column(String(130))  # "old new" digests, kept by an erasure only
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))


class AuditChainHead(Base):
    """The chain's last entry, in one row: writers lock it (PostgreSQL: SELECT ... FOR UPDATE) so two sessions
    never chain onto the same entry, and `db check` sees a deleted or added last entry. Writers need only this row
    and INSERT on audit_log, never other entries."""

    __tablename__ = "audit_chain_head"
    __table_args__ = NEVER_REUSED_IDS  # one row, but every table with an id is so

    id: Mapped[int] = mapped_column(primary_key=True)  # always 1
    last_id: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))


class AttachmentContent(Base):
    """File bytes, stored once per distinct content (keyed by SHA-256) so backups carry them."""

    __tablename__ = "attachment_contents"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Attachment(GlobalId, Versioned, Base):
    """A document or photo attached to a record (owner_table + owner_id)."""

    __tablename__ = "attachments"
    __table_args__ = NEVER_REUSED_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_table: Mapped[str] = mapped_column(String(60))
    owner_id: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(ForeignKey("attachment_contents.sha256"))
    description: Mapped[str] = mapped_column(Text, default="")
    added_on: Mapped[dt.datetime] = mapped_column(DateTime(timezone=False))

    content: Mapped[AttachmentContent] = relationship()
