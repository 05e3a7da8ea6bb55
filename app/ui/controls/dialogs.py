"""Admin dialogs of the controls screen: history of a field, compare and copy between sites."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from app.core.controls.catalogue import Catalogue
from app.core.controls.field_validators import display_value
from app.core.controls.site_transfer import Comparison, compare_sites, copy_values
from app.core.controls.values_service import field_history
from app.core.platform.sites import list_sites
from app.core.timeutil import format_local
from app.ui.app_context import AppContext
from app.ui.errors import confirm, show_error
from app.ui.i18n import render, tr
from app.ui.widgets.records_model import RecordColumn, RecordsTableModel


def origin_text(origin: str) -> str:
    """Where a change came from, in the clerk's words (``copy:GENT`` names the source site)."""
    if origin.startswith("copy:"):
        return tr("controls", "copie du site {site}", site=origin.split(":", 1)[1])
    return {"screen": tr("controls", "écran"), "cli": tr("controls", "ligne de commande"),
            "import": tr("controls", "import"), "demo": tr("controls", "démonstration")}.get(origin, origin)


class HistoryDialog(QDialog):
    """Every saved change of one field on the current site, newest first."""

    def __init__(self, context: AppContext, catalogue: Catalogue, key: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("controls", "Historique du champ"))
        definition = catalogue.field(key.split(".")[0]) or catalogue.slot(key).field
        self.model = RecordsTableModel([
            RecordColumn(tr("controls", "Date"), lambda c: format_local(c.changed_at, with_seconds=True)),
            RecordColumn(tr("controls", "Utilisateur"), lambda c: c.changed_by),
            RecordColumn(tr("controls", "Valeur"), lambda c: render(catalogue.slot(c.key).label())),
            RecordColumn(tr("controls", "Ancienne valeur"), lambda c: self._shown(catalogue, c.key, c.old_value)),
            RecordColumn(tr("controls", "Nouvelle valeur"), lambda c: self._shown(catalogue, c.key, c.new_value)),
            RecordColumn(tr("controls", "Origine"), lambda c: origin_text(c.origin)),
        ])
        self.model.set_records(field_history(context.database, context.scope, definition.key, catalogue=catalogue))
        table = QTableView()
        table.setModel(self.model)
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeColumnsToContents()
        title = QLabel(f"<b>{render(definition.label)}</b> — {definition.page_id} — {context.scope.site_code}")
        empty = QLabel(tr("controls", "Aucune modification enregistrée pour ce champ."))
        empty.setVisible(self.model.rowCount() == 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(table)
        layout.addWidget(empty)
        layout.addWidget(buttons)
        self.resize(820, 360)

    @staticmethod
    def _shown(catalogue: Catalogue, key: str, value: str) -> str:
        slot = catalogue.slot(key)
        return (display_value(slot.validator_field, value) if slot else value) or tr("controls", "VIDE")


class _ComparisonModel(RecordsTableModel):
    """Comparison rows; differing values are highlighted."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid() and index.row() < len(self.records):
            if self.records[index.row()].differs:
                return QBrush(QColor("#fff3c4"))
        return super().data(index, role)


class CompareSitesDialog(QDialog):
    """Two sites side by side (admins); copy a page, chosen rows or everything from left to right."""

    def __init__(self, context: AppContext, catalogue: Catalogue, page_id: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("controls", "Comparer et copier entre sites"))
        self.context, self.catalogue, self.page_id = context, catalogue, page_id
        self.copied = False
        self.sites = list_sites(context.database, context.scope)
        self.left, self.right = QComboBox(), QComboBox()
        self.left.setObjectName("left_site")
        self.right.setObjectName("right_site")
        for combo in (self.left, self.right):
            for site in self.sites:
                combo.addItem(f"{site.code} — {site.name}", site.id)
        others = [i for i, s in enumerate(self.sites) if s.id != context.scope.site_id]
        self.left.setCurrentIndex(others[0] if others else 0)
        self.right.setCurrentIndex(next((i for i, s in enumerate(self.sites) if s.id == context.scope.site_id), 0))
        self.only_differences = QCheckBox(tr("controls", "Seulement les différences"))
        self.only_differences.setChecked(True)
        self.only_differences.toggled.connect(self.reload)
        self.model = _ComparisonModel([
            RecordColumn(tr("controls", "Page"), lambda c: c.page_id),
            RecordColumn(tr("controls", "Champ"), lambda c: render(c.label)),
            RecordColumn(tr("controls", "Source (gauche)"), lambda c: self._shown(c, c.left)),
            RecordColumn(tr("controls", "Cible (droite)"), lambda c: self._shown(c, c.right)),
        ])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.copy_rows = QPushButton(tr("controls", "Copier les lignes choisies →"))
        self.copy_page = QPushButton(tr("controls", "Copier la page {page} →", page=page_id))
        self.copy_all = QPushButton(tr("controls", "Copier toutes les pages →"))
        self.copy_rows.clicked.connect(self.copy_selected)
        self.copy_page.clicked.connect(lambda: self.copy(page_ids=[self.page_id]))
        self.copy_all.clicked.connect(lambda: self.copy())
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("controls", "Source :")))
        top.addWidget(self.left, 1)
        top.addWidget(QLabel(tr("controls", "Cible :")))
        top.addWidget(self.right, 1)
        top.addWidget(self.only_differences)
        actions = QHBoxLayout()
        for button in (self.copy_rows, self.copy_page, self.copy_all):
            actions.addWidget(button)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        actions.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.resize(1000, 600)
        self.left.currentIndexChanged.connect(self.reload)
        self.right.currentIndexChanged.connect(self.reload)
        self.reload()

    def _shown(self, comparison: Comparison, value: str) -> str:
        slot = self.catalogue.slot(comparison.key)
        return display_value(slot.validator_field, value) or tr("controls", "VIDE")

    def reload(self) -> None:
        """Re-read both sites."""
        left, right = self.left.currentData(), self.right.currentData()
        if left is None or right is None:
            return
        try:
            rows = compare_sites(self.context.database, self.context.scope, left, right, catalogue=self.catalogue)
        except Exception as exc:
            show_error(self, exc)
            return
        if self.only_differences.isChecked():
            rows = [r for r in rows if r.differs]
        self.model.set_records(rows)
        self.table.resizeColumnsToContents()

    def copy_selected(self) -> None:
        """Copy the selected rows."""
        keys = [self.model.records[i.row()].key for i in self.table.selectionModel().selectedRows()]
        if keys:
            self.copy(keys=keys)

    def copy(self, page_ids: list[str] | None = None, keys: list[str] | None = None) -> None:
        """Copy from the left site to the right one after confirmation (all or nothing)."""
        source, target = self.left.currentData(), self.right.currentData()
        if not confirm(self, tr("controls", "Copier des valeurs"),
                       tr("controls", "Remplacer les valeurs du site {target} par celles du site {source} ?",
                          target=self.right.currentText(), source=self.left.currentText())):
            return
        try:
            copy_values(self.context.database, self.context.scope, source, target, page_ids=page_ids, keys=keys,
                        catalogue=self.catalogue)
        except Exception as exc:
            show_error(self, exc)
            return
        self.copied = True
        self.reload()
