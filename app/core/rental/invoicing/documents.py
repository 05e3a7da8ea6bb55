"""What an invoice PDF shows, read from the stored invoice (never recomputed)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.core.errors import NotFoundError
from app.core.i18n import msg
from app.core.platform.models import Company, Site
from app.core.platform.scope import UserScope
from app.core.platform.site_settings import get_setting
from app.core.rental.invoicing.models import Invoice

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


def format_enterprise_number(digits: str) -> str:
    """``0426753973`` → ``BE 0426.753.973``."""
    if len(digits) != 10:
        return digits
    return f"BE {digits[:4]}.{digits[4:7]}.{digits[7:]}"


def issuer_of(session: Session, site_id: int) -> Issuer:
    """The company and site as printed on documents of ``site_id``."""
    site = session.get(Site, site_id)
    company = session.get(Company, site.company_id)
    street = site.street or company.street
    city = " ".join(p for p in (site.postcode or company.postcode, site.city or company.city) if p)
    return Issuer(company.name, site.name, tuple(p for p in (street, city) if p),
                  format_enterprise_number(company.enterprise_number), company.iban, company.email, company.phone)


def load_documents(session: Session, scope: UserScope, invoice_ids: list[int]) -> list[InvoiceDocument]:
    """The printable documents of ``invoice_ids`` (in that order), scoped to the user's site."""
    rows = session.scalars(
        select(Invoice).where(Invoice.id.in_(invoice_ids), Invoice.site_id == scope.site_id)
        .options(selectinload(Invoice.lines), selectinload(Invoice.vat_lines))
    ).all()
    by_id = {row.id: row for row in rows}
    missing = [i for i in invoice_ids if i not in by_id]
    if missing:
        raise NotFoundError(msg("rental", "Facture introuvable."))
    issuer = issuer_of(session, scope.site_id)
    documents = []
    for invoice_id in invoice_ids:
        row = by_id[invoice_id]
        cancels = session.get(Invoice, row.cancels_id) if row.cancels_id else None
        city = " ".join(p for p in (row.payer_postcode, row.payer_city) if p)
        documents.append(InvoiceDocument(
            invoice_id=row.id, kind=row.kind, reference=row.reference, issue_date=row.issue_date,
            due_date=row.due_date, issuer=issuer, payer_role=row.payer_role, payer_name=row.payer_name,
            payer_address_lines=tuple(p for p in (row.payer_street, city) if p),
            payer_vat_number=row.payer_vat_number, payer_email=row.payer_email,
            dossier_number=row.dossier_number, vehicle_plate=row.vehicle_plate, pec_agreement=row.pec_agreement,
            pec_file_number=row.pec_file_number, period_text=row.period_text,
            lines=tuple(DocumentLine(li.label, li.quantity, li.unit_price, li.amount, li.vat_rate) for li in row.lines),
            vat_lines=tuple((v.rate, v.base, v.vat) for v in row.vat_lines),
            total_excl=row.total_excl, total_vat=row.total_vat, total_incl=row.total_incl,
            structured_communication=row.structured_communication,
            cancels_reference=cancels.reference if cancels else "", note=row.note,
        ))
    return documents


def payment_terms_days(session: Session, site_id: int) -> int:
    """Days between issue and due date for the site (default 30)."""
    text = get_setting(session, site_id, PAYMENT_TERMS_KEY, str(DEFAULT_PAYMENT_TERMS_DAYS))
    try:
        days = int(text)
    except ValueError:
        return DEFAULT_PAYMENT_TERMS_DAYS
    return days if 0 <= days <= 365 else DEFAULT_PAYMENT_TERMS_DAYS
