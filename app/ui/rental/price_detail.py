"""The "Détail du prix" tab: every priced line with its payer and the reason it exists."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.core.rental.kinds import PayerRole
from app.core.rental.pricing import PricingResult
from app.ui.i18n import render, tr
from app.ui.rental.total_header import euros
from app.ui.widgets.records_model import RecordColumn, RecordsTableModel


def unit_euros(value: Decimal) -> str:
    """A unit price: cents, or mills when the tariff has them (fuel 1,899 €/l)."""
    if value == value.quantize(Decimal("0.01")):
        return euros(value)
    return f"{value:.3f} €".replace(".", ",")


class PriceDetail(QWidget):
    """Read-only table of the lines of :func:`price_dossier` for what is on screen."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = RecordsTableModel([
            RecordColumn(tr("rental", "Payeur"), lambda line: tr("rental", "Assistance") if line.payer == PayerRole.PEC
                         else tr("rental", "Client")),
            RecordColumn(tr("rental", "Code"), lambda line: line.code),
            RecordColumn(tr("rental", "Libellé"), lambda line: render(line.label)),
            RecordColumn(tr("rental", "Quantité"), lambda line: format(line.quantity.normalize(), "f")
                         .replace(".", ","), align_right=True),
            RecordColumn(tr("rental", "Prix unitaire HTVA"), lambda line: unit_euros(line.unit_price),
                         align_right=True),
            RecordColumn(tr("rental", "Montant HTVA"), lambda line: euros(line.amount), align_right=True),
            RecordColumn(tr("rental", "Pourquoi"), lambda line: render(line.reason)),
        ])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(2, 330)
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.rule)

    def show_result(self, result: PricingResult | None) -> None:
        """Show the lines of ``result`` (None: nothing can be priced yet)."""
        self.model.set_records(list(result.lines) if result is not None else [])
        self.table.resizeRowsToContents()
        self.rule.setText(render(result.day_rule) if result is not None else "")
