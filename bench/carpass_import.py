"""CSV import of 100,000 dossiers with Car-Pass enrolment, against a bare ``executemany``
of the same rows through the DB driver (target: <= 3 x), on SQLite and PostgreSQL, and
into a site with ten years of history (SQLite).

Atelier: ``import_dossiers`` (the ``atelier dossiers import FILE.csv`` service: read,
validate every line, insert the dossiers, their first clock-in, the automatic enrolment
and its history, all or nothing) on a realistic file of ``--rows`` lines, on PostgreSQL as
the clerk's own role (row-level security applies, as at a station). Baseline: the
dossier rows that import wrote, read back as the driver returns them, inserted again with
one ``executemany`` in one transaction after the import's rows were deleted — on SQLite
with the same 64 MB page cache as the import's connection, on PostgreSQL through ``COPY``
(the fastest bare insert; ``executemany`` is printed too). Also reported: the same of every
row the import writes (dossiers, clock-ins, entries, history).
History figure: the same import and baseline into a copy of ``bench/history_site.py``'s
site of ``--history`` dossiers (default 1,000,000, built once and kept in ``--keep-dir``:
minutes; ``--history 0`` leaves the figure out; ``--quick`` uses 3,000).
Deletions between runs are not timed (only the rows of the run: the history stays);
runs are interleaved in this process.

    .venv/bin/python bench/carpass_import.py [--quick] [--backend sqlite|postgres] [--rows N]
        [--history N] [--keep-dir DIR]
"""

from __future__ import annotations

import random
import shutil
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import harness
import history_site

TARGET = 3.0
HISTORY_PENDING = 2000  # pending entries of the history site (the others sent long ago)
LOGIN = "clerk.liege"
TABLES = ("dossier", "clock_event", "carpass_entry", "carpass_entry_event")  # insertion order
WMIS = ("WAU", "VF7", "TMB", "WVW", "ZFA", "VF1", "SJN", "WBA", "U5Y", "ZCF", "VR3", "WF0")
NAMES = ("DUBOIS BENOIT", "PEETERS JAN", "JANSSENS ELS", "LAMBERT ANNE", "MAES TOM", "GRAULICH LUC",
         "LOCAFIX S.P.R.L.", "TRANSPORTS MOSAN SA", "VANDENBERGHE BV", "DEFRAINE SOPHIE", "Jassin Marie")
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def write_csv(path, rows: int, seed: int = 7, first_number: int = 10_001) -> None:
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
            str(first_number + i), rng.choice(NAMES) if rng.random() > 0.03 else "",
            f"{rng.choice('12')}{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{i % 1000:03d}",
            vin, first.isoformat(), str(km), damage, repair, started.isoformat(timespec="minutes") if started else "",
            "1" if rng.random() < 0.02 else "0", "1", invoice)))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _placeholder(database) -> str:
    return "?" if database.is_sqlite else "%s"


# The rows of one run: dossiers after ``after`` (the site's largest id before the first run).
_NEW_ROWS = {
    "dossier": "id > {p}",
    "clock_event": "dossier_id > {p}",
    "carpass_entry": "dossier_id > {p}",
    "carpass_entry_event": "entry_id IN (SELECT id FROM carpass_entry WHERE dossier_id > {p})",
}


def capture(connection, database, after: int) -> dict[str, tuple[list[str], list[tuple]]]:
    """Every row the import wrote (dossiers after id ``after``), per table, as the driver returns them."""
    p = _placeholder(database)
    captured = {}
    cursor = connection.cursor()
    for table in TABLES:
        cursor.execute(f"SELECT * FROM {table} WHERE {_NEW_ROWS[table].format(p=p)} ORDER BY id", (after,))
        captured[table] = ([c[0] for c in cursor.description], cursor.fetchall())
    return captured


def delete_new_rows(connection, database, after: int) -> None:
    """Remove what an import (or the bare insert) wrote: dossiers after id ``after`` and
    their rows (not timed)."""
    p = _placeholder(database)
    cursor = connection.cursor()
    for table in reversed(TABLES):
        cursor.execute(f"DELETE FROM {table} WHERE {_NEW_ROWS[table].format(p=p)}", (after,))
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


def largest(raw, database, column: str, site_id: int | None = None) -> int:
    """``max(column)`` of the dossiers (of ``site_id``), 0 when there are none."""
    where = f" WHERE site_id = {_placeholder(database)}" if site_id is not None else ""
    cursor = raw.cursor()
    cursor.execute(f"SELECT coalesce(max({column}), 0) FROM dossier{where}", () if site_id is None else (site_id,))
    return int(cursor.fetchone()[0])


