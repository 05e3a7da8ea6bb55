"""Extras from a catalogue per tariff, each with its payer, priced at pricing time."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal as D

import pytest
from sqlalchemy import update

from app.core.errors import AtelierError, PermissionDeniedError, ValidationError
from app.core.rental.dossiers import create_dossier, price_of
from app.core.rental.extras import (
    ExtraData,
    add_dossier_extra,
    dossier_extras,
    list_extras,
    remove_dossier_extra,
    save_extra,
)
from app.core.rental.models import RentalDossier
from tests.rental.conftest import DEP


@pytest.fixture
def catalogue(rental):
    admin = rental.world.admin_a
    seat = save_extra(rental.world.db, admin, ExtraData(rental.public_tariff, "siege", "Siège enfant", D("5.00"),
                                                        unit="day"))
    delivery = save_extra(rental.world.db, admin, ExtraData(rental.pec_tariff, "LIVR", "Livraison à domicile",
                                                            D("25.00"), default_payer="pec"))
    driver = save_extra(rental.world.db, admin, ExtraData(rental.public_tariff, "COND2", "Conducteur supplémentaire",
                                                          D("12.50")))
    return seat.id, delivery.id, driver.id


def test_each_extra_goes_to_its_payer(rental, catalogue):
    """5-day PEC (175,00): two child seats 2 × 5 days × 5,00 = 50,00 for the beneficiary; delivery
    25,00 for the assistance: PEC 200,00, client 50,00 excl. VAT."""
    w = rental.world
    seat, delivery, _driver = catalogue
    info = create_dossier(w.db, w.clerk_a, rental.pec_data(), "contract")
    taken = add_dossier_extra(w.db, w.clerk_a, info.id, seat, 2)
    assert (taken.code, taken.payer, taken.quantity) == ("SIEGE", "client", 2)
    add_dossier_extra(w.db, w.clerk_a, info.id, delivery)
    price = price_of(w.db, w.clerk_a, info.id)
    assert (price.pec_total_excl, price.client_total_excl) == (D("200.00"), D("50.00"))
    [seat_line] = [line for line in price.lines if line.code == "EXTJ-SIEGE"]
    assert (seat_line.quantity, seat_line.unit_price, seat_line.amount) == (D(10), D("5.00"), D("50.00"))
    assert [line.payer for line in price.lines if line.code == "EXT-LIVR"] == ["pec"]


def test_extras_outside_the_dossiers_tariffs_or_payers_are_refused(rental, catalogue):
    w = rental.world
    seat, delivery, driver = catalogue
    plain = create_dossier(w.db, w.clerk_a, rental.pec_data(is_pec=False, agreement_id=None, pec_file_number=""),
                           "contract")
    with pytest.raises(ValidationError) as refused:
        add_dossier_extra(w.db, w.clerk_a, plain.id, delivery)  # the PEC tariff's: not this dossier's
    assert refused.value.field == "extra"
    with pytest.raises(ValidationError) as refused:
        add_dossier_extra(w.db, w.clerk_a, plain.id, driver, payer="pec")
    assert refused.value.field == "payer"
    with pytest.raises(ValidationError) as refused:
        add_dossier_extra(w.db, w.clerk_a, plain.id, driver, quantity=0)
    assert refused.value.field == "quantity"
    assert dossier_extras(w.db, w.clerk_a, plain.id) == []
    taken = add_dossier_extra(w.db, w.clerk_a, plain.id, driver)
    assert price_of(w.db, w.clerk_a, plain.id).client_total_excl == D("267.50")  # 55,00 + 4 × 50,00 + 12,50
    remove_dossier_extra(w.db, w.clerk_a, plain.id, taken.id)
    assert price_of(w.db, w.clerk_a, plain.id).client_total_excl == D("255.00")
    with w.db.session() as s:
        s.execute(update(RentalDossier).where(RentalDossier.id == plain.id).values(invoiced=True))
    with pytest.raises(AtelierError):
        add_dossier_extra(w.db, w.clerk_a, plain.id, driver)


def test_catalogue_is_admin_only_and_checked(rental, catalogue):
    w = rental.world
    with pytest.raises(PermissionDeniedError):
        save_extra(w.db, w.clerk_a, ExtraData(rental.public_tariff, "X", "X", D("1")))
    for data, field in ((ExtraData(rental.public_tariff, "SIEGE", "Doublon", D("1")), "code"),
                        (ExtraData(rental.public_tariff, "a b", "Espace", D("1")), "code"),
                        (ExtraData(rental.public_tariff, "NEG", "Négatif", D("-1")), "price"),
                        (ExtraData(rental.public_tariff, "UNIT", "Unité", D("1"), unit="week"), "unit"),
                        (ExtraData(rental.public_tariff, "LBL", " ", D("1")), "label")):
        with pytest.raises(ValidationError) as refused:
            save_extra(w.db, w.admin_a, data)
        assert refused.value.field == field
    assert len(list_extras(w.db, w.clerk_a)) == 3
    assert [e.data.code for e in list_extras(w.db, w.clerk_a, [rental.public_tariff])] == ["COND2", "SIEGE"]


def test_per_day_extras_follow_the_rental_days(rental, catalogue):
    w = rental.world
    seat, _delivery, _driver = catalogue
    info = create_dossier(w.db, w.clerk_a, rental.pec_data(planned_return=DEP + timedelta(days=3)), "contract")
    add_dossier_extra(w.db, w.clerk_a, info.id, seat)
    assert price_of(w.db, w.clerk_a, info.id).client_total_excl == D("15.00")  # 3 days × 5,00
