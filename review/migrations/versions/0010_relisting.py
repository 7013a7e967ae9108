"""takedown follow-up: relisted listings linked to their earlier case (slot for issue 10)

- relisting_keys: one row per reported case (its platform, seller id and normalised text key), so
  a new listing is matched against every reported one with indexed lookups, not a scan;
- relisting_links: a listing that relists a reported one (same seller on the platform, same text
  after normalisation, or a shared contact handle), with the reasons;
- lead_alerts: what the lead must be told outside the queue - an item the partner said was
  removed that our re-check still sees live - with when it was notified (or why it failed).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)
ALERT_KINDS = ("still_live",)


def upgrade() -> None:
    op.create_table('relisting_keys',
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('listing_id', sa.Integer(), nullable=False),
        sa.Column('platform_id', sa.Integer(), nullable=False),
        sa.Column('seller_id', sa.String(200), nullable=True),
        sa.Column('text_key', sa.String(64), nullable=False),
        sa.Column('reported_at', TS, nullable=False),
        sa.Column('created_at', TS, nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_relisting_keys_case_id_cases')),
        sa.ForeignKeyConstraint(['listing_id'], ['listings.id'], name=op.f('fk_relisting_keys_listing_id_listings')),
        sa.PrimaryKeyConstraint('case_id', name=op.f('pk_relisting_keys')))
    op.create_index('ix_relisting_keys_seller', 'relisting_keys', ['platform_id', 'seller_id'])
    op.create_index(op.f('ix_relisting_keys_text_key'), 'relisting_keys', ['text_key'])
    op.create_index(op.f('ix_relisting_keys_listing_id'), 'relisting_keys', ['listing_id'])
    op.create_table('relisting_links',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('listing_id', sa.Integer(), nullable=False),
        sa.Column('earlier_case_id', sa.Integer(), nullable=False),
        sa.Column('earlier_listing_id', sa.Integer(), nullable=False),
        sa.Column('reasons', sa.JSON(), nullable=False),
        sa.Column('created_at', TS, nullable=False),
        sa.ForeignKeyConstraint(['listing_id'], ['listings.id'], name=op.f('fk_relisting_links_listing_id_listings')),
        sa.ForeignKeyConstraint(['earlier_case_id'], ['cases.id'], name=op.f('fk_relisting_links_earlier_case_id_cases')),
        sa.ForeignKeyConstraint(['earlier_listing_id'], ['listings.id'],
                                name=op.f('fk_relisting_links_earlier_listing_id_listings')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_relisting_links')),
        sa.UniqueConstraint('listing_id', 'earlier_case_id', name='uq_relisting_links_pair'))
    op.create_index(op.f('ix_relisting_links_earlier_case_id'), 'relisting_links', ['earlier_case_id'])
    op.create_table('lead_alerts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(20), nullable=False),
        sa.Column('report_item_id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('reviewer_group', sa.String(100), nullable=False),
        sa.Column('detail', sa.Text(), nullable=True),
        sa.Column('created_at', TS, nullable=False),
        sa.Column('notified_at', TS, nullable=True),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('last_error', sa.Text(), nullable=True),
        sa.CheckConstraint(f"kind IN ('still_live')", name=op.f('ck_lead_alerts_kind')),
        sa.ForeignKeyConstraint(['report_item_id'], ['takedown_report_items.id'],
                                name=op.f('fk_lead_alerts_report_item_id_takedown_report_items')),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_lead_alerts_case_id_cases')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_lead_alerts')),
        sa.UniqueConstraint('kind', 'report_item_id', name='uq_lead_alerts_item'))


def downgrade() -> None:
    op.drop_table('lead_alerts')
    op.drop_index(op.f('ix_relisting_links_earlier_case_id'), table_name='relisting_links')
    op.drop_table('relisting_links')
    op.drop_index(op.f('ix_relisting_keys_listing_id'), table_name='relisting_keys')
    op.drop_index(op.f('ix_relisting_keys_text_key'), table_name='relisting_keys')
    op.drop_index('ix_relisting_keys_seller', table_name='relisting_keys')
    op.drop_table('relisting_keys')
