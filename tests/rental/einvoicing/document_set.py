"""The e-invoicing test set: every kind of invoice the rental module issues to a business.

- PEC contract fully covered: one invoice to the assistance company (21 %);
- PEC contract with missing fuel, beneficiary a VAT-registered sole trader: two invoices;
- business customer without PEC, seven days (forfait + extra days), extra km, fuel and
  refuelling fee, cleaning, damage and a 10 % discount (a document-level allowance), 21 %;
- the same at a site whose VAT rate is 6 %;
- credit notes cancelling the first invoice and the discounted one;
- a private beneficiary's invoice, which stays PDF only;
- bill splits (beneficiary a VAT-registered sole trader): the assistance pays 80 % (its
  share cut by a negative line, an allowance); the VAT on the assistance's share charged to
  the beneficiary (the assistance's invoice at 0 %, the beneficiary's with the share as a
  21 % base and the same amount deducted at 0 %);
- extras from the catalogue paid by each payer (one per day, one per rental).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from itertools import count

from app.core.db.engine import Database
from app.core.platform.models import Company, SiteSetting
from app.core.platform.scope import UserScope
from app.core.rental.invoicing.invoicing import invoice_dossier, issue_credit_notes
from app.core.rental.kinds import DossierKind
from app.core.rental.models import Agreement, Customer, DossierExtra, FleetVehicle, RentalDossier, TariffExtra
from app.core.rental.settings import VAT_RATE_KEY
from app.core.timeutil import from_local
from tests.rental.invoicing.factories import RentalWorld, make_rental_world

IBAN = "BE68539007547034"
ASSISTANCE_PEPPOL = "0208:0457247904"
BUSINESS_VAT = "BE0403170701"
SOLE_TRADER_VAT = "BE0202239951"
_numbers = count(500)


@dataclass
class DocumentSet:
    """What the set issued: e-invoiced documents by name, and the PDF-only one."""

    rental: RentalWorld
    business_id: int
    sole_trader_id: int
    documents: dict[str, int]
    pdf_only: int


def prepare_company(db: Database, company_id: int) -> RentalWorld:
    """The company's IBAN, the rental reference data, a business customer and a sole trader."""
    with db.session() as s:
        s.get(Company, company_id).iban = IBAN
    return make_rental_world(db, company_id)


def add_business_customers(db: Database, company_id: int) -> tuple[int, int]:
    """A business customer (company with VAT) and a VAT-registered sole trader."""
    with db.session() as s:
        business = Customer(company_id=company_id, kind="company", name="Garage Dubois SRL", street="Rue Haute 12",
                            postcode="5000", city="Namur", email="compta@garage-dubois.example",
                            vat_number=BUSINESS_VAT, enterprise_number=BUSINESS_VAT[2:])
        trader = Customer(company_id=company_id, kind="individual", name="Lambert", first_name="Paul",
                          street="Chaussée de Marche 40", postcode="5100", city="Jambes",
                          email="paul.lambert@example.be", vat_number=SOLE_TRADER_VAT)
        s.add_all([business, trader])
        s.flush()
        return business.id, trader.id


def contract(db: Database, site_id: int, rw: RentalWorld, *, pec: bool, customer_id: int, days: int = 5,
             km_in: int = 10_600, fuel_in: int = 8, cleaning: bool = False, damage: Decimal | None = None,
             discount: Decimal = Decimal("0"), agreement_id: int | None = None) -> int:
    """A returned contract from 16-11-2026 09:00."""
    start = from_local(datetime(2026, 11, 16, 9, 0))
    end = from_local(datetime(2026, 11, 16 + days, 9, 0))
    with db.session() as s:
        vehicle = FleetVehicle(site_id=site_id, plate=f"1-EIN-{next(_numbers)}", model="Peugeot 208", category="B",
                               tank_litres=Decimal("50.0"), current_km=10_000)
        s.add(vehicle)
        s.flush()
        dossier = RentalDossier(
            site_id=site_id, number=next(_numbers), kind=DossierKind.CONTRACT, created_by="clerk.a",
            customer_id=customer_id,
            vehicle_id=vehicle.id, is_pec=pec, agreement_id=(agreement_id or rw.agreement_id) if pec else None,
            pec_file_number="EA-2026-88812" if pec else "", pec_category="B" if pec else "",
            pec_days=days if pec else None, pec_tariff_id=rw.pec_tariff_id if pec else None,
            client_tariff_id=rw.client_tariff_id, client_discount_pct=discount, planned_departure=start,
            planned_return=end, actual_departure=start, actual_return=end, booked_from=start, booked_until=end,
            km_out=10_000, km_in=km_in, fuel_out=8, fuel_in=fuel_in, cleaning_required=cleaning,
            damage_amount=damage, damage_in="Rétroviseur droit cassé" if damage else "")
        s.add(dossier)
        s.flush()
        return dossier.id


