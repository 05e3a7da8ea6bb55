"""20 stations on one PostgreSQL: each operation's p95 with 20 stations against one station
(target: opening the Car-Pass list <= 2 x), 0 errors, 0 gaps or duplicates, and a change
reaching the other stations' listeners within 1 s (p95).

A station is a process of its own (``multiprocessing`` spawn), logged in as its own user
with its own PostgreSQL role (row-level security applies); stations alternate between the
two demo sites (10 + 10). Each runs the shop's mix: open and page the Car-Pass list, save
dossiers, clock technicians in and out, invoice returned rental contracts, record
payments, send Car-Pass readings to one loopback simulator (operations and weights:
``bench/_shop_station.py``), with a clerk's think time between operations (``--think``,
1 s on average: a busy shop; a clerk at the counter is slower). Processes start
staggered, warm up with one of each operation and wait on a common start, so start-up
and imports are not timed. One station runs the mix for ``--baseline-seconds`` (twice
``--seconds``: it gives fewer samples), then ``--stations`` stations for ``--seconds``
(60), in ``--rounds`` (2) alternations A B A B, so that the load of a shared machine
hits both. Printed per operation: p50/p95 in both runs and the p95 ratio, also without
the waits for a CPU (Linux schedstat of the station's thread and its server processes:
what is left when the clients and the server do not share 2 cores with each other and
with other work); for each run: the server's CPU (our database's backends and every
postgres process, from /proc), the stations' own CPU, the machine's busy share, commits,
rollbacks and deadlocks (``pg_stat_database``) and what the active backends wait for
(``pg_stat_activity``, sampled every 0.25 s: lock waits show contention).

Live refresh: station 1 notes a damage on a car of its site every second (the only writes
of that kind in the mix); every other station listens as the GUI's change relay does
(``ChangeListener.wait`` on a thread) and notes when a notice of that kind for its site
arrives. Latency: arrival minus the moment the writer sent COMMIT (its notices arrive in
commit order, so the n-th arrival answers the n-th write); a write with no arrival is lost.

Checked after the runs: errors (any exception, or a reading not accepted), invoice
numbers per site and year (no gap, no duplicate), no contract invoiced twice, no reading
posted twice (simulator) nor sent twice for one entry (outbox), every ledger chain
intact, no technician clocked in twice.

Data: ``atelier --demo``'s generator (rental at scale 1, carpass at ``--scale`` 100: 4,000
dossiers a site), then through the modules' services the stations' users and
technicians, pending entries that pass every check and returned contracts for each
station of each run (``bench/_shop_data.py``).

``--without-notify`` is a diagnosis: the stations send no change notices (what PostgreSQL's
commit-time NOTIFY lock costs). ``--quick``: 3 stations, 5 s, one round, small data (CI).
The machine has 2 cores: stations and server share them; the figure is a ratio against
one station on the same machine in the same run.

    .venv/bin/python bench/shop_scale.py [--quick] [--stations N] [--seconds S] [--think S] [--scale N]
"""

from __future__ import annotations

import json
import math
import multiprocessing
import os
import sys
import time
from pathlib import Path
from typing import Any

import _shop_data as data
import harness
from _shop_station import OPERATIONS

TARGET_OPEN = 2.0
TARGET_NOTICE_S = 1.0
PASSWORD = "bench-carpass-pass"


def add_arguments(parser) -> None:
    """Options of this bench."""
    parser.add_argument("--stations", type=int, default=20, help="stations of the loaded run (default 20)")
    parser.add_argument("--seconds", type=float, default=60, help="length of each run (default 60)")
    parser.add_argument("--baseline-seconds", type=float, default=0,
                        help="length of the one-station run (default: twice --seconds, for enough samples)")
    parser.add_argument("--rounds", type=int, default=2,
                        help="one station, then N, this many times, each run a share of the seconds (default 2)")
    parser.add_argument("--think", type=float, default=1.0, help="mean pause between operations, s (default 1)")
    parser.add_argument("--without-notify", action="store_true",
                        help="diagnosis: the stations send no change notices (live refresh off)")
    parser.add_argument("--scale", type=int, default=100, help="carpass demo scale: 40 dossiers a site each")


# -- measuring the server ----------------------------------------------------------------
def _ticks(pid: str) -> int:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])  # utime + stime
    except (OSError, IndexError, ValueError):
        return 0


