"""Several stations sending at once: the database refuses a second open reading for an
entry, concurrent preparers write one reading per entry without an error, and four sender
PROCESSES started together split the readings — every reading posted exactly once."""

from __future__ import annotations

import subprocess
import threading
import time
from collections import Counter

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError

from app.core.carpass.sending.endpoint import set_endpoint
from app.core.carpass.sending.models import CarpassReading
from app.core.carpass.sending.readings import prepare, select_entries
from app.core.carpass.sending.simulator import CarpassSimulator
from app.core.carpass.sending.states import ReadingState
from app.core.timeutil import local_today, utcnow
from tests.carpass.sending.conftest import (
    ESTABLISHMENT_A,
    PASSWORD_A,
    ROOT,
    bulk_enrol,
    bulk_vin,
    enrol,
    sender_command,
    sender_env,
)

COUNT = 300
SENDERS = 4


def _reading_row(world, entry_id: int, key: str, state: str) -> dict:
    with world.db.session() as session:
        from app.core.carpass.models import CarpassEntry

        dossier_id = session.get(CarpassEntry, entry_id).dossier_id
    return dict(site_id=world.site_a, entry_id=entry_id, dossier_id=dossier_id, idempotency_key=key, state=state,
                payload="{}", vin="WAUZZZ8V3EA070544", odometer=1, reading_date=local_today(), checks="[]",
                attempts=0, anomaly_answered=False, created_at=utcnow())


def test_the_database_refuses_a_second_open_reading_of_an_entry(world):
    entry = enrol(world.db, world.site_a, 1095)
    with world.db.session() as session:
        session.execute(insert(CarpassReading), [_reading_row(world, entry, "k-1", ReadingState.QUEUED)])
    for state in (ReadingState.QUEUED, ReadingState.BLOCKED, ReadingState.SENDING, ReadingState.UNCERTAIN):
        with pytest.raises(IntegrityError), world.db.session() as session:
            session.execute(insert(CarpassReading), [_reading_row(world, entry, f"k-{state}", state)])
    # closed readings (refused, replaced) do not count: a new one may follow them
    with world.db.session() as session:
        session.execute(insert(CarpassReading), [_reading_row(world, entry, "k-failed", ReadingState.FAILED),
                                                 _reading_row(world, entry, "k-old", ReadingState.SUPERSEDED)])


def test_concurrent_preparers_write_one_reading_per_entry_without_error(world):
    entries = [enrol(world.db, world.site_a, 3000 + n, vin=f"VF7XX4X2XN90595{n:02d}") for n in range(40)]
    start, errors, results = threading.Barrier(SENDERS), [], []

    def station():
        try:
            facts = select_entries(world.db, world.clerk_a, entries)
            start.wait(timeout=30)
            results.append(prepare(world.db, world.clerk_a, facts, local_today(), utcnow()))
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=station) for _ in range(SENDERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    with world.db.session() as session:
        per_entry = Counter(session.scalars(select(CarpassReading.entry_id)))
    assert per_entry == dict.fromkeys(entries, 1)
    # every station was handed the same reading for an entry, to be claimed by one of them
    assert len(results) == SENDERS
    assert all({p.reading_id for p in prepared} == {p.reading_id for p in results[0]} for prepared in results)


@pytest.mark.slow
def test_four_sender_processes_post_every_reading_exactly_once(world):
    bulk_enrol(world.db, world.site_a, COUNT)
    simulator = CarpassSimulator({ESTABLISHMENT_A: PASSWORD_A}, latency=0.002).start()
    simulator.hold()  # every sender reaches its first POST before any is answered
    processes = []
    try:
        set_endpoint(world.db, world.admin_a, simulator.base_url)
        command = sender_command(world.db.url, "--timeout", "20", "--patience", "30")
        processes = [subprocess.Popen(command, env=sender_env(), cwd=ROOT, stdout=subprocess.PIPE,
                                      stderr=subprocess.PIPE, text=True) for _ in range(SENDERS)]
        deadline = time.monotonic() + 120
        while simulator.held < SENDERS:
            finished = [p for p in processes if p.poll() is not None]
            assert not finished, finished[0].stderr.read()
            assert time.monotonic() < deadline, f"only {simulator.held} senders reached Car-Pass"
            time.sleep(0.02)
        simulator.release()
        outputs = [p.communicate(timeout=180) for p in processes]
        for process, (out, err) in zip(processes, outputs, strict=True):
            assert process.returncode == 0, err + out
    finally:
        simulator.release()
        for process in processes:
            if process.poll() is None:
                process.kill()
                process.wait(timeout=10)
        simulator.stop()
    posted = Counter(o.payload["vin"] for o in simulator.state.observations.values())
    assert simulator.state.observation_posts == COUNT
    assert posted == {bulk_vin(i): 1 for i in range(COUNT)}
    # the four processes really shared the work: each posted from its own connection
    assert len({o.client for o in simulator.state.observations.values()}) >= SENDERS
    with world.db.session() as session:
        states = dict(session.execute(select(CarpassReading.state, func.count()).group_by(CarpassReading.state)).all())
        recorded = dict(session.execute(select(CarpassReading.vin, CarpassReading.request_guid)).all())
    assert states == {ReadingState.SENT: COUNT}
    assert recorded == {o.payload["vin"]: o.guid for o in simulator.state.observations.values()}
