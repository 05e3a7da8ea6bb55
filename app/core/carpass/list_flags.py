"""The Car-Pass list's red and amber rules in SQL (the Python statement is ``sendability.py``).

Every flag of a row is one bit of an integer column computed by the database for the rows
of the page only. The send-time checks need "the last reading sent to Car-Pass for the
VIN": readings in state sent/anomaly of any site of the company, the row's own entry
excepted, latest by reading date then km — one correlated lookup per row on the index
``(vin, state)``, joined once so its columns are read without evaluating it again.

"More than 1,000 km a day" needs the number of Brussels calendar days between two
readings, which SQLite cannot compute (no time-zone data): the row adds that bit from the
last reading's km and date the same query returns (see :func:`km_per_day_finding`).
Dates are compared with instants bound at execution (:func:`day_parameters`), so the
cached statements stay valid from one day to the next.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from functools import reduce
from operator import add
from typing import Any

from sqlalchemy import and_, bindparam, case, exists, func, or_, select
from sqlalchemy.orm import aliased

from app.core.carpass.models import OPEN_STATUSES, CarpassEntry, Dossier, DossierActivity
from app.core.carpass.sendability import (
    CHECK_CODES,
    MISSING_DAMAGE_KM,
    MISSING_DESCRIPTION,
    MISSING_FIRST_REGISTRATION,
    MISSING_REPAIR_KM,
    MISSING_VIN,
    PROBLEM_CODES,
    REPAIR_BELOW_DAMAGE,
    VIN_SHORT,
    VIN_TOO_LONG,
    WARNING_CODES,
)
from app.core.carpass.sending.anomaly_checks import (
    ALREADY_SENT_TODAY,
    DATE_IN_FUTURE,
    DATE_TOO_OLD,
    LOWER_THAN_LAST,
    MAX_DAYS_AWAY,
    TOO_MANY_KM_PER_DAY,
    Finding,
    KnownReading,
    check_reading,
)
from app.core.carpass.sending.models import CarpassReading
from app.core.carpass.sending.states import RECEIVED_STATES, ReadingState
from app.core.carpass.vehicle_rules import VIN_LENGTH
from app.core.platform.models import Site
from app.core.timeutil import from_local

SITE = bindparam("site_id")  # the cached statements take the user's site at each execution
COMPANY = bindparam("company_id")
TODAY = bindparam("today")                    # Brussels date of the list's "today"
TODAY_START = bindparam("today_start")        # UTC instants of that day's start and end
TOMORROW_START = bindparam("tomorrow_start")
OLD_BEFORE = bindparam("old_before")          # a work start before this is more than 5 days ago

MILEAGE = func.coalesce(Dossier.damage_km, Dossier.original_km)  # the km a reading sends
IS_OPEN = CarpassEntry.status.in_(OPEN_STATUSES)
LAST_SENT = aliased(CarpassReading, name="last_sent")

FLAG_BITS = {code: 1 << bit for bit, code in enumerate((*PROBLEM_CODES, *WARNING_CODES))}
KM_PER_DAY_BIT = FLAG_BITS[TOO_MANY_KM_PER_DAY]
CHECK_BITS = reduce(lambda mask, code: mask | FLAG_BITS[code], CHECK_CODES, 0)

_PROBLEMS = (
    (MISSING_DAMAGE_KM, Dossier.damage_km.is_(None)),
    (MISSING_REPAIR_KM, Dossier.repair_km.is_(None)),
    (MISSING_VIN, or_(Dossier.vin.is_(None), Dossier.vin == "")),
    (VIN_TOO_LONG, func.length(Dossier.vin) > VIN_LENGTH),
    (MISSING_FIRST_REGISTRATION, Dossier.first_registration.is_(None)),
)
RED = or_(*(condition for _code, condition in _PROBLEMS))


def day_parameters(today: date) -> dict[str, Any]:
    """The bound values of the date checks for the Brussels day ``today``."""
    return {
        "today": today,
        "today_start": from_local(datetime.combine(today, time())),
        "tomorrow_start": from_local(datetime.combine(today + timedelta(days=1), time())),
        "old_before": from_local(datetime.combine(today - timedelta(days=MAX_DAYS_AWAY), time())),
    }


def _company_sites():
    return select(Site.id).where(Site.company_id == COMPANY)


def last_sent_id():
    """Id of the last reading Car-Pass holds for the row's VIN (correlated on the row)."""
    sent = aliased(CarpassReading, name="sent")
    return (select(sent.id)
            .where(sent.vin == Dossier.vin, sent.state.in_(RECEIVED_STATES), sent.entry_id != CarpassEntry.id,
                   sent.site_id.in_(_company_sites()))
            .order_by(sent.reading_date.desc(), sent.odometer.desc(), sent.id.desc())
            .limit(1).correlate(Dossier, CarpassEntry).scalar_subquery())


