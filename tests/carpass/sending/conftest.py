"""Fixtures of the Car-Pass sending tests: an in-memory keyring, a running simulator on
loopback, both test sites pointed at it, and builders of dossiers enrolled in the list."""

from __future__ import annotations

import os
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import insert, select

from app.core.carpass.models import CarpassEntry, ClockEvent, Dossier, Technician
from app.core.carpass.sending import credentials
from app.core.carpass.sending.endpoint import set_endpoint
from app.core.carpass.sending.sender import SendOptions
from app.core.carpass.sending.simulator import CarpassSimulator, FaultConfig

ROOT = Path(__file__).resolve().parents[3]
PASSWORD_A = "Sesame-A-7c41"
PASSWORD_B = "Sesame-B-93fe"
ESTABLISHMENT_A = "2026402650"
ESTABLISHMENT_B = "2123456791"


class MemoryKeyring(KeyringBackend):
    """A keyring kept in a dict: the tests never touch the machine's real keyring."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        if self.store.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture
def memory_keyring(monkeypatch):
    """Install an in-memory keyring backend for one test, then restore the previous one."""
    monkeypatch.delenv(credentials.PASSWORD_VARIABLE, raising=False)
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    credentials.forget_session_passwords()
    yield backend
    keyring.set_keyring(previous)
    credentials.forget_session_passwords()


@pytest.fixture
def simulator():
    """The simulator with the accounts of sites A and B, served on a free loopback port."""
    server = CarpassSimulator({ESTABLISHMENT_A: PASSWORD_A, ESTABLISHMENT_B: PASSWORD_B},
                              faults=FaultConfig(rate=0.0, seed=7, timeout_delay=1.0)).start()
    yield server
    server.stop()


@pytest.fixture
def carpass(world, simulator, memory_keyring):
    """Both sites send to the simulator with their password in the keyring."""
    for admin, password in ((world.admin_a, PASSWORD_A), (world.admin_b, PASSWORD_B)):
        set_endpoint(world.db, admin, simulator.base_url)
        credentials.store_password(world.db, admin, password)
    return world


FAST = SendOptions(timeout=(1.0, 0.5), base_delay=0.02, max_delay=0.2, patience=5.0, stale_after=0.0,
                   respect_maintenance=False)


def enrol(db, site_id: int, number: int, *, vin: str | None = "WAUZZZ8V3EA070544", plate: str = "1ABC123",
          first_registration: date | None = date(2018, 3, 1), original_km: int | None = 50000,
          damage_km: int | None = 50100, repair_km: int | None = 50120,
          clock_in: datetime | None = "today", status: str = "pending") -> int:
    """A dossier of ``site_id`` enrolled in the Car-Pass list; returns the entry id."""
    if clock_in == "today":
        clock_in = datetime.now(UTC).replace(microsecond=0)
    with db.session() as session:
        dossier = Dossier(site_id=site_id, number=number, owner="GRAULICH BENOIT", plate=plate, vin=vin,
                          first_registration=first_registration, original_km=original_km, damage_km=damage_km,
                          repair_km=repair_km, merged=False, create_vat_number=True, work_started_at=clock_in)
        session.add(dossier)
        session.flush()
        if clock_in is not None:
            technician = Technician(site_id=site_id, code=f"T{number}", name="Marc")
            session.add(technician)
            session.flush()
            session.add(ClockEvent(dossier_id=dossier.id, technician_id=technician.id, clock_in=clock_in))
        entry = CarpassEntry(site_id=site_id, dossier_id=dossier.id, status=status, manual=False)
        session.add(entry)
        session.flush()
        return entry.id


def bulk_vin(i: int) -> str:
    """The VIN of the ``i``-th dossier of :func:`bulk_enrol`."""
    return f"WVWZZZ1KZ{i:08d}"


def bulk_enrol(db, site_id: int, count: int) -> None:
    """``count`` sendable dossiers (numbers 5000…) enrolled at ``site_id``, inserted in bulk."""
    now = datetime.now(UTC).replace(microsecond=0)
    with db.session() as session:
        technician = Technician(site_id=site_id, code="T1", name="Marc")
        session.add(technician)
        session.flush()
        session.execute(insert(Dossier), [
            {"site_id": site_id, "number": 5000 + i, "owner": f"CLIENT {i}", "plate": f"1AB{i:03d}"[:7],
             "vin": bulk_vin(i), "first_registration": date(2019, 1, 1), "original_km": 10_000 + i,
             "damage_km": 20_000 + i, "repair_km": 20_010 + i, "merged": False, "create_vat_number": True,
             "work_started_at": now, "version": 1, "updated_at": now, "created_at": now}
            for i in range(count)])
        ids = list(session.scalars(select(Dossier.id).where(Dossier.site_id == site_id)))
        session.execute(insert(ClockEvent), [{"dossier_id": d, "technician_id": technician.id, "clock_in": now}
                                             for d in ids])
        session.execute(insert(CarpassEntry), [
            {"site_id": site_id, "dossier_id": d, "status": "pending", "manual": False, "enrolled_at": now,
             "version": 1, "updated_at": now} for d in ids])


def sender_command(database_url: str, *options: str) -> list[str]:
    """``atelier --user clerk.a carpass send`` as a separate OS process, as a scheduled task runs it."""
    return [sys.executable, "-m", "app", "--database", database_url, "--user", "clerk.a", "carpass", "send",
            "--ignore-maintenance-window", *options]


def sender_env() -> dict[str, str]:
    """The environment of a sender process: passwords from variables, no keyring, no proxy."""
    from tests.factories import PASSWORD

    env = dict(os.environ)
    env.update(ATELIER_PASSWORD=PASSWORD, ATELIER_CARPASS_PASSWORD=PASSWORD_A, ATELIER_LANG="fr",
               PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring", PYTHONPATH=str(ROOT),
               NO_PROXY="127.0.0.1,localhost")
    return env
