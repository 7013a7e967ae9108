"""takedown reports for platform partners (issue 10): reviewed/sent by, the frozen document and
item payloads, partners' outcomes per item, partner API tokens (hashed); a sent report's content
is frozen by the database itself

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

REPORT_COLUMNS = [('reviewed_by', sa.String(100)), ('reviewed_at', sa.DateTime(timezone=True)),
                  ('sent_by', sa.String(100)), ('acknowledged_at', sa.DateTime(timezone=True)),
                  ('document', sa.JSON())]
ITEM_COLUMNS = [('payload', sa.JSON()), ('outcome', sa.String(30)), ('outcome_reason', sa.Text()),
                ('outcome_at', sa.DateTime(timezone=True)), ('outcome_by', sa.String(100))]
SENT = "('sent', 'acknowledged')"
# What may not change once a report is sent (JSON compared as text: PostgreSQL's json has no '=').
REPORT_FROZEN = ("platform_id", "created_by", "created_at", "sent_at", "sent_by", "reviewed_by", "reviewed_at",
                 "sha256", "document::text")
ITEM_FROZEN = ("report_id", "case_id", "payload::text")


def upgrade() -> None:
    # ADD COLUMN keeps the tables (and the triggers of other tables) in place on both engines.
    for name, type_ in REPORT_COLUMNS:
        op.add_column('takedown_reports', sa.Column(name, type_, nullable=True))
    for name, type_ in ITEM_COLUMNS:
        op.add_column('takedown_report_items', sa.Column(name, type_, nullable=True))
    op.create_table('partner_tokens',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('token_sha256', sa.String(64), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('label', sa.String(200), nullable=True),
        sa.Column('platforms', sa.JSON(), nullable=False),
        sa.Column('created_by', sa.String(100), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('last_used_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_partner_tokens_user_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_partner_tokens')),
        sa.UniqueConstraint('token_sha256', name=op.f('uq_partner_tokens_token_sha256')))
    op.create_index(op.f('ix_partner_tokens_user_id'), 'partner_tokens', ['user_id'])
    _sent_reports_frozen()


def _changed(columns, dialect: str) -> str:
    if dialect == "postgresql":
        return " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in columns)
    return " OR ".join(f"NEW.{c.removesuffix('::text')} IS NOT OLD.{c.removesuffix('::text')}" for c in columns)


def _sent_reports_frozen() -> None:
    """A sent (or acknowledged) report and its items cannot be edited or deleted; an item of a sent
    report keeps its case and payload (outcomes and re-check times still change)."""
    dialect = op.get_bind().dialect.name
    report_changed = _changed(REPORT_FROZEN, dialect)
    item_changed = _changed(ITEM_FROZEN, dialect)
    if dialect == "postgresql":
        op.execute(f"""CREATE FUNCTION wildwatch_sent_report_frozen() RETURNS trigger AS $$
            BEGIN
              IF TG_OP = 'DELETE' THEN
                IF OLD.status IN {SENT} THEN RAISE EXCEPTION 'takedown report % is sent: it cannot be deleted', OLD.id; END IF;
                RETURN OLD;
              END IF;
              IF OLD.status IN {SENT} AND (NEW.status NOT IN {SENT} OR {report_changed}) THEN
                RAISE EXCEPTION 'takedown report % is sent: its content cannot change', OLD.id;
              END IF;
              RETURN NEW;
            END; $$ LANGUAGE plpgsql""")
        op.execute("CREATE TRIGGER takedown_reports_sent_frozen BEFORE UPDATE OR DELETE ON takedown_reports "
                   "FOR EACH ROW EXECUTE FUNCTION wildwatch_sent_report_frozen()")
        op.execute(f"""CREATE FUNCTION wildwatch_sent_item_frozen() RETURNS trigger AS $$
            BEGIN
              IF EXISTS (SELECT 1 FROM takedown_reports r WHERE r.id = OLD.report_id AND r.status IN {SENT})
                 AND (TG_OP = 'DELETE' OR {item_changed}) THEN
                RAISE EXCEPTION 'item % belongs to a sent takedown report: % refused', OLD.id, TG_OP;
              END IF;
              IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
              RETURN NEW;
            END; $$ LANGUAGE plpgsql""")
        op.execute("CREATE TRIGGER takedown_report_items_sent_frozen BEFORE UPDATE OR DELETE ON takedown_report_items "
                   "FOR EACH ROW EXECUTE FUNCTION wildwatch_sent_item_frozen()")
        return
    op.execute(f"CREATE TRIGGER takedown_reports_sent_no_update BEFORE UPDATE ON takedown_reports "
               f"WHEN OLD.status IN {SENT} AND (NEW.status NOT IN {SENT} OR {report_changed}) "
               f"BEGIN SELECT RAISE(ABORT, 'takedown report is sent: its content cannot change'); END")
    op.execute(f"CREATE TRIGGER takedown_reports_sent_no_delete BEFORE DELETE ON takedown_reports "
               f"WHEN OLD.status IN {SENT} "
               f"BEGIN SELECT RAISE(ABORT, 'takedown report is sent: it cannot be deleted'); END")
    in_sent = f"(SELECT status FROM takedown_reports WHERE id = OLD.report_id) IN {SENT}"
    op.execute(f"CREATE TRIGGER takedown_report_items_sent_no_update BEFORE UPDATE ON takedown_report_items "
               f"WHEN {in_sent} AND ({item_changed}) "
               f"BEGIN SELECT RAISE(ABORT, 'item of a sent takedown report: its content cannot change'); END")
    op.execute(f"CREATE TRIGGER takedown_report_items_sent_no_delete BEFORE DELETE ON takedown_report_items "
               f"WHEN {in_sent} "
               f"BEGIN SELECT RAISE(ABORT, 'item of a sent takedown report: DELETE refused'); END")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS takedown_reports_sent_frozen ON takedown_reports")
        op.execute("DROP TRIGGER IF EXISTS takedown_report_items_sent_frozen ON takedown_report_items")
        op.execute("DROP FUNCTION IF EXISTS wildwatch_sent_report_frozen()")
        op.execute("DROP FUNCTION IF EXISTS wildwatch_sent_item_frozen()")
    else:
        for name in ("takedown_reports_sent_no_update", "takedown_reports_sent_no_delete",
                     "takedown_report_items_sent_no_update", "takedown_report_items_sent_no_delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_index(op.f('ix_partner_tokens_user_id'), table_name='partner_tokens')
    op.drop_table('partner_tokens')
    with op.batch_alter_table('takedown_report_items') as batch:
        for name, _ in reversed(ITEM_COLUMNS):
            batch.drop_column(name)
    with op.batch_alter_table('takedown_reports') as batch:
        for name, _ in reversed(REPORT_COLUMNS):
            batch.drop_column(name)
