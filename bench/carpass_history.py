"""Ten years of history at one site (SQLite): sending and the pending list must not grow
with the site's history.

Data: two databases built by ``bench/history_site.py`` (the demo generator, then every list
entry but the newest ``--pending`` marked sent with its reading) and kept between runs: a
large site (``--dossiers``, default 1,000,000) and a small one (``--small-dossiers``,
default 20,000), the same number of pending entries. Each run works on copies.

- open: the Car-Pass tab with the pending list of the large site, built, shown and painted
  with its first rows, against a raw fetch of those pending rows through the driver
  (target <= 0.2 x), and against the same opening at the small site (target <= 1.25 x:
  constant in the history's size);
- history paging: "Avec l'historique" checked at the large site (every entry of the site),
  Page Down one screen at a time from the top, the middle and the end: the median screen
  against one 60 Hz frame (target <= 16 ms);
- send: ``--rows`` readings (dossiers imported an hour ago, so every check passes) sent by
  ``send_readings`` at the large site against the same at the small site, interleaved
  (target <= 1.2 x: the cost per reading does not depend on the history).

    .venv/bin/python bench/carpass_history.py [--quick] [--rows N] [--dossiers N] [--small-dossiers N] [--lists-only]
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import time

import harness
import history_site

OPEN_TARGET = 0.2
CONSTANT_TARGET = 1.25
FRAME = 0.016
SEND_TARGET = 1.2
LOGIN = "clerk.liege"
PASSWORD = "bench-carpass-pass"
ESTABLISHMENT = "2026402650"  # the large site's (LIEGE)


def add_arguments(parser) -> None:
    """The sizes of the two sites."""
    parser.add_argument("--dossiers", type=int, default=1_000_000, help="dossiers at the large site")
    parser.add_argument("--small-dossiers", type=int, default=20_000, help="dossiers at the small site")
    parser.add_argument("--pending", type=int, default=2000, help="pending entries at either site")
    parser.add_argument("--keep-dir", default=str(history_site.DEFAULT_KEEP), help="where built databases are kept")
    parser.add_argument("--lists-only", action="store_true", help="only the list figures (no sending)")


def open_copy(kept, folder, name: str):
    """A migrated copy of a kept database (its file size in MB)."""
    from app.core.db.engine import Database
    from app.core.db.migrate import upgrade_to_head

    path = folder / f"{name}.sqlite3"
    shutil.copyfile(kept, path)
    database = Database(f"sqlite:///{path.as_posix()}")
    start = time.perf_counter()
    upgrade_to_head(database)
    harness.info(f"{name}: {path.stat().st_size / 1e6:,.0f} MB, upgraded to head in "
                 f"{time.perf_counter() - start:.1f} s")
    return database


def raw_pending(database, site_id: int) -> int:
    """The pending rows of the site through the bare driver: the grid bench's raw fetch
    (same columns, site and order), written as a bare developer would for this shape — the
    dossier's site checked as ``d.site_id + 0`` so that SQLite starts from the entries'
    index instead of walking the site's million dossiers in number order (the plain query
    takes ~1 s there: printed as a diagnosis, never the baseline)."""
    import carpass_grid

    from app.core.carpass.models import OPEN_STATUSES

    connection = harness.raw_connection(database)
    try:
        sql = carpass_grid.RAW_SQL.format(p="?", statuses=", ".join(f"'{s}'" for s in OPEN_STATUSES))
        sql = sql.replace("AND d.site_id = ?", "AND d.site_id + 0 = ?")
        return len(connection.execute(sql, (site_id, site_id)).fetchall())
    finally:
        connection.close()


def bare_grid(database, site_id: int) -> int:
    """Diagnosis: what a bare PySide6 grid costs to open on the same rows — the raw fetch of
    the pending rows into a ``QStandardItemModel`` shown by a ``QTableView`` of the tab's
    size, shown and painted (no filters, buttons, flags or colours); returns the rows."""
    import carpass_grid
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    from app.core.carpass.models import OPEN_STATUSES

    connection = harness.raw_connection(database)
    try:
        sql = carpass_grid.RAW_SQL.format(p="?", statuses=", ".join(f"'{s}'" for s in OPEN_STATUSES))
        rows = connection.execute(sql.replace("AND d.site_id = ?", "AND d.site_id + 0 = ?"),
                                  (site_id, site_id)).fetchall()
    finally:
        connection.close()
    model = QStandardItemModel(len(rows), 8)
    for number, row in enumerate(rows):
        for column, value in enumerate(row):
            model.setItem(number, column, QStandardItem("" if value is None else str(value)))
    view = QTableView()
    view.setModel(model)
    view.resize(1280, 760)
    view.show()
    QApplication.processEvents()
    view.viewport().repaint()
    QApplication.processEvents()
    view.close()
    view.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return len(rows)


def list_figures(large, small, options) -> list[harness.Figure]:
    """Open the pending list at both sites and page through the large site's history."""
    import carpass_grid

    scope_large, scope_small = harness.scope_of(large, LOGIN), harness.scope_of(small, LOGIN)
    bench_large, bench_small = carpass_grid.GridBench(large, scope_large), carpass_grid.GridBench(small, scope_small)
    counts: dict[str, int] = {}

    def run_raw():
        counts["raw"] = raw_pending(large, scope_large.site_id)

    def run_open_large():
        counts["large"] = bench_large.open()
        bench_large.close()

    def run_open_small():
        counts["small"] = bench_small.open()
        bench_small.close()

    def run_plain_raw():
        carpass_grid.raw_fetch(large, scope_large.site_id)

    def run_bare_grid():
        counts["bare"] = bare_grid(large, scope_large.site_id)

    timings = harness.interleaved({"raw": run_raw, "open_large": run_open_large, "open_small": run_open_small,
                                   "plain_raw": run_plain_raw, "bare_grid": run_bare_grid}, options)
    for name, timing in timings.items():
        harness.info(f"{name:10s} {timing.describe()}")
    build = statistics.median(mark[0] for mark in bench_large.open_marks)
    paint = statistics.median(mark[1] for mark in bench_large.open_marks)
    harness.info(f"diagnosis: a bare PySide6 grid (raw fetch, QStandardItemModel, QTableView shown and painted) "
                 f"opens in {timings['bare_grid'].median * 1000:.1f} ms: the opening is "
                 f"{timings['open_large'].median / timings['bare_grid'].median:.2f}x that")
    harness.info(f"opening at the large site, median of its parts: the tab built (widgets, count, first keys and "
                 f"rows) {build * 1000:.1f} ms, then shown and painted {paint * 1000:.1f} ms")
    harness.info(f"pending rows: raw fetch {counts['raw']:,}, first page shown at the large site "
                 f"{counts['large']:,}, at the small site {counts['small']:,} (plain_raw: the grid bench's raw "
                 "SQL as is, diagnosis)")
    screens: list[float] = []
    cpu: list[float] = []
    for _ in range(options.warmup + options.repetitions):
        walk, cpu = [], []
        for fraction in (0.0, 0.5, 0.97):
            bench_large.open()
            bench_large.view.history.setChecked(True)  # the clerk's box: the whole site's list
            walk.extend(bench_large.page_down(fraction, carpass_grid.SCREENS_PER_WALK))
            cpu.extend(bench_large.cpu_samples)
            counts["history"] = bench_large.view.model.total()
            bench_large.close()
        screens = walk  # the last repetition's walks (the first ones warm the caches)
    per_screen = statistics.median(screens)
    p95 = sorted(screens)[int(0.95 * (len(screens) - 1))]
    harness.info(f"with history: {counts['history']:,} rows, {len(screens)} screens, "
                 f"median {per_screen * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, max {max(screens) * 1000:.1f} ms; "
                 f"CPU time per screen, median {statistics.median(cpu or [0.0]) * 1000:.1f} ms")
    raw, opened, small_open = timings["raw"].median, timings["open_large"].median, timings["open_small"].median
    return [
        harness.Figure("pending list open at the large site / raw fetch of its pending rows", opened / raw,
                       OPEN_TARGET, detail=f"{opened * 1000:.0f} ms vs {raw * 1000:.0f} ms"),
        harness.Figure("pending list open, large site / small site", opened / small_open, CONSTANT_TARGET,
                       detail=f"{opened * 1000:.0f} ms vs {small_open * 1000:.0f} ms"),
        harness.Figure("with history, page down one screen / 16 ms frame", per_screen / FRAME, 1.0,
                       detail=f"median {per_screen * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, "
                              f"{counts['history']:,} rows"),
    ]


