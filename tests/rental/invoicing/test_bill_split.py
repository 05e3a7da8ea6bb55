"""Bill-split rules of a PEC agreement, priced, invoiced and printed, amounts computed by hand.

Seed contract: PEC 5 days, category B, 5-day forfait 225,00 € excl. VAT at the PEC tariff;
"fuel" variants come back with 3/8 of 50 l missing: 18,75 l × 1,899 = 35,61 + refuelling
15,00 = 50,61 € for the beneficiary. VAT 21 %.
"""

from __future__ import annotations

import io
from decimal import Decimal as D

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.core.errors import ValidationError
from app.core.rental.agreements import AgreementData, save_agreement
from app.core.rental.invoicing.invoicing import invoice_dossier, issue_credit_notes
from app.core.rental.invoicing.models import Invoice, InvoiceLine, InvoiceVatLine
from app.core.rental.invoicing.printing import dossier_invoices_pdf
from app.core.rental.models import Agreement, RentalDossier
from tests.rental.invoicing.factories import make_contract, make_rental_world


def set_split(db, agreement_id, pct="100", cap=None, vat_to_client=False):
    with db.session() as s:
        agreement = s.get(Agreement, agreement_id)
        agreement.insurer_pct, agreement.vat_to_client = D(pct), vat_to_client
        agreement.daily_cap = None if cap is None else D(cap)


def totals(invoice):
    return invoice.total_excl, invoice.total_vat, invoice.total_incl


def lines_of(db, invoice_id):
    with db.session() as s:
        return [(line.code, line.amount, line.vat_rate) for line in s.scalars(
            select(InvoiceLine).where(InvoiceLine.invoice_id == invoice_id).order_by(InvoiceLine.position))]


def vat_of(db, invoice_id):
    with db.session() as s:
        return [(v.rate, v.base, v.vat) for v in s.scalars(
            select(InvoiceVatLine).where(InvoiceVatLine.invoice_id == invoice_id).order_by(InvoiceVatLine.rate))]


@pytest.fixture
def rw(world):
    return make_rental_world(world.db, world.company_id)


def test_insurer_pays_a_percentage(world, rw):
    """80 %: the assistance 225,00 × 80 % = 180,00 (+ 37,80 VAT = 217,80); the beneficiary the
    other 45,00 (+ 9,45 = 54,45)."""
    set_split(world.db, rw.agreement_id, pct="80")
    dossier_id = make_contract(world.db, world.site_a, rw, fuel_in=8)
    pec, client = invoice_dossier(world.db, world.clerk_a, dossier_id)
    assert totals(pec) == (D("180.00"), D("37.80"), D("217.80"))
    assert totals(client) == (D("45.00"), D("9.45"), D("54.45"))
    assert lines_of(world.db, pec.id) == [("PEC-LOC", D("225.00"), D("21")), ("PART-PEC", D("-45.00"), D("21"))]
    assert lines_of(world.db, client.id) == [("PART", D("45.00"), D("21"))]


def test_daily_cap_leaves_the_difference_to_the_beneficiary(world, rw):
    """Cap 40,00 €/day × 5 days = 200,00: the assistance 200,00 (+ 42,00 = 242,00); the beneficiary the
    25,00 above the cap and the fuel 50,61: 75,61 + 15,88 VAT = 91,49."""
    set_split(world.db, rw.agreement_id, cap="40.00")
    dossier_id = make_contract(world.db, world.site_a, rw)
    pec, client = invoice_dossier(world.db, world.clerk_a, dossier_id)
    assert totals(pec) == (D("200.00"), D("42.00"), D("242.00"))
    assert totals(client) == (D("75.61"), D("15.88"), D("91.49"))
    assert [c for c, _a, _r in lines_of(world.db, client.id)] == ["CARB", "PLEIN", "PLAF"]


def test_authorisation_cap_overrides_the_agreement(world, rw):
    """The file's own cap (44,00 €/day → 220,00) wins over the agreement's 40,00: 5,00 for the beneficiary."""
    set_split(world.db, rw.agreement_id, cap="40.00")
    dossier_id = make_contract(world.db, world.site_a, rw, fuel_in=8)
    with world.db.session() as s:
        s.get(RentalDossier, dossier_id).pec_daily_cap = D("44.00")
    pec, client = invoice_dossier(world.db, world.clerk_a, dossier_id)
    assert (pec.total_excl, client.total_excl) == (D("220.00"), D("5.00"))


