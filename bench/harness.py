"""Shared harness of the benchmarks: options, repetitions, figures, databases, memory.

Every benchmark measures a figure of Atelier and a bare baseline doing the same work in
the same run (the same process where possible), takes the median of at least five
repetitions after a warm-up, prints one line per figure and, last, one ``RESULT`` line
with the figure that is furthest from its target. The exit code is 1 when a target is
missed (never in ``--quick`` mode, which only checks that the script still runs), 0 when
every target is met, and 0 after ``SKIPPED: <module> not installed`` when the code it
measures is not in this checkout.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib.util
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PG_ADMIN_URL = os.environ.get("ATELIER_BENCH_PG_ADMIN_URL",
                              "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
MIN_REPETITIONS = 5


# -- options ---------------------------------------------------------------------------
@dataclass
class Options:
    """What the command line asked for."""

    quick: bool
    repetitions: int
    warmup: int
    backends: tuple[str, ...]
    rows: int
    keep: bool = False
    extra: argparse.Namespace = field(default_factory=argparse.Namespace)


def parse_options(description: str, *, rows: int = 0, quick_rows: int = 0,
                  backends: tuple[str, ...] = ("sqlite",), add_arguments: Callable | None = None,
                  argv: list[str] | None = None) -> Options:
    """Common options: ``--quick``, ``--repetitions``, ``--warmup``, ``--backend``, ``--rows``."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--quick", action="store_true",
                        help="tiny data, 1 repetition, never fails on the target (CI smoke run)")
    parser.add_argument("--repetitions", type=int, default=MIN_REPETITIONS,
                        help=f"measured repetitions after the warm-up (default and minimum {MIN_REPETITIONS})")
    parser.add_argument("--warmup", type=int, default=1, help="unmeasured warm-up repetitions (default 1)")
    if len(backends) > 1:
        parser.add_argument("--backend", choices=(*backends, "all"), default="all",
                            help="database to measure (default: all)")
    if rows:
        parser.add_argument("--rows", type=int, default=rows, help=f"data size (default {rows:,})")
    if add_arguments is not None:
        add_arguments(parser)
    args = parser.parse_args(argv)
    chosen = backends
    if len(backends) > 1 and args.backend != "all":
        chosen = (args.backend,)
    if args.quick:
        repetitions, warmup, size = 1, 0, quick_rows
    else:
        repetitions, warmup, size = (max(args.repetitions, MIN_REPETITIONS), max(args.warmup, 1),
                                     getattr(args, "rows", 0))
    return Options(quick=args.quick, repetitions=repetitions, warmup=warmup, backends=chosen, rows=size, extra=args)


# -- skipping --------------------------------------------------------------------------
def require(module: str, *names: str) -> None:
    """Exit 0 with ``SKIPPED: <module> not installed`` unless every module in ``names`` exists."""
    for name in names:
        try:
            found = importlib.util.find_spec(name) is not None
        except ModuleNotFoundError:
            found = False
        if not found:
            print(f"SKIPPED: {module} not installed ({name} is missing)")
            sys.exit(0)


def require_attribute(module: str, name: str, attribute: str) -> None:
    """Like :func:`require`, for a module that exists but does not yet expose ``attribute``."""
    require(module, name)
    if not hasattr(importlib.import_module(name), attribute):
        print(f"SKIPPED: {module} not installed ({name} has no {attribute})")
        sys.exit(0)


# -- timing ----------------------------------------------------------------------------
@dataclass
class Timing:
    """Measured samples (seconds) and their median."""

    samples: list[float]

    @property
    def median(self) -> float:
        """Median of the samples."""
        return statistics.median(self.samples)

    def describe(self) -> str:
        """``12.3 ms (min 11.9, max 13.0, n=5)``."""
        return (f"{_ms(self.median)} (min {_ms(min(self.samples))}, max {_ms(max(self.samples))}, "
                f"n={len(self.samples)})")


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 10 else f"{seconds:.2f} s"


