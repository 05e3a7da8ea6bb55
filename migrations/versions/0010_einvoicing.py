"""einvoicing: Peppol e-invoices of rental invoices.

- ``customer``: the enterprise number and the Peppol participant id of a business customer;
- ``invoice``: the payer's country and the rental period as dates, snapshotted at issue
  like the rest of the invoice (older invoices keep NULL);
- ``einvoice_sending`` (the outbox towards the access point) and ``einvoice_call`` (raw
  calls), site-owned with the ``site_isolation`` policy on PostgreSQL.

The SQLite guard trigger of issued invoices lists the columns it keeps unchanged: it is
created again with the new columns (PostgreSQL's guard compares whole rows).

Revision ID: 0010_einvoicing
Revises: 0009_carpass_work_description
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_einvoicing"
down_revision = "0009_carpass_work_description"
branch_labels = None
depends_on = None

STATES = "'queued', 'sending', 'sent', 'delivered', 'refused', 'unknown', 'not_registered'"
CLOSED = "state NOT IN ('refused', 'not_registered')"
INVOICE_MESSAGE = "atelier: invoice rows are legally protected records: UPDATE refused"


def _invoice_update_trigger(connection) -> None:
    """The SQLite guard of revision 0008, over the invoice's columns as they are now."""
    columns = [c["name"] for c in sa.inspect(connection).get_columns("invoice") if c["name"] != "cancelled_by_id"]
    same = " AND ".join(f'NEW."{c}" IS OLD."{c}"' for c in columns)
    op.execute(
        'CREATE TRIGGER "immutable_invoice_update" BEFORE UPDATE ON "invoice" WHEN NOT ('
        "OLD.kind = 'invoice' AND OLD.cancelled_by_id IS NULL AND NEW.cancelled_by_id IS NOT NULL AND "
        f"{same} AND EXISTS (SELECT 1 FROM invoice AS note WHERE note.id = NEW.cancelled_by_id "
        "AND note.kind = 'credit_note' AND note.cancels_id = OLD.id)) "
        f"BEGIN SELECT RAISE(ABORT, '{INVOICE_MESSAGE}'); END")


def upgrade() -> None:
    """Add the columns and the two tables."""
    connection = op.get_bind()
    sqlite = connection.dialect.name == "sqlite"
    op.add_column("customer", sa.Column("enterprise_number", sa.String(length=10), nullable=False, server_default=""))
    op.add_column("customer", sa.Column("peppol_id", sa.String(length=80), nullable=False, server_default=""))
    if sqlite:
        op.execute('DROP TRIGGER "immutable_invoice_update"')
    op.add_column("invoice", sa.Column("payer_country", sa.String(length=2), nullable=True))
    op.add_column("invoice", sa.Column("period_start", sa.DateTime(timezone=True), nullable=True))
    op.add_column("invoice", sa.Column("period_end", sa.DateTime(timezone=True), nullable=True))
    if sqlite:
        _invoice_update_trigger(connection)
    op.create_table(
        "einvoice_sending",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.String(length=36), nullable=False),
        sa.Column("document_type", sa.String(length=12), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("recipient", sa.String(length=100), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("claimed_by", sa.String(length=36), nullable=True),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("provider_id", sa.String(length=100), nullable=True),
        sa.Column("provider_status", sa.String(length=40), nullable=True),
        sa.Column("last_message", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("delivered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(f"state IN ({STATES})", name=op.f("ck_einvoice_sending_state")),
        sa.CheckConstraint("document_type IN ('invoice', 'credit_note')",
                           name=op.f("ck_einvoice_sending_document_type")),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_einvoice_sending_site_id_site")),
        sa.ForeignKeyConstraint(["invoice_id"], ["invoice.id"], name=op.f("fk_einvoice_sending_invoice_id_invoice")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_einvoice_sending")),
        sa.UniqueConstraint("document_id", name=op.f("uq_einvoice_sending_document_id")),
    )
    op.create_index(op.f("ix_einvoice_sending_invoice_id"), "einvoice_sending", ["invoice_id"])
    op.create_index("ix_einvoice_sending_site_state", "einvoice_sending", ["site_id", "state"])
    op.create_index("uq_einvoice_sending_open", "einvoice_sending", ["invoice_id"], unique=True,
                    sqlite_where=sa.text(CLOSED), postgresql_where=sa.text(CLOSED))
    op.create_table(
        "einvoice_call",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("sending_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("login", sa.String(length=64), nullable=True),
        sa.Column("operation", sa.String(length=16), nullable=False),
        sa.Column("attempt", sa.Integer(), nullable=False),
        sa.Column("http_status", sa.Integer(), nullable=True),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("duration_ms", sa.Integer(), nullable=False),
        sa.Column("response", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_einvoice_call_site_id_site")),
        sa.ForeignKeyConstraint(["sending_id"], ["einvoice_sending.id"],
                                name=op.f("fk_einvoice_call_sending_id_einvoice_sending")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_einvoice_call")),
    )
    op.create_index(op.f("ix_einvoice_call_site_id"), "einvoice_call", ["site_id"])
    op.create_index(op.f("ix_einvoice_call_sending_id"), "einvoice_call", ["sending_id"])
    if connection.dialect.name == "postgresql":
        # The same site policy as every site-owned table (see revision 0007).
        condition = ("coalesce(current_setting('atelier.site_ids', true), '') = '' OR site_id = ANY "
                     "(string_to_array(current_setting('atelier.site_ids', true), ',')::int[])")
        for table in ("einvoice_sending", "einvoice_call"):
            op.execute(f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY')
            op.execute(f'ALTER TABLE "{table}" FORCE ROW LEVEL SECURITY')
            op.execute(f'CREATE POLICY site_isolation ON "{table}" USING ({condition}) WITH CHECK ({condition})')


def downgrade() -> None:
    """Drop the tables and the columns (the SQLite guard is created again without them)."""
    connection = op.get_bind()
    op.drop_table("einvoice_call")
    op.drop_index("uq_einvoice_sending_open", table_name="einvoice_sending")
    op.drop_table("einvoice_sending")
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        op.execute('DROP TRIGGER "immutable_invoice_update"')
    for column in ("period_end", "period_start", "payer_country"):
        op.drop_column("invoice", column)
    if sqlite:
        _invoice_update_trigger(connection)
    op.drop_column("customer", "peppol_id")
    op.drop_column("customer", "enterprise_number")
