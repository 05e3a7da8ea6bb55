"""A vehicle is never booked twice for overlapping periods: core check, database guard,
and several stations saving at the same moment."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError

from app.core.db.engine import Database
from app.core.errors import ValidationError
from app.core.rental.dossiers import cancel_dossier, create_dossier, extend_by_client, update_dossier
from app.core.rental.models import RentalDossier
from tests.rental.conftest import DEP


def test_overlapping_reservation_is_refused_with_the_other_number(rental):
    w = rental.world
    first = create_dossier(w.db, w.clerk_a, rental.pec_data(), "reservation")
    with pytest.raises(ValidationError) as info:
        create_dossier(w.db, w.clerk_a, rental.pec_data(planned_departure=DEP + timedelta(days=4),
                                                        planned_return=DEP + timedelta(days=8)), "contract")
    assert info.value.field == "vehicle_id"
    assert f"dossier {first.number}" in str(info.value) and "1-ABC-101" in str(info.value)


def test_back_to_back_bookings_and_quotes_are_allowed(rental):
    w = rental.world
    create_dossier(w.db, w.clerk_a, rental.pec_data(), "reservation")
    nxt = create_dossier(w.db, w.clerk_a, rental.pec_data(planned_departure=DEP + timedelta(days=5),
                                                          planned_return=DEP + timedelta(days=7)), "reservation")
    assert nxt.number == 2
    quote = create_dossier(w.db, w.clerk_a, rental.pec_data(), "quote")  # a quote holds nothing
    assert quote.kind == "quote"


def test_extension_into_the_next_booking_is_refused(rental):
    w = rental.world
    first = create_dossier(w.db, w.clerk_a, rental.pec_data(), "contract")
    create_dossier(w.db, w.clerk_a, rental.pec_data(planned_departure=DEP + timedelta(days=6),
                                                    planned_return=DEP + timedelta(days=9)), "reservation")
    with pytest.raises(ValidationError) as info:
        extend_by_client(w.db, w.clerk_a, first.id, first.version, DEP + timedelta(days=7))
    assert "dossier 2" in str(info.value)


def test_converting_a_quote_onto_a_taken_car_is_refused(rental):
    from app.core.rental.dossiers import convert_dossier

    w = rental.world
    quote = create_dossier(w.db, w.clerk_a, rental.pec_data(), "quote")
    create_dossier(w.db, w.clerk_a, rental.pec_data(), "reservation")
    with pytest.raises(ValidationError):
        convert_dossier(w.db, w.clerk_a, quote.id, quote.version)


def test_the_database_refuses_an_overlap_that_bypasses_the_core(rental):
    w = rental.world
    first = create_dossier(w.db, w.clerk_a, rental.pec_data(), "reservation")
    row = {c.name: getattr(first.data, c.name, None) for c in RentalDossier.__table__.columns
           if hasattr(first.data, c.name)}
    row.update(site_id=w.site_a, number=99, kind="contract", cancelled=False, created_by="raw", is_pec=False,
               booked_from=DEP + timedelta(days=1), booked_until=DEP + timedelta(days=2), booked_days=1,
               invoiced=False, version=1, pec_extra_km=0, pec_fuel_covered=False, pec_discount_pct=0,
               client_discount_pct=0, damage_out="", damage_in="", cleaning_required=False, notes="",
               pec_file_number="", pec_category="", pec_tariff_category="")
    with pytest.raises(IntegrityError):
        with w.db.session() as session:
            session.execute(insert(RentalDossier).values(**row))
    cancel_dossier(w.db, w.clerk_a, first.id, first.version)
    with w.db.session() as session:  # once the reservation is cancelled the same row is accepted
        session.execute(insert(RentalDossier).values(**row))


def test_moving_a_booking_onto_another_is_refused(rental):
    w = rental.world
    create_dossier(w.db, w.clerk_a, rental.pec_data(), "reservation")
    other = create_dossier(w.db, w.clerk_a, rental.pec_data(vehicle_id=rental.car_b2), "reservation")
    with pytest.raises(ValidationError):
        update_dossier(w.db, w.clerk_a, other.id, other.version,
                       other.data.__class__(**{**other.data.__dict__, "vehicle_id": rental.car_b1}))


@pytest.mark.parametrize("stations", [2, 6])
def test_stations_booking_the_same_car_at_once_on_postgresql(pg_db, stations):
    from tests.factories import make_world
    from tests.rental.conftest import build_rental

    rental = build_rental(make_world(pg_db))
    barrier = threading.Barrier(stations)
    results: list[object] = []
    lock = threading.Lock()

    def station(index: int) -> None:
        database = Database(pg_db.url)  # each station has its own connection pool
        try:
            data = rental.pec_data(planned_departure=DEP + timedelta(hours=index),
                                   planned_return=DEP + timedelta(days=3, hours=index))
            barrier.wait()
            try:
                outcome = create_dossier(database, rental.world.clerk_a, data, "reservation")
            except ValidationError as exc:
                outcome = exc
            with lock:
                results.append(outcome)
        finally:
            database.dispose()

    threads = [threading.Thread(target=station, args=(i,)) for i in range(stations)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    saved = [r for r in results if not isinstance(r, Exception)]
    refused = [r for r in results if isinstance(r, ValidationError)]
    assert len(results) == stations
    assert len(saved) == 1, results
    assert len(refused) == stations - 1
    assert all(r.field == "vehicle_id" and "déjà réservé" in str(r) for r in refused)
    with pg_db.session() as session:
        assert session.query(RentalDossier).count() == 1


def test_two_sessions_bypassing_the_lock_still_cannot_overlap_on_postgresql(pg_db):
    """Even without the core's row lock, the exclusion constraint stops the second commit."""
    from tests.factories import make_world
    from tests.rental.conftest import build_rental

    rental = build_rental(make_world(pg_db))
    first = create_dossier(pg_db, rental.world.clerk_a, rental.pec_data(vehicle_id=rental.car_b2), "quote")
    base = {c.name: getattr(first.data, c.name) for c in RentalDossier.__table__.columns if hasattr(first.data, c.name)}
    base.update(site_id=rental.world.site_a, kind="reservation", cancelled=False, created_by="raw",
                booked_from=DEP, booked_until=DEP + timedelta(days=2), booked_days=2, invoiced=False, version=1,
                vehicle_id=rental.car_b1)
    one, two = Database(pg_db.url), Database(pg_db.url)
    errors: list[Exception] = []
    try:
        with one.session() as s1:
            s1.execute(insert(RentalDossier).values(**base, number=50))

            def second():
                try:
                    with two.session() as s2:
                        s2.execute(insert(RentalDossier).values(**base, number=51))
                except IntegrityError as exc:
                    errors.append(exc)

            thread = threading.Thread(target=second)
            thread.start()
            thread.join(timeout=1)  # blocked by the first, uncommitted row
            assert thread.is_alive()
        thread.join(timeout=30)
        assert len(errors) == 1 and "ex_rental_dossier_vehicle_period" in str(errors[0])
    finally:
        one.dispose()
        two.dispose()
