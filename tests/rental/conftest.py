"""Rental reference data for the tests: built through the real admin services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal as D

import pytest

from app.core.platform.sites import switch_site
from app.core.rental.agreements import AgreementData, save_agreement
from app.core.rental.customers import CustomerData, save_customer
from app.core.rental.dossier_data import DossierData
from app.core.rental.fleet import VehicleData, save_vehicle
from app.core.rental.models import CUSTOMER_COMPANY
from app.core.rental.pricing import TariffRate
from app.core.rental.tariffs import TariffData, save_tariff
from tests.factories import World

DEP = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


@dataclass
class Rental:
    """Ids of the reference data on site A (and one car on site B)."""

    world: World
    assistance: int
    beneficiary: int
    pec_tariff: int
    public_tariff: int
    pec_agreement: int
    plain_agreement: int
    inactive_agreement: int
    car_b1: int
    car_b2: int
    car_c1: int
    car_site_b: int

    def pec_data(self, **changes) -> DossierData:
        """The seed's PEC contract: 5 days, category B."""
        values = dict(planned_departure=DEP, planned_return=DEP + timedelta(days=5), vehicle_id=self.car_b1,
                      customer_id=self.beneficiary, is_pec=True, agreement_id=self.pec_agreement,
                      pec_file_number="AX-2026-0042", pec_category="B", pec_days=5)
        values.update(changes)
        return DossierData(**values)


def build_rental(world: World) -> Rental:
    """Customers, tariffs, agreements and fleet made by admin A (one car by admin B)."""
    db, admin = world.db, world.admin_a
    assistance = save_customer(db, admin, CustomerData(name="Europ Assistance Belgium", kind=CUSTOMER_COMPANY,
                                                       is_assistance=True, vat_number="BE0457247904",
                                                       email="pec@assistance.example")).id
    beneficiary = save_customer(db, world.clerk_a, CustomerData(name="Dupont", first_name="Marie",
                                                                licence_number="B1234567",
                                                                email="marie@example.be")).id
    grid = (TariffRate("B", 1, D("40.00"), D("38.00"), 200, D("0.250")),
            TariffRate("B", 5, D("175.00"), D("35.00"), 200, D("0.250")),
            TariffRate("C", 1, D("50.00"), D("48.00"), 200, D("0.300")),
            TariffRate("C", 5, D("220.00"), D("44.00"), 200, D("0.300")))
    pec_tariff = save_tariff(db, admin, TariffData("ASSIST", "Assistance nationale", grid, D("1.900"), D("15.00"),
                                                   D("30.00"))).id
    public = (TariffRate("B", 1, D("55.00"), D("50.00"), 150, D("0.300")),
              TariffRate("C", 1, D("65.00"), D("60.00"), 150, D("0.350")))
    public_tariff = save_tariff(db, admin, TariffData("PUBLIC", "Tarif public", public, D("2.100"), D("20.00"),
                                                      D("45.00"), is_default=True)).id
    pec_agreement = save_agreement(db, admin, AgreementData("Europ Assistance national", assistance, pec_tariff,
                                                            is_pec=True, print_recipient="pec")).id
    plain = save_agreement(db, admin, AgreementData("Flotte entreprise", assistance, public_tariff)).id
    inactive = save_agreement(db, admin, AgreementData("Ancien accord", assistance, pec_tariff, is_pec=True,
                                                       active=False)).id
    cars = [save_vehicle(db, admin, VehicleData(plate, cat, D("45.0"), model=model, current_km=10_000)).id
            for plate, cat, model in (("1-ABC-101", "B", "Renault Clio"), ("1-ABC-102", "B", "Peugeot 208"),
                                      ("1-ABC-201", "C", "VW Golf"))]
    admin_b = switch_site(db, world.admin_a, world.site_b)
    car_b = save_vehicle(db, admin_b, VehicleData("2-XYZ-001", "B", D("45.0"))).id
    return Rental(world, assistance, beneficiary, pec_tariff, public_tariff, pec_agreement, plain, inactive,
                  cars[0], cars[1], cars[2], car_b)


@pytest.fixture
def rental(world) -> Rental:
    """Reference data on ``db`` (SQLite and PostgreSQL)."""
    return build_rental(world)


@pytest.fixture
def sqlite_rental(sqlite_world) -> Rental:
    """Reference data on SQLite (GUI tests)."""
    return build_rental(sqlite_world)
