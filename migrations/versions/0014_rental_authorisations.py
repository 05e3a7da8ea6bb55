"""rental_authorisations: authorisations as the assistance companies work them, bill splits,
deposits, extras, return inspections and the link to the repair dossier.

- ``rental_dossier``: the authorisation's number, contact and daily cap; the sums kept at
  each save (covered days, days the client agreed to pay, end of the agreed period); the
  deposit asked; the repair dossier the car replaces (its id, no foreign key: see
  docs/decisions/rental-repair-link.md).
- ``rental_extension``: every extension, append-only (who asked, days, new return, who
  entered it, when); UPDATE and DELETE refused by triggers like the legal records of 0008.
- ``agreement``: the bill-split rules (insurer percentage, daily cap, VAT to the client).
- ``tariff``: the deposit a rental at that tariff asks; ``tariff_extra``: each tariff's
  catalogue of extras; ``rental_dossier_extra``: the extras taken on a dossier.
- ``payment.kind``: payment, deposit, deposit refund, deposit applied to the invoices.
- ``rental_damage`` and ``rental_damage_photo``: damages of the fleet with their photos
  (kept in the database: every station of a shared database sees them).
- ``dossier`` (repair dossiers): planned end and end of the work.

PostgreSQL: each new table gets row-level security enabled and forced, the policy and the
group grants revision 0011 gives every table (site-owned: its site policy; the catalogue:
its company policy, written by admins; the extensions: insert-only).
SQLite: columns are added in place (no table rebuilt, so the triggers of 0004 and 0008 stay).

Revision ID: 0014_rental_authorisations
Revises: 0013_carpass_outbox
"""

import sqlalchemy as sa
from alembic import op

revision = "0014_rental_authorisations"
down_revision = "0013_carpass_outbox"
branch_labels = None
depends_on = None

UTC = sa.DateTime(timezone=True)
MONEY = sa.BigInteger()
EXTENSION_MESSAGE = "atelier: rental_extension rows are an append-only history: {op} refused"
PAYMENT_KINDS = "'payment', 'deposit', 'deposit_refund', 'deposit_applied'"
# table -> (policy column, grants to the clerk group, grants to the admin group)
NEW_TABLES = {
    "rental_extension": ("site_id", "SELECT, INSERT", ""),
    "tariff_extra": ("company_id", "SELECT", "INSERT, UPDATE, DELETE"),
    "rental_dossier_extra": ("site_id", "SELECT, INSERT, UPDATE, DELETE", ""),
    "rental_damage": ("site_id", "SELECT, INSERT, UPDATE, DELETE", ""),
    "rental_damage_photo": ("site_id", "SELECT, INSERT, DELETE", ""),
}


