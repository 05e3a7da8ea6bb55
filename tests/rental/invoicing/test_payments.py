"""Payment lines: one journal entry each, never edited or deleted, reversed by a new line."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import delete, select, update

from app.core.errors import AtelierError, NotFoundError, ValidationError
from app.core.rental.invoicing.immutability import ImmutableRecordError
from app.core.rental.invoicing.invoicing import invoice_dossier
from app.core.rental.invoicing.models import Invoice, InvoiceLine, JournalEntry, Payment
from app.core.rental.invoicing.payments import (
    amount_warning,
    list_payments,
    parse_amount,
    payer_balances,
    record_payment,
    reverse_payment,
)
from app.core.timeutil import local_today
from tests.rental.invoicing.factories import make_contract, make_rental_world


@pytest.fixture
def invoiced(world):
    rw = make_rental_world(world.db, world.company_id)
    dossier_id = make_contract(world.db, world.site_a, rw)
    invoice_dossier(world.db, world.clerk_a, dossier_id)
    return dossier_id


def test_payment_creates_one_journal_entry_and_warns_on_mismatch(world, invoiced):
    payment, warning = record_payment(world.db, world.clerk_a, invoiced, "50", "cash", "client")
    assert payment.amount == Decimal("50.00") and payment.payer_name == "Jean Dupré"
    assert "ne correspond pas" in warning.render() and "61,24 €" in warning.render()
    assert (payment.journal, payment.debit_account, payment.credit_account) == ("CAI", "570000", "400000")
    with world.db.session() as s:
        assert s.scalar(select(JournalEntry.amount).where(JournalEntry.payment_id == payment.id)) == Decimal("50.00")
    balances = {b.role: b for b in payer_balances(world.db, world.clerk_a, invoiced)}
    assert balances["client"].due == Decimal("11.24")
    assert amount_warning(list(balances.values()), "client", Decimal("11.24")) is None


def test_reversal_keeps_both_lines_and_swaps_accounts(world, invoiced):
    payment, _ = record_payment(world.db, world.clerk_a, invoiced, "272.25", "transfer", "client", advance=True)
    reversal = reverse_payment(world.db, world.clerk_a, payment.id, "mauvais payeur")
    assert reversal.amount == Decimal("-272.25") and reversal.reverses_id == payment.id
    assert (reversal.debit_account, reversal.credit_account) == ("400000", "550000")
    lines = list_payments(world.db, world.clerk_a, invoiced)
    assert [p.id for p in lines] == [payment.id, reversal.id]
    assert lines[0].reversed_by_id == reversal.id
    with pytest.raises(AtelierError, match="déjà extourné"):
        reverse_payment(world.db, world.clerk_a, payment.id)
    with pytest.raises(AtelierError, match="ne s'extourne pas"):
        reverse_payment(world.db, world.clerk_a, reversal.id)
    record_payment(world.db, world.clerk_a, invoiced, "272.25", "transfer", "pec")
    balances = {b.role: b for b in payer_balances(world.db, world.clerk_a, invoiced)}
    assert balances["pec"].due == 0 and balances["client"].due == Decimal("61.24")


def test_payments_and_invoices_are_immutable(world, invoiced):
    payment, _ = record_payment(world.db, world.clerk_a, invoiced, "10", "cash", "client")
    with pytest.raises(ImmutableRecordError), world.db.session() as s:
        s.get(Payment, payment.id).amount = Decimal("11.00")
    with pytest.raises(ImmutableRecordError), world.db.session() as s:
        s.delete(s.get(Payment, payment.id))
    with pytest.raises(ImmutableRecordError), world.db.session() as s:
        s.scalars(select(JournalEntry)).first().amount = Decimal("1.00")
    with pytest.raises(ImmutableRecordError), world.db.session() as s:
        s.execute(update(Payment).values(amount=Decimal("1.00")))
    with pytest.raises(ImmutableRecordError), world.db.session() as s:
        s.execute(delete(Payment))
    with pytest.raises(ImmutableRecordError), world.db.session() as s:
        s.scalars(select(Invoice)).first().total_incl = Decimal("1.00")
    with pytest.raises(ImmutableRecordError), world.db.session() as s:
        s.scalars(select(InvoiceLine)).first().label = "autre"
    with pytest.raises(ImmutableRecordError), world.db.session() as s:
        s.delete(s.scalars(select(Invoice)).first())
    with world.db.session() as s:
        assert s.get(Payment, payment.id).amount == Decimal("10.00")
        assert len(s.scalars(select(Invoice)).all()) == 2


def test_bad_payment_input_names_the_field(world, invoiced):
    cases = [("abc", "cash", "client", None, "amount"), ("0", "cash", "client", None, "amount"),
             ("-5", "cash", "client", None, "amount"), ("1.234", "cash", "client", None, "amount"),
             ("5", "cheque", "client", None, "method"), ("5", "cash", "customer", None, "payer"),
             ("5", "cash", "client", local_today() + timedelta(days=1), "paid_on")]
    for amount, method, payer, paid_on, field in cases:
        with pytest.raises(ValidationError) as info:
            record_payment(world.db, world.clerk_a, invoiced, amount, method, payer, paid_on)
        assert info.value.field == field
    assert list_payments(world.db, world.clerk_a, invoiced) == []
    assert parse_amount("1 234,50") == Decimal("1234.50")


def test_other_site_cannot_pay_or_reverse(world, invoiced):
    payment, _ = record_payment(world.db, world.clerk_a, invoiced, "10", "cash", "client")
    with pytest.raises(NotFoundError):
        record_payment(world.db, world.clerk_b, invoiced, "10", "cash", "client")
    with pytest.raises(NotFoundError):
        reverse_payment(world.db, world.clerk_b, payment.id)
    with pytest.raises(NotFoundError):
        list_payments(world.db, world.clerk_b, invoiced)
