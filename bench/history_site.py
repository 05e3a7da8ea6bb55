"""A site with years of history, built once and kept: ``atelier --demo``'s Car-Pass
generator at one large site, then every list entry but the newest ``pending`` marked sent
with the reading Car-Pass received for it (as after years of sending).

The build takes minutes at 1,000,000 dossiers, so the SQLite file is kept (``--keep-dir``,
default ``~/.cache/atelier-bench``) and reused by the benchmarks that need a large site
(``bench/carpass_history.py``). Another site (GENT) gets a small demo list.

    .venv/bin/python bench/history_site.py --dossiers 1000000 [--pending 2000] [--keep-dir DIR]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import harness

LARGE_SITE = "LIEGE"
SMALL_SITE = "GENT"
DEFAULT_KEEP = Path(os.environ.get("ATELIER_BENCH_KEEP", Path.home() / ".cache" / "atelier-bench"))

# Every open entry except the newest ``:pending`` (by dossier number) becomes sent, with
# the reading Car-Pass received for it (dated at its enrolment).
MARK_SENT = """
UPDATE carpass_entry SET status = 'sent'
WHERE site_id = :site AND status IN ('pending', 'failed', 'anomaly', 'unknown') AND id NOT IN (
    SELECT e.id FROM carpass_entry e JOIN dossier d ON d.id = e.dossier_id
    WHERE e.site_id = :site AND e.status = 'pending' ORDER BY d.number DESC LIMIT :pending)
"""
SENT_READINGS = """
INSERT INTO carpass_reading (site_id, entry_id, dossier_id, idempotency_key, state, payload, vin, odometer,
                             reading_date, checks, attempts, created_at, created_by, sent_at, request_guid,
                             anomaly_answered)
SELECT e.site_id, e.id, d.id, lower(hex(randomblob(18))), 'sent',
       json_object('vin', coalesce(d.vin, ''), 'odometerReading', coalesce(d.damage_km, d.original_km, 0)),
       substr(coalesce(d.vin, ''), 1, 30), coalesce(d.damage_km, d.original_km, 0), date(e.enrolled_at), '[]', 1,
       e.enrolled_at, 'history', e.enrolled_at, lower(hex(randomblob(16))), 0
FROM carpass_entry e JOIN dossier d ON d.id = e.dossier_id
WHERE e.site_id = :site AND e.status = 'sent'
"""


def site_path(keep_dir: Path, dossiers: int, pending: int) -> Path:
    """Where the kept database of that size lives."""
    return keep_dir / f"history_{dossiers}_{pending}.sqlite3"


def build(path: Path, dossiers: int, pending: int) -> float:
    """Build the database at ``path`` (migrated to the current head); return seconds."""
    import random

    from sqlalchemy import text

    from app.core.carpass.demo import DOSSIERS_PER_SCALE, populate
    from app.core.db.engine import Database
    from app.core.db.migrate import upgrade_to_head
    from app.core.platform.demo import populate_platform
    from app.core.platform.models import Site

    start = time.perf_counter()
    partial = path.with_suffix(".building")
    partial.unlink(missing_ok=True)
    database = Database(f"sqlite:///{partial.as_posix()}")
    try:
        upgrade_to_head(database)
        populate_platform(database)
        rng = random.Random(2026)
        last = 0.0
        for progress in populate(database, rng, max(1, dossiers // DOSSIERS_PER_SCALE), (LARGE_SITE,)):
            if time.perf_counter() - last > 30:
                last = time.perf_counter()
                harness.info(f"{progress.done:,} / {progress.total:,} dossiers, {last - start:.0f} s")
        for _ in populate(database, rng, 25, (SMALL_SITE,)):
            pass
        with database.session() as session:
            site = session.query(Site.id).filter(Site.code == LARGE_SITE).scalar()
            session.execute(text(MARK_SENT), {"site": site, "pending": pending})
            session.execute(text(SENT_READINGS), {"site": site})
        with database.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.dispose()
    partial.replace(path)
    return time.perf_counter() - start


def ensure(keep_dir: Path, dossiers: int, pending: int) -> Path:
    """The kept database of that size, built first if missing."""
    path = site_path(keep_dir, dossiers, pending)
    if not path.exists():
        keep_dir.mkdir(parents=True, exist_ok=True)
        harness.info(f"building {path} ({dossiers:,} dossiers, {pending:,} pending) — once, then kept")
        seconds = build(path, dossiers, pending)
        harness.info(f"built in {seconds:.0f} s, {path.stat().st_size / 1e6:.0f} MB")
    return path


def main() -> int:
    """Build (or find) the kept database and print its path and size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dossiers", type=int, default=1_000_000)
    parser.add_argument("--pending", type=int, default=2000)
    parser.add_argument("--keep-dir", type=Path, default=DEFAULT_KEEP)
    args = parser.parse_args()
    path = ensure(args.keep_dir, args.dossiers, args.pending)
    print(f"{path} {path.stat().st_size / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
