"""Database faults: a restarted server, a locked SQLite file, a full disk."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from app.core.db.engine import Database
from app.core.errors import DatabaseUnavailableError
from app.core.platform.company import get_company
from app.core.platform.models import Company
from app.core.platform.sites import list_sites


def test_postgres_connections_killed_next_action_reconnects(pg_world):
    world = pg_world
    assert list_sites(world.db, world.admin_a)
    admin = create_engine(make_url(world.db.url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        killed = connection.execute(text(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = :name AND pid <> pg_backend_pid()"), {"name": make_url(world.db.url).database}).scalar()
    admin.dispose()
    assert killed >= 1
    assert [s.code for s in list_sites(world.db, world.admin_a)] == ["A", "B"]


def test_locked_sqlite_file_gives_clear_message_and_writes_nothing(sqlite_world, tmp_path):
    path = make_url(sqlite_world.db.url).database
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sqlite3, sys, time
        connection = sqlite3.connect({path!r}, isolation_level=None)
        connection.execute("BEGIN EXCLUSIVE")
        print("locked", flush=True)
        sys.stdin.readline()
    """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        impatient = Database(sqlite_world.db.url, busy_timeout_ms=200)
        with pytest.raises(DatabaseUnavailableError) as info, impatient.session() as session:
            session.get(Company, sqlite_world.company_id).city = "Namur"
        assert "verrouillée" in str(info.value)
        impatient.dispose()
    finally:
        holder.communicate("\n", timeout=10)
    assert get_company(sqlite_world.db, sqlite_world.admin_a).city == "Liège"


def test_full_disk_gives_clear_message_and_no_partial_write(sqlite_world):
    with sqlite_world.db.engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
    small = Database(sqlite_world.db.url)

    from sqlalchemy import event

    @event.listens_for(small.engine, "connect")
    def _limit(dbapi_connection, _record):
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 1}")

    with pytest.raises(DatabaseUnavailableError) as info, small.session() as session:
        company = session.get(Company, sqlite_world.company_id)
        company.city = "Namur"
        company.street = "x" * 200_000
    assert "plein" in str(info.value)
    small.dispose()
    with sqlite_world.db.session() as session:
        assert session.scalar(select(Company.city)) == "Liège"
