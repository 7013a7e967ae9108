"""trained classifier models recorded with their figures, one active (issue 11)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)
MODEL_KINDS = ("candidate", "shipped")


def upgrade() -> None:
    op.create_table('model_versions',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('sha256', sa.String(64), nullable=False),
        sa.Column('version', sa.String(100), nullable=False),
        sa.Column('kind', sa.String(20), nullable=False),
        sa.Column('trained_by', sa.String(100), nullable=False),
        sa.Column('lexicon_version', sa.String(100), nullable=True),
        sa.Column('n_train', sa.Integer(), nullable=False),
        sa.Column('source', sa.JSON(), nullable=False),
        sa.Column('figures', sa.JSON(), nullable=False),
        sa.Column('model_json', sa.Text(), nullable=False),
        sa.Column('note', sa.Text(), nullable=True),
        sa.Column('created_at', TS, nullable=False),
        sa.CheckConstraint(f"kind IN {MODEL_KINDS!r}", name=op.f('ck_model_versions_kind')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_model_versions')),
        sa.UniqueConstraint('sha256', name=op.f('uq_model_versions_sha256')),
    )
    op.create_index(op.f('ix_model_versions_version'), 'model_versions', ['version'])
    op.create_table('model_switches',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('model_id', sa.Integer(), nullable=False),
        sa.Column('previous_id', sa.Integer(), nullable=True),
        sa.Column('actor', sa.String(100), nullable=False),
        sa.Column('note', sa.Text(), nullable=True),
        sa.Column('created_at', TS, nullable=False),
        sa.ForeignKeyConstraint(['model_id'], ['model_versions.id'],
                                name=op.f('fk_model_switches_model_id_model_versions')),
        sa.ForeignKeyConstraint(['previous_id'], ['model_versions.id'],
                                name=op.f('fk_model_switches_previous_id_model_versions')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_model_switches')),
    )
    op.create_index(op.f('ix_model_switches_model_id'), 'model_switches', ['model_id'])


def downgrade() -> None:
    op.drop_index(op.f('ix_model_switches_model_id'), table_name='model_switches')
    op.drop_table('model_switches')
    op.drop_index(op.f('ix_model_versions_version'), table_name='model_versions')
    op.drop_table('model_versions')
