"""Safe parsing of numbers typed by clerks: plain ASCII notation only.

``Decimal()`` and ``int()`` accept exponents (``1E+30``), Unicode digits (``²``, ``٣``) and
thousands of digits, which then crash quantize or hit Python's digit limit. Validators
parse through these functions and turn the error into a message naming the field.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

MAX_DIGITS = 18
_PLAIN_DECIMAL = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
_PLAIN_INTEGER = re.compile(r"[+-]?[0-9]+")


def plain_decimal(text: str) -> Decimal:
    """``Decimal`` of ``-1234.5``-style text; InvalidOperation for anything else."""
    if not _PLAIN_DECIMAL.fullmatch(text) or sum(ch.isdigit() for ch in text) > MAX_DIGITS:
        raise InvalidOperation(text[:40])
    return Decimal(text)


def plain_int(text: str) -> int:
    """``int`` of ``-1234``-style text; ValueError for anything else (or over 18 digits)."""
    if not _PLAIN_INTEGER.fullmatch(text) or len(text.lstrip("+-")) > MAX_DIGITS:
        raise ValueError(text[:40])
    return int(text)


def format_plain_decimal(text: str) -> str:
    """A stored ``1234.50``-style number as a Belgian clerk reads and types it: ``1234,50``
    (decimal comma, no thousands separator so the text can be typed back as is)."""
    return text.replace(".", ",")


def format_euros(value: Decimal) -> str:
    """An amount as Belgian clerks read it everywhere in Atelier: ``1.234,50 €`` (thousands
    with a dot, cents with a comma, the sign after)."""
    text = f"{value.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):,.2f}"
    return text.replace(",", " ").replace(".", ",").replace(" ", ".") + " €"