def split_agreement(db: Database, company_id: int, rw: RentalWorld, label: str, **rules) -> int:
    """A PEC agreement of the assistance company with bill-split rules."""
    with db.session() as s:
        agreement = Agreement(company_id=company_id, label=label, account_id=rw.assistance_id, is_pec=True,
                              tariff_id=rw.pec_tariff_id, print_recipient="pec", **rules)
        s.add(agreement)
        s.flush()
        return agreement.id


def add_extras(db: Database, company_id: int, site_id: int, rw: RentalWorld, dossier_id: int) -> None:
    """A delivery paid by the assistance (25,00 per rental) and two child seats paid by the
    beneficiary (5,00 per day each)."""
    with db.session() as s:
        delivery = TariffExtra(company_id=company_id, tariff_id=rw.pec_tariff_id, code="LIVR", label="Livraison",
                               unit="rental", price=Decimal("25.00"), default_payer="pec", active=True)
        seat = TariffExtra(company_id=company_id, tariff_id=rw.client_tariff_id, code="SIEGE", label="Siège enfant",
                           unit="day", price=Decimal("5.00"), default_payer="client", active=True)
        s.add_all([delivery, seat])
        s.flush()
        s.add_all([DossierExtra(site_id=site_id, dossier_id=dossier_id, extra_id=delivery.id, quantity=1, payer="pec",
                                added_by="clerk.a"),
                   DossierExtra(site_id=site_id, dossier_id=dossier_id, extra_id=seat.id, quantity=2, payer="client",
                                added_by="clerk.a")])


def set_vat_rate(db: Database, site_id: int, rate: str) -> None:
    """The site's rental VAT rate."""
    with db.session() as s:
        s.add(SiteSetting(site_id=site_id, key=VAT_RATE_KEY, value=rate))


def build_test_set(db: Database, company_id: int, clerk_a: UserScope, site_b: int, clerk_b: UserScope) -> DocumentSet:
    """Issue the whole set (site A at 21 %, site B at 6 %)."""
    rw = prepare_company(db, company_id)
    business, trader = add_business_customers(db, company_id)
    set_vat_rate(db, site_b, "6")
    site_a = clerk_a.site_id
    documents: dict[str, int] = {}
    [one] = invoice_dossier(db, clerk_a, contract(db, site_a, rw, pec=True, customer_id=rw.beneficiary_id))
    documents["pec_single"] = one.id
    pec, client = invoice_dossier(db, clerk_a, contract(db, site_a, rw, pec=True, customer_id=trader, fuel_in=5))
    documents["pec_two"], documents["beneficiary_with_vat"] = pec.id, client.id
    extras = dict(days=7, km_in=11_900, fuel_in=4, cleaning=True, damage=Decimal("180.00"), discount=Decimal("10"))
    [b21] = invoice_dossier(db, clerk_a, contract(db, site_a, rw, pec=False, customer_id=business, **extras))
    documents["business_extras_21"] = b21.id
    [b6] = invoice_dossier(db, clerk_b, contract(db, site_b, rw, pec=False, customer_id=business, **extras))
    documents["business_extras_6"] = b6.id
    [pdf_pec, pdf_client] = invoice_dossier(db, clerk_a, contract(db, site_a, rw, pec=True,
                                                                  customer_id=rw.beneficiary_id, fuel_in=6))
    documents["pec_beside_private"] = pdf_pec.id
    with db.session() as s:
        first_dossier = s.get(RentalDossier, s.get(_invoice(), one.id).dossier_id).id
        discounted_dossier = s.get(_invoice(), b21.id).dossier_id
    [note] = issue_credit_notes(db, clerk_a, first_dossier, [one.id], "erreur de catégorie")
    documents["credit_note"] = note.id
    [note2] = issue_credit_notes(db, clerk_a, discounted_dossier, [b21.id], "remise oubliée")
    documents["credit_note_with_allowance"] = note2.id
    eighty = split_agreement(db, company_id, rw, "Europ 80 %", insurer_pct=Decimal("80"))
    pec80, client80 = invoice_dossier(db, clerk_a, contract(db, site_a, rw, pec=True, customer_id=trader,
                                                            agreement_id=eighty))
    documents["pec_percentage"], documents["beneficiary_percentage"] = pec80.id, client80.id
    vat_client = split_agreement(db, company_id, rw, "Europ TVA au bénéficiaire", vat_to_client=True,
                                 daily_cap=Decimal("42.00"))
    pec_vat, client_vat = invoice_dossier(db, clerk_a, contract(db, site_a, rw, pec=True, customer_id=trader,
                                                                agreement_id=vat_client, fuel_in=5))
    documents["pec_vat_to_client"], documents["beneficiary_pays_vat"] = pec_vat.id, client_vat.id
    with_extras = contract(db, site_a, rw, pec=True, customer_id=trader)
    add_extras(db, company_id, site_a, rw, with_extras)
    pec_extras, client_extras = invoice_dossier(db, clerk_a, with_extras)
    documents["pec_with_extra"], documents["beneficiary_extras"] = pec_extras.id, client_extras.id
    return DocumentSet(rw, business, trader, documents, pdf_client.id)


def _invoice():
    from app.core.rental.invoicing.models import Invoice

    return Invoice
