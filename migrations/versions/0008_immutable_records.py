"""Immutability below the application: database triggers refuse UPDATE and DELETE of issued
invoices and credit notes (with their lines and VAT lines), payment lines, journal entries,
the invoice e-mail log and acknowledged Car-Pass readings — even from a raw SQL session.

What stays allowed (the only changes the application makes to such rows):

- ``invoice``: linking an invoice to the credit note that cancels it — ``cancelled_by_id``
  from NULL to the id of a credit note whose ``cancels_id`` is this invoice, nothing else
  changed, once.
- ``carpass_reading`` once acknowledged (``request_guid`` set): the status polling and the
  anomaly answer change ``state`` (to sent / anomaly / failed), ``server_status``,
  ``last_message`` and ``anomaly_answered`` (never back to false); every other column, and
  deleting the row, is refused. Readings without a requestGuid are the outbox's working rows
  and stay free.

SQLite: ``RAISE(ABORT)`` triggers (the error is an IntegrityError); the column lists are read
from the schema at this revision. A later migration that rebuilds one of these tables on
SQLite (batch mode drops its triggers) must create them again. PostgreSQL: PL/pgSQL
trigger functions raising ``restrict_violation`` (IntegrityError), plus statement triggers
refusing TRUNCATE. ``session_replication_role = replica`` (superuser only) disables them,
as it does every trigger.

Revision ID: 0008_immutable_records
Revises: 0007_row_level_security
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_immutable_records"
down_revision = "0007_row_level_security"
branch_labels = None
depends_on = None

FROZEN_TABLES = ("invoice_line", "invoice_vat_line", "payment", "journal_entry", "invoice_mail")
PROTECTED_TABLES = ("invoice", *FROZEN_TABLES, "carpass_reading")
READING_MUTABLE = ("state", "server_status", "last_message", "anomaly_answered")
READING_STATES_AFTER_ACK = ("sent", "anomaly", "failed")
MESSAGE = "atelier: {table} rows are legally protected records: {op} refused"


def _columns(connection, table: str) -> list[str]:
    return [c["name"] for c in sa.inspect(connection).get_columns(table)]


def _same(columns) -> str:
    return " AND ".join(f'NEW."{c}" IS OLD."{c}"' for c in columns)


def _states() -> str:
    return ", ".join(f"'{s}'" for s in READING_STATES_AFTER_ACK)


def _sqlite_upgrade(connection) -> None:
    for table in FROZEN_TABLES:
        for operation in ("UPDATE", "DELETE"):
            op.execute(f'CREATE TRIGGER "immutable_{table}_{operation.lower()}" BEFORE {operation} ON "{table}" '
                       f"BEGIN SELECT RAISE(ABORT, '{MESSAGE.format(table=table, op=operation)}'); END")
    others = [c for c in _columns(connection, "invoice") if c != "cancelled_by_id"]
    op.execute(
        'CREATE TRIGGER "immutable_invoice_update" BEFORE UPDATE ON "invoice" WHEN NOT ('
        "OLD.kind = 'invoice' AND OLD.cancelled_by_id IS NULL AND NEW.cancelled_by_id IS NOT NULL AND "
        f"{_same(others)} AND EXISTS (SELECT 1 FROM invoice AS note WHERE note.id = NEW.cancelled_by_id "
        "AND note.kind = 'credit_note' AND note.cancels_id = OLD.id)) "
        f"BEGIN SELECT RAISE(ABORT, '{MESSAGE.format(table='invoice', op='UPDATE')}'); END")
    op.execute('CREATE TRIGGER "immutable_invoice_delete" BEFORE DELETE ON "invoice" '
               f"BEGIN SELECT RAISE(ABORT, '{MESSAGE.format(table='invoice', op='DELETE')}'); END")
    fixed = [c for c in _columns(connection, "carpass_reading") if c not in READING_MUTABLE]
    op.execute(
        'CREATE TRIGGER "immutable_carpass_reading_update" BEFORE UPDATE ON "carpass_reading" '
        f"WHEN OLD.request_guid IS NOT NULL AND NOT ({_same(fixed)} AND NEW.state IN ({_states()}) "
        "AND (NOT OLD.anomaly_answered OR NEW.anomaly_answered)) "
        f"BEGIN SELECT RAISE(ABORT, '{MESSAGE.format(table='carpass_reading', op='UPDATE')}'); END")
    op.execute(
        'CREATE TRIGGER "immutable_carpass_reading_delete" BEFORE DELETE ON "carpass_reading" '
        "WHEN OLD.request_guid IS NOT NULL "
        f"BEGIN SELECT RAISE(ABORT, '{MESSAGE.format(table='carpass_reading', op='DELETE')}'); END")


_PG_REFUSE = """
CREATE FUNCTION atelier_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'atelier: % rows are legally protected records: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'restrict_violation';
END $$
"""

_PG_INVOICE = """
CREATE FUNCTION atelier_invoice_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.kind = 'invoice' AND OLD.cancelled_by_id IS NULL
            AND NEW.cancelled_by_id IS NOT NULL
            AND (to_jsonb(NEW) - 'cancelled_by_id') = (to_jsonb(OLD) - 'cancelled_by_id')
            AND EXISTS (SELECT 1 FROM invoice AS note WHERE note.id = NEW.cancelled_by_id
                        AND note.kind = 'credit_note' AND note.cancels_id = OLD.id) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'atelier: invoice rows are legally protected records: % refused', TG_OP
        USING ERRCODE = 'restrict_violation';
