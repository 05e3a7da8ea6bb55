"""The Car-Pass list's red and amber rules in SQL (the Python statement is ``sendability.py``).

Every flag of a row is one bit of an integer column computed by the database for the rows
of the page only. The send-time checks need "the last reading sent to Car-Pass for the
VIN": readings in state sent/anomaly of any site of the company, the row's own entry
excepted, latest by reading date then km — one correlated lookup per row on the index
``(vin, state)``, joined once so its columns are read without evaluating it again.

On PostgreSQL a clerk's connection sees its own site's readings only (row-level
security): the lookup goes through ``atelier_carpass_last_reading(company, vin,
except_entry)``, a SECURITY DEFINER function that returns the last reading's km, date and
Brussels sending day for one VIN of the company and nothing else (migration 0015). SQLite
(one PC, no row-level security) reads the table. Either way the same-day duplicate is "the
last reading, same km, sent today".

"More than 1,000 km a day" needs the number of Brussels calendar days between two
readings, which SQLite cannot compute (no time-zone data): the row adds that bit from the
last reading's km and date the same query returns (see :func:`km_per_day_finding`).
Dates are compared with instants bound at execution (:func:`day_parameters`), so the
cached statements stay valid from one day to the next.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import reduce
from operator import add
from typing import Any

from sqlalchemy import Date, Integer, Text, and_, bindparam, case, cast, column, exists, func, or_, select, true
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import BindParameter, ColumnElement

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
from app.core.db.types import UTCDateTime
from app.core.platform.models import Site
from app.core.timeutil import from_local

SITE: BindParameter[int] = bindparam("site_id", type_=Integer)  # the cached statements take the site at each run
COMPANY: BindParameter[int] = bindparam("company_id", type_=Integer)
TODAY: BindParameter[date] = bindparam("today", type_=Date)          # Brussels date of the list's "today"
TODAY_START: BindParameter[datetime] = bindparam("today_start", type_=UTCDateTime)  # UTC instants of that day's
TOMORROW_START: BindParameter[datetime] = bindparam("tomorrow_start", type_=UTCDateTime)  # start and end
OLD_BEFORE: BindParameter[datetime] = bindparam("old_before", type_=UTCDateTime)  # work start 5+ days ago

MILEAGE = func.coalesce(Dossier.damage_km, Dossier.original_km)  # the km a reading sends
IS_OPEN = CarpassEntry.status.in_(OPEN_STATUSES)
LAST_READING_FUNCTION = "atelier_carpass_last_reading"

FLAG_BITS = {code: 1 << bit for bit, code in enumerate((*PROBLEM_CODES, *WARNING_CODES))}
KM_PER_DAY_BIT = FLAG_BITS[TOO_MANY_KM_PER_DAY]
CHECK_BITS = reduce(lambda mask, code: mask | FLAG_BITS[code], CHECK_CODES, 0)

_PROBLEMS: tuple[tuple[str, ColumnElement[bool]], ...] = (
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


@dataclass(frozen=True)
class LastSent:
    """The last reading Car-Pass holds for a row's VIN (another entry's), as a FROM item
    joined to the row (:meth:`join`) and the columns the rules read."""

    source: Any  # an aliased table or a LATERAL function call
    on: ColumnElement[bool]
    odometer: ColumnElement[int]
    reading_date: ColumnElement[date]
    sent_today: ColumnElement[bool]  # sent on the list's Brussels day

    def join(self, start: Any) -> Any:
        """``start`` (a SELECT) LEFT JOIN the last reading."""
        return start.outerjoin(self.source, self.on)


def _table_last_sent() -> LastSent:
    """Read from ``carpass_reading`` (SQLite: no row-level security)."""
    last = aliased(CarpassReading, name="last_sent")
    sent = aliased(CarpassReading, name="sent")
    company_sites = select(Site.id).where(Site.company_id == COMPANY)
    last_id = (select(sent.id)
               .where(sent.vin == Dossier.vin, sent.state.in_(RECEIVED_STATES), sent.entry_id != CarpassEntry.id,
                      sent.site_id.in_(company_sites))
               .order_by(sent.reading_date.desc(), sent.odometer.desc(), sent.id.desc())
               .limit(1).correlate(Dossier, CarpassEntry).scalar_subquery())
    sent_today = or_(and_(last.sent_at >= TODAY_START, last.sent_at < TOMORROW_START),
                     and_(last.sent_at.is_(None), last.reading_date == TODAY))
    return LastSent(last, and_(IS_OPEN, last.id == last_id), last.odometer.expression, last.reading_date.expression,
                    sent_today)


def _function_last_sent() -> LastSent:
    """Through the SECURITY DEFINER function (PostgreSQL: the company's readings although
    the clerk's connection sees its own site's rows only). A closed row passes no VIN, so
    the function finds nothing for it at no cost."""
    vin = case((IS_OPEN, Dossier.vin), else_=None)
    found = (getattr(func, LAST_READING_FUNCTION)(cast(COMPANY, Integer), cast(vin, Text), CarpassEntry.id)
             .table_valued(column("odometer", Integer), column("reading_date", Date), column("sent_on", Date))
             .lateral("last_sent"))
    return LastSent(found, true(), found.c.odometer, found.c.reading_date, found.c.sent_on == TODAY)


TABLE_LAST_SENT = _table_last_sent()
FUNCTION_LAST_SENT = _function_last_sent()


def last_sent(is_sqlite: bool) -> LastSent:
    """How a backend finds the last reading sent for a row's VIN."""
    return TABLE_LAST_SENT if is_sqlite else FUNCTION_LAST_SENT


def _warnings(last: LastSent) -> tuple[tuple[str, ColumnElement[bool]], ...]:
    described = exists(select(DossierActivity.id).where(DossierActivity.dossier_id == Dossier.id)
                       .correlate(Dossier))
    return (
        (VIN_SHORT, and_(Dossier.vin.is_not(None), Dossier.vin != "", func.length(Dossier.vin) < VIN_LENGTH)),
        (REPAIR_BELOW_DAMAGE, and_(Dossier.damage_km.is_not(None), Dossier.repair_km.is_not(None),
                                   Dossier.repair_km < Dossier.damage_km)),
        (MISSING_DESCRIPTION, ~described),
        (LOWER_THAN_LAST, and_(IS_OPEN, MILEAGE < last.odometer)),
        (ALREADY_SENT_TODAY, and_(IS_OPEN, last.odometer == MILEAGE, last.sent_today)),
        (DATE_TOO_OLD, and_(IS_OPEN, Dossier.work_started_at < OLD_BEFORE)),
        (DATE_IN_FUTURE, and_(IS_OPEN, Dossier.work_started_at >= TOMORROW_START)),
    )


def flags_column(last: LastSent) -> Any:
    """Every problem and warning of a row as one integer (bits of :data:`FLAG_BITS`), but
    "over 1,000 km a day" (see the module's docstring); needs ``last`` joined."""
    conditions = (*_PROBLEMS, *_warnings(last))
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
