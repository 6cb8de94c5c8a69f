"""sites carry IOM DTM's site ID (SSID) and their coordinates

DTM site lists name a site by its SSID and give where it lies; a site now keeps both (issue 13). Three nullable
columns and an index, added in the upgrade's one transaction; existing sites keep them empty.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 06:10:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('sites') as batch:
        batch.add_column(sa.Column('dtm_site_id', sa.String(length=40), nullable=True))
        batch.add_column(sa.Column('latitude', sa.Float(), nullable=True))
        batch.add_column(sa.Column('longitude', sa.Float(), nullable=True))
    op.create_index(op.f('ix_sites_dtm_site_id'), 'sites', ['dtm_site_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_sites_dtm_site_id'), table_name='sites')
    with op.batch_alter_table('sites') as batch:
        batch.drop_column('longitude')
        batch.drop_column('latitude')
        batch.drop_column('dtm_site_id')
