"""Community Resource Centres: the Iraq programme's information and referral hubs, a record kind of their own

The CRC teams kept their centres in Excel; from this revision a centre is a record (code, name, place, walk-in,
virtual hotline or mobile, project, managing organisation, opened and closed, focal point) that its contacts,
sessions and referrals can belong to. A new table only: nothing already stored changes, and like every revision
it runs inside the upgrade's one transaction.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 12:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('resource_centres',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('location_id', sa.Integer(), nullable=False),
    sa.Column('centre_type', sa.String(length=20), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=True),
    sa.Column('managing_organisation', sa.String(length=200), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('focal_point', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['location_id'], ['locations.id'], name=op.f('fk_resource_centres_location_id_locations')),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_resource_centres_project_id_projects')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_resource_centres')),
    sa.UniqueConstraint('code', name=op.f('uq_resource_centres_code')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('resource_centres', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_resource_centres_location_id'), ['location_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_resource_centres_project_id'), ['project_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('resource_centres', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_resource_centres_project_id'))
        batch_op.drop_index(batch_op.f('ix_resource_centres_location_id'))
    op.drop_table('resource_centres')
