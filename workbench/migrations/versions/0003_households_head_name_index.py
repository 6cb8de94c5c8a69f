"""index households by head of household's name and code

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 10:49:20.067477
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('households', schema=None) as batch_op:
        batch_op.create_index('ix_households_head_name_code', ['head_name', 'code'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('households', schema=None) as batch_op:
        batch_op.drop_index('ix_households_head_name_code')

