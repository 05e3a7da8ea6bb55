"""The manual's monthly overhead formula (VZSHE50), as pure functions for the live preview.

    Frais généraux = (montant fixe mensuel + (valeur véhicule + valeur options)
                      × taux mensuel % / 100) × jours de stationnement / 30

The fixed amount and the rates come from the page (per vehicle type N/V/G/A; rate 2 for
new and demonstration vehicles after the free-financing period); the vehicle value,
options value and days are an example the clerk types to see what the values give.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from app.core.controls.catalogue import Catalogue
from app.core.numbers import NumberFormatError, parse_decimal

CENT = Decimal("0.01")
FIXED_KEY = "overhead_monthly_fixed"
RATE_1_KEY = "overhead_monthly_rate_1"
RATE_2_KEY = "overhead_monthly_rate_2"
VEHICLE_TYPES = ("N", "V", "G", "A")


def overhead_amount(fixed_monthly: Decimal, vehicle_value: Decimal, options_value: Decimal,
                    monthly_rate_percent: Decimal, days: int | Decimal) -> Decimal:
    """Overhead of one vehicle for ``days`` days, rounded to the cent (half up)."""
    monthly = fixed_monthly + (vehicle_value + options_value) * monthly_rate_percent / Decimal(100)
    return (monthly * Decimal(days) / Decimal(30)).quantize(CENT, rounding=ROUND_HALF_UP)


def parse_amount(text: str | None) -> Decimal | None:
    """A typed number (read as every typed number is, :func:`app.core.numbers.parse_decimal`)
    or None when it is not one or is ambiguous; a blank input counts as 0 in the preview."""
    cleaned = (text or "").strip()
    if cleaned == "":
        return Decimal(0)
    try:
        return parse_decimal(cleaned, places=2)
    except NumberFormatError:
        return None


@dataclass(frozen=True)
class PreviewLine:
    """The overhead of the example vehicle for one vehicle type and rate."""

    vehicle_type: str
    rate_number: int
    fixed: Decimal | None
    rate: Decimal | None
    amount: Decimal | None


def formula_keys(catalogue: Catalogue) -> tuple[str, str, str]:
    """Keys of the fixed amount, rate 1 and rate 2 fields (from the catalogue's formula when given)."""
    page = catalogue.page("VZSHE50")
    inputs = (page.overhead_formula or {}).get("inputs")
    keys = [FIXED_KEY, RATE_1_KEY, RATE_2_KEY]
    if isinstance(inputs, list) and len(inputs) >= 3 and all(isinstance(i, str) for i in inputs[:3]):
        keys = list(inputs[:3])
    elif isinstance(inputs, dict):
        keys = [inputs.get("fixed", FIXED_KEY), inputs.get("rate_1", RATE_1_KEY), inputs.get("rate_2", RATE_2_KEY)]
    return keys[0], keys[1], keys[2]


def overhead_preview(values: Mapping[str, str], vehicle_value: str, options_value: str, days: str,
                     keys: tuple[str, str, str] = (FIXED_KEY, RATE_1_KEY, RATE_2_KEY)) -> list[PreviewLine]:
    """One line per vehicle type with rate 1, then N and V with rate 2, from the page's (typed) values.

    An unreadable input gives ``None`` for the affected amounts instead of an error, so
    the preview follows the clerk's typing.
    """
    fixed_key, rate_1_key, rate_2_key = keys
    vehicle, options, day_count = parse_amount(vehicle_value), parse_amount(options_value), parse_amount(days)
    lines = []
    for rate_number, rate_key in ((1, rate_1_key), (2, rate_2_key)):
        for vehicle_type in VEHICLE_TYPES:
            rate_field = f"{rate_key}.{vehicle_type}"
            if rate_field not in values:
                continue
            fixed = parse_amount(values.get(f"{fixed_key}.{vehicle_type}", ""))
            rate = parse_amount(values[rate_field])
            amount = None
            if fixed is not None and rate is not None and vehicle is not None and options is not None \
                    and day_count is not None:
                amount = overhead_amount(fixed, vehicle, options, rate, day_count)
            lines.append(PreviewLine(vehicle_type, rate_number, fixed, rate, amount))
    return lines