def _columns() -> None:
    for _name, column in (
            ("pec_authorisation_number", sa.Column("pec_authorisation_number", sa.String(40), nullable=False,
                                                   server_default="")),
            ("pec_contact", sa.Column("pec_contact", sa.String(120), nullable=False, server_default="")),
            ("pec_contact_phone", sa.Column("pec_contact_phone", sa.String(40), nullable=False, server_default="")),
            ("pec_contact_email", sa.Column("pec_contact_email", sa.String(120), nullable=False, server_default="")),
            ("pec_daily_cap", sa.Column("pec_daily_cap", MONEY, nullable=True)),
            ("covered_days", sa.Column("covered_days", sa.Integer(), nullable=True)),
            ("client_days_agreed", sa.Column("client_days_agreed", sa.Integer(), nullable=False, server_default="0")),
            ("agreed_until", sa.Column("agreed_until", UTC, nullable=True)),
            ("deposit_amount", sa.Column("deposit_amount", MONEY, nullable=True))):
        op.add_column("rental_dossier", column)
    # No foreign key to the Car-Pass module's table: the rental's models must load without it
    # (docs/decisions/rental-repair-link.md); the service checks the link on save.
    op.add_column("rental_dossier", sa.Column("repair_dossier_id", sa.Integer(), nullable=True))
    op.create_index(op.f("ix_rental_dossier_repair_dossier_id"), "rental_dossier", ["repair_dossier_id"])
    # Existing PEC dossiers: no extension yet, so the covered days are the authorised ones.
    op.execute("UPDATE rental_dossier SET covered_days = pec_days, agreed_until = pec_until WHERE is_pec")
    op.add_column("agreement", sa.Column("vat_to_client", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column("tariff", sa.Column("deposit", MONEY, nullable=False, server_default="0"))
    op.add_column("dossier", sa.Column("work_planned_end", UTC, nullable=True))
    op.add_column("dossier", sa.Column("work_finished_at", UTC, nullable=True))


def _checks(sqlite: bool) -> None:
    """CHECK constraints on added columns (SQLite: in the column definition, no rebuild)."""
    if sqlite:
        op.execute("ALTER TABLE payment ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'payment' "
                   f"CONSTRAINT ck_payment_kind CHECK (kind IN ({PAYMENT_KINDS}))")
        op.execute("ALTER TABLE agreement ADD COLUMN insurer_pct BIGINT NOT NULL DEFAULT 10000 "
                   "CONSTRAINT ck_agreement_insurer_pct CHECK (insurer_pct > 0 AND insurer_pct <= 10000)")
        op.execute("ALTER TABLE agreement ADD COLUMN daily_cap BIGINT "
                   "CONSTRAINT ck_agreement_daily_cap CHECK (daily_cap IS NULL OR daily_cap > 0)")
        return
    op.add_column("agreement", sa.Column("insurer_pct", sa.BigInteger(), nullable=False, server_default="10000"))
    op.add_column("agreement", sa.Column("daily_cap", MONEY, nullable=True))
    op.add_column("payment", sa.Column("kind", sa.String(16), nullable=False, server_default="payment"))
    op.create_check_constraint(op.f("ck_payment_kind"), "payment", f"kind IN ({PAYMENT_KINDS})")
    op.create_check_constraint(op.f("ck_agreement_insurer_pct"), "agreement",
                               "insurer_pct > 0 AND insurer_pct <= 10000")
    op.create_check_constraint(op.f("ck_agreement_daily_cap"), "agreement", "daily_cap IS NULL OR daily_cap > 0")


def _tables() -> None:
    op.create_table(
        "rental_extension",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("dossier_id", sa.Integer(), nullable=False),
        sa.Column("requested_by", sa.String(10), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("previous_return", UTC, nullable=False),
        sa.Column("new_return", UTC, nullable=False),
        sa.Column("reference", sa.String(40), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("entered_by", sa.String(64), nullable=False),
        sa.Column("entered_at", UTC, nullable=False),
        sa.CheckConstraint("requested_by IN ('assistance', 'client')", name=op.f("ck_rental_extension_requested_by")),
        sa.CheckConstraint("days >= 0", name=op.f("ck_rental_extension_days")),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_rental_extension_site_id_site")),
        sa.ForeignKeyConstraint(["dossier_id"], ["rental_dossier.id"],
                                name=op.f("fk_rental_extension_dossier_id_rental_dossier")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rental_extension")),
    )
    op.create_table(
        "tariff_extra",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("tariff_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(20), nullable=False),
        sa.Column("label", sa.String(120), nullable=False),
        sa.Column("unit", sa.String(8), nullable=False),
        sa.Column("price", MONEY, nullable=False),
        sa.Column("default_payer", sa.String(8), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.CheckConstraint("unit IN ('rental', 'day')", name=op.f("ck_tariff_extra_unit")),
        sa.CheckConstraint("default_payer IN ('client', 'pec')", name=op.f("ck_tariff_extra_default_payer")),
        sa.CheckConstraint("price >= 0", name=op.f("ck_tariff_extra_price")),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], name=op.f("fk_tariff_extra_company_id_company")),
        sa.ForeignKeyConstraint(["tariff_id"], ["tariff.id"], name=op.f("fk_tariff_extra_tariff_id_tariff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tariff_extra")),
        sa.UniqueConstraint("tariff_id", "code", name=op.f("uq_tariff_extra_tariff_id_code")),
    )
    op.create_table(
        "rental_dossier_extra",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("dossier_id", sa.Integer(), nullable=False),
        sa.Column("extra_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("payer", sa.String(8), nullable=False),
        sa.Column("added_by", sa.String(64), nullable=False),
        sa.Column("added_at", UTC, nullable=False),
        sa.CheckConstraint("payer IN ('client', 'pec')", name=op.f("ck_rental_dossier_extra_payer")),
        sa.CheckConstraint("quantity >= 1", name=op.f("ck_rental_dossier_extra_quantity")),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_rental_dossier_extra_site_id_site")),
        sa.ForeignKeyConstraint(["dossier_id"], ["rental_dossier.id"],
                                name=op.f("fk_rental_dossier_extra_dossier_id_rental_dossier")),
        sa.ForeignKeyConstraint(["extra_id"], ["tariff_extra.id"],
                                name=op.f("fk_rental_dossier_extra_extra_id_tariff_extra")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rental_dossier_extra")),
    )
    op.create_table(
        "rental_damage",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("vehicle_id", sa.Integer(), nullable=False),
        sa.Column("dossier_id", sa.Integer(), nullable=True),
        sa.Column("stage", sa.String(10), nullable=False),
        sa.Column("zone", sa.String(60), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(64), nullable=False),
        sa.Column("recorded_at", UTC, nullable=False),
        sa.Column("repaired_at", UTC, nullable=True),
        sa.Column("repaired_by", sa.String(64), nullable=True),
        sa.CheckConstraint("stage IN ('departure', 'return', 'other')", name=op.f("ck_rental_damage_stage")),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_rental_damage_site_id_site")),
        sa.ForeignKeyConstraint(["vehicle_id"], ["fleet_vehicle.id"],
                                name=op.f("fk_rental_damage_vehicle_id_fleet_vehicle")),
        sa.ForeignKeyConstraint(["dossier_id"], ["rental_dossier.id"],
                                name=op.f("fk_rental_damage_dossier_id_rental_dossier")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rental_damage")),
    )
    op.create_table(
        "rental_damage_photo",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("damage_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(120), nullable=False),
        sa.Column("mime_type", sa.String(40), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("added_by", sa.String(64), nullable=False),
        sa.Column("added_at", UTC, nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_rental_damage_photo_site_id_site")),
        sa.ForeignKeyConstraint(["damage_id"], ["rental_damage.id"],
                                name=op.f("fk_rental_damage_photo_damage_id_rental_damage")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rental_damage_photo")),
    )
    for table, columns in (("rental_extension", ("site_id", "dossier_id")),
                           ("tariff_extra", ("company_id", "tariff_id")),
                           ("rental_dossier_extra", ("site_id", "dossier_id", "extra_id")),
                           ("rental_damage", ("site_id", "vehicle_id", "dossier_id")),
                           ("rental_damage_photo", ("site_id", "damage_id"))):
        for column in columns:
            op.create_index(op.f(f"ix_{table}_{column}"), table, [column])


def _append_only(sqlite: bool) -> None:
    """UPDATE and DELETE of an extension are refused below the application too."""
    if sqlite:
        for operation in ("UPDATE", "DELETE"):
            op.execute(f'CREATE TRIGGER "immutable_rental_extension_{operation.lower()}" BEFORE {operation} '
                       f"ON rental_extension BEGIN SELECT RAISE(ABORT, "
                       f"'{EXTENSION_MESSAGE.format(op=operation)}'); END")
        return
    op.execute('CREATE TRIGGER "immutable_rental_extension" BEFORE UPDATE OR DELETE ON rental_extension '
               "FOR EACH ROW EXECUTE FUNCTION atelier_refuse_change()")
    op.execute('CREATE TRIGGER "immutable_rental_extension_truncate" BEFORE TRUNCATE ON rental_extension '
               "FOR EACH STATEMENT EXECUTE FUNCTION atelier_refuse_change()")


def _secure_new_tables(connection) -> None:
    """Row-level security, policy and grants of revision 0011 for each new table."""
    from app.core.db.server_roles import ADMIN, CLERK, group_role

    name = connection.execute(sa.text("SELECT current_database()")).scalar_one()
    clerk, admin = (f'"{group_role(name, kind)}"' for kind in (CLERK, ADMIN))
    conditions = {"site_id": "site_id = ANY ((SELECT atelier_session_sites())::integer[])",
                  "company_id": "company_id = (SELECT atelier_session_company())"}
    for table, (column, clerk_grants, admin_grants) in NEW_TABLES.items():
        condition = conditions[column]
        policy = "atelier_site" if column == "site_id" else "atelier_company"
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
        op.execute(f"REVOKE ALL ON {table} FROM PUBLIC")
        op.execute(f"CREATE POLICY {policy} ON {table} FOR ALL USING ({condition}) WITH CHECK ({condition})")
        op.execute(f"GRANT {clerk_grants} ON {table} TO {clerk}")
        if admin_grants:
            op.execute(f"GRANT {admin_grants} ON {table} TO {admin}")
        op.execute(f"REVOKE ALL ON SEQUENCE {table}_id_seq FROM PUBLIC")
        op.execute(f"GRANT USAGE, SELECT ON SEQUENCE {table}_id_seq TO {clerk}")


def upgrade() -> None:
    """Add the columns, the tables, the triggers and (PostgreSQL) their security."""
    connection = op.get_bind()
    sqlite = connection.dialect.name == "sqlite"
    _columns()
    _checks(sqlite)
    _tables()
    _append_only(sqlite)
    if not sqlite:
        _secure_new_tables(connection)


def downgrade() -> None:
    """Drop the tables and the columns (SQLite 3.35 or later drops a column in place)."""
    connection = op.get_bind()
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        for operation in ("update", "delete"):
            op.execute(f'DROP TRIGGER IF EXISTS "immutable_rental_extension_{operation}"')
    for table in ("rental_damage_photo", "rental_damage", "rental_dossier_extra", "tariff_extra", "rental_extension"):
        op.drop_table(table)
    if not sqlite:
        op.drop_constraint(op.f("ck_payment_kind"), "payment", type_="check")
        op.drop_constraint(op.f("ck_agreement_insurer_pct"), "agreement", type_="check")
        op.drop_constraint(op.f("ck_agreement_daily_cap"), "agreement", type_="check")
    op.drop_column("payment", "kind")
    op.drop_column("dossier", "work_finished_at")
    op.drop_column("dossier", "work_planned_end")
    op.drop_column("tariff", "deposit")
    for column in ("vat_to_client", "daily_cap", "insurer_pct"):
        op.drop_column("agreement", column)
    op.drop_index(op.f("ix_rental_dossier_repair_dossier_id"), table_name="rental_dossier")
    for column in ("repair_dossier_id", "deposit_amount", "agreed_until", "client_days_agreed", "covered_days",
                   "pec_daily_cap", "pec_contact_email", "pec_contact_phone", "pec_contact",
                   "pec_authorisation_number"):
        op.drop_column("rental_dossier", column)
