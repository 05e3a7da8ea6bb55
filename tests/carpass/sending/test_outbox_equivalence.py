"""The two speed-tuned outbox strategies and the general path leave the same database for
the same answers: on SQLite (general vs SQLite strategy) and on PostgreSQL (general vs
PostgreSQL strategy), and both backends agree with each other.

Each example starts from identical readings (fixed keys and times), then one sending run
records a drawn sequence of answers — accepted, anomaly, refused, credentials refused,
5xx, maintenance, timeout, connection dropped, refused connection, unreadable 2xx — some of them for a
reading another station took over meanwhile, or while another station claims the next
reading. Every row of the readings, entries, history and raw calls is compared.
"""

from __future__ import annotations

import json
import shutil
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select, update

from app.core.carpass.models import CarpassEntry, CarpassEntryEvent, Dossier, EntryStatus
from app.core.carpass.sending import protocol
from app.core.carpass.sending.client import CallResult
from app.core.carpass.sending.models import CarpassCall, CarpassReading
from app.core.carpass.sending.outbox.general import GeneralStrategy
from app.core.carpass.sending.outbox.postgres import PostgresStrategy
from app.core.carpass.sending.outbox.run import OutboxRun
from app.core.carpass.sending.outbox.sqlite import SqliteStrategy
from app.core.carpass.sending.states import ReadingState
from app.core.db.engine import Database
from tests.conftest import truncate_all
from tests.factories import make_world

BASE = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


def _ok(k: int, status: str = "Ongoing", extra: str = "") -> CallResult:
    return CallResult(201, f'{{"requestGuid": "guid-{k:04d}", "status": "{status}"{extra}}}'.encode(), None, 7)


RESULTS = {
    "accepted": lambda k: _ok(k),
    "anomaly": lambda k: _ok(k, "Reviewing", ', "anomalies": [{"code": "LOWER", "message": "plus bas"}]'),
    "rejected": lambda k: CallResult(400, b'{"message": "VIN invalide"}', None, 5),
    "auth": lambda k: CallResult(401, b'{"message": "refus"}', None, 3),
    "maintenance": lambda k: CallResult(503, b'{"message": "maintenance"}', None, 2),
    "server_error": lambda k: CallResult(500, b'{"message": "erreur interne"}', None, 4),
    "garbage": lambda k: CallResult(200, b'{"requestGuid": "ab\x00<html>', None, 6),
    "timeout": lambda k: CallResult(None, b"", "timeout: ReadTimeout", 500, protocol.NoAnswer.TIMEOUT),
    "dropped": lambda k: CallResult(None, b"", "connection error: RemoteDisconnected", 9,
                                    protocol.NoAnswer.CONNECTION_LOST),
    "refused": lambda k: CallResult(None, b"", "connection error: ConnectionRefusedError", 1,
                                    protocol.NoAnswer.NOT_SENT),
}
STEPS = st.lists(st.tuples(st.sampled_from(sorted(RESULTS)), st.sampled_from(["", "", "", "taken", "next_taken"])),
                 min_size=1, max_size=14)


def _populate(database: Database, count: int) -> list[int]:
    """``count`` queued readings of site A, every value fixed (keys and times included)."""
    world = make_world(database)
    ids = []
    with database.session() as session:
        for n in range(count):
            dossier = Dossier(site_id=world.site_a, number=100 + n, owner="DUBOIS", plate="1ABC123",
                              vin=f"VF7XX4X2XN90595{n:02d}", first_registration=date(2018, 3, 1), original_km=50_000,
                              damage_km=50_100 + n, repair_km=50_200, merged=False, create_vat_number=True,
                              work_started_at=BASE, created_at=BASE, updated_at=BASE)
            session.add(dossier)
            session.flush()
            entry = CarpassEntry(site_id=world.site_a, dossier_id=dossier.id, status=EntryStatus.PENDING, manual=False,
                                 enrolled_at=BASE, updated_at=BASE)
            session.add(entry)
            session.flush()
            reading = CarpassReading(
                site_id=world.site_a, entry_id=entry.id, dossier_id=dossier.id,
                idempotency_key=f"00000000-0000-4000-8000-{n:012d}", state=ReadingState.QUEUED,
                payload=json.dumps({"vin": dossier.vin, "odometerReading": dossier.damage_km}), vin=dossier.vin,
                odometer=dossier.damage_km, reading_date=BASE.date(), checks="[]", attempts=0, created_at=BASE,
                created_by="clerk.a", anomaly_answered=False)
            session.add(reading)
            session.flush()
            ids.append(reading.id)
    return ids


