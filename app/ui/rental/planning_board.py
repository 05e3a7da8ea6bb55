"""Planning board: fleet vehicles as rows, days as columns, dossiers as coloured bars.

Bars are painted by a delegate from each cell's share of the dossier's period, so a car
returned at 09:00 and lent again at 14:00 shows both bars in the same day.
"""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.rental.kinds import DossierKind
from app.core.rental.models import VEHICLE_OUT_OF_SERVICE
from app.core.rental.planning import PlanningBar, PlanningRow, planning_board, window_bounds
from app.core.timeutil import format_date, format_local, local_today
from app.ui.i18n import tr

BAR_ROLE = Qt.ItemDataRole.UserRole + 10  # list of (bar, start fraction, end fraction) in the cell
KIND_COLOURS = {DossierKind.QUOTE: QColor("#90a4ae"), DossierKind.RESERVATION: QColor("#f0a030"),
                DossierKind.CONTRACT: QColor("#43a047")}
PEC_COLOUR = QColor("#1a3d8f")
Index = QModelIndex | QPersistentModelIndex


def weekday_names() -> tuple[str, ...]:
    """Short translated weekday names, Monday first."""
    return (tr("rental", "lu"), tr("rental", "ma"), tr("rental", "me"), tr("rental", "je"), tr("rental", "ve"),
            tr("rental", "sa"), tr("rental", "di"))


def kind_text(kind: str) -> str:
    """Translated name of a dossier kind."""
    return {DossierKind.QUOTE: tr("rental", "Devis"), DossierKind.RESERVATION: tr("rental", "Réservation"),
            DossierKind.CONTRACT: tr("rental", "Contrat")}.get(kind, kind)


@dataclass(frozen=True)
class CellBar:
    """A bar's part inside one day cell: fractions of the day from 0 to 1."""

    bar: PlanningBar
    start: float
    end: float
    lead: float  # days from the bar's start to the cell's start (negative inside the first cell)


class PlanningModel(QAbstractTableModel):
    """Rows = vehicles, columns = days from ``first_day``; cells carry their bar parts."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[PlanningRow] = []
        self.first_day = local_today()
        self.days = 7
        self._bounds: list[tuple[datetime, datetime]] = []

    def set_board(self, rows: list[PlanningRow], first_day: date, days: int) -> None:
        """Replace the board's content."""
        self.beginResetModel()
        self.rows, self.first_day, self.days = rows, first_day, days
        self._bounds = [window_bounds(first_day + timedelta(days=i), 1) for i in range(days)]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.days

    def day_at(self, column: int) -> date:
        """The calendar day of a column."""
        return self.first_day + timedelta(days=column)

    def cell_bars(self, row: int, column: int) -> list[CellBar]:
        """The bar parts falling in a cell."""
        start, end = self._bounds[column]
        length = (end - start).total_seconds()
        parts = []
        for bar in self.rows[row].bars:
            if bar.start < end and bar.end > start:
                a = max(0.0, (bar.start - start).total_seconds() / length)
                b = min(1.0, (bar.end - start).total_seconds() / length)
                anchor = max(bar.start, self._bounds[0][0])  # labels of bars begun earlier start at the left edge
                parts.append(CellBar(bar, a, b, (start - anchor).total_seconds() / length))
        return parts

    def bar_at(self, row: int, column: int) -> PlanningBar | None:
        """The bar covering most of the cell, if any."""
        parts = self.cell_bars(row, column)
        return max(parts, key=lambda p: p.end - p.start).bar if parts else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows) or index.column() >= self.days:
            return None
        if role == BAR_ROLE:
            return self.cell_bars(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(self._tooltip(p.bar) for p in self.cell_bars(index.row(), index.column())) or None
        if role == Qt.ItemDataRole.BackgroundRole:
            day = self.day_at(index.column())
            if day == local_today():
                return QBrush(QColor("#fff8d6"))
            if day.weekday() >= 5:
                return QBrush(QColor("#f3f3f3"))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join(f"{p.bar.number}" for p in self.cell_bars(index.row(), index.column()))
        return None

    @staticmethod
    def _tooltip(bar: PlanningBar) -> str:
        pec = tr("rental", " – PEC {file}", file=bar.pec_file_number) if bar.is_pec else ""
        return tr("rental", "{kind} {number}{pec}\n{customer}\n{start} → {end}", kind=kind_text(bar.kind),
                  number=bar.number, pec=pec, customer=bar.customer, start=format_local(bar.start),
                  end=format_local(bar.end))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < self.days \
                and role == Qt.ItemDataRole.ToolTipRole:
            day = self.day_at(section)
            return f"{weekday_names()[day.weekday()]} {format_date(day)}"
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < self.days:
            day = self.day_at(section)
            if self.days > 14:  # month view: the day number only, so 31 columns fit
                return f"{day:%d}"
            # two lines: the weekday over the date, so two weeks fit a 1024-pixel screen
            return f"{weekday_names()[day.weekday()]}\n{day:%d/%m}"
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.rows):
            row = self.rows[section]
            status = tr("rental", " (hors service)") if row.status == VEHICLE_OUT_OF_SERVICE else ""
            return f"{row.plate}  {row.category}  {row.model}{status}"
        return None


