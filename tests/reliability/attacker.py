"""An attacker with direct access to the database: on SQLite the file opened with the
``sqlite3`` module, the table's triggers dropped first as anyone holding the file can; on
PostgreSQL the superuser, triggers suspended with ``session_replication_role``."""

from __future__ import annotations

from contextlib import contextmanager

from tests.reliability.conftest import raw_connection


@contextmanager
def attacker(database, *tables: str):
    """A raw connection on which ``tables`` can be changed whatever their triggers say."""
    with raw_connection(database) as run:
        if database.is_sqlite:
            for table in tables:
                for (name,) in run("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,)):
                    run(f'DROP TRIGGER "{name}"')
        else:
            run("SET session_replication_role = replica")
        yield run
