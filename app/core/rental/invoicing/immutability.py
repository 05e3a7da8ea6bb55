"""Issued invoices, credit notes, payment lines, journal entries and the e-mail log are
never changed or deleted: the ORM refuses it before anything reaches the database.

The one allowed change is linking an invoice to the credit note that cancels it
(``cancelled_by_id`` going from empty to a value, once). Bulk UPDATE/DELETE statements on
these tables are refused as well. (Database triggers may add the same rule later.)
"""

from __future__ import annotations

from sqlalchemy import event, inspect
from sqlalchemy.orm import ORMExecuteState, Session

from app.core.errors import AtelierError
from app.core.i18n import msg
from app.core.rental.invoicing.models import Invoice, InvoiceLine, InvoiceMail, InvoiceVatLine, JournalEntry, Payment

FROZEN = (Invoice, InvoiceLine, InvoiceVatLine, Payment, JournalEntry, InvoiceMail)
FROZEN_TABLES = {cls.__tablename__ for cls in FROZEN}


class ImmutableRecordError(AtelierError):
    """An issued invoice, credit note, payment or journal entry was about to change."""


def _refuse(row: object) -> ImmutableRecordError:
    if isinstance(row, Payment | JournalEntry):
        return ImmutableRecordError(msg("rental", "Un règlement enregistré ne peut être ni modifié ni supprimé : "
                                                  "saisissez une ligne d'extourne."))
    return ImmutableRecordError(msg("rental", "Une facture ou une note de crédit émise ne peut être ni modifiée ni "
                                              "supprimée : annulez-la par une note de crédit."))


def _allowed_invoice_change(row: Invoice) -> bool:
    state = inspect(row)
    for attr in state.mapper.column_attrs:
        history = state.attrs[attr.key].history
        if not history.has_changes():
            continue
        if attr.key != "cancelled_by_id" or history.deleted not in ((), [None], (None,)):
            return False
    return True


@event.listens_for(Session, "before_flush")
def _check_frozen_rows(session: Session, _context: object, _instances: object) -> None:
    for row in session.deleted:
        if isinstance(row, FROZEN):
            raise _refuse(row)
    for row in session.dirty:
        if not isinstance(row, FROZEN) or not session.is_modified(row, include_collections=False):
            continue
        if isinstance(row, Invoice) and _allowed_invoice_change(row):
            continue
        raise _refuse(row)


@event.listens_for(Session, "do_orm_execute")
def _check_bulk_statements(state: ORMExecuteState) -> None:
    if not (state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    if table is not None and getattr(table, "name", None) in FROZEN_TABLES:
        raise ImmutableRecordError(msg("rental", "Les factures, notes de crédit et règlements émis ne peuvent pas "
                                                 "être modifiés en masse."))
