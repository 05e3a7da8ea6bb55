"""Shared fixtures: isolated folders, migrated SQLite and PostgreSQL databases, a company.

PostgreSQL tests use the server at ``ATELIER_TEST_PG_ADMIN_URL`` (default: the local
trust-auth server); each test session creates its own database there and drops it at
the end. Without a server they are skipped — except under ``CI=true``, where a missing
server fails the run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

_ISOLATED = Path(tempfile.mkdtemp(prefix="atelier-tests-"))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["ATELIER_DATA_DIR"] = str(_ISOLATED / "data")
os.environ["XDG_CONFIG_HOME"] = str(_ISOLATED / "config")
os.environ.pop("ATELIER_DATABASE_URL", None)

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402

from app.core.db.engine import Database  # noqa: E402
from app.core.db.migrate import upgrade_to_head  # noqa: E402
from tests.factories import PASSWORD, World, make_world  # noqa: E402

# No per-example deadline (the CI machine is shared and slow at times); under CI the examples
# are derandomised so a run can be reproduced, locally they vary to find new cases.
settings.register_profile("atelier", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("ci", parent=settings.get_profile("atelier"), derandomize=True)
settings.load_profile("ci" if os.environ.get("CI", "").lower() == "true" else "atelier")

PG_ADMIN_URL = os.environ.get("ATELIER_TEST_PG_ADMIN_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
IN_CI = os.environ.get("CI", "").lower() == "true"


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_ISOLATED, ignore_errors=True)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    """A SQLite file migrated to head once per test session."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    database = Database(f"sqlite:///{path.as_posix()}")
    upgrade_to_head(database)
    with database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.dispose()
    return path


@pytest.fixture
def sqlite_db(sqlite_template, tmp_path) -> Database:
    """A fresh migrated SQLite database for one test."""
    path = tmp_path / "atelier.sqlite3"
    shutil.copyfile(sqlite_template, path)
    database = Database(f"sqlite:///{path.as_posix()}")
    yield database
    database.dispose()


def _pg_unavailable(reason: str):
    if IN_CI:
        pytest.fail(f"PostgreSQL is required under CI=true: {reason}")
    pytest.skip(f"no PostgreSQL server for the shared-database tests: {reason}")


@pytest.fixture(scope="session")
def pg_url(worker_id) -> str:
    """URL of a PostgreSQL database created (and migrated) for this test session."""
    try:
        admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as exc:  # any connection failure means: no server here
        _pg_unavailable(str(exc).splitlines()[0])
    name = f"atelier_test_{worker_id}_{uuid.uuid4().hex[:8]}"
    drop_orphaned_test_roles(admin)
    url = create_prepared_database(admin, name)
    yield url
    drop_prepared_database(admin, name)
    admin.dispose()


def drop_orphaned_test_roles(admin) -> None:
    """Roles are cluster-wide: drop those a killed test session left behind for a test
    database that no longer exists (a live session's database exists before its roles)."""
    from sqlalchemy.exc import DBAPIError

    with admin.connect() as connection:
        orphans = connection.execute(text(
            "SELECT rolname FROM pg_roles WHERE rolname ~ '^atelier_test_.*:(owner|clerk|admin|gate)$' "
            "AND substring(rolname FROM '^(.*):[a-z]+$') NOT IN (SELECT datname FROM pg_database) "
            "UNION ALL SELECT rolname FROM pg_roles WHERE rolname ~ '@atelier_test_' "
            "AND substring(rolname FROM '@(.*)$') NOT IN (SELECT datname FROM pg_database) "
            "ORDER BY 1 DESC")).scalars().all()
        for role in sorted(orphans, key=lambda r: (":" in r, r.endswith(":owner"))):
            try:
                connection.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
            except DBAPIError:  # a concurrent session dropped or still uses it: not ours to force
                pass


def create_prepared_database(admin, name: str) -> str:
    """Create database ``name`` on the server of ``admin`` (a superuser engine in
    autocommit), prepare its roles and migrate it as the README's administrator would."""
    from app.core.db.server_roles import prepare_server

    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = admin.url.set(database=name).render_as_string(hide_password=False)
    database = Database(url)
    with database.engine.begin() as connection:
        prepare_server(connection)
    upgrade_to_head(database)
    database.dispose()
    return url


def drop_prepared_database(admin, name: str) -> None:
    """Drop database ``name`` and its cluster-wide roles."""
    from app.core.db.server_roles import drop_database_roles

    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        drop_database_roles(connection, name)


