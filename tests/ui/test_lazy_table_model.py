"""LazyTableModel over fake sources: growing pages, rows read lazily by block for a source
that offers keys, cell texts formatted once, a bounded row cache, a database failure
painted as blank rows, and the plain row-dict sources (rental, controls) unchanged."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from app.core.errors import DatabaseUnavailableError
from app.core.grid import GridColumn
from app.core.i18n import msg
from app.ui.widgets.lazy_table_model import ROW_ROLE, LazyTableModel

COLUMNS = (GridColumn("n", msg("grid", "N"), align_right=True), GridColumn("name", msg("grid", "Nom")))


class DictSource:
    """Whole rows per page, as the rental and controls lists give them."""

    columns = COLUMNS

    def __init__(self, total: int):
        self.total = total
        self.pages: list[tuple[int, int]] = []

    def count(self, query) -> int:
        return self.total

    def fetch(self, query, offset: int, limit: int) -> list[dict]:
        self.pages.append((offset, limit))
        return [{"n": n, "name": f"row {n}"} for n in range(offset, min(offset + limit, self.total))]


class KeySource(DictSource):
    """Keys per page, whole rows on demand (the Car-Pass list's shape)."""

    def __init__(self, total: int):
        super().__init__(total)
        self.read: list[int] = []
        self.fail = False

    def fetch_keys(self, query, offset: int, limit: int) -> list[int]:
        self.pages.append((offset, limit))
        return list(range(offset, min(offset + limit, self.total)))

    def rows_for_keys(self, keys) -> list[dict]:
        if self.fail:
            raise DatabaseUnavailableError(msg("grid", "gone"))
        self.read.extend(keys)
        return [{"n": key, "name": f"row {key}"} for key in keys]

    def placeholder(self, key: int) -> dict:
        return {"n": key, "name": None}


class CountingModel(LazyTableModel):
    def __init__(self, source, parent=None):
        self.formatted = 0
        super().__init__(source, parent)

    def display(self, key, value, row):
        self.formatted += 1
        return super().display(key, value, row)


def test_pages_grow_with_what_is_loaded_up_to_a_limit(qapp):
    source = DictSource(100_000)
    model = LazyTableModel(source)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    sizes = [limit for _offset, limit in source.pages]
    assert sizes[:4] == [200, 200, 400, 800]
    assert max(sizes) == LazyTableModel.MAX_PAGE_SIZE
    assert model.rowCount() == 100_000 and len(sizes) < 20
    assert model.index(99_999, 1).data() == "row 99999"


def test_a_key_source_is_read_only_where_the_view_looks(qapp, qtmodeltester):
    source = KeySource(1000)
    model = CountingModel(source)
    block = LazyTableModel.BLOCK_SIZE
    assert source.read == list(range(block))  # the first rows on screen, read with the first keys
    source.read.clear()
    model.fetchMore(QModelIndex())
    assert source.pages == [(0, 200), (200, LazyTableModel.KEY_PAGE_SIZE)]  # first rows, then the rest's keys
    assert model.rowCount() == 1000 and not model.canFetchMore(QModelIndex())
    assert source.read == []  # scrolling past reads no row
    assert model.index(730, 1).data() == "row 730"
    start = 730 // block * block
    assert source.read == list(range(start, start + block))
    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DisplayRole):
        model.index(731, 0).data(role)
    assert model.formatted == 2 * 2  # two rows, two columns each, formatted once
    assert model.index(731, 0).data(Qt.ItemDataRole.TextAlignmentRole)
    assert model.index(731, 0).data(ROW_ROLE) == {"n": 731, "name": "row 731"} == model.row_at(731)
    assert model.row_at(-1)["n"] == 999
    qtmodeltester.check(model)


def test_the_row_cache_is_bounded(qapp):
    source = KeySource(20_000)
    model = LazyTableModel(source)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    for row in range(0, 20_000, 7):
        model.index(row, 0).data()
    assert len(model._blocks) <= LazyTableModel.MAX_BLOCKS
    assert model.index(3, 1).data() == "row 3"  # evicted blocks are read again


