"""tamper_evidence: the hash-chained ledger, REPLACE-proof protected rows, and the invoiced
rental dossier frozen at the database.

- ``ledger_entry`` (one per chained record: canonical content, its SHA-256, the previous
  entry's hash, the entry's hash) and ``ledger_head`` (per site and kind: length and last
  hash, the row locked while appending). Existing records are chained here, per site and
  kind in id order (see app/core/ledger and docs/decisions/reliability-hash-chain.md).
- SQLite: ``INSERT OR REPLACE``, ``REPLACE INTO`` and ``UPDATE OR REPLACE`` delete the rows
  they collide with without firing DELETE triggers (unless ``recursive_triggers``, which a
  raw client does not set). A BEFORE INSERT trigger on every protected table refuses a row
  whose primary key or any unique key matches a protected row (an UPSERT's insert half is
  refused by the same trigger, its update half by the UPDATE triggers of 0008); where some
  rows of the table stay writable (outbox readings, dossiers not invoiced) a BEFORE UPDATE
  trigger refuses an update taking a protected row's unique key.
- ``rental_dossier`` once invoiced: UPDATE and DELETE refused, except un-freezing it
  (``invoiced`` back to false, only the version stamp moving too) once none of its invoices
  is left uncancelled — what issuing the credit notes does.
- ``ledger_entry`` append-only; ``ledger_head`` starts empty and only ever moves to the
  entry just appended (length + 1, that entry's hash).
- PostgreSQL: row-level security, policy and grants of revision 0011 for the two tables.

Revision ID: 0015_tamper_evidence
Revises: 0014_rental_authorisations
"""

import sqlalchemy as sa
from alembic import op

revision = "0015_tamper_evidence"
down_revision = "0014_rental_authorisations"
branch_labels = None
depends_on = None

UTC = sa.DateTime(timezone=True)
KINDS = "kind IN ('invoice', 'credit_note', 'payment', 'journal_entry', 'carpass_reading')"
MESSAGE = "atelier: {table} rows are legally protected records: {op} refused"
DOSSIER_MESSAGE = "atelier: an invoiced rental_dossier is frozen: {op} refused"
# table -> condition on an existing row ("existing": not "old", which SQLite would read as the
# trigger's OLD row) that makes it protected ("" = every row)
PROTECTED = {
    "invoice": "", "invoice_line": "", "invoice_vat_line": "", "payment": "", "journal_entry": "",
    "invoice_mail": "", "rental_extension": "", "ledger_entry": "", "ledger_head": "",
    "carpass_reading": "existing.request_guid IS NOT NULL", "rental_dossier": "existing.invoiced",
}
PARTLY_WRITABLE = ("carpass_reading", "rental_dossier")
DOSSIER_STAMP = ("invoiced", "version", "updated_at", "updated_by")
GENESIS = "0" * 64  # a new chain's head: no entry yet (app.core.ledger.chain.GENESIS)


def _tables() -> None:
    op.create_table(
        "ledger_head",
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("length", sa.Integer(), nullable=False),
        sa.Column("head_hash", sa.String(64), nullable=False),
        sa.CheckConstraint(KINDS, name=op.f("ck_ledger_head_kind")),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_ledger_head_site_id_site")),
        sa.PrimaryKeyConstraint("site_id", "kind", name=op.f("pk_ledger_head")),
    )
    op.create_table(
        "ledger_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("created_at", UTC, nullable=False),
        sa.CheckConstraint(KINDS, name=op.f("ck_ledger_entry_kind")),
        sa.CheckConstraint("seq > 0", name=op.f("ck_ledger_entry_seq_positive")),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_ledger_entry_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_entry")),
        sa.UniqueConstraint("site_id", "kind", "seq", name=op.f("uq_ledger_entry_site_id_kind_seq")),
        sa.UniqueConstraint("kind", "record_id", name=op.f("uq_ledger_entry_kind_record_id")),
    )
    op.create_index(op.f("ix_ledger_entry_site_id"), "ledger_entry", ["site_id"])


def unique_keys(connection, table: str) -> list[list[str]]:
    """The primary key and every unique key (constraint or full unique index) of a table."""
    inspector = sa.inspect(connection)
    keys = [inspector.get_pk_constraint(table)["constrained_columns"]]
    keys += [u["column_names"] for u in inspector.get_unique_constraints(table)]
    keys += [i["column_names"] for i in inspector.get_indexes(table)
             if i["unique"] and (i.get("dialect_options") or {}).get("sqlite_where") is None]
    unique = []
    for key in keys:
        if key and key not in unique:
            unique.append(key)
    return unique


