"""window17 tranche payment: how a household's cash tranche was paid (cash, mobile money, bank transfer) and its
reference (a receipt or mobile-money transaction number), given when the tranche is paid (issue 17, defect 11).

Revision ID: 0018_tranche_payment
Revises: 0017_work_payments
"""

import sqlalchemy as sa
from alembic import op

revision = "0018_tranche_payment"
down_revision = "0017_work_payments"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN on both backends: SQLite need not copy a million tranches to add two empty columns.
    op.add_column("cash_tranches", sa.Column("payment_method", sa.String(20), nullable=True))
    op.add_column("cash_tranches", sa.Column("payment_reference", sa.String(60), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("cash_tranches") as batch:
        batch.drop_column("payment_reference")
        batch.drop_column("payment_method")
