"""Fixtures of the GUI tests: the demo database, filled once per test process."""

from __future__ import annotations

import shutil

import pytest

from app.core.db.engine import Database
from app.core.demo import populate_demo
from app.core.progress import run_to_end


@pytest.fixture(scope="session")
def demo_template(sqlite_template, tmp_path_factory):
    """A migrated SQLite file holding the whole demo (company, sites, every module)."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    shutil.copyfile(sqlite_template, path)
    database = Database(f"sqlite:///{path.as_posix()}")
    run_to_end(populate_demo(database))
    with database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.dispose()
    return path


@pytest.fixture
def demo_db(demo_template, tmp_path) -> Database:
    """A fresh copy of the demo database for one test."""
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_template, path)
    database = Database(f"sqlite:///{path.as_posix()}")
    yield database
    database.dispose()
