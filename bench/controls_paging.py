"""Switching the VZSHE pages with F20, against one frame at 60 Hz (16 ms): the median
switch must stay under it (target: median / 16 ms <= 1).

The real "Contrôles commerce véhicules" tab (``ControlsView``, an admin's editable pages
with the site's stored values) is shown and active; each sample is one F20 key press sent
to the focused field, the page switch, and the event processing that lays the new page
out and paints it, i.e. until the new page is on screen. The event loop paints it once, as
it does for a clerk (an earlier version also forced a synchronous ``repaint()`` first, so
every switch was painted twice); a sample without any paint event is an error.
A repetition walks from VZSHE10 to VZSHE70 (7 switches);
the walk back to the first page is not timed. The first walk is a warm-up.

    .venv/bin/python bench/controls_paging.py [--quick] [--repetitions N]
"""

from __future__ import annotations

import statistics
import sys
import time

import harness

FRAME = 0.016  # seconds: one frame at 60 Hz


def main() -> int:
    """Measure; print the figure; return the exit code."""
    options = harness.parse_options(__doc__.splitlines()[0])
    harness.require("the VZSHE controls pages (app.ui.controls.controls_view)", "app.ui.controls.controls_view",
                    "app.core.controls.values_service")
    harness.header("VZSHE page switch with F20 vs one 60 Hz frame", options)
    with harness.scratch_dir() as folder:
        harness.isolate_environment(folder)
        from PySide6.QtCore import QEvent, QObject, Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        from app.ui.app_context import AppContext
        from app.ui.application import make_application
        from app.ui.controls.controls_view import ControlsView
        from app.ui.settings import station_settings

        make_application([sys.argv[0]])
        with harness.bench_database("sqlite", folder) as database:
            harness.populate_modules(database, 1, ("controls",))
            scope = harness.scope_of(database, "admin.liege")
            view = ControlsView(AppContext(database, scope, station_settings()))
            view.resize(1280, 800)
            view.show()
            view.activateWindow()
            QApplication.processEvents()
            pages = len(view.forms)

            class PaintCounter(QObject):
                """Counts the paint events of the tab's widgets."""

                count = 0

                def eventFilter(self, watched, event):  # noqa: N802
                    if event.type() == QEvent.Type.Paint:
                        PaintCounter.count += 1
                    return False

            counter = PaintCounter()
            QApplication.instance().installEventFilter(counter)
            samples: list[float] = []
            per_page: dict[str, list[float]] = {}
            for walk in range(options.warmup + options.repetitions):
                view.show_page(0)
                view.form.ordered_inputs()[0].setFocus()
                QApplication.processEvents()
                for _ in range(pages - 1):
                    before = view.stack.currentIndex()
                    target = QApplication.focusWidget() or view
                    painted = PaintCounter.count
                    start = time.perf_counter()
                    QTest.keyClick(target, Qt.Key.Key_F20)
                    QApplication.processEvents()
                    elapsed = time.perf_counter() - start
                    if PaintCounter.count == painted:
                        raise RuntimeError("the new page was not painted")
                    if view.stack.currentIndex() != before + 1:
                        raise RuntimeError(f"F20 did not switch from page {before} (focus: {target!r})")
                    if walk >= options.warmup:
                        samples.append(elapsed)
                        per_page.setdefault(view.form.page.id, []).append(elapsed)
            view.close()
    median = statistics.median(samples)
    harness.info(f"{len(samples)} switches over {options.repetitions} walk(s): {harness.Timing(samples).describe()}")
    harness.info("median per page reached: " + ", ".join(
        f"{page} {statistics.median(values) * 1000:.1f} ms" for page, values in per_page.items()))
    figure = harness.Figure("VZSHE page switch with F20 / 16 ms frame", median / FRAME, 1.0,
                            detail=f"median {median * 1000:.1f} ms")
    return harness.finish([figure], options)


if __name__ == "__main__":
    sys.exit(main())
