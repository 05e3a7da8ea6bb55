"""Every revision upgrades a populated database to head with its rows intact, on SQLite
and PostgreSQL; the models and the migrations describe the same schema.

Each revision ``R`` has a file ``tests/migrations/rev_<R>.py`` with ``populate(connection)``
(rows written with plain SQL at schema ``R``) and ``check(connection)`` (run at head); an
optional ``populate_before(connection)`` writes rows at the previous schema, for a revision
that converts existing data.
A new revision without such a file fails :func:`test_every_revision_has_a_fixture`.
"""

from __future__ import annotations

import importlib

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

from app.core.db.engine import Database
from app.core.db.migrate import alembic_config, schema_state, upgrade_to_head
from app.core.errors import SchemaTooNewError
from app.core.modules import load_all_models


def revisions() -> list[str]:
    """Revision ids from base to head."""
    script = ScriptDirectory.from_config(alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def fixture_module(revision: str):
    return importlib.import_module(f"tests.migrations.rev_{revision}")


def test_every_revision_has_a_fixture():
    missing = []
    for revision in revisions():
        try:
            fixture_module(revision)
        except ModuleNotFoundError:
            missing.append(revision)
    assert not missing, f"add tests/migrations/rev_<id>.py for: {missing}"


@pytest.fixture(params=["sqlite", "postgres"])
def empty_db(request, tmp_path):
    if request.param == "sqlite":
        database = Database(f"sqlite:///{(tmp_path / 'm.sqlite3').as_posix()}")
        yield database
        database.dispose()
        return
    pg_url = request.getfixturevalue("pg_url")
    from sqlalchemy.engine import make_url

    from app.core.db.server_roles import drop_database_roles, prepare_server

    admin = create_engine(make_url(pg_url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    name = make_url(pg_url).database + "_mig"
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        drop_database_roles(connection, name)
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    database = Database(make_url(pg_url).set(database=name).render_as_string(hide_password=False))
    with database.engine.begin() as connection:  # the superuser's one-time step (README, shared database)
        prepare_server(connection)
    yield database
    database.dispose()
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        drop_database_roles(connection, name)
    admin.dispose()


def test_each_revision_upgrades_a_populated_database(empty_db):
    config = alembic_config(empty_db)
    for revision in revisions():
        module = fixture_module(revision)
        if hasattr(module, "populate_before"):
            with empty_db.engine.begin() as connection:
                module.populate_before(connection)
        command.upgrade(config, revision)
        with empty_db.engine.begin() as connection:
            module.populate(connection)
    upgrade_to_head(empty_db)
    with empty_db.engine.begin() as connection:
        for revision in revisions():
            fixture_module(revision).check(connection)


def test_models_match_migrations(empty_db):
    upgrade_to_head(empty_db)
    with empty_db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": False})
        diff = compare_metadata(context, load_all_models())
    assert diff == [], f"models and migrations differ: {diff}"


def test_database_newer_than_app_is_refused(sqlite_db):
    with sqlite_db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    assert schema_state(sqlite_db).newer_than_app
    with pytest.raises(SchemaTooNewError) as info:
        upgrade_to_head(sqlite_db)
    assert "plus récente" in str(info.value)


def test_schema_head_constant_is_the_newest_revision():
    """The fast start-up check compares with SCHEMA_HEAD: it must name the real head."""
    from app.core.db.migrate import SCHEMA_HEAD

    assert revisions()[-1] == SCHEMA_HEAD


def test_up_to_date_check_reads_the_stored_revision(empty_db, sqlite_db):
    """An empty database has no revision; a migrated one is at the head; an unknown one is refused."""
    from sqlalchemy import text

    from app.core.db.migrate import SCHEMA_HEAD, stored_revision

    assert stored_revision(empty_db) is None and not schema_state(empty_db).up_to_date
    assert stored_revision(sqlite_db) == SCHEMA_HEAD and schema_state(sqlite_db).up_to_date
    with sqlite_db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
    assert not schema_state(sqlite_db).up_to_date and schema_state(sqlite_db).newer_than_app
