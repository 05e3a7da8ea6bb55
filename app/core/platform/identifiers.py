"""Belgian company identifiers: enterprise number (BCE/KBO) and establishment number."""

from __future__ import annotations

from stdnum.be import vat as be_vat
from stdnum.exceptions import ValidationError as StdnumError

from app.core.errors import ValidationError
from app.core.i18n import msg


def _digits(value: str) -> str:
    return "".join(ch for ch in value.upper().removeprefix("BE") if ch in "0123456789")[:40]


def clean_enterprise_number(value: str, field: str = "enterprise_number") -> str:
    """Validate a 10-digit enterprise number (mod-97 check) and return its digits."""
    digits = _digits(value or "")
    label = msg("fields", "Numéro d'entreprise")
    if len(digits) == 9:
        digits = "0" + digits
    if len(digits) != 10:
        raise ValidationError(field, msg("validation", "doit compter 10 chiffres"), field_label=label)
    if digits[0] not in "01":
        raise ValidationError(field, msg("validation", "doit commencer par 0 ou 1"), field_label=label)
    try:
        return be_vat.validate(digits)
    except StdnumError:
        raise ValidationError(
            field, msg("validation", "chiffres de contrôle incorrects (modulo 97)"), field_label=label
        ) from None


def clean_establishment_number(value: str, field: str = "establishment_number") -> str:
    """Validate a 10-digit establishment-unit number: starts with 2 to 8, mod-97 check."""
    digits = _digits(value or "")
    label = msg("fields", "Numéro d'unité d'établissement")
    if len(digits) != 10:
        raise ValidationError(field, msg("validation", "doit compter 10 chiffres"), field_label=label)
    if digits[0] not in "2345678":
        raise ValidationError(field, msg("validation", "doit commencer par 2 (à 8)"), field_label=label)
    if 97 - int(digits[:8]) % 97 != int(digits[8:]):
        raise ValidationError(
            field, msg("validation", "chiffres de contrôle incorrects (modulo 97)"), field_label=label
        )
    return digits
