"""the service map: providers a CRC refers people to, with what each offers

Referrals go to a provider of the service map (legal aid, civil documentation, protection, GBV, MHPSS, health...):
an organisation at a place, its contact, whether it accepts referrals now and when that was last verified. A new
table only, in the upgrade's one transaction.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 12:30:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('service_providers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('organisation', sa.String(length=200), nullable=False),
    sa.Column('services', sa.String(length=300), nullable=False),
    sa.Column('location_id', sa.Integer(), nullable=False),
    sa.Column('contact', sa.String(length=200), nullable=False),
    sa.Column('accepts_referrals', sa.Boolean(), nullable=False),
    sa.Column('last_verified_on', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['location_id'], ['locations.id'], name=op.f('fk_service_providers_location_id_locations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_providers')),
    sa.UniqueConstraint('code', name=op.f('uq_service_providers_code')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('service_providers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_providers_location_id'), ['location_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('service_providers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_providers_location_id'))
    op.drop_table('service_providers')
