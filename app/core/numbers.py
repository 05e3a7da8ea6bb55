"""Numbers as clerks type them, one parser for the GUI, the CLI and file imports.

Belgians write ``1 000,50`` or ``1.000,50``; files and other programs write ``1000.50``.
:func:`parse_decimal` accepts all of them, and the app's own display format (``1.234,56``,
``1 234,56``) is always read back. A lone separator followed by exactly three digits
(``1.250``, ``1,250``) is ambiguous in a field of fewer than three decimals — a thousand
two hundred and fifty, or one and a quarter? — and is refused with a hint rather than
guessed. Whole numbers (:func:`parse_int`, e.g. km) take spaces, dots and apostrophes as
thousands separators (``50 000``, ``50.000``, ``50'000``); a comma there is refused
(``50,000`` may be fifty). Exponents (``1E+30``), Unicode digits (``²``, ``٣``) and more
than 18 digits are refused before ``Decimal()`` or ``int()`` see them.

:func:`plain_decimal` and :func:`plain_int` remain for machine text (``-1234.5``).
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from app.core.i18n import Message, msg

MAX_DIGITS = 18
_PLAIN_DECIMAL = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
_PLAIN_INTEGER = re.compile(r"[+-]?[0-9]+")
_SPACES = str.maketrans({" ": "_", "\u00a0": "_", "\u202f": "_", "'": "_", "\u2019": "_"})
_GROUPED = re.compile(r"[0-9]{1,3}(?:_[0-9]{3})+")


class NumberFormatError(InvalidOperation, ValueError):
    """Typed text that is not a number, with the reason to show next to the field."""

    def __init__(self, text: str, reason: Message, *, ambiguous: bool = False) -> None:
        super().__init__(text[:40])
        self.reason = reason
        self.ambiguous = ambiguous


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


def _not_a_number(text: str) -> NumberFormatError:
    return NumberFormatError(text, msg("validation", "« {value} » n'est pas un nombre (exemple : 1 234,50)",
                                       value=text[:40]))


def _ambiguous(text: str, whole: str, fraction: str) -> NumberFormatError:
    decimals = fraction.rstrip("0")
    return NumberFormatError(text, msg("validation", "« {value} » est ambigu : écrivez {thousands} (milliers) ou "
                                                     "{decimal} (décimales)", value=text[:40],
                                       thousands=whole + fraction,
                                       decimal=f"{whole},{decimals}" if decimals else whole),
                             ambiguous=True)


def _split(text: str, body: str, places: int) -> tuple[str, str]:
    """Whole and fraction parts of ``body`` (``_`` marks typed spaces)."""
    commas, dots = body.count(","), body.count(".")
    if commas and dots:  # both: the last one is the decimal separator, the other groups thousands
        decimal_mark = "," if body.rfind(",") > body.rfind(".") else "."
        group_mark = "." if decimal_mark == "," else ","
        if body.count(decimal_mark) > 1 or body.rfind(group_mark) > body.rfind(decimal_mark):
            raise _not_a_number(text)
        whole, fraction = body.replace(group_mark, "_").split(decimal_mark)
        return whole, fraction
    mark = "," if commas else "." if dots else ""
    if not mark:
        return body, ""
    if body.count(mark) > 1:  # 1.000.000: thousands only
        if mark == "," and places == 0:
            raise _not_a_number(text)
        return body.replace(mark, "_"), ""
    whole, fraction = body.split(mark)
    looks_grouped = len(fraction) == 3 and 1 <= len(whole) <= 3 and whole.isdigit() and whole != "0"
    if looks_grouped and places == 0:
        if mark == ",":
            raise _ambiguous(text, whole, fraction)
        return whole + "_" + fraction, ""
    if looks_grouped and places < 3:
        raise _ambiguous(text, whole, fraction)
    return whole, fraction


def parse_decimal(text: str, places: int = 2) -> Decimal:
    """The number typed in ``text`` for a field of ``places`` decimals (not rounded: the
    caller checks the decimals and the range). NumberFormatError names what is wrong;
    blank text is the caller's to refuse or keep blank."""
    stripped = text.strip()
    sign = stripped[:1] if stripped[:1] in "+-" else ""
    body = stripped[len(sign):].strip().translate(_SPACES)
    if not body or not body.isascii():
        raise _not_a_number(text)
    whole, fraction = _split(text, body, places)
    if "_" in whole and not _GROUPED.fullmatch(whole):
        raise _not_a_number(text)
    whole = whole.replace("_", "")
    if not (whole or fraction) or not (whole.isdigit() or whole == "") or not (fraction.isdigit() or fraction == ""):
        raise _not_a_number(text)
    if len(whole.lstrip("0")) > MAX_DIGITS or len(fraction) > MAX_DIGITS:
        raise NumberFormatError(text, msg("validation", "{n} chiffres au plus", n=MAX_DIGITS))
    return Decimal(f"{sign}{whole or '0'}.{fraction or '0'}") if fraction else Decimal(f"{sign}{whole}")


def parse_int(text: str) -> int:
    """The whole number typed in ``text`` (``50 000``, ``50.000``, ``50000``);
    NumberFormatError otherwise, also for decimals."""
    try:
        value = parse_decimal(text, places=0)
    except NumberFormatError as exc:
        if exc.ambiguous:
            raise
        raise NumberFormatError(text, msg("validation", "nombre entier attendu")) from None
    if value != value.to_integral_value() or "," in text or _has_fraction(text):
        raise NumberFormatError(text, msg("validation", "nombre entier attendu"))
    return int(value)


def _has_fraction(text: str) -> bool:
    """True when a lone dot is followed by other than exactly three digits (``12.5``)."""
    body = text.strip().lstrip("+-")
    if body.count(".") != 1:
        return False
    return len(body.split(".")[1].strip()) != 3


def format_plain_decimal(text: str) -> str:
    """A stored ``1234.50``-style number as a Belgian clerk reads and types it: ``1234,50``
    (decimal comma, no thousands separator so the text can be typed back as is)."""
    return text.replace(".", ",")


def format_euros(value: Decimal) -> str:
    """An amount as Belgian clerks read it everywhere in Atelier: ``1.234,50 €`` (thousands
    with a dot, cents with a comma, the sign after)."""
    text = f"{value.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):,.2f}"
    return text.replace(",", " ").replace(".", ",").replace(" ", ".") + " €"
