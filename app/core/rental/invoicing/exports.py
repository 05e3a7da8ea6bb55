"""The sales journal (invoices and credit notes) and the payments journal of a period, as
grids (RowSources, sorted and filtered in SQL) and as CSV files for the accountant.

Credit notes and reversing payment lines count negatively in the exports.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any, TypeVar, TypeVarTuple

from sqlalchemy import ScalarSelect, Select, case, func, or_, select
from sqlalchemy.orm import QueryableAttribute

from app.core.db.engine import Database
from app.core.errors import ValidationError
from app.core.grid import GridColumn, GridQuery, RowSource, export_csv
from app.core.i18n import Translator, identity_translator, msg
from app.core.platform.scope import UserScope
from app.core.progress import CancelToken, Progress
from app.core.rental.dossier_data import dossier_reference
from app.core.rental.einvoicing.models import EinvoiceSending
from app.core.rental.einvoicing.states import NONE, PDF, state_label
from app.core.rental.invoicing.invoice_status import STATUS, status_label
from app.core.rental.invoicing.models import KIND_CREDIT_NOTE, Invoice, JournalEntry, Payment
from app.core.rental.invoicing.payments import kind_label, method_label
from app.core.rental.models import RentalDossier

_T = TypeVar("_T")
_Ts = TypeVarTuple("_Ts")


def check_period(date_from: date | None, date_to: date | None) -> None:
    """Refuse a period that ends before it starts."""
    if date_from and date_to and date_to < date_from:
        raise ValidationError("to", msg("rental", "la fin de période précède son début"),
                              field_label=msg("rental", "Période"))


def _latest(column: QueryableAttribute[_T]) -> ScalarSelect[_T]:
    """``column`` of the invoice's most recent e-invoice sending (correlated subquery)."""
    return (select(column).where(EinvoiceSending.invoice_id == Invoice.id)
            .order_by(EinvoiceSending.id.desc()).limit(1).scalar_subquery())


# The e-invoice state of an invoice, computed in SQL: its latest sending's state, or "none"
# (due, not sent) for a payer with a VAT number, or "pdf" (no e-invoice) without one.
EINVOICE_STATE = case((_latest(EinvoiceSending.state).is_not(None), _latest(EinvoiceSending.state)),
                      (Invoice.payer_vat_number != "", NONE), else_=PDF)
EINVOICE_MESSAGE = _latest(EinvoiceSending.last_message)
EINVOICE_PROVIDER_STATUS = _latest(EinvoiceSending.provider_status)


