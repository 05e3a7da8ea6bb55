"""SQLite plan steering of the Car-Pass list: walk the sort index only when the matching
entries are many and dense (never for a few pending rows among years of history)."""

from __future__ import annotations

from app.core.carpass.list_planner import INDEX_WALK_THRESHOLD, SqlitePlanner, entry_driven
from app.core.grid import GridQuery


def _planner(matching: int, entries: int, is_sqlite: bool = True) -> SqlitePlanner:
    planner = SqlitePlanner(is_sqlite, lambda query: planner.remember("q", matching), lambda: entries)
    return planner


def test_walks_for_a_dense_long_list():
    assert _planner(100_000, 200_000).walks_sort_index(GridQuery(), "q")


def test_sorts_a_few_pending_entries_among_years_of_history():
    assert not _planner(2_000, 1_000_000).walks_sort_index(GridQuery(), "q")
    assert not _planner(INDEX_WALK_THRESHOLD - 1, INDEX_WALK_THRESHOLD).walks_sort_index(GridQuery(), "q")


def test_never_on_postgresql():
    assert not _planner(100_000, 100_000, is_sqlite=False).walks_sort_index(GridQuery(), "q")


def test_entry_driven_only_without_dossier_filters():
    assert entry_driven(True, False, GridQuery())
    assert not entry_driven(True, True, GridQuery())
    assert not entry_driven(False, False, GridQuery())
    assert not entry_driven(True, False, GridQuery(text="DUBOIS"))
    assert not entry_driven(True, False, GridQuery(filters={"red_only": True}))
