"""Accounting of payment lines: one journal entry per line, a reversal swaps the accounts.

Accounts follow the Belgian minimum chart (PCMN): cash 570000, bank 550000, card
settlements 499000, customers 400000. A site may override them (site settings
``rental.account_<method>`` and ``rental.account_customers``).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.core.platform.site_settings import get_setting
from app.core.rental.invoicing.models import METHOD_CARD, METHOD_CASH, METHOD_TRANSFER, JournalEntry, Payment

JOURNALS = {METHOD_CASH: "CAI", METHOD_CARD: "CB", METHOD_TRANSFER: "BQ"}
DEFAULT_ACCOUNTS = {METHOD_CASH: "570000", METHOD_CARD: "499000", METHOD_TRANSFER: "550000"}
DEFAULT_CUSTOMERS_ACCOUNT = "400000"


def treasury_account(session: Session, site_id: int, method: str) -> str:
    """The cash, card or bank account receiving a payment by ``method``."""
    return get_setting(session, site_id, f"rental.account_{method}", DEFAULT_ACCOUNTS[method]) or DEFAULT_ACCOUNTS[method]


def customers_account(session: Session, site_id: int) -> str:
    """The customers' receivable account credited by a payment."""
    return get_setting(session, site_id, "rental.account_customers", DEFAULT_CUSTOMERS_ACCOUNT) or \
        DEFAULT_CUSTOMERS_ACCOUNT


def entry_for(session: Session, payment: Payment, label: str) -> JournalEntry:
    """The journal entry of one payment line: debit treasury, credit customers (swapped
    for a reversing line, so both entries stay positive and cancel each other)."""
    treasury = treasury_account(session, payment.site_id, payment.method)
    customers = customers_account(session, payment.site_id)
    debit, credit = (treasury, customers) if payment.amount > 0 else (customers, treasury)
    entry = JournalEntry(site_id=payment.site_id, payment_id=payment.id, entry_date=payment.paid_on,
                         journal=JOURNALS[payment.method], debit_account=debit, credit_account=credit,
                         amount=abs(payment.amount), label=label[:200])
    session.add(entry)
    return entry
