"""server indexes: on PostgreSQL, the big tables' searched columns get pg_trgm GIN indexes, and the households'
shown columns an index each for sorting

A table's search is "contains, whatever the case" (ILIKE '%text%', services/screens.contains_text), which no b-tree
index serves: on a million households the server read every row for each search and its count. pg_trgm's GIN
indexes answer ILIKE '%kas%' from the index (bench/bench_server_tables.py). pg_trgm is a trusted extension (the
database's owner may create it); where the server lacks it (no contrib package), searching stays as it was. SQLite
is unchanged: FTS5 trigram tables were measured and cost 37-50 us per household written (bench/README.md).

Sorting a million households by a column without an index made the server sort every row for each batch (0.3 s
as the superuser, more through row-level security); an index on (column, id), the table's order, gives the batch
from the index. SQLite is left without them: they made its writes 2.6x slower (bench/README.md, issue 10's import).

Revision ID: 0014_server_indexes
Revises: 0013_roles
"""

import sqlalchemy as sa
from alembic import op

revision = "0014_server_indexes"
down_revision = "0013_roles"
branch_labels = None
depends_on = None

# the searched columns (each kind's `search`) of the tables that grow to hundreds of thousands of rows
SEARCHED = {"households": ("code", "head_name"), "livelihood_grants": ("code", "recipient_name", "business_name"),
            "referrals": ("code", "case_code")}

# the Households table's shown columns without an index yet (code is unique, head_name has one since 0003, the site
# is sorted through the sites' names)
SORTED = {"households": ("head_sex", "size", "status", "intention", "registered_on", "departure_date",
                          "site_id")}  # site_id: a scoped person's households counted from the index


def _has_trigrams(bind) -> bool:
    return bind.execute(sa.text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")).first() is not None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for table, columns in SORTED.items():
        for column in columns:
            op.execute(f"CREATE INDEX IF NOT EXISTS ix_{table}_{column}_sort ON {table} ({column}, id)")
    if not _has_trigrams(bind):
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for table, columns in SEARCHED.items():
        for column in columns:
            op.execute(f"CREATE INDEX IF NOT EXISTS ix_{table}_{column}_trgm ON {table} "
                       f"USING gin ({column} gin_trgm_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, columns in SEARCHED.items():
        for column in columns:
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_{column}_trgm")
    for table, columns in SORTED.items():
        for column in columns:
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_{column}_sort")
