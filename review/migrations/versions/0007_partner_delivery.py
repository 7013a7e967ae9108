"""takedown report delivery (issue 10, second part): where each platform's reports go (e-mail
addresses, a signed webhook) and one delivery row per report and channel (status, attempts,
last error), so a failed delivery is seen and retried, never silently lost

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table('partner_endpoints',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('platform', sa.String(100), nullable=False),
        sa.Column('emails', sa.JSON(), nullable=False),
        sa.Column('webhook_url', sa.Text(), nullable=True),
        sa.Column('webhook_secret', sa.String(100), nullable=True),
        sa.Column('updated_by', sa.String(100), nullable=False),
        sa.Column('updated_at', TS, nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_partner_endpoints')),
        sa.UniqueConstraint('platform', name=op.f('uq_partner_endpoints_platform')))
    op.create_table('report_deliveries',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('report_id', sa.Integer(), nullable=False),
        sa.Column('channel', sa.String(20), nullable=False),
        sa.Column('status', sa.String(20), nullable=False),
        sa.Column('target', sa.String(500), nullable=True),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('last_error', sa.Text(), nullable=True),
        sa.Column('response_status', sa.Integer(), nullable=True),
        sa.Column('delivered_at', TS, nullable=True),
        sa.Column('created_at', TS, nullable=False),
        sa.Column('updated_at', TS, nullable=False),
        sa.CheckConstraint("channel IN ('email', 'webhook')", name=op.f('ck_report_deliveries_channel')),
        sa.CheckConstraint("status IN ('pending', 'delivered', 'failed')", name=op.f('ck_report_deliveries_status')),
        sa.ForeignKeyConstraint(['report_id'], ['takedown_reports.id'],
                                name=op.f('fk_report_deliveries_report_id_takedown_reports')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_report_deliveries')),
        sa.UniqueConstraint('report_id', 'channel', name='uq_report_deliveries_channel'))
    op.create_index(op.f('ix_report_deliveries_report_id'), 'report_deliveries', ['report_id'])


def downgrade() -> None:
    op.drop_index(op.f('ix_report_deliveries_report_id'), table_name='report_deliveries')
    op.drop_table('report_deliveries')
    op.drop_table('partner_endpoints')
