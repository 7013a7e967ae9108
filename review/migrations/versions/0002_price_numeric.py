"""listing prices as SQL NUMERIC (money is never a float)

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite copies the table (batch mode); PostgreSQL casts in place. Existing float values are
    # rounded to 4 decimal places, the precision every currency we watch needs.
    with op.batch_alter_table('listing_versions') as batch:
        batch.alter_column('price_amount', existing_type=sa.Float(), type_=sa.Numeric(20, 4),
                           existing_nullable=True, postgresql_using='round(price_amount::numeric, 4)')


def downgrade() -> None:
    with op.batch_alter_table('listing_versions') as batch:
        batch.alter_column('price_amount', existing_type=sa.Numeric(20, 4), type_=sa.Float(),
                           existing_nullable=True)
