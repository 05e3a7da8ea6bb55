"""A row of the Car-Pass list as the grid, the CSV export and the CLI read it, built from
one result row of the list's SQL.

The SQL's columns are named by :class:`ResultRow` (the statement selects them in its
order, see ``carpass_list.row_select``): a driver row becomes a named tuple in one C call,
then every value is read by name. Reading 21 values by name straight from SQLAlchemy's
rows cost ~4 times as much, which the CSV export of 100,000 rows feels.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, NamedTuple

from app.core.carpass.list_flags import CHECK_BITS, FLAG_BITS, KM_PER_DAY_BIT, codes_of, km_per_day_finding
from app.core.carpass.models import OPEN_STATUSES
from app.core.carpass.sendability import CODE_TEXTS
from app.core.carpass.sending.anomaly_checks import (
    ALREADY_SENT_TODAY,
    DATE_IN_FUTURE,
    DATE_TOO_OLD,
    LOWER_THAN_LAST,
    TOO_MANY_KM_PER_DAY,
    Finding,
)
from app.core.carpass.sending.anomaly_checks import describe as describe_check
from app.core.carpass.state_names import STATE_NAMES, shown_state, state_name
from app.core.i18n import Translator, identity_translator
from app.core.timeutil import to_local


class ResultRow(NamedTuple):
    """The columns of the list's row statement, in its order."""

    entry_id: int
    entry_version: int
    status: str
    manual: bool
    last_message: str | None
    dossier_id: int
    number: int
    owner: str | None
    work_started_at: datetime | None
    plate: str
    vin: str | None
    first_registration: date | None
    original_km: int | None
    damage_km: int | None
    repair_km: int | None
    invoice_total: Decimal | None
    mileage: int | None
    last_sent_km: int | None
    last_sent_date: date | None
    reading_state: str | None
    flags: int


@dataclass(slots=True)
class CarpassRow:
    """One entry of the list with its dossier, state, flags and the clerk's explanation
    (never changed once built; not frozen because a frozen dataclass costs ~3 times as
    much to build, 100,000 times for an export)."""

    entry_id: int
    entry_version: int | None = None
    dossier_id: int | None = None
    dossier: int | None = None
    owner: str | None = None
    work_started_at: datetime | None = None
    plate: str | None = None
    vin: str | None = None
    first_registration: date | None = None
    mileage: int | None = None
    original_km: int | None = None
    damage_km: int | None = None
    repair_km: int | None = None
    invoice_total: Decimal | None = None
    status: str = "removed"        # the entry's status (pending, sent, ...)
    state: str = "removed"         # the state shown (see state_names.shown_state)
    status_text: str = ""          # the name of ``state`` in the clerk's language
    manual: bool = False
    last_message: str | None = None
    last_sent_km: int | None = None  # the last reading Car-Pass holds for the VIN (another entry's)
    last_sent_date: date | None = None
    problems: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    detail: str = ""

    @property
    def sendable(self) -> bool:
        """True when nothing stops the reading from being sent (not red)."""
        return not self.problems

    @property
    def described(self) -> bool:
        """True when the dossier has a work description."""
        return "missing_description" not in self.warnings

    def get(self, key: str, default: Any = None) -> Any:
        """The value of column ``key`` (how the generic grid and the CSV export read rows)."""
        return getattr(self, key, default)


# Reasons whose words name the row's own km: never shared between rows.
READING_BITS = FLAG_BITS[LOWER_THAN_LAST] | FLAG_BITS[TOO_MANY_KM_PER_DAY] | FLAG_BITS[ALREADY_SENT_TODAY]


