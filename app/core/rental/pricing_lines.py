"""The values pricing deals in: a priced line, who pays it, the split terms of an agreement,
and the rounding of amounts (half-up to the cent). Shared by :mod:`pricing` and the rules
it applies (:mod:`bill_split`, :mod:`extras`)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from app.core.i18n import Message

CENT = Decimal("0.01")
HUNDRED = Decimal(100)


@dataclass(frozen=True)
class PriceLine:
    """One invoiceable line: who pays, what, how many, at what unit price, and why."""

    payer: str
    code: str
    label: Message
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal
    reason: Message
    vat_rate: Decimal | None = None  # None: the site's rate


@dataclass(frozen=True)
class SplitTerms:
    """How a PEC agreement splits the bill: the insurer's percentage of the covered rental,
    its daily cap (excl. VAT) and whether the VAT on its share is charged to the client."""

    agreement: str = ""
    insurer_pct: Decimal = HUNDRED
    daily_cap: Decimal | None = None
    vat_to_client: bool = False


@dataclass(frozen=True)
class ExtraItem:
    """An extra taken on a dossier, as pricing needs it: catalogue code, label and price
    (excl. VAT) per rental or per day, how many, and who pays."""

    code: str
    label: str
    unit: str  # "rental" or "day"
    price: Decimal
    quantity: int
    payer: str


def money(value: Decimal) -> Decimal:
    """Round to the cent, half up."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def format_pct(value: Decimal) -> str:
    """``20`` for 20.00, ``12.5`` for 12.50."""
    return format(value.normalize(), "f")