GRID_COLOUR = QColor("#d0d0d0")
MONTH_SPAN = 31  # the "1 mois" button's id; the month view shows the month's own number of days
WEEK_COLUMN, MONTH_COLUMN = 36, 22  # narrowest day column: a whole month fits a 1024-pixel screen


class BarDelegate(QStyledItemDelegate):
    """Paints the bar parts of a cell: colour by kind, a dark-blue stripe for PEC."""

    def paint(self, painter: QPainter, option, index) -> None:
        super().paint(painter, option, index)
        parts = index.data(BAR_ROLE) or []
        painter.save()
        # The view's own grid is off: cell borders are drawn here, under the bars, so the
        # day lines never cross a booking.
        painter.setPen(QPen(GRID_COLOUR))
        cell = option.rect
        painter.drawLine(cell.topRight(), cell.bottomRight())
        painter.drawLine(cell.bottomLeft(), cell.bottomRight())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(option.rect).adjusted(0, 4, 0, -4)
        for part in parts:
            left = rect.left() + rect.width() * part.start
            right = rect.left() + rect.width() * part.end
            bar_rect = QRectF(left, rect.top(), max(2.0, right - left), rect.height())
            colour = QColor(KIND_COLOURS.get(part.bar.kind, QColor("#9e9e9e")))
            if part.bar.invoiced:
                colour = colour.darker(130)
            painter.fillRect(bar_rect, colour)
            if part.bar.is_pec:
                painter.fillRect(QRectF(bar_rect.left(), bar_rect.bottom() - 4, bar_rect.width(), 4), PEC_COLOUR)
            # the label runs across the bar's cells: each cell draws its slice of it
            painter.save()
            painter.setClipRect(bar_rect)
            painter.setPen(QPen(QColor("white")))
            label = f"{'PEC ' if part.bar.is_pec else ''}{part.bar.number} {part.bar.customer}"
            text_left = rect.left() - part.lead * rect.width() + 4
            painter.drawText(QRectF(text_left, rect.top(), 2000, rect.height() - 3),
                             int(Qt.AlignmentFlag.AlignVCenter), label)
            painter.restore()
        painter.restore()


