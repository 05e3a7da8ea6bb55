"""carpass_sending: the outbox of Car-Pass readings and the raw call history.

Revision ID: 0005_carpass_sending
Revises: 0004_rental
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_carpass_sending"
down_revision = "0004_rental"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create carpass_reading and carpass_call."""
    op.create_table(
        "carpass_reading",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("dossier_id", sa.Integer(), nullable=False),
        sa.Column("idempotency_key", sa.String(length=36), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("vin", sa.String(length=30), nullable=False),
        sa.Column("odometer", sa.Integer(), nullable=False),
        sa.Column("reading_date", sa.Date(), nullable=False),
        sa.Column("checks", sa.Text(), nullable=False),
        sa.Column("confirmed_by", sa.String(length=64), nullable=True),
        sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("claimed_by", sa.String(length=36), nullable=True),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("request_guid", sa.String(length=64), nullable=True),
        sa.Column("server_status", sa.String(length=40), nullable=True),
        sa.Column("last_message", sa.Text(), nullable=True),
        sa.Column("anomaly_answered", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "state IN ('blocked', 'queued', 'sending', 'sent', 'anomaly', 'failed', 'unknown', 'superseded')",
            name=op.f("ck_carpass_reading_state"),
        ),
        sa.ForeignKeyConstraint(["dossier_id"], ["dossier.id"], name=op.f("fk_carpass_reading_dossier_id_dossier")),
        sa.ForeignKeyConstraint(["entry_id"], ["carpass_entry.id"],
                                name=op.f("fk_carpass_reading_entry_id_carpass_entry")),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_carpass_reading_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_carpass_reading")),
        sa.UniqueConstraint("idempotency_key", name=op.f("uq_carpass_reading_idempotency_key")),
    )
    op.create_index(op.f("ix_carpass_reading_entry_id"), "carpass_reading", ["entry_id"])
    op.create_index(op.f("ix_carpass_reading_request_guid"), "carpass_reading", ["request_guid"])
    op.create_index("ix_carpass_reading_site_state", "carpass_reading", ["site_id", "state"])
    op.create_index("ix_carpass_reading_vin_state", "carpass_reading", ["vin", "state"])
    op.create_table(
        "carpass_call",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("reading_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("login", sa.String(length=64), nullable=True),
        sa.Column("operation", sa.String(length=16), nullable=False),
        sa.Column("attempt", sa.Integer(), nullable=False),
        sa.Column("http_status", sa.Integer(), nullable=True),
        sa.Column("outcome", sa.String(length=12), nullable=False),
        sa.Column("duration_ms", sa.Integer(), nullable=False),
        sa.Column("request_guid", sa.String(length=64), nullable=True),
        sa.Column("response", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["reading_id"], ["carpass_reading.id"],
                                name=op.f("fk_carpass_call_reading_id_carpass_reading")),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_carpass_call_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_carpass_call")),
    )
    op.create_index(op.f("ix_carpass_call_reading_id"), "carpass_call", ["reading_id"])
    op.create_index(op.f("ix_carpass_call_site_id"), "carpass_call", ["site_id"])


def downgrade() -> None:
    """Drop carpass_call and carpass_reading."""
    op.drop_index(op.f("ix_carpass_call_site_id"), table_name="carpass_call")
    op.drop_index(op.f("ix_carpass_call_reading_id"), table_name="carpass_call")
    op.drop_table("carpass_call")
    op.drop_index("ix_carpass_reading_vin_state", table_name="carpass_reading")
    op.drop_index("ix_carpass_reading_site_state", table_name="carpass_reading")
    op.drop_index(op.f("ix_carpass_reading_request_guid"), table_name="carpass_reading")
    op.drop_index(op.f("ix_carpass_reading_entry_id"), table_name="carpass_reading")
    op.drop_table("carpass_reading")
