"""One connection per sending run, one transaction per reading (answer of N + claim of N+1):
the window "claimed but not answered" stays one reading, and nothing is left claimed when a
run is cancelled or closed."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from app.core.carpass.sending import protocol
from app.core.carpass.sending.outbox import run as outbox
from app.core.carpass.sending.client import CarpassClient
from app.core.carpass.sending.models import CarpassCall, CarpassReading
from app.core.carpass.sending.sender import send_readings
from app.core.progress import CancelToken, run_to_end
from tests.carpass_sending.conftest import ESTABLISHMENT_A, FAST, enrol


class StationCrash(BaseException):
    """Stands for the station dying in the middle of a call (nothing after it runs)."""


def _entries(carpass, count: int) -> list[int]:
    return [enrol(carpass.db, carpass.site_a, 2000 + n, vin=f"VF7XX4X2XN90595{n:02d}") for n in range(count)]


def _readings(db) -> list[CarpassReading]:
    with db.session() as session:
        return list(session.scalars(select(CarpassReading).order_by(CarpassReading.id)))


def _states(db) -> dict[str, int]:
    with db.session() as session:
        return dict(session.execute(select(CarpassReading.state, func.count()).group_by(CarpassReading.state)).all())


def test_a_crash_during_a_call_leaves_only_that_reading_sending(carpass, simulator, monkeypatch):
    entries = _entries(carpass, 6)
    real_post, calls = CarpassClient.post_observation, []

    def crashing_post(client, payload, key):
        calls.append(key)
        if len(calls) == 3:
            raise StationCrash
        return real_post(client, payload, key)

    monkeypatch.setattr(CarpassClient, "post_observation", crashing_post)
    with pytest.raises(StationCrash):
        run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=entries, options=FAST))
    readings = _readings(carpass.db)
    assert _states(carpass.db) == {"sent": 2, "sending": 1, "queued": 3}
    (interrupted,) = [r for r in readings if r.state == "sending"]
    assert interrupted.idempotency_key == calls[2] and interrupted.attempts == 1
    assert all(r.attempts == 0 for r in readings if r.state == "queued")  # never claimed
    with carpass.db.session() as session:
        assert session.scalar(select(func.count()).select_from(CarpassCall)) == 2  # each answer with its call
    # the next run takes the interrupted reading over with the same key; each reading arrives once
    monkeypatch.setattr(CarpassClient, "post_observation", real_post)
    summary = run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=entries, options=FAST))
    assert summary.all_accepted and _states(carpass.db) == {"sent": 6}
    assert len(simulator.state.accepted_for(ESTABLISHMENT_A)) == 6 and simulator.state.duplicates == 0


@pytest.mark.parametrize("how", ["token", "close"])
def test_a_cancelled_or_closed_run_leaves_no_reading_claimed(carpass, simulator, how):
    entries = _entries(carpass, 5)
    token = CancelToken()
    operation = send_readings(carpass.db, carpass.clerk_a, entry_ids=entries, options=FAST, token=token)
    next(operation)  # preparation
    next(operation)  # first reading sent, the second one claimed for its call
    assert _states(carpass.db) == {"sent": 1, "sending": 1, "queued": 3}
    if how == "token":
        token.cancel()
        summary = run_to_end(operation)
        assert summary.counts()["sent"] == 1 and summary.counts()["queued"] == 4
    else:
        operation.close()  # what the task runner does when the clerk cancels
    assert _states(carpass.db) == {"sent": 1, "queued": 4}
    assert all(r.attempts == 0 and r.claimed_by is None for r in _readings(carpass.db) if r.state == "queued")
    assert len(simulator.state.observations) == 1
    # a new run right away sends the rest (nothing waits for a stale claim to expire)
    summary = run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=entries,
                                       options=replace(FAST, stale_after=3600.0)))
    assert summary.all_accepted and _states(carpass.db) == {"sent": 5}


@pytest.mark.parametrize("keys_honoured", [True, False])
def test_postgresql_commits_skip_the_flush_only_while_the_key_is_honoured(carpass, simulator, monkeypatch,
                                                                          keys_honoured):
    if not carpass.db.is_postgres:
        pytest.skip("synchronous_commit is a PostgreSQL setting")
    monkeypatch.setattr(protocol, "RESEND_INTERRUPTED_WITH_SAME_KEY", keys_honoured)
    runs, seen = [], []
    real_enter, real_post = outbox.OutboxRun.__enter__, CarpassClient.post_observation

    def enter(run):
        runs.append(run)
        return real_enter(run)

    def post(client, payload, key):
        with runs[-1].connection.begin():
            seen.append(runs[-1].connection.exec_driver_sql("SHOW synchronous_commit").scalar())
        return real_post(client, payload, key)

    monkeypatch.setattr(outbox.OutboxRun, "__enter__", enter)
    monkeypatch.setattr(CarpassClient, "post_observation", post)
    summary = run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=_entries(carpass, 3), options=FAST))
    assert summary.all_accepted
    assert seen == (["off"] * 3 if keys_honoured else ["on"] * 3)
    # the setting never goes back to the pool with the connection
    pool = carpass.db.engine.pool
    held = [carpass.db.engine.connect() for _ in range(pool.checkedin())]
    try:
        assert held and all(c.exec_driver_sql("SHOW synchronous_commit").scalar() == "on" for c in held)
    finally:
        for connection in held:
            connection.close()


def _set_reading(db, reading_id: int, **values) -> None:
    from sqlalchemy import update

    with db.session() as session:
        session.execute(update(CarpassReading).where(CarpassReading.id == reading_id).values(**values))


def _hooked_post(monkeypatch, hooks: dict):
    """Post for real, after running ``hooks[n]`` (another station's doing) at the n-th call."""
    real_post, calls = CarpassClient.post_observation, []

    def post(client, payload, key):
        calls.append(key)
        if len(calls) in hooks:
            hooks[len(calls)]()
        return real_post(client, payload, key)

    monkeypatch.setattr(CarpassClient, "post_observation", post)
    return calls


def test_an_answer_for_a_reading_taken_over_meanwhile_is_kept_but_changes_nothing(carpass, simulator, monkeypatch):
    from app.core.carpass.models import CarpassEntry, CarpassEntryEvent
    from app.core.timeutil import utcnow

    entries = _entries(carpass, 3)
    first = {}

    def other_station_takes_over():
        (reading,) = [r for r in _readings(carpass.db) if r.state == "sending"]
        first["id"], first["entry"] = reading.id, reading.entry_id
        _set_reading(carpass.db, reading.id, claimed_by="other-run", claimed_at=utcnow())

    _hooked_post(monkeypatch, {1: other_station_takes_over})
    run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=entries, options=replace(FAST, stale_after=3600)))
    readings = {r.id: r for r in _readings(carpass.db)}
    assert readings[first["id"]].state == "sending" and readings[first["id"]].claimed_by == "other-run"
    assert readings[first["id"]].request_guid is None
    assert sorted(r.state for r in readings.values()) == ["sending", "sent", "sent"]
    with carpass.db.session() as session:
        entry = session.get(CarpassEntry, first["entry"])
        assert entry.status == "pending" and entry.version == 1
        assert not list(session.scalars(select(CarpassEntryEvent).where(CarpassEntryEvent.entry_id == entry.id)))
        # the raw call is kept all the same
        assert session.scalar(select(func.count()).select_from(CarpassCall)
                              .where(CarpassCall.reading_id == first["id"])) == 1


