"""Acknowledged Car-Pass readings are queued in the answer's transaction and chained in
batches: a run that dies before chaining loses nothing (the next run chains what it left),
a queued reading is not reported as outside the chain, a queue row removed by hand is, and
two stations chaining the same queue at once chain each record once."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select, text

from app.core.carpass.sending.outbox import run as outbox
from app.core.carpass.sending.sender import send_readings
from app.core.ledger.models import LedgerEntry, LedgerQueue
from app.core.ledger.queue import chain_queued
from app.core.ledger.verify import broken_chains, verify_ledger
from app.core.progress import run_to_end
from tests.carpass.sending.conftest import FAST, enrol
from tests.reliability.conftest import RawRefused, raw_connection


def _entries(world, first: int, count: int) -> list[int]:
    return [enrol(world.db, world.site_a, first + n, vin=f"VF7XX4X2XN9{first:04d}{n:02d}") for n in range(count)]


def _counts(db) -> tuple[int, int]:
    """(queued readings, chained readings)."""
    with db.session() as session:
        queued = session.scalar(select(func.count()).select_from(LedgerQueue))
        chained = session.scalar(select(func.count()).select_from(LedgerEntry)
                                 .where(LedgerEntry.kind == "carpass_reading"))
    return queued or 0, chained or 0


def _reading_report(world):
    (report,) = [r for r in verify_ledger(world.db, world.admin_a)
                 if r.kind == "carpass_reading" and r.site_code == "A"]
    return report


def test_a_run_that_dies_before_chaining_leaves_its_readings_queued_and_the_next_run_chains_them(
        carpass, monkeypatch):
    monkeypatch.setattr(outbox.OutboxRun, "chain", lambda self, site_id=None: 0)  # the station dies first
    summary = run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=_entries(carpass, 3000, 3),
                                       options=FAST))
    assert summary.all_accepted
    assert _counts(carpass.db) == (3, 0)
    assert broken_chains(verify_ledger(carpass.db, carpass.admin_a)) == []  # waiting, not outside the chain
    monkeypatch.undo()
    summary = run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=_entries(carpass, 3100, 1),
                                       options=FAST))
    assert summary.all_accepted
    assert _counts(carpass.db) == (0, 4)
    report = _reading_report(carpass)
    assert report.intact and report.length == 4


def test_every_reading_of_a_long_run_is_chained_in_batches(carpass, monkeypatch):
    monkeypatch.setattr(outbox, "CHAIN_EVERY", 2)
    chained: list[int] = []
    real_chain = outbox.OutboxRun.chain

    def counting_chain(self, site_id=None):
        done = real_chain(self, site_id)
        chained.append(done)
        return done

    monkeypatch.setattr(outbox.OutboxRun, "chain", counting_chain)
    summary = run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=_entries(carpass, 3200, 5),
                                       options=FAST))
    assert summary.all_accepted
    assert [n for n in chained if n] == [2, 2, 1]  # every two readings, the rest at the end
    assert _counts(carpass.db) == (0, 5)
    assert _reading_report(carpass).intact


def test_a_queue_row_removed_by_hand_leaves_its_reading_reported_outside_the_chain(carpass, monkeypatch):
    monkeypatch.setattr(outbox.OutboxRun, "chain", lambda self, site_id=None: 0)
    run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=_entries(carpass, 3300, 2), options=FAST))
    with raw_connection(carpass.db) as raw:
        raw("DELETE FROM ledger_queue WHERE record_id = (SELECT min(record_id) FROM ledger_queue)")
    report = _reading_report(carpass)
    assert not report.intact and "hors chaîne" in report.broken.reason.render()


def test_a_queued_id_that_is_no_acknowledged_reading_is_dropped(carpass, monkeypatch):
    monkeypatch.setattr(outbox.OutboxRun, "chain", lambda self, site_id=None: 0)
    run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=_entries(carpass, 3400, 1), options=FAST))
    with carpass.db.session() as session:
        session.execute(text("INSERT INTO ledger_queue (kind, record_id, site_id, queued_at) "
                             "VALUES ('carpass_reading', 999999, :site, CURRENT_TIMESTAMP)"), {"site": carpass.site_a})
    with carpass.db.engine.begin() as connection:
        assert chain_queued(connection, "carpass_reading", carpass.site_a) == 1
    assert _counts(carpass.db) == (0, 1)
    assert _reading_report(carpass).intact


@pytest.mark.parametrize("db", ["postgres"], indirect=True)
def test_two_stations_chaining_the_same_queue_at_once_chain_each_reading_once(carpass, monkeypatch):
    monkeypatch.setattr(outbox.OutboxRun, "chain", lambda self, site_id=None: 0)
    run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=_entries(carpass, 3500, 4), options=FAST))
    first = carpass.db.engine.connect()
    first.begin()
    assert chain_queued(first, "carpass_reading", carpass.site_a) == 4  # holds the head's lock
    results: list[int] = []

    def second_station():
        with carpass.db.engine.begin() as connection:
            results.append(chain_queued(connection, "carpass_reading", carpass.site_a))

    thread = threading.Thread(target=second_station)
    thread.start()
    thread.join(0.5)
    assert thread.is_alive()  # waiting for the head's lock
    first.commit()
    first.close()
    thread.join(10)
    assert results == [0]
    assert _counts(carpass.db) == (0, 4)
    assert _reading_report(carpass).intact


def test_the_head_moves_a_batch_forward_but_never_over_a_missing_position(carpass):
    run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=_entries(carpass, 3600, 2), options=FAST))
    assert _reading_report(carpass).length == 2  # chained in one batch: the head moved by two
    entry = ("INSERT INTO ledger_entry (site_id, kind, seq, record_id, content, content_hash, prev_hash, hash, "
             "created_at) VALUES (?, 'carpass_reading', ?, ?, '{}', 'x', 'x', ?, CURRENT_TIMESTAMP)")
    move = "UPDATE ledger_head SET length = ?, head_hash = ? WHERE site_id = ? AND kind = 'carpass_reading'"
    with raw_connection(carpass.db) as run:
        run(entry, (carpass.site_a, 4, 999998, "h4"))  # position 3 left empty
        with pytest.raises(RawRefused):
            run(move, (4, "h4", carpass.site_a))
        with pytest.raises(RawRefused):  # nor back, nor to a hash that is not the entry's
            run(move, (1, "h4", carpass.site_a))
        run(entry, (carpass.site_a, 3, 999997, "h3"))
        with pytest.raises(RawRefused):
            run(move, (4, "not-h4", carpass.site_a))
        assert run(move, (4, "h4", carpass.site_a)) == 1  # every position held: as two single steps


def test_a_batch_that_fails_to_chain_does_not_stop_the_run(carpass, monkeypatch):
    from sqlalchemy.exc import OperationalError

    monkeypatch.setattr(outbox, "CHAIN_EVERY", 1)
    calls: list[int] = []
    real = outbox.chain_queued

    def flaky(connection, kind, site_id):
        calls.append(site_id)
        if len(calls) == 2:  # the first batch of the run (the first call is the start's catch-up)
            raise OperationalError("chain", {}, Exception("database is locked"))
        return real(connection, kind, site_id)

    monkeypatch.setattr(outbox, "chain_queued", flaky)
    summary = run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=_entries(carpass, 3700, 3), options=FAST))
    assert summary.all_accepted
    assert _counts(carpass.db) == (0, 3)  # the next batch chained what the failed one left
    assert _reading_report(carpass).intact
