"""The monthly statement of an assistance company: its invoices, credit notes and payments of
the month on the site's PEC contracts, with the balance carried over and the balance due
(PDF in :mod:`statement_pdf`, CSV here).

- Invoices and credit notes: those addressed to the company as PEC payer (snapshotted
  payer), by issue date. Payments: the PEC payment lines (reversals included, negative) of
  contracts whose agreement bills that company, by payment date.
- Opening balance = everything before the month (invoices − credit notes − payments);
  closing = opening + invoiced − credited − paid. Lines in date order, each with the
  running balance. Amounts are the stored Decimals.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.core.csv_cells import safe_cell
from app.core.db.engine import Database
from app.core.errors import ValidationError
from app.core.i18n import Message, Translator, identity_translator, msg
from app.core.platform.scope import UserScope
from app.core.rental.access import get_customer
from app.core.rental.dossier_data import dossier_reference
from app.core.rental.invoicing.documents import Issuer, issuer_of
from app.core.rental.invoicing.models import KIND_CREDIT_NOTE, KIND_INVOICE, KIND_PAYMENT, Invoice, Payment
from app.core.rental.invoicing.payers import customer_name
from app.core.rental.kinds import PayerRole
from app.core.rental.models import Agreement, RentalDossier

ZERO = Decimal("0.00")
MONTHS = (msg("rental", "janvier"), msg("rental", "février"), msg("rental", "mars"), msg("rental", "avril"),
          msg("rental", "mai"), msg("rental", "juin"), msg("rental", "juillet"), msg("rental", "août"),
          msg("rental", "septembre"), msg("rental", "octobre"), msg("rental", "novembre"), msg("rental", "décembre"))


@dataclass(frozen=True)
class StatementLine:
    """One movement: an invoice or credit note (debit / credit) or a payment (credit)."""

    day: date
    kind: str  # invoice, credit_note, payment
    reference: str
    contract: str
    file_number: str
    debit: Decimal
    credit: Decimal
    balance: Decimal



class _Move(NamedTuple):
    """An invoice, credit note or payment of the month, in the order the statement lists them."""

    day: date
    order: int  # 0 invoice, 1 credit note, 2 payment
    id: int
    kind: str
    reference: str
    contract: str
    file_number: str
    debit: Decimal
    credit: Decimal


@dataclass(frozen=True)
class Statement:
    """A month of an assistance company's account on one site."""

    issuer: Issuer
    company_name: str
    company_lines: tuple[str, ...]
    company_vat: str
    year: int
    month: int
    opening: Decimal
    lines: tuple[StatementLine, ...]
    invoiced: Decimal
    credited: Decimal
    paid: Decimal

    @property
    def closing(self) -> Decimal:
        """What the company owes at the end of the month (negative: paid too much)."""
        return self.opening + self.invoiced - self.credited - self.paid

    @property
    def first_day(self) -> date:
        """The month's first day."""
        return date(self.year, self.month, 1)

    @property
    def last_day(self) -> date:
        """The month's last day."""
        return _next_month(self.year, self.month) - timedelta(days=1)


