"""indexes for site households, grant totals and record history

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 09:40:52.844904
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index('ix_audit_log_record', ['table_name', 'record_id'], unique=False)

    with op.batch_alter_table('households', schema=None) as batch_op:
        batch_op.create_index('ix_households_site_departure', ['site_id', 'departure_date'], unique=False)

    with op.batch_alter_table('livelihood_grants', schema=None) as batch_op:
        batch_op.create_index('ix_livelihood_grants_project_programme_status', ['project_id', 'programme', 'status'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('livelihood_grants', schema=None) as batch_op:
        batch_op.drop_index('ix_livelihood_grants_project_programme_status')

    with op.batch_alter_table('households', schema=None) as batch_op:
        batch_op.drop_index('ix_households_site_departure')

    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_record')

