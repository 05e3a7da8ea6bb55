"""Live preview of the VZSHE50 overhead formula from the values typed on the page."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.core.controls.catalogue import Catalogue, localized
from app.core.controls.overhead_formula import formula_keys, overhead_preview
from app.core.numbers import format_plain_decimal
from app.ui.controls.page_form import PageForm, suffix_meaning
from app.ui.i18n import render, tr


def _money(value: Decimal | None) -> str:
    if value is None:
        return "—"
    return format_plain_decimal(f"{value:.2f}")


class OverheadPreview(QGroupBox):
    """Example vehicle (value, options, days) and the overhead each vehicle type would get."""

    def __init__(self, catalogue: Catalogue, form: PageForm, parent=None):
        super().__init__(tr("controls", "Aperçu de la formule des frais généraux"), parent)
        self.setObjectName("overhead_preview")
        self.form = form
        self.keys = formula_keys(catalogue)
        described = (catalogue.page("VZSHE50").overhead_formula or {})
        text = localized(described.get("description_fr") or "", described.get("description_nl") or "",
                         described.get("description_en") or "")
        formula = QLabel(render(text) if text.text else tr(
            "controls", "Frais généraux = (montant fixe mensuel + (valeur du véhicule + valeur des options) × taux "
            "mensuel % / 100) × jours / 30"))
        formula.setWordWrap(True)
        self.vehicle_value = QLineEdit("20000")
        self.options_value = QLineEdit("0")
        self.days = QLineEdit("30")
        for edit in (self.vehicle_value, self.options_value, self.days):
            edit.setMaximumWidth(120)
            edit.textEdited.connect(self.refresh)
        inputs = QFormLayout()
        inputs.addRow(tr("controls", "Valeur du véhicule (prix d'achat) :"), self.vehicle_value)
        inputs.addRow(tr("controls", "Valeur des options :"), self.options_value)
        inputs.addRow(tr("controls", "Jours de stationnement :"), self.days)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("overhead_table")
        self.table.setHorizontalHeaderLabels([tr("controls", "Type"), tr("controls", "Montant fixe"),
                                              tr("controls", "Taux %"), tr("controls", "Frais généraux")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 6)
        self.table.setFixedHeight(self.table.verticalHeader().defaultSectionSize() * 7 + 8)
        row = QHBoxLayout()
        row.addLayout(inputs)
        row.addWidget(self.table, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(formula)
        layout.addLayout(row)
        form.on_change(self.refresh)
        self.refresh()

    def lines(self):
        """The preview lines for what is typed now."""
        return overhead_preview(self.form.typed(), self.vehicle_value.text(), self.options_value.text(),
                                self.days.text(), self.keys)

    def refresh(self) -> None:
        """Recompute every line."""
        lines = self.lines()
        self.table.setRowCount(len(lines))
        for index, line in enumerate(lines):
            label = tr("controls", "{type} taux {n}", type=line.vehicle_type, n=line.rate_number)
            cells = [label, _money(line.fixed), _money(line.rate), _money(line.amount)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(suffix_meaning(line.vehicle_type))  # N, V, G, A explained
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()
