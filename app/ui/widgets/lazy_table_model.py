"""A QAbstractTableModel over a core RowSource: rows fetched page by page (fetchMore),
sorting and filtering done in SQL by the source."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.core.grid import GridQuery, RowSource
from app.ui.i18n import render

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the whole row dict
Index = QModelIndex | QPersistentModelIndex


class LazyTableModel(QAbstractTableModel):
    """Shows a RowSource; subclasses add colours, tooltips and check boxes per row.

    Override :meth:`display` to format a cell and :meth:`row_data` for other roles.
    """

    PAGE_SIZE = 200

    def __init__(self, source: RowSource, parent=None, formatters: dict[str, Callable[[Any], str]] | None = None):
        super().__init__(parent)
        self.source = source
        self.query = GridQuery()
        self.formatters = formatters or {}
        self._rows: list[dict[str, Any]] = []
        self._total = 0
        self.reload()

    # -- loading ---------------------------------------------------------------------
    def reload(self) -> None:
        """Re-run the query from the first page (after a save, a sort or a filter)."""
        self.beginResetModel()
        self._total = self.source.count(self.query)
        self._rows = self.source.fetch(self.query, 0, self.PAGE_SIZE) if self._total else []
        self.endResetModel()

    def set_query(self, query: GridQuery) -> None:
        """Apply a new sort/filter and reload."""
        self.query = query
        self.reload()

    def total(self) -> int:
        """Rows matching the query (loaded or not)."""
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid():
            return
        start = len(self._rows)
        rows = self.source.fetch(self.query, start, self.PAGE_SIZE)
        if not rows:
            self._total = start
            return
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    # -- Qt model interface ----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.source.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.source.columns):
                return render(self.source.columns[section].title)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.source.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(column.key, row.get(column.key), row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return row
        return self.row_data(index, role, row)

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

    def row_at(self, row: int) -> dict[str, Any]:
        """The loaded row dict at ``row``."""
        return self._rows[row]
