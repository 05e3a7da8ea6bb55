"""Concurrency on PostgreSQL with separate OS processes (the module suites use threads):
8 processes invoicing and issuing credit notes at once (0 gaps, 0 duplicates in every
sequence), 8 processes numbering quotes, 8 processes booking the same car (one wins, the
others are told), and two stations saving the same Car-Pass dossier or rental contract (one
save, one conflict naming who saved; nothing overwritten)."""

from __future__ import annotations

import multiprocessing
import time
from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import create_engine, select, text

from app.core.carpass.dossiers import DossierInput, get_dossier
from app.core.carpass.dossiers import create_dossier as create_repair_dossier
from app.core.carpass.dossiers import update_dossier as update_repair_dossier
from app.core.db.engine import Database
from app.core.errors import ConflictError, ValidationError
from app.core.rental.dossiers import create_dossier, dossier_info, update_dossier
from app.core.rental.invoicing.invoicing import credit_note_for, invoice_dossier
from app.core.rental.invoicing.models import KIND_CREDIT_NOTE, KIND_INVOICE, Invoice
from app.core.rental.models import RentalDossier
from tests.rental.conftest import DEP, build_rental
from tests.rental.invoicing.factories import make_contract, make_rental_world

STATIONS = 8
FORK = multiprocessing.get_context("fork")  # a station = a process with its own connections


def _station(url, barrier, queue, index, job) -> None:
    database = Database(url)
    try:
        barrier.wait(timeout=60)
        queue.put((index, "ok", job(database, index)))
    except ConflictError as exc:
        queue.put((index, "conflict", (exc.changed_by, str(exc))))
    except ValidationError as exc:
        queue.put((index, "refused", (exc.field, str(exc))))
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, the test fails on it
        queue.put((index, "error", repr(exc)))
    finally:
        database.dispose()


def run_stations(db: Database, count: int, job, while_running=None) -> dict[int, tuple[str, object]]:
    """Start ``count`` processes that call ``job(database, index)`` at the same moment."""
    db.engine.dispose()  # no inherited pooled connection is shared with the children
    barrier, queue = FORK.Barrier(count), FORK.Queue()
    processes = [FORK.Process(target=_station, args=(db.url, barrier, queue, i, job)) for i in range(count)]
    for process in processes:
        process.start()
    if while_running is not None:
        while_running()
    results = {}
    for _ in range(count):
        index, kind, value = queue.get(timeout=120)
        results[index] = (kind, value)
    for process in processes:
        process.join(timeout=30)
        assert process.exitcode == 0
    return results


def test_eight_processes_invoice_and_credit_at_once(pg_world):
    world = pg_world
    rw = make_rental_world(world.db, world.company_id)
    contracts = [make_contract(world.db, world.site_a, rw, fuel_in=8 if i % 2 else 5) for i in range(2 * STATIONS)]

    def station(database, index):
        references = []
        for dossier_id in contracts[2 * index:2 * index + 2]:
            references += [i.reference for i in invoice_dossier(database, world.clerk_a, dossier_id)]
        note = credit_note_for(database, world.clerk_a, references[0], "erreur")
        return references, note.reference

    results = run_stations(world.db, STATIONS, station)
    assert {kind for kind, _ in results.values()} == {"ok"}, results
    with world.db.session() as s:
        numbers = {kind: sorted(s.scalars(select(Invoice.number).where(Invoice.site_id == world.site_a,
                                                                       Invoice.kind == kind)))
                   for kind in (KIND_INVOICE, KIND_CREDIT_NOTE)}
        references = s.scalars(select(Invoice.reference)).all()
        cancelled = s.scalars(select(Invoice.cancelled_by_id).where(Invoice.cancelled_by_id.is_not(None))).all()
    invoices = 2 * STATIONS + STATIONS  # half the contracts miss fuel: a second invoice to the client
    assert numbers[KIND_INVOICE] == list(range(1, invoices + 1))        # 0 gaps, 0 duplicates
    assert numbers[KIND_CREDIT_NOTE] == list(range(1, STATIONS + 1))
    assert len(references) == len(set(references)) == invoices + STATIONS
    assert len(cancelled) == len(set(cancelled)) == STATIONS            # each linked to its own credit note
    assert sorted(r for refs, _ in (v for _, v in results.values()) for r in refs) == sorted(
        r for r in references if not r.startswith("NC-"))


