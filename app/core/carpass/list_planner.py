"""Steering SQLite's query planner for the Car-Pass list (PostgreSQL needs none of this).

SQLite keeps no statistics by default. With many matching entries it would pick the
entry index ``(site_id, status)`` and sort every matching row for each page of 200; when
more than :data:`INDEX_WALK_THRESHOLD` entries match, the entry columns of the page filter
are wrapped in no-op expressions (``site_id + 0``, ``status || ''``), which SQLite cannot
use an index for, so it walks the dossier index of the sort column in order and stops
after the page. The count that decides is the one the grid has just made for the same
query (else one count), kept :data:`PLAN_CACHE_SECONDS`. Measured figures:
docs/decisions/carpass-list-query.md.

The walk pays off only where matching entries are dense along the index: 2,000 pending
entries among the 1,000,000 dossiers of ten years would make it step over every sent one
(the cost growing with the history). So it is chosen only when the matching entries are
at least :data:`WALK_MIN_SHARE` of all the list entries of the database (the largest entry
id, one index probe: constant time, an overestimate of the site's entries when several
sites share the file, which errs towards sorting the matching rows — a cost bounded by
their number). When it does not walk, and no dossier column filters the list, the
dossier's site is checked through ``site_id + 0`` as well (:func:`entry_driven`): else
SQLite would still walk the dossier index ``(site_id, number)`` to spare itself the sort.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from time import monotonic

from sqlalchemy import ColumnElement, bindparam

from app.core.carpass.list_flags import SITE
from app.core.carpass.models import OPEN_STATUSES, CarpassEntry, Dossier
from app.core.grid import GridQuery

INDEX_WALK_THRESHOLD = 2000
WALK_MIN_SHARE = 0.25
PLAN_CACHE_SECONDS = 30.0
INDEXED_SORTS = ("dossier", "owner", "work_started_at", "plate", "vin", "invoice_total")


class SqlitePlanner:
    """Remembers the last count per query and says when a page should walk the sort index."""

    def __init__(self, is_sqlite: bool, count: Callable[[GridQuery], int], entries: Callable[[], int]):
        self.is_sqlite = is_sqlite
        self._count = count
        self._entries = entries
        self._counts: dict[Hashable, tuple[int, float]] = {}
        self._known_entries: tuple[int, float] | None = None

    def remember(self, signature: Hashable, total: int) -> None:
        """The count just made for the query of ``signature`` (only the last one is kept)."""
        self._counts = {signature: (total, monotonic())}

    def walks_sort_index(self, query: GridQuery, signature: Hashable) -> bool:
        """SQLite only: True when the page statement of ``query`` should walk the dossier
        index in sort order (decided once per query from its row count)."""
        if not self.is_sqlite or (query.sort_key or "dossier") not in INDEXED_SORTS:
            return False
        known = self._counts.get(signature)
        if known is None or monotonic() - known[1] > PLAN_CACHE_SECONDS:
            self._count(query)  # only steers the plan: a count a few seconds old is good enough
            known = self._counts[signature]
        return known[0] >= INDEX_WALK_THRESHOLD and known[0] >= WALK_MIN_SHARE * self._all_entries()

    def _all_entries(self) -> int:
        """List entries of the database (largest id), asked at most every PLAN_CACHE_SECONDS."""
        known = self._known_entries
        if known is None or monotonic() - known[1] > PLAN_CACHE_SECONDS:
            known = self._known_entries = (self._entries(), monotonic())
        return known[0]


def walking_entry_conditions(query: GridQuery) -> list[ColumnElement[bool]]:
    """The entry filter of ``query`` with its columns in no-op expressions (see above)."""
    filters = query.filters
    conditions = [(CarpassEntry.site_id + 0) == SITE]
    if not filters.get("all"):
        conditions.append(CarpassEntry.status.concat("").in_(OPEN_STATUSES))
    if filters.get("entry_ids") is not None:
        conditions.append((CarpassEntry.id + 0).in_(list(filters["entry_ids"])))
    return conditions


def by_ids_conditions() -> list[ColumnElement[bool]]:
    """Rows of given entry ids at the user's site: "+ 0" keeps the site checked without
    SQLite taking the site index over the ids (``keys``: an expanding parameter)."""
    return [(CarpassEntry.site_id + 0) == SITE, (Dossier.site_id + 0) == SITE,
            CarpassEntry.id.in_(bindparam("keys", expanding=True))]


def dossier_filtered(query: GridQuery) -> bool:
    """True when a dossier column filters ``query`` (free text, red only, dates)."""
    filters = query.filters
    return bool((query.text or "").strip()) or any(filters.get(k) for k in ("red_only", "date_from", "date_to"))


def entry_driven(is_sqlite: bool, walk: bool, query: GridQuery) -> bool:
    """SQLite, a page that does not walk the sort index and no dossier filter: the page
    must start from the matching entries (index ``(site_id, status)``) and sort them, the
    dossier's site checked through :func:`entry_driven_site`."""
    return is_sqlite and not walk and not dossier_filtered(query)


def entry_driven_site() -> ColumnElement[bool]:
    """The dossier's site condition of an entry-driven page (no index serves it)."""
    return (Dossier.site_id + 0) == SITE
