"""ledger_queue: records written and committed, waiting to be chained in a batch.

- ``ledger_queue`` (kind, record_id) → site_id, queued_at: a Car-Pass sending run queues each
  acknowledged reading in the transaction that records the answer and chains the queue
  every 200 readings and at its end (``app.core.ledger.queue``), so stations sending
  together no longer take turns on the chain's head for every reading. Existing data needs
  nothing: every acknowledged reading is chained already.
- PostgreSQL: row-level security on the site, like the ledger's tables; clerks insert,
  read and delete queue rows (chaining deletes them). A queue row deleted by hand leaves
  its record outside the chain, which ``atelier audit verify`` reports.

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
        return
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
