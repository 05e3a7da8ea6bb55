"""The Car-Pass list of the user's site as a grid source: one SQL query per page.

Problems (red) and warnings (amber) are computed in SQL with the same definitions as
:mod:`app.core.carpass.sendability`; the tests compare both on random data. Sorting and
filtering happen in the database on indexed columns, so the list stays instant with
100,000 dossiers at a site.
"""

from __future__ import annotations

from time import monotonic
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import String, and_, case, cast, func, or_, select
from sqlalchemy.orm import aliased

from app.core.carpass.models import OPEN_STATUSES, CarpassEntry, Dossier
from app.core.carpass.sendability import (
    BELOW_LAST_READING,
    MISSING_DAMAGE_KM,
    MISSING_REPAIR_KM,
    MISSING_VIN,
    REPAIR_BELOW_DAMAGE,
    VIN_SHORT,
    describe,
)
from app.core.carpass.vehicle_rules import VIN_LENGTH
from app.core.db.engine import Database
from app.core.grid import GridColumn, GridQuery
from app.core.i18n import Message, Translator, identity_translator, msg
from app.core.platform.scope import UserScope
from app.core.timeutil import from_local

STATUS_TEXTS: dict[str, Message] = {
    "pending": msg("carpass", "à envoyer"),
    "sent": msg("carpass", "envoyé"),
    "failed": msg("carpass", "échec"),
    "anomaly": msg("carpass", "anomalie"),
    "unknown": msg("carpass", "non confirmé"),
    "removed": msg("carpass", "retiré"),
}

COLUMNS: tuple[GridColumn, ...] = (
    GridColumn("dossier", msg("carpass", "Dossier"), align_right=True),
    GridColumn("owner", msg("carpass", "Propriétaire")),
    GridColumn("work_started_at", msg("carpass", "Début travaux")),
    GridColumn("plate", msg("carpass", "Immatriculation")),
    GridColumn("vin", msg("carpass", "Numéro de châssis")),
    GridColumn("mileage", msg("carpass", "Kilométrage"), align_right=True),
    GridColumn("invoice_total", msg("carpass", "Total de la facture"), align_right=True),
    GridColumn("status", msg("carpass", "État")),
    GridColumn("detail", msg("carpass", "À corriger / remarques"), sortable=False),
)

_PROBLEMS = (
    (MISSING_DAMAGE_KM, Dossier.damage_km.is_(None)),
    (MISSING_REPAIR_KM, Dossier.repair_km.is_(None)),
    (MISSING_VIN, or_(Dossier.vin.is_(None), Dossier.vin == "")),
)
RED = or_(*(condition for _code, condition in _PROBLEMS))


def _reading(table) -> Any:
    return func.coalesce(table.repair_km, table.original_km, table.damage_km)


def last_reading_subquery():
    """Latest reading of an earlier dossier of the same site with the same VIN (correlated)."""
    earlier = aliased(Dossier)
    return (
        select(_reading(earlier))
        .where(earlier.site_id == Dossier.site_id, earlier.vin == Dossier.vin,
               or_(earlier.created_at < Dossier.created_at,
                   and_(earlier.created_at == Dossier.created_at, earlier.id < Dossier.id)),
               _reading(earlier).is_not(None))
        .order_by(earlier.created_at.desc(), earlier.id.desc())
        .limit(1)
        .correlate(Dossier)
        .scalar_subquery()
    )


def _flag(condition) -> Any:
    return case((condition, 1), else_=0)


def _warnings(last_reading) -> tuple:
    return (
        (VIN_SHORT, and_(Dossier.vin.is_not(None), Dossier.vin != "", func.length(Dossier.vin) < VIN_LENGTH)),
        (REPAIR_BELOW_DAMAGE, and_(Dossier.damage_km.is_not(None), Dossier.repair_km.is_not(None),
                                   Dossier.repair_km < Dossier.damage_km)),
        (BELOW_LAST_READING, and_(Dossier.damage_km.is_not(None), Dossier.damage_km < last_reading)),
    )


INDEX_WALK_THRESHOLD = 2000
PLAN_CACHE_SECONDS = 30.0
INDEXED_SORTS = ("dossier", "owner", "work_started_at", "plate", "vin", "invoice_total")
MILEAGE = func.coalesce(Dossier.damage_km, Dossier.original_km)
SORTS = {
    "dossier": Dossier.number,
    "owner": Dossier.owner,
    "work_started_at": Dossier.work_started_at,
    "plate": Dossier.plate,
    "vin": Dossier.vin,
    "mileage": MILEAGE,
    "invoice_total": Dossier.invoice_total,
    "status": CarpassEntry.status,
}