def send_figures(large, small, options, folder) -> list[harness.Figure]:
    """Send ``options.rows`` readings per repetition at each site, interleaved."""
    import carpass_send

    from app.core.carpass.sending.credentials import use_for_session
    from app.core.carpass.sending.endpoint import set_endpoint
    from app.core.carpass.sending.sender import SendOptions, send_readings
    from app.core.carpass.sending.simulator import CarpassSimulator
    from app.core.progress import run_to_end

    simulator = CarpassSimulator({ESTABLISHMENT: PASSWORD}).start()
    runs, counts = {}, {}
    try:
        for name, database in (("large", large), ("small", small)):
            set_endpoint(database, harness.scope_of(database, "admin.liege"), simulator.base_url)
            clerk = harness.scope_of(database, LOGIN)
            use_for_session(database, clerk, PASSWORD)
            batches = iter(prepare_batches(database, folder, options, name))

            def run(database=database, clerk=clerk, batches=batches, name=name):
                entry_ids = next(batches)
                start = time.perf_counter()
                summary = run_to_end(send_readings(database, clerk, entry_ids=entry_ids,
                                                   options=SendOptions(respect_maintenance=False)))
                elapsed = time.perf_counter() - start
                if not summary.all_accepted:
                    raise RuntimeError(f"not every reading was accepted: {dict(summary.counts())}")
                counts[name] = len(summary.lines)
                return elapsed

            runs[name] = run
        timings = harness.interleaved(runs, options)
    finally:
        simulator.stop()
    del carpass_send
    for name, timing in timings.items():
        harness.info(f"send at the {name} site: {timing.describe()} for {counts[name]:,} readings "
                     f"({timing.median / max(counts[name], 1) * 1000:.2f} ms a reading)")
    ratio = timings["large"].median / timings["small"].median
    return [harness.Figure(f"{options.rows:,} sends, large site / small site", ratio, SEND_TARGET,
                           detail=f"{timings['large'].median * 1000:.0f} ms vs "
                                  f"{timings['small'].median * 1000:.0f} ms")]


