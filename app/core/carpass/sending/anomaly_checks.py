"""Checks made before a reading is sent, as certified Belgian garage software does.

Blocking (the clerk must confirm the reading is right): lower than the last reading known
for the VIN; more than 1,000 km per day since it; the same VIN and reading already sent
today; a reading date more than 5 days in the past or in the future. Warning only: a VIN
shorter than 17 characters.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.core.i18n import Message, msg
from app.core.timeutil import format_date

MAX_KM_PER_DAY = 1000
MAX_DAYS_AWAY = 5
FULL_VIN_LENGTH = 17

LOWER_THAN_LAST = "lower_than_last"
TOO_MANY_KM_PER_DAY = "too_many_km_per_day"
ALREADY_SENT_TODAY = "already_sent_today"
DATE_TOO_OLD = "date_too_old"
DATE_IN_FUTURE = "date_in_future"
VIN_SHORT = "vin_short"


@dataclass(frozen=True)
class KnownReading:
    """A reading Car-Pass already holds for the VIN (sent by any site of the company)."""

    odometer: int
    reading_date: date
    sent_on: date


@dataclass(frozen=True)
class Finding:
    """One check that did not pass; ``blocking`` ones need the clerk's confirmation."""

    code: str
    blocking: bool
    params: dict[str, Any] = field(default_factory=dict)

    def describe(self) -> Message:
        """The reason, in words a clerk understands."""
        return describe(self.code, self.params)


def check_reading(vin: str, odometer: int, reading_date: date, known: Sequence[KnownReading],
                  today: date) -> list[Finding]:
    """Every finding for one reading, blocking ones first."""
    findings: list[Finding] = []
    if known:
        last = max(known, key=lambda k: (k.reading_date, k.odometer))
        params = {"last": last.odometer, "last_date": last.reading_date.isoformat(), "km": odometer}
        if odometer < last.odometer:
            findings.append(Finding(LOWER_THAN_LAST, True, params))
        else:
            days = (reading_date - last.reading_date).days
            per_day = (odometer - last.odometer) / max(days, 1)
            if per_day > MAX_KM_PER_DAY:
                findings.append(Finding(TOO_MANY_KM_PER_DAY, True, {**params, "per_day": int(per_day)}))
        if any(k.odometer == odometer and k.sent_on == today for k in known):
            findings.append(Finding(ALREADY_SENT_TODAY, True, {"km": odometer}))
    if (today - reading_date).days > MAX_DAYS_AWAY:
        findings.append(Finding(DATE_TOO_OLD, True, {"date": reading_date.isoformat(),
                                                     "days": (today - reading_date).days}))
    if reading_date > today:
        findings.append(Finding(DATE_IN_FUTURE, True, {"date": reading_date.isoformat()}))
    if len(vin or "") < FULL_VIN_LENGTH:
        findings.append(Finding(VIN_SHORT, False, {"length": len(vin or "")}))
    return findings


def blocking(findings: Sequence[Finding]) -> list[Finding]:
    """The findings that stop the reading until the clerk confirms it."""
    return [f for f in findings if f.blocking]


def _date(value: str) -> str:
    return format_date(date.fromisoformat(value))


def describe(code: str, params: dict[str, Any]) -> Message:
    """Message of a finding code (also used for findings read back from the database)."""
    if code == LOWER_THAN_LAST:
        return msg("carpass", "{km} km est inférieur au dernier relevé connu pour ce VIN ({last} km le {date})",
                   km=params["km"], last=params["last"], date=_date(params["last_date"]))
    if code == TOO_MANY_KM_PER_DAY:
        return msg("carpass", "{per_day} km par jour depuis le dernier relevé ({last} km le {date}) : plus de "
                              "1 000 km par jour", per_day=params["per_day"], last=params["last"],
                   date=_date(params["last_date"]))
    if code == ALREADY_SENT_TODAY:
        return msg("carpass", "le relevé de {km} km a déjà été envoyé aujourd'hui pour ce VIN", km=params["km"])
    if code == DATE_TOO_OLD:
        return msg("carpass", "date du relevé ({date}) il y a plus de 5 jours ({days} jours)",
                   date=_date(params["date"]), days=params["days"])
    if code == DATE_IN_FUTURE:
        return msg("carpass", "date du relevé ({date}) dans le futur", date=_date(params["date"]))
    if code == VIN_SHORT:
        return msg("carpass", "VIN de {length} caractères seulement (17 attendus) : vérifiez-le",
                   length=params["length"])
    return msg("carpass", "contrôle {code}", code=code)
