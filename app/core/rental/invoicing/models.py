"""Tables of rental invoicing: invoices and credit notes, their lines and VAT, number
counters, payment lines with their journal entries, and the e-mail log.

Issued rows are never changed or deleted (see :mod:`app.core.rental.invoicing.immutability`);
a credit note cancels an invoice, a reversing payment line cancels a payment line.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.core.db.base import Base
from app.core.db.types import Money, ScaledDecimal, UTCDateTime
from app.core.timeutil import utcnow

KIND_INVOICE = "invoice"
KIND_CREDIT_NOTE = "credit_note"
METHOD_CASH = "cash"
METHOD_CARD = "card"
METHOD_TRANSFER = "transfer"
PAYMENT_METHODS = (METHOD_CASH, METHOD_CARD, METHOD_TRANSFER)
# What a payment line is: a payment of invoices, a deposit (caution) received, its refund,
# or a deposit kept to settle the payer's invoices.
KIND_PAYMENT = "payment"
KIND_DEPOSIT = "deposit"
KIND_DEPOSIT_REFUND = "deposit_refund"
KIND_DEPOSIT_APPLIED = "deposit_applied"
SETTLING_KINDS = (KIND_PAYMENT, KIND_DEPOSIT_APPLIED)  # lines that pay invoices
DEPOSIT_KINDS = (KIND_DEPOSIT, KIND_DEPOSIT_REFUND, KIND_DEPOSIT_APPLIED)
MAIL_SENT = "sent"
MAIL_FAILED = "failed"


class InvoiceCounter(Base):
    """Last number given per site, year and kind; locked FOR UPDATE while numbering."""

    __tablename__ = "invoice_counter"
    __table_args__ = (CheckConstraint("kind IN ('invoice', 'credit_note')", name="kind"),)

    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(12), primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class Invoice(Base):
    """An issued invoice or credit note with a snapshot of its payer (never changed)."""

    __tablename__ = "invoice"
    __table_args__ = (
        UniqueConstraint("site_id", "kind", "year", "number"),
        CheckConstraint("kind IN ('invoice', 'credit_note')", name="kind"),
        CheckConstraint("payer_role IN ('pec', 'client', 'customer')", name="payer_role"),
        CheckConstraint("number > 0", name="number_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    reference: Mapped[str] = mapped_column(String(30), unique=True)
    kind: Mapped[str] = mapped_column(String(12))
    dossier_id: Mapped[int] = mapped_column(ForeignKey("rental_dossier.id"), index=True)
    dossier_number: Mapped[str] = mapped_column(String(30))
    payer_role: Mapped[str] = mapped_column(String(10))
    payer_customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"))
    payer_name: Mapped[str] = mapped_column(String(160))
    payer_street: Mapped[str] = mapped_column(String(160), default="")
    payer_postcode: Mapped[str] = mapped_column(String(12), default="")
    payer_city: Mapped[str] = mapped_column(String(80), default="")
    payer_vat_number: Mapped[str] = mapped_column(String(20), default="")
    payer_email: Mapped[str] = mapped_column(String(160), default="")
    payer_country: Mapped[str | None] = mapped_column(String(2))
    issue_date: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date] = mapped_column(Date)
    total_excl: Mapped[Decimal] = mapped_column(Money())
    total_vat: Mapped[Decimal] = mapped_column(Money())
    total_incl: Mapped[Decimal] = mapped_column(Money())
    structured_communication: Mapped[str] = mapped_column(String(20), default="")
    vehicle_plate: Mapped[str] = mapped_column(String(20), default="")
    pec_agreement: Mapped[str] = mapped_column(String(120), default="")
    pec_file_number: Mapped[str] = mapped_column(String(60), default="")
    period_text: Mapped[str] = mapped_column(String(200), default="")
    period_start: Mapped[datetime | None] = mapped_column(UTCDateTime)
    period_end: Mapped[datetime | None] = mapped_column(UTCDateTime)
    note: Mapped[str] = mapped_column(Text, default="")
    cancels_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"), unique=True)
    cancelled_by_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64))

    lines: Mapped[list[InvoiceLine]] = relationship(order_by="InvoiceLine.position", back_populates="invoice")
    vat_lines: Mapped[list[InvoiceVatLine]] = relationship(order_by="InvoiceVatLine.rate", back_populates="invoice")

    @property
    def is_credit_note(self) -> bool:
        """True for a credit note (its amounts count negatively)."""
        return self.kind == KIND_CREDIT_NOTE

    @property
    def sign(self) -> int:
        """+1 for an invoice, -1 for a credit note (journal and balances)."""
        return -1 if self.is_credit_note else 1


class InvoiceLine(Base):
    """A snapshot of one priced line (quantity, unit price and amount excl. VAT)."""

    __tablename__ = "invoice_line"
    __table_args__ = (UniqueConstraint("invoice_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(30))
    label: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text, default="")
    quantity: Mapped[Decimal] = mapped_column(ScaledDecimal(3))
    unit_price: Mapped[Decimal] = mapped_column(ScaledDecimal(4))
    amount: Mapped[Decimal] = mapped_column(Money())
    vat_rate: Mapped[Decimal] = mapped_column(ScaledDecimal(2))

    invoice: Mapped[Invoice] = relationship(back_populates="lines")


class InvoiceVatLine(Base):
    """VAT breakdown of an invoice: taxable base and VAT per rate."""

    __tablename__ = "invoice_vat_line"
    __table_args__ = (UniqueConstraint("invoice_id", "rate"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"), index=True)
    rate: Mapped[Decimal] = mapped_column(ScaledDecimal(2))
    base: Mapped[Decimal] = mapped_column(Money())
    vat: Mapped[Decimal] = mapped_column(Money())

    invoice: Mapped[Invoice] = relationship(back_populates="vat_lines")


class Payment(Base):
    """A payment line ("Règlement") of a contract; a reversal points at the line it cancels.
    ``kind`` tells a payment of invoices from a deposit received, refunded or applied."""

    __tablename__ = "payment"
    __table_args__ = (
        CheckConstraint("method IN ('cash', 'card', 'transfer')", name="method"),
        CheckConstraint("payer_role IN ('pec', 'client', 'customer')", name="payer_role"),
        CheckConstraint("amount <> 0", name="amount_not_zero"),
        CheckConstraint("kind IN ('payment', 'deposit', 'deposit_refund', 'deposit_applied')", name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), index=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("rental_dossier.id"), index=True)
    paid_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money())
    method: Mapped[str] = mapped_column(String(10))
    kind: Mapped[str] = mapped_column(String(16), default=KIND_PAYMENT)
    payer_role: Mapped[str] = mapped_column(String(10))
    payer_name: Mapped[str] = mapped_column(String(160))
    note: Mapped[str] = mapped_column(String(200), default="")
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("payment.id"), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64))


class JournalEntry(Base):
    """The accounting entry created for one payment line (debit cash/bank, credit customer)."""

    __tablename__ = "journal_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), index=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("payment.id"), unique=True)
    entry_date: Mapped[date] = mapped_column(Date)
    journal: Mapped[str] = mapped_column(String(10))
    debit_account: Mapped[str] = mapped_column(String(10))
    credit_account: Mapped[str] = mapped_column(String(10))
    amount: Mapped[Decimal] = mapped_column(Money())
    label: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class InvoiceMail(Base):
    """One e-mail sending of an invoice, logged on the contract (failures too)."""

    __tablename__ = "invoice_mail"
    __table_args__ = (CheckConstraint("status IN ('sent', 'failed')", name="status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), index=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("rental_dossier.id"), index=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"), index=True)
    recipient: Mapped[str] = mapped_column(String(160))
    subject: Mapped[str] = mapped_column(String(200))
    attachment_name: Mapped[str] = mapped_column(String(120))
    status: Mapped[str] = mapped_column(String(10))
    error: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_by: Mapped[str] = mapped_column(String(64))
