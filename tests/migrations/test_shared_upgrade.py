"""Upgrading a shared PostgreSQL database: only ``atelier db upgrade``, by a member of the
owner role, one at a time (advisory lock); stations never migrate it and refuse a schema
that is not exactly theirs (docs/decisions/platform-migrations.md)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app import __version__
from app.core.db.engine import Database
from app.core.db.migrate import SCHEMA_HEAD, schema_state
from app.core.db.opening import open_for_station
from app.core.db.server_roles import UPGRADE_LOCK_KEY, drop_database_roles, prepare_server
from app.core.errors import PermissionDeniedError, SchemaTooNewError, SchemaTooOldError
from tests.factories import PASSWORD

pytestmark = pytest.mark.postgres
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def prepared_empty(pg_url):
    """A new, empty database whose server roles are prepared (README step 1)."""
    admin = create_engine(make_url(pg_url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    name = make_url(pg_url).database + "_up"
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        drop_database_roles(connection, name)
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    database = Database(make_url(pg_url).set(database=name).render_as_string(hide_password=False))
    with database.engine.begin() as connection:
        prepare_server(connection)
    yield database
    database.dispose()
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        drop_database_roles(connection, name)
    admin.dispose()


def _atelier(*args: str) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ATELIER_LANG": "fr"}
    env.pop("ATELIER_DATABASE_URL", None)
    return subprocess.Popen([sys.executable, "-m", "app", *args], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _waiting_for_the_upgrade_lock(database: Database) -> int:
    with database.engine.connect() as connection:
        return connection.execute(text(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted "
            "AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
            "AND ((classid::bigint << 32) | objid::bigint) = :key"), {"key": UPGRADE_LOCK_KEY}).scalar()


def test_two_upgrades_at_once_one_waits_and_the_schema_is_right(prepared_empty):
    database = prepared_empty
    holder = database.engine.connect()
    holder.execute(text("SELECT pg_advisory_lock(:key)"), {"key": UPGRADE_LOCK_KEY})  # an upgrade running
    stations = [_atelier("--database", database.url, "db", "upgrade") for _ in range(2)]
    try:
        deadline = time.monotonic() + 120
        while _waiting_for_the_upgrade_lock(database) < 2:
            assert all(s.poll() is None for s in stations), [s.communicate() for s in stations]
            assert time.monotonic() < deadline, "the two upgrades never queued on the advisory lock"
            time.sleep(0.1)
        assert schema_state(database).current is None  # neither started migrating
    finally:
        holder.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": UPGRADE_LOCK_KEY})
        holder.commit()
        holder.close()
    results = [s.communicate(timeout=300) for s in stations]
    assert [s.returncode for s in stations] == [0, 0], results
    reports = sorted(line for out, _ in results for line in out.strip().splitlines())
    # Each upgrade also records the Atelier version the stations need, one after the other.
    assert reports == sorted([f"Base de données à jour : révision - → {SCHEMA_HEAD}",
                              f"Base de données à jour : révision {SCHEMA_HEAD} → {SCHEMA_HEAD}",
                              f"Version d'Atelier requise des postes : - → {__version__}",
                              f"Version d'Atelier requise des postes : {__version__} (inchangée)"]), reports
    assert schema_state(database).up_to_date
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
        owners = connection.execute(text(
            "SELECT DISTINCT pg_get_userbyid(relowner) FROM pg_class WHERE relnamespace = 'public'::regnamespace "
            "AND relkind IN ('r', 'S')")).scalars().all()
    assert owners == [f"{database.database_name}:owner"]


def test_a_station_never_migrates_and_an_older_schema_is_an_administrators_job(pg_world, run_cli):
    db = pg_world.db
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0009_carpass_work_description'"))
    try:
        with pytest.raises(SchemaTooOldError) as info:
            open_for_station(db.url)
        assert "atelier db upgrade" in str(info.value) and "administrateur" in str(info.value)
        result = run_cli(db, "--user", "clerk.a", "carpass", "list")
        assert result.code == 1 and "atelier db upgrade" in result.err
        assert schema_state(db).current == "0009_carpass_work_description"  # untouched
    finally:
        with db.engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = :h"), {"h": SCHEMA_HEAD})


def test_an_older_station_refuses_a_newer_schema_cleanly(pg_world, run_cli):
    db = pg_world.db
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0099_from_a_newer_atelier'"))
    try:
        with pytest.raises(SchemaTooNewError) as info:
            open_for_station(db.url)
        assert "plus récente" in str(info.value)
        result = run_cli(db, "--user", "admin.a", "user", "list")
        assert result.code == 1 and "plus récente" in result.err and "Traceback" not in result.err
        upgrade = run_cli(db, "db", "upgrade")
        assert upgrade.code == 1 and "plus récente" in upgrade.err
    finally:
        with db.engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = :h"), {"h": SCHEMA_HEAD})


def test_only_a_member_of_the_owner_role_may_upgrade(pg_world):
    """Neither a clerk's nor an Atelier admin's role may change the schema."""
    from app.core.db.migrate import upgrade_to_head

    db = pg_world.db
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0009_carpass_work_description'"))
    try:
        for login in ("clerk.a", "admin.a"):
            station = Database(db.url)
            station.connect_as(f"{login}@{db.database_name}", PASSWORD)
            with pytest.raises(PermissionDeniedError) as info:
                upgrade_to_head(station)
            station.dispose()
            assert "owner" in str(info.value)
        assert schema_state(db).current == "0009_carpass_work_description"
    finally:
        with db.engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = :h"), {"h": SCHEMA_HEAD})


def test_an_older_station_with_the_old_shared_account_refuses_cleanly(pg_world):
    """Stations of the previous design connected with one ordinary account that owned the
    tables. After ``db prepare-server`` took them over, such a station still reads the
    revision and refuses the newer schema with its own clear message, not a traceback."""
    from app.core.db.migrate import upgrade_to_head

    db = pg_world.db
    legacy = f"{db.database_name}_station"
    with db.engine.begin() as connection:
        connection.execute(text(f'CREATE ROLE "{legacy}" LOGIN'))
        connection.execute(text("UPDATE alembic_version SET version_num = '0099_from_a_newer_atelier'"))
    station = Database(make_url(db.url).set(username=legacy).render_as_string(hide_password=False))
    try:
        with pytest.raises(SchemaTooNewError) as info:
            upgrade_to_head(station)  # what the older Atelier runs at start
        assert "plus récente" in str(info.value)
        with station.engine.connect() as connection, pytest.raises(Exception) as denied:
            connection.execute(text("SELECT count(*) FROM invoice"))
        assert "permission denied" in str(denied.value)
    finally:
        station.dispose()
        with db.engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = :h"), {"h": SCHEMA_HEAD})
            connection.execute(text(f'DROP ROLE "{legacy}"'))
