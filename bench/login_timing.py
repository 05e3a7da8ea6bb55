"""Login answer times on SQLite: a known login with a wrong password, an unknown login and
a locked login each cost one argon2 verification, so an attacker timing the answers cannot
tell which logins exist.

Each figure is the median time of ``auth.login`` refusing the attempt; the headline is the
spread between the slowest and the fastest median (target <= 1.25x: the three answers take
the same time within noise). The known login's counter is cleared between repetitions so
that it is never locked; the unknown login is a new one each time.

    .venv/bin/python bench/login_timing.py [--quick] [--repetitions N]
"""

from __future__ import annotations

import sys
import time
import uuid

import harness

SPREAD_TARGET = 1.25
PASSWORD = "bench-password-1"


def measure_backend(backend: str, options: harness.Options, folder) -> list[harness.Figure]:
    """Median refusal time per kind of attempt on ``backend``."""
    from sqlalchemy import text

    from app.core.errors import AuthenticationError
    from app.core.platform import auth
    from app.core.platform.setup import SetupRequest, set_up

    with harness.bench_database(backend, folder) as database:
        set_up(database, SetupRequest("Bench", "0426753973", True, "B", "Bench", "2026402650", "boss", PASSWORD))
        for _ in range(auth.MAX_FAILURES):
            try:
                auth.login(database, "locked.user", "wrong-password")
            except AuthenticationError:
                pass

        def refused(login: str, password: str, clear: bool = False) -> float:
            start = time.perf_counter()
            try:
                auth.login(database, login, password)
            except AuthenticationError:
                pass
            elapsed = time.perf_counter() - start
            if clear:
                with database.engine.begin() as connection:
                    connection.execute(text("DELETE FROM login_attempt WHERE login = :k"),
                                       {"k": auth.attempt_key(login)})
            return elapsed

        timings = harness.interleaved({
            "known login, wrong password": lambda: refused("boss", "wrong-password", clear=True),
            "unknown login": lambda: refused(f"ghost-{uuid.uuid4().hex[:8]}", "wrong-password"),
            "locked login": lambda: refused("locked.user", PASSWORD),
        }, options)
    for name, timing in timings.items():
        harness.info(f"[{backend}] {name:28s} {timing.describe()}")
    medians = [t.median for t in timings.values()]
    return [harness.Figure(f"[{backend}] slowest / fastest login refusal", max(medians) / min(medians),
                           SPREAD_TARGET)]


def main() -> int:
    """Measure; print the figures; return the exit code."""
    options = harness.parse_options(__doc__.splitlines()[0])
    harness.header("Login refusal times: known, unknown and locked logins", options)
    return harness.finish(harness.each_backend(options, measure_backend), options)


if __name__ == "__main__":
    sys.exit(main())
