"""A CRC contact's reference: a register's number or a KoboToolbox/ODK submission's id, unique within its CRC, so a
register or an export imported twice never doubles its contacts (issue 12). Contacts without one stay apart.

Revision ID: 0020_contact_reference
Revises: 0019_global_ids
"""

import sqlalchemy as sa
from alembic import op

revision = "0020_contact_reference"
down_revision = "0019_global_ids"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN and an index on both backends: SQLite need not copy the table.
    op.add_column("crc_contacts", sa.Column("contact_ref", sa.String(60), nullable=True))
    op.create_index("uq_crc_contacts_ref", "crc_contacts", ["crc_id", "contact_ref"], unique=True)


def downgrade() -> None:
    op.drop_index("uq_crc_contacts_ref", table_name="crc_contacts")
    with op.batch_alter_table("crc_contacts") as batch:
        batch.drop_column("contact_ref")
