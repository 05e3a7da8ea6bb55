"""One connection per sending run, one transaction per reading (answer of N + claim of N+1):
the window "claimed but not answered" stays one reading, nothing is left claimed when a
run is cancelled or closed, and a reading whose sender stopped mid-call becomes à vérifier
instead of being posted again."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from app.core.carpass.sending.client import CarpassClient
from app.core.carpass.sending.models import CarpassCall, CarpassReading
from app.core.carpass.sending.outbox import run as outbox
from app.core.carpass.sending.sender import send_readings
from app.core.progress import CancelToken, run_to_end
from tests.carpass.sending.conftest import FAST, enrol


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


def test_a_crash_during_a_call_leaves_only_that_reading_sending_then_to_check(carpass, simulator, monkeypatch):
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
    # the next run never posts the interrupted reading again: Car-Pass may have it
    monkeypatch.setattr(CarpassClient, "post_observation", real_post)
    summary = run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=entries, options=FAST))
    assert _states(carpass.db) == {"sent": 5, "unknown": 1}
    (to_check,) = [r for r in _readings(carpass.db) if r.state == "unknown"]
    assert to_check.id == interrupted.id and to_check.uncertain_cause == "interrupted"
    assert sorted(line.outcome for line in summary.lines) == ["already_sent"] * 2 + ["sent"] * 3 + ["uncertain"]
    assert simulator.state.observation_posts == 5
    with carpass.db.session() as session:
        from app.core.carpass.models import CarpassEntry

        assert session.get(CarpassEntry, to_check.entry_id).status == "unknown"


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


def test_the_commits_of_a_run_reach_the_disk(carpass, simulator, monkeypatch):
    """Without an idempotency key to fall back on, a claim lost by a power cut or a crash of
    the database server would let the reading be posted twice: every commit of a run is
    flushed (SQLite: synchronous FULL for the run only; PostgreSQL: synchronous_commit on)."""
    show = "PRAGMA synchronous" if carpass.db.is_sqlite else "SHOW synchronous_commit"
    during, after = ((2, 1) if carpass.db.is_sqlite else ("on", "on"))  # SQLite: 2 = FULL, 1 = NORMAL
    runs, seen = [], []
    real_enter, real_post = outbox.OutboxRun.__enter__, CarpassClient.post_observation

    def enter(run):
        runs.append(run)
        return real_enter(run)

    def post(client, payload, key):
        runs[-1].settle()  # PostgreSQL: out of the one-statement mode, to read the setting in a transaction
        with runs[-1].connection.begin():
            seen.append(runs[-1].connection.exec_driver_sql(show).scalar())
        return real_post(client, payload, key)

    monkeypatch.setattr(outbox.OutboxRun, "__enter__", enter)
    monkeypatch.setattr(CarpassClient, "post_observation", post)
    summary = run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=_entries(carpass, 3), options=FAST))
    assert summary.all_accepted and seen == [during] * 3
    # the setting never goes back to the pool with the connection
    pool = carpass.db.engine.pool
    held = [carpass.db.engine.connect() for _ in range(max(1, pool.checkedin()))]
    try:
        assert all(c.exec_driver_sql(show).scalar() == after for c in held)
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


def test_a_reading_left_sending_by_a_dead_sender_becomes_to_check_and_is_never_reposted(carpass, simulator,
                                                                                        monkeypatch):
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
    calls = _hooked_post(monkeypatch, {})
    summary = run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=entries,
                                       options=replace(FAST, stale_after=600)))
    first, second = _readings(carpass.db)
    assert first.state == "sent" and calls == [first.idempotency_key]  # never re-posted
    assert second.state == "unknown" and second.uncertain_cause == "interrupted"
    assert "interrupted" in second.last_message
    assert sorted(line.outcome for line in summary.lines) == ["sent", "uncertain"]


def test_the_answer_of_a_slow_sender_marked_interrupted_meanwhile_is_still_recorded(carpass, simulator,
                                                                                    monkeypatch):
    from datetime import timedelta

    from app.core.timeutil import utcnow

    entries = _entries(carpass, 1)

    def another_station_thinks_the_sender_died():
        with outbox.OutboxRun(carpass.db, "other-run", "clerk.a") as other:
            now = utcnow()
            assert len(other.mark_interrupted(carpass.site_a, now, now + timedelta(seconds=1))) == 1
        assert _readings(carpass.db)[0].state == "unknown"

    _hooked_post(monkeypatch, {1: another_station_thinks_the_sender_died})
    summary = run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=entries,
                                       options=replace(FAST, stale_after=600)))
    (reading,) = _readings(carpass.db)
    (observation,) = simulator.state.observations.values()
    assert reading.state == "sent" and reading.request_guid == observation.guid
    assert summary.all_accepted


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
    # the next run sends the others; the one Car-Pass got without its answer recorded is à vérifier
    summary = run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=entries, options=FAST))
    assert _states(carpass.db) == {"sent": 2, "unknown": 1} and not summary.all_accepted
    assert len(simulator.state.observations) == 3 and simulator.state.observation_posts == 3  # none twice
