"""Defence in depth on PostgreSQL: a query that forgets its site filter sees only the
sites the process published, for an ordinary (non-superuser) database role."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from app.core.db.engine import Database
from app.core.platform.sites import restrict_database_to_scope
from tests.migrations.test_migrations import revisions


@pytest.fixture
def app_role_url(pg_world):
    """A login role without superuser or BYPASSRLS rights on the test database."""
    role = f"atelier_app_{uuid.uuid4().hex[:8]}"
    url = make_url(pg_world.db.url)
    with pg_world.db.engine.begin() as connection:
        connection.execute(text(f'CREATE ROLE "{role}" LOGIN NOSUPERUSER NOBYPASSRLS'))
        connection.execute(text(f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "{role}"'))
        connection.execute(text(f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "{role}"'))
    yield url.set(username=role).render_as_string(hide_password=False)
    with pg_world.db.engine.begin() as connection:
        connection.execute(text(f'DROP OWNED BY "{role}"'))
        connection.execute(text(f'DROP ROLE "{role}"'))


def test_forgotten_filter_sees_only_the_clerks_site(pg_world, app_role_url):
    with pg_world.db.session() as session:
        for site_id in (pg_world.site_a, pg_world.site_b):
            session.execute(text("INSERT INTO site_setting (site_id, key, value, updated_at) "
                                 "VALUES (:s, 'probe', 'x', now())"), {"s": site_id})
    clerk_process = Database(app_role_url)
    restrict_database_to_scope(clerk_process, pg_world.clerk_a)
    with clerk_process.session() as session:
        seen = session.execute(text("SELECT DISTINCT site_id FROM site_setting")).scalars().all()
        assert seen == [pg_world.site_a]
        with pytest.raises(Exception):
            session.execute(text("INSERT INTO site_setting (site_id, key, value, updated_at) "
                                 "VALUES (:s, 'intrusion', 'x', now())"), {"s": pg_world.site_b})
    admin_process = Database(app_role_url)
    restrict_database_to_scope(admin_process, pg_world.admin_a)
    with admin_process.session() as session:
        assert sorted(session.execute(text("SELECT DISTINCT site_id FROM site_setting")).scalars()) == sorted(
            [pg_world.site_a, pg_world.site_b])
    clerk_process.dispose()
    admin_process.dispose()


def test_every_site_owned_table_has_the_policy(pg_world):
    assert "0007_row_level_security" in revisions()
    with pg_world.db.engine.connect() as connection:
        missing = connection.execute(text(
            "SELECT c.table_name FROM information_schema.columns c JOIN pg_class p ON p.relname = c.table_name "
            "WHERE c.table_schema = 'public' AND c.column_name = 'site_id' AND c.table_name <> 'app_user' "
            "AND NOT p.relrowsecurity")).scalars().all()
    assert missing == [], f"tables with site_id but no row-level security: {missing}"


def test_sites_are_published_once_per_connection_and_survive_rollbacks(pg_world, app_role_url):
    """The restriction is set when a pooled connection is checked out with another value,
    not in every transaction; a rolled-back transaction does not lift it; a site switch
    reaches the pooled connection."""
    from sqlalchemy import event

    process = Database(app_role_url)
    with process.session() as session:
        session.execute(text("INSERT INTO site_setting (site_id, key, value, updated_at) "
                             "VALUES (:a, 'probe', 'x', now()), (:b, 'probe', 'x', now())"),
                        {"a": pg_world.site_a, "b": pg_world.site_b})
    statements: list[str] = []
    event.listen(process.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    process.restrict_to_sites((pg_world.site_a,))

    def seen() -> list[int]:
        with process.engine.connect() as connection:
            return sorted(connection.execute(text("SELECT DISTINCT site_id FROM site_setting")).scalars())

    assert seen() == [pg_world.site_a]
    with pytest.raises(Exception):
        with process.session() as session:
            session.execute(text("SELECT 1"))
            raise RuntimeError("rolled back")
    assert seen() == [pg_world.site_a] and seen() == [pg_world.site_a]
    assert not any("set_config" in s for s in statements)  # set through the driver at checkout only
    process.restrict_to_sites((pg_world.site_a, pg_world.site_b))
    assert seen() == sorted([pg_world.site_a, pg_world.site_b])
    process.restrict_to_sites((pg_world.site_b,))
    assert seen() == [pg_world.site_b]
    with process.engine.connect() as connection:  # a broken connection is replaced: published again
        connection.invalidate()
    assert seen() == [pg_world.site_b]
    process.dispose()
