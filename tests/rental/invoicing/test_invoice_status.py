"""Payment status of invoices: open, partly paid, paid, cancelled — on the contract and in
the sales journal (computed in SQL)."""

from __future__ import annotations

from decimal import Decimal

from app.core.grid import GridQuery
from app.core.rental.invoicing.exports import SalesJournalSource
from app.core.rental.invoicing.invoicing import dossier_invoices, invoice_dossier, issue_credit_notes
from app.core.rental.invoicing.models import Invoice
from app.core.rental.invoicing.payments import record_payment, reverse_payment
from tests.rental.invoicing.factories import make_contract, make_rental_world


def statuses(world, dossier_id) -> dict[str, str]:
    return {i.reference: i.status for i in dossier_invoices(world.db, world.clerk_a, dossier_id)}


def journal_statuses(world) -> dict[str, str]:
    rows = SalesJournalSource(world.db, world.clerk_a).fetch(GridQuery(sort_key="status"), 0, 100)
    return {r["reference"]: r["status"].render() for r in rows}


def test_payments_settle_the_payers_invoices(world):
    """PEC 272,25 and beneficiary 61,24 (seed example): each payer's payments settle its own invoice."""
    rw = make_rental_world(world.db, world.company_id)
    dossier_id = make_contract(world.db, world.site_a, rw)
    pec, client = invoice_dossier(world.db, world.clerk_a, dossier_id)
    assert (pec.status, client.status) == ("open", "open")
    record_payment(world.db, world.clerk_a, dossier_id, "100.00", "transfer", "pec")
    assert statuses(world, dossier_id) == {pec.reference: "partly_paid", client.reference: "open"}
    record_payment(world.db, world.clerk_a, dossier_id, "172.25", "transfer", "pec")
    record_payment(world.db, world.clerk_a, dossier_id, "61.24", "card", "client")
    assert statuses(world, dossier_id) == {pec.reference: "paid", client.reference: "paid"}
    assert journal_statuses(world) == {pec.reference: "payée", client.reference: "payée"}
    last = record_payment(world.db, world.clerk_a, dossier_id, "1.24", "card", "client", advance=True)[0]
    reverse_payment(world.db, world.clerk_a, last.id)  # a reversal cancels its line, nothing more
    assert statuses(world, dossier_id)[client.reference] == "paid"


def test_a_reversed_payment_reopens_the_invoice(world):
    rw = make_rental_world(world.db, world.company_id)
    dossier_id = make_contract(world.db, world.site_a, rw, fuel_in=8)
    [pec] = invoice_dossier(world.db, world.clerk_a, dossier_id)
    payment, _ = record_payment(world.db, world.clerk_a, dossier_id, "272.25", "transfer", "pec")
    assert statuses(world, dossier_id)[pec.reference] == "paid"
    reverse_payment(world.db, world.clerk_a, payment.id)
    assert statuses(world, dossier_id)[pec.reference] == "open"


def test_payments_move_to_the_reissued_invoice(world):
    """A paid invoice cancelled by a credit note and issued again: the payment pays the new one."""
    rw = make_rental_world(world.db, world.company_id)
    dossier_id = make_contract(world.db, world.site_a, rw, fuel_in=8)
    [first] = invoice_dossier(world.db, world.clerk_a, dossier_id)
    record_payment(world.db, world.clerk_a, dossier_id, "272.25", "transfer", "pec")
    [note] = issue_credit_notes(world.db, world.clerk_a, dossier_id)
    [second] = invoice_dossier(world.db, world.clerk_a, dossier_id)
    assert statuses(world, dossier_id) == {first.reference: "cancelled", note.reference: "credit_note",
                                           second.reference: "paid"}
    journal = journal_statuses(world)
    assert journal == {first.reference: "annulée", note.reference: "note de crédit", second.reference: "payée"}
    with world.db.session() as s:
        assert s.get(Invoice, second.id).total_incl == Decimal("272.25")
