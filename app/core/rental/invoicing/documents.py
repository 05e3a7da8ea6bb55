"""What an invoice PDF shows, read from the stored invoice (never recomputed)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Integer,
    Select,
    bindparam,
    cast,
    func,
    literal_column,
    null,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from app.core.errors import NotFoundError
from app.core.i18n import msg
from app.core.platform.models import Company, Site
from app.core.platform.scope import UserScope
from app.core.platform.site_settings import get_setting
from app.core.rental.invoicing.models import KIND_INVOICE, Invoice, InvoiceLine, InvoiceVatLine
from app.core.rental.models import RentalDossier

PAYMENT_TERMS_KEY = "rental.payment_terms_days"
DEFAULT_PAYMENT_TERMS_DAYS = 30


@dataclass(frozen=True)
class Issuer:
    """The company and site printed in the header and footer."""

    name: str
    site_name: str
    address_lines: tuple[str, ...]
    enterprise_number: str
    iban: str
    email: str
    phone: str


@dataclass(frozen=True)
class DocumentLine:
    """One printed line."""

    label: str
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal
    vat_rate: Decimal


@dataclass(frozen=True)
class InvoiceDocument:
    """Everything one invoice or credit note prints, already frozen in the database."""

    invoice_id: int
    kind: str
    reference: str
    issue_date: date
    due_date: date
    issuer: Issuer
    payer_role: str
    payer_name: str
    payer_address_lines: tuple[str, ...]
    payer_vat_number: str
    payer_email: str
    dossier_number: str
    vehicle_plate: str
    pec_agreement: str
    pec_file_number: str
    period_text: str
    lines: tuple[DocumentLine, ...]
    vat_lines: tuple[tuple[Decimal, Decimal, Decimal], ...]
    total_excl: Decimal
    total_vat: Decimal
    total_incl: Decimal
    structured_communication: str
    cancels_reference: str
    note: str
    draft: bool = False  # a preview before validation: no number, no structured communication


def format_enterprise_number(digits: str) -> str:
    """``0426753973`` → ``BE 0426.753.973``."""
    if len(digits) != 10:
        return digits
    return f"BE {digits[:4]}.{digits[4:7]}.{digits[7:]}"


def _issuer(values: Sequence[Any]) -> Issuer:
    """An :class:`Issuer` from the issuer columns of :func:`_queries` (the site's address first)."""
    (name, site_name, site_street, site_postcode, site_city, company_street, company_postcode, company_city,
     enterprise_number, iban, email, phone) = values
    street = site_street or company_street
    city = " ".join(p for p in (site_postcode or company_postcode, site_city or company_city) if p)
    return Issuer(name, site_name, tuple(p for p in (street, city) if p), format_enterprise_number(enterprise_number),
                  iban, email, phone)


def issuer_of(session: Session, site_id: int) -> Issuer:
    """The company and site as printed on documents of ``site_id``."""
    return _issuer(session.connection().execute(_queries().issuer, {"site_id": site_id}).one())


@dataclass(frozen=True)
class _Queries:
    """The statements of this module, built once per process (bound parameters: ``site_id``,
    ``dossier_id``, ``ids``), so a print builds no SQL expression and SQLAlchemy finds each
    compiled statement in its cache. Each ``*_documents`` statement is *one* query giving, per
    invoice in order, its header row then its lines (by position) then its VAT lines (by rate)."""

    issuer: Select[*tuple[Any, ...]]
    by_ids: CompoundSelect[*tuple[Any, ...]]  # the site's invoices of ``ids``
    current: CompoundSelect[*tuple[Any, ...]]  # the site's contract's invoices not cancelled, by number
    chosen: CompoundSelect[*tuple[Any, ...]]  # the site's contract's invoices of ``ids``


# The invoice values a header row holds after (id, number, part, position), in this order;
# then the cancelled invoice's reference, the note, the issuer's 12 values, and the item's.
_DOCUMENT_FIELDS = ("kind", "reference", "issue_date", "due_date", "payer_role", "payer_name", "payer_street",
                    "payer_postcode", "payer_city", "payer_vat_number", "payer_email", "dossier_number",
                    "vehicle_plate", "pec_agreement", "pec_file_number", "period_text", "total_excl", "total_vat",
                    "total_incl", "structured_communication")
_HEADER, _LINE, _VAT_LINE = 0, 1, 2  # the row's part
_ISSUER_START = 4 + len(_DOCUMENT_FIELDS) + 2
_ITEM_START = _ISSUER_START + 12


@cache
def _queries() -> _Queries:
    """Build the statements (first print of the process)."""
    invoice, site, company = Invoice.__table__, Site.__table__, Company.__table__
    dossier, cancelled = RentalDossier.__table__, Invoice.__table__.alias("cancelled")
    line, vat = InvoiceLine.__table__, InvoiceVatLine.__table__
    site_id, dossier_id = bindparam("site_id", type_=Integer), bindparam("dossier_id", type_=Integer)
    ids = bindparam("ids", type_=Integer, expanding=True)
    issuer_columns = (company.c.name, site.c.name, site.c.street, site.c.postcode, site.c.city, company.c.street,
                      company.c.postcode, company.c.city, company.c.enterprise_number, company.c.iban,
                      company.c.email, company.c.phone)
    header_columns = (*(invoice.c[name] for name in _DOCUMENT_FIELDS), func.coalesce(cancelled.c.reference, ""),
                      invoice.c.note, *issuer_columns)
    item_columns = (line.c.label, line.c.quantity, line.c.unit_price, line.c.amount, line.c.vat_rate, vat.c.vat)
    no_header = [null()] * len(header_columns)
    no_item = [cast(null(), column.type).label(name)  # typed: PostgreSQL resolves the union's types
               for column, name in zip(item_columns, ("label", "quantity", "unit_price", "amount", "rate", "vat"),
                                       strict=True)]

    def part(number: int) -> ColumnElement[int]:
        return literal_column(str(number), Integer)

    def documents(*conditions: ColumnElement[bool], of_dossier: bool) -> CompoundSelect[*tuple[Any, ...]]:
        """Header, lines and VAT lines of the site's invoices meeting ``conditions``."""
        scoped = (invoice.c.site_id == site_id, *conditions)
        header = (select(invoice.c.id.label("invoice_id"), invoice.c.number.label("invoice_number"),
                         part(_HEADER).label("part"), cast(null(), Integer).label("position"),
                         *header_columns, *no_item)
                  .join_from(invoice, site, site.c.id == invoice.c.site_id)
                  .join(company, company.c.id == site.c.company_id)
                  .outerjoin(cancelled, cancelled.c.id == invoice.c.cancels_id))
        if of_dossier:
            header = header.join(dossier, (dossier.c.id == invoice.c.dossier_id) & (dossier.c.site_id == site_id))
        lines = (select(invoice.c.id, invoice.c.number, part(_LINE), line.c.position, *no_header, *item_columns[:5],
                        null()).join_from(invoice, line, line.c.invoice_id == invoice.c.id))
        vat_lines = (select(invoice.c.id, invoice.c.number, part(_VAT_LINE), null(), *no_header, null(), null(),
                            null(), vat.c.base, vat.c.rate, vat.c.vat)
                     .join_from(invoice, vat, vat.c.invoice_id == invoice.c.id))
        union = union_all(header.where(*scoped), lines.where(*scoped), vat_lines.where(*scoped))
        order = union.selected_columns  # rate: the VAT lines' order (their position is null)
        return union.order_by(order[1], order[0], order[2], order[3], order[_ITEM_START + 4])

    of_contract = (invoice.c.dossier_id == dossier_id,)
    return _Queries(
        issuer=select(*issuer_columns).join_from(site, company, company.c.id == site.c.company_id)
        .where(site.c.id == site_id),
        by_ids=documents(invoice.c.id.in_(ids), of_dossier=False),
        current=documents(*of_contract, invoice.c.kind == KIND_INVOICE, invoice.c.cancelled_by_id.is_(None),
                          of_dossier=True),
        chosen=documents(*of_contract, invoice.c.id.in_(ids), of_dossier=True))


def _documents(session: Session, query: CompoundSelect[*tuple[Any, ...]],
               parameters: Mapping[str, object]) -> list[InvoiceDocument]:
    """The documents of the invoices a statement of :class:`_Queries` selects, in its order."""
    rows = session.connection().execute(query, parameters).all()
    headers = [row for row in rows if row[2] == _HEADER]
    if not headers:
        return []
    issuer = _issuer(headers[0][_ISSUER_START:_ITEM_START])  # one site per scope: one issuer per call
    items: dict[int, tuple[list[Any], list[Any]]] = {row[0]: ([], []) for row in headers}
    for row in rows:
        part = row[2]
        if part != _HEADER and row[0] in items:
            label, quantity, unit_price, amount, rate, vat = row[_ITEM_START:]
            if part == _LINE:
                items[row[0]][0].append(DocumentLine(label, quantity, unit_price, amount, rate))
            else:
                items[row[0]][1].append((rate, amount, vat))
    documents = []
    for row in headers:
        (invoice_id, _number, _part, _position, kind, reference, issue_date, due_date, payer_role, payer_name,
         payer_street, payer_postcode, payer_city, payer_vat_number, payer_email, dossier_number, vehicle_plate,
         pec_agreement, pec_file_number, period_text, total_excl, total_vat, total_incl, communication, cancels,
         note) = row[:_ISSUER_START]
        city = " ".join(p for p in (payer_postcode, payer_city) if p)
        lines, vat_lines = items[invoice_id]
        documents.append(InvoiceDocument(
            invoice_id=invoice_id, kind=kind, reference=reference, issue_date=issue_date, due_date=due_date,
            issuer=issuer, payer_role=payer_role, payer_name=payer_name,
            payer_address_lines=tuple(p for p in (payer_street, city) if p), payer_vat_number=payer_vat_number,
            payer_email=payer_email, dossier_number=dossier_number, vehicle_plate=vehicle_plate,
            pec_agreement=pec_agreement, pec_file_number=pec_file_number, period_text=period_text,
            lines=tuple(lines), vat_lines=tuple(vat_lines), total_excl=total_excl, total_vat=total_vat,
            total_incl=total_incl, structured_communication=communication, cancels_reference=cancels, note=note))
    return documents


def load_documents(session: Session, scope: UserScope, invoice_ids: list[int]) -> list[InvoiceDocument]:
    """The printable documents of ``invoice_ids`` (in that order), scoped to the user's site."""
    found = _documents(session, _queries().by_ids, {"site_id": scope.site_id, "ids": list(invoice_ids)})
    by_id = {d.invoice_id: d for d in found}
    if any(i not in by_id for i in invoice_ids):
        raise NotFoundError(msg("rental", "Facture introuvable."))
    return [by_id[i] for i in invoice_ids]


def load_dossier_documents(session: Session, scope: UserScope, dossier_id: int,
                           invoice_ids: list[int] | None = None) -> list[InvoiceDocument]:
    """The contract's current invoices (not cancelled, in number order), or those of ``invoice_ids``
    that are the contract's own (in that order; the caller compares), read in one query.

    Only a contract of the scope's site is read: another site's gives an empty list (the
    caller tells "not found" from "no invoice" with :func:`get_dossier` on that path only).
    """
    parameters = {"site_id": scope.site_id, "dossier_id": dossier_id}
    if invoice_ids is None:
        return _documents(session, _queries().current, parameters)
    by_id = {d.invoice_id: d for d in _documents(session, _queries().chosen, {**parameters, "ids": list(invoice_ids)})}
    return [by_id[i] for i in invoice_ids if i in by_id]


def payment_terms_days(session: Session, site_id: int) -> int:
    """Days between issue and due date for the site (default 30)."""
    text = get_setting(session, site_id, PAYMENT_TERMS_KEY, str(DEFAULT_PAYMENT_TERMS_DAYS))
    try:
        days = int(text)
    except ValueError:
        return DEFAULT_PAYMENT_TERMS_DAYS
    return days if 0 <= days <= 365 else DEFAULT_PAYMENT_TERMS_DAYS
