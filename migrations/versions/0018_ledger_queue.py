"""ledger_queue: records written and committed, waiting to be chained in a batch.

- ``ledger_queue`` (kind, record_id) → site_id, queued_at: a Car-Pass sending run queues each
  acknowledged reading in the transaction that records the answer and chains the queue
  every 200 readings and at its end (``app.core.ledger.queue``), so stations sending
  together no longer take turns on the chain's head for every reading. Existing data needs
  nothing: every acknowledged reading is chained already.
- PostgreSQL: row-level security on the site, like the ledger's tables; clerks insert,
  read and delete queue rows (chaining deletes them). A queue row deleted by hand leaves
  its record outside the chain, which ``atelier audit verify`` reports.
- The chain head's guard (revision 0015) lets the head move forward by several entries in
  one UPDATE — a batch — when every position it passes holds an entry and the last one's
  hash is the new head's, as one step at a time already allowed: the same power, one
  statement instead of one per entry.

Why: docs/decisions/reliability-chain-queue.md.

Revision ID: 0018_ledger_queue
Revises: 0017_perf_indexes
"""

import sqlalchemy as sa
from alembic import op

revision = "0018_ledger_queue"
down_revision = "0017_perf_indexes"
branch_labels = None
depends_on = None

KINDS = "kind IN ('invoice', 'credit_note', 'payment', 'journal_entry', 'carpass_reading')"
GENESIS = "0" * 64  # a new chain's head (app.core.ledger.chain.GENESIS)
REFUSAL = "atelier: ledger_head rows are legally protected records: {op} refused"
# The head moves from OLD.length to NEW.length: every position in between holds an entry
# (positions are unique per chain, so counting them is enough) and the last one's hash is
# the new head's. {step} is revision 0015's "exactly one step" or this revision's "forward".
_MOVE = ("NEW.site_id = OLD.site_id AND NEW.kind = OLD.kind AND {step} "
         "AND NEW.head_hash IS (SELECT hash FROM ledger_entry WHERE site_id = NEW.site_id AND kind = NEW.kind "
         "AND seq = NEW.length) "
         "AND (SELECT count(*) FROM ledger_entry WHERE site_id = NEW.site_id AND kind = NEW.kind "
         "AND seq > OLD.length AND seq <= NEW.length) = NEW.length - OLD.length")
STEPS = {"batch": "NEW.length > OLD.length", "one": "NEW.length = OLD.length + 1"}


def _pg_head_guard(step: str) -> str:
    return f"""
CREATE OR REPLACE FUNCTION atelier_ledger_head_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' AND NEW.length = 0 AND NEW.head_hash = '{GENESIS}' THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND {_MOVE.format(step=STEPS[step]).replace(" IS (", " = (")} THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'atelier: ledger_head rows are legally protected records: % refused', TG_OP
        USING ERRCODE = 'restrict_violation';
END $$
"""


def _sqlite_head_guard(step: str) -> None:
    op.execute('DROP TRIGGER IF EXISTS "immutable_ledger_head_update"')
    op.execute(f'CREATE TRIGGER "immutable_ledger_head_update" BEFORE UPDATE ON ledger_head WHEN NOT ('
               f"{_MOVE.format(step=STEPS[step])}) "
               f"BEGIN SELECT RAISE(ABORT, '{REFUSAL.format(op='UPDATE')}'); END")


def upgrade() -> None:
    """Create the queue; on PostgreSQL secure it as the ledger's tables."""
    op.create_table(
        "ledger_queue",
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("queued_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(KINDS, name=op.f("ck_ledger_queue_kind")),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_ledger_queue_site_id_site")),
        sa.PrimaryKeyConstraint("kind", "record_id", name=op.f("pk_ledger_queue")),
        sqlite_with_rowid=False,  # a few rows at a time: the key is the table, one page per write
    )
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        _sqlite_head_guard("batch")
        return
    op.execute(_pg_head_guard("batch"))
    from app.core.db.server_roles import CLERK, group_role

    name = connection.execute(sa.text("SELECT current_database()")).scalar_one()
    clerk = f'"{group_role(name, CLERK)}"'
    condition = "site_id = ANY ((SELECT atelier_session_sites())::integer[])"
    op.execute("ALTER TABLE ledger_queue ENABLE ROW LEVEL SECURITY")
    op.execute("ALTER TABLE ledger_queue FORCE ROW LEVEL SECURITY")
    op.execute("REVOKE ALL ON ledger_queue FROM PUBLIC")
    op.execute(f"CREATE POLICY atelier_site ON ledger_queue FOR ALL USING ({condition}) WITH CHECK ({condition})")
    op.execute(f"GRANT SELECT, INSERT, DELETE ON ledger_queue TO {clerk}")


def downgrade() -> None:
    """Drop the queue (chain what it holds first: run a send, or accept that verify reports
    the queued records as outside the chain)."""
    op.drop_table("ledger_queue")
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_head_guard("one")
    else:
        op.execute(_pg_head_guard("one"))