def measure_import(database, options: harness.Options, folder, label: str) -> harness.Figure:
    """Import ``options.rows`` new dossiers into ``database``'s LOGIN site per repetition,
    interleaved with the bare inserts of the same rows; the figure."""
    from app.core.carpass.dossier_import import import_dossiers
    from app.core.progress import run_to_end

    scope = harness.scope_of(database, LOGIN)
    raw = matched_connection(database)
    after = largest(raw, database, "id")
    path = folder / "dossiers.csv"
    write_csv(path, options.rows, first_number=max(largest(raw, database, "number", scope.site_id), 10_000) + 1)
    harness.act_as(database, LOGIN)  # PostgreSQL: from now on the clerk's role, under row-level security
    captured: dict = {}
    results = {}

    def run_atelier():
        delete_new_rows(raw, database, after)
        start = time.perf_counter()
        results["import"] = run_to_end(import_dossiers(database, scope, path))
        elapsed = time.perf_counter() - start
        captured.clear()
        captured.update(capture(raw, database, after))
        return elapsed

    def run_bare(tables, copy=False):
        def run():
            delete_new_rows(raw, database, after)
            return bare_insert(raw, database, captured, tables, copy)
        return run

    runs = {"atelier": run_atelier, "bare_dossiers": run_bare(("dossier",)), "bare_all_rows": run_bare(TABLES)}
    if database.is_postgres:
        runs.update(copy_dossiers=run_bare(("dossier",), True), copy_all_rows=run_bare(TABLES, True))
    try:
        timings = harness.interleaved(runs, options)
        delete_new_rows(raw, database, after)
    finally:
        raw.close()
    result = results["import"]
    written = {table: len(rows) for table, (_columns, rows) in captured.items()}
    if result.imported != options.rows or written["dossier"] != options.rows:
        raise RuntimeError(f"imported {result.imported} of {options.rows} dossiers")
    for name, timing in timings.items():
        harness.info(f"[{label}] {name:14s} {timing.describe()}")
    harness.info(f"[{label}] rows written per import: " + ", ".join(f"{t} {n:,}" for t, n in written.items())
                 + f" ({result.enrolled:,} enrolled)")
    atelier = timings["atelier"].median
    everything = timings["bare_all_rows"].median
    harness.info(f"[{label}] import / executemany of every row it writes: {atelier / everything:.2f}x")
    bare, how = timings["bare_dossiers"].median, "executemany, same page cache" if database.is_sqlite else "COPY"
    if database.is_postgres:
        harness.info(f"[{label}] import / executemany of the dossier rows: {atelier / bare:.2f}x; "
                     f"/ COPY of every row it writes: {atelier / timings['copy_all_rows'].median:.2f}x")
        bare = timings["copy_dossiers"].median
    return harness.Figure(f"[{label}] CSV import of {options.rows:,} dossiers / bare {how}", atelier / bare, TARGET,
                          detail=f"{atelier * 1000:.0f} ms vs {bare * 1000:.0f} ms")


def measure_backend(backend: str, options: harness.Options, folder) -> list[harness.Figure]:
    """Import ``options.rows`` dossiers per repetition on ``backend`` (a new site; then, on
    SQLite, a site with years of history)."""
    with harness.bench_database(backend, folder) as database:
        harness.populate_modules(database, 1, ())
        figures = [measure_import(database, options, folder, backend)]
    history = 3000 if options.quick else options.extra.history
    if backend == "sqlite" and history:
        figures.append(measure_history(options, folder, history))
    return figures


def measure_history(options: harness.Options, folder, dossiers: int) -> harness.Figure:
    """The import into a copy of the kept site with ``dossiers`` dossiers of history."""
    from app.core.db.engine import Database
    from app.core.db.migrate import upgrade_to_head

    keep = folder / "kept" if options.quick else Path(options.extra.keep_dir)
    kept = history_site.ensure(keep, dossiers, HISTORY_PENDING)
    path = folder / "history.sqlite3"
    shutil.copyfile(kept, path)
    database = Database(f"sqlite:///{path.as_posix()}")
    try:
        upgrade_to_head(database)
        harness.info(f"[history] {dossiers:,} dossiers of history, {path.stat().st_size / 1e6:,.0f} MB")
        figure = measure_import(database, options, folder, f"sqlite, {dossiers:,} dossiers of history")
        harness.info(f"[history] {path.stat().st_size / 1e6:,.0f} MB after the runs")
        return figure
    finally:
        database.dispose()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def add_arguments(parser) -> None:
    """The history site's size and where it is kept."""
    parser.add_argument("--history", type=int, default=1_000_000,
                        help="dossiers of the history site (SQLite; 0: no history figure)")
    parser.add_argument("--keep-dir", default=str(history_site.DEFAULT_KEEP), help="where built sites are kept")


def main() -> int:
    """Measure on every chosen backend; print the figures; return the exit code."""
    options = harness.parse_options(__doc__.splitlines()[0], rows=100_000, quick_rows=50,
                                    backends=("sqlite", "postgres"), add_arguments=add_arguments)
    harness.require("Car-Pass dossier import (app.core.carpass.dossier_import)", "app.core.carpass.dossier_import")
    harness.header("Car-Pass CSV import with enrolment vs bare executemany", options)
    return harness.finish(harness.each_backend(options, measure_backend), options)


if __name__ == "__main__":
    sys.exit(main())
