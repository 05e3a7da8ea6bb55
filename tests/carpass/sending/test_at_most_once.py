"""At most once, nothing lost: readings sent through the simulator in fault mode (20 % of
calls fail: timeouts, 5xx, resets, garbage JSON, maintenance, accepted-then-dropped
connections), the sender process killed with SIGKILL mid-batch, then restarted. The
simulator ignores the idempotency key, as the real service may. After every run each
reading is either received exactly once with the requestGuid the outbox recorded, or
listed à vérifier (received at most once) — never posted twice, never lost. Then the
clerk resolves the à vérifier ones (marked received with the portal's requestGuid, or
resent) and every reading ends received exactly once."""

from __future__ import annotations

import signal
import subprocess
import time
from collections import Counter

import pytest
from sqlalchemy import func, select

from app.core.carpass.models import CarpassEntry, EntryStatus
from app.core.carpass.sending.endpoint import set_endpoint
from app.core.carpass.sending.models import CarpassReading
from app.core.carpass.sending.resolution import mark_received, resend
from app.core.carpass.sending.simulator import FAULT_KINDS, CarpassSimulator, FaultConfig
from app.core.carpass.sending.states import ReadingState, Resolution, UncertainCause
from tests.carpass.sending.conftest import (
    ESTABLISHMENT_A,
    PASSWORD_A,
    ROOT,
    bulk_enrol,
    bulk_vin,
    sender_command,
    sender_env,
)

COUNT = 400
OPTIONS = ("--timeout", "0.25", "--retry-delay", "0.02", "--patience", "15", "--stale-after", "0")


def _states(db) -> dict[str, int]:
    with db.session() as session:
        return dict(session.execute(select(CarpassReading.state, func.count())
                                    .where(CarpassReading.state != ReadingState.SUPERSEDED)
                                    .group_by(CarpassReading.state)).all())


def _readings(db) -> dict[str, CarpassReading]:
    with db.session() as session:
        return {r.vin: r for r in session.scalars(select(CarpassReading)
                                                  .where(CarpassReading.state != ReadingState.SUPERSEDED))}


def assert_at_most_once(db, simulator, *, settled: bool = True) -> dict[str, CarpassReading]:
    """No VIN observed twice; every reading received exactly once with its guid, or à
    vérifier (received 0 or 1 time), or — unless ``settled`` — still queued."""
    observed = Counter(o.payload["vin"] for o in simulator.state.observations.values())
    assert not [vin for vin, n in observed.items() if n > 1], "a reading was posted twice"
    guid_of = {o.payload["vin"]: o.guid for o in simulator.state.observations.values()}
    readings = _readings(db)
    assert sorted(readings) == sorted(bulk_vin(i) for i in range(COUNT)), "a reading was lost"
    allowed = {ReadingState.SENT, ReadingState.UNCERTAIN} | (set() if settled else {ReadingState.QUEUED})
    for vin, reading in readings.items():
        assert reading.state in allowed, (vin, reading.state)
        if reading.state == ReadingState.SENT:
            assert reading.request_guid == guid_of[vin]
        elif reading.state == ReadingState.QUEUED:
            assert vin not in observed  # only calls the service certainly never got are retried
    return readings


def _run_sender(url: str) -> None:
    run = subprocess.run(sender_command(url, *OPTIONS), env=sender_env(), cwd=ROOT, capture_output=True, text=True,
                         timeout=300)
    assert run.returncode in (0, 1), run.stderr


@pytest.mark.slow
def test_faults_and_a_killed_sender_never_post_twice_and_lose_nothing(world):
    bulk_enrol(world.db, world.site_a, COUNT)
    simulator = CarpassSimulator({ESTABLISHMENT_A: PASSWORD_A},
                                 faults=FaultConfig(rate=0.2, seed=20261205, timeout_delay=0.6)).start()
    try:
        set_endpoint(world.db, world.admin_a, simulator.base_url)
        url = world.db.url
        # 1. a scheduled run, killed with SIGKILL once a third of the readings reached Car-Pass
        process = subprocess.Popen(sender_command(url, *OPTIONS), env=sender_env(), cwd=ROOT,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 120
        while len(simulator.state.observations) < COUNT // 3:
            assert process.poll() is None, process.stderr.read().decode()
            assert time.monotonic() < deadline, "the sender made no progress"
            time.sleep(0.01)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
        assert process.returncode == -signal.SIGKILL
        assert _states(world.db).get(ReadingState.SENDING, 0) <= 1  # at most the reading being posted
        # 2. restart until nothing is queued: retries only of calls the service never got
        for _run in range(6):
            _run_sender(url)
            assert_at_most_once(world.db, simulator, settled=False)
            if not _states(world.db).get(ReadingState.QUEUED):
                break
        readings = assert_at_most_once(world.db, simulator)
        uncertain = [r for r in readings.values() if r.state == ReadingState.UNCERTAIN]
        # the faults really happened, of every kind, and left readings à vérifier of each cause
        assert set(simulator.state.faults) == set(FAULT_KINDS)
        assert {UncertainCause.TIMEOUT, UncertainCause.CONNECTION_LOST, UncertainCause.SERVER_ERROR,
                UncertainCause.UNREADABLE} <= {r.uncertain_cause for r in uncertain}
        # every one is visible where the clerk looks: its list entry says "à vérifier"
        with world.db.session() as session:
            assert session.scalar(select(func.count()).select_from(CarpassEntry)
                                  .where(CarpassEntry.status == EntryStatus.UNCERTAIN)) == len(uncertain)
        # 3. the clerk checks the portal: received ones are marked with their requestGuid,
        #    the others resent (faults continue during the first round)
        for round_ in range(6):
            guid_of = {o.payload["vin"]: o.guid for o in simulator.state.observations.values()}
            todo = [r for r in _readings(world.db).values() if r.state == ReadingState.UNCERTAIN]
            if not todo:
                break
            for reading in todo:
                if reading.vin in guid_of:
                    mark_received(world.db, world.clerk_a, reading.id, guid_of[reading.vin].upper())
                else:
                    resend(world.db, world.clerk_a, reading.id)
            if round_ == 1:
                simulator.set_fault_rate(0.0)
            _run_sender(url)
            assert_at_most_once(world.db, simulator, settled=False)
        readings = assert_at_most_once(world.db, simulator)
        assert {r.state for r in readings.values()} == {ReadingState.SENT}
        assert len(simulator.state.observations) == COUNT
        resolutions = Counter(r.resolution for r in readings.values())
        assert resolutions[Resolution.MARKED_RECEIVED] > 0 and resolutions[Resolution.RESENT] > 0
    finally:
        simulator.stop()
