"""A grid as clerks expect it: filter box, sortable headers, CSV export, double-click."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.grid import export_csv
from app.ui.errors import show_error
from app.ui.i18n import render, tr
from app.ui.task_runner import TaskRunner
from app.ui.widgets.lazy_table_model import ROW_ROLE, LazyTableModel


def fit_header_sections(table: QTableView) -> None:
    """Widen every column whose header text would be cut (a column width set in pixels is
    too narrow once the title is translated); stretched and fitted sections are left alone."""
    header = table.horizontalHeader()
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionResizeMode(section) != QHeaderView.ResizeMode.Interactive:
            continue
        needed = header.sectionSizeFromContents(section).width()
        if header.sectionSize(section) < needed:
            header.resizeSection(section, needed)


def fit_table_width(table: QTableView) -> None:
    """Give ``table`` at least the width its columns need (header titles included), for
    small tables whose last column stretches and would otherwise cut its title."""
    fit_header_sections(table)
    header = table.horizontalHeader()
    needed = sum(max(table.sizeHintForColumn(s), header.sectionSizeFromContents(s).width())
                 for s in range(header.count()) if not header.isSectionHidden(s))
    table.setMinimumWidth(needed + 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width())


class GridView(QWidget):
    """Wraps a LazyTableModel; F5 reloads it; ``activated(row)`` on double-click or Enter (the source's row:
    a dict, or a row object such as the Car-Pass list's).

    Extra widgets (buttons, filters) can be added to :attr:`toolbar`.
    """

    activated = Signal(object)

    def __init__(self, model: LazyTableModel, parent: QWidget | None = None, export_name: str = "export"):
        super().__init__(parent)
        self.model = model
        self.export_name = export_name
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(tr("grid", "Filtrer (Ctrl+F)…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.export_button = QPushButton(tr("grid", "Exporter CSV…"))
        self.toolbar = QHBoxLayout()
        self.toolbar.addWidget(self.filter_edit, 1)
        self.toolbar.addWidget(self.count_label)
        self.toolbar.addWidget(self.export_button)
        self.table = QTableView()
        self.table.setModel(model)
        # No sort indicator yet: enabling sorting would otherwise re-sort (and reload) at once.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.toolbar)
        layout.addWidget(self.table)
        self._filter_timer = QTimer(self, singleShot=True, interval=250)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(lambda _text: self._filter_timer.start())
        self.export_button.clicked.connect(self.ask_export)
        self.table.doubleClicked.connect(lambda index: self.activated.emit(index.data(ROW_ROLE)))
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.filter_edit.setFocus)
        # F5 reloads (the whole view when it set on_refresh, e.g. through LiveView).
        self.on_refresh: Callable[[], None] = self.model.reload
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, activated=lambda: self.on_refresh(),
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=self._activate_current)
        model.modelReset.connect(self.update_count)
        model.rowsInserted.connect(self.update_count)
        self.update_count()
        self.export_runner: TaskRunner | None = None

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        fit_header_sections(self.table)
        super().showEvent(event)

    def apply_filter(self) -> None:
        """Send the filter text to the SQL query."""
        self.model.query.text = self.filter_edit.text().strip()
        self.model.reload()

    def update_count(self) -> None:
        """Show how many rows match."""
        self.count_label.setText(tr("grid", "{n} ligne(s)", n=self.model.total()))

    def selected_rows(self) -> list:
        """Rows of the selected lines."""
        return [self.model.row_at(i.row()) for i in self.table.selectionModel().selectedRows()]

    def _activate_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.activated.emit(index.data(ROW_ROLE))

    def ask_export(self) -> None:
        """Ask for a file name, then export every matching row in the background."""
        path, _ = QFileDialog.getSaveFileName(self, tr("grid", "Exporter en CSV"),
                                              f"{self.export_name}.csv", tr("grid", "Fichiers CSV (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> TaskRunner:
        """Export every row matching the current query to ``path`` (off the UI thread)."""
        titles = [render(c.title) for c in self.model.source.columns]
        query = self.model.query
        self.export_runner = TaskRunner(
            self, tr("grid", "Export CSV"),
            lambda token: export_csv(self.model.source, query, path, titles, token,
                                     translate=QCoreApplication.translate),
        )
        self.export_runner.failed.connect(lambda error: show_error(self, error))
        return self.export_runner.start()
