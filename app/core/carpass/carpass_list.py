"""The Car-Pass list of the user's site as a grid source: one SQL query per page.

Problems (red) and warnings (amber) are computed in SQL with the same definitions as
:mod:`app.core.carpass.sendability`; the tests compare both on random data. Sorting and
filtering happen in the database on indexed columns, so the list stays instant with
100,000 dossiers at a site.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta
from functools import cache, reduce
from operator import add
from time import monotonic
from typing import Any

from sqlalchemy import String, and_, bindparam, case, cast, func, or_, select
from sqlalchemy.orm import aliased

from app.core.carpass.models import OPEN_STATUSES, CarpassEntry, Dossier
from app.core.carpass.sendability import (
    BELOW_LAST_READING,
    MISSING_DAMAGE_KM,
    MISSING_REPAIR_KM,
    MISSING_VIN,
    REPAIR_BELOW_DAMAGE,
    VIN_SHORT,
    PROBLEM_CODES,
    WARNING_CODES,
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
    "unknown": msg("carpass", "à vérifier"),
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


FLAG_BITS = {code: 1 << bit for bit, code in enumerate((*PROBLEM_CODES, *WARNING_CODES))}
BELOW_LAST_READING_BIT = FLAG_BITS[BELOW_LAST_READING]
# Problems and warnings of every flag mask (6 flags: 64 masks), in the order the rules list them.
_MASK_CODES = [
    (tuple(c for c in PROBLEM_CODES if mask & FLAG_BITS[c]), tuple(c for c in WARNING_CODES if mask & FLAG_BITS[c]))
    for mask in range(1 << len(FLAG_BITS))
]


def _flags_column(last_reading) -> Any:
    """Every problem and warning of a row as one integer (bits of :data:`FLAG_BITS`), but
    the last-reading warning: the row adds it from the last reading it reads anyway (SQL
    would evaluate the correlated lookup a second time)."""
    conditions = [(code, condition) for code, condition in (*_PROBLEMS, *_warnings(last_reading))
                  if code != BELOW_LAST_READING]
    return reduce(add, [case((condition, FLAG_BITS[code]), else_=0) for code, condition in conditions]).label("flags")


def _warnings(last_reading) -> tuple:
    return (
        (VIN_SHORT, and_(Dossier.vin.is_not(None), Dossier.vin != "", func.length(Dossier.vin) < VIN_LENGTH)),
        (REPAIR_BELOW_DAMAGE, and_(Dossier.damage_km.is_not(None), Dossier.repair_km.is_not(None),
                                   Dossier.repair_km < Dossier.damage_km)),
        (BELOW_LAST_READING, and_(Dossier.damage_km.is_not(None), Dossier.damage_km < last_reading)),
    )


INDEX_WALK_THRESHOLD = 2000
KEY_CHUNK = 10_000  # key rows turned into ids at a time
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


SITE = bindparam("site_id")  # the cached statements take the user's site at each execution
_STATEMENTS: dict[tuple, Any] = {}


def row_select():
    """Every column of a list row with its flags and last reading (no filter, no order)."""
    last_reading = last_reading_subquery()
    return select(
        CarpassEntry.id.label("entry_id"), CarpassEntry.version.label("entry_version"),
        CarpassEntry.status, CarpassEntry.manual, CarpassEntry.last_message,
        Dossier.id.label("dossier_id"), Dossier.number, Dossier.owner, Dossier.work_started_at, Dossier.plate,
        Dossier.vin, Dossier.first_registration, Dossier.original_km, Dossier.damage_km, Dossier.repair_km,
        Dossier.invoice_total, MILEAGE.label("mileage"), last_reading.label("last_reading"),
        _flags_column(last_reading),
    ).select_from(CarpassEntry).join(Dossier, Dossier.id == CarpassEntry.dossier_id)


@cache
def _details_statement():
    """Whole rows of given entry ids at the site (built once per process)."""
    # "+ 0": the site stays checked without SQLite taking the site index over the ids.
    return row_select().where((CarpassEntry.site_id + 0) == SITE, (Dossier.site_id + 0) == SITE,
                              CarpassEntry.id.in_(bindparam("keys", expanding=True)))


class CarpassListSource:
    """RowSource of the site's Car-Pass list.

    ``query.filters``: ``all`` (bool, include sent/removed rows), ``red_only`` (bool),
    ``date_from`` / ``date_to`` (Brussels dates on the work start), ``entry_ids`` (list).

    Besides :meth:`fetch` (whole rows, one query per page), the grid uses the lazy pair
    :meth:`fetch_keys` (entry ids in list order: a narrow query on indexed columns) and
    :meth:`rows_for_keys` (whole rows of the ids the clerk actually sees), so scrolling to
    the end of 100,000 rows never builds rows nobody looks at.
    """

    columns: Sequence[GridColumn] = COLUMNS

    def __init__(self, database: Database, scope: UserScope, translate: Translator = identity_translator):
        self.database = database
        self.scope = scope
        self.translate = translate
        self._cursor: dict[tuple, tuple[int, int]] = {}
        self._counts: dict[tuple, tuple[int, float]] = {}
        self._texts: dict[int, str] = {}
        self._site = {"site_id": scope.site_id}
        self._local = threading.local()  # the session of batch(), per thread (exports run in a worker)
        self._status_texts = {code: text.render(translate) for code, text in STATUS_TEXTS.items()}

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Run the calls made inside on one session of this thread (one transaction: on
        PostgreSQL one BEGIN, site setting and COMMIT instead of one per call)."""
        if getattr(self._local, "session", None) is not None:
            yield
            return
        with self.database.session() as session:
            self._local.session = session
            try:
                yield
            finally:
                self._local.session = None

    @contextmanager
    def _session(self) -> Iterator[Any]:
        shared = getattr(self._local, "session", None)
        if shared is not None:
            yield shared
            return
        with self.database.session() as session:
            yield session

    def _entry_where(self, query: GridQuery) -> list:
        filters = query.filters
        conditions = [CarpassEntry.site_id == SITE]
        if not filters.get("all"):
            conditions.append(CarpassEntry.status.in_(OPEN_STATUSES))
        if filters.get("entry_ids") is not None:
            conditions.append(CarpassEntry.id.in_(list(filters["entry_ids"])))
        return conditions

    def _where(self, query: GridQuery) -> list:
        filters = query.filters
        conditions = [*self._entry_where(query), Dossier.site_id == SITE]
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
        """Entries matching ``query`` (also remembered to plan the page queries of ``query``)."""
        filters = query.filters
        if not (query.text or "").strip() and not any(filters.get(k) for k in ("red_only", "date_from", "date_to")):
            statement = select(func.count()).select_from(CarpassEntry).where(*self._entry_where(query))
        else:
            statement = self._base(func.count()).where(*self._where(query))
        with self._session() as session:
            total = session.scalar(statement, self._site) or 0
        self._counts = {self._signature(query): (total, monotonic())}
        return total

    def _order(self, query: GridQuery) -> list:
        sort = SORTS.get(query.sort_key or "dossier", Dossier.number)
        order = [sort.desc() if query.descending else sort.asc()]
        if sort is not Dossier.number:
            order.append(Dossier.number.desc() if query.descending else Dossier.number.asc())
        return order

    def _walks_sort_index(self, query: GridQuery) -> bool:
        """SQLite only: whether the page query should walk the dossier index in sort order.

        SQLite has no statistics by default: with many matching entries, the entry index
        would be chosen and every matching row sorted for each page. Decided once per
        query from its row count (the one :meth:`count` just gave the grid, else one count).
        """
        if not self.database.is_sqlite or (query.sort_key or "dossier") not in INDEXED_SORTS:
            return False
        known = self._counts.get(self._signature(query))
        if known is None or monotonic() - known[1] > PLAN_CACHE_SECONDS:
            self.count(query)  # only steers the plan: a count a few seconds old is good enough
            known = self._counts[self._signature(query)]
        return known[0] >= INDEX_WALK_THRESHOLD

    def _page_conditions(self, query: GridQuery, walk: bool) -> list:
        """Filter of the page query; when ``walk``, the entry columns are wrapped in a no-op
        expression so that SQLite walks the dossier index in sort order instead."""
        conditions = self._where(query)
        if not walk:
            return conditions
        statuses = [] if query.filters.get("all") else [CarpassEntry.status.concat("").in_(OPEN_STATUSES)]
        return [(CarpassEntry.site_id + 0) == SITE, *statuses, *conditions[len(self._entry_where(query)):]]

    def _signature(self, query: GridQuery) -> tuple:
        return (query.sort_key or "dossier", query.descending, query.text,
                repr(sorted(query.filters.items(), key=lambda item: item[0])))

    def _keys_statement(self, query: GridQuery, keyset: bool, whole_rows: bool):
        """The page statement of ``query``, built once per query (and kept for every list
        of the process): only the site, ``skip``, ``size`` (and ``last``, the last dossier
        number read, for keyset pages) are bound at each page."""
        walk = self._walks_sort_index(query)
        key = (self.database.is_sqlite, self._signature(query), keyset, whole_rows, walk)
        statement = _STATEMENTS.get(key)
        if statement is not None:
            return statement
        conditions = self._page_conditions(query, walk)
        if keyset:
            last = bindparam("last", type_=Dossier.number.type)
            conditions.append(Dossier.number < last if query.descending else Dossier.number > last)
        order = self._order(query)
        # Entry id and dossier number (the keyset), in this order: read as plain tuples.
        statement = (self._base(CarpassEntry.id, Dossier.number).where(*conditions).order_by(*order)
                     .offset(bindparam("skip")).limit(bindparam("size")))
        if whole_rows:
            page = statement.subquery("page")
            statement = row_select().join(page, page.c.id == CarpassEntry.id).order_by(*order)
        if len(_STATEMENTS) > 32:
            _STATEMENTS.clear()
        _STATEMENTS[key] = statement
        return statement

    def _run_page(self, query: GridQuery, offset: int, limit: int, whole_rows: bool) -> list:
        signature = self._signature(query)
        cursor = self._cursor.get(signature)
        keyset = ((query.sort_key or "dossier") == "dossier" and cursor is not None and cursor[0] == offset
                  and offset > 0)
        statement = self._keys_statement(query, keyset, whole_rows)
        params = {"skip": 0 if keyset else offset, "size": limit, **self._site}
        if keyset:
            params["last"] = cursor[1]
        with self._session() as session:
            result = session.connection().execute(statement, params)
            if whole_rows:
                rows = result.all()
                last = rows[-1].number if rows else None
            else:  # entry ids straight from the driver's tuples, by chunks (no result rows, low peak)
                rows, last = [], None
                while chunk := result.cursor.fetchmany(KEY_CHUNK):
                    rows += [row[0] for row in chunk]
                    last = chunk[-1][1]
                result.close()
        if rows:
            self._cursor = {signature: (offset + len(rows), last)}
        return rows

    def fetch_keys(self, query: GridQuery, offset: int, limit: int) -> list[int]:
        """Entry ids of rows ``offset``..``offset+limit`` in list order (no row built).

        Pages read in order by dossier number continue from the last number (keyset), so
        the last page of a long list costs the same as the first one.
        """
        return self._run_page(query, offset, limit, whole_rows=False)

    def fetch(self, query: GridQuery, offset: int, limit: int) -> list[dict[str, Any]]:
        """One page of whole rows, flags computed by the database (one query).

        The page's entry ids are chosen first (sort, filter, offset on indexed columns);
        the flags and the correlated last-reading lookup run only for those rows.
        """
        return [self._row(row) for row in self._run_page(query, offset, limit, whole_rows=True)]

    def rows_for_keys(self, keys: Sequence[int]) -> list[dict[str, Any]]:
        """Whole rows of the entries ``keys`` (the site's only), in the order given; an
        entry gone meanwhile gets :meth:`placeholder`."""
        if not keys:
            return []
        with self._session() as session:
            # Core rows (no ORM loading): their values are read once, into the row dicts.
            rows = session.connection().execute(_details_statement(), {"keys": list(keys), **self._site})
            found = {row.entry_id: row for row in rows}
        return [self._row(found[key]) if key in found else self.placeholder(key) for key in keys]

    def placeholder(self, key: int) -> dict[str, Any]:
        """A blank row for entry ``key`` when its row cannot be read (gone, database away)."""
        row: dict[str, Any] = dict.fromkeys(ROW_KEYS)
        row.update(entry_id=key, status="removed", status_text="", manual=False, sendable=False,
                   problems=[], warnings=[], detail="")
        return row

    def _detail(self, flags: int) -> str:
        """Problems and warnings as a clerk reads them, translated once per flag mask."""
        text = self._texts.get(flags)
        if text is None:
            problems, warnings = _MASK_CODES[flags]
            text = self._texts[flags] = describe([*problems, *warnings], self.translate)
        return text

    def _row(self, m) -> dict[str, Any]:
        (entry_id, entry_version, status, manual, last_message, dossier_id, number, owner, work_started_at, plate,
         vin, first_registration, original_km, damage_km, repair_km, invoice_total, mileage, last_reading,
         flags) = m  # the columns of row_select(), in order
        if damage_km is not None and last_reading is not None and damage_km < last_reading:
            flags |= BELOW_LAST_READING_BIT
        problems, warnings = _MASK_CODES[flags]
        detail = self._detail(flags)
        if last_message:
            detail = f"{detail} — {last_message}" if detail else last_message
        return {
            "entry_id": entry_id, "entry_version": entry_version, "dossier_id": dossier_id,
            "dossier": number, "owner": owner, "work_started_at": work_started_at,
            "plate": plate, "vin": vin, "first_registration": first_registration,
            "mileage": mileage, "original_km": original_km, "damage_km": damage_km,
            "repair_km": repair_km, "invoice_total": invoice_total, "status": status,
            "status_text": self._status_texts[status], "manual": bool(manual),
            "last_message": last_message, "last_reading": last_reading, "sendable": not problems,
            "problems": list(problems), "warnings": list(warnings), "detail": detail,
        }

    def entry_ids(self, query: GridQuery) -> list[int]:
        """Ids of every entry matching ``query`` (the select-all box), one narrow query."""
        with self._session() as session:
            return list(session.scalars(self._base(CarpassEntry.id).where(*self._where(query)), self._site))

    def all_rows(self, query: GridQuery, page_size: int = 2000) -> list[dict[str, Any]]:
        """Every matching row (CLI output), page by page."""
        rows: list[dict[str, Any]] = []
        while True:
            page = self.fetch(query, len(rows), page_size)
            rows.extend(page)
            if len(page) < page_size:
                return rows


ROW_KEYS = ("entry_id", "entry_version", "dossier_id", "dossier", "owner", "work_started_at", "plate", "vin",
            "first_registration", "mileage", "original_km", "damage_km", "repair_km", "invoice_total", "status",
            "status_text", "manual", "last_message", "last_reading", "sendable", "problems", "warnings", "detail")