def test_eight_processes_number_quotes_and_book_one_car(pg_world):
    rental = build_rental(pg_world)

    def quote(database, index):
        data = rental.pec_data(planned_departure=DEP + timedelta(days=index),
                               planned_return=DEP + timedelta(days=index + 2))
        return create_dossier(database, pg_world.clerk_a, data, "quote").number

    results = run_stations(pg_world.db, STATIONS, quote)
    assert sorted(v for _, v in results.values()) == list(range(1, STATIONS + 1)), results

    def booking(database, index):
        data = rental.pec_data(planned_departure=DEP + timedelta(days=30, hours=index),
                               planned_return=DEP + timedelta(days=33, hours=index))
        return create_dossier(database, pg_world.clerk_a, data, "reservation").number

    results = run_stations(pg_world.db, STATIONS, booking)
    outcomes = sorted(kind for kind, _ in results.values())
    assert outcomes == ["ok"] + ["refused"] * (STATIONS - 1), results
    winner = next(v for kind, v in results.values() if kind == "ok")
    for kind, value in results.values():
        if kind == "refused":
            assert value[0] == "vehicle_id" and str(winner) in value[1], value  # told which booking holds it
    with pg_world.db.session() as s:
        assert s.query(RentalDossier).filter(RentalDossier.kind == "reservation").count() == 1


@pytest.mark.parametrize("record", [
    "carpass_dossier",
    "rental_contract",
])
def test_two_stations_save_the_same_record_one_conflict_names_the_winner(pg_world, record):
    world = pg_world
    users = [world.clerk_a, world.admin_a]
    hold = None
    if record == "carpass_dossier":
        saved = create_repair_dossier(world.db, world.clerk_a, DossierInput(number=1095, owner="GRAULICH",
                                                                            plate="1FSG786")).dossier
        dossier_id, version = saved.id, saved.version

        def edit(database, index):
            update_repair_dossier(database, users[index], dossier_id, version,
                                  DossierInput(number=1095, owner=f"OWNER {users[index].login}", plate="1FSG786"))
            return users[index].login

        def current():
            return get_dossier(world.db, world.clerk_a, dossier_id).owner
    else:
        rental = build_rental(world)
        info = create_dossier(world.db, world.clerk_a, rental.pec_data(), "contract")
        dossier_id, version = info.id, info.version
        # Both stations must have read the contract before either saves: the test holds the car's
        # row lock (which a save takes) until both stations wait on a lock, then lets them go.
        hold = _RowLock(world.db.url, f"SELECT id FROM fleet_vehicle WHERE id = {info.data.vehicle_id} FOR UPDATE")

        def edit(database, index):
            update_dossier(database, users[index], dossier_id, version,
                           replace(info.data, notes=f"OWNER {users[index].login}"))
            return users[index].login

        def current():
            return dossier_info(world.db, world.clerk_a, dossier_id).data.notes

    results = run_stations(world.db, 2, edit, hold.release_when_waiting if hold else None)
    kinds = sorted(kind for kind, _ in results.values())
    assert kinds == ["conflict", "ok"], results
    winner = next(v for kind, v in results.values() if kind == "ok")
    changed_by, text = next(v for kind, v in results.values() if kind == "conflict")
    assert changed_by == winner and winner in text and "Rechargez" in text
    assert current() == f"OWNER {winner}"  # the loser overwrote nothing


class _RowLock:
    """A row lock held by the test on its own connection until two stations wait on locks."""

    def __init__(self, url: str, statement: str):
        self.engine = create_engine(url)
        self.connection = self.engine.connect()
        self.transaction = self.connection.begin()
        self.connection.execute(text(statement))

    def release_when_waiting(self, waiting: int = 2, timeout: float = 30.0) -> None:
        """Release the lock once ``waiting`` sessions wait on a lock (or after ``timeout``)."""
        deadline = time.monotonic() + timeout
        with self.engine.connect() as probe:
            while time.monotonic() < deadline:
                count = probe.execute(text("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                           "AND wait_event_type = 'Lock'")).scalar()
                probe.rollback()  # pg_stat_activity is a snapshot per transaction
                if count >= waiting:
                    break
                time.sleep(0.05)
        self.transaction.rollback()
        self.connection.close()
        self.engine.dispose()