class SalesJournalSource:
    """Invoices and credit notes of the user's site, optionally within a period; filter
    ``einvoice`` (a list of states) narrows to invoices in those e-invoice states."""

    columns: Sequence[GridColumn] = (
        GridColumn("issue_date", msg("rental", "Date")),
        GridColumn("reference", msg("rental", "Numéro")),
        GridColumn("kind_label", msg("rental", "Type"), sortable=False),
        GridColumn("dossier_number", msg("rental", "Contrat")),
        GridColumn("payer_name", msg("rental", "Payeur")),
        GridColumn("payer_vat_number", msg("rental", "N° TVA")),
        GridColumn("total_excl", msg("rental", "HTVA"), align_right=True),
        GridColumn("total_vat", msg("rental", "TVA"), align_right=True),
        GridColumn("total_incl", msg("rental", "TVAC"), align_right=True),
        GridColumn("structured_communication", msg("rental", "Communication"), sortable=False),
        GridColumn("status", msg("rental", "Statut")),
        GridColumn("einvoice_label", msg("rental", "E-facture")),
        GridColumn("einvoice_message", msg("rental", "Motif (e-facture)")),
    )
    _sort = {"status": STATUS, "einvoice_label": EINVOICE_STATE, "einvoice_message": EINVOICE_MESSAGE,
             "issue_date": Invoice.issue_date, "reference": Invoice.reference,
             "dossier_number": Invoice.dossier_number, "payer_name": Invoice.payer_name,
             "payer_vat_number": Invoice.payer_vat_number, "total_excl": Invoice.total_excl,
             "total_vat": Invoice.total_vat, "total_incl": Invoice.total_incl}

    def __init__(self, database: Database, scope: UserScope, date_from: date | None = None,
                 date_to: date | None = None):
        check_period(date_from, date_to)
        self.database, self.scope, self.date_from, self.date_to = database, scope, date_from, date_to

    def _where(self, query: Select[*_Ts], grid: GridQuery) -> Select[*_Ts]:
        query = query.where(Invoice.site_id == self.scope.site_id)
        if self.date_from:
            query = query.where(Invoice.issue_date >= self.date_from)
        if self.date_to:
            query = query.where(Invoice.issue_date <= self.date_to)
        if grid.text:
            like = f"%{grid.text.lower()}%"
            query = query.where(or_(func.lower(Invoice.reference).like(like), func.lower(Invoice.payer_name).like(like),
                                    func.lower(Invoice.dossier_number).like(like)))
        states = grid.filters.get("einvoice")
        if states:
            query = query.where(EINVOICE_STATE.in_(list(states)))
        return query

    def count(self, query: GridQuery) -> int:
        """Invoices and credit notes matching ``query``."""
        with self.database.session() as session:
            return session.scalars(self._where(select(func.count(Invoice.id)), query)).one()

    def fetch(self, query: GridQuery, offset: int, limit: int) -> list[dict[str, Any]]:
        """One page, credit notes with negative amounts."""
        column = self._sort.get(query.sort_key or "", Invoice.id)
        order = column.desc() if query.descending else column.asc()
        cancelled = Invoice.cancelled_by_id.is_not(None).label("cancelled")
        statement = self._where(select(Invoice, cancelled, STATUS.label("status"), EINVOICE_STATE.label("einvoice"),
                                       EINVOICE_MESSAGE.label("einvoice_message"),
                                       EINVOICE_PROVIDER_STATUS.label("provider_status")), query)
        statement = statement.order_by(order, Invoice.id).offset(offset).limit(limit)
        with self.database.session() as session:
            rows = []
            for invoice, is_cancelled, status, einvoice, einvoice_message, provider_status in \
                    session.execute(statement):
                sign = -1 if invoice.kind == KIND_CREDIT_NOTE else 1
                rows.append({
                    "id": invoice.id, "dossier_id": invoice.dossier_id, "issue_date": invoice.issue_date,
                    "reference": invoice.reference, "kind": invoice.kind,
                    "kind_label": msg("rental", "Note de crédit") if sign < 0 else msg("rental", "Facture"),
                    "dossier_number": invoice.dossier_number, "payer_name": invoice.payer_name,
                    "payer_vat_number": invoice.payer_vat_number, "total_excl": sign * invoice.total_excl,
                    "total_vat": sign * invoice.total_vat, "total_incl": sign * invoice.total_incl,
                    "structured_communication": invoice.structured_communication,
                    "cancelled": bool(is_cancelled),
                    "status_code": status, "status": status_label(status),
                    "einvoice": einvoice, "einvoice_label": state_label(einvoice),
                    "einvoice_message": einvoice_message or "", "einvoice_provider_status": provider_status,
                })
            return rows