def test_a_database_failure_shows_blank_rows_then_reads_again(qapp):
    source = KeySource(500)
    model = LazyTableModel(source)
    source.fail = True
    assert model.index(150, 1).data() == ""
    source.fail = False
    assert model.index(150, 1).data() == ""  # not retried at every paint
    model.fetchMore(QModelIndex())
    assert model.index(150, 1).data() == "row 150"


def test_rows_appended_to_a_partly_read_block_are_shown(qapp):
    source = DictSource(230)
    model = LazyTableModel(source)
    model.PAGE_SIZE = 130
    model.reload()
    assert model.index(129, 1).data() == "row 129"
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 230 and model.index(149, 1).data() == "row 149"


def test_the_block_after_the_one_shown_is_read_ahead_when_idle(qtbot, qapp):
    source = KeySource(1000)
    model = CountingModel(source)
    model.fetchMore(QModelIndex())
    block = LazyTableModel.BLOCK_SIZE
    source.read.clear()
    assert model.index(3 * block + 1, 1).data() == f"row {3 * block + 1}"
    assert source.read == list(range(3 * block, 4 * block))  # only what is shown, at once
    qtbot.waitUntil(lambda: len(source.read) == 2 * block, timeout=2000)
    assert source.read[block:] == list(range(4 * block, 5 * block))  # then the next block, when idle
    assert model.formatted >= 2 + block * 2  # its texts formatted too, before it is shown
    formatted = model.formatted
    assert model.index(4 * block + 2, 1).data() == f"row {4 * block + 2}"
    assert model.formatted == formatted


def test_no_read_ahead_while_the_view_keeps_asking(qtbot, qapp):
    source = KeySource(1000)
    model = LazyTableModel(source)
    model.fetchMore(QModelIndex())
    source.read.clear()
    model.index(60, 1).data()
    read = list(source.read)
    for _ in range(6):  # a paint longer than READ_AHEAD_MS: cells asked for every 10 ms
        qtbot.wait(10)
        model.index(61, 1).data()
    assert source.read == read  # the timer came due, but the view was not quiet
    qtbot.waitUntil(lambda: len(source.read) > len(read), timeout=2000)


def test_keys_are_read_ahead_by_slices_as_the_rows_shown_near_the_last_key(qtbot, qapp):
    source = KeySource(100_000)
    model = LazyTableModel(source)
    assert model.rowCount() == 200
    model.index(0, 1).data()  # the first screen painted: the next keys come while the clerk reads it
    qtbot.waitUntil(lambda: model.rowCount() == 200 + LazyTableModel.KEY_SLICE, timeout=2000)
    assert source.pages == [(0, 200), (200, LazyTableModel.KEY_SLICE)]
    qtbot.wait(3 * LazyTableModel.READ_AHEAD_MS)
    assert model.rowCount() == 200 + LazyTableModel.KEY_SLICE  # far from the last key: nothing more
    near = model.rowCount() - LazyTableModel.KEY_SLICE // 4
    model.index(near, 1).data()
    qtbot.waitUntil(lambda: model.rowCount() == 200 + 2 * LazyTableModel.KEY_SLICE, timeout=2000)
    model.fetchMore(QModelIndex())  # a drag to the end still reads the rest at once
    assert model.rowCount() == 100_000 and not model.canFetchMore(QModelIndex())


def test_keys_not_read_ahead_when_the_database_is_away_are_read_later(qtbot, qapp):
    class FailingKeys(KeySource):
        def fetch_keys(self, query, offset, limit):
            if offset and self.fail:
                raise DatabaseUnavailableError(msg("grid", "gone"))
            return super().fetch_keys(query, offset, limit)

    source = FailingKeys(10_000)
    model = LazyTableModel(source)
    source.fail = True
    model.index(0, 1).data()
    qtbot.wait(4 * LazyTableModel.READ_AHEAD_MS)  # the read-ahead ran and failed quietly
    assert model.rowCount() == 200 and model.canFetchMore(QModelIndex())
    source.fail = False
    model.index(60, 1).data()  # the next block shown: the keys are read ahead again
    qtbot.waitUntil(lambda: model.rowCount() == 200 + LazyTableModel.KEY_SLICE, timeout=2000)
