"""Car-Pass grid with 100,000 pending dossiers at the clerk's site and 100,000 at another
site, on SQLite and PostgreSQL, against a raw fetch of the whole list through the DB driver
(same columns, same site, same order).

- open: the Car-Pass tab (``CarpassListView``) built, shown and painted with its first rows
  (target <= 0.2 x the raw fetch);
- scroll: from the opened tab, the table scrolled to the bottom again and again until every
  row is loaded and painted (target <= 1.5 x the raw fetch);
- page down: what a clerk reading the list feels — Page Down pressed on the table, one
  screen at a time, each screen read and painted by the event loop (one paint; timed from
  the key press to the event loop idle again), ``READING_PAUSE_MS`` between two presses
  (not timed: a clerk reads the screen; the grid reads ahead meanwhile), in three
  walks of ``SCREENS_PER_WALK`` screens: from the top, from the middle and towards the end
  (the jump to the middle and the end is not timed); the median screen against one 60 Hz
  frame (target <= 16 ms; the 95th percentile is printed).

Also reported (diagnosis): every page loaded through the grid's model without a view
(the SQL without painting; the model reads whole rows only where a view shows them), and
every row read in full in pages of 2,000 (the CSV export's and the CLI's data path).

Data: ``atelier --demo``'s generator (Car-Pass module) scaled to ``--rows`` pending
entries per site. ``--sent-readings N`` adds N readings Car-Pass received, for VINs of the
clerk's list (held by other entries), so that the list's "last reading sent" lookups find
rows as after months of sending. Both figures and the raw fetch are measured in this
process, interleaved (raw, open, scroll, raw, …).

    .venv/bin/python bench/carpass_grid.py [--quick] [--backend sqlite|postgres] [--rows N] [--sent-readings N]
"""

from __future__ import annotations

import sys

import harness

OPEN_TARGET = 0.2
SCROLL_TARGET = 1.5
FRAME = 0.016  # seconds: one 60 Hz frame, the page-down target
SCREENS_PER_WALK = 40  # screens paged per walk (top, middle, end)
READING_PAUSE_MS = 100  # between two Page Down presses: ten screens a second, a fast reader
LOGIN = "clerk.liege"
RAW_SQL = """
SELECT d.number, d.owner, d.work_started_at, d.plate, d.vin, COALESCE(d.damage_km, d.original_km),
       d.invoice_total, e.status
FROM carpass_entry e JOIN dossier d ON d.id = e.dossier_id
WHERE e.site_id = {p} AND d.site_id = {p} AND e.status IN ({statuses})
ORDER BY d.number
"""


def raw_fetch(database, site_id: int) -> int:
    """The physical limit: the whole list through the bare driver; returns the row count."""
    from app.core.carpass.models import OPEN_STATUSES

    connection = harness.raw_connection(database)
    try:
        p = "?" if database.is_sqlite else "%s"
        sql = RAW_SQL.format(p=p, statuses=", ".join(f"'{s}'" for s in OPEN_STATUSES))
        cursor = connection.cursor()
        cursor.execute(sql, (site_id, site_id))
        return len(cursor.fetchall())
    finally:
        connection.close()


