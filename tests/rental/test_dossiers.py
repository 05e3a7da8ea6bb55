"""Dossier services: creation, conversion, extensions, validation, freezing, locking."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal as D

import pytest
from sqlalchemy import select, text, update
from sqlalchemy.exc import IntegrityError

from app.core.errors import AtelierError, ConflictError, NotFoundError, ValidationError, ValidationErrors
from app.core.rental.authorisation import extension_history
from app.core.rental.dossiers import (
    cancel_dossier,
    convert_dossier,
    create_dossier,
    dossier_info,
    extend_by_assistance,
    extend_by_client,
    find_by_number,
    price_of,
    update_dossier,
)
from app.core.rental.fleet import vehicle_info
from app.core.rental.models import RentalDossier, RentalExtension
from tests.rental.conftest import DEP


def fields_of(exc) -> set[str]:
    if isinstance(exc, ValidationErrors):
        return {e.field for e in exc.errors}
    return {exc.field}


def test_pec_contract_worked_example(rental):
    w = rental.world
    info = create_dossier(w.db, w.clerk_a, rental.pec_data(), "contract")
    assert info.number == 1 and info.reference == "A-000001" and info.created_by == "clerk.a"
    assert info.data.pec_tariff_id == rental.pec_tariff  # filled from the agreement
    assert info.data.client_tariff_id == rental.public_tariff  # the default tariff
    info = update_dossier(w.db, w.clerk_a, info.id, info.version, replace(
        info.data, actual_departure=DEP, actual_return=DEP + timedelta(days=5), km_out=10_000, km_in=10_420,
        fuel_out=8, fuel_in=5))
    price = price_of(w.db, w.clerk_a, info.id)
    assert (price.pec_total_excl, price.client_total_excl) == (D("175.00"), D("55.44"))
    assert vehicle_info(w.db, w.clerk_a, rental.car_b1).data.current_km == 10_420


def test_numbers_follow_per_site_and_quotes_keep_theirs(rental):
    w = rental.world
    quote = create_dossier(w.db, w.clerk_a, rental.pec_data())
    second = create_dossier(w.db, w.clerk_a, rental.pec_data(vehicle_id=rental.car_b2))
    assert (quote.number, second.number, quote.kind) == (1, 2, "quote")
    reservation = convert_dossier(w.db, w.clerk_a, quote.id, quote.version)
    contract = convert_dossier(w.db, w.clerk_a, reservation.id, reservation.version)
    assert (reservation.kind, contract.kind, contract.number) == ("reservation", "contract", 1)
    with pytest.raises(AtelierError):
        convert_dossier(w.db, w.clerk_a, contract.id, contract.version)
    b_data = replace(rental.pec_data(vehicle_id=rental.car_site_b), customer_id=rental.beneficiary)
    assert create_dossier(w.db, w.clerk_b, b_data).number == 1


def test_extension_by_assistance_goes_to_pec(rental):
    """2 days granted on a 5-day PEC: recorded apart, the PEC pays 7 days, the return follows."""
    w = rental.world
    info = create_dossier(w.db, w.clerk_a, rental.pec_data(), "contract")
    info = extend_by_assistance(w.db, w.clerk_a, info.id, info.version, 2, reference="EXT-1", note="appel M. Lenoir")
    assert (info.data.pec_days, info.covered_days, info.data.planned_return) == (5, 7, DEP + timedelta(days=7))
    price = price_of(w.db, w.clerk_a, info.id)
    assert (price.pec_total_excl, price.client_total_excl) == (D("245.00"), D("0.00"))  # 175 + 2 × 35
    [entry] = extension_history(w.db, w.clerk_a, info.id)
    assert (entry.requested_by, entry.days, entry.reference, entry.entered_by) == ("assistance", 2, "EXT-1", "clerk.a")
    assert (entry.previous_return, entry.new_return) == (DEP + timedelta(days=5), DEP + timedelta(days=7))
    info = extend_by_assistance(w.db, w.clerk_a, info.id, info.version, 1, DEP + timedelta(days=8, hours=2))
    assert info.covered_days == 8 and len(extension_history(w.db, w.clerk_a, info.id)) == 2
    with pytest.raises(ValidationError) as bad:
        extend_by_assistance(w.db, w.clerk_a, info.id, info.version, 0)
    assert bad.value.field == "days"


def test_extension_by_client_goes_to_client(rental):
    w = rental.world
    info = create_dossier(w.db, w.clerk_a, rental.pec_data(), "contract")
    info = extend_by_client(w.db, w.clerk_a, info.id, info.version, DEP + timedelta(days=7))
    assert (info.data.pec_days, info.covered_days, info.client_days_agreed) == (5, 5, 2)
    price = price_of(w.db, w.clerk_a, info.id)
    assert (price.pec_total_excl, price.client_total_excl) == (D("175.00"), D("105.00"))  # 55 + 50
    with pytest.raises(ValidationError) as bad:
        extend_by_client(w.db, w.clerk_a, info.id, info.version, DEP + timedelta(days=6))
    assert bad.value.field == "planned_return"
    [entry] = extension_history(w.db, w.clerk_a, info.id)
    assert (entry.requested_by, entry.days) == ("client", 2)


def test_first_authorisation_is_never_overwritten(rental):
    """Once extended, the authorised duration is history: a change is refused, rows cannot change."""
    w = rental.world
    info = create_dossier(w.db, w.clerk_a, rental.pec_data(), "contract")
    info = extend_by_assistance(w.db, w.clerk_a, info.id, info.version, 2)
    with pytest.raises(ValidationError) as refused:
        update_dossier(w.db, w.clerk_a, info.id, info.version, replace(info.data, pec_days=7))
    assert refused.value.field == "pec_days"
    with pytest.raises(AtelierError), w.db.session() as s:
        s.scalars(select(RentalExtension)).one().days = 5
    with pytest.raises(AtelierError), w.db.session() as s:
        s.execute(update(RentalExtension).values(days=5))
    with pytest.raises(IntegrityError), w.db.engine.begin() as connection:  # the database refuses it too
        connection.execute(text("UPDATE rental_extension SET days = 5"))
    with pytest.raises(IntegrityError), w.db.engine.begin() as connection:
        connection.execute(text("DELETE FROM rental_extension"))
    assert [e.days for e in extension_history(w.db, w.clerk_a, info.id)] == [2]


@pytest.mark.parametrize(("changes", "field"), [
    (dict(planned_return=DEP - timedelta(hours=2)), "planned_return"),
    (dict(actual_departure=DEP, actual_return=DEP - timedelta(hours=1)), "actual_return"),
    (dict(km_out=10_500, km_in=10_400), "km_in"),
    (dict(km_out=9_000), "km_out"),  # below the car's odometer
    (dict(fuel_out=9), "fuel_out"),
    (dict(fuel_out=8, fuel_in=-1), "fuel_in"),
    (dict(agreement_id=None), "agreement_id"),
    (dict(pec_file_number="  "), "pec_file_number"),
    (dict(pec_discount_pct=D("101")), "pec_discount_pct"),
    (dict(client_discount_pct=D("-5")), "client_discount_pct"),
    (dict(pec_days=0), "pec_days"),
])
def test_bad_input_is_refused_and_nothing_saved(rental, changes, field):
    w = rental.world
    with pytest.raises((ValidationError, ValidationErrors)) as info:
        create_dossier(w.db, w.clerk_a, rental.pec_data(**changes), "contract")
    assert field in fields_of(info.value)
    with w.db.session() as session:
        assert session.query(RentalDossier).count() == 0


def test_agreement_flags(rental):
    w = rental.world
    with pytest.raises(ValidationError) as info:  # not a PEC agreement
        create_dossier(w.db, w.clerk_a, rental.pec_data(agreement_id=rental.plain_agreement))
    assert "n'est pas un accord de prise en charge" in str(info.value)
    with pytest.raises(ValidationError) as info:  # inactive on a new dossier
        create_dossier(w.db, w.clerk_a, rental.pec_data(agreement_id=rental.inactive_agreement))
    assert "n'est plus actif" in str(info.value)
    # an agreement deactivated after the dossier was made stays on it
    with w.db.session() as session:
        from app.core.rental.models import Agreement

        kept = create_dossier(w.db, w.clerk_a, rental.pec_data())
        session.execute(update(Agreement).where(Agreement.id == rental.pec_agreement).values(active=False))
    again = update_dossier(w.db, w.clerk_a, kept.id, kept.version, replace(kept.data, notes="rappel client"))
    assert again.data.agreement_id == rental.pec_agreement


def test_agreement_choices_offer_only_active_pec_ones(rental):
    from app.core.rental.agreements import agreement_choices

    w = rental.world
    pec = [a.id for a in agreement_choices(w.db, w.clerk_a, pec=True)]
    assert pec == [rental.pec_agreement]
    plain = {a.id for a in agreement_choices(w.db, w.clerk_a, pec=False)}
    assert plain == {rental.pec_agreement, rental.plain_agreement}
    kept = [a.id for a in agreement_choices(w.db, w.clerk_a, pec=True, current_id=rental.inactive_agreement)]
    assert rental.inactive_agreement in kept


def test_invoiced_dossier_is_frozen(rental):
    w = rental.world
    info = create_dossier(w.db, w.clerk_a, rental.pec_data(), "contract")
    with w.db.session() as session:
        session.execute(update(RentalDossier).where(RentalDossier.id == info.id).values(invoiced=True))
    frozen = dossier_info(w.db, w.clerk_a, info.id)
    for action in (lambda: update_dossier(w.db, w.clerk_a, info.id, frozen.version, frozen.data),
                   lambda: extend_by_client(w.db, w.clerk_a, info.id, frozen.version, DEP + timedelta(days=9)),
                   lambda: extend_by_assistance(w.db, w.clerk_a, info.id, frozen.version, 4, DEP + timedelta(days=9)),
                   lambda: cancel_dossier(w.db, w.clerk_a, info.id, frozen.version)):
        with pytest.raises(AtelierError) as refused:
            action()
        assert "facturé" in str(refused.value)


def test_optimistic_lock_names_who_saved(rental):
    w = rental.world
    info = create_dossier(w.db, w.clerk_a, rental.pec_data())
    update_dossier(w.db, w.admin_a, info.id, info.version, replace(info.data, notes="vu par l'admin"))
    with pytest.raises(ConflictError) as conflict:
        update_dossier(w.db, w.clerk_a, info.id, info.version, replace(info.data, notes="mon texte"))
    assert conflict.value.changed_by == "admin.a"
    assert dossier_info(w.db, w.clerk_a, info.id).data.notes == "vu par l'admin"


def test_clerk_of_site_b_cannot_reach_site_a(rental):
    w = rental.world
    info = create_dossier(w.db, w.clerk_a, rental.pec_data())
    with pytest.raises(NotFoundError):
        dossier_info(w.db, w.clerk_b, info.id)
    with pytest.raises(NotFoundError):
        update_dossier(w.db, w.clerk_b, info.id, info.version, info.data)
    with pytest.raises(NotFoundError):
        find_by_number(w.db, w.clerk_b, info.number)
    with pytest.raises(NotFoundError):
        price_of(w.db, w.clerk_b, info.id)
    with pytest.raises(ValidationError) as other_site_car:
        create_dossier(w.db, w.clerk_b, rental.pec_data(), "reservation")  # car of site A
    assert other_site_car.value.field == "vehicle_id"


def test_cancelled_reservation_frees_the_car(rental):
    w = rental.world
    first = create_dossier(w.db, w.clerk_a, rental.pec_data(), "reservation")
    cancel_dossier(w.db, w.clerk_a, first.id, first.version)
    second = create_dossier(w.db, w.clerk_a, rental.pec_data(), "reservation")
    assert second.number == 2


def test_non_pec_dossier_with_an_account_agreement_uses_its_tariff(rental):
    from app.core.rental.agreements import AgreementData, save_agreement

    w = rental.world
    fleet_deal = save_agreement(w.db, w.admin_a, AgreementData("Flotte négociée", rental.assistance,
                                                                rental.pec_tariff)).id
    data = rental.pec_data(is_pec=False, pec_file_number="", agreement_id=fleet_deal)
    info = create_dossier(w.db, w.clerk_a, data, "reservation")
    assert info.data.client_tariff_id == rental.pec_tariff  # the account's negotiated tariff, not the default
    price = price_of(w.db, w.clerk_a, info.id)
    assert (price.pec_total_excl, price.client_total_excl) == (D("0.00"), D("175.00"))


def test_departure_and_return_in_the_future_are_refused(rental):
    """A car "returned" tomorrow is not back: both dates must have happened, nothing is saved."""
    from app.core.timeutil import utcnow

    w = rental.world
    now = utcnow().replace(second=0, microsecond=0)
    data = rental.pec_data(planned_departure=now - timedelta(days=2), planned_return=now + timedelta(days=3))
    info = create_dossier(w.db, w.clerk_a, data, "contract")
    with pytest.raises(ValidationError) as refused:
        update_dossier(w.db, w.clerk_a, info.id, info.version, replace(
            info.data, actual_departure=now + timedelta(hours=1), km_out=10_000, fuel_out=8))
    assert refused.value.field == "actual_departure" and "futur" in refused.value.message.render()
    with pytest.raises(ValidationError) as refused:
        update_dossier(w.db, w.clerk_a, info.id, info.version, replace(
            info.data, actual_departure=now - timedelta(days=2), actual_return=now + timedelta(days=28),
            km_out=10_000, km_in=10_400, fuel_out=8, fuel_in=8))
    assert refused.value.field == "actual_return"
    assert dossier_info(w.db, w.clerk_a, info.id).data.actual_departure is None  # nothing written
    update_dossier(w.db, w.clerk_a, info.id, info.version, replace(
        info.data, actual_departure=now - timedelta(days=2), actual_return=now, km_out=10_000, km_in=10_400,
        fuel_out=8, fuel_in=8))