class PaymentsJournalSource:
    """Payment lines of the user's site with their journal entry, optionally within a period."""

    columns: Sequence[GridColumn] = (
        GridColumn("paid_on", msg("rental", "Date")),
        GridColumn("dossier_number", msg("rental", "Contrat")),
        GridColumn("payer_name", msg("rental", "Payeur")),
        GridColumn("method", msg("rental", "Mode de paiement")),
        GridColumn("amount", msg("rental", "Montant"), align_right=True),
        GridColumn("journal", msg("rental", "Journal")),
        GridColumn("debit_account", msg("rental", "Compte débit")),
        GridColumn("credit_account", msg("rental", "Compte crédit")),
        GridColumn("reverses_id", msg("rental", "Extourne de"), sortable=False),
        GridColumn("created_by", msg("rental", "Saisi par")),
        GridColumn("kind_label", msg("rental", "Nature")),
    )
    _sort = {"paid_on": Payment.paid_on, "dossier_number": RentalDossier.number, "payer_name": Payment.payer_name,
             "kind_label": Payment.kind, "method": Payment.method, "amount": Payment.amount,
             "journal": JournalEntry.journal,
             "debit_account": JournalEntry.debit_account, "credit_account": JournalEntry.credit_account,
             "created_by": Payment.created_by}

    def __init__(self, database: Database, scope: UserScope, date_from: date | None = None,
                 date_to: date | None = None):
        check_period(date_from, date_to)
        self.database, self.scope, self.date_from, self.date_to = database, scope, date_from, date_to

    def _where(self, query: Select[*_Ts], grid: GridQuery) -> Select[*_Ts]:
        query = (query.join(JournalEntry, JournalEntry.payment_id == Payment.id)
                 .join(RentalDossier, RentalDossier.id == Payment.dossier_id)
                 .where(Payment.site_id == self.scope.site_id))
        if self.date_from:
            query = query.where(Payment.paid_on >= self.date_from)
        if self.date_to:
            query = query.where(Payment.paid_on <= self.date_to)
        if grid.text:
            query = query.where(func.lower(Payment.payer_name).like(f"%{grid.text.lower()}%"))
        return query

    def count(self, query: GridQuery) -> int:
        """Payment lines matching ``query``."""
        with self.database.session() as session:
            return session.scalars(self._where(select(func.count(Payment.id)).select_from(Payment), query)).one()

    def fetch(self, query: GridQuery, offset: int, limit: int) -> list[dict[str, Any]]:
        """One page of payment lines."""
        column = self._sort.get(query.sort_key or "", Payment.id)
        order = column.desc() if query.descending else column.asc()
        statement = self._where(select(Payment, JournalEntry, RentalDossier.number).select_from(Payment), query)
        with self.database.session() as session:
            return [{
                "id": p.id, "dossier_id": p.dossier_id, "paid_on": p.paid_on,
                "dossier_number": dossier_reference(self.scope.site_code, number), "payer_name": p.payer_name,
                "payer_role": p.payer_role, "kind": p.kind, "kind_label": kind_label(p.kind),
                "method": method_label(p.method),
                "amount": p.amount, "journal": e.journal,
                "debit_account": e.debit_account, "credit_account": e.credit_account,
                "reverses_id": p.reverses_id, "created_by": p.created_by,
            } for p, e, number in session.execute(statement.order_by(order, Payment.id).offset(offset).limit(limit))]


def export_journals(database: Database, scope: UserScope, date_from: date | None, date_to: date | None,
                    sales_path: Path, payments_path: Path, translate: Translator = identity_translator,
                    token: CancelToken | None = None) -> Iterator[Progress]:
    """Write the period's sales journal and payments journal as two CSV files."""
    for source, path in ((SalesJournalSource(database, scope, date_from, date_to), sales_path),
                         (PaymentsJournalSource(database, scope, date_from, date_to), payments_path)):
        titles = [c.title.render(translate) for c in source.columns]
        translated = _Translated(source, translate)
        yield from export_csv(translated, GridQuery(), path, titles, token)


class _Translated:
    """A source whose Message cells are rendered and amounts written with a decimal comma."""

    def __init__(self, source: RowSource, translate: Translator):
        self.source, self.translate, self.columns = source, translate, source.columns

    def count(self, query: GridQuery) -> int:
        return self.source.count(query)

    def fetch(self, query: GridQuery, offset: int, limit: int) -> list[dict[str, Any]]:
        rows = self.source.fetch(query, offset, limit)
        for row in rows:
            for key, value in row.items():
                if hasattr(value, "render"):
                    row[key] = value.render(self.translate)
                elif hasattr(value, "as_tuple"):  # Decimal: Belgian Excel reads a decimal comma
                    row[key] = f"{value:.2f}".replace(".", ",")
                elif isinstance(value, date):
                    row[key] = value.isoformat()
        return rows