def text_condition(raw: str | None, is_sqlite: bool):
    """The free-text filter on number, owner, plate and VIN, or None when empty.

    Only the columns the text can match are searched (plates and VINs are stored without
    spaces, upper-case; numbers are digits), and SQLite's LIKE is already case-insensitive.
    """
    text = (raw or "").strip()
    if not text:
        return None
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    pattern = f"%{escaped}%"
    owner = Dossier.owner.like(pattern, escape="\\") if is_sqlite else Dossier.owner.ilike(pattern, escape="\\")
    conditions = [owner]
    compact = "".join(text.split()).upper()
    if compact.lstrip("-").isdigit():
        conditions.append(cast(Dossier.number, String).like(f"%{compact}%"))
    if compact.replace("-", "").isalnum():
        conditions.append(Dossier.plate.like(f"%{compact}%"))
        conditions.append(Dossier.vin.like(f"%{compact}%"))
    return or_(*conditions)


def local_day_bounds(first: date | None, last: date | None) -> tuple[datetime | None, datetime | None]:
    """UTC instants from the start of ``first`` to the end of ``last`` (Brussels days)."""
    start = from_local(datetime.combine(first, time())) if first else None
    end = from_local(datetime.combine(last + timedelta(days=1), time())) if last else None
    return start, end


