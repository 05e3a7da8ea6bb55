"""The "Total contrat" header: PEC and client totals excl./incl. VAT, always shown."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel

from app.core.numbers import format_euros
from app.core.rental.pricing import PricingResult
from app.ui.i18n import render, tr


def euros(value: Decimal) -> str:
    """``1.234,56 €`` as Belgian clerks read amounts (app.core.numbers, as everywhere)."""
    return format_euros(value)


class TotalHeader(QGroupBox):
    """Two rows (PEC, client) × excl. VAT, VAT, incl. VAT, plus days and warnings."""

    def __init__(self, parent=None):
        super().__init__(tr("rental", "Total contrat"), parent)
        grid = QGridLayout(self)
        for column, text in enumerate((tr("rental", "HTVA"), tr("rental", "TVA"), tr("rental", "TVAC")), start=1):
            header = QLabel(text)
            header.setAlignment(Qt.AlignmentFlag.AlignRight)
            header.setStyleSheet("color: #555;")
            grid.addWidget(header, 0, column)
        self.cells: dict[str, QLabel] = {}
        for row, (key, text) in enumerate((("pec", tr("rental", "Prise en charge")),
                                           ("client", tr("rental", "Client bénéficiaire"))), start=1):
            grid.addWidget(QLabel(text), row, 0)
            for column, part in enumerate(("excl", "vat", "incl"), start=1):
                label = QLabel("—")
                label.setObjectName(f"total_{key}_{part}")
                label.setAlignment(Qt.AlignmentFlag.AlignRight)
                if part == "incl":
                    label.setStyleSheet("font-weight: bold; font-size: 14px;")
                grid.addWidget(label, row, column)
                self.cells[f"{key}_{part}"] = label
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setStyleSheet("color: #555;")
        grid.addWidget(self.info, 0, 4, 3, 1)
        grid.setColumnStretch(4, 1)
        grid.setColumnMinimumWidth(1, 90)
        grid.setColumnMinimumWidth(2, 80)
        grid.setColumnMinimumWidth(3, 100)

    def show_result(self, result: PricingResult) -> None:
        """Fill the totals from a pricing result."""
        values = {"pec_excl": result.pec_total_excl, "pec_vat": result.pec_vat, "pec_incl": result.pec_total_incl,
                  "client_excl": result.client_total_excl, "client_vat": result.client_vat,
                  "client_incl": result.client_total_incl}
        for key, value in values.items():
            self.cells[key].setText(euros(value))
        parts = [tr("rental", "{days} jour(s) facturé(s), TVA {rate} %", days=result.days, rate=result.vat_rate)]
        if result.estimated:
            parts.append(tr("rental", "estimation sur le retour prévu"))
        parts += [render(w) for w in result.warnings]
        self.info.setStyleSheet("color: #b26a00;" if result.warnings else "color: #555;")
        self.info.setText("\n".join(parts))

    def show_problem(self, text: str) -> None:
        """The totals cannot be computed yet: say why."""
        for label in self.cells.values():
            label.setText("—")
        self.info.setStyleSheet("color: #b00020;")
        self.info.setText(text)

    def total_text(self, key: str) -> str:
        """Text of one cell (tests)."""
        return self.cells[key].text()
