"""the audit log is one chain of hashes, with server time on PostgreSQL

Each entry gets a random salt, the hash of the entry before it and its own hash (services/audit.py gives the
encoding), and `digests`, kept by an erasure only; one row, audit_chain_head, holds the chain's last id and hash,
which writers lock. The entries already written are chained in id order, in the upgrade's one transaction, with new
salts. On PostgreSQL a trigger gives every new entry the server's time (now(), the time the writer's transaction
began and the one it chained), whatever the client sent.

Revision ID: 0012_audit_chain
Revises: 0011_distributions
Create Date: 2026-12-02 14:30:00
"""

import datetime as dt
import os

import sqlalchemy as sa
from alembic import op

from workbench.services.audit import GENESIS, Encoder, chain_time, entry_hash, value_digest

# The chain's encoding (services/audit.py) is a stored format, the same for every revision: it is used from where
# it is defined rather than copied here.

revision = '0012_audit_chain'
down_revision = '0011_distributions'
branch_labels = None
depends_on = None

BATCH = 20_000
ENTRY = ('user_name', 'table_name', 'record_id', 'action', 'field', 'old_value', 'new_value', 'source')


def _chain_existing(bind) -> tuple[int, str]:
    """Salts and hashes for every entry there is, in id order, a batch at a time; returns the last id and hash."""
    last_id, last_hash = 0, GENESIS
    encode = Encoder()
    times: dict = {}
    while True:
        rows = bind.execute(sa.text(
            f"SELECT id, at, {', '.join(ENTRY)} FROM audit_log WHERE id > :after ORDER BY id LIMIT {BATCH}"),
            {'after': last_id}).all()
        if not rows:
            return last_id, last_hash
        pool = os.urandom(16 * len(rows))
        updates = []
        for i, row in enumerate(rows):
            at_text = times.get(row.at)
            if at_text is None:  # once per distinct time: the entries of one save or import share theirs
                at = dt.datetime.fromisoformat(row.at) if isinstance(row.at, str) else row.at
                at = at.replace(tzinfo=at.tzinfo or dt.timezone.utc)  # SQLite keeps the UTC clock time (0006)
                at_text = times[row.at] = chain_time(at)
            salt = pool[16 * i:16 * i + 16]
            own = entry_hash(encode, last_hash, row.id, at_text, row.user_name, row.table_name,
                             row.record_id, row.action, row.field, row.source, value_digest(salt, row.old_value),
                             value_digest(salt, row.new_value))
            updates.append({'id': row.id, 'salt': salt.hex(), 'prev': last_hash, 'hash': own})
            last_id, last_hash = row.id, own
        bind.execute(sa.text("UPDATE audit_log SET salt = :salt, prev_hash = :prev, hash = :hash WHERE id = :id"),
                     updates)


def upgrade() -> None:
    with op.batch_alter_table('audit_log') as batch:
        batch.add_column(sa.Column('salt', sa.String(length=32), nullable=True))
        batch.add_column(sa.Column('digests', sa.String(length=130), nullable=True))
        batch.add_column(sa.Column('prev_hash', sa.String(length=64), nullable=True))
        batch.add_column(sa.Column('hash', sa.String(length=64), nullable=True))
    op.create_table('audit_chain_head',
                    sa.Column('id', sa.Integer(), nullable=False),
                    sa.Column('last_id', sa.Integer(), nullable=False),
                    sa.Column('last_hash', sa.String(length=64), nullable=False),
                    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_chain_head')),
                    sqlite_autoincrement=True)
    bind = op.get_bind()
    last_id, last_hash = _chain_existing(bind)
    bind.execute(sa.text("INSERT INTO audit_chain_head (id, last_id, last_hash) VALUES (1, :id, :hash)"),
                 {'id': last_id, 'hash': last_hash})
    if bind.dialect.name == 'postgresql':
        op.execute("CREATE FUNCTION audit_log_server_time() RETURNS trigger LANGUAGE plpgsql AS "
                   "$$ BEGIN NEW.at := now(); RETURN NEW; END $$")
        op.execute("CREATE TRIGGER audit_log_server_time BEFORE INSERT ON audit_log "
                   "FOR EACH ROW EXECUTE FUNCTION audit_log_server_time()")


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute("DROP TRIGGER audit_log_server_time ON audit_log")
        op.execute("DROP FUNCTION audit_log_server_time()")
    op.drop_table('audit_chain_head')
    with op.batch_alter_table('audit_log') as batch:
        batch.drop_column('hash')
        batch.drop_column('prev_hash')
        batch.drop_column('digests')
        batch.drop_column('salt')
