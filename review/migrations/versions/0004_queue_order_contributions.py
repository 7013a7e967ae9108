"""queue order index with score descending (the queue reads its first rows instead of sorting a
group's open cases); assessments keep the classifier's feature contributions for the case page

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

QUEUE_COLUMNS = ['reviewer_group', 'status', 'priority_rank', sa.text('score DESC'), 'created_at', 'id']


def upgrade() -> None:
    # ADD COLUMN and CREATE/DROP INDEX keep the tables (and the audit triggers) in place on both engines.
    op.add_column('assessments', sa.Column('contributions', sa.JSON(), nullable=True))
    op.drop_index('ix_cases_queue', table_name='cases')
    op.create_index('ix_cases_queue', 'cases', QUEUE_COLUMNS)


def downgrade() -> None:
    op.drop_index('ix_cases_queue', table_name='cases')
    op.create_index('ix_cases_queue', 'cases', ['reviewer_group', 'status', 'priority_rank', 'score', 'created_at'])
    with op.batch_alter_table('assessments') as batch:
        batch.drop_column('contributions')