def truncate_all(database: Database) -> None:
    """Empty every table (not the migration marker), restart the id sequences and drop the
    users' roles (their groups stay).

    DELETE with triggers and foreign keys suspended (``session_replication_role``) is
    ~20x faster than TRUNCATE on tables holding a handful of rows, which is what a test
    leaves behind.
    """
    database.credentials = None  # a test that logged in made the object connect as the user
    database.engine.dispose()
    with database.engine.begin() as connection:
        name = connection.execute(text("SELECT current_database()")).scalar_one()
        users = connection.execute(text(
            "SELECT rolname FROM pg_roles WHERE right(rolname, length(:n) + 1) = '@' || :n"), {"n": name}).scalars()
        for role in users.all():
            connection.execute(text(f'DROP ROLE "{role}"'))
        tables = [row[0] for row in connection.execute(text(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'alembic_version'"))]
        connection.execute(text("SET LOCAL session_replication_role = replica"))
        for table in tables:
            connection.execute(text(f'DELETE FROM "{table}"'))
        connection.execute(text("SELECT setval(c.oid, 1, false) FROM pg_class c WHERE c.relkind = 'S'"))


@pytest.fixture(scope="session")
def scram_cluster():
    """A throw-away cluster that checks passwords (SCRAM-SHA-256), one per test process."""
    from tests.pg_cluster import start_cluster

    try:
        cluster = start_cluster()
    except (FileNotFoundError, RuntimeError, subprocess.CalledProcessError) as exc:
        _pg_unavailable(f"throw-away SCRAM cluster: {exc}")
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def scram_url(scram_cluster) -> str:
    """A prepared and migrated Atelier database in the SCRAM cluster (superuser URL)."""
    admin = create_engine(scram_cluster.admin_url, isolation_level="AUTOCOMMIT")
    url = create_prepared_database(admin, "atelier_scram")
    yield url
    drop_prepared_database(admin, "atelier_scram")
    admin.dispose()


@pytest.fixture
def scram_db(scram_url) -> Database:
    """The SCRAM cluster's database (superuser), emptied after the test."""
    database = Database(scram_url)
    yield database
    truncate_all(database)
    database.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def auth_db(request) -> Database:
    """For tests of passwords: SQLite, and PostgreSQL in the cluster that checks them."""
    return request.getfixturevalue("sqlite_db" if request.param == "sqlite" else "scram_db")


@pytest.fixture
def auth_world(auth_db) -> World:
    """The test company on ``auth_db``."""
    return make_world(auth_db)


@pytest.fixture
def station():
    """``station(db)``: another process's view of ``db`` (a new Database object): logging
    in on PostgreSQL makes it connect as the user, the fixture's own object stays the
    superuser's. Disposed after the test."""
    opened: list[Database] = []

    def make(db: Database, login: str | None = None, password: str = PASSWORD) -> Database:
        database = Database(db.url)
        opened.append(database)
        if login is not None:
            from app.core.platform.auth import login as log_in

            log_in(database, login, password)
        return database

    yield make
    for database in opened:
        database.dispose()


@pytest.fixture
def pg_db(pg_url) -> Database:
    """The session's PostgreSQL database, emptied after the test."""
    database = Database(pg_url)
    yield database
    truncate_all(database)
    database.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def db(request) -> Database:
    """Runs the test once on SQLite and once on PostgreSQL."""
    return request.getfixturevalue("sqlite_db" if request.param == "sqlite" else "pg_db")


@pytest.fixture
def world(db) -> World:
    """A company with sites A and B, an admin and a clerk on each (on ``db``)."""
    return make_world(db)


@pytest.fixture
def pg_world(pg_db) -> World:
    """The same company on PostgreSQL only (concurrency, reconnection, RLS)."""
    return make_world(pg_db)


@pytest.fixture
def sqlite_world(sqlite_db) -> World:
    """The same company on SQLite only (GUI tests)."""
    return make_world(sqlite_db)


@pytest.fixture(autouse=True)
def _french_after_each_test():
    """Tests that switch language (GUI or CLI) must not leak it into the next test."""
    yield
    from PySide6.QtCore import QCoreApplication

    from app.ui.i18n import current_language, install_language

    app = QCoreApplication.instance()
    if app is not None and current_language() != "fr":
        install_language(app, "fr")


@pytest.fixture(autouse=True)
def _no_drafts_between_tests():
    """A form left open by a test keeps its draft (as after a crash): deleted after each
    test so that the next one is not offered it."""
    yield
    drafts = Path(os.environ["ATELIER_DATA_DIR"]) / "drafts"
    if drafts.exists():
        shutil.rmtree(drafts, ignore_errors=True)


@pytest.fixture(scope="session")
def worker_id(request) -> str:
    """pytest-xdist worker name, 'master' without xdist."""
    return getattr(request.config, "workerinput", {}).get("workerid", "master")


@dataclass
class CliResult:
    """Exit code and captured output of one command."""

    code: int
    out: str
    err: str


@pytest.fixture
def run_cli(qapp, capsys, monkeypatch):
    """``run_cli(db, "--user", "clerk.a", "carpass", "list")`` → CliResult."""

    def run(database, *args: str, password: str = PASSWORD, env: dict[str, str] | None = None) -> CliResult:
        monkeypatch.setenv("ATELIER_PASSWORD", password)
        for key, value in (env or {}).items():
            monkeypatch.setenv(key, value)
        capsys.readouterr()
        from app.cli.main import main

        code = main(["--database", database.url, *args])
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run