def prepare_batches(database, folder, options, name: str) -> list[list[int]]:
    """Import the dossiers to send (numbers above the site's last), one batch per repetition."""
    import random

    import carpass_send
    from sqlalchemy import func, select

    from app.core.carpass.dossier_import import import_dossiers
    from app.core.carpass.models import CarpassEntry, Dossier
    from app.core.progress import run_to_end

    scope = harness.scope_of(database, LOGIN)
    size, batches = options.rows, options.warmup + options.repetitions
    with database.session() as session:
        first = (session.scalar(select(func.max(Dossier.number)).where(Dossier.site_id == scope.site_id)) or 0) + 1
    path = folder / f"send_{name}.csv"
    carpass_send.write_csv(path, first, batches * size, random.Random(9))
    run_to_end(import_dossiers(database, scope, path))
    with database.session() as session:
        ids = list(session.scalars(select(CarpassEntry.id).join(Dossier, Dossier.id == CarpassEntry.dossier_id)
                                   .where(Dossier.number >= first, CarpassEntry.site_id == scope.site_id)
                                   .order_by(Dossier.number)))
    return [ids[i * size:(i + 1) * size] for i in range(batches)]


def main() -> int:
    """Build or reuse both databases, measure, print the figures; return the exit code."""
    from pathlib import Path

    options = harness.parse_options(__doc__.splitlines()[0], rows=1000, quick_rows=10, add_arguments=add_arguments)
    harness.require("Car-Pass sending (app.core.carpass.sending.sender)", "app.core.carpass.sending.sender",
                    "app.ui.carpass.list_view", "app.core.carpass.dossier_import")
    args = options.extra
    large_size, small_size, pending = args.dossiers, args.small_dossiers, args.pending
    if options.quick:
        large_size, small_size, pending = 3000, 1000, 100
    harness.header(f"Car-Pass with history: {large_size:,} vs {small_size:,} dossiers, {pending:,} pending", options)
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"

    def measure(_backend, options, folder):
        from app.ui.application import make_application

        keep = folder / "kept" if options.quick else Path(args.keep_dir)
        kept_large = history_site.ensure(keep, large_size, pending)
        kept_small = history_site.ensure(keep, small_size, pending)
        app = make_application([sys.argv[0]])  # noqa: F841 - alive until the end
        large, small = open_copy(kept_large, folder, "large"), open_copy(kept_small, folder, "small")
        try:
            figures = list_figures(large, small, options)
            harness.info(f"resident memory after the list figures: {harness.mebibytes(harness.rss_bytes()):.0f} MB")
            if not args.lists_only:
                figures += send_figures(large, small, options, folder)
        finally:
            large.dispose()
            small.dispose()
        return figures

    return harness.finish(harness.each_backend(options, measure), options)


if __name__ == "__main__":
    sys.exit(main())
