"""Invoicing with 4 concurrent stations on one PostgreSQL database, against one station
(target: throughput >= 0.5 x, and 0 gaps / 0 duplicates in the invoice numbers).

A station is a separate process with its own connection pool, logged in as the same
clerk of the same site (so all four draw numbers from the same counter row). Each run
invoices ``--rows`` returned contracts through ``invoice_dossier``: one station does all
of them, or four stations a quarter each, started together once every process is ready
(process start-up is not timed). Throughput = invoices issued / wall time from the common
start to the last station's end. Runs alternate (one, four, one, four, …).

Data: ``atelier --demo``'s generator (rental module, scale 1) gives the reference data and
the returned contracts of each site; more returned contracts are copied from them through
the module's own services (``save_vehicle`` for new cars of the same models,
``create_dossier`` + ``update_dossier`` with the return data), so every run has fresh ones. The rental demo
would need about scale 15 for as many contracts (about 2 min per site here), hence this.

``--quick`` uses two stations instead of four (fewer processes to start).

    .venv/bin/python bench/invoicing_concurrency.py [--quick] [--rows N]
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import harness

TARGET = 0.5
STATIONS = 4
LOGIN = "clerk.liege"
HERE = Path(__file__).resolve()


# -- station (child process) -----------------------------------------------------------
def station(request: dict) -> int:
    """Invoice ``request['ids']`` once the parent says GO; print timings."""
    from app.core.db.engine import Database
    from app.core.rental.invoicing.invoicing import invoice_dossier

    database = Database(request["url"])
    scope = harness.scope_of(database, request["login"])
    harness.act_as(database, request["login"])
    with database.session() as session:  # open the pool's connection before the start
        session.connection()
    print("READY", flush=True)
    if sys.stdin.readline().strip() != "GO":
        return 1
    start = time.perf_counter()
    invoices = 0
    for dossier_id in request["ids"]:
        invoices += len(invoice_dossier(database, scope, dossier_id))
    end = time.perf_counter()
    print(f"DONE {start!r} {end!r} {invoices}", flush=True)
    database.dispose()
    return 0


# -- data ------------------------------------------------------------------------------
def make_contracts(database, needed: int) -> list[int]:
    """Returned, uninvoiced contracts of the clerk's site: the demo's, then copies of them
    made through the rental services, each batch on new cars of the same models (a car's
    odometer never goes back, so the copies cannot reuse the demo's cars)."""
    from sqlalchemy import select

    from app.core.rental.dossier_data import data_of
    from app.core.rental.dossiers import create_dossier, update_dossier
    from app.core.rental.fleet import VehicleData, save_vehicle
    from app.core.rental.models import FleetVehicle, RentalDossier

    scope = harness.scope_of(database, LOGIN)
    admin = harness.scope_of(database, "admin.liege")
    with database.session() as session:
        rows = list(session.scalars(select(RentalDossier).where(
            RentalDossier.site_id == scope.site_id, RentalDossier.kind == "contract",
            RentalDossier.actual_return.is_not(None), RentalDossier.invoiced.is_(False)).order_by(RentalDossier.id)))
        templates = [data_of(row) for row in rows]
        cars = {car.id: (car.category, car.tank_litres, car.model) for car in session.scalars(
            select(FleetVehicle).where(FleetVehicle.id.in_({t.vehicle_id for t in templates})))}
    ids = [row.id for row in rows]
    if not templates:
        raise RuntimeError("the rental demo made no returned contract at the clerk's site")
    batch = 0
    while len(ids) < needed:
        batch += 1
        letters = "Z" + chr(65 + batch // 26 % 26) + chr(65 + batch % 26)
        new_cars = {old: save_vehicle(database, admin, VehicleData(f"7-{letters}-{n:03d}", category, tank,
                                                                    model=model)).id
                    for n, (old, (category, tank, model)) in enumerate(sorted(cars.items()))}
        for data in templates:
            if len(ids) >= needed:
                break
            planned = replace(data, vehicle_id=new_cars[data.vehicle_id], actual_departure=None, actual_return=None,
                              km_out=None, km_in=None, fuel_out=None, fuel_in=None)
            info = create_dossier(database, scope, planned, "contract")
            returned = replace(planned, actual_departure=data.actual_departure, actual_return=data.actual_return,
                               km_out=data.km_out, km_in=data.km_in, fuel_out=data.fuel_out, fuel_in=data.fuel_in)
            ids.append(update_dossier(database, scope, info.id, info.version, returned).id)
    return ids


def number_problems(database, site_id: int) -> tuple[int, list[str]]:
    """Invoices of the site and what is wrong with their numbering (gaps, duplicates)."""
    from collections import Counter

    from sqlalchemy import select

    from app.core.rental.invoicing.models import Invoice

    with database.session() as session:
        rows = session.execute(select(Invoice.year, Invoice.number).where(
            Invoice.site_id == site_id, Invoice.kind == "invoice")).all()
    problems = []
    for year in sorted({y for y, _ in rows}):
        numbers = [n for y, n in rows if y == year]
        duplicates = [n for n, c in Counter(numbers).items() if c > 1]
        missing = sorted(set(range(1, max(numbers) + 1)) - set(numbers))
        if duplicates:
            problems.append(f"{year}: duplicate numbers {duplicates[:10]}")
        if missing:
            problems.append(f"{year}: {len(missing)} gap(s), first {missing[:10]}")
    return len(rows), problems


# -- runs ------------------------------------------------------------------------------
def run_stations(url: str, batches: list[list[int]], env: dict) -> tuple[float, int]:
    """Start one process per batch, release them together; return (wall seconds, invoices)."""
    processes = []
    for ids in batches:
        process = subprocess.Popen([sys.executable, str(HERE), "--station"], stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        process.stdin.write(json.dumps({"url": url, "login": LOGIN, "ids": ids}) + "\n")
        process.stdin.flush()
        processes.append(process)
    for process in processes:
        line = process.stdout.readline().strip()
        if line != "READY":
            raise RuntimeError(f"a station failed to start: {line} {process.stderr.read()[-3000:]}")
    for process in processes:
        process.stdin.write("GO\n")
        process.stdin.flush()
    starts, ends, invoices = [], [], 0
    for process in processes:
        out, err = process.communicate(timeout=900)
        done = [line for line in out.splitlines() if line.startswith("DONE ")]
        if process.returncode != 0 or not done:
            raise RuntimeError(f"a station failed ({process.returncode}): {err[-3000:]}")
        _, start, end, count = done[-1].split()
        starts.append(float(start))
        ends.append(float(end))
        invoices += int(count)
    return max(ends) - min(starts), invoices


def main() -> int:
    """Measure; print the figure; return the exit code."""
    if "--station" in sys.argv:
        return station(json.loads(sys.stdin.readline()))
    options = harness.parse_options(__doc__.splitlines()[0], rows=40, quick_rows=4)
    harness.require("rental invoicing (app.core.rental.invoicing.invoicing)", "app.core.rental.invoicing.invoicing",
                    "app.core.rental.demo")
    harness.header("Invoicing: 4 concurrent stations vs one station on PostgreSQL", options)
    runs = options.warmup + options.repetitions
    with harness.scratch_dir() as folder:
        env = harness.isolate_environment(folder)
        with harness.bench_database("postgres", folder) as database:
            harness.populate_modules(database, 1, ("rental",))
            started = time.perf_counter()
            contracts = iter(make_contracts(database, 2 * runs * options.rows))
            harness.info(f"{2 * runs * options.rows} returned contracts ready in {time.perf_counter() - started:.1f} s")
            site_id = harness.scope_of(database, LOGIN).site_id
            results: dict[str, list[tuple[float, int]]] = {"one": [], "four": []}

            def run(stations: int):
                def go():
                    ids = [next(contracts) for _ in range(options.rows)]
                    batches = [ids[i::stations] for i in range(stations)]
                    wall, invoices = run_stations(database.url, batches, env)
                    results["one" if stations == 1 else "four"].append((wall, invoices))
                    return wall
                return go

            stations = 2 if options.quick else STATIONS  # the smoke run starts fewer processes
            harness.interleaved({"one": run(1), "four": run(stations)}, options)
            issued, problems = number_problems(database, site_id)
    measured = {name: values[options.warmup:] for name, values in results.items()}
    throughput = {name: statistics.median(n / wall for wall, n in values) for name, values in measured.items()}
    for name, values in measured.items():
        harness.info(f"{name:4s} station(s): {throughput[name]:.1f} invoices/s (median), runs: " + ", ".join(
            f"{n} in {wall * 1000:.0f} ms" for wall, n in values))
    harness.info(f"{issued} invoices issued in all; numbering: " + ("; ".join(problems) or "no gap, no duplicate"))
    figures = [
        harness.Figure(f"throughput with {stations} concurrent stations / one station",
                       throughput["four"] / throughput["one"], TARGET, kind="min",
                       detail=f"{throughput['four']:.1f} vs {throughput['one']:.1f} invoices/s"),
        harness.Figure("gaps and duplicates in the invoice numbers", len(problems), 0, unit=" problems",
                       detail="; ".join(problems) or "none"),
    ]
    return harness.finish(figures, options)


if __name__ == "__main__":
    sys.exit(main())