def _other_station(database: Database, **where_and_values) -> None:
    """What another station's sender does between two statements of this run."""
    reading_id = where_and_values.pop("reading_id", None)
    with database.session() as session:
        query = update(CarpassReading)
        if reading_id is not None:
            query = query.where(CarpassReading.id == reading_id)
        else:  # the first reading still queued
            first = session.scalar(select(CarpassReading.id).where(CarpassReading.state == ReadingState.QUEUED)
                                   .order_by(CarpassReading.id).limit(1))
            if first is None:
                return
            query = query.where(CarpassReading.id == first)
        session.execute(query.values(**where_and_values))


def _drive(database: Database, strategy, steps, reading_ids: list[int]) -> None:
    """One run recording ``steps`` (answer kind, what another station does first); like the
    sender, rounds over the readings, each round claiming them in order."""
    with OutboxRun(database, "run-under-test", "clerk.a", strategy) as run:
        claimed = None
        for k, (kind, other) in enumerate(steps):
            now = BASE + timedelta(seconds=k + 1)
            if claimed is None:
                candidates = iter(reading_ids)
                claimed = run.claim_next(candidates, now)
                if claimed is None:
                    break
            if other == "taken":
                _other_station(database, reading_id=claimed.id, claimed_by="other-run", claimed_at=now)
            elif other == "next_taken":
                _other_station(database, state=ReadingState.SENDING, claimed_by="other-run", claimed_at=now,
                               attempts=CarpassReading.attempts + 1)
            result = RESULTS[kind](k)
            answer = result.answer(protocol.parse_observation_answer)
            _recorded, claimed = run.answer_and_claim_next(claimed, result, answer, now, now + timedelta(seconds=30),
                                                           candidates)
        if claimed is not None:
            run.release(claimed)


def _dump(database: Database) -> dict[str, list[tuple]]:
    tables = (CarpassReading.__table__, CarpassEntry.__table__, CarpassEntryEvent.__table__, CarpassCall.__table__)
    with database.engine.connect() as connection:
        return {t.name: [tuple(row) for row in connection.execute(select(t).order_by(t.c.id))] for t in tables}


@pytest.fixture(scope="module")
def backends(sqlite_template, pg_url, tmp_path_factory):
    """Factories of an empty migrated database per example: a copied SQLite file, the
    session's PostgreSQL database emptied."""
    folder = tmp_path_factory.mktemp("equivalence")
    postgres = Database(pg_url)
    counter = iter(range(10**6))

    def fresh_sqlite() -> Database:
        path = folder / f"example-{next(counter)}.sqlite3"
        shutil.copyfile(sqlite_template, path)
        return Database(f"sqlite:///{path.as_posix()}")

    def fresh_postgres() -> Database:
        truncate_all(postgres)
        return postgres

    yield fresh_sqlite, fresh_postgres
    truncate_all(postgres)
    postgres.dispose()


@settings(max_examples=30)
@given(count=st.integers(min_value=1, max_value=4), steps=STEPS)
def test_both_strategies_and_the_general_path_leave_the_same_rows(backends, count, steps):
    fresh_sqlite, fresh_postgres = backends
    dumps = {}
    for name, make, strategy in (("sqlite general", fresh_sqlite, GeneralStrategy),
                                 ("sqlite strategy", fresh_sqlite, SqliteStrategy),
                                 ("postgres general", fresh_postgres, GeneralStrategy),
                                 ("postgres strategy", fresh_postgres, PostgresStrategy)):
        database = make()
        try:
            _drive(database, strategy, steps, _populate(database, count))
            dumps[name] = _dump(database)
        finally:
            if database.is_sqlite:
                database.dispose()
    reference = dumps["sqlite general"]
    assert reference["carpass_call"], "the run recorded nothing: the example tests nothing"
    for name, dump in dumps.items():
        assert dump == reference, name


def test_the_comparison_sees_a_difference(backends):
    """The dump the property compares changes when one answer differs (the test can fail)."""
    fresh_sqlite, _fresh_postgres = backends
    dumps = []
    for kind in ("accepted", "rejected"):
        database = fresh_sqlite()
        try:
            _drive(database, SqliteStrategy, [(kind, "")], _populate(database, 1))
            dumps.append(_dump(database))
        finally:
            database.dispose()
    assert dumps[0] != dumps[1]
