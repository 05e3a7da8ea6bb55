"""When a Car-Pass list row can be sent (seed 000) and what draws a warning.

Sendable: damage km and repair km both filled and a VIN present; otherwise the row is
red and the problems name what is missing. Warnings (amber, not blocking): VIN shorter
than 17 characters, repair km lower than damage km, damage km lower than the last
reading known for that VIN.

The "last reading known for a VIN" is, among the site's other dossiers with the same VIN
created before this one, the latest one's reading: its repair km, else its reception km,
else its damage km. The grid computes the same in SQL (``carpass_list``); tests check
both agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.carpass.vehicle_rules import VIN_LENGTH
from app.core.i18n import Message, msg

MISSING_DAMAGE_KM = "missing_damage_km"
MISSING_REPAIR_KM = "missing_repair_km"
MISSING_VIN = "missing_vin"
PROBLEM_CODES = (MISSING_DAMAGE_KM, MISSING_REPAIR_KM, MISSING_VIN)

VIN_SHORT = "vin_short"
REPAIR_BELOW_DAMAGE = "repair_km_below_damage_km"
BELOW_LAST_READING = "km_below_last_reading"
WARNING_CODES = (VIN_SHORT, REPAIR_BELOW_DAMAGE, BELOW_LAST_READING)

CODE_TEXTS: dict[str, Message] = {
    MISSING_DAMAGE_KM: msg("carpass", "km dégât manquant"),
    MISSING_REPAIR_KM: msg("carpass", "km réparation manquant"),
    MISSING_VIN: msg("carpass", "numéro de châssis manquant"),
    VIN_SHORT: msg("carpass", "VIN de moins de 17 caractères"),
    REPAIR_BELOW_DAMAGE: msg("carpass", "km réparation inférieur au km dégât"),
    BELOW_LAST_READING: msg("carpass", "km dégât inférieur au dernier relevé connu pour ce VIN"),
}


@dataclass(frozen=True)
class RowFlags:
    """Problems (blocking) and warnings of one list row, as codes."""

    problems: list[str]
    warnings: list[str]

    @property
    def sendable(self) -> bool:
        """True when nothing blocks sending."""
        return not self.problems


def dossier_reading(original_km: int | None, damage_km: int | None, repair_km: int | None) -> int | None:
    """The latest odometer value a dossier knows: repair km, else reception km, else damage km."""
    for value in (repair_km, original_km, damage_km):
        if value is not None:
            return value
    return None


def sent_mileage(original_km: int | None, damage_km: int | None) -> int | None:
    """The reading sent to Car-Pass (seed 000): damage km when filled, else the reception km."""
    return damage_km if damage_km is not None else original_km


def row_flags(damage_km: int | None, repair_km: int | None, vin: str | None,
              last_reading: int | None) -> RowFlags:
    """Problems and warnings of a row (the Python twin of the grid's SQL)."""
    problems = []
    if damage_km is None:
        problems.append(MISSING_DAMAGE_KM)
    if repair_km is None:
        problems.append(MISSING_REPAIR_KM)
    if not vin:
        problems.append(MISSING_VIN)
    warnings = []
    if vin and len(vin) < VIN_LENGTH:
        warnings.append(VIN_SHORT)
    if damage_km is not None and repair_km is not None and repair_km < damage_km:
        warnings.append(REPAIR_BELOW_DAMAGE)
    if damage_km is not None and last_reading is not None and damage_km < last_reading:
        warnings.append(BELOW_LAST_READING)
    return RowFlags(problems, warnings)


def describe(codes: list[str], translate=None) -> str:
    """The codes as a clerk reads them, separated by ``; ``."""
    if translate is None:
        return "; ".join(CODE_TEXTS[c].render() for c in codes)
    return "; ".join(CODE_TEXTS[c].render(translate) for c in codes)
