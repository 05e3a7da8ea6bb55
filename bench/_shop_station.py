"""One station of ``bench/shop_scale.py``: a clerk's own process running the shop's mix.

The parent starts it (``multiprocessing``, spawn: a new interpreter, as a station is its
own PC) with a plan (:func:`main`'s ``plan``). The station imports Atelier, connects as
its own user's PostgreSQL role (row-level security applies), keeps the site's Car-Pass
password for the session, opens a listening connection (as the GUI's change relay does),
warms up with one of each operation, says it is ready and waits for the common start.
Then, until the common end, it picks an operation by weight, times it, and pauses a
clerk's think time. Samples (seconds per operation), errors, the live-refresh probe's
commit times and the notices heard go to a JSON file the parent reads.

Operations (the services the screens call, no Qt):

- ``open list``: the Car-Pass tab opening (as ``LazyTableModel.reload``): count, the first
  200 keys and the first 50 rows shown, in one session (``CarpassListSource.batch``);
- ``page list``: the next 50 rows of the open list (``rows_for_keys``), the rest of the
  keys read first when the clerk scrolls past the first 200 (as ``fetchMore``);
- ``save dossier``: ``create_dossier`` of a new car, or ``update_dossier`` of one the
  station created (the invoice total edited after ``get_dossier``: the form);
- ``clock``: a technician's badge scan on one of the station's dossiers (in, then out);
- ``invoice``: ``invoice_dossier`` of a returned rental contract;
- ``payment``: ``record_payment`` of part of what a payer still owes (balances read first);
- ``send readings``: ``send_readings`` of 5 pending entries to the loopback simulator.
"""

from __future__ import annotations

import json
import random
import threading
import time
import traceback
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import harness

# (operation, weight): about what a body shop's clerk does in an hour, reads most.
OPERATIONS = (("open list", 3), ("page list", 4), ("save dossier", 3), ("clock", 2), ("invoice", 1),
              ("payment", 1), ("send readings", 1))
FIRST_KEYS = 200      # the grid's first page of keys (LazyTableModel.PAGE_SIZE)
BLOCK = 50            # rows read at a time (LazyTableModel.BLOCK_SIZE)
REST_OF_KEYS = 200_000  # keys read when scrolling past the first page (LazyTableModel.KEY_PAGE_SIZE)
SEND_BATCH = 5
PROBE_INTERVAL_S = 1.0
LISTEN_WAIT_S = 0.25  # as the GUI's relay (app/ui/change_relay.py)
LISTEN_AFTER_END_S = 1.5  # listeners keep listening after the end for the last probe
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
Timing = dict[str, float]  # "wall": seconds the clerk waited; "queued": of which waiting for a CPU


