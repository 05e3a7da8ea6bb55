"""The demo never lies about time: no work, clock-in, reading, departure or return after
the moment it was generated, and no Car-Pass row flagged "dans le futur"."""

from __future__ import annotations

from sqlalchemy import select

from app.core.carpass.carpass_list import CarpassListSource
from app.core.carpass.models import ClockEvent, Dossier
from app.core.demo import populate_demo
from app.core.grid import GridQuery
from app.core.platform.auth import login
from app.core.platform.demo import DEMO_PASSWORD
from app.core.progress import run_to_end
from app.core.rental.models import RentalDossier
from app.core.timeutil import utcnow


def test_demo_has_nothing_in_the_future(sqlite_db):
    run_to_end(populate_demo(sqlite_db))
    now = utcnow()
    with sqlite_db.session() as session:
        started = [d.work_started_at for d in session.scalars(select(Dossier)) if d.work_started_at]
        clocks = [c for e in session.scalars(select(ClockEvent)) for c in (e.clock_in, e.clock_out) if c]
        rentals = [m for d in session.scalars(select(RentalDossier))
                   for m in (d.actual_departure, d.actual_return) if m]
    assert started and clocks and rentals
    assert max(started) <= now and max(clocks) <= now and max(rentals) <= now
    for site_login in ("clerk.liege", "clerk.gent"):
        rows = CarpassListSource(sqlite_db, login(sqlite_db, site_login, DEMO_PASSWORD)).fetch(GridQuery(), 0, 500)
        assert rows
        assert not [r for r in rows if "date_in_future" in r.warnings + r.problems]
