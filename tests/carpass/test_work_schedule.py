"""The end of the work on a repair dossier, set from the Car-Pass side (core and CLI), and
the replacement-car rentals it lists through the neutral link."""

from __future__ import annotations

from app.core.carpass.dossiers import DossierInput, create_dossier
from app.core.carpass.work_schedule import work_schedule
from app.core.timeutil import utcnow


def test_schedule_command_sets_the_dates_and_refuses_bad_input(sqlite_world, run_cli):
    db = sqlite_world.db
    detail = create_dossier(db, sqlite_world.clerk_a, DossierInput(555, owner="Martin", plate="1-AAA-111")).dossier
    done = run_cli(db, "--user", "clerk.a", "dossiers", "schedule", "555", "--planned-end", "10-12-2026 17:00",
                   "--finished", "now")
    assert done.code == 0, done.err
    assert "fin prévue 10-12-2026 17:00" in done.out
    schedule = work_schedule(db, sqlite_world.clerk_a, detail.id)
    assert schedule.finished_at is not None and schedule.finished_at <= utcnow()
    bad = run_cli(db, "--user", "clerk.a", "dossiers", "schedule", "555", "--planned-end", "demain")
    assert bad.code == 2 and "--planned-end" in bad.err
    cleared = run_cli(db, "--user", "clerk.a", "dossiers", "schedule", "555", "--finished", "none")
    assert cleared.code == 0 and work_schedule(db, sqlite_world.clerk_a, detail.id).finished_at is None
    assert work_schedule(db, sqlite_world.clerk_a, detail.id).version == detail.version  # no conflict for others
