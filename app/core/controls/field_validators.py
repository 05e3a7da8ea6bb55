"""Per-type validation of one VZSHE value: normalise what was typed or give the exact reason.

Stored (canonical) forms: choice = the allowed value itself ("" for VIDE); integer =
digits without leading zeros; decimal = ``123.40`` with the field's decimals; date =
``YYYY-MM-DD``; day_month = ``DD.MM``; text = stripped text. Every refusal is a
:class:`ValidationError` naming the field (value key) and the reason in the clerk's language.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from app.core.controls.catalogue import FieldDef, ValueSlot
from app.core.errors import ValidationError
from app.core.i18n import Message, msg
from app.core.numbers import NumberFormatError, format_plain_decimal, parse_decimal, parse_int
from app.core.timeutil import format_date

_DATE_PATTERNS = (
    re.compile(r"^(?P<d>\d{1,2})[.\-/ ](?P<m>\d{1,2})[.\-/ ](?P<y>\d{4})$"),
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})$"),
    re.compile(r"^(?P<d>\d{2})(?P<m>\d{2})(?P<y>\d{4})$"),
)
_DAY_MONTH_PATTERNS = (
    re.compile(r"^(?P<d>\d{1,2})[.\-/ ](?P<m>\d{1,2})\.?$"),
    re.compile(r"^(?P<d>\d{2})(?P<m>\d{2})$"),
)


def blank_word() -> Message:
    """How the manual names the empty value."""
    return msg("controls", "VIDE")


def describe_allowed(definition: FieldDef) -> Message:
    """What may be typed in the field, as one short message ("VIDE, 1, 2" or "0 à 999")."""
    kind = definition.type
    if kind == "choice":
        values = list(definition.allowed or ())
        shown = [v for v in values if v]
        if len(shown) > 8 and all(len(v) == 1 and v.isalpha() for v in shown):
            listing = f"{shown[0]} - {shown[-1]}"
        elif len(shown) > 8 and all(v.isdigit() for v in shown):
            listing = f"{shown[0]} - {shown[-1]}"
        else:
            listing = ", ".join(shown)
        if "" in values:
            return msg("controls", "{blank}, {values}", blank=blank_word(), values=listing) if listing else blank_word()
        return msg("controls", "{values}", values=listing)
    if kind in ("integer", "decimal"):
        low, high = _limits(definition).values()
        if definition.blank_allowed():
            return msg("controls", "{blank}, {low} à {high}", blank=blank_word(), low=low, high=high)
        return msg("controls", "{low} à {high}", low=low, high=high)
    if kind == "date":
        return msg("controls", "{blank} ou une date JJ-MM-AAAA", blank=blank_word())
    if kind == "day_month":
        return msg("controls", "jour et mois JJ-MM")
    if kind == "text":
        return msg("controls", "{n} caractères au plus", n=definition.length or 0)
    return msg("controls", "tableau")


def _error(slot_key: str, label: Message | None, reason: Message) -> ValidationError:
    return ValidationError(slot_key, reason, field_label=label)


def validate_value(definition: FieldDef, raw: object, *, key: str | None = None,
                   label: Message | None = None) -> str:
    """Check ``raw`` against ``definition``; return the stored form or raise ValidationError."""
    key = key or definition.key
    label = label if label is not None else definition.label
    text = "" if raw is None else str(raw).strip()
    checker = _CHECKERS.get(definition.type)
    if checker is None:
        raise _error(key, label, msg("controls", "un tableau se saisit ligne par ligne"))
    return checker(definition, text, key, label)


def validate_slot(slot: ValueSlot, raw: object) -> str:
    """Check the value of one stored key (repeat suffix or table cell included)."""
    return validate_value(slot.validator_field, raw, key=slot.key, label=slot.label())


def _check_length(definition: FieldDef, text: str, key: str, label: Message) -> None:
    if definition.length and len(text) > definition.length:
        raise _error(key, label, msg("controls", "« {value} » est trop long : {n} caractère(s) au plus",
                                     value=text, n=definition.length))


def _choice(definition: FieldDef, text: str, key: str, label: Message) -> str:
    allowed = list(definition.allowed or ())
    if text.upper() in allowed:
        return text.upper()
    if text in allowed:
        return text
    if not text:
        raise _error(key, label, msg("controls", "valeur obligatoire ; valeurs permises : {allowed}",
                                     allowed=describe_allowed(definition)))
    raise _error(key, label, msg("controls", "« {value} » n'est pas permis ; valeurs permises : {allowed}",
                                 value=text, allowed=describe_allowed(definition)))


def _parse_bound(bound: str | None) -> Decimal | None:
    if bound is None or bound == "":
        return None
    return Decimal(str(bound).replace(",", "."))


def _limits(definition: FieldDef) -> dict[str, str]:
    """The field's range as the clerk writes numbers (``0,00`` and ``999,99``)."""
    return {"low": format_plain_decimal(definition.min or "0"), "high": format_plain_decimal(definition.max or "?")}


