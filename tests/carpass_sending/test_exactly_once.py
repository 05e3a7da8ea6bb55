"""Exactly-once delivery: 1,000 readings through the simulator in fault mode (20 % of calls
fail: timeouts, 5xx, resets, garbage JSON, maintenance), the sending process killed with
SIGKILL mid-batch, then restarted. Every reading ends up accepted exactly once server-side."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select

from app.core.carpass.models import CarpassEntry, ClockEvent, Dossier, Technician
from app.core.carpass.sending.actions import resend
from app.core.carpass.sending.endpoint import set_endpoint
from app.core.carpass.sending.models import CarpassCall, CarpassReading
from app.core.carpass.sending.simulator import FAULT_KINDS, CarpassSimulator, FaultConfig
from tests.carpass_sending.conftest import ESTABLISHMENT_A, PASSWORD_A
from tests.factories import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
COUNT = 1000


def _vin(i: int) -> str:
    return f"WVWZZZ1KZ{i:08d}"


def _bulk_enrol(db, site_id: int, count: int) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    with db.session() as session:
        technician = Technician(site_id=site_id, code="T1", name="Marc")
        session.add(technician)
        session.flush()
        session.execute(insert(Dossier), [
            {"site_id": site_id, "number": 5000 + i, "owner": f"CLIENT {i}", "plate": f"1AB{i:03d}"[:7],
             "vin": _vin(i), "first_registration": date(2019, 1, 1), "original_km": 10_000 + i,
             "damage_km": 20_000 + i, "repair_km": 20_010 + i, "merged": False, "create_vat_number": True,
             "work_started_at": now, "version": 1, "updated_at": now, "created_at": now}
            for i in range(count)])
        ids = list(session.scalars(select(Dossier.id).where(Dossier.site_id == site_id)))
        session.execute(insert(ClockEvent), [{"dossier_id": d, "technician_id": technician.id, "clock_in": now}
                                             for d in ids])
        session.execute(insert(CarpassEntry), [
            {"site_id": site_id, "dossier_id": d, "status": "pending", "manual": False, "enrolled_at": now,
             "version": 1, "updated_at": now} for d in ids])


def _sender(database_url: str) -> list[str]:
    return [sys.executable, "-m", "app", "--database", database_url, "--user", "clerk.a", "carpass", "send",
            "--timeout", "0.25", "--retry-delay", "0.02", "--patience", "15", "--stale-after", "0",
            "--ignore-maintenance-window"]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(ATELIER_PASSWORD=PASSWORD, ATELIER_CARPASS_PASSWORD=PASSWORD_A, ATELIER_LANG="fr",
               PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring", PYTHONPATH=str(ROOT))
    return env


def _states(db) -> dict[str, int]:
    with db.session() as session:
        return dict(session.execute(select(CarpassReading.state, func.count()).group_by(CarpassReading.state)).all())


@pytest.mark.slow
def test_thousand_readings_fault_mode_kill_and_restart(sqlite_world):
    world = sqlite_world
    _bulk_enrol(world.db, world.site_a, COUNT)
    simulator = CarpassSimulator({ESTABLISHMENT_A: PASSWORD_A},
                                 faults=FaultConfig(rate=0.2, seed=20261127, timeout_delay=0.6)).start()
    try:
        set_endpoint(world.db, world.admin_a, simulator.base_url)
        url = world.db.url
        # 1. a scheduled run, killed with SIGKILL once a third of the readings reached Car-Pass
        process = subprocess.Popen(_sender(url), env=_env(), cwd=ROOT, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while len(simulator.state.observations) < COUNT // 3:
            assert process.poll() is None, process.stderr.read().decode()
            assert time.monotonic() < deadline, "the sender made no progress"
            time.sleep(0.02)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
        assert process.returncode == -signal.SIGKILL
        after_kill = _states(world.db)
        assert after_kill.get("sending", 0) <= 1 and after_kill.get("queued", 0) > 0
        # 2. restart until nothing is queued any more (retries of the remaining faults)
        for _run in range(4):
            run = subprocess.run(_sender(url), env=_env(), cwd=ROOT, capture_output=True, timeout=120)
            assert run.returncode in (0, 1), run.stderr.decode()
            states = _states(world.db)
            if not states.get("queued") and not states.get("sending"):
                break
        # 3. the clerk resends the readings answered without requestGuid (same idempotency key)
        for _round in range(4):
            with world.db.session() as session:
                unknown = list(session.scalars(select(CarpassReading.id).where(CarpassReading.state == "unknown")))
            if not unknown and not _states(world.db).get("queued"):
                break
            for reading_id in unknown:
                resend(world.db, world.clerk_a, reading_id)
            subprocess.run(_sender(url), env=_env(), cwd=ROOT, capture_output=True, timeout=120)
        states = _states(world.db)
        assert states == {"sent": COUNT}, states
        # every reading accepted exactly once on the server side, with the guid the outbox recorded
        received = simulator.state.accepted_for(ESTABLISHMENT_A)
        assert len(received) == COUNT
        assert sorted(o.payload["vin"] for o in received) == sorted(_vin(i) for i in range(COUNT))
        guid_by_vin = {o.payload["vin"]: o.guid for o in received}
        with world.db.session() as session:
            recorded = dict(session.execute(select(CarpassReading.vin, CarpassReading.request_guid)).all())
            assert recorded == guid_by_vin
            assert session.scalar(select(func.count()).select_from(CarpassEntry)
                                  .where(CarpassEntry.status == "sent")) == COUNT
            calls = session.scalar(select(func.count()).select_from(CarpassCall))
        # the faults really happened, of every kind, and retries were recognised as duplicates
        assert set(simulator.state.faults) == set(FAULT_KINDS)
        assert simulator.state.duplicates > 0
        assert calls > COUNT + sum(simulator.state.faults.values()) // 2
    finally:
        simulator.stop()


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch):
    """The subprocess talks to 127.0.0.1 directly even if the machine has a proxy set."""
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