def last_sent_join():
    """ON clause joining :data:`LAST_SENT` to the rows still to send."""
    return and_(IS_OPEN, LAST_SENT.id == last_sent_id())


def _sent_today():
    same = aliased(CarpassReading, name="same_day")
    return exists(select(same.id).where(
        same.vin == Dossier.vin, same.state.in_(RECEIVED_STATES), same.entry_id != CarpassEntry.id,
        same.site_id.in_(_company_sites()), same.odometer == MILEAGE,
        or_(and_(same.sent_at >= TODAY_START, same.sent_at < TOMORROW_START),
            and_(same.sent_at.is_(None), same.reading_date == TODAY))).correlate(Dossier, CarpassEntry))


def _warnings() -> tuple:
    described = exists(select(DossierActivity.id).where(DossierActivity.dossier_id == Dossier.id)
                       .correlate(Dossier))
    return (
        (VIN_SHORT, and_(Dossier.vin.is_not(None), Dossier.vin != "", func.length(Dossier.vin) < VIN_LENGTH)),
        (REPAIR_BELOW_DAMAGE, and_(Dossier.damage_km.is_not(None), Dossier.repair_km.is_not(None),
                                   Dossier.repair_km < Dossier.damage_km)),
        (MISSING_DESCRIPTION, ~described),
        (LOWER_THAN_LAST, and_(IS_OPEN, MILEAGE < LAST_SENT.odometer)),
        (ALREADY_SENT_TODAY, and_(IS_OPEN, _sent_today())),
        (DATE_TOO_OLD, and_(IS_OPEN, Dossier.work_started_at < OLD_BEFORE)),
        (DATE_IN_FUTURE, and_(IS_OPEN, Dossier.work_started_at >= TOMORROW_START)),
    )


def flags_column() -> Any:
    """Every problem and warning of a row as one integer (bits of :data:`FLAG_BITS`), but
    "over 1,000 km a day" (see the module's docstring); needs :data:`LAST_SENT` joined."""
    conditions = (*_PROBLEMS, *_warnings())
    return reduce(add, [case((condition, FLAG_BITS[code]), else_=0) for code, condition in conditions]).label("flags")


def reading_state_column() -> Any:
    """State of the entry's current reading (none yet: NULL), for the state the row shows."""
    return (select(CarpassReading.state).where(CarpassReading.entry_id == CarpassEntry.id,
                                               CarpassReading.state != ReadingState.SUPERSEDED)
            .order_by(CarpassReading.id.desc()).limit(1).correlate(CarpassEntry).scalar_subquery()
            .label("reading_state"))


def km_per_day_finding(vin: str | None, odometer: int | None, reading_date: date, last_km: int | None,
                       last_date: date | None, today: date) -> Finding | None:
    """The "over 1,000 km a day since the last reading sent" finding of a row, if any, by
    the send-time check itself."""
    if not vin or odometer is None or last_km is None or last_date is None:
        return None
    known = [KnownReading(last_km, last_date, last_date)]
    return next((f for f in check_reading(vin, odometer, reading_date, known, today)
                 if f.code == TOO_MANY_KM_PER_DAY), None)


_MASKS: dict[int, tuple[tuple[str, ...], tuple[str, ...]]] = {}


def codes_of(flags: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(problems, warnings) of a flag mask, in the rules' order (kept per mask)."""
    found = _MASKS.get(flags)
    if found is None:
        found = _MASKS[flags] = (tuple(c for c in PROBLEM_CODES if flags & FLAG_BITS[c]),
                                 tuple(c for c in WARNING_CODES if flags & FLAG_BITS[c]))
    return found
