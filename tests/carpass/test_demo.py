"""Demo data: a few dozen dossiers per site with clock-ins, red and amber rows, rules respected."""

from __future__ import annotations

import random

from sqlalchemy import func, select

from app.core.carpass import demo
from app.core.carpass.carpass_list import CarpassListSource
from app.core.carpass.enrolment import facts_for, failed_rules
from app.core.carpass.models import CarpassEntry, ClockEvent, Dossier
from app.core.grid import GridQuery
from app.core.progress import run_to_end


def test_demo_populates_each_site_consistently(world):
    db = world.db
    run_to_end(demo.populate(db, random.Random(7), 1))
    with db.session() as session:
        for site in (world.site_a, world.site_b):
            count = session.scalar(select(func.count()).select_from(Dossier).where(Dossier.site_id == site))
            assert count == demo.DOSSIERS_PER_SCALE
        assert session.scalar(select(func.count()).select_from(ClockEvent)) > 0
        enrolled = set(session.scalars(select(CarpassEntry.dossier_id)))
        for dossier in session.scalars(select(Dossier)):
            assert (dossier.id in enrolled) is (not failed_rules(facts_for(session, dossier, None)))
    rows = CarpassListSource(db, world.clerk_a).fetch(GridQuery(), 0, 100)
    assert any(not r.sendable for r in rows)
    assert any(r.sendable and r.warnings for r in rows)
    assert any("missing_description" in r.warnings for r in rows) and any(r.described for r in rows)
    assert any("date_too_old" in r.warnings for r in rows)
