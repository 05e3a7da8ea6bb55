"""Dossier numbers: one unbroken sequence per site, also with stations saving at once."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest

from app.core.db.engine import Database
from app.core.rental.dossiers import create_dossier
from tests.factories import make_world
from tests.rental.conftest import DEP, build_rental


@pytest.mark.parametrize("backend", ["sqlite_db", "pg_db"])
def test_concurrent_quotes_get_consecutive_numbers(request, backend):
    db = request.getfixturevalue(backend)
    rental = build_rental(make_world(db))
    stations = 6
    barrier = threading.Barrier(stations)
    numbers: list[int] = []
    errors: list[Exception] = []
    lock = threading.Lock()

    def station(index: int) -> None:
        database = Database(db.url)
        try:
            barrier.wait()
            data = rental.pec_data(planned_departure=DEP + timedelta(days=index),
                                   planned_return=DEP + timedelta(days=index + 2))
            info = create_dossier(database, rental.world.clerk_a, data, "quote")
            with lock:
                numbers.append(info.number)
        except Exception as exc:  # reported below
            with lock:
                errors.append(exc)
        finally:
            database.dispose()

    threads = [threading.Thread(target=station, args=(i,)) for i in range(stations)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    assert sorted(numbers) == list(range(1, stations + 1))
