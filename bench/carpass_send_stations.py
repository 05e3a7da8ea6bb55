"""Four stations sending the same 1,000 Car-Pass readings together on PostgreSQL, against
one station sending 1,000 alone (target: <= 0.4 x its time, 0 duplicates).

Each station is its own process, logged in as the site's clerk with its own PostgreSQL role
(row-level security on), with its own connection and the site's password in its memory.
The processes are started and import Atelier before the clock starts; a shared event
releases them together and the time runs until the last one has finished. The figure: the
1,000 entries split between the four (each clerk sends their own dossiers), against one
station sending all 1,000. Diagnosis: the four given the SAME 1,000 entries (four clerks
pressing "Envoyer" on the same list): each prepares all of them (one open reading per
entry, enforced by the database) and they split the claims. One simulator serves every
station. Duplicates: any VIN the simulator received
more than once, or a count other than 1,000. Single station and four stations alternate;
each repetition sends its own entries.

    .venv/bin/python bench/carpass_send_stations.py [--quick] [--rows N] [--stations N]
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
from collections import Counter

import harness

TARGET = 0.4
PASSWORD = "bench-carpass-pass"
ESTABLISHMENT = "2026402650"


def station(url: str, login: str, entry_ids: list[int], ready, go, results) -> None:
    """One station's process: log in as ``login``, wait for ``go``, send, report (start, end)."""
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    from app.core.carpass.sending.credentials import use_for_session
    from app.core.carpass.sending.sender import SendOptions, send_readings
    from app.core.db.engine import Database
    from app.core.db.server_roles import user_role

    database = Database(url)
    scope = harness.scope_of(database, login)
    database.connect_as(user_role(database.database_name, login), "")  # its role made once, by the parent
    use_for_session(database, scope, PASSWORD)
    import requests  # noqa: F401 - imported by the first send of a station's day: not timed here

    from app.core.https import configure_session  # noqa: F401
    with database.session():
        pass  # the pool's first connection, before the clock
    ready.release()
    go.wait()
    start = time.monotonic()
    first_answer = None
    sending = send_readings(database, scope, entry_ids=entry_ids, options=SendOptions(respect_maintenance=False))
    try:
        while True:
            step = next(sending)
            if first_answer is None and step.total:
                first_answer = time.monotonic()
    except StopIteration as stop:
        summary = stop.value
    results.put((start, time.monotonic(), dict(summary.counts()), summary.stopped is None,
                 (first_answer or time.monotonic()) - start))
    database.dispose()


def run_stations(url: str, batches: list[list[int]]) -> tuple[float, list]:
    """Start one station process per batch of entries; seconds from the release of the
    waiting stations to the end of the last, and each station's report."""
    context = multiprocessing.get_context("spawn")
    ready, go, results = context.Semaphore(0), context.Event(), context.Queue()
    processes = [context.Process(target=station, args=(url, "clerk.liege", batch, ready, go, results))
                 for batch in batches]
    for process in processes:
        process.start()
    for _ in processes:
        if not ready.acquire(timeout=120):
            raise RuntimeError("a station did not start")
    released = time.monotonic()
    go.set()
    reports = [results.get(timeout=600) for _ in processes]
    for process in processes:
        process.join(30)
    if any(process.exitcode for process in processes):
        raise RuntimeError(f"a station failed: exit codes {[p.exitcode for p in processes]}")
    return max(report[1] for report in reports) - released, reports


def measure(options: harness.Options, folder) -> list[harness.Figure]:
    """One station against ``--stations`` stations, interleaved, on PostgreSQL."""
    import carpass_send

    from app.core.carpass.sending.credentials import use_for_session
    from app.core.carpass.sending.endpoint import set_endpoint
    from app.core.carpass.sending.simulator import CarpassSimulator
    from app.core.db.engine import Database

    stations = options.extra.stations if not options.quick else 2
    with harness.bench_database("postgres", folder) as database:
        harness.populate_modules(database, 1, ())
        admin, clerk = harness.scope_of(database, "admin.liege"), harness.scope_of(database, "clerk.liege")
        simulator = CarpassSimulator({ESTABLISHMENT: PASSWORD}).start()
        set_endpoint(database, admin, simulator.base_url)
        use_for_session(database, clerk, PASSWORD)
        view = Database(database.url)
        harness.act_as(view, "clerk.liege")  # the clerk's role, made once (not by 4 stations at once)
        view.dispose()
        rounds = options.warmup + options.repetitions
        batches = iter(carpass_send.prepare_batches(database, folder, 3 * rounds, options.rows))
        duplicates: list[str] = []
        preparing: dict[str, list[float]] = {"one": [], "split": [], "same": []}

        def received_since(before: int) -> None:
            observations = list(simulator.state.observations.values())[before:]
            per_vin = Counter(o.payload["vin"] for o in observations)
            twice = [vin for vin, n in per_vin.items() if n > 1]
            if twice or len(observations) != options.rows:
                duplicates.append(f"{len(observations)} received for {options.rows}, {len(twice)} VINs twice")

        def one(mode: str):
            def run() -> float:
                before = len(simulator.state.observations)
                batch = next(batches)
                given = {"one": [batch], "same": [batch] * stations,
                         "split": [batch[i::stations] for i in range(stations)]}[mode]
                elapsed, reports = run_stations(database.url, given)
                preparing[mode].append(max(report[4] for report in reports))
                if not all(report[3] for report in reports):
                    raise RuntimeError(f"a station stopped: {reports}")
                received_since(before)
                return elapsed
            return run

        try:
            timings = harness.interleaved({"one": one("one"), "split": one("split"), "same": one("same")}, options)
        finally:
            simulator.stop()
    for name, timing in timings.items():
        harness.info(f"[postgres] {name:5s} {timing.describe()} for {options.rows:,} readings")
    for mode, seconds in preparing.items():
        harness.info(f"[postgres] {mode:5s} up to the first answer (preparing, first claim and call), slowest "
                     f"station: {sorted(seconds)[len(seconds) // 2] * 1000:.0f} ms median")
    harness.info(f"[postgres] diagnosis: {stations} stations given the SAME {options.rows:,} entries / one station = "
                 f"{timings['same'].median / timings['one'].median:.2f}x (each prepares all of them)")
    if duplicates:
        harness.info("DUPLICATES: " + "; ".join(duplicates))
    ratio = timings["split"].median / timings["one"].median
    return [harness.Figure(f"[postgres] {stations} stations sending {options.rows:,} readings together / one station",
                           ratio if not duplicates else float("inf"), TARGET,
                           detail=f"{timings['split'].median * 1000:.0f} ms vs {timings['one'].median * 1000:.0f} ms, "
                                  f"{'duplicates!' if duplicates else '0 duplicates'}")]


def main() -> int:
    """Measure on PostgreSQL (skipped without a server); print the figure; return the exit code."""
    options = harness.parse_options(__doc__.splitlines()[0], rows=1000, quick_rows=20, backends=("postgres",),
                                    add_arguments=lambda p: p.add_argument("--stations", type=int, default=4))
    harness.require("Car-Pass sending (app.core.carpass.sending.sender)", "app.core.carpass.sending.sender",
                    "app.core.carpass.sending.simulator")
    harness.header("Car-Pass sending: several stations together vs one", options)
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    return harness.finish(harness.each_backend(options, lambda backend, opts, folder: measure(opts, folder)), options)


if __name__ == "__main__":
    sys.exit(main())