class PlanningBoard(QWidget):
    """The board with week/month navigation; double-click opens or creates a dossier."""

    new_requested = Signal(int, object)  # vehicle id, date
    open_requested = Signal(int)  # dossier id

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.first_day = local_today() - timedelta(days=local_today().weekday())
        self.days = 14
        self.model = PlanningModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(BarDelegate(self.view))
        self.view.setShowGrid(False)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setMinimumSectionSize(WEEK_COLUMN)
        self.view.verticalHeader().setDefaultSectionSize(30)
        self.view.doubleClicked.connect(self._double_clicked)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold; font-size: 14px;")
        nav = QHBoxLayout()
        self.buttons = {}
        for key, text, handler in (
                ("prev_month", tr("rental", "« Mois"), lambda: self.shift_months(-1)),
                ("prev_week", tr("rental", "‹ Semaine"), lambda: self.shift(-7)),
                ("today", tr("rental", "Aujourd'hui"), self.go_today),
                ("next_week", tr("rental", "Semaine ›"), lambda: self.shift(7)),
                ("next_month", tr("rental", "Mois »"), lambda: self.shift_months(1))):
            button = QPushButton(text)
            button.clicked.connect(handler)
            self.buttons[key] = button
            nav.addWidget(button)
        nav.addSpacing(20)
        nav.addWidget(self.title, 1)
        self.span_group = QButtonGroup(self)
        for days, text in ((7, tr("rental", "1 semaine")), (14, tr("rental", "2 semaines")),
                           (MONTH_SPAN, tr("rental", "1 mois"))):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setChecked(days == self.days)
            button.clicked.connect(lambda _=False, d=days: self.set_span(d))
            self.span_group.addButton(button, days)
            nav.addWidget(button)
        legend = QHBoxLayout()
        for kind in DossierKind:
            swatch = QLabel(f"  {kind_text(kind)}  ")
            swatch.setStyleSheet(f"background: {KIND_COLOURS[kind].name()}; color: white; border-radius: 3px;")
            legend.addWidget(swatch)
        pec = QLabel(tr("rental", "  PEC : trait bleu sous la barre  "))
        pec.setStyleSheet(f"border-bottom: 4px solid {PEC_COLOUR.name()};")
        legend.addWidget(pec)
        legend.addWidget(QLabel(tr("rental", "Double-clic sur une case libre : nouveau dossier pour ce véhicule "
                                             "et ce jour.")), 1)
        layout = QVBoxLayout(self)
        layout.addLayout(nav)
        layout.addWidget(self.view, 1)
        layout.addLayout(legend)
        self.reload()

    def reload(self) -> None:
        """Re-read the board for the current window."""
        rows = planning_board(self.context.database, self.context.scope, self.first_day, self.days)
        self.model.set_board(rows, self.first_day, self.days)
        last = self.first_day + timedelta(days=self.days - 1)
        self.title.setText(tr("rental", "Du {start} au {end}", start=f"{self.first_day:%d-%m-%Y}",
                              end=f"{last:%d-%m-%Y}"))

    def shift(self, days: int) -> None:
        """Move the window by ``days`` days."""
        self.first_day += timedelta(days=days)
        self.reload()

    @property
    def month_view(self) -> bool:
        """True when a whole calendar month is shown."""
        return self.span_group.checkedId() == MONTH_SPAN

    def _show_month(self, day: date) -> None:
        """The calendar month holding ``day``, all of its days."""
        self.first_day = day.replace(day=1)
        self.days = monthrange(day.year, day.month)[1]

    def shift_months(self, months: int) -> None:
        """Move to the same day of another month (the whole month in month view)."""
        month = self.first_day.month - 1 + months
        year = self.first_day.year + month // 12
        target = date(year, month % 12 + 1, 1 if self.month_view else min(self.first_day.day, 28))
        if self.month_view:
            self._show_month(target)
        else:
            self.first_day = target
        self.reload()

    def go_today(self) -> None:
        """Back to the current week (or the current month in month view)."""
        today = local_today()
        if self.month_view:
            self._show_month(today)
        else:
            self.first_day = today - timedelta(days=today.weekday())
        self.reload()

    def set_span(self, days: int) -> None:
        """Show one week, two weeks or a month: "1 mois" shows the month of today when the board
        shows today, otherwise the month the board was looking at."""
        was_month = self.days > 14
        self.span_group.button(days).setChecked(True)
        if days == MONTH_SPAN:
            today = local_today()
            shown = self.first_day <= today < self.first_day + timedelta(days=self.days)
            self._show_month(today if shown else self.first_day + timedelta(days=self.days // 2))
            self.view.horizontalHeader().setMinimumSectionSize(MONTH_COLUMN)
        else:
            if was_month:
                self.first_day -= timedelta(days=self.first_day.weekday())
            self.days = days
            self.view.horizontalHeader().setMinimumSectionSize(WEEK_COLUMN)
        self.reload()

    def _double_clicked(self, index: QModelIndex) -> None:
        bar = self.model.bar_at(index.row(), index.column())
        if bar is not None:
            self.open_requested.emit(bar.dossier_id)
        else:
            self.new_requested.emit(self.model.rows[index.row()].vehicle_id, self.model.day_at(index.column()))
