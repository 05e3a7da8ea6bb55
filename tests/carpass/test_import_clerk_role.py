"""The CSV import on PostgreSQL as the clerk's own role: its bulk inserts (one statement of
column texts per table) pass row-level security for the clerk's site, are heard by the
change notifications, and a scope naming another site is refused by the server with
nothing written; the column texts refuse the markers they are split on."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import ProgrammingError

from app.core.carpass import import_writes
from app.core.carpass.dossier_import import import_dossiers
from app.core.carpass.models import CarpassEntry, CarpassEntryEvent, ClockEvent, Dossier
from app.core.changes import Changes, DataKind
from app.core.progress import run_to_end
from tests.carpass.test_import import GOOD, write


def _counts(db) -> dict[str, int]:
    with db.session() as session:
        return {model.__tablename__: session.scalar(select(func.count()).select_from(model))
                for model in (Dossier, ClockEvent, CarpassEntry, CarpassEntryEvent)}


def test_a_clerk_imports_into_the_own_site_under_row_level_security(pg_world, station, tmp_path):
    as_clerk = station(pg_world.db, "clerk.a")
    heard: list[Changes] = []
    as_clerk.changes.subscribe(heard.append)
    result = run_to_end(import_dossiers(as_clerk, pg_world.clerk_a, write(tmp_path, GOOD)))
    assert (result.imported, result.enrolled) == (5, 2)
    with pg_world.db.session() as session:  # the superuser sees every site
        sites = session.scalars(select(Dossier.site_id).order_by(Dossier.number)).all()
        assert sites == [pg_world.site_a] * 5
        assert session.scalar(select(func.count()).select_from(ClockEvent)) == 4
        entries = session.scalars(select(CarpassEntry)).all()
        assert {(e.site_id, e.enrolled_by) for e in entries} == {(pg_world.site_a, "clerk.a")} and len(entries) == 2
        assert session.scalar(select(func.count()).select_from(CarpassEntryEvent)) == 2
    assert any(DataKind.CARPASS_DOSSIERS in changes.kinds for changes in heard)


def test_a_scope_naming_another_site_is_refused_by_the_server(pg_world, station, tmp_path):
    as_clerk = station(pg_world.db, "clerk.a")
    forged = dataclasses.replace(pg_world.clerk_a, site_id=pg_world.site_b)
    with pytest.raises(ProgrammingError, match="row-level security"):
        run_to_end(import_dossiers(as_clerk, forged, write(tmp_path, GOOD)))
    assert set(_counts(pg_world.db).values()) == {0}


def test_column_texts_refuse_their_own_markers():
    assert import_writes.postgres_column([1, None, "a b"]) == "-\x1f1\x1f\x1e\x1fa b"
    for bad in ("x\x1fy", "\x1e", "a\x1eb"):
        with pytest.raises(ValueError):
            import_writes.postgres_column(["ok", bad])


def test_a_lone_empty_value_stays_an_empty_text(world, tmp_path):
    """One line whose plate is blank: stored as an empty plate (not NULL, not refused)."""
    path = write(tmp_path, "7,X,,,,,,,,0,0,\n")
    assert run_to_end(import_dossiers(world.db, world.clerk_a, path)).imported == 1
    with world.db.session() as session:
        assert session.scalars(select(Dossier.plate)).one() == ""
