"""Grid tabs of the rental module: the dossiers list and the incomplete-authorisations report."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.rental.dossier_list import DossierListSource
from app.core.rental.incomplete_authorisations import IncompleteAuthorisationsSource
from app.core.rental.kinds import DossierKind
from app.core.timeutil import format_local
from app.ui.i18n import tr
from app.ui.rental.planning_board import KIND_COLOURS, kind_text
from app.ui.widgets.grid_view import GridView
from app.ui.widgets.lazy_table_model import LazyTableModel

DATE_FORMATTERS = {"departure": format_local, "return": format_local}


class DossierListModel(LazyTableModel):
    """Dossiers: the kind cell coloured like the planning bars, cancelled rows greyed."""

    def row_data(self, index, role: int, row: dict[str, Any]):
        key = self.source.columns[index.column()].key
        if role == Qt.ItemDataRole.BackgroundRole and key == "kind":
            return QBrush(KIND_COLOURS.get(row["kind_code"], QColor("white")).lighter(150))
        if role == Qt.ItemDataRole.ForegroundRole and row["state_code"] == "cancelled":
            return QBrush(QColor("#9e9e9e"))
        return None


class IncompleteModel(LazyTableModel):
    """Report rows: the problem column in amber, the tooltip listing every problem."""

    def row_data(self, index, role: int, row: dict[str, Any]):
        key = self.source.columns[index.column()].key
        if role == Qt.ItemDataRole.ForegroundRole and key == "problem":
            return QBrush(QColor("#b26a00"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return row["problem"]
        return None


class DossiersView(QWidget):
    """The site's dossiers with "new" buttons and filters; double-click opens one."""

    def __init__(self, context, open_dossier, new_dossier, parent=None):
        super().__init__(parent)
        self.context = context
        self.model = DossierListModel(DossierListSource(context.database, context.scope, _translate()),
                                      formatters=DATE_FORMATTERS)
        self.model.query.sort_key, self.model.query.descending = "number", True
        self.model.reload()
        self.grid = GridView(self.model, export_name="dossiers-location")
        self.kind = QComboBox()
        self.kind.addItem(tr("rental", "Tous les types"), None)
        for kind in DossierKind:
            self.kind.addItem(kind_text(kind), kind)
        self.pec_only = QCheckBox(tr("rental", "PEC seulement"))
        self.cancelled = QCheckBox(tr("rental", "annulés aussi"))
        for position, widget in enumerate((self.kind, self.pec_only, self.cancelled), start=1):
            self.grid.toolbar.insertWidget(position, widget)
        self.kind.currentIndexChanged.connect(self.apply_filters)
        self.pec_only.toggled.connect(self.apply_filters)
        self.cancelled.toggled.connect(self.apply_filters)
        self.new_buttons = {}
        for position, (kind, text) in enumerate((("quote", tr("rental", "Nouveau devis")),
                                                 ("reservation", tr("rental", "Nouvelle réservation")),
                                                 ("contract", tr("rental", "Nouveau contrat")))):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, k=kind: new_dossier(k))
            self.grid.toolbar.insertWidget(position, button)
            self.new_buttons[kind] = button
        self.model.modelReset.connect(self.grid.table.resizeColumnsToContents)
        self.grid.table.resizeColumnsToContents()
        self.grid.activated.connect(lambda row: open_dossier(row["id"]))
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid)

    def apply_filters(self) -> None:
        """Send the filters to the SQL query."""
        self.model.query.filters = {"kind": self.kind.currentData(), "pec_only": self.pec_only.isChecked(),
                                    "include_cancelled": self.cancelled.isChecked()}
        self.model.reload()

    def reload(self) -> None:
        """Re-run the query."""
        self.model.reload()


class IncompleteView(QWidget):
    """The report a clerk works through to call the assistance companies."""

    def __init__(self, context, open_dossier, parent=None):
        super().__init__(parent)
        self.model = IncompleteModel(IncompleteAuthorisationsSource(context.database, context.scope, _translate()),
                                     formatters={"return": format_local})
        self.grid = GridView(self.model, export_name="autorisations-incompletes")
        self.model.modelReset.connect(self.grid.table.resizeColumnsToContents)
        self.grid.table.resizeColumnsToContents()
        self.grid.activated.connect(lambda row: open_dossier(row["id"]))
        explanation = QLabel(tr("rental", "Contrats avec prise en charge comptant des jours que personne n'a "
                                          "accepté de payer (ni l'assistance, ni le client lors d'une prolongation), "
                                          "dont le véhicule est encore dehors après la période accordée, ou dont "
                                          "la catégorie diffère de la catégorie PEC : demandez une prolongation ou "
                                          "un accord à la société d'assistance."))
        explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.grid)

    def reload(self) -> None:
        """Re-run the report."""
        self.model.reload()


def _translate():
    return QCoreApplication.translate