class RowBuilder:
    """Turns result rows into :class:`CarpassRow` for one day and one language; the texts
    of rows without a dated reason are translated once per flag mask."""

    def __init__(self, translate: Translator = identity_translator):
        self.translate = translate
        self._texts: dict[int, str] = {}
        self._dated: dict[tuple[int, date], str] = {}
        self._states = {code: name.render(translate) for code, name in STATE_NAMES.items()}

    @staticmethod
    def _per_day(m: Any, today: date) -> tuple[date, Finding | None]:
        """The reading date, and the "over 1,000 km a day" finding of a row still to send."""
        reading_date = to_local(m.work_started_at).date() if m.work_started_at is not None else today
        if m.status in OPEN_STATUSES and m.last_sent_km is not None and m.mileage is not None:
            return reading_date, km_per_day_finding(m.vin, m.mileage, reading_date, m.last_sent_km,
                                                    m.last_sent_date, today)
        return reading_date, None

    def flags(self, m: Any, today: date) -> int:
        """Every flag of result row ``m``: the database's, plus "over 1,000 km a day"."""
        flags = int(m.flags)
        if m.last_sent_km is None:
            return flags
        return flags | (KM_PER_DAY_BIT if self._per_day(m, today)[1] is not None else 0)

    def row(self, driver_row: Any, today: date) -> CarpassRow:
        """The row of one result row of ``carpass_list.row_select``."""
        m = ResultRow._make(driver_row)
        flags = m.flags
        reading_date, per_day = today, None
        if m.last_sent_km is not None or flags & CHECK_BITS:
            reading_date, per_day = self._per_day(m, today)
            if per_day is not None:
                flags |= KM_PER_DAY_BIT
        problems, warnings = codes_of(flags)
        if flags & CHECK_BITS:
            detail = self._dated_detail(flags, problems, warnings, m, reading_date, today, per_day)
        else:
            detail = self._detail(flags, problems, warnings)
        if m.last_message:
            detail = f"{detail} — {m.last_message}" if detail else m.last_message
        state = shown_state(m.status, m.reading_state)
        return CarpassRow(
            entry_id=m.entry_id, entry_version=m.entry_version, dossier_id=m.dossier_id, dossier=m.number,
            owner=m.owner, work_started_at=m.work_started_at, plate=m.plate, vin=m.vin,
            first_registration=m.first_registration, mileage=m.mileage, original_km=m.original_km,
            damage_km=m.damage_km, repair_km=m.repair_km, invoice_total=m.invoice_total, status=m.status,
            state=state, status_text=self._states.get(state) or state_name(state).render(self.translate),
            manual=bool(m.manual), last_message=m.last_message, last_sent_km=m.last_sent_km,
            last_sent_date=m.last_sent_date, problems=problems, warnings=warnings, detail=detail)

    def _detail(self, flags: int, problems: tuple[str, ...], warnings: tuple[str, ...]) -> str:
        text = self._texts.get(flags)
        if text is None:
            text = self._texts[flags] = "; ".join(CODE_TEXTS[c].render(self.translate) for c in (*problems, *warnings))
        return text

    def _dated_detail(self, flags: int, problems: Sequence[str], warnings: Sequence[str], m: ResultRow,
                      reading_date: date, today: date, per_day: Finding | None) -> str:
        """Texts naming the km and dates of the send-time checks (the same words as the
        history); rows whose only dated reasons are their date share one text per day."""
        by_date = not flags & READING_BITS
        if by_date:
            text = self._dated.get((flags, reading_date))
            if text is not None:
                return text
        params = {
            LOWER_THAN_LAST: {"km": m.mileage, "last": m.last_sent_km,
                              "last_date": m.last_sent_date.isoformat() if m.last_sent_date else ""},
            TOO_MANY_KM_PER_DAY: per_day.params if per_day is not None else {},
            ALREADY_SENT_TODAY: {"km": m.mileage},
            DATE_TOO_OLD: {"date": reading_date.isoformat(), "days": (today - reading_date).days},
            DATE_IN_FUTURE: {"date": reading_date.isoformat()},
        }
        text = "; ".join((describe_check(c, params[c]) if c in params else CODE_TEXTS[c]).render(self.translate)
                         for c in (*problems, *warnings))
        if by_date:
            if len(self._dated) > 4096:
                self._dated.clear()
            self._dated[(flags, reading_date)] = text
        return text

    def placeholder(self, key: int) -> CarpassRow:
        """A blank row for entry ``key`` when its row cannot be read (gone, database away)."""
        return CarpassRow(entry_id=key)
