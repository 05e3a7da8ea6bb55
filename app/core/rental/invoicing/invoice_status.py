"""Payment status of an invoice: open, partly paid, paid — or cancelled, or a credit note.

Payments belong to a contract's payer (the assistance company, the beneficiary or the
customer), not to one invoice. They settle that payer's standing invoices of the contract
oldest first: an invoice is *paid* once the payer's payments cover it and every older
standing invoice of the same payer, *partly paid* when they reach into it. A cancelled
invoice (credit note issued) is neither; its payments move on to the re-issued invoice.

Computed in SQL (:data:`STATUS`), so the sales journal sorts, filters and exports it, and
the contract's Facturation tab shows the same words.
"""

from __future__ import annotations

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import aliased

from app.core.i18n import Message, msg
from app.core.rental.invoicing.models import KIND_CREDIT_NOTE, KIND_INVOICE, SETTLING_KINDS, Invoice, Payment

STATUS_OPEN = "open"
STATUS_PARTLY_PAID = "partly_paid"
STATUS_PAID = "paid"
STATUS_CANCELLED = "cancelled"
STATUS_CREDIT_NOTE = "credit_note"

_older = aliased(Invoice)
# Standing invoices of the same contract and payer up to this one (this one included).
_CUMULATED = (select(func.coalesce(func.sum(_older.total_incl), 0))
              .where(_older.dossier_id == Invoice.dossier_id, _older.payer_role == Invoice.payer_role,
                     _older.kind == KIND_INVOICE, _older.cancelled_by_id.is_(None), _older.id <= Invoice.id)
              .correlate(Invoice).scalar_subquery())
# What the payer paid on the contract (payments and deposits applied, reversals deducted).
_PAID = (select(func.coalesce(func.sum(Payment.amount), 0))
         .where(Payment.dossier_id == Invoice.dossier_id, Payment.payer_role == Invoice.payer_role,
                Payment.kind.in_(SETTLING_KINDS))
         .correlate(Invoice).scalar_subquery())

STATUS = case(
    (Invoice.kind == KIND_CREDIT_NOTE, STATUS_CREDIT_NOTE),
    (Invoice.cancelled_by_id.is_not(None), STATUS_CANCELLED),
    (_PAID >= _CUMULATED, STATUS_PAID),
    (and_(_PAID > 0, _PAID > _CUMULATED - Invoice.total_incl), STATUS_PARTLY_PAID),
    else_=STATUS_OPEN)


def status_label(status: str) -> Message:
    """The status as the clerk reads it."""
    return {STATUS_OPEN: msg("rental", "à payer"), STATUS_PARTLY_PAID: msg("rental", "partiellement payée"),
            STATUS_PAID: msg("rental", "payée"), STATUS_CANCELLED: msg("rental", "annulée"),
            STATUS_CREDIT_NOTE: msg("rental", "note de crédit")}[status]
