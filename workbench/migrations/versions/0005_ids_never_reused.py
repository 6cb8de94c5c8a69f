"""ids are never reused on SQLite: every table's id becomes INTEGER PRIMARY KEY AUTOINCREMENT

SQLite gave a new record the largest id plus one, so deleting the last household and registering another gave
the new one the deleted one's id, and its history tab showed the other person's entries. AUTOINCREMENT keeps
the largest id ever given in sqlite_sequence. SQLite cannot add it to a table: each table is built anew (Alembic's
batch copy, in the upgrade's one transaction, with foreign keys off around it as SQLite's own procedure for
changing a table says, then checked: db.upgrade_schema). Each table's sequence starts above every id it holds
and every id the audit log names for it, so an id deleted before this upgrade is not given again either.
PostgreSQL's sequences never give an id twice: nothing changes there.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 10:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

# The tables with an id at revision 0004 (not read from the models, which may change after this revision).
TABLES = (
    'audit_log', 'donors', 'locations', 'users', 'attachments', 'projects', 'infrastructure_works',
    'livelihood_grants', 'outcomes', 'sites', 'committees', 'complaints', 'grant_status_changes', 'grant_tranches',
    'households', 'outputs', 'population_counts', 'site_infrastructure', 'site_status_changes',
    'work_progress_reports', 'work_status_changes', 'cash_tranches', 'committee_trainings', 'indicators',
    'indicator_values',
)


def _rebuild(autoincrement: bool) -> None:
    for name in TABLES:
        with op.batch_alter_table(name, recreate='always', table_kwargs={'sqlite_autoincrement': autoincrement}):
            pass


def upgrade() -> None:
    if op.get_bind().dialect.name != 'sqlite':
        return
    _rebuild(True)
    bind = op.get_bind()
    # Copying the rows set each sequence to the table's largest id; an id the audit log knows is never given again.
    for name in TABLES:
        bind.execute(sa.text(
            "UPDATE sqlite_sequence SET seq = max(seq, (SELECT coalesce(max(record_id), 0) FROM audit_log "
            "WHERE table_name = :name)) WHERE name = :name"), {'name': name})
        bind.execute(sa.text(
            "INSERT INTO sqlite_sequence (name, seq) SELECT :name, max(record_id) FROM audit_log "
            "WHERE table_name = :name HAVING max(record_id) IS NOT NULL "
            "AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = :name)"), {'name': name})


def downgrade() -> None:
    if op.get_bind().dialect.name != 'sqlite':
        return
    _rebuild(False)
