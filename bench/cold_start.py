"""Cold start of Atelier as a clerk lives it, against a bare PySide6 script that opens a
QMainWindow and against the password check itself.

- spawn to the login dialog painted: target <= 1.3 x the bare script's spawn to its window;
- Enter to the main window painted: target <= the argon2id verification of the user's
  password (timed in the same process, parameters unchanged) + 60 ms.

Every repetition starts two new processes in turn — the bare script, then Atelier through
the real ``atelier`` entry point (``app.cli.main.main``) on a SQLite database filled by the
demo generator — see ``startup_probe.py`` for the hooks that replace the clerk: the probe
waits for what the dialog does while a clerk types (opening the database, importing what
follows), then presses Enter. Spawn to the main window is printed as before. The first
round is a warm-up (file cache, bytecode).

    .venv/bin/python bench/cold_start.py [--quick] [--repetitions N]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import harness

TARGET = 1.3
ENTER_OVERHEAD_TARGET = 60.0  # ms over the argon2id verification, Enter to the main window painted
CHILD_TIMEOUT = 180  # seconds before a hung child is killed
HERE = Path(__file__).resolve().parent
BARE_SCRIPT = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("Atelier")
window.resize(1280, 800)
window.show()
app.processEvents()
window.repaint()
app.processEvents()
print("READY", repr(time.perf_counter()), flush=True)
"""


def run_child(command: list[str], env: dict[str, str]) -> tuple[float, dict[str, float], dict[str, str]]:
    """Spawn ``command``; return seconds to READY, the marks (seconds since spawn) and
    other reported values."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True,
                               cwd=str(harness.ROOT))
    watchdog = threading.Timer(CHILD_TIMEOUT, process.kill)
    watchdog.start()
    marks: dict[str, float] = {}
    values: dict[str, str] = {}
    ready = None
    for line in process.stdout:
        parts = line.split()
        if not parts:
            continue
        if parts[0] == "MARK":
            marks[parts[1]] = float(parts[2]) - start
        elif parts[0] == "READY":
            ready = float(parts[1]) - start
        else:
            values[parts[0]] = " ".join(parts[1:])
    stderr = process.stderr.read()
    code = process.wait()
    watchdog.cancel()
    if ready is None:
        raise RuntimeError(f"{' '.join(command)} exited with {code} before READY:\n{stderr[-3000:]}")
    return ready, marks, values


def prepare(folder: Path) -> dict[str, str]:
    """A demo SQLite database (scale 1) and the children's environment."""
    env = harness.isolate_environment(folder)
    from app.core.db.engine import Database
    from app.core.db.migrate import upgrade_to_head
    from app.core.platform.demo import DEMO_PASSWORD

    path = folder / "cold_start.sqlite3"
    database = Database(f"sqlite:///{path.as_posix()}")
    upgrade_to_head(database)
    harness.populate(database, scale=1)
    database.dispose()
    env.update({"BENCH_DATABASE_URL": f"sqlite:///{path.as_posix()}", "BENCH_LOGIN": "clerk.liege",
                "BENCH_PASSWORD": DEMO_PASSWORD})
    return env


def main() -> int:
    """Measure, print the figures, return the exit code."""
    options = harness.parse_options(__doc__.splitlines()[0])
    harness.header("Cold start: Atelier vs a bare PySide6 QMainWindow script", options)
    python = sys.executable
    commands = {
        "bare": [python, "-c", BARE_SCRIPT],
        "main": [python, str(HERE / "startup_probe.py"), "main"],
    }
    with harness.scratch_dir() as folder:
        env = prepare(folder)
        marks: dict[str, dict[str, list[float]]] = {name: {} for name in commands}

        argon2: list[float] = []

        def runner(name):
            def run():
                elapsed, child_marks, values = run_child(commands[name], env)
                for key, value in child_marks.items():
                    marks[name].setdefault(key, []).append(value)
                if "ARGON2" in values:
                    argon2.append(float(values["ARGON2"]))
                return elapsed
            return run

        timings = harness.interleaved({name: runner(name) for name in commands}, options)
    measured = len(timings["main"].samples)
    main_marks = {key: values[-measured:] for key, values in marks["main"].items()}
    timings["login"] = harness.Timing(main_marks["login_dialog_shown"])
    enter = [shown - pressed for shown, pressed in zip(main_marks["main_window_shown"], main_marks["enter"],
                                                       strict=True)]
    timings["enter"] = harness.Timing(enter)
    timings["argon2"] = harness.Timing(argon2[-measured:])
    overhead = [(e - a) * 1000 for e, a in zip(enter, argon2[-measured:], strict=True)]
    bare = timings["bare"].median
    for name, timing in timings.items():
        harness.info(f"{name:6s} {timing.describe()}")
    steps = ", ".join(f"{key} {statistics.median(values) * 1000:.0f} ms" for key, values in main_marks.items())
    harness.info(f"marks since spawn (median): {steps}")
    harness.info(f"spawn to the main window (the clerk's typing replaced by waiting for the dialog's background "
                 f"work): {timings['main'].median / bare:.2f}x the bare window")
    median_overhead = statistics.median(overhead)
    figures = [
        harness.Figure("cold start to login dialog / bare QMainWindow", timings["login"].median / bare, TARGET,
                       detail=f"{timings['login'].median * 1000:.0f} ms vs {bare * 1000:.0f} ms"),
        harness.Figure("Enter to main window painted, over the argon2id check", median_overhead,
                       ENTER_OVERHEAD_TARGET, unit=" ms",
                       detail=f"{timings['enter'].median * 1000:.0f} ms vs argon2id "
                              f"{timings['argon2'].median * 1000:.0f} ms"),
    ]
    return harness.finish(figures, options)


if __name__ == "__main__":
    sys.exit(main())
