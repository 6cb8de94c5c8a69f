"""the contacts of the CRCs: who came, called or was reached, and what they asked

Each walk-in, call or outreach contact of a Community Resource Centre: its date, population group (IDP, returnee,
host community), sex and age group, what was asked and the information given; a household may be linked, and a
household deleted later leaves the contact without the link (SET NULL). No name is stored. A new table only, in
the upgrade's one transaction.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 13:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('crc_contacts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('crc_id', sa.Integer(), nullable=False),
    sa.Column('contacted_on', sa.Date(), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('population_group', sa.String(length=20), nullable=False),
    sa.Column('sex', sa.String(length=10), nullable=False),
    sa.Column('age_group', sa.String(length=10), nullable=False),
    sa.Column('question', sa.Text(), nullable=False),
    sa.Column('information_given', sa.Text(), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['crc_id'], ['resource_centres.id'], name=op.f('fk_crc_contacts_crc_id_resource_centres')),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_crc_contacts_household_id_households'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crc_contacts')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('crc_contacts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_crc_contacts_crc_id'), ['crc_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_crc_contacts_household_id'), ['household_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('crc_contacts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_crc_contacts_household_id'))
        batch_op.drop_index(batch_op.f('ix_crc_contacts_crc_id'))
    op.drop_table('crc_contacts')