def _next_month(year: int, month: int) -> date:
    return date(year + month // 12, month % 12 + 1, 1)


def month_title(year: int, month: int) -> Message:
    """``novembre 2026``."""
    return msg("rental", "{month} {year}", month=MONTHS[month - 1], year=year)


def parse_month(value: str, field: str = "month") -> tuple[int, int]:
    """``2026-11``, ``11-2026`` or ``11/2026`` as (year, month)."""
    text = (value or "").strip().replace("/", "-")
    parts = text.split("-")
    try:
        if len(parts) == 2 and len(parts[0]) == 4:
            year, month = int(parts[0]), int(parts[1])
        elif len(parts) == 2:
            month, year = int(parts[0]), int(parts[1])
        else:
            raise ValueError
        date(year, month, 1)
    except ValueError:
        raise ValidationError(field, msg("rental", "mois attendu au format aaaa-mm : {value}", value=value),
                              field_label=msg("rental", "Mois")) from None
    return year, month


def _invoices(session: Session, scope: UserScope, company_id: int) -> Select[Invoice]:
    return (select(Invoice).where(Invoice.site_id == scope.site_id, Invoice.payer_role == PayerRole.PEC,
                                  Invoice.payer_customer_id == company_id))


def _payments(session: Session, scope: UserScope, company_id: int) -> Select[Payment, int, str]:
    return (select(Payment, RentalDossier.number, RentalDossier.pec_file_number)
            .join(RentalDossier, RentalDossier.id == Payment.dossier_id)
            .join(Agreement, Agreement.id == RentalDossier.agreement_id)
            .where(Payment.site_id == scope.site_id, Payment.payer_role == PayerRole.PEC, Payment.kind == KIND_PAYMENT,
                   Agreement.account_id == company_id))


def _sum(session: Session, statement: Select[Any]) -> Decimal:
    value = session.scalar(statement)
    return ZERO if value is None else Decimal(value).quantize(Decimal("0.01"))


def monthly_statement(database: Database, scope: UserScope, company_id: int, year: int, month: int) -> Statement:
    """The statement of ``company_id`` (an assistance company) for a month on the user's site."""
    first, following = date(year, month, 1), _next_month(year, month)
    with database.session() as session:
        company = get_customer(session, scope, company_id)
        if not company.is_assistance:
            raise ValidationError("assistance", msg("rental", "{name} n'est pas une société d'assistance",
                                                    name=company.name), field_label=msg("rental", "Assistance"))
        before_invoices = _sum(session, _invoices(session, scope, company_id).with_only_columns(
            func.sum(Invoice.total_incl)).where(Invoice.kind == KIND_INVOICE, Invoice.issue_date < first))
        before_credits = _sum(session, _invoices(session, scope, company_id).with_only_columns(
            func.sum(Invoice.total_incl)).where(Invoice.kind == KIND_CREDIT_NOTE, Invoice.issue_date < first))
        before_paid = _sum(session, _payments(session, scope, company_id).with_only_columns(
            func.sum(Payment.amount)).where(Payment.paid_on < first))
        opening = before_invoices - before_credits - before_paid
        moves: list[_Move] = []
        for invoice in session.scalars(_invoices(session, scope, company_id).where(
                Invoice.issue_date >= first, Invoice.issue_date < following)):
            is_credit = invoice.kind == KIND_CREDIT_NOTE
            moves.append(_Move(invoice.issue_date, 0 if not is_credit else 1, invoice.id, invoice.kind,
                               invoice.reference, invoice.dossier_number, invoice.pec_file_number,
                               ZERO if is_credit else invoice.total_incl, invoice.total_incl if is_credit else ZERO))
        for payment, number, file_number in session.execute(_payments(session, scope, company_id).where(
                Payment.paid_on >= first, Payment.paid_on < following)):
            moves.append(_Move(payment.paid_on, 2, payment.id, KIND_PAYMENT, str(payment.id),
                               dossier_reference(scope.site_code, number), file_number, ZERO, payment.amount))
        balance, lines = opening, []
        for move in sorted(moves):  # by day, invoices before credit notes before payments, then id
            balance += move.debit - move.credit
            lines.append(StatementLine(move.day, move.kind, move.reference, move.contract, move.file_number,
                                       move.debit, move.credit, balance))
        city = " ".join(p for p in (company.postcode, company.city) if p)
        return Statement(
            issuer_of(session, scope.site_id), customer_name(company),
            tuple(p for p in (company.street, city) if p), company.vat_number, year, month, opening, tuple(lines),
            sum((x.debit for x in lines if x.kind == KIND_INVOICE), ZERO),
            sum((x.credit for x in lines if x.kind == KIND_CREDIT_NOTE), ZERO),
            sum((x.credit for x in lines if x.kind == KIND_PAYMENT), ZERO))


def kind_text(kind: str) -> Message:
    """Invoice, credit note or payment, for the reader."""
    return {KIND_INVOICE: msg("rental", "Facture"), KIND_CREDIT_NOTE: msg("rental", "Note de crédit"),
            "payment": msg("rental", "Règlement")}[kind]


def _amount(value: Decimal) -> str:
    return f"{value:.2f}".replace(".", ",")


class _SafeWriter:
    """A csv writer whose every cell goes through :func:`app.core.csv_cells.safe_cell`."""

    def __init__(self, writer: Any) -> None:
        self.writer = writer

    def writerow(self, row: list[Any]) -> None:
        """Write ``row`` with its cells neutralised."""
        self.writer.writerow([safe_cell(cell) for cell in row])


def statement_csv(statement: Statement, translate: Translator = identity_translator) -> bytes:
    """The statement as a `;`-separated UTF-8 CSV with decimal commas (Belgian Excel); every
    cell neutralised like every export (an assistance file number typed "=…" is not run)."""

    def t(message: Message) -> str:
        return message.render(translate)

    buffer = io.StringIO()
    writer = _SafeWriter(csv.writer(buffer, delimiter=";"))
    writer.writerow([t(msg("rental", "Date")), t(msg("rental", "Type")), t(msg("rental", "Numéro")),
                     t(msg("rental", "Contrat")), t(msg("rental", "Dossier assistance")), t(msg("rental", "Débit")),
                     t(msg("rental", "Crédit")), t(msg("rental", "Solde"))])
    writer.writerow([statement.first_day.isoformat(), t(msg("rental", "Solde reporté")), "", "", "", "", "",
                     _amount(statement.opening)])
    for line in statement.lines:
        writer.writerow([line.day.isoformat(), t(kind_text(line.kind)), line.reference, line.contract,
                         line.file_number, _amount(line.debit) if line.debit else "",
                         _amount(line.credit) if line.credit else "", _amount(line.balance)])
    writer.writerow([statement.last_day.isoformat(), t(msg("rental", "Solde dû")), "", "", "",
                     _amount(statement.invoiced), _amount(statement.credited + statement.paid),
                     _amount(statement.closing)])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def write_statement_csv(statement: Statement, path: Path, translate: Translator = identity_translator) -> None:
    """Write the CSV next to a temporary name first (a half-written file never stays)."""
    temporary = path.with_suffix(path.suffix + ".part")
    temporary.write_bytes(statement_csv(statement, translate))
    temporary.replace(path)
