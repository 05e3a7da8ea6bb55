"""Peppol participant identifiers (``scheme:value``, e.g. ``0208:0457247904``).

A Belgian company is reached on Peppol under its enterprise number (scheme 0208, the
scheme the Belgian mandate names first); its VAT number (scheme 9925) is an alias some
companies registered. The scheme must be one of the Peppol EAS codes; Belgian values are
checked with python-stdnum (mod 97).
"""

from __future__ import annotations

from dataclasses import dataclass

from stdnum.be import vat as be_vat
from stdnum.exceptions import ValidationError as StdnumError

from app.core.errors import ValidationError
from app.core.i18n import Message, msg
from app.core.peppol.code_lists import EAS

BE_ENTERPRISE = "0208"
BE_VAT = "9925"
SCHEME_PREFIX = "iso6523-actorid-upis::"
MAX_VALUE_LENGTH = 50


@dataclass(frozen=True)
class ParticipantId:
    """A participant of the Peppol network: EAS scheme and identifier."""

    scheme: str
    value: str

    def __str__(self) -> str:
        return f"{self.scheme}:{self.value}"


def _refuse(reason: Message) -> ValidationError:
    return ValidationError("peppol_id", reason, field_label=msg("peppol", "Identifiant Peppol"))


def enterprise_digits(value: str) -> str | None:
    """The 10 digits of a valid Belgian enterprise or VAT number, or None."""
    digits = "".join(ch for ch in (value or "").upper().removeprefix("BE") if ch.isdigit())
    if len(digits) == 9:
        digits = "0" + digits
    try:
        return be_vat.validate(digits) if len(digits) == 10 else None
    except StdnumError:
        return None


def parse_participant(text: str) -> ParticipantId:
    """Read ``scheme:value`` as typed (spaces and the ``iso6523-actorid-upis::`` prefix allowed)."""
    raw = "".join((text or "").split()).removeprefix(SCHEME_PREFIX)
    scheme, separator, value = raw.partition(":")
    if not separator or not value:
        raise _refuse(msg("peppol", "format schéma:identifiant attendu, par exemple 0208:0457247904"))
    if scheme not in EAS:
        raise _refuse(msg("peppol", "schéma {scheme} inconnu de Peppol (liste EAS)", scheme=scheme))
    if len(value) > MAX_VALUE_LENGTH or not all(ch.isalnum() or ch in "-._" for ch in value):
        raise _refuse(msg("peppol", "identifiant {value} invalide", value=value))
    if scheme == BE_ENTERPRISE:
        digits = enterprise_digits(value) if value.isdigit() else None
        if digits is None:
            raise _refuse(msg("peppol", "numéro d'entreprise belge invalide après 0208: (10 chiffres, modulo 97)"))
        value = digits
    elif scheme == BE_VAT:
        digits = enterprise_digits(value) if value.upper().startswith("BE") else None
        if digits is None:
            raise _refuse(msg("peppol", "numéro de TVA belge invalide après 9925: (BE suivi de 10 chiffres)"))
        value = "BE" + digits
    return ParticipantId(scheme, value)


def clean_participant(text: str) -> str:
    """The normalised ``scheme:value`` of a typed identifier, or "" when nothing was typed."""
    return str(parse_participant(text)) if (text or "").strip() else ""


def participant_for(peppol_id: str, enterprise_number: str, vat_number: str) -> ParticipantId | None:
    """Where a business receives e-invoices: its own Peppol id if known, else its Belgian
    enterprise number (given, or read from a Belgian VAT number) under scheme 0208."""
    if (peppol_id or "").strip():
        return parse_participant(peppol_id)
    digits = enterprise_digits(enterprise_number) if enterprise_number else None
    if digits is None and (vat_number or "").upper().startswith("BE"):
        digits = enterprise_digits(vat_number)
    return ParticipantId(BE_ENTERPRISE, digits) if digits else None
