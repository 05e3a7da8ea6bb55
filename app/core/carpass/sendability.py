"""When a Car-Pass list row can be sent, and what makes it amber before the clerk sends.

Red (never sent; the send preparation refuses them with :func:`send_problems`): damage km
or repair km missing, no VIN, a VIN longer than 17 characters (even after a manual
enrolment), no first registration date (the service requires ``firstUseDate``).

Amber (sent, but look first): a VIN shorter than 17 characters, repair km lower than
damage km, no work description, and every check that blocks a reading at send time
(``sending/anomaly_checks.py``: lower than the last reading sent to Car-Pass for the VIN,
over 1,000 km a day since it, the same reading already sent today, a reading date more
than 5 days old or in the future), so the clerk sees them before pressing *Envoyer*.

This module is the Python statement of the rule; the list computes the same in SQL
(``list_flags.py``) and the tests check that both agree on random data.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from app.core.carpass.models import OPEN_STATUSES
from app.core.carpass.sending.anomaly_checks import (
    ALREADY_SENT_TODAY,
    DATE_IN_FUTURE,
    DATE_TOO_OLD,
    LOWER_THAN_LAST,
    TOO_MANY_KM_PER_DAY,
    KnownReading,
    check_reading,
)
from app.core.carpass.vehicle_rules import VIN_LENGTH
from app.core.i18n import Message, Translator, msg

MISSING_DAMAGE_KM = "missing_damage_km"
MISSING_REPAIR_KM = "missing_repair_km"
MISSING_VIN = "missing_vin"
VIN_TOO_LONG = "vin_too_long"
MISSING_FIRST_REGISTRATION = "missing_first_registration"
PROBLEM_CODES = (MISSING_DAMAGE_KM, MISSING_REPAIR_KM, MISSING_VIN, VIN_TOO_LONG, MISSING_FIRST_REGISTRATION)

VIN_SHORT = "vin_short"
REPAIR_BELOW_DAMAGE = "repair_km_below_damage_km"
MISSING_DESCRIPTION = "missing_description"
# The send-time checks, by their own codes (one name for a reason, wherever it is shown).
CHECK_CODES = (LOWER_THAN_LAST, TOO_MANY_KM_PER_DAY, ALREADY_SENT_TODAY, DATE_TOO_OLD, DATE_IN_FUTURE)
WARNING_CODES = (VIN_SHORT, REPAIR_BELOW_DAMAGE, MISSING_DESCRIPTION, *CHECK_CODES)

CODE_TEXTS: dict[str, Message] = {
    MISSING_DAMAGE_KM: msg("carpass", "km dégât manquant"),
    MISSING_REPAIR_KM: msg("carpass", "km réparation manquant"),
    MISSING_VIN: msg("carpass", "numéro de châssis manquant"),
    VIN_TOO_LONG: msg("carpass", "VIN de plus de 17 caractères : jamais envoyé à Car-Pass"),
    MISSING_FIRST_REGISTRATION: msg("carpass", "date de première immatriculation manquante"),
    VIN_SHORT: msg("carpass", "VIN de moins de 17 caractères"),
    REPAIR_BELOW_DAMAGE: msg("carpass", "km réparation inférieur au km dégât"),
    MISSING_DESCRIPTION: msg("carpass", "description des travaux manquante"),
    LOWER_THAN_LAST: msg("carpass", "km inférieur au dernier relevé envoyé à Car-Pass pour ce VIN"),
    TOO_MANY_KM_PER_DAY: msg("carpass", "plus de 1 000 km par jour depuis le dernier relevé envoyé"),
    ALREADY_SENT_TODAY: msg("carpass", "même relevé déjà envoyé aujourd'hui pour ce VIN"),
    DATE_TOO_OLD: msg("carpass", "date du relevé il y a plus de 5 jours"),
    DATE_IN_FUTURE: msg("carpass", "date du relevé dans le futur"),
}


@dataclass(frozen=True)
class RowFlags:
    """Problems (red, blocking) and warnings (amber) of one list row, as codes."""

    problems: tuple[str, ...]
    warnings: tuple[str, ...]

    @property
    def sendable(self) -> bool:
        """True when nothing stops the reading from being sent."""
        return not self.problems


def sent_mileage(original_km: int | None, damage_km: int | None) -> int | None:
    """The reading sent to Car-Pass: the damage km when filled, else the reception km."""
    return damage_km if damage_km is not None else original_km


def send_problems(damage_km: int | None, repair_km: int | None, vin: str | None,
                  first_registration: date | None) -> list[str]:
    """Why a row must not be sent (red), in list order; empty when it may be."""
    problems = []
    if damage_km is None:
        problems.append(MISSING_DAMAGE_KM)
    if repair_km is None:
        problems.append(MISSING_REPAIR_KM)
    if not vin:
        problems.append(MISSING_VIN)
    elif len(vin) > VIN_LENGTH:
        problems.append(VIN_TOO_LONG)
    if first_registration is None:
        problems.append(MISSING_FIRST_REGISTRATION)
    return problems


def row_flags(*, vin: str | None, original_km: int | None, damage_km: int | None, repair_km: int | None,
              first_registration: date | None, described: bool, status: str, reading_date: date,
              known: Sequence[KnownReading], today: date) -> RowFlags:
    """Problems and warnings of a row: the Python twin of the list's SQL.

    ``known``: the readings Car-Pass holds for the VIN (sent by any site of the company,
    the row's own entry excepted); ``reading_date``: the Brussels date of the first
    clock-in, today when unknown. The send-time checks apply to rows still to send.
    """
    warnings = []
    if vin and len(vin) < VIN_LENGTH:
        warnings.append(VIN_SHORT)
    if damage_km is not None and repair_km is not None and repair_km < damage_km:
        warnings.append(REPAIR_BELOW_DAMAGE)
    if not described:
        warnings.append(MISSING_DESCRIPTION)
    odometer = sent_mileage(original_km, damage_km)
    if status in OPEN_STATUSES:
        comparable = known if vin and odometer is not None else []  # without both, only the date is checked
        findings = check_reading(vin or "", odometer or 0, reading_date, comparable, today)
        found = {f.code for f in findings if f.blocking}
        warnings += [code for code in CHECK_CODES if code in found]
    return RowFlags(tuple(send_problems(damage_km, repair_km, vin, first_registration)), tuple(warnings))


def describe(codes: Sequence[str], translate: Translator | None = None) -> str:
    """The codes as a clerk reads them, separated by ``; ``."""
    if translate is None:
        return "; ".join(CODE_TEXTS[c].render() for c in codes)
    return "; ".join(CODE_TEXTS[c].render(translate) for c in codes)
