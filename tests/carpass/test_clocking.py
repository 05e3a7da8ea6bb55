"""Workshop clock-in: in/out toggling, first clock-in = work started, technicians per site."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.core.carpass.clocking import add_technician, clock, list_technicians, open_clocks
from app.core.carpass.dossiers import get_dossier
from app.core.carpass.models import ClockEvent
from app.core.errors import NotFoundError, PermissionDeniedError, ValidationError
from app.core.timeutil import utcnow
from tests.carpass.helpers import make_dossier, technician


def test_clock_in_out_and_switch_dossier(world):
    db = world.db
    technician(db, world.admin_a, "t01", "Marc")
    first = make_dossier(db, world.clerk_a, 1095)
    make_dossier(db, world.clerk_a, 1112)
    t0 = utcnow() - timedelta(hours=3)
    result = clock(db, world.clerk_a, "1095", " t01 ", at=t0)
    assert (result.action, result.work_started, result.enrolled) == ("in", True, True)
    assert get_dossier(db, world.clerk_a, first.dossier.id).work_started_at == t0
    switched = clock(db, world.clerk_a, 1112, "T01", at=t0 + timedelta(hours=1))
    assert switched.action == "in" and switched.closed_dossier_number == 1095
    back = clock(db, world.clerk_a, 1095, "T01", at=t0 + timedelta(hours=2))
    assert back.action == "in" and not back.work_started
    assert get_dossier(db, world.clerk_a, first.dossier.id).work_started_at == t0  # the first clock-in stays
    out = clock(db, world.clerk_a, 1095, "T01", at=t0 + timedelta(hours=2, minutes=30))
    assert out.action == "out"
    assert open_clocks(db, world.clerk_a) == []
    with db.session() as session:
        events = session.scalars(select(ClockEvent).order_by(ClockEvent.clock_in)).all()
        assert [e.clock_out is not None for e in events] == [True, True, True]


def test_unknown_badge_or_dossier_is_refused(world):
    db = world.db
    technician(db, world.admin_a)
    make_dossier(db, world.clerk_a, 1095)
    with pytest.raises(NotFoundError) as info:
        clock(db, world.clerk_a, 1095, "T99")
    assert "T99" in str(info.value)
    with pytest.raises(NotFoundError):
        clock(db, world.clerk_a, 4242, "T01")
    with pytest.raises(ValidationError):
        clock(db, world.clerk_a, "abc", "T01")
    with pytest.raises(ValidationError):
        clock(db, world.clerk_a, 1095, "T 0/1")


def test_technicians_belong_to_a_site(world):
    db = world.db
    technician(db, world.admin_a, "T01")
    technician(db, world.admin_b, "T01", "Jan")
    with pytest.raises(ValidationError):
        technician(db, world.admin_a, "t01")
    with pytest.raises(PermissionDeniedError):
        add_technician(db, world.clerk_a, "T02", "Clerk cannot")
    assert [t.name for t in list_technicians(db, world.clerk_b)] == ["Jan"]
    make_dossier(db, world.clerk_b, 1095)
    clock(db, world.clerk_b, 1095, "T01")
    assert [c.technician_name for c in open_clocks(db, world.clerk_b)] == ["Jan"]
    assert open_clocks(db, world.clerk_a) == []


def test_clock_in_does_not_conflict_with_an_open_dossier_form(world):
    from app.core.carpass.dossiers import update_dossier
    from tests.carpass.helpers import dossier_input

    db = world.db
    technician(db, world.admin_a)
    saved = make_dossier(db, world.clerk_a, 1095)
    opened = get_dossier(db, world.clerk_a, saved.dossier.id)  # the clerk's form
    clock(db, world.clerk_a, 1095, "T01")
    result = update_dossier(db, world.clerk_a, opened.id, opened.version, dossier_input(owner="EDITED"))
    assert result.dossier.owner == "EDITED" and result.dossier.work_started_at is not None
    assert result.dossier.carpass_status == "pending"


def test_earliest_clock_in_is_kept(world):
    db = world.db
    technician(db, world.admin_a, "T01")
    technician(db, world.admin_a, "T02")
    saved = make_dossier(db, world.clerk_a, 1095)
    late = utcnow() - timedelta(hours=1)
    early = utcnow() - timedelta(hours=5)
    clock(db, world.clerk_a, 1095, "T01", at=late)
    result = clock(db, world.clerk_a, 1095, "T02", at=early)  # typed in late, happened earlier
    assert not result.work_started
    assert get_dossier(db, world.clerk_a, saved.dossier.id).work_started_at == early
