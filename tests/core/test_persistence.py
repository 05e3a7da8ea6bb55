"""Persistence: exact money, aware UTC times, optimistic locking, SQLite safety."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Column, Integer, MetaData, Table, select

from app.core.db.engine import Database, is_network_path, normalise_url
from app.core.db.types import Money, UTCDateTime
from app.core.db.versioning import check_version, flush_versioned, stamp
from app.core.errors import ConflictError, DatabaseUnavailableError, ValidationError
from app.core.i18n import msg
from app.core.platform.models import Company


def test_money_and_datetime_round_trip_exactly(db):
    table = Table("probe", MetaData(), Column("id", Integer, primary_key=True), Column("amount", Money()),
                  Column("moment", UTCDateTime))
    table.create(db.engine)
    try:
        moment = datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
        with db.engine.begin() as connection:
            connection.execute(table.insert(), [{"amount": Decimal("1142.04"), "moment": moment},
                                                {"amount": Decimal("0.10"), "moment": moment}])
            amounts = connection.execute(select(table.c.amount, table.c.moment)).all()
        assert [a for a, _ in amounts] == [Decimal("1142.04"), Decimal("0.10")]
        assert sum(a for a, _ in amounts) == Decimal("1142.14")
        assert amounts[0][1] == moment and amounts[0][1].tzinfo is not None
    finally:
        table.drop(db.engine)


def test_money_refuses_floats_and_sub_cent_values():
    money = Money()
    with pytest.raises(TypeError):
        money.process_bind_param(1.1, None)
    with pytest.raises(ValueError):
        money.process_bind_param(Decimal("1.005"), None)
    assert money.process_bind_param(Decimal("12.30"), None) == 1230


def test_naive_datetime_refused():
    with pytest.raises(ValueError):
        UTCDateTime().process_bind_param(datetime(2026, 1, 1), None)


def test_concurrent_save_is_a_conflict_naming_the_author(world):
    what = msg("fields", "La société")
    with world.db.session() as session:
        mine = session.get(Company, world.company_id)
        loaded_version = mine.version
    with world.db.session() as other:
        theirs = other.get(Company, world.company_id)
        theirs.name = "Changed by B"
        stamp(theirs, "admin.b")
    with world.db.session() as session:
        row = session.get(Company, world.company_id)
        with pytest.raises(ConflictError) as info:
            check_version(row, loaded_version, what)
    assert info.value.changed_by == "admin.b"
    assert "admin.b" in str(info.value)


def test_version_column_catches_race_after_check(world):
    what = msg("fields", "La société")
    with world.db.session() as session:
        row = session.get(Company, world.company_id)
        check_version(row, row.version, what)
        with world.db.session() as other:
            sneaky = other.get(Company, world.company_id)
            sneaky.name = "sneaky"
            stamp(sneaky, "admin.b")
        row.name = "mine"
        # PostgreSQL: the UPDATE ... WHERE version = n matches no row. SQLite: the stale
        # read snapshot cannot be upgraded to a write. Either way nothing is overwritten.
        expected = DatabaseUnavailableError if world.db.is_sqlite else ConflictError
        with pytest.raises(expected) as info:
            flush_versioned(session, row, what)
    if world.db.is_postgres:
        assert info.value.changed_by == "admin.b"
    with world.db.session() as session:
        assert session.get(Company, world.company_id).name == "sneaky"


def test_sqlite_pragmas(sqlite_db):
    with sqlite_db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_network_share_is_refused(monkeypatch, tmp_path):
    assert is_network_path(Path("//server/share/atelier"))
    monkeypatch.setattr("app.core.db.engine._mount_type", lambda path: "cifs")
    with pytest.raises(ValidationError) as info:
        Database(f"sqlite:///{(tmp_path / 'x.sqlite3').as_posix()}")
    assert "réseau" in str(info.value)


def test_url_normalisation():
    assert normalise_url("postgresql://u@h/db").startswith("postgresql+psycopg://")
    with pytest.raises(ValidationError):
        normalise_url("mysql://u@h/db")
    with pytest.raises(ValidationError):
        normalise_url("not a url")


def test_login_gate_parameters_carry_no_credentials_and_list_a_repeated_host():
    """libpq takes a comma-separated list where a URL repeats a key (a second server to try):
    the gate used to get a Python tuple, which psycopg wrote as its repr and libpq refused."""
    database = Database("postgresql://clerk:secret@h1:5433/atelier?sslmode=require")
    assert database.connection_parameters() == {"host": "h1", "port": 5433, "dbname": "atelier",
                                                "sslmode": "require"}
    database = Database("postgresql://clerk@/atelier?host=h1&host=h2")
    assert database.connection_parameters() == {"host": "h1,h2", "dbname": "atelier"}
