"""1,000 Car-Pass sends to the loopback simulator, against a bare ``requests.Session``
posting the same bodies to the same kind of server (target: <= 1.2 x).

Atelier: ``send_readings`` (selection, anomaly checks, durable outbox: claim, POST,
answer recorded in the database) for 1,000 pending entries of the clerk's site. The
entries are made by the module's own CSV import (work started an hour ago, so every
reading passes the anomaly checks); each repetition sends its own 1,000. Baseline: the
exact JSON bodies the simulator received in that repetition, posted one by one with the
same Basic auth and headers to a fresh simulator through one ``requests.Session`` that,
like Atelier's client, reads the environment's proxy settings once (``trust_env`` off):
with it on, requests rescans the environment on every call (0.12-0.2 ms), work Atelier
does not do.
Measured in this process, interleaved, on SQLite and PostgreSQL. Printed as a diagnosis:
the same bare loop plus one durable one-row commit per reading (the floor of a claim
flushed to disk before each POST, which at-most-once sending needs).

    .venv/bin/python bench/carpass_send.py [--quick] [--backend sqlite|postgres] [--rows N]
"""

from __future__ import annotations

import os
import sys
import time
import uuid

import harness

TARGET = 1.2
PASSWORD = "bench-carpass-pass"  # the simulator's account password for the site


def write_csv(path, first_number: int, count: int, rng) -> None:
    """Dossiers whose readings pass every anomaly check: new VINs, work started an hour ago."""
    from datetime import timedelta

    from app.core.timeutil import to_local, utcnow

    started = to_local(utcnow() - timedelta(hours=1)).replace(tzinfo=None).isoformat(timespec="minutes")
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    lines = ["number,owner,plate,vin,first_registration,original_km,damage_km,repair_km,work_started_at,"
             "merged,create_vat_number,invoice_total"]
    for i in range(count):
        km = rng.randint(5_000, 250_000)
        vin = "WVW" + "".join(rng.choice(chars) for _ in range(14))
        lines.append(f"{first_number + i},DUBOIS BENOIT {i},1ABC{i % 1000:03d},{vin},2015-03-0{1 + i % 9},{km},"
                     f"{km},{km + 12},{started},0,1,{rng.randint(100, 4000)}.50")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def prepare_batches(database, folder, batches: int, size: int) -> list[list[int]]:
    """Import ``batches * size`` dossiers; return the entry ids of each batch."""
    import random

    from sqlalchemy import select

    from app.core.carpass.dossier_import import import_dossiers
    from app.core.carpass.models import CarpassEntry, Dossier
    from app.core.progress import run_to_end

    scope = harness.scope_of(database, "clerk.liege")
    rng = random.Random(9)
    path = folder / "send.csv"
    write_csv(path, 500_001, batches * size, rng)
    run_to_end(import_dossiers(database, scope, path))
    with database.session() as session:
        ids = list(session.scalars(select(CarpassEntry.id).join(Dossier, Dossier.id == CarpassEntry.dossier_id)
                                   .where(Dossier.number >= 500_001, CarpassEntry.site_id == scope.site_id)
                                   .order_by(Dossier.number)))
    if len(ids) != batches * size:
        raise RuntimeError(f"{len(ids)} entries enrolled for {batches * size} imported dossiers")
    return [ids[i * size:(i + 1) * size] for i in range(batches)]


def durable_writer(database, folder):
    """The floor of the at-most-once guarantee: one row updated and committed durably (SQLite:
    WAL, ``synchronous = FULL``, as a sending run; PostgreSQL: one autocommitted statement,
    default ``synchronous_commit``) — a function doing one such write."""
    if database.is_sqlite:
        import sqlite3

        connection = sqlite3.connect(folder / "floor.sqlite3", isolation_level=None)
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("CREATE TABLE IF NOT EXISTS claim (id INTEGER PRIMARY KEY, n INTEGER)")
        connection.execute("INSERT OR IGNORE INTO claim VALUES (1, 0)")

        def write():
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("UPDATE claim SET n = n + 1 WHERE id = 1")
            connection.execute("COMMIT")
        return write
    connection = harness.raw_connection(database)
    connection.autocommit = True
    connection.execute("CREATE TABLE IF NOT EXISTS bench_claim (id integer PRIMARY KEY, n integer)")
    connection.execute("INSERT INTO bench_claim VALUES (1, 0) ON CONFLICT DO NOTHING")
    return lambda: connection.execute("UPDATE bench_claim SET n = n + 1 WHERE id = 1")


