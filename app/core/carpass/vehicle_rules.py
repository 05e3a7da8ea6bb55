"""Field rules of a dossier: VIN, odometer readings, dates, plate, owner, number, amounts.

Each ``clean_*`` function takes what the clerk typed (text or an already typed value) and
returns the stored value, or raises :class:`ValidationError` naming the field and the reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from app.core.carpass.models import VIN_MAX_STORED
from app.core.errors import ValidationError
from app.core.i18n import Message, msg
from app.core.numbers import MAX_DIGITS, NumberFormatError, parse_decimal, parse_int
from app.core.timeutil import local_today

VIN_LENGTH = 17
KM_LIMIT = 2_000_000
NUMBER_LIMIT = 2_000_000_000
INVOICE_LIMIT = Decimal("10000000")
CENT = Decimal("0.01")
FORBIDDEN_VIN_LETTERS = frozenset("IOQ")
_SPACES = re.compile(r"[\s\u00a0\u202f]+")
_VIN_CHARS = re.compile(r"^[A-Z0-9]+$")
_PLATE_CHARS = re.compile(r"^[A-Z0-9-]+$")
# Euros as files carry them: digits, perhaps a dot and one or two decimals (never read as
# thousands, never ambiguous): Decimal reads them as parse_decimal would.
_PLAIN_AMOUNT = re.compile(r"[0-9]{1,12}(?:\.[0-9]{1,2})?")
# Cells of a file's column that the rules read as plain digits (blank: no km).
_PLAIN_NUMBER, _PLAIN_KM = re.compile(r"[0-9]{1,10}"), re.compile(r"[0-9]{0,7}")
_PLAIN_FLAGS = {"": False, "0": False, "1": True}

FIELD_LABELS = {
    "number": msg("carpass", "Numéro de dossier"),
    "owner": msg("carpass", "Propriétaire"),
    "plate": msg("carpass", "Immatriculation"),
    "vin": msg("carpass", "Numéro de châssis (VIN)"),
    "first_registration": msg("carpass", "Première immatriculation"),
    "original_km": msg("carpass", "Kilométrage à la réception"),
    "damage_km": msg("carpass", "Km dégât"),
    "repair_km": msg("carpass", "Km réparation"),
    "invoice_total": msg("carpass", "Total de la facture"),
    "work_started_at": msg("carpass", "Début des travaux"),
    "merged": msg("carpass", "Fusionné"),
    "create_vat_number": msg("carpass", "Créer N° TVA"),
}


def _error(field_name: str, reason: Message) -> ValidationError:
    return ValidationError(field_name, reason, field_label=FIELD_LABELS.get(field_name))


@dataclass(frozen=True)
class CleanVin:
    """A normalised VIN and the warnings it draws (it is stored anyway)."""

    value: str | None
    warnings: list[Message] = field(default_factory=list)


def clean_vin(raw: str | None) -> CleanVin:
    """Upper-case, drop spaces, letters and digits only; long/short/I-O-Q draw warnings."""
    text = clean_vin_value(raw)
    return CleanVin(text, vin_warnings(text)) if text else CleanVin(None)


def clean_vin_value(raw: str | None) -> str | None:
    """The VIN as stored (:func:`clean_vin` without its warnings, for the CSV import)."""
    if raw and raw.isascii() and raw.isalnum():
        text = raw.upper()  # the usual case: nothing to drop, nothing to refuse
    else:
        text = _SPACES.sub("", raw or "").upper()
    if not text:
        return None
    if not _VIN_CHARS.match(text):
        raise _error("vin", msg("carpass", "lettres et chiffres uniquement"))
    if len(text) > VIN_MAX_STORED:
        raise _error("vin", msg("carpass", "{n} caractères au plus", n=VIN_MAX_STORED))
    return text


def vin_warnings(vin: str | None) -> list[Message]:
    """Non-blocking remarks on a stored VIN (shown on the dossier)."""
    if not vin:
        return []
    warnings = []
    if len(vin) > VIN_LENGTH:
        warnings.append(msg("carpass", "le VIN a plus de {n} caractères : le dossier n'entre pas automatiquement "
                                       "dans la liste Car-Pass", n=VIN_LENGTH))
    elif len(vin) < VIN_LENGTH:
        warnings.append(msg("carpass", "le VIN a moins de {n} caractères (admis pour les anciens véhicules)",
                            n=VIN_LENGTH))
    bad = [] if FORBIDDEN_VIN_LETTERS.isdisjoint(vin) else sorted(set(vin) & FORBIDDEN_VIN_LETTERS)
    if bad:
        warnings.append(msg("carpass", "le VIN contient {letters}, lettres exclues des VIN ISO 3779 : "
                                       "vérifiez (0 ou 1 ?)", letters=", ".join(bad)))
    return warnings


def clean_km(field_name: str, raw: int | str | None) -> int | None:
    """A reading in km: a whole number from 0 to 1,999,999; empty means unknown."""
    if raw is None:
        return None
    if isinstance(raw, bool):
        raise _error(field_name, msg("carpass", "nombre entier de kilomètres attendu"))
    if isinstance(raw, int):
        value = raw
    elif isinstance(raw, str) and raw.isascii() and raw.isdigit() and len(raw) <= MAX_DIGITS:
        value = int(raw)  # plain digits, as files carry them: what plain_int would return
    else:
        text = str(raw)
        if not text.strip():
            return None
        try:
            value = parse_int(text)
        except NumberFormatError as exc:
            if re.fullmatch(r"[0-9]+", _SPACES.sub("", text)):  # only digits, but far too many of them
                raise _error(field_name, msg("carpass", "doit être inférieur à {limit} km",
                                             limit="2 000 000")) from None
            raise _error(field_name, exc.reason) from None
    if value < 0:
        raise _error(field_name, msg("carpass", "ne peut pas être négatif"))
    if value >= KM_LIMIT:
        raise _error(field_name, msg("carpass", "doit être inférieur à {limit} km", limit="2 000 000"))
    return value


def parse_date(field_name: str, raw: date | str | None) -> date | None:
    """A calendar date typed ``YYYY-MM-DD`` or ``dd-mm-yyyy`` (also with ``/`` or ``.``)."""
    if raw is None or isinstance(raw, date):
        return raw
    text = str(raw).strip()
    if not text:
        return None
    if len(text) == 10 and text[4] == "-" and text[7] == "-" and text.isascii():
        try:
            return date.fromisoformat(text)  # YYYY-MM-DD, the first pattern, without strptime's cost
        except ValueError:
            pass  # e.g. 2021-02-30: the patterns below refuse it with the usual message
    for pattern in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise _error(field_name, msg("carpass", "date attendue (AAAA-MM-JJ ou JJ-MM-AAAA), pas « {value} »", value=text))


def clean_first_registration(raw: date | str | None, today: date | None = None) -> date | None:
    """First registration date: a real date, not in the future, not before 1900."""
    value = parse_date("first_registration", raw)
    if value is None:
        return None
    if value > (today or local_today()):
        raise _error("first_registration", msg("carpass", "ne peut pas être dans le futur"))
    if value.year < 1900:
        raise _error("first_registration", msg("carpass", "date trop ancienne"))
    return value


def clean_number(raw: int | str | None) -> int:
    """Dossier number: a non-zero whole number; negative numbers are internal dossiers."""
    if isinstance(raw, bool):
        raise _error("number", msg("carpass", "nombre entier attendu"))
    if isinstance(raw, int):
        value = raw
    elif isinstance(raw, str) and raw.isascii() and raw.isdigit() and len(raw) <= MAX_DIGITS:
        value = int(raw)  # plain digits: nothing to drop
    else:
        text = _SPACES.sub("", raw or "")
        if not text:
            raise _error("number", msg("validation", "obligatoire"))
        try:
            value = int(text)
        except ValueError:
            raise _error("number", msg("carpass", "nombre entier attendu")) from None
    if value == 0:
        raise _error("number", msg("carpass", "ne peut pas être 0"))
    if abs(value) >= NUMBER_LIMIT:
        raise _error("number", msg("carpass", "nombre trop grand"))
    return value


def clean_owner(raw: str | None) -> str | None:
    """Customer name; empty means no owner (rule 7 then keeps the dossier off the list)."""
    text = " ".join((raw or "").split())
    if not text:
        return None
    if len(text) > 120:
        raise _error("owner", msg("carpass", "{n} caractères au plus", n=120))
    return text


def clean_plate(raw: str | None) -> str:
    """Licence plate, upper-case without spaces (``1-ABC-123`` keeps its dashes)."""
    if raw and raw.isascii() and raw.isalnum():
        text = raw.upper()  # the usual case: nothing to drop, nothing to refuse
    else:
        text = _SPACES.sub("", raw or "").upper()
    if text and not _PLATE_CHARS.match(text):
        raise _error("plate", msg("carpass", "lettres, chiffres et tirets uniquement"))
    if len(text) > 16:
        raise _error("plate", msg("carpass", "{n} caractères au plus", n=16))
    return text


def clean_amount(field_name: str, raw: Decimal | str | None) -> Decimal | None:
    """Euros with at most 2 decimals (``1 142,04`` or ``1142.04``), not negative."""
    if raw is None:
        return None
    if isinstance(raw, float):
        raise TypeError("amounts must be Decimal or text, never float")
    if isinstance(raw, Decimal):
        value = raw
    elif isinstance(raw, str) and _PLAIN_AMOUNT.fullmatch(raw):
        value = Decimal(raw)  # the usual case: what parse_decimal returns, without its cost
    else:
        text = str(raw).replace("€", "").replace("EUR", "")
        if not text.strip():
            return None
        try:
            value = parse_decimal(text, places=2)
        except NumberFormatError as exc:
            raise _error(field_name, exc.reason) from None
    if not value.is_finite():
        raise _error(field_name, msg("carpass", "montant attendu, par exemple 1142,04"))
    if value < 0:
        raise _error(field_name, msg("carpass", "ne peut pas être négatif"))
    cents = value.quantize(CENT)
    if value != cents:
        raise _error(field_name, msg("carpass", "deux décimales au plus"))
    if value >= INVOICE_LIMIT:
        raise _error(field_name, msg("carpass", "montant trop grand"))
    return cents


def clean_flag(field_name: str, raw: bool | str | int | None) -> bool:
    """A yes/no box: ``0``/``1`` in files, a bool from forms; empty means no."""
    if isinstance(raw, bool):
        return raw
    text = str(raw if raw is not None else "").strip().lower()
    if text in ("", "0", "non", "no", "false"):
        return False
    if text in ("1", "oui", "yes", "true"):
        return True
    raise _error(field_name, msg("carpass", "0 ou 1 attendu"))


# -- a file's column at once (the CSV import): the rule of each cell, the plain cells in one pass --


def clean_number_column(cells: list[str]) -> list[int]:
    """:func:`clean_number` of each cell; a column of plain positive numbers read at once."""
    if all(map(_PLAIN_NUMBER.fullmatch, cells)):
        values = list(map(int, cells))
        if 0 not in values and max(values, default=0) < NUMBER_LIMIT:
            return values
    return list(map(clean_number, cells))


def clean_km_column(field_name: str, cells: list[str]) -> list[int | None]:
    """:func:`clean_km` of each cell; a column of plain digits and blanks read at once."""
    if all(map(_PLAIN_KM.fullmatch, cells)):
        values = [int(cell) if cell else None for cell in cells]
        if max(filter(None, values), default=0) < KM_LIMIT:
            return values
    return [clean_km(field_name, cell) for cell in cells]


def clean_flag_column(field_name: str, cells: list[str]) -> list[bool]:
    """:func:`clean_flag` of each cell; a column of 0, 1 and blanks read at once."""
    try:
        return list(map(_PLAIN_FLAGS.__getitem__, cells))
    except KeyError:
        return [clean_flag(field_name, cell) for cell in cells]
