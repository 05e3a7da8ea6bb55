"""The Car-Pass list of the user's site as a grid source: one SQL query per page.

Red and amber flags are computed by the database for the page's rows (``list_flags.py``,
the same rule as ``sendability.py``; the tests compare both on random data). Sorting and
filtering happen in the database on indexed columns, so the list stays instant with
100,000 dossiers at a site; SQLite is steered by ``list_planner.py``. Rows are
:class:`~app.core.carpass.list_row.CarpassRow` values.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, Select, String, UnaryExpression, bindparam, cast, func, or_, select

from app.core.carpass.list_flags import (
    MILEAGE,
    RED,
    SITE,
    codes_of,
    day_parameters,
    flags_column,
    last_sent,
    reading_state_column,
)
from app.core.carpass.list_planner import (
    SqlitePlanner,
    by_ids_conditions,
    entry_driven,
    entry_driven_site,
    walking_entry_conditions,
)
from app.core.carpass.list_row import CarpassRow, ResultRow, RowBuilder
from app.core.carpass.models import OPEN_STATUSES, CarpassEntry, Dossier
from app.core.carpass.sendability import CHECK_CODES, MISSING_DESCRIPTION
from app.core.db.engine import Database
from app.core.grid import GridColumn, GridQuery
from app.core.i18n import Translator, identity_translator, msg
from app.core.platform.scope import UserScope
from app.core.timeutil import from_local, local_today

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

KEY_CHUNK = 10_000  # key rows turned into ids at a time
PREVIEW_CHUNK = 5_000  # entry ids per statement (SQLite allows 32,766 parameters)
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


def text_condition(raw: str | None, is_sqlite: bool) -> ColumnElement[bool] | None:
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


_STATEMENTS: dict[tuple[Any, ...], Any] = {}


def _row_columns(is_sqlite: bool) -> dict[str, Any]:
    last = last_sent(is_sqlite)
    return {
        "entry_id": CarpassEntry.id, "entry_version": CarpassEntry.version, "status": CarpassEntry.status,
        "manual": CarpassEntry.manual, "last_message": CarpassEntry.last_message, "dossier_id": Dossier.id,
        "number": Dossier.number, "owner": Dossier.owner, "work_started_at": Dossier.work_started_at,
        "plate": Dossier.plate, "vin": Dossier.vin, "first_registration": Dossier.first_registration,
        "original_km": Dossier.original_km, "damage_km": Dossier.damage_km, "repair_km": Dossier.repair_km,
        "invoice_total": Dossier.invoice_total, "mileage": MILEAGE, "last_sent_km": last.odometer,
        "last_sent_date": last.reading_date, "reading_state": reading_state_column(), "flags": flags_column(last),
    }


def row_select(is_sqlite: bool, page: Any = None) -> Any:
    """Every column of a list row with its flags (no filter, no order), in the order of
    :class:`ResultRow`; with ``page`` (a subquery of entry ids) the page comes first, so
    the lookups run for its rows only."""
    columns = _row_columns(is_sqlite)
    start = CarpassEntry if page is None else page.join(CarpassEntry, CarpassEntry.id == page.c.id)
    joined = last_sent(is_sqlite).join(select(*(columns[name].label(name) for name in ResultRow._fields))
                                       .select_from(start).join(Dossier, Dossier.id == CarpassEntry.dossier_id))
    return joined


@dataclass(frozen=True)
class SendPreview:
    """What the clerk should know before sending checked rows (counts among ``total``)."""

    total: int
    red: int            # never sent as they are
    undescribed: int    # sent without a work description (it can follow later)
    to_confirm: int     # stopped by the send-time checks until the clerk confirms them

    @property
    def needs_warning(self) -> bool:
        """True when the clerk should confirm before the rows are sent."""
        return bool(self.red or self.undescribed or self.to_confirm)


@cache
def _preview_statement(is_sqlite: bool) -> Any:
    """Flags of given entry ids at the site, without the row texts."""
    last = last_sent(is_sqlite)
    return last.join(select(CarpassEntry.status, Dossier.vin, Dossier.work_started_at, MILEAGE.label("mileage"),
                            last.odometer.label("last_sent_km"), last.reading_date.label("last_sent_date"),
                            flags_column(last))
                     .select_from(CarpassEntry).join(Dossier, Dossier.id == CarpassEntry.dossier_id)
                     ).where(*by_ids_conditions())


@cache
def _details_statement(is_sqlite: bool) -> Any:
    """Whole rows of given entry ids at the site (built once per process and backend)."""
    return row_select(is_sqlite).where(*by_ids_conditions())


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
        self._cursor: dict[tuple[Any, ...], tuple[int, int | None]] = {}
        self._planner = SqlitePlanner(database.is_sqlite, self.count, self._entry_span)
        self._builder = RowBuilder(translate)
        self._site = {"site_id": scope.site_id}
        self._local = threading.local()  # the session of batch(), per thread (exports run in a worker)

    def _params(self) -> tuple[date, dict[str, Any]]:
        """Today (Brussels) and the values every row statement is executed with."""
        today = local_today()
        return today, {**self._site, "company_id": self.scope.company_id, **day_parameters(today)}

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

    def _entry_where(self, query: GridQuery) -> list[ColumnElement[bool]]:
        filters = query.filters
        conditions = [CarpassEntry.site_id == SITE]
        if not filters.get("all"):
            conditions.append(CarpassEntry.status.in_(OPEN_STATUSES))
        if filters.get("entry_ids") is not None:
            conditions.append(CarpassEntry.id.in_(list(filters["entry_ids"])))
        return conditions

    def _dossier_where(self, query: GridQuery) -> list[ColumnElement[bool]]:
        filters = query.filters
        conditions = [Dossier.site_id == SITE]
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

    def _where(self, query: GridQuery) -> list[ColumnElement[bool]]:
        return [*self._entry_where(query), *self._dossier_where(query)]

    def _base(self, *columns: Any) -> Select[*tuple[Any, ...]]:
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
        self._planner.remember(self._signature(query), total)
        return total

    def _entry_span(self) -> int:
        """The largest list entry id of the database (SQLite: one probe of the table's key),
        for the planner's share of matching entries."""
        with self._session() as session:
            return int(session.scalar(select(func.max(CarpassEntry.id))) or 0)

    def _order(self, query: GridQuery) -> list[UnaryExpression[Any]]:
        sort = SORTS.get(query.sort_key or "dossier", Dossier.number)
        order: list[UnaryExpression[Any]] = [sort.desc() if query.descending else sort.asc()]
        if sort is not Dossier.number:
            order.append(Dossier.number.desc() if query.descending else Dossier.number.asc())
        return order

    def _signature(self, query: GridQuery) -> tuple[Any, ...]:
        return (query.sort_key or "dossier", query.descending, query.text,
                repr(sorted(query.filters.items(), key=lambda item: item[0])))

    def _keys_statement(self, query: GridQuery, keyset: bool, whole_rows: bool) -> Any:
        """The page statement of ``query``, built once per query (and kept for every list
        of the process): only the site, the day, ``skip``, ``size`` (and ``last``, the last
        dossier number read, for keyset pages) are bound at each page."""
        walk = self._planner.walks_sort_index(query, self._signature(query))
        key = (self.database.is_sqlite, self._signature(query), keyset, whole_rows, walk)
        statement = _STATEMENTS.get(key)
        if statement is not None:
            return statement
        entry = walking_entry_conditions(query) if walk else self._entry_where(query)
        dossier = self._dossier_where(query)
        if entry_driven(self.database.is_sqlite, walk, query):
            dossier = [entry_driven_site(), *dossier[1:]]
        conditions = [*entry, *dossier]
        if keyset:
            last = bindparam("last", type_=Dossier.number.type)
            conditions.append(Dossier.number < last if query.descending else Dossier.number > last)
        order = self._order(query)
        # Entry id and dossier number (the keyset), in this order: read as plain tuples.
        statement = (self._base(CarpassEntry.id, Dossier.number).where(*conditions).order_by(*order)
                     .offset(bindparam("skip")).limit(bindparam("size")))
        if whole_rows:
            statement = row_select(self.database.is_sqlite, statement.subquery("page")).order_by(*order)
        if len(_STATEMENTS) > 32:
            _STATEMENTS.clear()
        _STATEMENTS[key] = statement
        return statement

    def _run_page(self, query: GridQuery, offset: int, limit: int, whole_rows: bool) -> list[Any]:
        signature = self._signature(query)
        cursor = self._cursor.get(signature)
        keyset = ((query.sort_key or "dossier") == "dossier" and cursor is not None and cursor[0] == offset
                  and offset > 0)
        statement = self._keys_statement(query, keyset, whole_rows)
        today, params = self._params()
        params.update(skip=0 if keyset else offset, size=limit)
        if keyset and cursor is not None:
            params["last"] = cursor[1]
        with self._session() as session:
            result = session.connection().execute(statement, params)
            if whole_rows:
                rows = [self._builder.row(m, today) for m in result]
                last = rows[-1].dossier if rows else None
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

    def fetch(self, query: GridQuery, offset: int, limit: int) -> list[CarpassRow]:
        """One page of whole rows, flags computed by the database (one query).

        The page's entry ids are chosen first (sort, filter, offset on indexed columns);
        the flags and the lookups they need run only for those rows.
        """
        return self._run_page(query, offset, limit, whole_rows=True)

    def rows_for_keys(self, keys: Sequence[int]) -> list[CarpassRow]:
        """Whole rows of the entries ``keys`` (the site's only), in the order given; an
        entry gone meanwhile gets :meth:`placeholder`."""
        if not keys:
            return []
        today, params = self._params()
        with self._session() as session:
            rows = session.connection().execute(_details_statement(self.database.is_sqlite),
                                                {"keys": list(keys), **params})
            found = {row.entry_id: self._builder.row(row, today) for row in rows}
        return [found[key] if key in found else self.placeholder(key) for key in keys]

    def placeholder(self, key: int) -> CarpassRow:
        """A blank row for entry ``key`` when its row cannot be read (gone, database away)."""
        return self._builder.placeholder(key)

    def send_preview(self, entry_ids: Sequence[int]) -> SendPreview:
        """How many of ``entry_ids`` are red, lack a work description or will wait for a
        confirmation (the same rules as the rows' colours), read by chunks."""
        today, params = self._params()
        red = undescribed = to_confirm = 0
        ids = list(entry_ids)
        with self._session() as session:
            for start in range(0, len(ids), PREVIEW_CHUNK):
                chunk = ids[start:start + PREVIEW_CHUNK]
                for m in session.connection().execute(_preview_statement(self.database.is_sqlite),
                                                      {"keys": chunk, **params}):
                    problems, warnings = codes_of(self._builder.flags(m, today))
                    red += bool(problems)
                    undescribed += MISSING_DESCRIPTION in warnings
                    to_confirm += any(code in CHECK_CODES for code in warnings)
        return SendPreview(len(ids), red, undescribed, to_confirm)

    def entry_ids(self, query: GridQuery) -> list[int]:
        """Ids of every entry matching ``query`` (the select-all box), one narrow query."""
        with self._session() as session:
            return list(session.scalars(self._base(CarpassEntry.id).where(*self._where(query)), self._site))

    def all_rows(self, query: GridQuery, page_size: int = 2000) -> list[CarpassRow]:
        """Every matching row (CLI output), page by page."""
        rows: list[CarpassRow] = []
        while True:
            page = self.fetch(query, len(rows), page_size)
            rows.extend(page)
            if len(page) < page_size:
                return rows
