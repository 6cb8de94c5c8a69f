"""donors carry their IATI organisation identifier and organisation type

An IATI activity file names its funder by the identifier the funder publishes under (XI-IATI-EC_ECHO, US-GOV-1)
and its kind (government, multilateral...): IATI's validator flags a participating-org or provider-org without them
(issue 13). Two columns; existing donors get an empty identifier and no type, for staff to fill in.

Revision ID: 0015_donor_iati_ref
Revises: 0014_server_indexes
"""

import sqlalchemy as sa
from alembic import op

revision = "0015_donor_iati_ref"
down_revision = "0014_server_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("donors", table_kwargs={"sqlite_autoincrement": True}) as batch_op:
        batch_op.add_column(sa.Column("iati_ref", sa.String(length=60), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("organisation_type", sa.String(length=30), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("donors", table_kwargs={"sqlite_autoincrement": True}) as batch_op:
        batch_op.drop_column("organisation_type")
        batch_op.drop_column("iati_ref")