def measure(run: Callable[[], object], options: Options, setup: Callable[[], object] | None = None) -> Timing:
    """Time ``run`` ``options.warmup`` times unmeasured, then ``options.repetitions`` times.

    ``setup`` (not timed) runs before each repetition; when it returns a value, ``run``
    receives it.
    """
    samples = []
    for index in range(options.warmup + options.repetitions):
        prepared = setup() if setup is not None else None
        gc.collect()
        start = time.perf_counter()
        run(prepared) if setup is not None else run()
        elapsed = time.perf_counter() - start
        if index >= options.warmup:
            samples.append(elapsed)
    return Timing(samples)


def interleaved(runs: dict[str, Callable[[], float | None]], options: Options) -> dict[str, Timing]:
    """Alternate the measured functions (A B A B …) so load changes hit both alike.

    Each function either returns its own elapsed seconds or None (then it is timed here).
    """
    samples: dict[str, list[float]] = {name: [] for name in runs}
    for index in range(options.warmup + options.repetitions):
        for name, run in runs.items():
            gc.collect()
            start = time.perf_counter()
            own = run()
            elapsed = own if own is not None else time.perf_counter() - start
            if index >= options.warmup:
                samples[name].append(elapsed)
    return {name: Timing(values) for name, values in samples.items()}


# -- figures and result ----------------------------------------------------------------
@dataclass
class Figure:
    """One measured figure against its baseline and target.

    ``kind`` is ``"max"`` (value must be <= target) or ``"min"`` (value must be >= target).
    """

    name: str
    value: float
    target: float
    kind: str = "max"
    unit: str = "x"
    detail: str = ""

    @property
    def passed(self) -> bool:
        """True when the target is met."""
        return self.value <= self.target if self.kind == "max" else self.value >= self.target

    @property
    def badness(self) -> float:
        """How far from the target (> 1 = missed); used to pick the headline figure."""
        if self.kind == "max":
            if self.target <= 0:
                return 0.0 if self.value <= self.target else float("inf")
            return self.value / self.target
        return self.target / self.value if self.value else float("inf")

    def line(self) -> str:
        """``name = 0.42x (target <= 1.5x): PASS``."""
        sign = "<=" if self.kind == "max" else ">="
        value = f"{self.value:+.1f} {self.unit}" if self.unit == "MB" else f"{self.value:.3g}{self.unit}"
        target = f"+{self.target:g} {self.unit}" if self.unit == "MB" else f"{self.target:g}{self.unit}"
        return f"{self.name} = {value} (target {sign} {target}): {'PASS' if self.passed else 'FAIL'}"


def header(title: str, options: Options) -> None:
    """Print what is measured, on what machine, in which mode."""
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    print(f"# {title}")
    print(f"# {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, Python {platform.python_version()}, "
          f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPU(s)"
          + (f", load average {load[0]:.2f}" if load else ""))
    mode = "QUICK (smoke run: tiny data, targets not enforced)" if options.quick else (
        f"median of {options.repetitions} after {options.warmup} warm-up")
    print(f"# mode: {mode}" + (f", rows: {options.rows:,}" if options.rows else ""))
    sys.stdout.flush()


def info(text: str) -> None:
    """A progress or detail line (flushed, so long runs show where they are)."""
    print(f"  {text}")
    sys.stdout.flush()


def finish(figures: list[Figure], options: Options) -> int:
    """Print every figure, then the headline ``RESULT`` line last; return the exit code."""
    if not figures:
        print("RESULT: nothing measured")
        return 1
    for figure in figures:
        print(figure.line() + (f"  [{figure.detail}]" if figure.detail else ""))
    worst = max(figures, key=lambda f: f.badness)
    missed = [f for f in figures if not f.passed]
    verdict = "PASS" if not missed else f"FAIL ({len(missed)} of {len(figures)} missed)"
    if options.quick:
        verdict = f"QUICK RUN, targets not enforced (would be {verdict})"
    print(f"RESULT {worst.line()} — {verdict}")
    sys.stdout.flush()
    return 0 if options.quick or not missed else 1


