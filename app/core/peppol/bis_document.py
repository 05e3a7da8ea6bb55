"""What one Peppol BIS Billing 3.0 invoice or credit note says, as plain values.

A module fills :class:`BisDocument` from its own records; :mod:`app.core.peppol.ubl_writer`
turns it into UBL 2.1 and :mod:`app.core.peppol.validation` checks the result. Amounts are
the ``Decimal`` values the module already computed (never recomputed here).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from app.core.peppol.participants import ParticipantId

INVOICE = "invoice"
CREDIT_NOTE = "credit_note"
CUSTOMIZATION_ID = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"
PROFILE_ID = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0"
INVOICE_TYPE = "380"      # commercial invoice
CREDIT_NOTE_TYPE = "381"  # credit note
CREDIT_TRANSFER = "30"    # payment means: credit transfer
DISCOUNT = "95"           # allowance reason: discount
STANDARD_RATE = "S"
ZERO_RATED = "Z"


@dataclass(frozen=True)
class BisParty:
    """Seller or buyer: names, address, VAT number, legal registration and electronic address."""

    name: str
    endpoint: ParticipantId
    country: str
    street: str = ""
    postcode: str = ""
    city: str = ""
    vat_number: str = ""
    legal_id: str = ""          # enterprise number (scheme 0208 for a Belgian one)
    legal_id_scheme: str = ""
    email: str = ""


@dataclass(frozen=True)
class BisLine:
    """One invoice line: quantity in ``unit_code``, net unit price and net amount."""

    line_id: str
    name: str
    quantity: Decimal
    unit_code: str
    unit_price: Decimal
    amount: Decimal
    vat_category: str
    vat_rate: Decimal
    description: str = ""
    seller_item_id: str = ""


@dataclass(frozen=True)
class BisAllowance:
    """A document-level allowance (a discount), with its VAT category."""

    reason: str
    amount: Decimal
    vat_category: str
    vat_rate: Decimal
    reason_code: str = DISCOUNT


@dataclass(frozen=True)
class BisVat:
    """One VAT breakdown: category, rate, taxable amount and tax amount."""

    category: str
    rate: Decimal
    taxable: Decimal
    tax: Decimal


@dataclass(frozen=True)
class BisAttachment:
    """A supporting document embedded in the e-invoice (the PDF of the invoice)."""

    document_id: str
    filename: str
    mime_code: str
    content: bytes
    description: str = ""


@dataclass(frozen=True)
class BisDocument:
    """An invoice or credit note with every value its UBL carries."""

    kind: str
    number: str
    issue_date: date
    seller: BisParty
    buyer: BisParty
    lines: tuple[BisLine, ...]
    vat: tuple[BisVat, ...]
    line_total: Decimal
    total_excl: Decimal
    total_vat: Decimal
    total_incl: Decimal
    payable: Decimal
    currency: str = "EUR"
    due_date: date | None = None
    buyer_reference: str = ""
    contract_reference: str = ""
    note: str = ""
    period_start: date | None = None
    period_end: date | None = None
    preceding_number: str = ""
    preceding_issue_date: date | None = None
    allowances: tuple[BisAllowance, ...] = ()
    allowance_total: Decimal | None = None
    payment_means: str = ""
    payment_id: str = ""
    iban: str = ""
    account_name: str = ""
    attachments: tuple[BisAttachment, ...] = field(default_factory=tuple)

    @property
    def is_credit_note(self) -> bool:
        """True for a credit note (UBL CreditNote)."""
        return self.kind == CREDIT_NOTE