class Station:
    """A logged-in station: its database as its user, the data its clerk works on, its samples."""

    def __init__(self, plan: dict[str, Any]):
        from app.core.carpass.sending.credentials import use_for_session
        from app.core.db.engine import Database

        self.plan = plan
        self.rng = random.Random(plan["seed"])
        if not plan["notify"]:  # a diagnosis (--without-notify): what NOTIFY's commit lock costs
            from app.core.db import engine as engine_module

            track = engine_module.install_change_tracking
            engine_module.install_change_tracking = lambda engine, publisher, notify: track(  # type: ignore[assignment]
                engine, publisher, notify=False)
        self.database = Database(plan["url"])
        self.scope = harness.scope_of(self.database, plan["login"])
        harness.act_as(self.database, plan["login"])
        self.database.changes.site_id = self.scope.site_id  # as the GUI's change relay sets it
        use_for_session(self.database, self.scope, plan["password"])
        self.samples: dict[str, list[float]] = defaultdict(list)
        self.unqueued: dict[str, list[float]] = defaultdict(list)  # minus the waits for a CPU
        self.backends: set[int] = set()
        self._note_backends()
        self.errors: list[str] = []
        self.skipped: dict[str, int] = defaultdict(int)
        self.created: list[tuple[int, int]] = []  # (dossier id, number) made by this station
        self.invoiced: list[int] = []
        self.contracts = list(plan["contracts"])
        self.send_batches = [plan["entries"][i:i + SEND_BATCH] for i in range(0, len(plan["entries"]), SEND_BATCH)]
        self.payable = list(plan["payable"])
        self.next_number = plan["first_number"]
        self.list_state: tuple[Any, list[int], int, int] | None = None  # source, keys, total, next block
        self.probes: list[tuple[float, float, float]] = []  # (write started, COMMIT sent, commit returned)
        self.committing = threading.local()
        if plan["probe"]:
            from sqlalchemy import event

            @event.listens_for(self.database.engine, "commit")
            def _committing(_connection: Any) -> None:  # after the NOTIFY, just before COMMIT is sent
                self.committing.at = time.time()
        self.heard: list[float] = []
        self.notices = 0
        self.cpu = 0.0  # cores this process used during the run (every thread)
        self.stop_listening = threading.Event()
        self.listener = None
        if plan["listen"]:
            from app.core.db.change_tracking import ChangeListener

            self.listener = ChangeListener(self.database, self.database.changes)
            self.listening = threading.Thread(target=self._listen, name="listener", daemon=True)
            self.listening.start()

    # -- timing ----------------------------------------------------------------------
    def _note_backends(self) -> None:
        """Remember the server process of every pooled connection (their waits for a CPU)."""
        from sqlalchemy import event

        @event.listens_for(self.database.engine, "connect")
        def _connected(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("SELECT pg_backend_pid()")
            self.backends.add(int(cursor.fetchone()[0]))
            cursor.close()
            dbapi_connection.commit()  # not counted as a rollback in pg_stat_database

    def _queued(self) -> float:
        """Seconds this thread and the station's server processes have waited for a CPU so
        far (Linux schedstat: time runnable but not running)."""
        total = 0
        for path in ["/proc/thread-self/schedstat", *(f"/proc/{pid}/schedstat" for pid in self.backends)]:
            try:
                total += int(Path(path).read_text().split()[1])
            except (OSError, IndexError, ValueError):
                continue
        return total / 1e9

    @contextmanager
    def _timing(self) -> Iterator[dict[str, float]]:
        """Wall time of the block and, apart, its waits for a CPU (on a 2-core machine
        shared by every station and the server, most of the difference to one station)."""
        timing: dict[str, float] = {}
        queued, start = self._queued(), time.perf_counter()
        yield timing
        timing["wall"] = time.perf_counter() - start
        timing["queued"] = self._queued() - queued

    # -- the mix ---------------------------------------------------------------------
    def warm_up(self) -> None:
        """One of each operation, untimed (a station that has been open a while is warm)."""
        for name, _weight in OPERATIONS:
            if self._available(name):
                self._run(name, timed=False)

    def run_until(self, end: float) -> None:
        """Operations by weight, each followed by a think pause, until ``end`` (time.time())."""
        self.heard.clear()
        self.notices = 0
        cpu_start, wall_start = time.process_time(), time.time()
        prober = None
        if self.plan["probe"]:
            prober = threading.Thread(target=self._probe, args=(end,), name="probe", daemon=True)
            prober.start()
        names = [name for name, _ in OPERATIONS]
        weights = [weight for _, weight in OPERATIONS]
        while time.time() < end:
            name = self.rng.choices(names, weights)[0]
            if not self._available(name):
                self.skipped[name] += 1
                continue
            self._run(name, timed=True)
            pause = self.plan["think"] * self.rng.uniform(0.5, 1.5)
            time.sleep(max(0.0, min(pause, end - time.time())))
        self.cpu = (time.process_time() - cpu_start) / max(1e-9, time.time() - wall_start)
        if prober is not None:
            prober.join()
        # Connected a little longer: the parent samples the server processes' CPU at the end.
        time.sleep(max(0.0, end + LISTEN_AFTER_END_S - time.time()))
        if self.listener is not None:
            self.stop_listening.set()
            self.listening.join(timeout=2 * LISTEN_WAIT_S + 1)
            self.listener.close()

    def _available(self, name: str) -> bool:
        return {"invoice": bool(self.contracts), "payment": bool(self.payable or self.invoiced),
                "send readings": bool(self.send_batches)}.get(name, True)

    def _run(self, name: str, *, timed: bool) -> None:
        operation = getattr(self, "op_" + name.replace(" ", "_"))
        try:
            timing = operation()
        except Exception as exc:  # every failure is counted: the figure is 0 errors
            detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
            self.errors.append(f"{name}: {detail}")
            if len(self.errors) <= 3:
                self.errors.append(traceback.format_exc()[-1500:])
            return
        if timed and timing is not None:
            self.samples[name].append(timing["wall"])
            self.unqueued[name].append(timing["wall"] - timing["queued"])

    # -- operations (each returns the seconds the clerk waited) ----------------------
    def op_open_list(self) -> Timing:
        """The Car-Pass tab opened: count, first keys, first rows, in one session."""
        from app.core.carpass.carpass_list import CarpassListSource
        from app.core.grid import GridQuery

        with self._timing() as timing:
            source = CarpassListSource(self.database, self.scope)
            query = GridQuery()
            with source.batch():
                total = source.count(query)
                keys = source.fetch_keys(query, 0, FIRST_KEYS) if total else []
                if keys:
                    source.rows_for_keys(keys[:BLOCK])
        self.list_state = (source, keys, total, 1)
        return timing

    def op_page_list(self) -> Timing:
        """The next 50 rows of the open list (the list is opened first if none is, or at its end)."""
        from app.core.grid import GridQuery

        if self.list_state is None or self.list_state[3] * BLOCK >= self.list_state[2]:
            self.op_open_list()  # not timed as a page: back to the top
        source, keys, total, block = self.list_state  # type: ignore[misc]
        with self._timing() as timing:
            if block * BLOCK >= len(keys) and len(keys) < total:
                keys = keys + source.fetch_keys(GridQuery(), len(keys), REST_OF_KEYS)
            rows = source.rows_for_keys(keys[block * BLOCK:(block + 1) * BLOCK])
        if not rows and total:
            raise RuntimeError(f"no rows at block {block} of {total}")
        self.list_state = (source, keys, total, block + 1)
        return timing

    def op_save_dossier(self) -> Timing:
        """A new car's dossier, or the invoice total of one of the station's dossiers edited."""
        from app.core.carpass.dossiers import DossierInput, create_dossier, get_dossier, update_dossier

        if len(self.created) < 2 or self.rng.random() < 0.4:
            number = self.next_number
            self.next_number += 1
            km = self.rng.randint(5_000, 250_000)
            vin = "WVW" + "".join(self.rng.choice(VIN_CHARS) for _ in range(14))
            data = DossierInput(number, owner=f"CLIENT {number}", plate=f"1SHP{number % 1000:03d}", vin=vin,
                                first_registration=date(2018, 3, 1), original_km=km, damage_km=km,
                                repair_km=km + 12, create_vat_number=True, invoice_total=Decimal("980.50"))
            with self._timing() as timing:
                result = create_dossier(self.database, self.scope, data)
            self.created.append((result.dossier.id, number))
            return timing
        dossier_id, _number = self.rng.choice(self.created)
        detail = get_dossier(self.database, self.scope, dossier_id)  # the form opens
        data = DossierInput(detail.number, owner=detail.owner, plate=detail.plate, vin=detail.vin,
                            first_registration=detail.first_registration, original_km=detail.original_km,
                            damage_km=detail.damage_km, repair_km=detail.repair_km, merged=detail.merged,
                            create_vat_number=detail.create_vat_number,
                            invoice_total=Decimal(self.rng.randint(10_000, 400_000)) / 100)
        with self._timing() as timing:
            update_dossier(self.database, self.scope, detail.id, detail.version, data)
        return timing

    def op_clock(self) -> Timing:
        """The technician's badge scanned on a dossier of the station (in, or out if in there)."""
        from app.core.carpass.clocking import clock

        number = self.rng.choice([n for _, n in self.created] or self.plan["clock_numbers"])
        with self._timing() as timing:
            clock(self.database, self.scope, number, self.plan["technician"])
        return timing

    def op_invoice(self) -> Timing:
        """A returned rental contract invoiced."""
        from app.core.rental.invoicing.invoicing import invoice_dossier

        dossier_id = self.contracts.pop()
        with self._timing() as timing:
            invoices = invoice_dossier(self.database, self.scope, dossier_id)
        if not invoices:
            raise RuntimeError(f"contract {dossier_id}: no invoice issued")
        self.invoiced.append(dossier_id)
        return timing

    def op_payment(self) -> Timing | None:
        """Part of what a payer of an invoiced contract owes, paid by card (balances read first)."""
        from app.core.rental.invoicing.payments import payer_balances, record_payment

        candidates = self.invoiced + self.payable
        self.rng.shuffle(candidates)
        for dossier_id in candidates[:4]:
            owing = [b for b in payer_balances(self.database, self.scope, dossier_id) if b.due >= 1]
            if not owing:
                for pool in (self.invoiced, self.payable):
                    if dossier_id in pool:
                        pool.remove(dossier_id)
                continue
            payer = self.rng.choice(owing)
            amount = min(payer.due, Decimal(self.rng.randint(500, 6_000)) / 100)
            with self._timing() as timing:
                record_payment(self.database, self.scope, dossier_id, amount, "card", payer.role)
            return timing
        self.skipped["payment (nothing owed)"] += 1
        return None

    def op_send_readings(self) -> Timing:
        """Five pending entries sent to Car-Pass (the loopback simulator)."""
        from app.core.carpass.sending.sender import SendOptions, send_readings
        from app.core.progress import run_to_end

        entry_ids = self.send_batches.pop(0)
        with self._timing() as timing:
            summary = run_to_end(send_readings(self.database, self.scope, entry_ids=entry_ids,
                                               options=SendOptions(respect_maintenance=False)))
        if not summary.all_accepted:
            outcomes = sorted({str(line.outcome) for line in summary.lines})
            raise RuntimeError(f"readings not all accepted: {outcomes} (stopped: {summary.stopped})")
        return timing

    # -- live refresh ----------------------------------------------------------------
    def _listen(self) -> None:
        """As the GUI's relay thread: wait for notices; note when a probe's kind is heard."""
        from app.core.changes import DataKind

        try:
            while not self.stop_listening.is_set():
                for changes in self.listener.wait(LISTEN_WAIT_S):  # type: ignore[union-attr]
                    heard_at = time.time()
                    self.notices += 1
                    if DataKind.RENTAL_DAMAGES in changes.kinds and changes.concerns_site(self.scope.site_id):
                        self.heard.append(heard_at)
        except Exception as exc:
            if not self.stop_listening.is_set():
                self.errors.append(f"listener: {type(exc).__name__}: {exc}")

    def _probe(self, end: float) -> None:
        """Every second, a damage noted on a car of the site: the only writes of that kind."""
        from app.core.rental.damages import record_damage

        count = 0
        while time.time() < end - 0.5:
            before = time.time()
            try:
                record_damage(self.database, self.scope, self.plan["vehicle_id"], f"Rayure {count}", zone="aile")
            except Exception as exc:
                self.errors.append(f"probe: {type(exc).__name__}: {exc}")
                return
            after = time.time()
            self.probes.append((before, self.committing.at, after))
            count += 1
            time.sleep(max(0.0, before + PROBE_INTERVAL_S - time.time()))

    def result(self) -> dict[str, Any]:
        """What the parent reads."""
        return {"index": self.plan["index"], "login": self.plan["login"], "site": self.scope.site_id,
                "samples": dict(self.samples), "unqueued": dict(self.unqueued), "errors": self.errors,
                "skipped": dict(self.skipped), "probes": self.probes, "heard": self.heard, "notices": self.notices,
                "listens": self.plan["listen"], "cpu": self.cpu}


def main(plan: dict[str, Any], ready: Any, go: Any, window: Any) -> None:
    """Process entry: start, warm up, report ready, wait for the start, run, write the result."""
    try:
        station = Station(plan)
        station.warm_up()
    except BaseException as exc:  # the parent stops the run and shows why
        ready.put((plan["index"], f"{type(exc).__name__}: {exc}\n{traceback.format_exc()[-3000:]}"))
        return
    ready.put((plan["index"], None))
    go.wait()
    station.run_until(window[1])
    Path(plan["result"]).write_text(json.dumps(station.result()), encoding="utf-8")
    station.database.dispose()
