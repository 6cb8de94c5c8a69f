"""indicator aggregation, baseline and means of verification

How an indicator's values of several reporting periods make one figure, where it stood before the project and how
its values are verified: the logframe's columns a donor reads.

Each indicator declares it (sum, latest, average or maximum; models.Aggregation), and every report totals an
indicator by it (services.figures.indicator_total). Indicators already in a database keep what the reports did
with them before: a percentage (by its unit) took its latest value, anything else was added up.

Revision ID: 0016_indicator_aggregation
Revises: 0015_donor_iati_ref
"""

import sqlalchemy as sa
from alembic import op

revision = "0016_indicator_aggregation"
down_revision = "0015_donor_iati_ref"
branch_labels = None
depends_on = None

AGGREGATIONS = ("sum", "latest", "average", "maximum")
CHECK = f"aggregation IN ({', '.join(repr(a) for a in AGGREGATIONS)})"
PERCENT_UNITS = ("%", "percent", "percentage", "per cent", "pourcentage")


def upgrade() -> None:
    with op.batch_alter_table("indicators", table_kwargs={"sqlite_autoincrement": True}) as batch:
        batch.add_column(sa.Column("aggregation", sa.String(10), nullable=False, server_default="sum"))
        batch.add_column(sa.Column("baseline", sa.Numeric(16, 2), nullable=True))
        batch.add_column(sa.Column("means_of_verification", sa.Text(), nullable=False, server_default=""))
        batch.create_check_constraint(op.f("ck_indicators_aggregation"), CHECK)
    indicators = sa.table("indicators", sa.column("unit", sa.String), sa.column("aggregation", sa.String))
    op.execute(indicators.update().where(sa.func.lower(sa.func.trim(indicators.c.unit)).in_(PERCENT_UNITS))
               .values(aggregation="latest"))


def downgrade() -> None:
    with op.batch_alter_table("indicators", table_kwargs={"sqlite_autoincrement": True}) as batch:
        batch.drop_constraint(op.f("ck_indicators_aggregation"), type_="check")
        batch.drop_column("means_of_verification")
        batch.drop_column("baseline")
        batch.drop_column("aggregation")
