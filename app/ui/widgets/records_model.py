"""A table model over a short list of records (sites, users, tariffs): loaded at once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class RecordColumn:
    """A column: translated title and how to read its text from a record."""

    title: str
    value: Callable[[Any], Any]
    align_right: bool = False


class RecordsTableModel(QAbstractTableModel):
    """Read-only model of small lists; call :meth:`set_records` after each reload."""

    def __init__(self, columns: Sequence[RecordColumn], records: Sequence[Any] = (), parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.records: list[Any] = list(records)

    def set_records(self, records: Sequence[Any]) -> None:
        """Replace every record."""
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and section < len(self.columns)):
            return self.columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.records):
            return None
        record = self.records[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(record)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == RECORD_ROLE:
            return record
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        key = self.columns[column].value
        self.records.sort(key=lambda r: (key(r) is None,
                                         str(key(r)).lower() if not isinstance(key(r), (int, float)) else key(r)),
                          reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()
