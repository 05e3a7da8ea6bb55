"""Accounting of payment lines: one journal entry per line, a reversal swaps the accounts.

Accounts follow the Belgian minimum chart (PCMN): cash 570000, bank 550000, card
settlements 499000, customers 400000, deposits received 488000 ("cautionnements reçus en
numéraire"). A site may override them (site settings ``rental.account_<method>``,
``rental.account_customers`` and ``rental.account_deposits``).

By kind of line, for a positive amount (a negative one swaps debit and credit):
payment — debit treasury, credit customers; deposit received — debit treasury, credit
deposits; deposit refunded (stored negative) — debit deposits, credit treasury; deposit
applied to the invoices — debit deposits, credit customers (journal OD: no money moves).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.core.platform.site_settings import get_setting
from app.core.rental.invoicing.models import (
    KIND_DEPOSIT,
    KIND_DEPOSIT_APPLIED,
    KIND_DEPOSIT_REFUND,
    METHOD_CARD,
    METHOD_CASH,
    METHOD_TRANSFER,
    JournalEntry,
    Payment,
)

JOURNALS = {METHOD_CASH: "CAI", METHOD_CARD: "CB", METHOD_TRANSFER: "BQ"}
TRANSFER_JOURNAL = "OD"
DEFAULT_ACCOUNTS = {METHOD_CASH: "570000", METHOD_CARD: "499000", METHOD_TRANSFER: "550000"}
DEFAULT_CUSTOMERS_ACCOUNT = "400000"
DEFAULT_DEPOSITS_ACCOUNT = "488000"


def treasury_account(session: Session, site_id: int, method: str) -> str:
    """The cash, card or bank account receiving a payment by ``method``."""
    return (get_setting(session, site_id, f"rental.account_{method}", DEFAULT_ACCOUNTS[method])
            or DEFAULT_ACCOUNTS[method])


def customers_account(session: Session, site_id: int) -> str:
    """The customers' receivable account credited by a payment."""
    return get_setting(session, site_id, "rental.account_customers", DEFAULT_CUSTOMERS_ACCOUNT) or \
        DEFAULT_CUSTOMERS_ACCOUNT


def deposits_account(session: Session, site_id: int) -> str:
    """The account holding the deposits (cautions) received."""
    return get_setting(session, site_id, "rental.account_deposits", DEFAULT_DEPOSITS_ACCOUNT) or \
        DEFAULT_DEPOSITS_ACCOUNT


def entry_for(session: Session, payment: Payment, label: str) -> JournalEntry:
    """The journal entry of one payment line (accounts by kind, see the module docstring;
    swapped for a negative amount, so both entries of a reversal stay positive and cancel
    each other)."""
    treasury = treasury_account(session, payment.site_id, payment.method)
    customers = customers_account(session, payment.site_id)
    deposits = deposits_account(session, payment.site_id)
    debit, credit = {KIND_DEPOSIT: (treasury, deposits), KIND_DEPOSIT_REFUND: (treasury, deposits),
                     KIND_DEPOSIT_APPLIED: (deposits, customers)}.get(payment.kind, (treasury, customers))
    if payment.amount < 0:
        debit, credit = credit, debit
    journal = TRANSFER_JOURNAL if payment.kind == KIND_DEPOSIT_APPLIED else JOURNALS[payment.method]
    entry = JournalEntry(site_id=payment.site_id, payment_id=payment.id, entry_date=payment.paid_on,
                         journal=journal, debit_account=debit, credit_account=credit,
                         amount=abs(payment.amount), label=label[:200])
    session.add(entry)
    return entry