def _check_range(definition: FieldDef, number: Decimal, shown: str, key: str, label: Message) -> None:
    low, high = _parse_bound(definition.min), _parse_bound(definition.max)
    if (low is not None and number < low) or (high is not None and number > high):
        raise _error(key, label, msg("controls", "{value} est hors limites : de {low} à {high}", value=shown,
                                     **_limits(definition)))


def _integer(definition: FieldDef, text: str, key: str, label: Message) -> str:
    if not text:
        if definition.blank_allowed():
            return ""
        raise _error(key, label, msg("controls", "valeur obligatoire : un nombre entier de {low} à {high}",
                                     **_limits(definition)))
    digits = text.lstrip("+-")
    if digits.isascii() and digits.isdigit() and len(digits.lstrip("0")) > 18:
        # far beyond any field; int() would choke on thousands of digits
        raise _error(key, label, msg("controls", "{value} a trop de chiffres : {n} au plus", value=text[:20] + "…",
                                     n=definition.length or 18))
    try:
        number = parse_int(text)  # also "50 000" and "50.000", as clerks type thousands
    except NumberFormatError as exc:
        if exc.ambiguous:
            raise _error(key, label, exc.reason) from None
        raise _error(key, label, msg("controls", "« {value} » n'est pas un nombre entier", value=text)) from None
    canonical = str(number)
    _check_range(definition, Decimal(number), canonical, key, label)
    if definition.length and len(canonical.lstrip("-")) > definition.length:
        raise _error(key, label, msg("controls", "{value} a trop de chiffres : {n} au plus", value=canonical,
                                     n=definition.length))
    return canonical


def _decimal(definition: FieldDef, text: str, key: str, label: Message) -> str:
    places = definition.decimals or 0
    if not text:
        if definition.blank_allowed():
            return ""
        raise _error(key, label, msg("controls", "valeur obligatoire : un nombre de {low} à {high}",
                                     **_limits(definition)))
    try:
        number = parse_decimal(text, places)  # the one parser of typed numbers: "1 000,50", "1.000,50"…
    except NumberFormatError as exc:
        if not exc.ambiguous and re.fullmatch(r"[+-]?[0-9]{19,}(?:[.,][0-9]*)?", text):  # a number, far too large
            raise _error(key, label, msg("controls", "{value} est hors limites : de {low} à {high}", value=text[:20],
                                         **_limits(definition))) from None
        raise _error(key, label, exc.reason) from None
    exponent = number.as_tuple().exponent
    if isinstance(exponent, int) and -exponent > places and number != number.quantize(Decimal(1).scaleb(-places)):
        raise _error(key, label, msg("controls", "{value} a trop de décimales : {n} au plus", value=text, n=places))
    _check_range(definition, number, text, key, label)
    try:
        number = number.quantize(Decimal(1).scaleb(-places))
    except InvalidOperation:
        raise _error(key, label, msg("controls", "{value} est hors limites : de {low} à {high}", value=text,
                                     **_limits(definition))) from None
    if number == 0:
        number = abs(number)
    return f"{number:.{places}f}"


def _date(definition: FieldDef, text: str, key: str, label: Message) -> str:
    if not text:
        if definition.blank_allowed():
            return ""
        raise _error(key, label, msg("controls", "date obligatoire (JJ-MM-AAAA)"))
    for pattern in _DATE_PATTERNS:
        match = pattern.match(text)
        if match:
            try:
                value = date(int(match["y"]), int(match["m"]), int(match["d"]))
            except ValueError:
                break
            if value.year < 1900:
                raise _error(key, label, msg("controls", "{value} : année avant 1900", value=text))
            return value.isoformat()
    raise _error(key, label, msg("controls", "« {value} » n'est pas une date valable (JJ-MM-AAAA)", value=text))


def _day_month(definition: FieldDef, text: str, key: str, label: Message) -> str:
    if not text:
        if definition.blank_allowed():
            return ""
        raise _error(key, label, msg("controls", "jour et mois obligatoires (JJ-MM)"))
    for pattern in _DAY_MONTH_PATTERNS:
        match = pattern.match(text)
        if match:
            try:
                date(2024, int(match["m"]), int(match["d"]))  # leap year: 29.02 is a valid start
            except ValueError:
                break
            return f"{int(match['d']):02d}.{int(match['m']):02d}"
    raise _error(key, label, msg("controls", "« {value} » n'est pas un jour et un mois valables (JJ-MM)",
                                 value=text))


def _text(definition: FieldDef, text: str, key: str, label: Message) -> str:
    _check_length(definition, text, key, label)
    if definition.allowed is not None and text not in definition.allowed:
        return _choice(definition, text, key, label)
    return text


_CHECKERS = {
    "choice": _choice,
    "integer": _integer,
    "decimal": _decimal,
    "date": _date,
    "day_month": _day_month,
    "text": _text,
}


def display_value(definition: FieldDef, stored: str) -> str:
    """A stored value as the clerk reads and types it, in the app's Belgian format: dates
    ``JJ-MM-AAAA``, days ``JJ-MM``, decimals with a comma (``150,00``)."""
    if definition.type == "date" and stored:
        return format_date(date.fromisoformat(stored))
    if definition.type == "day_month" and stored:
        return stored.replace(".", "-")
    if definition.type == "decimal":
        return format_plain_decimal(stored)
    return stored
