"""work payments: what a works contractor was paid (an advance, interim certificates, the final payment)

A new table: each payment's date, amount and currency (with the exchange rate used when it is not the project's),
and the reference of its voucher, unique within the work. The project report counts a work's payments as paid
(instead of its contract value x progress) once the work has any.

Revision ID: 0017_work_payments
Revises: 0016_indicator_aggregation
"""

import sqlalchemy as sa
from alembic import op

revision = "0017_work_payments"
down_revision = "0016_indicator_aggregation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "work_payments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("work_id", sa.Integer(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.Numeric(16, 2), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("exchange_rate", sa.Numeric(18, 8), nullable=True),
        sa.Column("rate_date", sa.Date(), nullable=True),
        sa.Column("reference", sa.String(length=60), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["work_id"], ["infrastructure_works.id"],
                                name=op.f("fk_work_payments_work_id_infrastructure_works"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_payments")),
        sa.UniqueConstraint("work_id", "reference", name=op.f("uq_work_payments_work_id")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("work_payments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_work_payments_work_id"), ["work_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("work_payments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_work_payments_work_id"))
    op.drop_table("work_payments")