def measure_backend(backend: str, options: harness.Options, folder) -> harness.Figure:
    """Send ``options.rows`` readings per repetition on ``backend``."""
    import json

    import requests

    from app.core.carpass.sending import protocol
    from app.core.carpass.sending.credentials import use_for_session
    from app.core.carpass.sending.endpoint import set_endpoint
    from app.core.carpass.sending.sender import SendOptions, send_readings
    from app.core.carpass.sending.simulator import CarpassSimulator
    from app.core.progress import run_to_end

    with harness.bench_database(backend, folder) as database:
        harness.populate_modules(database, 1, ())
        clerk = harness.scope_of(database, "clerk.liege")
        admin = harness.scope_of(database, "admin.liege")
        establishment = "2026402650"
        simulator = CarpassSimulator({establishment: PASSWORD}).start()
        set_endpoint(database, admin, simulator.base_url)
        use_for_session(database, clerk, PASSWORD)
        batches = iter(prepare_batches(database, folder, options.warmup + options.repetitions, options.rows))
        # As on a logged-in station: on PostgreSQL the clerk's own role, under row-level security.
        floor_db = durable_writer(database, folder)
        harness.act_as(database, "clerk.liege")
        sent_bodies: list[dict] = []
        counts = {}

        def run_atelier():
            entry_ids = next(batches)
            before = len(simulator.state.observations)
            start = time.perf_counter()
            summary = run_to_end(send_readings(database, clerk, entry_ids=entry_ids,
                                               options=SendOptions(respect_maintenance=False)))
            elapsed = time.perf_counter() - start
            if not summary.all_accepted:
                raise RuntimeError(f"not every reading was accepted: {dict(summary.counts())}")
            received = list(simulator.state.observations.values())[before:]
            counts["atelier"] = len(received)
            sent_bodies[:] = [o.payload for o in received]
            return elapsed

        def run_bare(durable=False):
            bare_simulator = CarpassSimulator({establishment: PASSWORD}).start()
            try:
                with requests.Session() as session:
                    session.trust_env = False  # matched: Atelier's client settles the environment once
                    session.auth = (establishment, PASSWORD)
                    session.headers.update(protocol.software_headers())
                    url = bare_simulator.base_url + protocol.OBSERVATION_PATH
                    accepted = 0
                    start = time.perf_counter()
                    for body in sent_bodies:
                        response = session.post(url, data=json.dumps(body).encode("utf-8"), timeout=(5, 20), headers={
                            "Content-Type": "application/json", protocol.IDEMPOTENCY_HEADER: str(uuid.uuid4())})
                        accepted += response.status_code < 300 and "requestGuid" in response.json()
                        if durable:
                            floor_db()
                    elapsed = time.perf_counter() - start
                counts["floor" if durable else "bare"] = accepted
                return elapsed
            finally:
                bare_simulator.stop()  # not timed: shutting a server down polls every 0.5 s

        try:
            timings = harness.interleaved({"atelier": run_atelier, "bare": run_bare,
                                           "floor": lambda: run_bare(durable=True)}, options)
        finally:
            simulator.stop()
    if counts["bare"] != counts["atelier"] or counts["atelier"] != options.rows:
        raise RuntimeError(f"sent {counts['atelier']} with Atelier, {counts['bare']} bare, expected {options.rows}")
    for name, timing in timings.items():
        harness.info(f"[{backend}] {name:8s} {timing.describe()} for {options.rows:,} readings")
    atelier, bare = timings["atelier"].median, timings["bare"].median
    harness.info(f"[{backend}] diagnosis: Atelier / (bare loop + one durable commit per reading) = "
                 f"{atelier / timings['floor'].median:.2f}x — the floor of a claim flushed before each POST")
    return harness.Figure(f"[{backend}] {options.rows:,} Car-Pass sends / bare requests.Session", atelier / bare,
                          TARGET, detail=f"{atelier * 1000:.0f} ms vs {bare * 1000:.0f} ms")


def main() -> int:
    """Measure on every chosen backend; print the figures; return the exit code."""
    options = harness.parse_options(__doc__.splitlines()[0], rows=1000, quick_rows=10,
                                    backends=("sqlite", "postgres"))
    harness.require("Car-Pass sending (app.core.carpass.sending.sender)", "app.core.carpass.sending.sender",
                    "app.core.carpass.sending.simulator", "app.core.carpass.dossier_import")
    harness.header("Car-Pass sending through the outbox vs bare requests.Session", options)
    # never the station's real keyring: the site's password is kept for this session only
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    return harness.finish(harness.each_backend(options, lambda *a: [measure_backend(*a)]), options)


if __name__ == "__main__":
    sys.exit(main())
