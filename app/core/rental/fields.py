"""Field cleaners shared by the rental services: each names the field and the reason."""

from __future__ import annotations

from decimal import Decimal

from app.core.errors import ValidationError
from app.core.i18n import Message, msg
from app.core.numbers import NumberFormatError, parse_decimal, parse_int


def text(field: str, label: Message, value: str | None, max_length: int, *, required: bool = False) -> str:
    """Stripped text, refused when required and empty or longer than ``max_length``."""
    cleaned = (value or "").strip()
    if required and not cleaned:
        raise ValidationError(field, msg("validation", "obligatoire"), field_label=label)
    if len(cleaned) > max_length:
        raise ValidationError(field, msg("validation", "{n} caractères au plus", n=max_length), field_label=label)
    return cleaned


MAX_AMOUNT = Decimal("1000000")  # no amount typed in the rental module reaches a million euros


def decimal(field: str, label: Message, value: object, *, places: int = 2, minimum: Decimal | None = Decimal(0),
            maximum: Decimal | None = MAX_AMOUNT) -> Decimal:
    """A Decimal with at most ``places`` decimals within [minimum, maximum] (typed as
    :func:`app.core.numbers.parse_decimal` reads it); ``maximum`` defaults to a million."""
    if isinstance(value, float):
        raise TypeError("floats are refused for money; pass a Decimal or a string")
    if not isinstance(value, Decimal) and not str(value if value is not None else "").strip():
        raise ValidationError(field, msg("validation", "obligatoire"), field_label=label)
    try:
        number = value if isinstance(value, Decimal) else parse_decimal(str(value), places)
    except NumberFormatError as exc:
        raise ValidationError(field, exc.reason, field_label=label) from None
    if not number.is_finite():
        raise ValidationError(field, msg("validation", "nombre attendu"), field_label=label)
    if number != number.quantize(Decimal(1).scaleb(-places)):
        raise ValidationError(field, msg("validation", "{n} décimales au plus", n=places), field_label=label)
    if minimum is not None and number < minimum:
        raise ValidationError(field, msg("validation", "au moins {min}", min=minimum), field_label=label)
    if maximum is not None and number > maximum:
        raise ValidationError(field, msg("validation", "au plus {max}", max=maximum), field_label=label)
    return number


def integer(field: str, label: Message, value: object, *, minimum: int | None = 0, maximum: int | None = None) -> int:
    """A whole number within [minimum, maximum]."""
    try:
        number = parse_int(str(value)) if not isinstance(value, int) else value
    except NumberFormatError as exc:
        raise ValidationError(field, exc.reason, field_label=label) from None
    if minimum is not None and number < minimum:
        raise ValidationError(field, msg("validation", "au moins {min}", min=minimum), field_label=label)
    if maximum is not None and number > maximum:
        raise ValidationError(field, msg("validation", "au plus {max}", max=maximum), field_label=label)
    return number


def category(field: str, label: Message, value: str | None, *, required: bool = True) -> str:
    """A vehicle category code: 1 to 10 upper-case letters or digits."""
    code = (value or "").strip().upper()
    if not code and not required:
        return ""
    if not code or len(code) > 10 or not code.isalnum():
        raise ValidationError(field, msg("rental", "1 à 10 lettres ou chiffres"), field_label=label)
    return code
