"""Fixtures of the Car-Pass sending tests: an in-memory keyring, a running simulator on
loopback, both test sites pointed at it, and builders of dossiers enrolled in the list."""

from __future__ import annotations

from datetime import UTC, date, datetime

import keyring
import pytest
from keyring.backend import KeyringBackend

from app.core.carpass.models import CarpassEntry, ClockEvent, Dossier, Technician
from app.core.carpass.sending import credentials
from app.core.carpass.sending.endpoint import set_endpoint
from app.core.carpass.sending.sender import SendOptions
from app.core.carpass.sending.simulator import CarpassSimulator, FaultConfig

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
