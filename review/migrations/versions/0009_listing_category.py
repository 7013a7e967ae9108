"""listing versions keep the platform's own category (toys, car parts, tickets...), which the
classifier weighs against a lone animal word

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('listing_versions', sa.Column('category', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('listing_versions') as batch:
        batch.drop_column('category')
