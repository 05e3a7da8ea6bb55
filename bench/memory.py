"""Memory of Atelier's main window, and with the Car-Pass grid open over 100,000 pending
dossiers at the site (+ 100,000 at another site), against the empty main window
(target: <= +60 MB).

Each repetition starts, in turn, new processes through the real ``atelier`` entry point
(see ``startup_probe.py``) and reads their resident memory (RSS) once the window is shown
and painted:

- bare: a bare PySide6 script with a QMainWindow (reported for reference);
- empty: Atelier's main window, logged in as a clerk, on a database holding only the
  company, its two sites and their users (the baseline);
- grid: the same main window on the demo data (Car-Pass module, ``--rows`` pending per
  site), the Car-Pass tab current with its first rows shown (the figure);
- scrolled (``--scrolled``): as grid, after scrolling to the last row (for reference).

``--quick`` starts only the empty and grid processes, on SQLite unless ``--backend`` says.

    .venv/bin/python bench/memory.py [--quick] [--backend sqlite|postgres] [--rows N] [--scrolled]
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

import harness
from cold_start import BARE_SCRIPT, run_child

TARGET_MB = 60.0
HERE = Path(__file__).resolve().parent
BARE_RSS = BARE_SCRIPT.replace('print("READY"', 'import gc; gc.collect(); sys.path.insert(0, {here!r}); '
                                                'from harness import rss_bytes; print("RSS", rss_bytes()); '
                                                'print("READY"')


def measure_backend(backend: str, options: harness.Options, folder: Path, env: dict) -> list[harness.Figure]:
    """RSS of the four processes on ``backend``."""
    from app.core.platform.demo import DEMO_PASSWORD

    probe = [sys.executable, str(HERE / "startup_probe.py")]
    rss: dict[str, list[int]] = {}
    grid_rows = {}
    with harness.bench_database(backend, folder) as empty, harness.bench_database(backend, folder) as full:
        harness.populate_modules(empty, 1, ())
        harness.carpass_dataset(full, options.rows)
        if backend == "postgres":  # the clerk's login role, as an admin's "add user" makes it
            from app.core.db.engine import Database

            for database in (empty, full):
                view = Database(database.url)
                harness.act_as(view, "clerk.liege")
                view.dispose()
        base = {**env, "BENCH_LOGIN": "clerk.liege", "BENCH_PASSWORD": DEMO_PASSWORD, "BENCH_RSS": "1"}
        runs = {
            "bare": ([sys.executable, "-c", BARE_RSS.format(here=str(HERE))], base),
            "empty": ([*probe, "main"], {**base, "BENCH_DATABASE_URL": empty.url}),
            "grid": ([*probe, "main-carpass"], {**base, "BENCH_DATABASE_URL": full.url}),
            "scrolled": ([*probe, "main-carpass"], {**base, "BENCH_DATABASE_URL": full.url, "BENCH_SCROLL": "1"}),
        }
        if options.quick:  # the smoke run starts only the two processes of the figure
            runs = {name: runs[name] for name in ("empty", "grid")}
        elif not options.extra.scrolled:
            del runs["scrolled"]

        done: dict[str, int] = {}

        def runner(name):
            command, child_env = runs[name]

            def run():
                _elapsed, _marks, values = run_child(command, child_env)
                done[name] = done.get(name, 0) + 1
                if done[name] > options.warmup:  # the warm-up round is not measured
                    rss.setdefault(name, []).append(int(values["RSS"]))
                if "GRID_ROWS" in values:
                    grid_rows[name] = int(values["GRID_ROWS"])
                return 0.0
            return run

        harness.interleaved({name: runner(name) for name in runs}, options)
    median = {name: harness.mebibytes(statistics.median(values)) for name, values in rss.items()}
    for name, value in median.items():
        harness.info(f"[{backend}] {name:8s} RSS {value:7.1f} MB (median of {len(rss[name])})"
                     + (f", grid rows loaded: {grid_rows[name]:,}" if name in grid_rows else ""))
    if "bare" in median:
        harness.info(f"[{backend}] Atelier's empty main window vs bare QMainWindow: "
                     f"{median['empty'] - median['bare']:+.1f} MB")
    if "scrolled" in median:
        harness.info(f"[{backend}] after scrolling every row vs empty main window: "
                     f"{median['scrolled'] - median['empty']:+.1f} MB")
    return [harness.Figure(f"[{backend}] memory with the Car-Pass grid open - empty main window",
                           median["grid"] - median["empty"], TARGET_MB, unit="MB",
                           detail=f"{median['grid']:.0f} MB vs {median['empty']:.0f} MB")]


def main() -> int:
    """Measure on every chosen backend; print the figures; return the exit code."""
    options = harness.parse_options(__doc__.splitlines()[0], rows=100_000, quick_rows=60,
                                    backends=("sqlite", "postgres"), add_arguments=lambda parser: parser.add_argument(
                                        "--scrolled", action="store_true",
                                        help="also measure after scrolling to the last row (slow)"))
    harness.require("the Car-Pass list grid (app.ui.carpass.list_view)", "app.core.carpass.demo",
                    "app.ui.carpass.list_view")
    harness.header("Memory: main window with the Car-Pass grid open vs the empty main window", options)
    figures = []
    backends = options.backends
    if options.quick and options.extra.backend == "all":
        backends = ("sqlite",)  # the smoke run: the PostgreSQL path differs only by its URL
    with harness.scratch_dir() as folder:
        env = harness.isolate_environment(folder)
        for backend in backends:
            figures.extend(measure_backend(backend, options, folder, env))
    return harness.finish(figures, options)


if __name__ == "__main__":
    sys.exit(main())
