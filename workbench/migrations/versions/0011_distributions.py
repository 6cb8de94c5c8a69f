"""distributions of kits: kit types and their items, distributions, their lists, receipts and the kits' stock

New tables only, in the upgrade's one transaction: kit types (NFI, shelter, hygiene kits, return packages) with
their items and the rule for how many a household gets; distributions with their kit types, each household's
entitlement on the list and its receipt (with its verification and the complaint it opened); the dated stock
movements of each warehouse.

Revision ID: 0011_distributions
Revises: 0010_referrals
Create Date: 2026-12-02 05:13:24.195162
"""

from alembic import op
import sqlalchemy as sa


revision = '0011_distributions'
down_revision = '0010_referrals'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('kit_types',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('category', sa.String(length=20), nullable=False),
    sa.Column('rule', sa.String(length=20), nullable=False),
    sa.Column('per_household', sa.Integer(), nullable=True),
    sa.Column('people_per_kit', sa.Integer(), nullable=True),
    sa.Column('minimum', sa.Integer(), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_kit_types')),
    sa.UniqueConstraint('code', name=op.f('uq_kit_types_code')),
    sqlite_autoincrement=True
    )
    op.create_table('kit_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kit_type_id', sa.Integer(), nullable=False),
    sa.Column('item', sa.String(length=200), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('unit', sa.String(length=40), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['kit_type_id'], ['kit_types.id'], name=op.f('fk_kit_items_kit_type_id_kit_types'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_kit_items')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('kit_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_kit_items_kit_type_id'), ['kit_type_id'], unique=False)

    op.create_table('distributions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=True),
    sa.Column('location_id', sa.Integer(), nullable=True),
    sa.Column('modality', sa.String(length=20), nullable=False),
    sa.Column('planned_on', sa.Date(), nullable=False),
    sa.Column('warehouse', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=True),
    sa.Column('completed_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['location_id'], ['locations.id'], name=op.f('fk_distributions_location_id_locations')),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_distributions_project_id_projects')),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_distributions_site_id_sites')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_distributions')),
    sa.UniqueConstraint('code', name=op.f('uq_distributions_code')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('distributions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_distributions_location_id'), ['location_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_distributions_project_id'), ['project_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_distributions_site_id'), ['site_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_distributions_status'), ['status'], unique=False)

    op.create_table('distribution_kits',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('distribution_id', sa.Integer(), nullable=False),
    sa.Column('kit_type_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['distribution_id'], ['distributions.id'], name=op.f('fk_distribution_kits_distribution_id_distributions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['kit_type_id'], ['kit_types.id'], name=op.f('fk_distribution_kits_kit_type_id_kit_types')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_distribution_kits')),
    sa.UniqueConstraint('distribution_id', 'kit_type_id', name=op.f('uq_distribution_kits_distribution_id')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('distribution_kits', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_distribution_kits_kit_type_id'), ['kit_type_id'], unique=False)

    op.create_table('entitlements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('distribution_id', sa.Integer(), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.Column('kit_type_id', sa.Integer(), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['distribution_id'], ['distributions.id'], name=op.f('fk_entitlements_distribution_id_distributions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_entitlements_household_id_households'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['kit_type_id'], ['kit_types.id'], name=op.f('fk_entitlements_kit_type_id_kit_types')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_entitlements')),
    sa.UniqueConstraint('distribution_id', 'household_id', 'kit_type_id', name=op.f('uq_entitlements_distribution_id')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('entitlements', schema=None) as batch_op:
        batch_op.create_index('ix_entitlements_household_id', ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_entitlements_kit_type_id'), ['kit_type_id'], unique=False)

    op.create_table('receipts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('distribution_id', sa.Integer(), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('received_by', sa.String(length=20), nullable=False),
    sa.Column('proxy_name', sa.String(length=200), nullable=True),
    sa.Column('proof', sa.String(length=20), nullable=False),
    sa.Column('recorded_by', sa.String(length=80), nullable=False),
    sa.Column('verification', sa.String(length=30), nullable=True),
    sa.Column('verified_on', sa.Date(), nullable=True),
    sa.Column('complaint_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['complaint_id'], ['complaints.id'], name=op.f('fk_receipts_complaint_id_complaints'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['distribution_id'], ['distributions.id'], name=op.f('fk_receipts_distribution_id_distributions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_receipts_household_id_households'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_receipts')),
    sa.UniqueConstraint('distribution_id', 'household_id', name=op.f('uq_receipts_distribution_id')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('receipts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_receipts_complaint_id'), ['complaint_id'], unique=False)
        batch_op.create_index('ix_receipts_household_id', ['household_id'], unique=False)

    op.create_table('stock_movements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('warehouse', sa.String(length=200), nullable=False),
    sa.Column('kit_type_id', sa.Integer(), nullable=False),
    sa.Column('moved_on', sa.Date(), nullable=False),
    sa.Column('movement', sa.String(length=20), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('distribution_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['distribution_id'], ['distributions.id'], name=op.f('fk_stock_movements_distribution_id_distributions')),
    sa.ForeignKeyConstraint(['kit_type_id'], ['kit_types.id'], name=op.f('fk_stock_movements_kit_type_id_kit_types')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stock_movements')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('stock_movements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stock_movements_distribution_id'), ['distribution_id'], unique=False)
        batch_op.create_index('ix_stock_movements_kit_warehouse', ['kit_type_id', 'warehouse', 'moved_on'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('stock_movements', schema=None) as batch_op:
        batch_op.drop_index('ix_stock_movements_kit_warehouse')
        batch_op.drop_index(batch_op.f('ix_stock_movements_distribution_id'))

    op.drop_table('stock_movements')
    with op.batch_alter_table('receipts', schema=None) as batch_op:
        batch_op.drop_index('ix_receipts_household_id')
        batch_op.drop_index(batch_op.f('ix_receipts_complaint_id'))

    op.drop_table('receipts')
    with op.batch_alter_table('entitlements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_entitlements_kit_type_id'))
        batch_op.drop_index('ix_entitlements_household_id')

    op.drop_table('entitlements')
    with op.batch_alter_table('distribution_kits', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_distribution_kits_kit_type_id'))

    op.drop_table('distribution_kits')
    with op.batch_alter_table('distributions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_distributions_status'))
        batch_op.drop_index(batch_op.f('ix_distributions_site_id'))
        batch_op.drop_index(batch_op.f('ix_distributions_project_id'))
        batch_op.drop_index(batch_op.f('ix_distributions_location_id'))

    op.drop_table('distributions')
    with op.batch_alter_table('kit_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_kit_items_kit_type_id'))

    op.drop_table('kit_items')
    op.drop_table('kit_types')
