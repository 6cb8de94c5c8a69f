"""Global identifiers and sync: every record that travels between the office's database and field laptops gets a
`uid` (32 hex digits of a random UUID; existing rows get theirs here), and the tables of the sync (issue 18): the
nodes that exchange packages and the conflicts found applying them.

The uid column stays nullable in the schema, as SQLite adds a NOT NULL column only by copying its table (a million
households); every writer gives one (models.base.GlobalId, the import, the demo).

Revision ID: 0019_global_ids
Revises: 0018_tranche_payment
"""

import sqlalchemy as sa
from alembic import op

revision = "0019_global_ids"
down_revision = "0018_tranche_payment"
branch_labels = None
depends_on = None

# Every table of a record that travels (models.base.GlobalId), as of this revision.
TABLES = (
    "attachments", "cash_tranches", "committee_trainings", "committees", "complaints", "crc_contacts", "crc_sessions",
    "distribution_kits", "distributions", "donors", "entitlements", "grant_status_changes", "grant_tranches",
    "households", "indicator_values", "indicators", "infrastructure_works", "kit_items", "kit_types",
    "livelihood_grants", "locations", "outcomes", "outputs", "population_counts", "projects", "receipts",
    "referral_status_changes", "referrals", "resource_centres", "service_providers", "site_infrastructure",
    "site_status_changes", "sites", "stock_movements", "work_payments", "work_progress_reports",
    "work_status_changes",
)


def upgrade() -> None:
    bind = op.get_bind()
    # The database's own random bytes: one statement per table, no row goes through Python.
    fresh = ("replace(gen_random_uuid()::text, '-', '')" if bind.dialect.name == "postgresql"
             else "lower(hex(randomblob(16)))")
    for table in TABLES:
        op.add_column(table, sa.Column("uid", sa.String(32), nullable=True))
        op.execute(f"UPDATE {table} SET uid = {fresh}")
        op.create_index(f"ix_{table}_uid", table, ["uid"], unique=True)
    op.create_table(
        "sync_nodes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uid", sa.String(32), nullable=False),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("role", sa.String(10), nullable=False),
        sa.Column("office_uid", sa.String(32), nullable=False),
        sa.Column("is_self", sa.Boolean, nullable=False),
        sa.Column("user_name", sa.String(80)),
        sa.Column("scope", sa.String(200)),
        sa.Column("sign_public", sa.Text, nullable=False),
        sa.Column("box_public", sa.Text, nullable=False),
        sa.Column("sign_private", sa.Text),
        sa.Column("box_private", sa.Text),
        sa.Column("sent_upto", sa.Integer, nullable=False),
        sa.Column("acked_upto", sa.Integer, nullable=False),
        sa.Column("received_upto", sa.Integer, nullable=False),
        sa.Column("enrolled_at", sa.DateTime(timezone=True)),
        sa.Column("last_exchange_at", sa.DateTime(timezone=True)),
        sa.PrimaryKeyConstraint("id", name="pk_sync_nodes"),
        sa.UniqueConstraint("uid", name="uq_sync_nodes_uid"),
        sa.UniqueConstraint("name", name="uq_sync_nodes_name"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("node_id", sa.Integer, sa.ForeignKey("sync_nodes.id", name="fk_sync_conflicts_node_id_sync_nodes"),
                  nullable=False),
        sa.Column("entry", sa.Integer, nullable=False),
        sa.Column("table_name", sa.String(60), nullable=False),
        sa.Column("record_uid", sa.String(32), nullable=False),
        sa.Column("field", sa.String(60)),
        sa.Column("reason", sa.String(20), nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("base_value", sa.Text),
        sa.Column("our_value", sa.Text),
        sa.Column("their_value", sa.Text),
        sa.Column("change", sa.Text, nullable=False),
        sa.Column("their_user", sa.String(80)),
        sa.Column("their_at", sa.String(40)),
        sa.Column("found_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True)),
        sa.Column("resolution", sa.String(20)),
        sa.Column("resolved_by", sa.String(80)),
        sa.PrimaryKeyConstraint("id", name="pk_sync_conflicts"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_sync_conflicts_node_id", "sync_conflicts", ["node_id"])
    op.create_index("ix_sync_conflicts_record_uid", "sync_conflicts", ["record_uid"])


def downgrade() -> None:
    op.drop_table("sync_conflicts")
    op.drop_table("sync_nodes")
    for table in reversed(TABLES):
        op.drop_index(f"ix_{table}_uid", table_name=table)
        with op.batch_alter_table(table) as batch:
            batch.drop_column("uid")
