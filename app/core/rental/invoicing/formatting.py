"""How amounts, quantities and rates are written on invoices (Belgian conventions)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


def round_money(value: Decimal) -> Decimal:
    """Round to the cent, half up (the rule for VAT and totals)."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def format_amount(value: Decimal, currency: bool = True) -> str:
    """``1234.5`` → ``1.234,50 €`` (thousands with a dot, decimals with a comma)."""
    text = f"{round_money(value):,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return f"{text} €" if currency else text


def format_decimal(value: Decimal, max_places: int = 4) -> str:
    """A quantity or unit price without useless zeros: ``5.000`` → ``5``, ``1.8990`` → ``1,899``."""
    text = f"{value.quantize(Decimal(1).scaleb(-max_places)):f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


def format_unit_price(value: Decimal) -> str:
    """A unit price with at least two decimals: ``45`` → ``45,00``, ``1.899`` → ``1,899``."""
    text = format_decimal(value)
    whole, _, decimals = text.partition(",")
    return f"{whole},{decimals.ljust(2, '0')}"


def format_rate(value: Decimal) -> str:
    """A VAT rate: ``21.00`` → ``21 %``, ``5.5`` → ``5,5 %``."""
    return f"{format_decimal(value, 2)} %"


def format_iban(iban: str) -> str:
    """``BE71096123456769`` → ``BE71 0961 2345 6769``."""
    compact = (iban or "").replace(" ", "").upper()
    return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))
