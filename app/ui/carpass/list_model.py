"""Table model of the Car-Pass list: check boxes, red rows (never sent as they are), amber
rows (to look at before sending: the send-time checks, a missing work description...)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from app.core.carpass.carpass_list import CarpassListSource
from app.core.carpass.list_row import CarpassRow
from app.core.grid import GridQuery, RowSource
from app.core.numbers import format_euros
from app.core.timeutil import format_date, format_local, to_local
from app.ui.i18n import tr
from app.ui.widgets.lazy_table_model import Index, LazyTableModel

RED = QColor("#f6c9c9")
AMBER = QColor("#ffe3a6")
GREY = QColor("#e6e6e6")
TEXT = QColor("#1a1a1a")
_BRUSHES: dict[str, QBrush] = {}
BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
CHECK_STATE = int(Qt.ItemDataRole.CheckStateRole.value)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
SHOWN_ACTIVE = frozenset(("pending", "failed", "anomaly", "unknown"))


def _brush(name: str, colour: QColor) -> QBrush:
    """One shared brush per colour (made at the first paint, when a GUI application exists)."""
    brush = _BRUSHES.get(name)
    if brush is None:
        brush = _BRUSHES[name] = QBrush(colour)
    return brush


def format_money(value: Decimal) -> str:
    """``1.142,04 €``: the amount as everywhere in Atelier (app.core.numbers)."""
    return format_euros(value)


def format_started(value) -> str:
    """Work start as a Brussels date (the list shows the day, the tooltip the time)."""
    return format_date(to_local(value).date())


class CarpassListModel(LazyTableModel):
    """The Car-Pass grid: column 0 carries the selection check box."""

    ROW_DATA_ROLES = frozenset((CHECK_STATE, BACKGROUND, FOREGROUND, TOOLTIP))

    def __init__(self, source: CarpassListSource, parent=None):
        self.checked: set[int] = set()
        self._item_flags: tuple[Qt.ItemFlag, Qt.ItemFlag] | None = None
        super().__init__(source, parent, formatters={
            "work_started_at": format_started,
            "invoice_total": format_money,
        })

    def reload(self) -> None:
        """Re-query; check marks of rows that left the list are dropped."""
        if self.checked:
            query = GridQuery(text=self.query.text, filters={**self.query.filters, "entry_ids": sorted(self.checked)})
            self.checked &= set(self.source.entry_ids(query))
        super().reload()

    def display(self, key: str, value: Any, row: CarpassRow) -> str | None:
        if key == "status":
            return row.status_text + (" ✋" if row.manual else "")
        return super().display(key, value, row)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return super().flags(index)
        if self._item_flags is None:  # the same for every valid cell: asked once per cell painted
            plain = super().flags(index)
            self._item_flags = (plain | Qt.ItemFlag.ItemIsUserCheckable, plain)
        return self._item_flags[0] if index.column() == 0 else self._item_flags[1]

    def row_data(self, index: Index, role: int, row: CarpassRow):
        if role == BACKGROUND:
            if row.status in ("sent", "removed"):
                return _brush("grey", GREY)
            if not row.sendable:
                return _brush("red", RED)
            if row.warnings:
                return _brush("amber", AMBER)
            return None
        if role == FOREGROUND:
            return _brush("text", TEXT) if row.status in SHOWN_ACTIVE else None
        if role == CHECK_STATE:
            if index.column() != 0:
                return None
            return Qt.CheckState.Checked if row.entry_id in self.checked else Qt.CheckState.Unchecked
        if role == TOOLTIP:
            return self.tooltip(row)
        return None

    def tooltip(self, row: CarpassRow) -> str:
        """What is missing or odd on the row, in full."""
        lines = []
        if not row.sendable:
            lines.append(tr("carpass", "Ne sera pas envoyé à Car-Pass :"))
        elif row.warnings:
            lines.append(tr("carpass", "Peut être envoyé, mais vérifiez :"))
        if row.detail:
            lines += row.detail.split("; ")
        if row.last_sent_km is not None and row.last_sent_date is not None:
            lines.append(tr("carpass", "Dernier relevé envoyé à Car-Pass pour ce VIN : {km} km le {date}",
                            km=row.last_sent_km, date=format_date(row.last_sent_date)))
        if row.work_started_at is not None:
            lines.append(tr("carpass", "Début des travaux : {when}", when=format_local(row.work_started_at)))
        lines.append(tr("carpass", "État : {state}", state=row.status_text))
        if row.manual:
            lines.append(tr("carpass", "Inscrit manuellement"))
        return "\n".join(lines)

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        entry_id = self.row_at(index.row()).entry_id
        state = Qt.CheckState(value) if not isinstance(value, Qt.CheckState) else value
        if state == Qt.CheckState.Checked:
            self.checked.add(entry_id)
        else:
            self.checked.discard(entry_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def set_all_checked(self, checked: bool) -> None:
        """The select-all box: every row matching the filter (loaded or not)."""
        self.checked = set(self.source.entry_ids(self.query)) if checked else set()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0),
                                  [Qt.ItemDataRole.CheckStateRole])

    def checked_ids(self) -> list[int]:
        """Entry ids of the checked rows."""
        return sorted(self.checked)



def export_source(source: RowSource) -> RowSource:
    """The list with every cell formatted as the grid shows it (for the CSV export)."""
    return _FormattedSource(source)


class _FormattedSource:
    def __init__(self, source: RowSource):
        self.source = source
        self.columns = source.columns

    def count(self, query: GridQuery) -> int:
        return self.source.count(query)

    def fetch(self, query: GridQuery, offset: int, limit: int) -> list[dict[str, Any]]:
        return [_formatted(row) for row in self.source.fetch(query, offset, limit)]


def _formatted(row: CarpassRow) -> dict[str, Any]:
    """The exported cells of a row: dates and amounts as the grid shows them, the state's name."""
    return {
        "dossier": row.dossier, "owner": row.owner, "plate": row.plate, "vin": row.vin, "mileage": row.mileage,
        "work_started_at": format_local(row.work_started_at) if row.work_started_at is not None else None,
        "invoice_total": f"{row.invoice_total:.2f}".replace(".", ",") if row.invoice_total is not None else None,
        "status": row.status_text, "detail": row.detail,
        "first_registration": format_date(row.first_registration) if row.first_registration else None,
    }
