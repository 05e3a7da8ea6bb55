"""Module tab "À faire aujourd'hui": overdue returns, finished repairs, extensions to ask,
returns and departures of the day, contracts to invoice — double-click opens the dossier."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from app.core.rental.today import TASK_TEXTS, TASKS, TodaySource
from app.core.timeutil import format_local
from app.ui.i18n import render, tr
from app.ui.widgets.grid_view import GridView
from app.ui.widgets.lazy_table_model import LazyTableModel

TASK_COLOURS = {"overdue": "#f6c9c9", "repair_done": "#d9ecd9", "extension": "#ffe3a6", "due_today": "#d6e8f7",
                "departure": "#eeeeee", "to_invoice": "#e3d7f4"}


class TodayModel(LazyTableModel):
    """The task cell coloured by urgency."""

    def row_data(self, index, role: int, row: dict[str, Any]):
        if role == Qt.ItemDataRole.BackgroundRole and self.source.columns[index.column()].key == "task":
            return QBrush(QColor(TASK_COLOURS[row["task_code"]]))
        return None


class TodayView(QWidget):
    """The day's tasks of the site's rentals."""

    def __init__(self, context, open_dossier, parent=None):
        super().__init__(parent)
        self.model = TodayModel(TodaySource(context.database, context.scope, QCoreApplication.translate),
                                formatters={"moment": lambda value: format_local(value) if value else "",
                                            "number": str})
        self.model.reload()
        self.grid = GridView(self.model, export_name="a-faire-aujourd-hui")
        self.task = QComboBox()
        self.task.setObjectName("today_task")
        self.task.addItem(tr("rental", "Toutes les tâches"), None)
        for task in TASKS:
            self.task.addItem(render(TASK_TEXTS[task]), task)
        self.task.currentIndexChanged.connect(self.apply_filters)
        self.grid.toolbar.insertWidget(0, self.task)
        self.model.modelReset.connect(self.grid.table.resizeColumnsToContents)
        self.grid.table.resizeColumnsToContents()
        self.grid.activated.connect(lambda row: open_dossier(row["id"]))
        explanation = QLabel(tr("rental", "Ce qui attend aujourd'hui : retours en retard, réparations terminées "
                                          "(proposez le retour), prolongations à demander à l'assistance quand la "
                                          "réparation finit après l'accord, retours et départs du jour, contrats "
                                          "rentrés à facturer. Double-clic : ouvrir le dossier."))
        explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.grid)

    def apply_filters(self) -> None:
        """Show one kind of task, or all."""
        self.model.query.filters = {"task": self.task.currentData()}
        self.model.reload()

    def reload(self) -> None:
        """Re-run the query."""
        self.model.reload()