def _collides(connection, table: str) -> str:
    keys = " OR ".join("(" + " AND ".join(f'existing."{c}" = NEW."{c}"' for c in key) + ")"
                       for key in unique_keys(connection, table))
    return f"({keys})"


def _sqlite_replace_guards(connection) -> None:
    for table, protected in PROTECTED.items():
        condition = f"{_collides(connection, table)}{f' AND {protected}' if protected else ''}"
        refusal = MESSAGE.format(table=table, op="REPLACE")
        op.execute(f'CREATE TRIGGER "no_replace_{table}_insert" BEFORE INSERT ON "{table}" WHEN EXISTS '
                   f'(SELECT 1 FROM "{table}" AS existing WHERE {condition}) '
                   f"BEGIN SELECT RAISE(ABORT, '{refusal}'); END")
        if table in PARTLY_WRITABLE:
            op.execute(f'CREATE TRIGGER "no_replace_{table}_update" BEFORE UPDATE ON "{table}" WHEN EXISTS '
                       f'(SELECT 1 FROM "{table}" AS existing WHERE existing.rowid <> OLD.rowid AND {condition}) '
                       f"BEGIN SELECT RAISE(ABORT, '{refusal}'); END")


def _sqlite_frozen(connection) -> None:
    for operation in ("UPDATE", "DELETE"):
        op.execute(f'CREATE TRIGGER "immutable_ledger_entry_{operation.lower()}" BEFORE {operation} ON ledger_entry '
                   f"BEGIN SELECT RAISE(ABORT, '{MESSAGE.format(table='ledger_entry', op=operation)}'); END")
    op.execute('CREATE TRIGGER "immutable_ledger_head_insert" BEFORE INSERT ON ledger_head WHEN NOT ('
               f"NEW.length = 0 AND NEW.head_hash = '{GENESIS}') "
               f"BEGIN SELECT RAISE(ABORT, '{MESSAGE.format(table='ledger_head', op='INSERT')}'); END")
    op.execute('CREATE TRIGGER "immutable_ledger_head_update" BEFORE UPDATE ON ledger_head WHEN NOT ('
               "NEW.site_id = OLD.site_id AND NEW.kind = OLD.kind AND NEW.length = OLD.length + 1 AND "
               "NEW.head_hash IS (SELECT hash FROM ledger_entry WHERE site_id = NEW.site_id AND kind = NEW.kind "
               "AND seq = NEW.length)) "
               f"BEGIN SELECT RAISE(ABORT, '{MESSAGE.format(table='ledger_head', op='UPDATE')}'); END")
    op.execute('CREATE TRIGGER "immutable_ledger_head_delete" BEFORE DELETE ON ledger_head '
               f"BEGIN SELECT RAISE(ABORT, '{MESSAGE.format(table='ledger_head', op='DELETE')}'); END")
    columns = [c["name"] for c in sa.inspect(connection).get_columns("rental_dossier")
               if c["name"] not in DOSSIER_STAMP]
    same = " AND ".join(f'NEW."{c}" IS OLD."{c}"' for c in columns)
    op.execute(
        'CREATE TRIGGER "frozen_rental_dossier_update" BEFORE UPDATE ON rental_dossier WHEN OLD.invoiced AND NOT ('
        f"NOT NEW.invoiced AND {same} AND NOT EXISTS (SELECT 1 FROM invoice WHERE invoice.dossier_id = OLD.id "
        "AND invoice.kind = 'invoice' AND invoice.cancelled_by_id IS NULL)) "
        f"BEGIN SELECT RAISE(ABORT, '{DOSSIER_MESSAGE.format(op='UPDATE')}'); END")
    op.execute('CREATE TRIGGER "frozen_rental_dossier_delete" BEFORE DELETE ON rental_dossier WHEN OLD.invoiced '
               f"BEGIN SELECT RAISE(ABORT, '{DOSSIER_MESSAGE.format(op='DELETE')}'); END")


_PG_HEAD = f"""
CREATE FUNCTION atelier_ledger_head_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' AND NEW.length = 0 AND NEW.head_hash = '{GENESIS}' THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.site_id = OLD.site_id AND NEW.kind = OLD.kind AND NEW.length = OLD.length + 1
            AND EXISTS (SELECT 1 FROM ledger_entry AS e WHERE e.site_id = NEW.site_id AND e.kind = NEW.kind
                        AND e.seq = NEW.length AND e.hash = NEW.head_hash) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'atelier: ledger_head rows are legally protected records: % refused', TG_OP
        USING ERRCODE = 'restrict_violation';
END $$
"""

