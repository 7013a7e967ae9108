"""lexicon proposals from volunteers (issue 11)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)
PROPOSAL_STATUSES = ("draft", "previewed", "accepted", "rejected", "reverted")


def upgrade() -> None:
    op.create_table('lexicon_proposals',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('status', sa.String(20), nullable=False),
        sa.Column('op', sa.String(20), nullable=False),
        sa.Column('term', sa.String(200), nullable=False),
        sa.Column('spec', sa.JSON(), nullable=False),
        sa.Column('author', sa.String(100), nullable=False),
        sa.Column('author_id', sa.Integer(), nullable=True),
        sa.Column('preview', sa.JSON(), nullable=True),
        sa.Column('previewed_at', TS, nullable=True),
        sa.Column('base_files', sa.JSON(), nullable=True),
        sa.Column('files_before', sa.JSON(), nullable=True),
        sa.Column('files_after', sa.JSON(), nullable=True),
        sa.Column('lexicon_before', sa.String(100), nullable=True),
        sa.Column('lexicon_after', sa.String(100), nullable=True),
        sa.Column('decided_by', sa.String(100), nullable=True),
        sa.Column('decided_by_id', sa.Integer(), nullable=True),
        sa.Column('decided_at', TS, nullable=True),
        sa.Column('decision_note', sa.Text(), nullable=True),
        sa.Column('created_at', TS, nullable=False),
        sa.Column('updated_at', TS, nullable=False),
        sa.CheckConstraint(f"status IN {PROPOSAL_STATUSES!r}", name=op.f('ck_lexicon_proposals_status')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_lexicon_proposals')),
    )
    op.create_index(op.f('ix_lexicon_proposals_status'), 'lexicon_proposals', ['status'])
    op.create_index(op.f('ix_lexicon_proposals_term'), 'lexicon_proposals', ['term'])


def downgrade() -> None:
    op.drop_index(op.f('ix_lexicon_proposals_term'), table_name='lexicon_proposals')
    op.drop_index(op.f('ix_lexicon_proposals_status'), table_name='lexicon_proposals')
    op.drop_table('lexicon_proposals')
