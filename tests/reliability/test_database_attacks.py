"""A clerk opens psql with their own Atelier login on the shared PostgreSQL database
(docs/decisions/platform-database-roles.md): each attack of the security review is a test,
run as the clerk's own server role with plain SQL, outside the application."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from app.core.carpass.sending import credentials
from app.core.carpass.sending.endpoint import set_endpoint
from app.core.carpass.sending.sender import send_readings
from app.core.progress import run_to_end
from app.core.rental.invoicing.invoicing import invoice_dossier, issue_credit_notes
from app.core.rental.invoicing.payments import record_payment
from tests.carpass.sending.conftest import ESTABLISHMENT_A, ESTABLISHMENT_B, FAST, PASSWORD_A, PASSWORD_B, enrol
from tests.factories import PASSWORD
from tests.rental.invoicing.factories import make_contract, make_rental_world

pytestmark = pytest.mark.postgres

# Tables that must hold rows of site B for the "0 rows" sweep to mean something.
MUST_HOLD_B_ROWS = {"app_user", "site", "site_setting", "controls_value", "controls_change", "dossier",
                    "technician", "clock_event", "carpass_entry",
                    "carpass_entry_event", "carpass_reading", "carpass_call", "fleet_vehicle", "rental_dossier",
                    "invoice", "invoice_line", "invoice_vat_line", "invoice_counter", "payment",
                    "journal_entry"}
LEGAL_TABLES = ("invoice", "invoice_line", "invoice_vat_line", "payment", "journal_entry")


def connect_as(db, login: str, password: str = PASSWORD) -> psycopg.Connection:
    """What ``psql -U <login>@<db>`` gives the clerk: their own role, autocommit."""
    url = make_url(db.url)
    return psycopg.connect(host=url.host, port=url.port or 5432, dbname=url.database,
                           user=f"{login}@{url.database}", password=password, autocommit=True)


def refused(connection: psycopg.Connection, statement: str, params=None) -> str:
    """Run ``statement``; return the server's refusal (the test fails if it was accepted)."""
    try:
        connection.execute(statement, params)
    except psycopg.Error as exc:
        return f"{exc.sqlstate}: {exc}"
    raise AssertionError(f"accepted: {statement}")


@pytest.fixture
def shop(pg_world, simulator, memory_keyring):
    """Both sites with Car-Pass readings sent and acknowledged, rental contracts invoiced,
    credited and paid, controls values, users — all through the real services."""
    world = pg_world
    db = world.db
    from app.core.controls.values_service import set_value

    for admin, password in ((world.admin_a, PASSWORD_A), (world.admin_b, PASSWORD_B)):
        set_endpoint(db, admin, simulator.base_url)
        credentials.store_password(db, admin, password)
    rw = make_rental_world(db, world.company_id)
    for site, clerk, admin, number, vin in ((world.site_a, world.clerk_a, world.admin_a, 5001, "WAUZZZ8V3EA070544"),
                                            (world.site_b, world.clerk_b, world.admin_b, 7001, "WVWZZZ1KZAW000001")):
        entry = enrol(db, site, number, vin=vin)
        assert run_to_end(send_readings(db, clerk, entry_ids=[entry], options=FAST)).all_accepted
        for contract in (make_contract(db, site, rw), make_contract(db, site, rw)):
            invoices = invoice_dossier(db, clerk, contract)
            record_payment(db, clerk, contract, "25", "cash", "client")
        issue_credit_notes(db, clerk, contract, reason="erreur")
        set_value(db, admin, "agency_commission_rate.upper", "12,5")
    assert ESTABLISHMENT_A != ESTABLISHMENT_B and invoices
    return world


def _tables(db) -> dict[str, set[str]]:
    with db.engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'")).all()
    tables: dict[str, set[str]] = {}
    for table, column in rows:
        tables.setdefault(table, set()).add(column)
    return tables


def _rows_of_site(db, site_id: int) -> dict[str, tuple[str, list]]:
    """For every table: a WHERE clause a clerk can run and the values selecting the rows
    that belong to ``site_id`` — found by the superuser (site_id, or the parent row's)."""
    from tests.core.test_row_level_security import parent_of

    selections = {}
    with db.engine.connect() as connection:
        for table, columns in _tables(db).items():
            if table == "site":
                selections[table] = ("id = ANY(%s)", [site_id])
            elif "site_id" in columns:
                selections[table] = ("site_id = ANY(%s)", [site_id])
            elif parent_of(table):
                column, parent = parent_of(table)
                if parent == "tariff":  # a company-wide parent: no site's rows
                    continue
                ids = connection.execute(text(f'SELECT id FROM "{parent}" WHERE site_id = :s'),
                                         {"s": site_id}).scalars().all()
                selections[table] = (f'"{column}" = ANY(%s)', ids)
    return selections


