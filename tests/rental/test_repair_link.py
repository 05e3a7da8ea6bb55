"""The rental tied to the repair: each shows the other, a finished repair proposes the
return, and the "À faire aujourd'hui" view (computed in SQL)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from app.core.carpass.dossiers import DossierInput
from app.core.carpass.dossiers import create_dossier as create_repair
from app.core.carpass.work_schedule import set_work_schedule
from app.core.errors import NotFoundError, ValidationError
from app.core.grid import GridQuery
from app.core.rental.dossiers import create_dossier, dossier_info, update_dossier
from app.core.rental.repair import link_repair, proposed_return, repair_of_dossier
from app.core.rental.today import TodaySource
from app.core.repair_link import rentals_of_repair
from app.core.timeutil import utcnow


def repair(world, number=1234, plate="1-XYZ-999", scope=None):
    return create_repair(world.db, scope or world.clerk_a, DossierInput(number, owner="Dupont Marie",
                                                                          plate=plate)).dossier.id


@pytest.fixture
def now():
    """A fixed afternoon in the past (14:00 in Brussels): "today" never crosses midnight."""
    return datetime(2026, 11, 20, 13, 0, tzinfo=UTC)


def test_each_shows_the_other_and_a_finished_repair_proposes_the_return(rental, now):
    w = rental.world
    repair_id = repair(w)
    info = create_dossier(w.db, w.clerk_a, rental.pec_data(planned_departure=now - timedelta(days=2),
                                                           planned_return=now + timedelta(days=3)), "contract")
    info = link_repair(w.db, w.clerk_a, info.id, info.version, 1234)
    assert info.data.repair_dossier_id == repair_id
    shown = repair_of_dossier(w.db, w.clerk_a, info.id)
    assert (shown.number, shown.plate, shown.owner, shown.finished) == (1234, "1-XYZ-999", "Dupont Marie", False)
    with w.db.session() as s:  # the Car-Pass side reads the rental through the neutral link
        [linked] = rentals_of_repair(s, w.site_a, repair_id)
    assert (linked.number, linked.plate, linked.planned_return) == (info.number, "1-ABC-101", now + timedelta(days=3))
    info = update_dossier(w.db, w.clerk_a, info.id, info.version, replace(
        info.data, actual_departure=now - timedelta(days=2), km_out=10_000, fuel_out=8))
    assert proposed_return(info, shown) is None
    finished = now - timedelta(hours=1)
    set_work_schedule(w.db, w.clerk_a, repair_id, now + timedelta(days=1), finished)
    assert proposed_return(info, repair_of_dossier(w.db, w.clerk_a, info.id)) == finished
    with pytest.raises(ValidationError) as future:
        set_work_schedule(w.db, w.clerk_a, repair_id, None, utcnow() + timedelta(days=1))
    assert future.value.field == "work_finished_at"


def test_only_a_repair_of_the_site_can_be_linked(rental):
    w = rental.world
    from app.core.platform.sites import switch_site

    other = repair(w, 777, scope=switch_site(w.db, w.admin_a, w.site_b))
    info = create_dossier(w.db, w.clerk_a, rental.pec_data(), "contract")
    with pytest.raises(NotFoundError):
        link_repair(w.db, w.clerk_a, info.id, info.version, 777)
    with pytest.raises(ValidationError) as refused:
        update_dossier(w.db, w.clerk_a, info.id, info.version, replace(info.data, repair_dossier_id=other))
    assert refused.value.field == "repair_dossier_id"
    assert dossier_info(w.db, w.clerk_a, info.id).data.repair_dossier_id is None


def test_today_lists_what_needs_doing(rental, now):
    """Overdue, due back today, leaving today, an authorisation ending before the repair,
    a finished repair with the car still out, and a car back waiting for its invoice."""
    w = rental.world
    today = TodaySource(w.db, w.clerk_a, now=now)

    def out(vehicle, departed, back, **changes):
        info = create_dossier(w.db, w.clerk_a, rental.pec_data(vehicle_id=vehicle, planned_departure=departed,
                                                               planned_return=back, **changes), "contract")
        return update_dossier(w.db, w.clerk_a, info.id, info.version, replace(
            info.data, actual_departure=departed, km_out=10_000, fuel_out=8))

    late = out(rental.car_b1, now - timedelta(days=6), now - timedelta(hours=3), pec_days=5)
    due = out(rental.car_b2, now - timedelta(days=2), now + timedelta(minutes=30), is_pec=False, agreement_id=None,
              pec_file_number="")
    repair_id = repair(w)
    waiting = out(rental.car_c1, now - timedelta(days=1), now + timedelta(days=1, hours=20), pec_days=3,
                  repair_dossier_id=repair_id)
    set_work_schedule(w.db, w.clerk_a, repair_id, now + timedelta(days=6), None)
    tasks = {(r["task_code"], r["number"]) for r in today.fetch(GridQuery(), 0, 50)}
    assert tasks == {("overdue", late.number), ("due_today", due.number), ("extension", waiting.number)}
    [extension] = today.fetch(GridQuery(filters={"task": "extension"}), 0, 5)
    assert "réparation 1234 prévue jusqu'au" in extension["detail"]
    set_work_schedule(w.db, w.clerk_a, repair_id, now + timedelta(days=6), now - timedelta(minutes=5))
    assert ("repair_done", waiting.number) in {(r["task_code"], r["number"]) for r in today.fetch(GridQuery(), 0, 50)}
    info = dossier_info(w.db, w.clerk_a, due.id)
    update_dossier(w.db, w.clerk_a, due.id, info.version, replace(
        info.data, actual_return=now - timedelta(minutes=1), km_in=10_100, fuel_in=8))
    rows = today.fetch(GridQuery(sort_key="task"), 0, 50)
    assert [r["task_code"] for r in rows] == ["overdue", "repair_done", "to_invoice"]
    leaving = create_dossier(w.db, w.clerk_a, rental.pec_data(
        vehicle_id=rental.car_b2, planned_departure=now + timedelta(minutes=10),
        planned_return=now + timedelta(days=2)), "reservation")
    [departing] = today.fetch(GridQuery(filters={"task": "departure"}), 0, 5)
    assert departing["number"] == leaving.number
    assert today.count(GridQuery(text="dupont")) == 4  # overdue, repair done, to invoice, departure
    assert TodaySource(w.db, w.clerk_b, now=now).count(GridQuery()) == 0