def PaintCounter():  # noqa: N802 - a QObject class made once Qt is imported
    """An event filter counting the paint events of the widget it watches."""
    from PySide6.QtCore import QEvent, QObject

    class _Counter(QObject):
        def __init__(self):
            super().__init__()
            self.paints = 0

        def eventFilter(self, watched, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                self.paints += 1
            return False

    return _Counter()


class GridBench:
    """Opens and scrolls the real Car-Pass tab on one database."""

    def __init__(self, database, scope):
        from app.ui.app_context import AppContext
        from app.ui.settings import station_settings

        self.context = AppContext(database, scope, station_settings())
        self.view = None
        self.frames = 0
        self.cpu_samples: list[float] = []  # CPU time of this process per screen of the last walk
        self.open_marks: list[tuple[float, float]] = []  # per open(): seconds to build the tab, to show and paint it

    def open(self) -> int:
        """Build, show and paint the tab; return the rows shown."""
        import time

        from PySide6.QtWidgets import QApplication

        from app.ui.carpass.list_view import CarpassListView

        self.close()
        start = time.perf_counter()
        self.view = CarpassListView(self.context)
        built = time.perf_counter()
        self.view.resize(1280, 760)
        self.view.show()
        QApplication.processEvents()
        self.view.grid.table.viewport().repaint()
        QApplication.processEvents()
        self.open_marks.append((built - start, time.perf_counter() - built))
        return self.view.model.rowCount()

    def scroll(self) -> int:
        """Scroll the opened tab to its last row; return the rows loaded."""
        from PySide6.QtWidgets import QApplication

        table, model = self.view.grid.table, self.view.model
        counter = PaintCounter()
        table.viewport().installEventFilter(counter)
        stalled = 0
        while model.canFetchMore():
            before = model.rowCount()
            table.scrollToBottom()
            QApplication.processEvents()
            stalled = stalled + 1 if model.rowCount() == before else 0
            if stalled > 50:
                raise RuntimeError(f"the grid stopped loading at {before} of {model.total()} rows")
        table.scrollToBottom()
        table.viewport().repaint()
        QApplication.processEvents()
        table.viewport().removeEventFilter(counter)
        self.frames = counter.paints
        last = model.rowCount() - 1
        if last >= 0 and not model.index(last, 0).data():
            raise RuntimeError("the last row was painted without its dossier number")
        return model.rowCount()

    def page_down(self, start_fraction: float, screens: int) -> list[float]:
        """From the opened tab, jump to ``start_fraction`` of the list (not timed), then
        press Page Down ``screens`` times; the seconds of each screen, from the key press to
        the new screen painted by the event loop (a clerk reading the list)."""
        import time

        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        table, model = self.view.grid.table, self.view.model
        bar = table.verticalScrollBar()
        if start_fraction > 0:
            target = int(model.total() * start_fraction)
            while model.rowCount() <= target and model.canFetchMore():
                model.fetchMore(table.rootIndex())
            table.setCurrentIndex(model.index(target, 0))
            table.scrollTo(model.index(target, 0))
        elif model.rowCount():
            table.setCurrentIndex(model.index(0, 0))
        table.setFocus()
        QApplication.processEvents()
        counter = PaintCounter()
        table.viewport().installEventFilter(counter)
        samples = []
        self.cpu_samples = []
        try:
            for _ in range(screens):
                before, painted = bar.value(), counter.paints
                start, cpu = time.perf_counter(), time.process_time()
                QTest.keyClick(table, Qt.Key.Key_PageDown)
                QApplication.processEvents()
                elapsed = time.perf_counter() - start
                self.cpu_samples.append(time.process_time() - cpu)
                if bar.value() == before and not model.canFetchMore():
                    break  # the last screen
                if counter.paints == painted:
                    raise RuntimeError("Page Down moved the list without painting it")
                samples.append(elapsed)
                QTest.qWait(READING_PAUSE_MS)  # the clerk reads the screen
        finally:
            table.viewport().removeEventFilter(counter)
        top = table.rowAt(0)
        if top >= 0 and not model.index(top, 0).data():
            raise RuntimeError("a screen was painted without its dossier numbers")
        return samples

    def fetch_all(self) -> int:
        """Diagnosis: load every page through the model without a view (no painting; the
        model reads whole rows only for the rows a view shows)."""
        from app.ui.carpass.list_model import CarpassListModel

        model = CarpassListModel(self.view.source)  # the opened tab's source, a second model
        while model.canFetchMore():
            model.fetchMore()
        return model.rowCount()

    def fetch_rows(self) -> int:
        """Diagnosis: every row in full (flags, last reading, texts), in the pages of 2,000
        the CSV export and the CLI read: the data path if every row were shown."""
        from app.core.grid import GridQuery

        source, query, rows = self.view.source, GridQuery(), 0
        while True:
            page = source.fetch(query, rows, 2000)
            rows += len(page)
            if len(page) < 2000:
                return rows

    def close(self) -> None:
        """Destroy the tab."""
        if self.view is not None:
            self.view.close()
            self.view.deleteLater()
            self.view = None
            from PySide6.QtCore import QCoreApplication, QEvent

            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def add_sent_readings(database, site_id: int, count: int) -> None:
    """``count`` readings in state sent, each for the VIN of a random dossier of the list and
    held by another random entry (as a car seen before, at any site of the company)."""
    import json
    import random
    import uuid
    from datetime import timedelta

    from sqlalchemy import select

    from app.core.carpass.models import CarpassEntry, Dossier
    from app.core.carpass.sending.models import CarpassReading
    from app.core.timeutil import utcnow

    if count <= 0:
        return
    rng = random.Random(11)
    with database.session() as session:
        vins = [v for (v,) in session.execute(select(Dossier.vin).where(Dossier.site_id == site_id,
                                                                        Dossier.vin.is_not(None)))]
        holders = list(session.execute(select(CarpassEntry.id, CarpassEntry.dossier_id, CarpassEntry.site_id)))
    now = utcnow()
    for start in range(0, count, 5000):
        rows = []
        for _ in range(min(5000, count - start)):
            entry_id, dossier_id, holder_site = rng.choice(holders)
            vin = rng.choice(vins)[:30]
            sent_at = now - timedelta(days=rng.randint(6, 700), minutes=rng.randint(0, 1440))
            km = rng.randint(1000, 250_000)
            rows.append(dict(site_id=holder_site, entry_id=entry_id, dossier_id=dossier_id,
                             idempotency_key=str(uuid.UUID(int=rng.getrandbits(128))), state="sent",
                             payload=json.dumps({"vin": vin, "odometerReading": km}), vin=vin, odometer=km,
                             reading_date=sent_at.date(), checks="[]", attempts=1, created_at=sent_at,
                             created_by="bench", sent_at=sent_at, request_guid=str(uuid.uuid4())))
        with database.session() as session:
            session.execute(CarpassReading.__table__.insert(), rows)
    harness.info(f"[{database.backend}] {count:,} sent readings added for VINs of the list")


def measure_backend(backend: str, options: harness.Options, folder) -> list[harness.Figure]:
    """Build the data set on ``backend`` and measure both figures."""
    import time

    figures = []
    with harness.bench_database(backend, folder) as database:
        harness.carpass_dataset(database, options.rows)
        scope = harness.scope_of(database, LOGIN)
        add_sent_readings(database, scope.site_id, getattr(options.extra, "sent_readings", 0))
        if database.is_postgres:
            with database.engine.connect() as connection:
                connection.exec_driver_sql("ANALYZE")
                connection.commit()
        harness.act_as(database, LOGIN)
        bench = GridBench(database, scope)
        counts = {}

        def run_raw():
            counts["raw"] = raw_fetch(database, scope.site_id)

        def run_open():
            counts["open"] = bench.open()

        def run_scroll():
            if bench.view is None:
                bench.open()
            start = time.perf_counter()
            counts["scroll"] = bench.scroll()
            elapsed = time.perf_counter() - start
            counts["frames"] = bench.frames
            bench.close()
            return elapsed

        def run_model():
            bench.open()
            start = time.perf_counter()
            counts["model"] = bench.fetch_all()
            elapsed = time.perf_counter() - start
            bench.close()
            return elapsed

        def run_rows():
            bench.open()
            start = time.perf_counter()
            counts["rows"] = bench.fetch_rows()
            elapsed = time.perf_counter() - start
            bench.close()
            return elapsed

        screens: list[float] = []
        cpu: list[float] = []

        def run_pages():
            walk = []
            for fraction in (0.0, 0.5, 0.97):
                bench.open()
                walk.extend(bench.page_down(fraction, SCREENS_PER_WALK))
                cpu.extend(bench.cpu_samples)
                bench.close()
            screens.extend(walk)
            counts["screens"] = len(walk)
            return sum(walk)

        runs = {"raw": run_raw, "open": run_open, "scroll": run_scroll, "model": run_model, "rows": run_rows,
                "pages": run_pages}
        if getattr(options.extra, "no_diagnosis", False):
            del runs["model"], runs["rows"]
        timings = harness.interleaved(runs, options)
        bench.close()
        if counts["scroll"] != counts["raw"]:
            raise RuntimeError(f"the grid loaded {counts['scroll']} rows, the raw fetch {counts['raw']}")
        for name, timing in timings.items():
            harness.info(f"[{backend}] {name:6s} {timing.describe()}")
        harness.info(f"[{backend}] rows: raw fetch {counts['raw']:,}, first rows shown {counts['open']:,}, "
                     f"after scrolling {counts['scroll']:,} (viewport painted {counts['frames']} times)")
        raw = timings["raw"].median
        if "model" in timings:
            harness.info(f"[{backend}] diagnosis: every page through the model, no view (SQL, rows read only "
                         f"where shown, no painting): {timings['model'].median / raw:.2f}x the raw fetch")
        import statistics

        measured = screens[-counts["screens"] * options.repetitions:] if counts["screens"] else [0.0]
        per_screen = statistics.median(measured)
        p95 = sorted(measured)[int(0.95 * (len(measured) - 1))]
        harness.info(f"[{backend}] page down: {len(measured)} screens (top, middle, end), median "
                     f"{per_screen * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, max {max(measured) * 1000:.1f} ms; "
                     f"CPU time of this process per screen, median "
                     f"{statistics.median(cpu[-len(measured):] or [0.0]) * 1000:.1f} ms (the wall time less "
                     "the waits for a CPU on a shared machine)")
        if "rows" in timings:
            harness.info(f"[{backend}] diagnosis: every row in full in pages of 2,000 (export / CLI path, "
                         f"{counts['rows']:,} rows): {timings['rows'].median / raw:.2f}x the raw fetch")
        figures.append(harness.Figure(
            f"[{backend}] Car-Pass tab open to first rows / raw fetch of the list", timings["open"].median / raw,
            OPEN_TARGET, detail=f"{timings['open'].median * 1000:.0f} ms vs {raw * 1000:.0f} ms"))
        figures.append(harness.Figure(
            f"[{backend}] scrolling through every row / raw fetch of the list", timings["scroll"].median / raw,
            SCROLL_TARGET, detail=f"{timings['scroll'].median * 1000:.0f} ms vs {raw * 1000:.0f} ms"))
        figures.append(harness.Figure(
            f"[{backend}] page down, one screen / 16 ms frame", per_screen / FRAME, 1.0,
            detail=f"median {per_screen * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms over {len(measured)} screens"))
    return figures


def main() -> int:
    """Measure on every chosen backend; print the figures; return the exit code."""
    def add_arguments(parser) -> None:
        parser.add_argument("--sent-readings", type=int, default=0, metavar="N",
                            help="readings Car-Pass received for VINs of the list (default 0)")
        parser.add_argument("--no-diagnosis", action="store_true",
                            help="skip the two diagnosis runs (every page through the model, every row in full)")

    options = harness.parse_options(__doc__.splitlines()[0], rows=100_000, quick_rows=60,
                                    backends=("sqlite", "postgres"), add_arguments=add_arguments)
    harness.require("the Car-Pass list grid (app.ui.carpass.list_view)", "app.core.carpass.demo",
                    "app.core.carpass.carpass_list", "app.ui.carpass.list_view")
    harness.header("Car-Pass grid: open and scroll vs a raw fetch of the whole list", options)
    def start_qt():
        from app.ui.application import make_application

        return make_application([sys.argv[0]])

    return harness.finish(harness.each_backend(options, measure_backend, prepare=start_qt), options)


if __name__ == "__main__":
    sys.exit(main())