def test_vat_on_the_insurers_share_is_charged_to_the_beneficiary(world, rw):
    """The assistance pays 225,00 without VAT; the beneficiary's invoice carries the 225,00 share
    as VAT base and deducts it at 0 %: base 21 % = 225,00 + 50,61 = 275,61 → VAT 57,88;
    excl. 50,61, incl. 108,49. Together: 225,00 + 108,49 = 333,49 = 275,61 + 57,88."""
    set_split(world.db, rw.agreement_id, vat_to_client=True)
    dossier_id = make_contract(world.db, world.site_a, rw)
    pec, client = invoice_dossier(world.db, world.clerk_a, dossier_id)
    assert totals(pec) == (D("225.00"), D("0.00"), D("225.00"))
    assert vat_of(world.db, pec.id) == [(D("0"), D("225.00"), D("0.00"))]
    assert totals(client) == (D("50.61"), D("57.88"), D("108.49"))
    assert vat_of(world.db, client.id) == [(D("0"), D("-225.00"), D("0.00")), (D("21"), D("275.61"), D("57.88"))]
    assert lines_of(world.db, client.id) == [("CARB", D("35.61"), D("21")), ("PLEIN", D("15.00"), D("21")),
                                             ("TVA-PEC", D("225.00"), D("21")), ("PEC-HTVA", D("-225.00"), D("0"))]
    first, second = [p.extract_text() for p in PdfReader(io.BytesIO(
        dossier_invoices_pdf(world.db, world.clerk_a, dossier_id))).pages]
    assert "TVA non facturée à l'assistance" in first and "47,25 €" in first and "0 %" in first
    assert "la TVA de 47,25 € sur cette part est à votre charge" in second and "108,49 €" in second
    notes = issue_credit_notes(world.db, world.clerk_a, dossier_id)  # a credit note copies the rates
    assert [totals(n) for n in notes] == [totals(pec), totals(client)]
    assert vat_of(world.db, notes[1].id) == vat_of(world.db, client.id)


def test_all_three_rules_together(world, rw):
    """90 %, cap 42,00 (210,00: not reached), VAT to the beneficiary, full tank:
    assistance 225,00 − 22,50 = 202,50 without VAT; beneficiary 22,50 + VAT on 225,00 = 47,25:
    69,75. Together 272,25 = 225,00 × 1,21."""
    set_split(world.db, rw.agreement_id, pct="90", cap="42.00", vat_to_client=True)
    dossier_id = make_contract(world.db, world.site_a, rw, fuel_in=8)
    pec, client = invoice_dossier(world.db, world.clerk_a, dossier_id)
    assert totals(pec) == (D("202.50"), D("0.00"), D("202.50"))
    assert totals(client) == (D("22.50"), D("47.25"), D("69.75"))
    assert pec.total_incl + client.total_incl == D("272.25")


def test_split_rules_are_checked_and_only_on_pec_agreements(world, rw):
    data = AgreementData("Accord partagé", rw.assistance_id, rw.pec_tariff_id, is_pec=True, insurer_pct=D("80"),
                         daily_cap=D("45.00"), vat_to_client=True)
    info = save_agreement(world.db, world.admin_a, data)
    assert (info.data.insurer_pct, info.data.daily_cap, info.data.vat_to_client) == (D("80"), D("45.00"), True)
    for changes, field in ((dict(insurer_pct=D("0")), "insurer_pct"), (dict(insurer_pct=D("120")), "insurer_pct"),
                           (dict(daily_cap=D("-1")), "daily_cap"), (dict(is_pec=False), "insurer_pct")):
        with pytest.raises(ValidationError) as refused:
            save_agreement(world.db, world.admin_a, AgreementData(**{**data.__dict__, **changes}))
        assert refused.value.field == field
    with world.db.session() as s:
        assert len(s.scalars(select(Agreement)).all()) == 2  # nothing else written
    with world.db.session() as s:
        assert s.scalar(select(Invoice.id)) is None
