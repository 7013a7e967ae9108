"""lexicon shadow mode and versions (issue 11, second part)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)
SHADOW_STATUSES = ("running", "promoted", "dropped")
VERSION_ACTIONS = ("baseline", "accept", "revert", "rollback", "found")


def upgrade() -> None:
    op.create_table('lexicon_files',
        sa.Column('sha256', sa.String(64), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('sha256', name=op.f('pk_lexicon_files')),
    )
    op.create_table('lexicon_versions',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('version', sa.String(100), nullable=False),
        sa.Column('files', sa.JSON(), nullable=False),
        sa.Column('action', sa.String(20), nullable=False),
        sa.Column('actor', sa.String(100), nullable=False),
        sa.Column('proposal_id', sa.Integer(), nullable=True),
        sa.Column('restored_id', sa.Integer(), nullable=True),
        sa.Column('note', sa.Text(), nullable=True),
        sa.Column('created_at', TS, nullable=False),
        sa.CheckConstraint(f"action IN {VERSION_ACTIONS!r}", name=op.f('ck_lexicon_versions_action')),
        sa.ForeignKeyConstraint(['proposal_id'], ['lexicon_proposals.id'],
                                name=op.f('fk_lexicon_versions_proposal_id_lexicon_proposals')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_lexicon_versions')),
    )
    op.create_index(op.f('ix_lexicon_versions_version'), 'lexicon_versions', ['version'])
    op.create_table('lexicon_shadows',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('proposal_id', sa.Integer(), nullable=False),
        sa.Column('status', sa.String(20), nullable=False),
        sa.Column('started_by', sa.String(100), nullable=False),
        sa.Column('started_at', TS, nullable=False),
        sa.Column('ends_at', TS, nullable=False),
        sa.Column('ended_by', sa.String(100), nullable=True),
        sa.Column('ended_at', TS, nullable=True),
        sa.Column('scored', sa.Integer(), nullable=False),
        sa.Column('last_error', sa.Text(), nullable=True),
        sa.CheckConstraint(f"status IN {SHADOW_STATUSES!r}", name=op.f('ck_lexicon_shadows_status')),
        sa.ForeignKeyConstraint(['proposal_id'], ['lexicon_proposals.id'],
                                name=op.f('fk_lexicon_shadows_proposal_id_lexicon_proposals')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_lexicon_shadows')),
    )
    op.create_index(op.f('ix_lexicon_shadows_proposal_id'), 'lexicon_shadows', ['proposal_id'])
    op.create_index(op.f('ix_lexicon_shadows_status'), 'lexicon_shadows', ['status'])
    op.create_table('lexicon_shadow_hits',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('shadow_id', sa.Integer(), nullable=False),
        sa.Column('listing_version_id', sa.Integer(), nullable=False),
        sa.Column('listing_id', sa.Integer(), nullable=False),
        sa.Column('live_label', sa.String(20), nullable=False),
        sa.Column('live_score', sa.Float(), nullable=False),
        sa.Column('live_flagged', sa.Boolean(), nullable=False),
        sa.Column('shadow_label', sa.String(20), nullable=False),
        sa.Column('shadow_score', sa.Float(), nullable=False),
        sa.Column('shadow_flagged', sa.Boolean(), nullable=False),
        sa.Column('term_matched', sa.Boolean(), nullable=False),
        sa.Column('shown', sa.JSON(), nullable=True),
        sa.Column('created_at', TS, nullable=False),
        sa.ForeignKeyConstraint(['shadow_id'], ['lexicon_shadows.id'],
                                name=op.f('fk_lexicon_shadow_hits_shadow_id_lexicon_shadows')),
        sa.ForeignKeyConstraint(['listing_version_id'], ['listing_versions.id'],
                                name=op.f('fk_lexicon_shadow_hits_listing_version_id_listing_versions')),
        sa.ForeignKeyConstraint(['listing_id'], ['listings.id'],
                                name=op.f('fk_lexicon_shadow_hits_listing_id_listings')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_lexicon_shadow_hits')),
        sa.UniqueConstraint('shadow_id', 'listing_version_id', name=op.f('uq_lexicon_shadow_hits_shadow_id')),
    )
    op.create_index(op.f('ix_lexicon_shadow_hits_shadow_id'), 'lexicon_shadow_hits', ['shadow_id'])
    op.create_index(op.f('ix_lexicon_shadow_hits_listing_id'), 'lexicon_shadow_hits', ['listing_id'])


def downgrade() -> None:
    op.drop_index(op.f('ix_lexicon_shadow_hits_listing_id'), table_name='lexicon_shadow_hits')
    op.drop_index(op.f('ix_lexicon_shadow_hits_shadow_id'), table_name='lexicon_shadow_hits')
    op.drop_table('lexicon_shadow_hits')
    op.drop_index(op.f('ix_lexicon_shadows_status'), table_name='lexicon_shadows')
    op.drop_index(op.f('ix_lexicon_shadows_proposal_id'), table_name='lexicon_shadows')
    op.drop_table('lexicon_shadows')
    op.drop_index(op.f('ix_lexicon_versions_version'), table_name='lexicon_versions')
    op.drop_table('lexicon_versions')
    op.drop_table('lexicon_files')
