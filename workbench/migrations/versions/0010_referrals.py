"""the sessions and referrals of the CRCs, and the referrals' dated steps

A CRC's group sessions (awareness, information, group legal counselling, informal education, skills) with their
attendance by sex and age group and by population group; its referrals of a person, by case code and never by
name, to a provider of the service map, with the consent to share, the priority's answer deadline, the workflow's
dated steps (draft, sent, accepted or declined, service delivered, closed; withdrawn) and the follow-up. A household
may be linked to a referral that is not sensitive; deleted later, it leaves the referral without the link (SET NULL).
New tables only, in the upgrade's one transaction.

Revision ID: 0010_referrals
Revises: 0010
Create Date: 2026-12-02 14:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0010_referrals'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('crc_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('crc_id', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('session_kind', sa.String(length=30), nullable=False),
    sa.Column('topic', sa.String(length=200), nullable=False),
    sa.Column('facilitator', sa.String(length=200), nullable=False),
    sa.Column('participants', sa.Integer(), nullable=False),
    sa.Column('idps', sa.Integer(), nullable=True),
    sa.Column('returnees', sa.Integer(), nullable=True),
    sa.Column('host_community', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('girls', sa.Integer(), nullable=True),
    sa.Column('boys', sa.Integer(), nullable=True),
    sa.Column('women', sa.Integer(), nullable=True),
    sa.Column('men', sa.Integer(), nullable=True),
    sa.Column('older_women', sa.Integer(), nullable=True),
    sa.Column('older_men', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['crc_id'], ['resource_centres.id'], name=op.f('fk_crc_sessions_crc_id_resource_centres')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crc_sessions')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('crc_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_crc_sessions_crc_id'), ['crc_id'], unique=False)

    op.create_table('referrals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('crc_id', sa.Integer(), nullable=False),
    sa.Column('referred_on', sa.Date(), nullable=False),
    sa.Column('case_code', sa.String(length=40), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=True),
    sa.Column('sex', sa.String(length=10), nullable=False),
    sa.Column('age_group', sa.String(length=10), nullable=False),
    sa.Column('service', sa.String(length=30), nullable=False),
    sa.Column('provider_id', sa.Integer(), nullable=False),
    sa.Column('priority', sa.String(length=20), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('consent_given', sa.Boolean(), nullable=False),
    sa.Column('consent_on', sa.Date(), nullable=True),
    sa.Column('consent_by', sa.String(length=30), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('sent_on', sa.Date(), nullable=True),
    sa.Column('responded_on', sa.Date(), nullable=True),
    sa.Column('delivered_on', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('outcome', sa.Text(), nullable=False),
    sa.Column('feedback', sa.Text(), nullable=False),
    sa.Column('feedback_on', sa.Date(), nullable=True),
    sa.Column('satisfaction', sa.String(length=20), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['crc_id'], ['resource_centres.id'], name=op.f('fk_referrals_crc_id_resource_centres')),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_referrals_household_id_households'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['provider_id'], ['service_providers.id'], name=op.f('fk_referrals_provider_id_service_providers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referrals')),
    sa.UniqueConstraint('code', name=op.f('uq_referrals_code')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_referrals_case_code'), ['case_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_referrals_crc_id'), ['crc_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_referrals_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_referrals_provider_id'), ['provider_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_referrals_referred_on'), ['referred_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_referrals_status'), ['status'], unique=False)

    op.create_table('referral_status_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('referral_id', sa.Integer(), nullable=False),
    sa.Column('from_status', sa.String(length=20), nullable=True),
    sa.Column('to_status', sa.String(length=20), nullable=False),
    sa.Column('changed_on', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('user_name', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['referral_id'], ['referrals.id'], name=op.f('fk_referral_status_changes_referral_id_referrals'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referral_status_changes')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('referral_status_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_referral_status_changes_referral_id'), ['referral_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('referral_status_changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_referral_status_changes_referral_id'))
    op.drop_table('referral_status_changes')
    with op.batch_alter_table('referrals', schema=None) as batch_op:
        for name in ('status', 'referred_on', 'provider_id', 'household_id', 'crc_id', 'case_code'):
            batch_op.drop_index(batch_op.f(f'ix_referrals_{name}'))
    op.drop_table('referrals')
    with op.batch_alter_table('crc_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_crc_sessions_crc_id'))
    op.drop_table('crc_sessions')