def test_a_clerk_reads_no_row_of_another_site_from_any_table(shop):
    db = shop.db
    b_rows = _rows_of_site(db, shop.site_b)
    a_rows = _rows_of_site(db, shop.site_a)
    held_by_b = set()
    with db.engine.connect() as connection:
        for table, (where, values) in b_rows.items():
            count = connection.exec_driver_sql(f'SELECT count(*) FROM "{table}" WHERE {where}', (values,)).scalar()
            if count:
                held_by_b.add(table)
    assert MUST_HOLD_B_ROWS <= held_by_b, f"the data set lacks site B rows in {MUST_HOLD_B_ROWS - held_by_b}"
    seen_b, seen_a = {}, set()
    with connect_as(db, "clerk.a") as clerk:
        for table, (where, values) in sorted(b_rows.items()):
            if table == "login_attempt":
                continue
            seen = clerk.execute(f'SELECT count(*) FROM "{table}" WHERE {where}', (values,)).fetchone()[0]
            if seen:
                seen_b[table] = seen
            whole = clerk.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            own = clerk.execute(f'SELECT count(*) FROM "{table}" WHERE {a_rows[table][0]}',
                                (a_rows[table][1],)).fetchone()[0]
            assert whole == own, f"{table}: the clerk sees {whole} rows, {own} of them site A's"
            if own:
                seen_a.add(table)
        assert "42501" in refused(clerk, "SELECT * FROM login_attempt")
    assert seen_b == {}
    assert MUST_HOLD_B_ROWS <= seen_a  # control: the clerk does see their own site's rows


def test_setting_the_old_site_variable_changes_nothing(shop):
    with connect_as(shop.db, "clerk.a") as clerk:
        before = clerk.execute("SELECT count(*), count(DISTINCT site_id) FROM invoice").fetchone()
        for value in (str(shop.site_b), f"{shop.site_a},{shop.site_b}", ""):
            clerk.execute("SELECT set_config('atelier.site_ids', %s, false)", (value,))
            assert clerk.execute("SELECT count(*), count(DISTINCT site_id) FROM invoice").fetchone() == before
            assert clerk.execute("SELECT count(*) FROM invoice WHERE site_id = %s", (shop.site_b,)).fetchone()[0] == 0
        assert "42501" in refused(clerk, "INSERT INTO site_setting (site_id, key, value, updated_at) "
                                         "VALUES (%s, 'intrusion', 'x', now())", (shop.site_b,))
    assert before[1] == 1


def test_a_clerk_cannot_make_himself_admin(shop):
    with connect_as(shop.db, "clerk.a") as clerk:
        assert "42501" in refused(clerk, "UPDATE app_user SET role = 'admin' WHERE login = 'clerk.a'")
        assert "42501" in refused(clerk, "INSERT INTO app_user (login, full_name, password_hash, site_id, role, "
                                         "active, created_at, version, updated_at) VALUES ('evil', 'x', '', %s, "
                                         "'admin', true, now(), 1, now())", (shop.site_a,))
        assert "42501" in refused(clerk, "SELECT atelier_user_create('evil', 'x', %s, true, 'SCRAM-SHA-256$x')",
                                  (shop.site_a,))
        assert "42501" in refused(clerk, "SELECT atelier_user_update(%s, 1, 'x', %s, true, true)",
                                  (shop.clerk_a.user_id, shop.site_a))
        assert "42501" in refused(clerk, "SELECT atelier_sync_user_role(%s, NULL)", (shop.clerk_a.user_id,))
        assert "42501" in refused(clerk, "SELECT atelier_user_set_password(%s, 'SCRAM-SHA-256$x')",
                                  (shop.admin_a.user_id,))
        role = f"clerk.a@{shop.db.database_name}"
        assert "42501" in refused(clerk, f'GRANT "{shop.db.database_name}:admin" TO "{role}"')
        assert "42501" in refused(clerk, f'ALTER ROLE "{role}" CREATEROLE')
        assert "42501" in refused(clerk, f'SET ROLE "{shop.db.database_name}:owner"')
        assert "42501" in refused(clerk, f'SET ROLE "{shop.db.database_name}:admin"')
    with shop.db.session() as session:
        assert session.scalar(text("SELECT role FROM app_user WHERE login = 'clerk.a'")) == "clerk"
        assert session.scalar(text("SELECT count(*) FROM app_user WHERE login = 'evil'")) == 0