def server_sample(database) -> dict[str, Any]:
    """CPU ticks of our database's backends and of every postgres process, the machine's
    busy and total ticks, and ``pg_stat_database`` counters."""
    with database.engine.connect() as connection:
        ours = [str(p) for p in connection.exec_driver_sql(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database()").scalars()]
        counters = dict(connection.exec_driver_sql(
            "SELECT xact_commit, xact_rollback, deadlocks, blks_read, blks_hit FROM pg_stat_database "
            "WHERE datname = current_database()").mappings().one())
    every = [p for p in os.listdir("/proc") if p.isdigit() and _comm(p) == "postgres"]
    cpu = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    ticks = [int(v) for v in cpu[:8]]
    return {"ours": {p: _ticks(p) for p in ours}, "every": {p: _ticks(p) for p in every},
            "busy": sum(ticks) - ticks[3] - ticks[4], "total": sum(ticks), "counters": counters,
            "at": time.perf_counter()}


def _comm(pid: str) -> str:
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return ""


def server_report(before: dict, after: dict) -> tuple[str, float]:
    """A line on the server's load between two samples; also its CPU in cores."""
    hertz = os.sysconf("SC_CLK_TCK")
    wall = after["at"] - before["at"]

    def cores(key: str) -> float:
        return sum(t - before[key].get(p, 0) for p, t in after[key].items()) / hertz / wall

    busy = (after["busy"] - before["busy"]) / max(1, after["total"] - before["total"])
    delta = {k: after["counters"][k] - before["counters"][k] for k in after["counters"]}
    load = os.getloadavg()[0]
    text = (f"server CPU {cores('ours'):.2f} cores for our database's backends, {cores('every'):.2f} for every "
            f"postgres process; machine {busy:.0%} busy of {os.cpu_count()} cores, load {load:.1f}; "
            f"{delta['xact_commit'] / wall:.0f} commits/s, {delta['xact_rollback']} rollbacks, "
            f"{delta['deadlocks']} deadlocks, {delta['blks_read']} blocks read")
    return text, cores("ours")


# -- runs ----------------------------------------------------------------------------------
def run_stations(database, plans: list[dict], seconds: float, stagger: float) -> tuple[list[dict], str]:
    """Start one process per plan (staggered), release them together once all are ready,
    wait for their end; their results and the server's load meanwhile."""
    import _shop_station

    context = multiprocessing.get_context("spawn")
    ready, go, window = context.Queue(), context.Event(), context.Array("d", 2)
    processes = []
    try:
        for plan in plans:
            process = context.Process(target=_shop_station.main, args=(plan, ready, go, window),
                                      name=f"station-{plan['index']}")
            process.start()
            processes.append(process)
            time.sleep(stagger)
        for _ in plans:
            index, problem = ready.get(timeout=600)
            if problem:
                raise RuntimeError(f"station {index} failed to start: {problem}")
        before = server_sample(database)
        window[0], window[1] = time.time(), time.time() + seconds
        go.set()
        waits = wait_events(database, window[1])  # until the end, while the stations' backends are connected
        after = server_sample(database)
        for process in processes:
            process.join(timeout=600)
    finally:
        for process in processes:
            if process.is_alive():
                process.terminate()
    missing = [plan["index"] for plan in plans if not Path(plan["result"]).exists()]
    if missing:
        raise RuntimeError(f"stations {missing} wrote no result (exit codes "
                           f"{[p.exitcode for p in processes]})")
    results = [json.loads(Path(plan["result"]).read_text()) for plan in plans]
    clients = sum(r["cpu"] for r in results)
    return results, (server_report(before, after)[0] + f"; the station processes {clients:.2f} cores "
                     f"({clients / len(results):.3f} each)\n    " + waits)


def wait_events(database, end: float, every: float = 0.25) -> str:
    """Until ``end``, what our database's backends are waiting for, sampled ``every``
    seconds (``pg_stat_activity``): lock waits show contention the CPU figures do not."""
    from collections import Counter

    seen: Counter[str] = Counter()
    samples = 0
    with database.engine.connect() as connection:
        while time.time() < end:
            samples += 1
            for kind, event, query in connection.exec_driver_sql(
                    "SELECT wait_event_type, wait_event, left(query, 60) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()"):
                seen[f"{kind or 'CPU'}:{event or '-'}" + (f" ({query})" if kind == "Lock" else "")] += 1
            connection.commit()  # a rollback would count in pg_stat_database's rollbacks
            time.sleep(max(0.0, min(every, end - time.time())))
    busiest = ", ".join(f"{name} {count / samples:.2f}" for name, count in seen.most_common(6))
    return f"backends active at a sample, on average, by wait: {busiest or 'none'} ({samples} samples)"


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile (``share`` 0.95 = p95)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def pooled(results: list[dict], kind: str = "samples") -> dict[str, list[float]]:
    """Every station's samples (or their times without the waits for a CPU), per operation."""
    samples: dict[str, list[float]] = {}
    for result in results:
        for name, values in result[kind].items():
            samples.setdefault(name, []).extend(values)
    return samples


def notice_latencies(results: list[dict]) -> tuple[list[float], int, int]:
    """(latencies, probes heard, probes never heard) over every listening station of the
    prober's site. A writer's notices arrive in its commit order, so each listener's
    arrivals are paired with the probes in order (the n-th arrival after the n-th write)."""
    probes = sorted(tuple(p) for r in results for p in r["probes"])
    prober_site = next((r["site"] for r in results if r["probes"]), None)
    latencies, lost, heard_count = [], 0, 0
    for result in results:
        if not result["listens"] or result["site"] != prober_site:
            continue
        arrivals = iter(sorted(t for t in result["heard"] if probes and t >= probes[0][0]))
        for before, committing, _after in probes:
            arrival = next((t for t in arrivals if t >= before), None)
            if arrival is None:
                lost += 1
            else:
                heard_count += 1
                latencies.append(arrival - committing)
    return latencies, heard_count, lost


# -- main ----------------------------------------------------------------------------------
def main() -> int:
    """Prepare the shop, run one station then N, check the data; print the figures."""
    options = harness.parse_options(__doc__.splitlines()[0], add_arguments=add_arguments)
    harness.require("Car-Pass and rental (app.core.carpass.sending.sender, app.core.rental.invoicing)",
                    "app.core.carpass.sending.sender", "app.core.rental.invoicing.invoicing",
                    "app.core.db.change_tracking")
    extra = options.extra
    stations = 3 if options.quick else max(2, extra.stations)
    seconds = 5.0 if options.quick else extra.seconds
    think = 0.3 if options.quick else extra.think
    scale = 5 if options.quick else extra.scale
    alone_seconds = seconds if options.quick else (extra.baseline_seconds or 2 * seconds)
    rounds = 1 if options.quick else max(1, extra.rounds)
    harness.header(f"{stations} stations on one PostgreSQL vs one station, {seconds:g} s each, think {think:g} s",
                   options)
    harness.info("(--repetitions does not apply: percentiles of every timed operation of every station, "
                 f"one station then {stations}, {rounds} round(s))")
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"  # never the real keyring
    with harness.scratch_dir() as folder:
        harness.isolate_environment(folder)
        with harness.bench_database("postgres", folder) as database:
            from app.core.carpass.sending.simulator import CarpassSimulator

            started = time.perf_counter()
            shop = data.prepare_shop(database, folder, stations, max(seconds, alone_seconds) / rounds, rounds,
                                     think, scale, PASSWORD)
            shop.notify = not extra.without_notify
            harness.info(f"data ready in {time.perf_counter() - started:.1f} s: {shop.describe()}")
            simulator = CarpassSimulator({site.establishment: PASSWORD for site in shop.sites}).start()
            try:
                data.point_sites_at(database, shop, simulator.base_url)
                one, many, latencies = [], [], ([], 0, 0)
                for round_number in range(rounds):  # A B A B: load changes on a shared machine hit both
                    harness.info(f"round {round_number + 1}/{rounds}: one station, {alone_seconds / rounds:g} s …")
                    results, load = run_stations(database, shop.plans("one", round_number, 1, folder),
                                                 alone_seconds / rounds, 0.0)
                    one += results
                    harness.info(f"  {load}")
                    harness.info(f"round {round_number + 1}/{rounds}: {stations} stations, {seconds / rounds:g} s …")
                    results, load = run_stations(database, shop.plans("many", round_number, stations, folder),
                                                 seconds / rounds, 0.05 if options.quick else 0.3)
                    many += results
                    harness.info(f"  {load}")
                    heard = notice_latencies(results)
                    latencies = (latencies[0] + heard[0], latencies[1] + heard[1], latencies[2] + heard[2])
                checks = data.check_shop(database, shop, simulator)
            finally:
                simulator.stop()
    return report(options, stations, one, many, latencies, checks)


def _cells(values: list[float]) -> str:
    if not values:
        return f"{'-':>26s}"
    return f"{len(values):5d} {percentile(values, .5) * 1000:8.1f} {percentile(values, .95) * 1000:8.1f} ms"


def _ratio(alone: list[float], loaded: list[float]) -> float:
    return percentile(loaded, .95) / percentile(alone, .95) if alone and loaded else float("nan")


def report(options, stations: int, one: list[dict], many: list[dict], notices: tuple[list[float], int, int],
           checks: dict[str, list[str]]) -> int:
    """Print each operation's percentiles, the errors and checks, then the figures."""
    alone, loaded = pooled(one), pooled(many)
    alone_cpu, loaded_cpu = pooled(one, "unqueued"), pooled(many, "unqueued")
    harness.info(f"{'operation':15s} {'1 station: n, p50, p95':>26s}   {f'{stations} stations: n, p50, p95':>28s}"
                 f"   p95 ratio   (without the waits for a CPU)")
    for name in [name for name, _ in OPERATIONS if name in loaded or name in alone]:
        harness.info(f"{name:15s} {_cells(alone.get(name, []))}   {_cells(loaded.get(name, [])):>28s}   "
                     f"{_ratio(alone.get(name, []), loaded.get(name, [])):6.2f} x   "
                     f"{_ratio(alone_cpu.get(name, []), loaded_cpu.get(name, [])):6.2f} x")
    errors = [e for r in one + many for e in r["errors"]]
    skipped: dict[str, int] = {}
    for result in one + many:
        for name, count in result["skipped"].items():
            skipped[name] = skipped.get(name, 0) + count
    harness.info(f"skipped (no data left): {skipped or 'none'}; notices heard by the listeners: "
                 f"{sum(r['notices'] for r in many):,}")
    for line in errors[:12]:
        harness.info(f"ERROR {line}")
    for name, problems in checks.items():
        harness.info(f"{name}: " + ("; ".join(problems[:5]) or "none"))
    latencies, heard, lost = notices
    open_one, open_many = alone.get("open list", []), loaded.get("open list", [])
    p95_one = percentile(open_one, .95) if open_one else 0.0
    p95_many = percentile(open_many, .95) if open_many else 0.0
    figures = [
        harness.Figure(f"p95 of opening the Car-Pass list, {stations} stations / one station",
                       p95_many / p95_one if p95_one else float("inf"), TARGET_OPEN,
                       detail=f"{p95_many * 1000:.1f} ms vs {p95_one * 1000:.1f} ms; without the waits for a CPU "
                              f"{_ratio(alone_cpu.get('open list', []), loaded_cpu.get('open list', [])):.2f} x"),
        harness.Figure("errors in both runs", len([e for e in errors if not e.startswith("Traceback")]), 0,
                       unit=" errors"),
        harness.Figure("invoice number gaps and duplicates, contracts invoiced twice",
                       len(checks["invoices"]), 0, unit=" problems"),
        harness.Figure("readings posted or sent twice", len(checks["readings"]), 0, unit=" problems"),
        harness.Figure("ledger chains broken, technicians clocked in twice",
                       len(checks["ledger"]) + len(checks["clocks"]), 0, unit=" problems"),
    ]
    if not options.extra.without_notify:
        figures += [
            harness.Figure("p95 of a change reaching another station's listener",
                           percentile(latencies, .95) if latencies else float("inf"), TARGET_NOTICE_S, unit=" s",
                           detail=f"{heard} heard, p50 {percentile(latencies, .5) * 1000 if latencies else 0:.0f} ms, "
                                  f"slowest {max(latencies, default=0) * 1000:.0f} ms"),
            harness.Figure("changes never heard by a listening station", lost, 0, unit=" lost")]
    return harness.finish(figures, options)


if __name__ == "__main__":
    sys.exit(main())
