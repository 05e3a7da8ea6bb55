"""A row of the Car-Pass list as the grid, the CSV export and the CLI read it, built from
one result row of the list's SQL (columns read by name)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from app.core.carpass.list_flags import CHECK_BITS, KM_PER_DAY_BIT, codes_of, km_per_day_finding
from app.core.carpass.models import OPEN_STATUSES
from app.core.carpass.sendability import CODE_TEXTS
from app.core.carpass.sending.anomaly_checks import (
    ALREADY_SENT_TODAY,
    DATE_IN_FUTURE,
    DATE_TOO_OLD,
    LOWER_THAN_LAST,
    TOO_MANY_KM_PER_DAY,
)
from app.core.carpass.sending.anomaly_checks import describe as describe_check
from app.core.carpass.state_names import STATE_NAMES, shown_state, state_name
from app.core.i18n import Translator, identity_translator
from app.core.timeutil import to_local


@dataclass(frozen=True, slots=True)
class CarpassRow:
    """One entry of the list with its dossier, state, flags and the clerk's explanation."""

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


class RowBuilder:
    """Turns result rows into :class:`CarpassRow` for one day and one language; the texts
    of rows without a dated reason are translated once per flag mask."""

    def __init__(self, translate: Translator = identity_translator):
        self.translate = translate
        self._texts: dict[int, str] = {}
        self._states = {code: name.render(translate) for code, name in STATE_NAMES.items()}

    @staticmethod
    def _per_day(m: Any, reading_date: date, today: date):
        if m.status in OPEN_STATUSES and m.last_sent_km is not None and m.mileage is not None:
            return km_per_day_finding(m.vin, m.mileage, reading_date, m.last_sent_km, m.last_sent_date, today)
        return None

    def flags(self, m: Any, today: date) -> int:
        """Every flag of result row ``m``: the database's, plus "over 1,000 km a day"."""
        reading_date = to_local(m.work_started_at).date() if m.work_started_at is not None else today
        return m.flags | (KM_PER_DAY_BIT if self._per_day(m, reading_date, today) is not None else 0)

    def row(self, m: Any, today: date) -> CarpassRow:
        """The row of result row ``m`` (the columns of ``carpass_list.row_select``)."""
        flags = m.flags
        reading_date = to_local(m.work_started_at).date() if m.work_started_at is not None else today
        per_day = self._per_day(m, reading_date, today)
        if per_day is not None:
            flags |= KM_PER_DAY_BIT
        problems, warnings = codes_of(flags)
        if flags & CHECK_BITS:
            detail = self._dated_detail(problems, warnings, m, reading_date, today, per_day)
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

    def _dated_detail(self, problems, warnings, m, reading_date: date, today: date, per_day) -> str:
        """Texts naming the km and dates of the send-time checks (the same words as the history)."""
        params = {
            LOWER_THAN_LAST: {"km": m.mileage, "last": m.last_sent_km,
                              "last_date": m.last_sent_date.isoformat() if m.last_sent_date else ""},
            TOO_MANY_KM_PER_DAY: per_day.params if per_day is not None else {},
            ALREADY_SENT_TODAY: {"km": m.mileage},
            DATE_TOO_OLD: {"date": reading_date.isoformat(), "days": (today - reading_date).days},
            DATE_IN_FUTURE: {"date": reading_date.isoformat()},
        }
        texts = [(describe_check(c, params[c]) if c in params else CODE_TEXTS[c]).render(self.translate)
                 for c in (*problems, *warnings)]
        return "; ".join(texts)

    def placeholder(self, key: int) -> CarpassRow:
        """A blank row for entry ``key`` when its row cannot be read (gone, database away)."""
        return CarpassRow(entry_id=key)