class CarpassListSource:
    """RowSource of the site's Car-Pass list.

    ``query.filters``: ``all`` (bool, include sent/removed rows), ``red_only`` (bool),
    ``date_from`` / ``date_to`` (Brussels dates on the work start), ``entry_ids`` (list).
    """

    columns: Sequence[GridColumn] = COLUMNS

    def __init__(self, database: Database, scope: UserScope, translate: Translator = identity_translator):
        self.database = database
        self.scope = scope
        self.translate = translate
        self._cursor: dict[tuple, tuple[int, int]] = {}
        self._open_entries: tuple[int, float] | None = None

    def _entry_where(self, query: GridQuery) -> list:
        filters = query.filters
        conditions = [CarpassEntry.site_id == self.scope.site_id]
        if not filters.get("all"):
            conditions.append(CarpassEntry.status.in_(OPEN_STATUSES))
        if filters.get("entry_ids") is not None:
            conditions.append(CarpassEntry.id.in_(list(filters["entry_ids"])))
        return conditions

    def _where(self, query: GridQuery) -> list:
        filters = query.filters
        conditions = [*self._entry_where(query), Dossier.site_id == self.scope.site_id]
        if filters.get("red_only"):
            conditions.append(RED)
        start, end = local_day_bounds(filters.get("date_from"), filters.get("date_to"))
        if start is not None:
            conditions.append(Dossier.work_started_at >= start)
        if end is not None:
            conditions.append(Dossier.work_started_at < end)
        condition = text_condition(query.text, self.database.is_sqlite)
        if condition is not None:
            conditions.append(condition)
        return conditions

    def _base(self, *columns):
        return select(*columns).select_from(CarpassEntry).join(Dossier, Dossier.id == CarpassEntry.dossier_id)

    def count(self, query: GridQuery) -> int:
        """Entries matching ``query``."""
        filters = query.filters
        if not (query.text or "").strip() and not any(filters.get(k) for k in ("red_only", "date_from", "date_to")):
            statement = select(func.count()).select_from(CarpassEntry).where(*self._entry_where(query))
        else:
            statement = self._base(func.count()).where(*self._where(query))
        with self.database.session() as session:
            return session.scalar(statement) or 0

    def _order(self, query: GridQuery) -> list:
        sort = SORTS.get(query.sort_key or "dossier", Dossier.number)
        order = [sort.desc() if query.descending else sort.asc()]
        if sort is not Dossier.number:
            order.append(Dossier.number.desc() if query.descending else Dossier.number.asc())
        return order

    def _page_conditions(self, session, query: GridQuery) -> list:
        """Filter of the page query, shaped so the database walks the sort index.

        SQLite has no statistics by default: with many open entries, the entry index
        would be chosen and 100,000 rows sorted per page. Wrapping the entry columns in
        a no-op expression makes it walk the dossier index in sort order instead.
        """
        conditions = self._where(query)
        if not self.database.is_sqlite or (query.sort_key or "dossier") not in INDEXED_SORTS:
            return conditions
        if self._open_entries is None or monotonic() - self._open_entries[1] > PLAN_CACHE_SECONDS:
            # Only steers the plan: a count a few seconds old is good enough.
            count = session.scalar(select(func.count()).select_from(CarpassEntry).where(
                CarpassEntry.site_id == self.scope.site_id))
            self._open_entries = (count or 0, monotonic())
        if self._open_entries[0] < INDEX_WALK_THRESHOLD:
            return conditions
        statuses = [] if query.filters.get("all") else [CarpassEntry.status.concat("").in_(OPEN_STATUSES)]
        return [(CarpassEntry.site_id + 0) == self.scope.site_id, *statuses, *conditions[len(self._entry_where(query)):]]

    def _signature(self, query: GridQuery) -> tuple:
        return (query.sort_key or "dossier", query.descending, query.text,
                repr(sorted(query.filters.items(), key=lambda item: item[0])))

    def fetch(self, query: GridQuery, offset: int, limit: int) -> list[dict[str, Any]]:
        """One page of rows, flags computed by the database.

        The page's entry ids are chosen first (sort, filter, offset on indexed columns);
        the flags and the correlated last-reading lookup run only for those rows. Pages
        read in order by dossier number continue from the last number (keyset), so
        scrolling to the end of a long list costs the same per page as the first one.
        """
        with self.database.session() as session:
            conditions = self._page_conditions(session, query)
            signature = self._signature(query)
            cursor = self._cursor.get(signature)
            skip = offset
            if (query.sort_key or "dossier") == "dossier" and cursor is not None and cursor[0] == offset and offset:
                last = cursor[1]
                conditions.append(Dossier.number < last if query.descending else Dossier.number > last)
                skip = 0
            page = (self._base(CarpassEntry.id).where(*conditions).order_by(*self._order(query))
                    .offset(skip).limit(limit).subquery("page"))
            rows = self._fetch_page(session, query, page)
            if rows:
                self._cursor = {signature: (offset + len(rows), rows[-1]["dossier"])}
            return rows

    def _fetch_page(self, session, query: GridQuery, page) -> list[dict[str, Any]]:
        last_reading = last_reading_subquery()
        flag_columns = [_flag(cond).label(code) for code, cond in (*_PROBLEMS, *_warnings(last_reading))]
        statement = self._base(
            CarpassEntry.id.label("entry_id"), CarpassEntry.version.label("entry_version"),
            CarpassEntry.status, CarpassEntry.manual, CarpassEntry.last_message,
            Dossier.id.label("dossier_id"), Dossier.number, Dossier.owner, Dossier.work_started_at, Dossier.plate,
            Dossier.vin, Dossier.first_registration, Dossier.original_km, Dossier.damage_km, Dossier.repair_km,
            Dossier.invoice_total, MILEAGE.label("mileage"), last_reading.label("last_reading"), *flag_columns,
        ).join(page, page.c.id == CarpassEntry.id).order_by(*self._order(query))
        return [self._row(r._mapping) for r in session.execute(statement)]

    def _row(self, m) -> dict[str, Any]:
        problems = [code for code, _ in _PROBLEMS if m[code]]
        warnings = [code for code in (VIN_SHORT, REPAIR_BELOW_DAMAGE, BELOW_LAST_READING) if m[code]]
        detail = describe(problems + warnings, self.translate)
        if m["last_message"]:
            detail = f"{detail} — {m['last_message']}" if detail else m["last_message"]
        return {
            "entry_id": m["entry_id"], "entry_version": m["entry_version"], "dossier_id": m["dossier_id"],
            "dossier": m["number"], "owner": m["owner"], "work_started_at": m["work_started_at"],
            "plate": m["plate"], "vin": m["vin"], "first_registration": m["first_registration"],
            "mileage": m["mileage"], "original_km": m["original_km"], "damage_km": m["damage_km"],
            "repair_km": m["repair_km"], "invoice_total": m["invoice_total"], "status": m["status"],
            "status_text": STATUS_TEXTS[m["status"]].render(self.translate), "manual": bool(m["manual"]),
            "last_message": m["last_message"], "last_reading": m["last_reading"], "sendable": not problems,
            "problems": problems, "warnings": warnings, "detail": detail,
        }

    def entry_ids(self, query: GridQuery) -> list[int]:
        """Ids of every entry matching ``query`` (the select-all box), one narrow query."""
        with self.database.session() as session:
            return list(session.scalars(self._base(CarpassEntry.id).where(*self._where(query))))

    def all_rows(self, query: GridQuery, page_size: int = 2000) -> list[dict[str, Any]]:
        """Every matching row (CLI output), page by page."""
        rows: list[dict[str, Any]] = []
        while True:
            page = self.fetch(query, len(rows), page_size)
            rows.extend(page)
            if len(page) < page_size:
                return rows