_PG_DOSSIER = f"""
CREATE FUNCTION atelier_rental_dossier_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT OLD.invoiced THEN
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND NOT NEW.invoiced
            AND (to_jsonb(NEW) - ARRAY[{", ".join(f"'{c}'" for c in DOSSIER_STAMP)}])
                = (to_jsonb(OLD) - ARRAY[{", ".join(f"'{c}'" for c in DOSSIER_STAMP)}])
            AND NOT EXISTS (SELECT 1 FROM invoice WHERE invoice.dossier_id = OLD.id AND invoice.kind = 'invoice'
                            AND invoice.cancelled_by_id IS NULL) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'atelier: an invoiced rental_dossier is frozen: % refused', TG_OP
        USING ERRCODE = 'restrict_violation';
END $$
"""


def _pg_frozen() -> None:
    op.execute(_PG_HEAD)
    op.execute(_PG_DOSSIER)
    for table, function, operations in (("ledger_entry", "atelier_refuse_change", "UPDATE OR DELETE"),
                                        ("ledger_head", "atelier_ledger_head_guard", "INSERT OR UPDATE OR DELETE")):
        op.execute(f'CREATE TRIGGER "immutable_{table}" BEFORE {operations} ON {table} '
                   f"FOR EACH ROW EXECUTE FUNCTION {function}()")
        op.execute(f'CREATE TRIGGER "immutable_{table}_truncate" BEFORE TRUNCATE ON {table} '
                   "FOR EACH STATEMENT EXECUTE FUNCTION atelier_refuse_change()")
    op.execute('CREATE TRIGGER "frozen_rental_dossier" BEFORE UPDATE OR DELETE ON rental_dossier '
               "FOR EACH ROW EXECUTE FUNCTION atelier_rental_dossier_frozen()")


def _pg_secure(connection) -> None:
    """Row-level security, the site policy and the clerks' grants (entries insert-only)."""
    from app.core.db.server_roles import CLERK, group_role

    name = connection.execute(sa.text("SELECT current_database()")).scalar_one()
    clerk = f'"{group_role(name, CLERK)}"'
    condition = "site_id = ANY ((SELECT atelier_session_sites())::integer[])"
    for table, grants in (("ledger_entry", "SELECT, INSERT"), ("ledger_head", "SELECT, INSERT, UPDATE")):
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
        op.execute(f"REVOKE ALL ON {table} FROM PUBLIC")
        op.execute(f"CREATE POLICY atelier_site ON {table} FOR ALL USING ({condition}) WITH CHECK ({condition})")
        op.execute(f"GRANT {grants} ON {table} TO {clerk}")
    op.execute("REVOKE ALL ON SEQUENCE ledger_entry_id_seq FROM PUBLIC")
    op.execute(f"GRANT USAGE, SELECT ON SEQUENCE ledger_entry_id_seq TO {clerk}")


def upgrade() -> None:
    """Create the ledger, chain the existing records, install the triggers."""
    from app.core.ledger.chain import backfill

    connection = op.get_bind()
    sqlite = connection.dialect.name == "sqlite"
    _tables()
    backfill(connection)
    if sqlite:
        _sqlite_replace_guards(connection)
        _sqlite_frozen(connection)
    else:
        _pg_frozen()
        _pg_secure(connection)


def downgrade() -> None:
    """Drop the triggers and the ledger."""
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        for table in PROTECTED:
            op.execute(f'DROP TRIGGER IF EXISTS "no_replace_{table}_insert"')
            op.execute(f'DROP TRIGGER IF EXISTS "no_replace_{table}_update"')
        for operation in ("update", "delete"):
            op.execute(f'DROP TRIGGER IF EXISTS "frozen_rental_dossier_{operation}"')
    else:
        op.execute('DROP TRIGGER IF EXISTS "frozen_rental_dossier" ON rental_dossier')
        op.execute("DROP FUNCTION IF EXISTS atelier_rental_dossier_frozen()")
    op.drop_table("ledger_entry")
    op.drop_table("ledger_head")
    if connection.dialect.name != "sqlite":
        op.execute("DROP FUNCTION IF EXISTS atelier_ledger_head_guard()")