# -- databases -------------------------------------------------------------------------
@contextlib.contextmanager
def scratch_dir(prefix: str = "atelier-bench-") -> Iterator[Path]:
    """A temporary folder removed at the end."""
    path = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def each_backend(options: Options, measure_backend: Callable[[str, Options, Path], list[Figure]],
                 prepare: Callable[[], object] | None = None) -> list[Figure]:
    """Run ``measure_backend(backend, options, folder)`` for every chosen backend in one
    isolated scratch folder (``prepare()`` first, e.g. the QApplication); their figures."""
    figures: list[Figure] = []
    with scratch_dir() as folder:
        isolate_environment(folder)
        kept = prepare() if prepare is not None else None  # noqa: F841 - alive until the end (a QApplication)
        for backend in options.backends:
            figures.extend(measure_backend(backend, options, folder))
    return figures


def isolate_environment(folder: Path) -> dict[str, str]:
    """Environment for Atelier in this process and its children: offscreen Qt, private
    data and settings folders (never the user's own settings or database); children may
    write their bytecode cache into ``folder`` (the warm-up compiles it, as an installed
    station has it already)."""
    env = {
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "ATELIER_DATA_DIR": str(folder / "data"),
        "XDG_CONFIG_HOME": str(folder / "config"),
    }
    (folder / "data").mkdir(exist_ok=True)
    (folder / "config").mkdir(exist_ok=True)
    os.environ.update(env)
    os.environ.pop("ATELIER_DATABASE_URL", None)
    children = dict(os.environ)
    # Installed stations run compiled bytecode: let children cache it (outside the tree).
    children.pop("PYTHONDONTWRITEBYTECODE", None)
    children["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    return children


@contextlib.contextmanager
def bench_database(backend: str, folder: Path) -> Iterator[object]:
    """A new migrated database: a SQLite file in ``folder`` or a PostgreSQL database
    ``bench_<random>`` on the local server, dropped at the end."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from app.core.db.engine import Database
    from app.core.db.migrate import upgrade_to_head

    if backend == "sqlite":
        path = folder / f"bench_{uuid.uuid4().hex[:8]}.sqlite3"
        database = Database(f"sqlite:///{path.as_posix()}")
        upgrade_to_head(database)
        try:
            yield database
        finally:
            database.dispose()
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        return
    name = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    database = None
    try:
        from app.core.db.server_roles import prepare_server

        database = Database(make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False))
        with database.engine.begin() as connection:
            prepare_server(connection)
        upgrade_to_head(database)
        yield database
    finally:
        if database is not None:
            database.dispose()
        from app.core.db.server_roles import drop_database_roles

        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            drop_database_roles(connection, name)
        admin.dispose()


def act_as(database, login: str) -> None:
    """As on a logged-in station: on PostgreSQL ``database`` connects from now on as the
    user's own role (row-level security and grants apply). The local server trusts local
    connections, so the role gets no password."""
    if not database.is_postgres:
        return
    from sqlalchemy import select, text

    from app.core.db.server_roles import user_role
    from app.core.platform.models import User

    with database.session() as session:
        user_id = session.scalars(select(User.id).where(User.login == login)).one()
        session.execute(text("SELECT atelier_sync_user_role(:id, NULL)"), {"id": user_id})
    database.connect_as(user_role(database.database_name, login), "")


def raw_connection(database) -> object:
    """A bare DB-API connection (sqlite3 or psycopg) to ``database``, outside SQLAlchemy."""
    from sqlalchemy.engine import make_url

    url = make_url(database.url)
    if database.is_sqlite:
        import sqlite3

        return sqlite3.connect(url.database)
    import psycopg

    return psycopg.connect(host=url.host or "127.0.0.1", port=url.port or 5432, user=url.username or "postgres",
                           password=url.password, dbname=url.database)


def populate(database, scale: int, modules: tuple[str, ...] | None = None) -> float:
    """Fill ``database`` with ``atelier --demo``'s generator at ``scale`` (only ``modules``'
    data when given); return seconds."""
    from app.core.demo import populate_demo
    from app.core.progress import run_to_end

    start = time.perf_counter()
    run_to_end(populate_demo(database, scale=scale, modules=modules))
    return time.perf_counter() - start


# -- memory ----------------------------------------------------------------------------
def rss_bytes() -> int:
    """Resident memory of this process (Linux /proc, Windows GetProcessMemoryInfo)."""
    if sys.platform == "win32":  # pragma: no cover - clerks' stations
        import ctypes
        from ctypes import wintypes

        class Counters(ctypes.Structure):
            _fields_ = [("cb", wintypes.DWORD), ("PageFaultCount", wintypes.DWORD),
                        ("PeakWorkingSetSize", ctypes.c_size_t), ("WorkingSetSize", ctypes.c_size_t),
                        ("QuotaPeakPagedPoolUsage", ctypes.c_size_t), ("QuotaPagedPoolUsage", ctypes.c_size_t),
                        ("QuotaPeakNonPagedPoolUsage", ctypes.c_size_t),
                        ("QuotaNonPagedPoolUsage", ctypes.c_size_t), ("PagefileUsage", ctypes.c_size_t),
                        ("PeakPagefileUsage", ctypes.c_size_t)]

        counters = Counters()
        counters.cb = ctypes.sizeof(Counters)
        ctypes.windll.psapi.GetProcessMemoryInfo(ctypes.windll.kernel32.GetCurrentProcess(),
                                                 ctypes.byref(counters), counters.cb)
        return int(counters.WorkingSetSize)
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def mebibytes(value: int) -> float:
    """Bytes to MB (MiB)."""
    return value / (1024 * 1024)


# -- demo data -------------------------------------------------------------------------
def populate_modules(database, scale: int, modules: tuple[str, ...]) -> float:
    """``atelier --demo``'s generator at ``scale``, limited to the modules a benchmark
    measures (the other modules' generators are not run); return seconds."""
    return populate(database, scale, modules)


def scope_of(database, login: str):
    """The UserScope of ``login`` (no password check: the benchmarks measure the screens)."""
    from sqlalchemy import select

    from app.core.platform.auth import scope_for
    from app.core.platform.models import User

    with database.session() as session:
        return scope_for(session, session.scalars(select(User).where(User.login == login)).one())


CARPASS_DEMO_PENDING_SHARE = 0.78  # share of demo dossiers that enter the list (measured: 0.79-0.81)


def carpass_scale(pending_rows: int) -> int:
    """Demo scale giving at least ``pending_rows`` pending Car-Pass entries per site."""
    from app.core.carpass.demo import DOSSIERS_PER_SCALE

    return max(1, -(-pending_rows // int(DOSSIERS_PER_SCALE * CARPASS_DEMO_PENDING_SHARE)))


def carpass_counts(database) -> dict[str, tuple[int, int]]:
    """Per site code: (dossiers, open Car-Pass entries)."""
    from sqlalchemy import func, select

    from app.core.carpass.models import OPEN_STATUSES, CarpassEntry, Dossier
    from app.core.platform.models import Site

    with database.session() as session:
        dossiers = dict(session.execute(select(Site.code, func.count(Dossier.id)).join(
            Dossier, Dossier.site_id == Site.id).group_by(Site.code)).all())
        entries = dict(session.execute(select(Site.code, func.count(CarpassEntry.id)).join(
            CarpassEntry, CarpassEntry.site_id == Site.id).where(
            CarpassEntry.status.in_(OPEN_STATUSES)).group_by(Site.code)).all())
    return {code: (dossiers.get(code, 0), entries.get(code, 0)) for code in dossiers}


def carpass_dataset(database, pending_rows: int) -> None:
    """Fill ``database`` with two demo sites of about ``pending_rows`` pending entries each."""
    scale = carpass_scale(pending_rows)
    seconds = populate_modules(database, scale, ("carpass",))
    counts = carpass_counts(database)
    info(f"[{database.backend}] demo generator (carpass, scale {scale}) in {seconds:.1f} s: " + ", ".join(
        f"{code} {d:,} dossiers / {e:,} open entries" for code, (d, e) in sorted(counts.items())))
    if database.is_postgres:
        with database.engine.connect() as connection:
            connection.exec_driver_sql("ANALYZE")
            connection.commit()
