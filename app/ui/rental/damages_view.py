"""Module tab "Dommages flotte": every damage of the site's cars, open ones first to repair;
sorted, filtered and exported like every grid; double-click shows the photos."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.errors import AtelierError
from app.core.i18n import msg
from app.core.rental.damage_list import DamageListSource
from app.core.rental.damages import mark_repaired, vehicle_damages
from app.core.timeutil import format_local
from app.ui.errors import confirm, show_error
from app.ui.i18n import tr
from app.ui.rental.damage_dialogs import PhotoViewer
from app.ui.widgets.grid_view import GridView
from app.ui.widgets.lazy_table_model import LazyTableModel


def _when(value) -> str:
    return format_local(value) if value else ""


class DamagesModel(LazyTableModel):
    """Open damages in dark red, repaired ones in grey."""

    def row_data(self, index, role: int, row: dict[str, Any]):
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#9a1c1c" if row["open"] else "#777777"))
        return None


class DamagesView(QWidget):
    """The site's fleet damages (the damage history of every car)."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.model = DamagesModel(DamageListSource(context.database, context.scope, QCoreApplication.translate),
                                  formatters={"recorded_at": _when, "repaired_at": _when})
        self.model.query.filters = {"open_only": True}
        self.model.reload()
        self.grid = GridView(self.model, export_name="dommages-flotte")
        self.open_only = QCheckBox(tr("rental", "à réparer seulement"))
        self.open_only.setChecked(True)
        self.open_only.toggled.connect(self.apply_filters)
        self.repaired_button = QPushButton(tr("rental", "Marquer réparé…"))
        self.repaired_button.clicked.connect(self.mark_selected_repaired)
        self.grid.toolbar.insertWidget(0, self.open_only)
        self.grid.toolbar.addWidget(self.repaired_button)
        self.grid.activated.connect(self.show_photos)
        self.model.modelReset.connect(self.grid.table.resizeColumnsToContents)
        self.grid.table.resizeColumnsToContents()
        explanation = QLabel(tr("rental", "Dommages constatés sur les véhicules de remplacement, au départ, au retour "
                                          "ou hors location. Double-clic : les photos."))
        explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.grid)

    def apply_filters(self) -> None:
        """Open damages only, or the whole history."""
        self.model.query.filters = {"open_only": self.open_only.isChecked()}
        self.model.reload()

    def reload(self) -> None:
        """Re-run the query."""
        self.model.reload()

    def _damage(self, row: dict):
        return next(d for d in vehicle_damages(self.context.database, self.context.scope, row["vehicle_id"])
                    if d.id == row["id"])

    def show_photos(self, row: dict) -> None:
        """The photos of the double-clicked damage."""
        PhotoViewer(self.context, self._damage(row), self).exec()

    def mark_selected_repaired(self) -> None:
        """Mark the selected damage repaired (after confirmation)."""
        rows = self.grid.selected_rows()
        row = rows[0] if rows else None
        if not row:
            show_error(self, AtelierError(msg("rental", "Sélectionnez d'abord un dommage.")))
            return
        if not confirm(self, tr("rental", "Dommage réparé"), tr(
                "rental", "Marquer « {what} » ({plate}) comme réparé ?", what=row["zone"] or row["description"][:40],
                plate=row["plate"])):
            return
        try:
            mark_repaired(self.context.database, self.context.scope, row["id"])
        except AtelierError as exc:
            show_error(self, exc)
            return
        self.model.reload()
