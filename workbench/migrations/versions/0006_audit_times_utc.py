"""audit times are UTC with their zone

The audit log's times were the clock time of the computer that saved, without a zone: an office in Kalemie (UTC+2)
and one in Erbil (UTC+3) sharing a server wrote times an hour apart for the same moment, and a laptop's clock
change moved its history. From this revision on they are UTC (models.base.UtcDateTime): PostgreSQL's column becomes
timestamptz; SQLite, which has no zones, keeps the UTC clock time.

The times already written carry no zone. They are taken as the local time of the computer that runs this upgrade,
with its daylight-saving rules, and converted to UTC: the upgrade runs in the office whose staff wrote them, and
the times a history tab shows stay what they were. A time written elsewhere (another zone sharing the server) may be
off by the difference between the zones, as it already was. Each distinct time is converted once, through a table
of old and new times, in the upgrade's one transaction.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 11:00:00
"""

import datetime as dt

from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

SQLITE_FORMAT = "%Y-%m-%d %H:%M:%S.%f"  # as SQLAlchemy writes a DATETIME on SQLite


def _as_utc(local: dt.datetime) -> dt.datetime:
    """A clock time of this computer as the UTC clock time (naive in, naive out)."""
    return local.astimezone(dt.timezone.utc).replace(tzinfo=None)


def _as_local(utc: dt.datetime) -> dt.datetime:
    return utc.replace(tzinfo=dt.timezone.utc).astimezone().replace(tzinfo=None)


def _convert(bind, change) -> None:
    sqlite = bind.dialect.name == 'sqlite'
    stored = [row[0] for row in bind.execute(sa.text("SELECT DISTINCT at FROM audit_log"))]
    if not stored:
        return
    pairs = []
    for value in stored:
        moment = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
        new = change(moment)
        pairs.append({'old': value, 'new': new.strftime(SQLITE_FORMAT) if sqlite else new})
    column_type = 'TEXT' if sqlite else 'TIMESTAMP WITHOUT TIME ZONE'
    bind.execute(sa.text(f"CREATE TEMPORARY TABLE audit_times (old {column_type} PRIMARY KEY, new {column_type})"))
    bind.execute(sa.text("INSERT INTO audit_times (old, new) VALUES (:old, :new)"), pairs)
    bind.execute(sa.text("UPDATE audit_log SET at = (SELECT new FROM audit_times WHERE old = audit_log.at)"))
    bind.execute(sa.text("DROP TABLE audit_times"))


def upgrade() -> None:
    bind = op.get_bind()
    _convert(bind, _as_utc)
    if bind.dialect.name != 'sqlite':
        op.alter_column('audit_log', 'at', type_=sa.DateTime(timezone=True), existing_nullable=False,
                        postgresql_using="at AT TIME ZONE 'UTC'")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != 'sqlite':
        op.alter_column('audit_log', 'at', type_=sa.DateTime(timezone=False), existing_nullable=False,
                        postgresql_using="at AT TIME ZONE 'UTC'")
    _convert(bind, _as_local)