def test_an_admin_of_one_site_function_cannot_be_used_on_another_company_site(shop):
    """The server checks the caller: a clerk's session id is not an admin's, whatever is passed."""
    with connect_as(shop.db, "admin.a") as admin:
        assert admin.execute("SELECT atelier_session_is_admin()").fetchone()[0] is True
        assert "42501" in refused(admin, "SELECT atelier_user_create('x.y', 'x', 999, false, 'SCRAM-SHA-256$x')")
        assert "42501" in refused(admin, "UPDATE app_user SET role = 'admin' WHERE login = 'clerk.b'")


def test_no_schema_change_truncate_or_trigger_switch(shop):
    with shop.db.session() as session:
        counts = {t: session.scalar(text(f"SELECT count(*) FROM {t}")) for t in LEGAL_TABLES}
    with connect_as(shop.db, "clerk.a") as clerk:
        for statement in ("ALTER TABLE invoice DISABLE TRIGGER ALL", "ALTER TABLE invoice DISABLE TRIGGER USER",
                          'ALTER TABLE invoice DISABLE TRIGGER "immutable_invoice"',
                          "ALTER TABLE payment DISABLE ROW LEVEL SECURITY", "ALTER TABLE payment NO FORCE ROW LEVEL "
                          "SECURITY", "DROP POLICY atelier_site ON payment", "DROP TABLE journal_entry",
                          "DROP TABLE invoice CASCADE", "TRUNCATE invoice CASCADE", "TRUNCATE journal_entry",
                          "TRUNCATE payment", "CREATE TABLE evil (x int)", "CREATE FUNCTION evil() RETURNS int "
                          "LANGUAGE sql AS 'SELECT 1'", "DROP FUNCTION atelier_refuse_change() CASCADE",
                          "ALTER FUNCTION atelier_session_sites() OWNER TO CURRENT_USER",
                          "CREATE OR REPLACE FUNCTION atelier_session_sites() RETURNS integer[] LANGUAGE sql AS "
                          "'SELECT ARRAY[1,2]'"):
            assert refused(clerk, statement)[:5] in ("42501", "42P17"), statement
        assert "42501" in refused(clerk, "SET session_replication_role = replica")
        assert "42501" in refused(clerk, "CREATE TEMP TABLE t (x int)")
    with shop.db.session() as session:
        assert {t: session.scalar(text(f"SELECT count(*) FROM {t}")) for t in LEGAL_TABLES} == counts


def test_issued_invoices_payments_and_journal_entries_stay_unchanged(shop):
    """The clerk's own site's legal records: neither rewritten nor deleted."""
    def snapshot():
        with shop.db.engine.connect() as connection:
            return {t: sorted(map(tuple, connection.execute(text(f"SELECT * FROM {t} ORDER BY id")))) for t in
                    LEGAL_TABLES}

    before = snapshot()
    with connect_as(shop.db, "clerk.a") as clerk:
        for statement in ("UPDATE invoice SET total_incl = 1 WHERE site_id = %(a)s",
                          "UPDATE invoice SET cancelled_by_id = NULL WHERE site_id = %(a)s",
                          "DELETE FROM invoice WHERE site_id = %(a)s",
                          "UPDATE invoice_line SET amount = 0", "DELETE FROM invoice_line",
                          "UPDATE invoice_vat_line SET vat = 0", "DELETE FROM invoice_vat_line",
                          "UPDATE payment SET amount = 99999 WHERE site_id = %(a)s",
                          "DELETE FROM payment WHERE site_id = %(a)s",
                          "UPDATE journal_entry SET amount = 99999 WHERE site_id = %(a)s",
                          "DELETE FROM journal_entry WHERE site_id = %(a)s"):
            assert refused(clerk, statement, {"a": shop.site_a})[:5] in ("42501", "23001"), statement
        assert clerk.execute("SELECT count(*) FROM invoice WHERE site_id = %s", (shop.site_a,)).fetchone()[0] > 0
    assert snapshot() == before


def test_the_gate_opens_nothing(shop):
    """The login gate's public password gives no data, only the three gate functions."""
    from app.core.db.server_roles import GATE_PASSWORD

    url = make_url(shop.db.url)
    with psycopg.connect(host=url.host, port=url.port, dbname=url.database, user=f"{url.database}:gate",
                         password=GATE_PASSWORD, autocommit=True) as gate:
        for table in ("app_user", "invoice", "site", "company", "login_attempt", "payment", "carpass_reading"):
            assert "42501" in refused(gate, f"SELECT * FROM {table}")
        assert "42501" in refused(gate, "SELECT atelier_user_create('x.y', 'x', 1, true, 'SCRAM-SHA-256$x')")
        assert "42501" in refused(gate, "SELECT atelier_login_succeeded()")
        assert gate.execute("SELECT atelier_schema_revision()").fetchone()[0]
