"""CSV import of 100,000 dossiers with Car-Pass enrolment, against a bare ``executemany``
of the same rows through the DB driver (target: <= 3 x), on SQLite and PostgreSQL.

Atelier: ``import_dossiers`` (the ``atelier dossiers import FILE.csv`` service: read,
validate every line, insert the dossiers, their first clock-in, the automatic enrolment
and its history, all or nothing) on a realistic file of ``--rows`` lines. Baseline: the
dossier rows that import wrote, read back as the driver returns them, inserted again with
one ``executemany`` in one transaction after the import's rows were deleted — on SQLite
with the same 64 MB page cache as the import's connection, on PostgreSQL through ``COPY``
(the fastest bare insert; ``executemany`` is printed too). Also reported: the same of every
row the import writes (dossiers, clock-ins, entries, history).
Deletions between runs are not timed; runs are interleaved in this process.

    .venv/bin/python bench/carpass_import.py [--quick] [--backend sqlite|postgres] [--rows N]
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date, datetime, timedelta

import harness

TARGET = 3.0
LOGIN = "clerk.liege"
TABLES = ("dossier", "clock_event", "carpass_entry", "carpass_entry_event")  # insertion order
WMIS = ("WAU", "VF7", "TMB", "WVW", "ZFA", "VF1", "SJN", "WBA", "U5Y", "ZCF", "VR3", "WF0")
NAMES = ("DUBOIS BENOIT", "PEETERS JAN", "JANSSENS ELS", "LAMBERT ANNE", "MAES TOM", "GRAULICH LUC",
         "LOCAFIX S.P.R.L.", "TRANSPORTS MOSAN SA", "VANDENBERGHE BV", "DEFRAINE SOPHIE", "Jassin Marie")
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def write_csv(path, rows: int, seed: int = 7) -> None:
    """A migration file as another system exports it: a few blanks and short VINs.

    Work started every 37 minutes, the last one two days ago (a start in the future is
    refused: from 2021-01-04 on, 100,000 lines reached past today).
    """
    rng = random.Random(seed)
    start = datetime.combine(date.today() - timedelta(days=2), datetime.min.time()) - timedelta(minutes=37 * rows)
    lines = ["number,owner,plate,vin,first_registration,original_km,damage_km,repair_km,work_started_at,"
             "merged,create_vat_number,invoice_total"]
    for i in range(rows):
        km = rng.randint(5_000, 260_000)
        vin = rng.choice(WMIS) + "".join(rng.choice(VIN_CHARS) for _ in range(14))
        if rng.random() < 0.03:
            vin = vin[:11]
        started = start + timedelta(minutes=37 * i) if rng.random() > 0.08 else None
        damage = str(km) if rng.random() > 0.1 else ""
        repair = str(km + rng.randint(0, 40)) if rng.random() > 0.1 else ""
        invoice = f"{rng.randint(50, 4500)}.{rng.randint(0, 99):02d}" if rng.random() > 0.3 else ""
        first = date(2005, 1, 1) + timedelta(days=rng.randint(0, 6000))
        lines.append(",".join((
            str(10_001 + i), rng.choice(NAMES) if rng.random() > 0.03 else "",
            f"{rng.choice('12')}{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{i % 1000:03d}",
            vin, first.isoformat(), str(km), damage, repair, started.isoformat(timespec="minutes") if started else "",
            "1" if rng.random() < 0.02 else "0", "1", invoice)))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _placeholder(database) -> str:
    return "?" if database.is_sqlite else "%s"


def capture(connection, database, site_id: int) -> dict[str, tuple[list[str], list[tuple]]]:
    """Every row the import wrote for the site, per table, as the driver returns them."""
    p = _placeholder(database)
    where = {
        "dossier": f"site_id = {p}",
        "clock_event": f"dossier_id IN (SELECT id FROM dossier WHERE site_id = {p})",
        "carpass_entry": f"site_id = {p}",
        "carpass_entry_event": f"entry_id IN (SELECT id FROM carpass_entry WHERE site_id = {p})",
    }
    captured = {}
    cursor = connection.cursor()
    for table in TABLES:
        cursor.execute(f"SELECT * FROM {table} WHERE {where[table]} ORDER BY id", (site_id,))
        captured[table] = ([c[0] for c in cursor.description], cursor.fetchall())
    return captured


def delete_site_rows(connection, database, site_id: int) -> None:
    """Remove what an import (or the bare insert) wrote for the site (not timed)."""
    p = _placeholder(database)
    cursor = connection.cursor()
    cursor.execute(f"DELETE FROM carpass_entry_event WHERE entry_id IN "
                   f"(SELECT id FROM carpass_entry WHERE site_id = {p})", (site_id,))
    cursor.execute(f"DELETE FROM carpass_entry WHERE site_id = {p}", (site_id,))
    cursor.execute(f"DELETE FROM clock_event WHERE dossier_id IN (SELECT id FROM dossier WHERE site_id = {p})",
                   (site_id,))
    cursor.execute(f"DELETE FROM dossier WHERE site_id = {p}", (site_id,))
    connection.commit()


def bare_insert(connection, database, captured, tables, copy: bool = False) -> float:
    """The captured rows of ``tables`` in one transaction (``executemany``, or PostgreSQL's
    ``COPY … FROM STDIN`` with ``copy``); seconds."""
    p = _placeholder(database)
    cursor = connection.cursor()
    start = time.perf_counter()
    for table in tables:
        columns, rows = captured[table]
        if copy:
            with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as stream:
                for row in rows:
                    stream.write_row(row)
            continue
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join([p] * len(columns))})"
        cursor.executemany(sql, rows)
    connection.commit()
    return time.perf_counter() - start


def matched_connection(database):
    """The bare driver connection, set up as the import sets up its own: on SQLite the same
    page cache (a 2 MB default cache against the import's 64 MB had flattered Atelier)."""
    from app.core.carpass.dossier_import import IMPORT_PAGE_CACHE_KIB

    connection = harness.raw_connection(database)
    if database.is_sqlite:
        connection.execute(f"PRAGMA cache_size = {IMPORT_PAGE_CACHE_KIB}")
    return connection


def measure_backend(backend: str, options: harness.Options, folder) -> list[harness.Figure]:
    """Import ``options.rows`` dossiers per repetition on ``backend``."""
    from app.core.carpass.dossier_import import import_dossiers
    from app.core.progress import run_to_end

    path = folder / "dossiers.csv"
    write_csv(path, options.rows)
    with harness.bench_database(backend, folder) as database:
        harness.populate_modules(database, 1, ())
        scope = harness.scope_of(database, LOGIN)
        raw = matched_connection(database)
        captured: dict = {}
        results = {}

        def run_atelier():
            delete_site_rows(raw, database, scope.site_id)
            start = time.perf_counter()
            results["import"] = run_to_end(import_dossiers(database, scope, path))
            elapsed = time.perf_counter() - start
            captured.clear()
            captured.update(capture(raw, database, scope.site_id))
            return elapsed

        def run_bare(tables, copy=False):
            def run():
                delete_site_rows(raw, database, scope.site_id)
                return bare_insert(raw, database, captured, tables, copy)
            return run

        runs = {"atelier": run_atelier, "bare_dossiers": run_bare(("dossier",)),
                "bare_all_rows": run_bare(TABLES)}
        if database.is_postgres:
            runs.update(copy_dossiers=run_bare(("dossier",), True), copy_all_rows=run_bare(TABLES, True))
        try:
            timings = harness.interleaved(runs, options)
        finally:
            raw.close()
    result = results["import"]
    written = {table: len(rows) for table, (_columns, rows) in captured.items()}
    if result.imported != options.rows or written["dossier"] != options.rows:
        raise RuntimeError(f"imported {result.imported} of {options.rows} dossiers")
    for name, timing in timings.items():
        harness.info(f"[{backend}] {name:14s} {timing.describe()}")
    harness.info(f"[{backend}] rows written per import: " + ", ".join(f"{t} {n:,}" for t, n in written.items())
                 + f" ({result.enrolled:,} enrolled)")
    atelier = timings["atelier"].median
    everything = timings["bare_all_rows"].median
    harness.info(f"[{backend}] import / executemany of every row it writes: {atelier / everything:.2f}x")
    bare, how = timings["bare_dossiers"].median, "executemany, same page cache" if database.is_sqlite else "COPY"
    if database.is_postgres:
        harness.info(f"[{backend}] import / executemany of the dossier rows: {atelier / bare:.2f}x; "
                     f"/ COPY of every row it writes: {atelier / timings['copy_all_rows'].median:.2f}x")
        bare = timings["copy_dossiers"].median
    return [harness.Figure(f"[{backend}] CSV import of {options.rows:,} dossiers / bare {how}",
                           atelier / bare, TARGET, detail=f"{atelier * 1000:.0f} ms vs {bare * 1000:.0f} ms")]


def main() -> int:
    """Measure on every chosen backend; print the figures; return the exit code."""
    options = harness.parse_options(__doc__.splitlines()[0], rows=100_000, quick_rows=50,
                                    backends=("sqlite", "postgres"))
    harness.require("Car-Pass dossier import (app.core.carpass.dossier_import)", "app.core.carpass.dossier_import")
    harness.header("Car-Pass CSV import with enrolment vs bare executemany", options)
    return harness.finish(harness.each_backend(options, measure_backend), options)


if __name__ == "__main__":
    sys.exit(main())
