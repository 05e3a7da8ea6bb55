"""Rental data for invoicing tests, inserted directly: the seed 004 PEC contract and friends.

Seed example: PEC of 5 days, category B, at the PEC tariff (5-day forfait 225,00 € excl.
VAT); the car comes back on time but 3/8 of its 50-litre tank is missing: the client owes
18,75 l × 1,899 € plus a 15,00 € refuelling fee.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from itertools import count

from app.core.db.engine import Database
from app.core.rental.kinds import DossierKind
from app.core.rental.models import Agreement, Customer, FleetVehicle, RentalDossier, Tariff, TariffPrice
from app.core.timeutil import from_local

_numbers = count(1)
_plates = count(100)


@dataclass
class RentalWorld:
    """Reference data of one company: an assistance company, a beneficiary, tariffs."""

    assistance_id: int
    beneficiary_id: int
    customer_id: int
    pec_tariff_id: int
    client_tariff_id: int
    agreement_id: int


def make_rental_world(db: Database, company_id: int, beneficiary_email: str = "jean.dupre@example.be",
                      assistance_email: str = "factures@europ-assist.example") -> RentalWorld:
    """Customers, a PEC tariff, a client tariff and a PEC agreement."""
    with db.session() as s:
        assistance = Customer(company_id=company_id, kind="company", is_assistance=True,
                              name="Europ Assistance Belgium", street="Boulevard du Triomphe 172", postcode="1160",
                              city="Auderghem", email=assistance_email, vat_number="BE0457247904")
        beneficiary = Customer(company_id=company_id, kind="individual", name="Dupré", first_name="Jean",
                               street="Rue de l'Église 3", postcode="4020", city="Liège", email=beneficiary_email)
        customer = Customer(company_id=company_id, kind="individual", name="Peeters", first_name="Anna",
                            street="Kerkstraat 8", postcode="9000", city="Gent", email="anna.peeters@example.be")
        pec = Tariff(company_id=company_id, code="PEC-EA", name="Tarif PEC Europ",
                     fuel_price_per_litre=Decimal("1.899"),
                     refuelling_fee=Decimal("15.00"), cleaning_fee=Decimal("30.00"))
        client = Tariff(company_id=company_id, code="PUBLIC", name="Tarif public",
                        fuel_price_per_litre=Decimal("1.899"), refuelling_fee=Decimal("15.00"),
                        cleaning_fee=Decimal("30.00"))
        s.add_all([assistance, beneficiary, customer, pec, client])
        s.flush()
        for tariff, day_price, five_days in ((pec, Decimal("50.00"), Decimal("225.00")),
                                             (client, Decimal("60.00"), Decimal("275.00"))):
            s.add(TariffPrice(tariff_id=tariff.id, category="B", days=1, price=day_price, extra_day_price=day_price,
                              km_per_day=200, extra_km_price=Decimal("0.250")))
            s.add(TariffPrice(tariff_id=tariff.id, category="B", days=5, price=five_days,
                              extra_day_price=Decimal("45.00"), km_per_day=200, extra_km_price=Decimal("0.250")))
        agreement = Agreement(company_id=company_id, label="Accord national Europ Assistance",
                              account_id=assistance.id, is_pec=True, tariff_id=pec.id, print_recipient="pec")
        s.add(agreement)
        s.flush()
        return RentalWorld(assistance.id, beneficiary.id, customer.id, pec.id, client.id, agreement.id)


def make_contract(db: Database, site_id: int, rw: RentalWorld, *, pec: bool = True, fuel_in: int | None = 5,
                  km_in: int | None = 10_600, returned: bool = True, plate: str | None = None,
                  days: int = 5) -> int:
    """A contract of ``days`` days from 16-11-2026 09:00, returned on time (PEC by default)."""
    start = from_local(datetime(2026, 11, 16, 9, 0))
    end = from_local(datetime(2026, 11, 16 + days, 9, 0))
    with db.session() as s:
        vehicle = FleetVehicle(site_id=site_id, plate=plate or f"1-TST-{next(_plates)}", model="Volkswagen Polo",
                               category="B", tank_litres=Decimal("50.0"), current_km=10_000)
        s.add(vehicle)
        s.flush()
        dossier = RentalDossier(
            site_id=site_id, number=next(_numbers), kind=DossierKind.CONTRACT, created_by="clerk.a",
            customer_id=rw.beneficiary_id if pec else rw.customer_id, vehicle_id=vehicle.id,
            is_pec=pec, agreement_id=rw.agreement_id if pec else None,
            pec_file_number="EA-2026-88812" if pec else "", pec_category="B" if pec else "",
            pec_days=days if pec else None, pec_tariff_id=rw.pec_tariff_id if pec else None,
            client_tariff_id=rw.client_tariff_id, planned_departure=start, planned_return=end,
            actual_departure=start, actual_return=end if returned else None, booked_from=start, booked_until=end,
            km_out=10_000, km_in=km_in if returned else None, fuel_out=8, fuel_in=fuel_in if returned else None)
        s.add(dossier)
        s.flush()
        return dossier.id
