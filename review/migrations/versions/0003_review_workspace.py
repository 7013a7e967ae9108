"""review workspace: accounts with roles and groups, server-side sessions, login attempts, case
leases and sharing levels, structured reason codes, blind QA reviews, contact index, audit events

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)
ROLES = ("admin", "lead", "analyst", "partner", "volunteer")
CASE_STATUSES = ("pending", "suspicious", "confirmed", "dismissed", "escalated")
TLP_LEVELS = ("RED", "AMBER", "GREEN", "CLEAR")


def upgrade() -> None:
    bind = op.get_bind()
    # users: roles of the workspace, many groups, partner platforms by name, argon2 hash.
    with op.batch_alter_table('users') as batch:
        batch.add_column(sa.Column('groups', sa.JSON(), nullable=True))
        batch.add_column(sa.Column('platforms', sa.JSON(), nullable=True))
        batch.add_column(sa.Column('password_hash', sa.String(200), nullable=True))
        batch.add_column(sa.Column('prefs', sa.JSON(), nullable=True))
        batch.add_column(sa.Column('disabled_at', TS, nullable=True))
        batch.add_column(sa.Column('last_login_at', TS, nullable=True))
    users = sa.table('users', sa.column('id', sa.Integer), sa.column('role', sa.String),
                     sa.column('reviewer_group', sa.String), sa.column('platform_id', sa.Integer),
                     sa.column('groups', sa.JSON), sa.column('platforms', sa.JSON), sa.column('prefs', sa.JSON))
    platforms = dict(bind.execute(sa.text("SELECT id, name FROM platforms")).all())
    for uid, role, group, pid in bind.execute(sa.select(users.c.id, users.c.role, users.c.reviewer_group,
                                                        users.c.platform_id)).all():
        bind.execute(users.update().where(users.c.id == uid).values(
            role='analyst' if role in (None, 'reviewer') else role,
            groups=[group] if group else [], platforms=[platforms[pid]] if pid in platforms else [], prefs={}))
    with op.batch_alter_table('users') as batch:
        batch.drop_column('reviewer_group')
        batch.drop_constraint('fk_users_platform_id_platforms', type_='foreignkey')
        batch.drop_column('platform_id')
        batch.alter_column('groups', existing_type=sa.JSON(), nullable=False)
        batch.alter_column('platforms', existing_type=sa.JSON(), nullable=False)
        batch.alter_column('prefs', existing_type=sa.JSON(), nullable=False)
        batch.create_check_constraint('role', f"role IN {ROLES!r}")

    op.create_table('web_sessions',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('token_sha256', sa.String(64), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('csrf_token', sa.String(64), nullable=False),
        sa.Column('address', sa.String(64), nullable=True),
        sa.Column('user_agent', sa.String(300), nullable=True),
        sa.Column('created_at', TS, nullable=False),
        sa.Column('last_seen_at', TS, nullable=False),
        sa.Column('expires_at', TS, nullable=False),
        sa.Column('revoked_at', TS, nullable=True),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_web_sessions_user_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_web_sessions')),
        sa.UniqueConstraint('token_sha256', name=op.f('uq_web_sessions_token_sha256')))
    op.create_index(op.f('ix_web_sessions_user_id'), 'web_sessions', ['user_id'])

    op.create_table('login_attempts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('username', sa.String(100), nullable=False),
        sa.Column('address', sa.String(64), nullable=False),
        sa.Column('ok', sa.Boolean(), nullable=False),
        sa.Column('at', TS, nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_login_attempts')))
    op.create_index('ix_login_attempts_username_at', 'login_attempts', ['username', 'at'])
    op.create_index('ix_login_attempts_address_at', 'login_attempts', ['address', 'at'])

    op.create_table('audit_events',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('actor', sa.String(100), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=True),
        sa.Column('action', sa.String(50), nullable=False),
        sa.Column('target', sa.String(200), nullable=True),
        sa.Column('details', sa.JSON(), nullable=True),
        sa.Column('created_at', TS, nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_events')))
    op.create_index(op.f('ix_audit_events_created_at'), 'audit_events', ['created_at'])
    _append_only('audit_events')

    # cases: a status for "needs more", queue order columns, lease, sharing level, last reason.
    with op.batch_alter_table('cases') as batch:
        batch.add_column(sa.Column('priority_rank', sa.Integer(), nullable=True))
        batch.add_column(sa.Column('score', sa.Float(), nullable=True))
        batch.add_column(sa.Column('tlp', sa.String(10), nullable=True))
        batch.add_column(sa.Column('assigned_to', sa.Integer(), nullable=True))
        batch.add_column(sa.Column('lease_expires_at', TS, nullable=True))
        batch.add_column(sa.Column('reason_code', sa.String(50), nullable=True))
        batch.add_column(sa.Column('decided_at', TS, nullable=True))
    bind.execute(sa.text(
        "UPDATE cases SET tlp = 'AMBER', priority_rank = CASE priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 "
        "WHEN 'normal' THEN 2 ELSE 3 END, score = COALESCE((SELECT a.score FROM assessments a "
        "WHERE a.id = cases.assessment_id), 0)"))
    with op.batch_alter_table('cases') as batch:
        batch.alter_column('priority_rank', existing_type=sa.Integer(), nullable=False)
        batch.alter_column('score', existing_type=sa.Float(), nullable=False)
        batch.alter_column('tlp', existing_type=sa.String(10), nullable=False)
        batch.drop_constraint(op.f('ck_cases_status'), type_='check')
        batch.create_check_constraint('status', f"status IN {CASE_STATUSES!r}")
        batch.create_check_constraint('tlp', f"tlp IN {TLP_LEVELS!r}")
        batch.drop_index('ix_cases_queue')
        batch.create_index('ix_cases_queue', ['reviewer_group', 'status', 'priority_rank', 'score', 'created_at'])
        batch.create_index(op.f('ix_cases_assigned_to'), ['assigned_to'])

    # decisions: structured reason codes and before/after. ADD COLUMN keeps the table (and its
    # append-only triggers) in place on both engines.
    op.add_column('decisions', sa.Column('reason_code', sa.String(50), nullable=True))
    op.add_column('decisions', sa.Column('details', sa.JSON(), nullable=True))

    op.create_table('qa_reviews',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('decision_id', sa.Integer(), nullable=False),
        sa.Column('first_user_id', sa.Integer(), nullable=True),
        sa.Column('reviewer_group', sa.String(100), nullable=False),
        sa.Column('status', sa.String(20), nullable=False),
        sa.Column('second_user_id', sa.Integer(), nullable=True),
        sa.Column('second_action', sa.String(30), nullable=True),
        sa.Column('second_reason_code', sa.String(50), nullable=True),
        sa.Column('second_at', TS, nullable=True),
        sa.Column('resolved_by', sa.Integer(), nullable=True),
        sa.Column('resolution', sa.Text(), nullable=True),
        sa.Column('resolved_at', TS, nullable=True),
        sa.Column('created_at', TS, nullable=False),
        sa.CheckConstraint("status IN ('pending', 'agreed', 'disagreed', 'resolved')", name=op.f('ck_qa_reviews_status')),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_qa_reviews_case_id_cases')),
        sa.ForeignKeyConstraint(['decision_id'], ['decisions.id'], name=op.f('fk_qa_reviews_decision_id_decisions')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_qa_reviews')),
        sa.UniqueConstraint('decision_id', name=op.f('uq_qa_reviews_decision_id')))
    op.create_index(op.f('ix_qa_reviews_case_id'), 'qa_reviews', ['case_id'])
    op.create_index(op.f('ix_qa_reviews_reviewer_group'), 'qa_reviews', ['reviewer_group'])

    op.create_table('listing_contacts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('listing_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(20), nullable=False),
        sa.Column('handle', sa.String(200), nullable=False),
        sa.Column('created_at', TS, nullable=False),
        sa.ForeignKeyConstraint(['listing_id'], ['listings.id'], name=op.f('fk_listing_contacts_listing_id_listings')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_listing_contacts')),
        sa.UniqueConstraint('listing_id', 'kind', 'handle', name='uq_listing_contacts_handle'))
    op.create_index(op.f('ix_listing_contacts_listing_id'), 'listing_contacts', ['listing_id'])
    op.create_index('ix_listing_contacts_kind_handle', 'listing_contacts', ['kind', 'handle'])

    op.create_index('ix_listings_seller', 'listings', ['platform_id', 'seller_id'])


def downgrade() -> None:
    op.drop_index('ix_listings_seller', table_name='listings')
    op.drop_table('listing_contacts')
    op.drop_table('qa_reviews')
    with op.batch_alter_table('decisions', recreate='never') as batch:
        batch.drop_column('details')
        batch.drop_column('reason_code')
    with op.batch_alter_table('cases') as batch:
        batch.drop_index(op.f('ix_cases_assigned_to'))
        batch.drop_index('ix_cases_queue')
        batch.create_index('ix_cases_queue', ['reviewer_group', 'status', 'priority'])
        batch.drop_constraint(op.f('ck_cases_tlp'), type_='check')
        batch.drop_constraint(op.f('ck_cases_status'), type_='check')
        batch.create_check_constraint('status', "status IN ('pending', 'confirmed', 'dismissed', 'escalated')")
        for col in ('decided_at', 'reason_code', 'lease_expires_at', 'assigned_to', 'tlp', 'score', 'priority_rank'):
            batch.drop_column(col)
    _drop_append_only('audit_events')
    op.drop_table('audit_events')
    op.drop_table('login_attempts')
    op.drop_table('web_sessions')
    with op.batch_alter_table('users') as batch:
        batch.drop_constraint(op.f('ck_users_role'), type_='check')
        batch.add_column(sa.Column('reviewer_group', sa.String(100), nullable=True))
        batch.add_column(sa.Column('platform_id', sa.Integer(), nullable=True))
        for col in ('last_login_at', 'disabled_at', 'prefs', 'password_hash', 'platforms', 'groups'):
            batch.drop_column(col)


def _append_only(table: str) -> None:
    """The database itself refuses UPDATE and DELETE on an audit table (as 0001 does for decisions)."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"""CREATE FUNCTION wildwatch_{table}_append_only() RETURNS trigger AS $$
            BEGIN RAISE EXCEPTION '{table} is an append-only audit log: % refused', TG_OP; END;
            $$ LANGUAGE plpgsql""")
        op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION wildwatch_{table}_append_only()")
        op.execute(f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                   f"FOR EACH STATEMENT EXECUTE FUNCTION wildwatch_{table}_append_only()")
    else:
        for what in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER {table}_no_{what.lower()} BEFORE {what} ON {table} "
                       f"BEGIN SELECT RAISE(ABORT, '{table} is an append-only audit log: {what} refused'); END")


def _drop_append_only(table: str) -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
        op.execute(f"DROP FUNCTION IF EXISTS wildwatch_{table}_append_only()")
    else:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_update")
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete")