END $$
"""

_PG_READING = f"""
CREATE FUNCTION atelier_carpass_reading_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.request_guid IS NULL THEN
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE'
            AND (to_jsonb(NEW) - ARRAY[{", ".join(f"'{c}'" for c in READING_MUTABLE)}])
                = (to_jsonb(OLD) - ARRAY[{", ".join(f"'{c}'" for c in READING_MUTABLE)}])
            AND NEW.state IN ({_states()})
            AND (NOT OLD.anomaly_answered OR NEW.anomaly_answered) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'atelier: acknowledged carpass_reading rows are legally protected records: % refused', TG_OP
        USING ERRCODE = 'restrict_violation';
END $$
"""


def _pg_upgrade() -> None:
    op.execute(_PG_REFUSE)
    op.execute(_PG_INVOICE)
    op.execute(_PG_READING)
    functions = {table: "atelier_refuse_change" for table in FROZEN_TABLES}
    functions.update(invoice="atelier_invoice_guard", carpass_reading="atelier_carpass_reading_guard")
    for table, function in functions.items():
        op.execute(f'CREATE TRIGGER "immutable_{table}" BEFORE UPDATE OR DELETE ON "{table}" '
                   f"FOR EACH ROW EXECUTE FUNCTION {function}()")
        op.execute(f'CREATE TRIGGER "immutable_{table}_truncate" BEFORE TRUNCATE ON "{table}" '
                   "FOR EACH STATEMENT EXECUTE FUNCTION atelier_refuse_change()")


def upgrade() -> None:
    """Install the triggers for the connected back-end."""
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        _pg_upgrade()
    else:
        _sqlite_upgrade(connection)


def downgrade() -> None:
    """Remove the triggers (and the PostgreSQL functions)."""
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        for table in PROTECTED_TABLES:
            op.execute(f'DROP TRIGGER IF EXISTS "immutable_{table}" ON "{table}"')
            op.execute(f'DROP TRIGGER IF EXISTS "immutable_{table}_truncate" ON "{table}"')
        for function in ("atelier_refuse_change", "atelier_invoice_guard", "atelier_carpass_reading_guard"):
            op.execute(f"DROP FUNCTION IF EXISTS {function}()")
        return
    for table in PROTECTED_TABLES:
        for operation in ("update", "delete"):
            op.execute(f'DROP TRIGGER IF EXISTS "immutable_{table}_{operation}"')
