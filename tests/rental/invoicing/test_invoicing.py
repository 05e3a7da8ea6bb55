"""Invoicing a returned contract: one or two invoices, numbering, freeze, credit notes."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from app.core.errors import AtelierError, NotFoundError, ValidationError, ValidationErrors
from app.core.rental.invoicing.invoicing import (
    credit_note_for,
    dossier_invoices,
    invoice_dossier,
    issue_credit_notes,
)
from app.core.rental.invoicing.models import Invoice, InvoiceLine
from app.core.rental.invoicing.payments import payer_balances, record_payment
from app.core.rental.invoicing.structured_communication import check_communication
from app.core.rental.models import RentalDossier
from app.core.timeutil import local_today
from tests.rental.invoicing.factories import make_contract, make_rental_world


@pytest.fixture
def rw(world):
    return make_rental_world(world.db, world.company_id)


def _dossier(db, dossier_id) -> RentalDossier:
    with db.session() as s:
        return s.get(RentalDossier, dossier_id)


def test_seed_example_end_to_end(world, rw):
    """5 covered days, fuel missing: two invoices, two numbers, frozen, one payment each, zero due."""
    dossier_id = make_contract(world.db, world.site_a, rw)
    invoices = invoice_dossier(world.db, world.clerk_a, dossier_id)
    assert [i.payer_role for i in invoices] == ["pec", "client"]
    pec, client = invoices
    year = local_today().year
    assert (pec.reference, client.reference) == (f"A-{year}-00001", f"A-{year}-00002")
    assert pec.payer_name == "Europ Assistance Belgium" and client.payer_name == "Jean Dupré"
    assert (pec.total_excl, pec.total_vat, pec.total_incl) == (Decimal("225.00"), Decimal("47.25"),
                                                               Decimal("272.25"))
    # 3/8 of 50 l = 18.75 l x 1.899 = 35.61 + refuelling 15.00 = 50.61; VAT 10.63
    assert (client.total_excl, client.total_vat, client.total_incl) == (Decimal("50.61"), Decimal("10.63"),
                                                                        Decimal("61.24"))
    assert check_communication(pec.structured_communication)
    assert pec.structured_communication != client.structured_communication
    assert _dossier(world.db, dossier_id).invoiced is True
    with world.db.session() as s:
        codes = s.scalars(select(InvoiceLine.code).where(InvoiceLine.invoice_id == client.id)
                          .order_by(InvoiceLine.position)).all()
    assert codes == ["CARB", "PLEIN"]
    _, warning = record_payment(world.db, world.clerk_a, dossier_id, "272,25", "transfer", "pec")
    assert warning is None
    _, warning = record_payment(world.db, world.clerk_a, dossier_id, Decimal("61.24"), "card", "client")
    assert warning is None
    balances = {b.role: b for b in payer_balances(world.db, world.clerk_a, dossier_id)}
    assert balances["pec"].invoiced == Decimal("272.25") and balances["pec"].due == 0
    assert balances["client"].paid == Decimal("61.24") and balances["client"].due == 0


def test_full_tank_gives_one_invoice_to_the_assistance(world, rw):
    dossier_id = make_contract(world.db, world.site_a, rw, fuel_in=8)
    invoices = invoice_dossier(world.db, world.clerk_a, dossier_id)
    assert [(i.payer_role, i.total_incl) for i in invoices] == [("pec", Decimal("272.25"))]


def test_contract_without_pec_gives_one_invoice_to_the_customer(world, rw):
    dossier_id = make_contract(world.db, world.site_a, rw, pec=False, fuel_in=8)
    [invoice] = invoice_dossier(world.db, world.clerk_a, dossier_id)
    assert invoice.payer_role == "customer" and invoice.payer_name == "Anna Peeters"
    assert invoice.total_excl == Decimal("275.00") and invoice.total_incl == Decimal("332.75")


def test_incomplete_return_data_is_named(world, rw):
    dossier_id = make_contract(world.db, world.site_a, rw, returned=False)
    with pytest.raises(ValidationErrors) as info:
        invoice_dossier(world.db, world.clerk_a, dossier_id)
    fields = [e.field for e in info.value.errors]
    assert fields == ["actual_return", "km_in", "fuel_in"]
    assert "Date-heure de retour réelle" in info.value.message.render()
    assert "Carburant au retour" in info.value.message.render()
    dossier_id = make_contract(world.db, world.site_a, rw, fuel_in=None)
    with pytest.raises(ValidationError) as one:
        invoice_dossier(world.db, world.clerk_a, dossier_id)
    assert one.value.field == "fuel_in"
    with world.db.session() as s:
        assert s.scalar(select(Invoice.id)) is None
    assert _dossier(world.db, dossier_id).invoiced is False


def test_invoiced_contract_cannot_be_invoiced_twice(world, rw):
    dossier_id = make_contract(world.db, world.site_a, rw)
    invoice_dossier(world.db, world.clerk_a, dossier_id)
    with pytest.raises(AtelierError, match="déjà facturé"):
        invoice_dossier(world.db, world.clerk_a, dossier_id)


def test_other_site_cannot_invoice_or_read(world, rw):
    dossier_id = make_contract(world.db, world.site_a, rw)
    with pytest.raises(NotFoundError):
        invoice_dossier(world.db, world.clerk_b, dossier_id)
    invoice_dossier(world.db, world.clerk_a, dossier_id)
    with pytest.raises(NotFoundError):
        dossier_invoices(world.db, world.clerk_b, dossier_id)
    with pytest.raises(NotFoundError):
        issue_credit_notes(world.db, world.clerk_b, dossier_id)


def test_credit_note_unfreezes_and_reinvoice(world, rw):
    dossier_id = make_contract(world.db, world.site_a, rw)
    pec, client = invoice_dossier(world.db, world.clerk_a, dossier_id)
    year = local_today().year
    first = credit_note_for(world.db, world.clerk_a, client.reference, "erreur de carburant")
    assert first.reference == f"NC-A-{year}-00001" and first.cancels_reference == client.reference
    assert first.total_incl == client.total_incl
    assert _dossier(world.db, dossier_id).invoiced is True  # the PEC invoice still stands
    with pytest.raises(AtelierError, match="déjà annulée"):
        issue_credit_notes(world.db, world.clerk_a, dossier_id, [client.id])
    [second] = issue_credit_notes(world.db, world.clerk_a, dossier_id)
    assert second.reference == f"NC-A-{year}-00002" and second.cancels_reference == pec.reference
    assert _dossier(world.db, dossier_id).invoiced is False
    # correct the contract (tank full after all), then invoice again
    with world.db.session() as s:
        s.get(RentalDossier, dossier_id).fuel_in = 8
    [again] = invoice_dossier(world.db, world.clerk_a, dossier_id)
    assert again.reference == f"A-{year}-00003" and again.payer_role == "pec"
    listed = dossier_invoices(world.db, world.clerk_a, dossier_id)
    assert [i.reference for i in listed if i.active] == [again.reference]
    assert {i.reference: i.cancelled_by_reference for i in listed}[pec.reference] == second.reference
    balances = {b.role: b for b in payer_balances(world.db, world.clerk_a, dossier_id)}
    assert balances["pec"].invoiced == Decimal("272.25") and balances["client"].invoiced == 0


def test_credit_note_cannot_be_cancelled(world, rw):
    dossier_id = make_contract(world.db, world.site_a, rw)
    invoice_dossier(world.db, world.clerk_a, dossier_id)
    [note, _] = issue_credit_notes(world.db, world.clerk_a, dossier_id)
    with pytest.raises(ValidationError):
        credit_note_for(world.db, world.clerk_a, note.reference)


def test_sequences_are_per_site_and_separate(world, rw):
    year = local_today().year
    a1 = invoice_dossier(world.db, world.clerk_a, make_contract(world.db, world.site_a, rw, fuel_in=8))
    b1 = invoice_dossier(world.db, world.clerk_b, make_contract(world.db, world.site_b, rw, fuel_in=8))
    a2 = invoice_dossier(world.db, world.clerk_a, make_contract(world.db, world.site_a, rw, fuel_in=8))
    assert [a1[0].reference, b1[0].reference, a2[0].reference] == [
        f"A-{year}-00001", f"B-{year}-00001", f"A-{year}-00002"]


def test_fuel_covered_by_the_assistance_gives_one_invoice(world, rw):
    dossier_id = make_contract(world.db, world.site_a, rw)
    with world.db.session() as s:
        s.get(RentalDossier, dossier_id).pec_fuel_covered = True
    [invoice] = invoice_dossier(world.db, world.clerk_a, dossier_id)
    # 225.00 rental + 18.75 l x 1.899 (35.61) + refuelling 15.00, all to the assistance company
    assert invoice.payer_role == "pec" and invoice.total_excl == Decimal("275.61")


def test_a_return_in_the_future_is_not_invoiced(world, rw):
    """Rows written before the rule existed: invoicing refuses a return that has not happened."""
    from datetime import timedelta

    from sqlalchemy import update

    from app.core.timeutil import utcnow

    dossier_id = make_contract(world.db, world.site_a, rw)
    with world.db.session() as s:
        s.execute(update(RentalDossier).where(RentalDossier.id == dossier_id).values(
            actual_return=utcnow() + timedelta(days=28), booked_until=utcnow() + timedelta(days=28)))
    with pytest.raises(ValidationError) as refused:
        invoice_dossier(world.db, world.clerk_a, dossier_id)
    assert refused.value.field == "actual_return"
    assert dossier_invoices(world.db, world.clerk_a, dossier_id) == []