def test_the_next_reading_claimed_by_another_station_is_left_to_it(carpass, simulator, monkeypatch):
    from app.core.timeutil import utcnow

    entries = _entries(carpass, 3)
    taken = {}

    def other_station_claims_the_next_one():
        queued = [r for r in _readings(carpass.db) if r.state == "queued"]
        taken["id"] = queued[0].id
        _set_reading(carpass.db, queued[0].id, state="sending", claimed_by="other-run", claimed_at=utcnow(),
                     attempts=1)

    _hooked_post(monkeypatch, {1: other_station_claims_the_next_one})
    run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=entries, options=replace(FAST, stale_after=3600)))
    readings = {r.id: r for r in _readings(carpass.db)}
    assert readings[taken["id"]].state == "sending" and readings[taken["id"]].claimed_by == "other-run"
    assert readings[taken["id"]].attempts == 1
    assert sorted(r.state for r in readings.values()) == ["sending", "sent", "sent"]
    assert len(simulator.state.observations) == 2


def test_an_interrupted_reading_becomes_unknown_when_the_key_is_not_honoured(carpass, simulator, monkeypatch):
    from datetime import timedelta

    from app.core.timeutil import utcnow

    entries = _entries(carpass, 2)
    _hooked_post(monkeypatch, {1: lambda: (_ for _ in ()).throw(StationCrash())})
    with pytest.raises(StationCrash):
        run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=entries, options=FAST))
    first, second = _readings(carpass.db)
    # as if the dead run had been posting the second reading, the first one still queued
    _set_reading(carpass.db, first.id, state="queued", claimed_by=None, claimed_at=None, attempts=0)
    _set_reading(carpass.db, second.id, state="sending", claimed_by="dead-run",
                 claimed_at=utcnow() - timedelta(hours=1), attempts=1)
    monkeypatch.setattr(protocol, "RESEND_INTERRUPTED_WITH_SAME_KEY", False)
    calls = _hooked_post(monkeypatch, {})
    summary = run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=entries, options=FAST))
    first, second = _readings(carpass.db)
    assert first.state == "sent" and calls == [first.idempotency_key]  # never re-posted
    assert second.state == "unknown" and "interrupted" in second.last_message
    assert sorted(line.outcome for line in summary.lines) == ["sent", "uncertain"]


def test_a_locked_sqlite_database_while_recording_an_answer_is_reported_and_recovered(carpass, simulator,
                                                                                         monkeypatch):
    import sqlite3

    from app.core.db.engine import Database
    from app.core.errors import DatabaseUnavailableError

    if not carpass.db.is_sqlite:
        pytest.skip("SQLite's write lock")
    entries = _entries(carpass, 3)
    impatient = Database(carpass.db.url, busy_timeout_ms=100)  # the station, giving up on the lock quickly
    blocker = sqlite3.connect(carpass.db.engine.url.database, isolation_level=None)

    def another_program_locks_the_file():
        blocker.execute("BEGIN IMMEDIATE")

    _hooked_post(monkeypatch, {1: another_program_locks_the_file})
    try:
        with pytest.raises(DatabaseUnavailableError):
            run_to_end(send_readings(impatient, carpass.clerk_a, entry_ids=entries, options=FAST))
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
        impatient.dispose()
    # nothing half-written: the posted reading is still "sending" (answer unknown), no other claimed
    assert _states(carpass.db) == {"sending": 1, "queued": 2}
    with carpass.db.session() as session:
        assert session.scalar(select(func.count()).select_from(CarpassCall)) == 0
    summary = run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=entries, options=FAST))
    assert summary.all_accepted and _states(carpass.db) == {"sent": 3}
    assert len(simulator.state.observations) == 3 and simulator.state.duplicates == 1  # same key, replayed
