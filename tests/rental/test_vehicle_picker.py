"""The vehicle picker offers the covered category's free cars first."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from app.core.rental.dossiers import create_dossier
from app.core.rental.fleet import save_vehicle, vehicle_info
from app.core.rental.vehicle_picker import vehicle_choices
from tests.rental.conftest import DEP


def test_free_cars_of_the_covered_category_first(rental):
    w = rental.world
    taken = create_dossier(w.db, w.clerk_a, rental.pec_data(vehicle_id=rental.car_b1), "reservation")
    choices = vehicle_choices(w.db, w.clerk_a, "B", DEP + timedelta(days=1), DEP + timedelta(days=3))
    assert [(c.plate, c.free, c.busy_with) for c in choices] == [
        ("1-ABC-102", True, None), ("1-ABC-201", True, None), ("1-ABC-101", False, taken.number)]
    assert [c.plate for c in vehicle_choices(w.db, w.clerk_a, "C", DEP, DEP + timedelta(days=1))] == [
        "1-ABC-201", "1-ABC-102", "1-ABC-101"]
    later = vehicle_choices(w.db, w.clerk_a, "B", DEP + timedelta(days=6), DEP + timedelta(days=8))
    assert [c.plate for c in later][:2] == ["1-ABC-101", "1-ABC-102"]  # free again after the reservation
    own = vehicle_choices(w.db, w.clerk_a, "B", DEP, DEP + timedelta(days=5), taken.id)
    assert own[0].plate == "1-ABC-101" and own[0].free  # the dossier's own booking does not count
    car = vehicle_info(w.db, w.admin_a, rental.car_b2)
    save_vehicle(w.db, w.admin_a, replace(car.data, status="out_of_service"), car.id, car.version)
    last = vehicle_choices(w.db, w.clerk_a, "B", DEP + timedelta(days=10), DEP + timedelta(days=11))[-1]
    assert (last.plate, last.out_of_service) == ("1-ABC-102", True)
    assert vehicle_choices(w.db, w.clerk_b, "B", DEP, DEP + timedelta(days=1))[0].plate == "2-XYZ-001"
