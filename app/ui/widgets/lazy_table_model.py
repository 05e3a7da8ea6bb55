"""A QAbstractTableModel over a core RowSource: rows fetched page by page (fetchMore),
sorting and filtering done in SQL by the source.

The first page is small, for a quick first paint. A source that also offers
``fetch_keys`` / ``rows_for_keys`` is read lazily: pages bring only the rows' keys (after
the first page, the rest of the list in one narrow query, up to
:attr:`LazyTableModel.KEY_PAGE_SIZE` keys: one index walk or one join instead of one per
page), and whole rows are read by blocks when the view first asks for them, so scrolling
to the end of a long list never builds the rows scrolled past. While the clerk reads a screen,
the next :attr:`LazyTableModel.KEY_SLICE` keys are read once the rows shown come within half
of that of the last key read, so paging down never meets the long read of the rest of the
keys (which a drag of the scroll bar to the end still makes). A source of whole rows gets
pages as large as what is already loaded, up to :attr:`LazyTableModel.MAX_PAGE_SIZE`.
Each row's cell texts are formatted once, when first shown, and kept with the row in a
bounded block cache. The block after the last one shown is read ahead and its texts
formatted :attr:`LazyTableModel.READ_AHEAD_MS` after the view last asked for a cell, while
the clerk reads the screen, so paging down finds its rows read and formatted already.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import nullcontext
from time import monotonic
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer

from app.core.errors import AtelierError
from app.core.grid import GridQuery, RowSource
from app.ui.i18n import render

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the whole row dict
Index = QModelIndex | QPersistentModelIndex
DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
ROW = int(ROW_ROLE)
RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
HORIZONTAL = Qt.Orientation.Horizontal
log = logging.getLogger(__name__)


class LazyTableModel(QAbstractTableModel):
    """Shows a RowSource; subclasses add colours, tooltips and check boxes per row.

    Override :meth:`display` to format a cell (called once per row shown; the text is
    kept) and :meth:`row_data` for other roles. A subclass that answers only some roles
    names them in :attr:`ROW_DATA_ROLES`; the others are then refused without a lookup.
    """

    PAGE_SIZE = 200
    MAX_PAGE_SIZE = 20_000
    KEY_PAGE_SIZE = 200_000
    KEY_SLICE = 2000  # keys read ahead while the clerk reads, when the rows shown come near the last key
    BLOCK_SIZE = 50
    MAX_BLOCKS = 100
    READ_AHEAD_MS = 30  # idle time after a paint before the next block is read ahead
    ROW_DATA_ROLES: frozenset[int] | None = None  # None: every role goes to row_data

    def __init__(self, source: RowSource, parent=None, formatters: dict[str, Callable[[Any], str]] | None = None):
        super().__init__(parent)
        self.source = source
        self.query = GridQuery()
        self.formatters = formatters or {}
        self._keys: list[Any] = []  # one per loaded row: the row dict, or its key for a lazy source
        self._blocks: dict[int, list[list[Any]]] = {}  # block number -> [row dict, cell texts or None]
        self._failed: set[int] = set()
        self._total = 0
        self._lazy = callable(getattr(source, "fetch_keys", None)) and callable(getattr(source, "rows_for_keys", None))
        columns = source.columns
        self._column_keys = [column.key for column in columns]
        self._alignments = [RIGHT if column.align_right else None for column in columns]
        self._answered = None if self.ROW_DATA_ROLES is None else frozenset(
            {DISPLAY, ALIGNMENT, ROW, *(int(role) for role in self.ROW_DATA_ROLES)})
        self._last_block = -1  # the block of the last cell asked for
        self._last_asked = 0.0  # monotonic time of the last cell asked for (lazy source)
        self._ahead = QTimer(self)
        self._ahead.setSingleShot(True)
        self._ahead.setInterval(self.READ_AHEAD_MS)
        self._ahead.timeout.connect(self._read_ahead)
        self.reload()

    # -- loading ---------------------------------------------------------------------
    def reload(self) -> None:
        """Re-run the query from the first page (after a save, a sort or a filter).

        A source with ``batch()`` counts, reads the first keys and the first rows shown in
        one session (one transaction instead of three).
        """
        self.beginResetModel()
        self._blocks.clear()
        self._failed.clear()
        self._last_block = -1
        self._ahead.stop()
        batch = getattr(self.source, "batch", None)
        with batch() if callable(batch) else nullcontext():
            self._total = self.source.count(self.query)
            self._keys = self._fetch(0, self.PAGE_SIZE) if self._total else []
            if self._lazy and self._keys:
                self._block(0)  # the first rows on screen, read now rather than at the first paint
        self.endResetModel()

    def _fetch(self, offset: int, limit: int) -> list[Any]:
        if self._lazy:
            return self.source.fetch_keys(self.query, offset, limit)
        return self.source.fetch(self.query, offset, limit)

    def set_query(self, query: GridQuery) -> None:
        """Apply a new sort/filter and reload."""
        self.query = query
        self.reload()

    def total(self) -> int:
        """Rows matching the query (loaded or not)."""
        return self._total

    def next_page_size(self) -> int:
        """Rows the next :meth:`fetchMore` asks for: the rest of the keys of a lazy source,
        else as many rows as already loaded, within bounds."""
        if self._lazy:
            return self.KEY_PAGE_SIZE
        return min(max(self.PAGE_SIZE, len(self._keys)), self.MAX_PAGE_SIZE)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._keys) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if not parent.isValid():
            self._fetch_more(self.next_page_size())

    def _fetch_more(self, limit: int) -> None:
        for number in self._failed:  # read again what the database could not give last time
            self._blocks.pop(number, None)
        self._failed.clear()
        start = len(self._keys)
        keys = self._fetch(start, limit)
        if not keys:
            self._total = start
            return
        self._blocks.pop(start // self.BLOCK_SIZE, None)  # a partly filled last block grows
        self.beginInsertRows(QModelIndex(), start, start + len(keys) - 1)
        self._keys.extend(keys)
        self.endInsertRows()

    def _block(self, number: int) -> list[list[Any]]:
        """Rows of block ``number`` (read from the source the first time for a lazy source)."""
        start = number * self.BLOCK_SIZE
        keys = self._keys[start:start + self.BLOCK_SIZE]
        if self._lazy:
            try:
                rows = self.source.rows_for_keys(keys)
            except AtelierError as error:  # painting must go on: blank rows, read again later
                log.warning("rows %d-%d not read: %s", start, start + len(keys) - 1, error)
                placeholder = getattr(self.source, "placeholder", lambda _key: {})
                rows = [placeholder(key) for key in keys]
                self._failed.add(number)
        else:
            rows = keys
        if len(self._blocks) >= self.MAX_BLOCKS:
            del self._blocks[next(iter(self._blocks))]  # the oldest block read
        block = self._blocks[number] = [[row, None] for row in rows]
        return block

    def _read_ahead(self) -> None:
        """Read the block after the last one shown, if it is loaded as keys but not read,
        and format its cells: once the view has asked for nothing for READ_AHEAD_MS (a
        paint that lasted longer on a busy machine is not followed at once by a read)."""
        quiet = (monotonic() - self._last_asked) * 1000
        if quiet < self.READ_AHEAD_MS:
            self._ahead.start(max(1, int(self.READ_AHEAD_MS - quiet)))
            return
        number = self._last_block + 1
        if number >= 0 and number not in self._blocks and number * self.BLOCK_SIZE < len(self._keys):
            for entry in self._block(number):
                entry[1] = self._cells(entry[0])
            self._ahead.start(1)  # the keys, if needed, at the next turn of the event loop
        elif self.canFetchMore() and (number + 1) * self.BLOCK_SIZE + self.KEY_SLICE // 2 > len(self._keys):
            try:
                self._fetch_more(self.KEY_SLICE)
            except AtelierError as error:  # read again at the next paint, or when the view fetches more
                log.warning("keys after row %d not read ahead: %s", len(self._keys), error)

    def _entry(self, row: int) -> list[Any]:
        number, position = divmod(row, self.BLOCK_SIZE)
        block = self._blocks.get(number)
        if block is None:
            block = self._block(number)
        return block[position]

    def _cells(self, row: dict[str, Any]) -> list[str | None]:
        return [self.display(key, row.get(key), row) for key in self._column_keys]

    # -- Qt model interface ----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._column_keys)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY):  # noqa: N802
        if role != DISPLAY or orientation != HORIZONTAL:  # Qt asks ~8 roles per section painted
            return None
        if 0 <= section < len(self.source.columns):
            return render(self.source.columns[section].title)
        return None

    def data(self, index: Index, role: int = DISPLAY):
        if self._answered is not None and role not in self._answered:
            return None
        row = index.row()
        if row < 0 or row >= len(self._keys):
            return None
        number, position = divmod(row, self.BLOCK_SIZE)  # _entry(), inlined: ~7 calls per cell painted
        if number != self._last_block:
            self._last_block = number
            if self._lazy:
                self._ahead.start(self.READ_AHEAD_MS)  # (re)started: fires once the painting is over
        if self._lazy:
            self._last_asked = monotonic()
        block = self._blocks.get(number)
        if block is None:
            block = self._block(number)
        entry = block[position]
        if role == DISPLAY:
            cells = entry[1]
            if cells is None:
                cells = entry[1] = self._cells(entry[0])
            return cells[index.column()]
        if role == ALIGNMENT:
            alignment = self._alignments[index.column()]
            if alignment is not None:
                return alignment
        elif role == ROW:
            return entry[0]
        return self.row_data(index, role, entry[0])

    def display(self, key: str, value: Any, row: dict[str, Any]) -> str | None:
        """Text of one cell; uses the column's formatter when one is given."""
        if value is None:
            return ""
        formatter = self.formatters.get(key)
        return formatter(value) if formatter else str(value)

    def row_data(self, index: Index, role: int, row: dict[str, Any]):
        """Other roles (colours, tooltips, check state): none by default."""
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(self.source.columns)) or not self.source.columns[column].sortable:
            return
        self.query.sort_key = self.source.columns[column].key
        self.query.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def row_at(self, row: int) -> Any:
        """The source's row at ``row`` (a dict, or a row object answering ``get(key)``; a
        loaded row; negative counts from the end)."""
        if row < 0:
            row += len(self._keys)
        if not 0 <= row < len(self._keys):
            raise IndexError(row)
        return self._entry(row)[0]

    def loaded_rows(self) -> list[Any]:
        """The source's rows read so far and still held (no query is run)."""
        return [entry[0] for block in self._blocks.values() for entry in block]
