"""Row-level security on the shared database, checked on the server's catalogue: every table
has RLS enabled and forced and a policy keyed on the connected role, every object belongs to
the owner role, and the groups hold no right they do not need
(docs/decisions/platform-database-roles.md)."""

from __future__ import annotations

import importlib.util
from functools import cache

import pytest
from sqlalchemy import text

from app.core.paths import migrations_dir

pytestmark = pytest.mark.postgres

CLOSED_TABLES = {"login_attempt"}  # no policy on purpose: only the login-gate functions read it


@cache
def roles_migration():
    """The module of migration 0011 (its file name is not an importable module name)."""
    path = migrations_dir() / "versions" / "0011_database_roles.py"
    spec = importlib.util.spec_from_file_location("migration_0011_database_roles", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def parent_of(table: str) -> tuple[str, str] | None:
    """(column, parent table) of a child table without site_id, as the migration knows it."""
    return roles_migration().CHILD_TABLES.get(table)


def test_every_table_has_row_level_security_enabled_and_forced(pg_db):
    """Walks pg_tables: a table added by any migration without RLS fails here."""
    with pg_db.engine.connect() as connection:
        tables = connection.execute(text(
            "SELECT t.tablename, c.relrowsecurity, c.relforcerowsecurity FROM pg_tables t "
            "JOIN pg_class c ON c.relname = t.tablename AND c.relnamespace = 'public'::regnamespace "
            "WHERE t.schemaname = 'public' ORDER BY 1")).all()
    assert len(tables) > 30
    unprotected = [name for name, enabled, forced in tables if not (enabled and forced)]
    assert unprotected == [], f"tables without row-level security enabled and forced: {unprotected}"


def test_every_table_has_a_policy_keyed_on_the_connected_role(pg_db):
    with pg_db.engine.connect() as connection:
        tables = connection.execute(text(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars().all()
        policies = connection.execute(text(
            "SELECT tablename, qual, with_check FROM pg_policies WHERE schemaname = 'public'")).all()
        site_tables = set(connection.execute(text(
            "SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' "
            "AND column_name = 'site_id'")).scalars())
    by_table: dict[str, list[str]] = {}
    for table, qual, check in policies:
        by_table.setdefault(table, []).append(f"{qual or ''} {check or ''}")
    without = sorted(set(tables) - set(by_table) - CLOSED_TABLES)
    assert without == [], f"tables no policy covers (add them to the migration, with their parent): {without}"
    assert all("atelier.site_ids" not in p for ps in by_table.values() for p in ps)
    for table in site_tables - {"app_user"}:
        assert all("atelier_session_sites()" in p for p in by_table[table]), table
    for table, (_column, parent) in roles_migration().CHILD_TABLES.items():
        if table in by_table:
            assert all(f"FROM {parent} p" in p for p in by_table[table]), table


def test_everything_belongs_to_the_owner_role_and_nothing_to_public(pg_db):
    owner = f"{pg_db.database_name}:owner"
    with pg_db.engine.connect() as connection:
        foreign = connection.execute(text(
            "SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace "
            "AND c.relkind IN ('r', 'S', 'v', 'i', 'p') AND pg_get_userbyid(c.relowner) <> :o "
            "UNION ALL SELECT p.proname FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace "
            "AND pg_get_userbyid(p.proowner) <> :o AND NOT EXISTS (SELECT 1 FROM pg_depend d "
            "WHERE d.objid = p.oid AND d.deptype = 'e') "
            "UNION ALL SELECT 'schema public' FROM pg_namespace WHERE nspname = 'public' "
            "AND pg_get_userbyid(nspowner) <> :o"), {"o": owner}).scalars().all()
        public_grants = connection.execute(text(
            "SELECT table_name || ' ' || privilege_type FROM information_schema.role_table_grants "
            "WHERE table_schema = 'public' AND grantee = 'PUBLIC' "
            "AND (table_name, privilege_type) <> ('alembic_version', 'SELECT')")).scalars().all()
        public_functions = connection.execute(text(
            "SELECT p.proname FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace "
            "AND has_function_privilege('public', p.oid, 'EXECUTE') AND NOT EXISTS (SELECT 1 FROM pg_depend d "
            "WHERE d.objid = p.oid AND d.deptype = 'e')")).scalars().all()
        owner_logs_in = connection.execute(text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :o"),
                                           {"o": owner}).scalar()
    # (btree_gist's functions, from migration 0004, belong to the extension)
    assert foreign == [] and public_grants == [] and public_functions == []
    assert owner_logs_in is False


def test_groups_hold_only_the_rights_they_need(pg_db):
    name = pg_db.database_name
    with pg_db.engine.connect() as connection:
        grants = connection.execute(text(
            "SELECT grantee, table_name, privilege_type FROM information_schema.role_table_grants "
            "WHERE table_schema = 'public' AND grantee IN (:c, :a, :g)"),
            {"c": f"{name}:clerk", "a": f"{name}:admin", "g": f"{name}:gate"}).all()
        attributes = connection.execute(text(
            "SELECT rolname, rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls OR rolreplication "
            "FROM pg_roles WHERE rolname IN (:c, :a, :g)"),
            {"c": f"{name}:clerk", "a": f"{name}:admin", "g": f"{name}:gate"}).all()
    granted = {(g.split(":")[-1], t, p) for g, t, p in grants}
    assert not {p for _, _, p in granted} & {"TRUNCATE", "TRIGGER", "REFERENCES"}
    assert not [g for g in granted if g[0] == "gate"]
    assert ("clerk", "app_user", "SELECT") in granted
    assert not [g for g in granted if g[1] in ("app_user", "login_attempt") and g[2] != "SELECT"]
    for table in ("invoice_line", "invoice_vat_line", "payment", "journal_entry", "invoice_mail"):
        assert not [g for g in granted if g[1] == table and g[2] in ("UPDATE", "DELETE")], table
    for table in ("company", "site", "site_setting", "controls_value", "tariff", "agreement"):
        assert not [g for g in granted if g[0] == "clerk" and g[1] == table and g[2] != "SELECT"], table
    assert not [role for role, special in attributes if special]
