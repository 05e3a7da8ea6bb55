"""Back office: customers (VAT checked), fleet, tariffs, agreements, site settings; scopes."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from app.core.errors import NotFoundError, PermissionDeniedError, ValidationError
from app.core.rental.agreements import AgreementData, list_agreements, save_agreement
from app.core.rental.customers import CustomerData, clean_vat_number, list_customers, save_customer
from app.core.rental.fleet import VehicleData, list_vehicles, save_vehicle, vehicle_info
from app.core.rental.models import CUSTOMER_COMPANY
from app.core.rental.pricing import TariffRate
from app.core.rental.settings import grace_minutes, save_rental_settings, vat_rate
from app.core.rental.tariffs import TariffData, list_tariffs, save_tariff, tariff_info


@pytest.mark.parametrize(("raw", "clean"), [("0403.170.701", "BE0403170701"), ("be 0403 170 701", "BE0403170701"),
                                            ("NL004495445B01", "NL004495445B01"), ("", "")])
def test_vat_numbers_are_checked_with_stdnum(raw, clean):
    assert clean_vat_number(raw) == clean


def test_bad_vat_number_names_the_field(world):
    with pytest.raises(ValidationError) as info:
        save_customer(world.db, world.admin_a, CustomerData(name="Garage X", kind=CUSTOMER_COMPANY,
                                                            vat_number="BE0403170702"))
    assert info.value.field == "vat_number" and "BE0403170702" in str(info.value)


def test_customer_rules(world):
    with pytest.raises(ValidationError) as info:
        save_customer(world.db, world.clerk_a, CustomerData(name=" "))
    assert info.value.field == "name"
    with pytest.raises(ValidationError) as info:
        save_customer(world.db, world.clerk_a, CustomerData(name="X", email="pas-une-adresse"))
    assert info.value.field == "email"
    with pytest.raises(ValidationError) as info:
        save_customer(world.db, world.admin_a, CustomerData(name="X", is_assistance=True))
    assert info.value.field == "is_assistance"
    with pytest.raises(PermissionDeniedError):  # assistance companies are admin data
        save_customer(world.db, world.clerk_a, CustomerData(name="Assist", kind=CUSTOMER_COMPANY, is_assistance=True))
    saved = save_customer(world.db, world.clerk_a, CustomerData(name="Peeters", first_name="Jan",
                                                                licence_number="b 123"))
    assert saved.display_name == "Peeters Jan"
    assert [c.id for c in list_customers(world.db, world.clerk_b, "peet")] == [saved.id]  # company-wide


def test_fleet_is_per_site_and_admin_only(world):
    with pytest.raises(PermissionDeniedError):
        save_vehicle(world.db, world.clerk_a, VehicleData("1-AAA-111", "B", D("40.0")))
    car = save_vehicle(world.db, world.admin_a, VehicleData("1-aaa-111", "b", D("40.0"), vin="VF1RJA00123456789"))
    assert (car.data.plate, car.data.category) == ("1-AAA-111", "B")
    assert [v.id for v in list_vehicles(world.db, world.clerk_a)] == [car.id]
    assert list_vehicles(world.db, world.clerk_b) == []
    with pytest.raises(NotFoundError):
        vehicle_info(world.db, world.clerk_b, car.id)
    with pytest.raises(NotFoundError):
        save_vehicle(world.db, world.admin_b, VehicleData("1-AAA-111", "B", D("40.0")), car.id)
    for bad, field in ((VehicleData("1-AAA-112", "B", D("0")), "tank_litres"),
                       (VehicleData("1-AAA-111", "B", D("40")), "plate"),
                       (VehicleData("1-AAA-113", "B", D("40"), vin="VF1RJA0012345678O"), "vin"),
                       (VehicleData("1-AAA-114", "B", D("40"), current_km=-3), "current_km"),
                       (VehicleData("1-AAA-115", "", D("40")), "category")):
        with pytest.raises(ValidationError) as info:
            save_vehicle(world.db, world.admin_a, bad)
        assert info.value.field == field


def test_tariffs_and_agreements(world):
    grid = (TariffRate("B", 1, D("40.00"), D("38.00"), 200, D("0.25")), TariffRate("B", 5, D("175"), D("35"), None))
    with pytest.raises(PermissionDeniedError):
        save_tariff(world.db, world.clerk_a, TariffData("T", "T", grid))
    tariff = save_tariff(world.db, world.admin_a, TariffData("pec", "PEC", grid, is_default=True))
    assert tariff.data.code == "PEC" and tariff.durations("B") == [1, 5]
    assert tariff_info(world.db, world.clerk_b, tariff.id).data.rates[1].km_per_day is None
    other = save_tariff(world.db, world.admin_a, TariffData("PUB", "Public", grid, is_default=True))
    assert not tariff_info(world.db, world.admin_a, tariff.id).data.is_default  # one default only
    with pytest.raises(ValidationError):
        save_tariff(world.db, world.admin_a, TariffData("X", "X", grid + (grid[0],)))
    with pytest.raises(ValidationError):
        save_tariff(world.db, world.admin_a, TariffData("Y", "Y", (TariffRate("B", 0, D("1"), D("1")),)))
    with pytest.raises(ValidationError):
        save_tariff(world.db, world.admin_a, TariffData("Z", "Z", (TariffRate("B", 1, D("1.001"), D("1")),)))
    assert {t.id for t in list_tariffs(world.db, world.clerk_a)} == {tariff.id, other.id}
    person = save_customer(world.db, world.clerk_a, CustomerData(name="Dupont"))
    with pytest.raises(ValidationError) as info:  # the account is a company
        save_agreement(world.db, world.admin_a, AgreementData("A", person.id, tariff.id, is_pec=True))
    assert info.value.field == "account_id"
    company = save_customer(world.db, world.admin_a, CustomerData(name="Assist", kind=CUSTOMER_COMPANY,
                                                                  is_assistance=True))
    agreement = save_agreement(world.db, world.admin_a, AgreementData("Assist national", company.id, tariff.id,
                                                                      is_pec=True, print_recipient="pec"))
    assert (agreement.account_name, agreement.tariff_name) == ("Assist", "PEC")
    with pytest.raises(PermissionDeniedError):
        save_agreement(world.db, world.clerk_a, AgreementData("B", company.id, tariff.id))
    with pytest.raises(ValidationError):
        save_agreement(world.db, world.admin_a, AgreementData("C", company.id, tariff.id, print_recipient="fax"))
    assert [a.id for a in list_agreements(world.db, world.clerk_a)] == [agreement.id]


def test_site_settings_vat_and_grace(world):
    with world.db.session() as session:
        assert (vat_rate(session, world.site_a), grace_minutes(session, world.site_a)) == (D("21"), 59)
    with pytest.raises(PermissionDeniedError):
        save_rental_settings(world.db, world.clerk_a, "6", 30)
    with pytest.raises(ValidationError):
        save_rental_settings(world.db, world.admin_a, "121", 30)
    with pytest.raises(ValidationError):
        save_rental_settings(world.db, world.admin_a, "6", 9999)
    save_rental_settings(world.db, world.admin_a, "6,00", 30)
    with world.db.session() as session:
        assert (vat_rate(session, world.site_a), grace_minutes(session, world.site_a)) == (D("6.00"), 30)
        assert vat_rate(session, world.site_b) == D("21")
