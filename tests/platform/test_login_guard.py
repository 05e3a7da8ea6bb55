"""Login under attack: parallel guesses never check more than five passwords per lockout
window, first failures never collide, and every answer costs one argon2 verification with
the same message whether the login exists, is wrong or is locked (SQLite and PostgreSQL)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from argon2 import extract_parameters

from app.core.errors import AuthenticationError
from app.core.platform import auth, passwords
from tests.factories import PASSWORD, make_world

THREADS = 30  # stations guessing at once on PostgreSQL
SQLITE_THREADS = 16  # SQLite serves one PC: 16 threads, far beyond its use, within its lock wait on 2 cores


class CountingHasher:
    """The real argon2 hasher, counting each verification and the hash it was given."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.lock = threading.Lock()
        self.verified: list[str] = []

    def verify(self, stored: str, password: str) -> bool:
        """Count, then verify for real."""
        with self.lock:
            self.verified.append(stored)
        return bool(self.real.verify(stored, password))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


@pytest.fixture
def hasher(monkeypatch) -> CountingHasher:
    """Count every argon2 verification made by this process."""
    counting = CountingHasher(passwords._HASHER)
    monkeypatch.setattr(passwords, "_HASHER", counting)
    return counting


def _guess_in_parallel(make_station: Callable[[], Any], login: str, count: int) -> list[str]:
    """``count`` stations guess a wrong password for ``login`` at the same instant."""
    outcomes: list[str] = []
    barrier = threading.Barrier(count)
    stations = [make_station() for _ in range(count)]

    def guess(n: int) -> None:
        barrier.wait()
        try:
            auth.login(stations[n], login, f"guess-{n}")
            outcomes.append("in")
        except auth.LoginLockedError:
            outcomes.append("locked")
        except AuthenticationError:
            outcomes.append("checked")
        except Exception as exc:  # noqa: BLE001 - the test reports any other failure by name
            outcomes.append(f"error {exc.__class__.__name__}: {exc}")

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


@pytest.mark.slow
@pytest.mark.parametrize("login", ["clerk.a", "never-seen-before"])
def test_thirty_parallel_guesses_check_at_most_five_passwords(auth_db, station, login):
    """Thirty stations at once (sixteen on SQLite), for a known login and for one never typed before (its first
    failures race to create the counter): at most five passwords are checked, the others
    are refused as locked, nothing else is raised, and the right password is then refused."""
    make_world(auth_db)
    count = THREADS if auth_db.is_postgres else SQLITE_THREADS
    outcomes = _guess_in_parallel(lambda: station(auth_db), login, count)
    assert len(outcomes) == count
    assert [o for o in outcomes if o not in ("checked", "locked")] == []
    assert 1 <= outcomes.count("checked") <= auth.MAX_FAILURES
    if login == "clerk.a":
        with pytest.raises(auth.LoginLockedError):
            auth.login(station(auth_db), login, PASSWORD)


@pytest.mark.slow
def test_parallel_guesses_verify_the_real_hash_at_most_five_times_on_sqlite(sqlite_db, station, hasher):
    """Counted at argon2 itself: of sixteen parallel guesses, no more than five reach the
    user's hash (the locked ones verify the dummy hash, for equal cost)."""
    make_world(sqlite_db)
    with sqlite_db.engine.connect() as connection:
        stored = connection.exec_driver_sql("SELECT password_hash FROM app_user WHERE login = 'clerk.a'").scalar()
    outcomes = _guess_in_parallel(lambda: station(sqlite_db), "clerk.a", SQLITE_THREADS)
    assert sorted(set(outcomes)) == ["checked", "locked"]
    assert hasher.verified.count(stored) <= auth.MAX_FAILURES
    assert len(hasher.verified) == SQLITE_THREADS


def test_every_answer_costs_one_verification_with_the_same_parameters(sqlite_db, station, hasher):
    """Unknown login, wrong password, inactive site and locked login each run exactly one
    argon2 verification, against a hash made with today's parameters."""
    world = make_world(sqlite_db)
    with sqlite_db.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE site SET active = 0 WHERE id = ?", (world.site_b,))
    cases = [("ghost", "whatever-1"), ("clerk.a", "wrong-password"), ("clerk.b", PASSWORD)]
    for login, password in cases:
        before = len(hasher.verified)
        with pytest.raises(AuthenticationError):
            auth.login(station(sqlite_db), login, password)
        assert len(hasher.verified) == before + 1, login
    for _ in range(auth.MAX_FAILURES):
        with pytest.raises(AuthenticationError):
            auth.login(station(sqlite_db), "clerk.a", "wrong-password")
    before = len(hasher.verified)
    with pytest.raises(auth.LoginLockedError):
        auth.login(station(sqlite_db), "clerk.a", PASSWORD)
    assert len(hasher.verified) == before + 1
    today = extract_parameters(passwords._HASHER.hash("any-password-1"))
    assert all(extract_parameters(h) == today for h in hasher.verified)


def test_locked_known_and_unknown_logins_answer_like_a_wrong_password(run_cli, auth_world):
    """The CLI prints one sentence for a wrong password, a locked login that exists and a
    locked login that does not: the answer never confirms that a login exists."""
    wrong = run_cli(auth_world.db, "--user", "clerk.a", "carpass", "list", password="wrong-password")
    answers = {}
    for login in ("clerk.a", "ghost"):
        for _ in range(auth.MAX_FAILURES):
            run_cli(auth_world.db, "--user", login, "carpass", "list", password="wrong-password")
        answers[login] = run_cli(auth_world.db, "--user", login, "carpass", "list", password=PASSWORD)
    assert wrong.code == answers["clerk.a"].code == answers["ghost"].code == 1
    assert wrong.err == answers["clerk.a"].err == answers["ghost"].err
    assert "incorrect" in wrong.err and "bloqu" in wrong.err
