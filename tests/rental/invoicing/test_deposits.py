"""The deposit (caution): received at departure, refunded at return or applied to the
invoices, through payment lines and journal entries (amounts by hand)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from app.core.errors import ValidationError
from app.core.rental.invoicing.deposits import apply_deposit, deposit_state, record_deposit, refund_deposit
from app.core.rental.invoicing.invoicing import dossier_invoices, invoice_dossier
from app.core.rental.invoicing.models import JournalEntry, Payment
from app.core.rental.invoicing.payments import list_payments, payer_balances, record_payment, reverse_payment
from app.core.rental.models import RentalDossier
from tests.rental.invoicing.factories import make_contract, make_rental_world


def entries(db):
    with db.session() as s:
        return [(e.journal, e.debit_account, e.credit_account, e.amount) for e in
                s.scalars(select(JournalEntry).order_by(JournalEntry.id))]


@pytest.fixture
def rw(world):
    return make_rental_world(world.db, world.company_id)


def test_deposit_applied_to_the_customers_invoice(world, rw):
    """No PEC: 300,00 received by card at departure; invoice 275,00 + 57,75 = 332,75; the deposit
    pays 300,00 of it (OD 488000 → 400000), the customer pays 32,75 by card; nothing left held."""
    dossier_id = make_contract(world.db, world.site_a, rw, pec=False, fuel_in=8)
    with world.db.session() as s:
        s.get(RentalDossier, dossier_id).deposit_amount = D("300.00")
    record_deposit(world.db, world.clerk_a, dossier_id, "300", "card")
    state = deposit_state(world.db, world.clerk_a, dossier_id)
    assert (state.asked, state.held, state.payer_role, state.payer_name) == (D("300.00"), D("300.00"), "customer",
                                                                            "Anna Peeters")
    [invoice] = invoice_dossier(world.db, world.clerk_a, dossier_id)
    assert invoice.total_incl == D("332.75")
    [customer] = payer_balances(world.db, world.clerk_a, dossier_id)
    assert (customer.paid, customer.due, customer.deposit_held) == (D("0.00"), D("332.75"), D("300.00"))
    applied = apply_deposit(world.db, world.clerk_a, dossier_id)
    assert (applied.kind, applied.amount, applied.journal) == ("deposit_applied", D("300.00"), "OD")
    assert dossier_invoices(world.db, world.clerk_a, dossier_id)[0].status == "partly_paid"
    record_payment(world.db, world.clerk_a, dossier_id, "32.75", "card", "customer")
    [customer] = payer_balances(world.db, world.clerk_a, dossier_id)
    assert (customer.paid, customer.due, customer.deposit_held) == (D("332.75"), D("0.00"), D("0.00"))
    assert dossier_invoices(world.db, world.clerk_a, dossier_id)[0].status == "paid"
    assert entries(world.db) == [("CB", "499000", "488000", D("300.00")), ("OD", "488000", "400000", D("300.00")),
                                 ("CB", "499000", "400000", D("32.75"))]


def test_deposit_partly_applied_then_refunded(world, rw):
    """PEC: the beneficiary leaves 250,00 in cash; owes 61,24 for the fuel (seed example): 61,24 of
    the deposit pays it, the remaining 188,76 goes back in cash (488000 → 570000)."""
    dossier_id = make_contract(world.db, world.site_a, rw)
    record_deposit(world.db, world.clerk_a, dossier_id, "250,00", "cash")
    pec, client = invoice_dossier(world.db, world.clerk_a, dossier_id)
    applied = apply_deposit(world.db, world.clerk_a, dossier_id)
    assert (applied.payer_role, applied.amount) == ("client", D("61.24"))
    with pytest.raises(ValidationError) as too_much:
        refund_deposit(world.db, world.clerk_a, dossier_id, "200")
    assert too_much.value.field == "amount" and "188,76" in too_much.value.message.render()
    refund = refund_deposit(world.db, world.clerk_a, dossier_id)
    assert (refund.kind, refund.amount, refund.method) == ("deposit_refund", D("-188.76"), "cash")
    balances = {b.role: b for b in payer_balances(world.db, world.clerk_a, dossier_id)}
    assert (balances["client"].due, balances["client"].deposit_held) == (D("0.00"), D("0.00"))
    assert balances["pec"].due == D("272.25")  # the assistance's invoice is not touched by the deposit
    assert entries(world.db) == [("CAI", "570000", "488000", D("250.00")), ("OD", "488000", "400000", D("61.24")),
                                 ("CAI", "488000", "570000", D("188.76"))]
    with pytest.raises(ValidationError) as nothing:
        refund_deposit(world.db, world.clerk_a, dossier_id)
    assert "aucune caution" in nothing.value.message.render()


def test_a_deposit_refund_reversed_holds_the_deposit_again(world, rw):
    dossier_id = make_contract(world.db, world.site_a, rw, returned=False)
    record_deposit(world.db, world.clerk_a, dossier_id, "150", "transfer")
    refund = refund_deposit(world.db, world.clerk_a, dossier_id)
    reversal = reverse_payment(world.db, world.clerk_a, refund.id, "remboursé par erreur")
    assert (reversal.kind, reversal.amount) == ("deposit_refund", D("150.00"))
    assert deposit_state(world.db, world.clerk_a, dossier_id).held == D("150.00")
    assert entries(world.db)[-1] == ("BQ", "550000", "488000", D("150.00"))
    assert [p.kind for p in list_payments(world.db, world.clerk_a, dossier_id)] == [
        "deposit", "deposit_refund", "deposit_refund"]


def test_bad_deposit_input_writes_nothing(world, rw):
    dossier_id = make_contract(world.db, world.site_a, rw, returned=False)
    for amount, method, field in (("0", "cash", "amount"), ("abc", "cash", "amount"), ("10", "cheque", "method")):
        with pytest.raises(ValidationError) as refused:
            record_deposit(world.db, world.clerk_a, dossier_id, amount, method)
        assert refused.value.field == field
    with pytest.raises(ValidationError):
        apply_deposit(world.db, world.clerk_a, dossier_id)
    with world.db.session() as s:
        assert s.scalar(select(func.count(Payment.id))) == 0
