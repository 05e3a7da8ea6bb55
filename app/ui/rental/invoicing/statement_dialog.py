"""The monthly statement of an assistance company: choose the company and the month, see
the totals, open the PDF or save it, export the CSV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from app.core.errors import AtelierError
from app.core.rental.customers import list_customers
from app.core.rental.invoicing.formatting import format_amount
from app.core.rental.invoicing.statement import Statement, monthly_statement, write_statement_csv
from app.core.rental.invoicing.statement_pdf import render_statement
from app.core.timeutil import local_today
from app.ui.errors import show_error
from app.ui.i18n import tr
from app.ui.rental.invoicing import pdf_actions


class StatementDialog(QDialog):
    """Company and month, the totals, and the PDF / CSV."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(tr("rental", "Relevé mensuel d'une société d'assistance"))
        self.company = QComboBox()
        self.company.setObjectName("statement_company")
        for customer in list_customers(context.database, context.scope, assistance=True):
            self.company.addItem(customer.display_name, customer.id)
        today = local_today()
        self.month = QDateEdit(QDate(today.year, today.month, 1))
        self.month.setDisplayFormat("MM-yyyy")
        self.month.setCalendarPopup(True)
        self.summary = QLabel()
        self.summary.setObjectName("statement_summary")
        self.summary.setWordWrap(True)
        self.preview_button = QPushButton(tr("rental", "&Aperçu PDF"))
        self.pdf_button = QPushButton(tr("rental", "Enregistrer le &PDF…"))
        self.csv_button = QPushButton(tr("rental", "Exporter en &CSV…"))
        close = QPushButton(tr("rental", "Fermer"))
        form = QFormLayout()
        form.addRow(tr("rental", "Société d'assistance :"), self.company)
        form.addRow(tr("rental", "Mois :"), self.month)
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.pdf_button, self.csv_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.company.currentIndexChanged.connect(self.refresh)
        self.month.dateChanged.connect(self.refresh)
        self.preview_button.clicked.connect(self.preview)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.csv_button.clicked.connect(self.save_csv)
        close.clicked.connect(self.accept)
        self.statement: Statement | None = None
        self.refresh()

    def refresh(self) -> None:
        """Compute the statement of the chosen company and month; show its totals."""
        self.statement = None
        if self.company.currentData() is not None:
            try:
                self.statement = monthly_statement(self.context.database, self.context.scope,
                                                   self.company.currentData(), self.month.date().year(),
                                                   self.month.date().month())
            except AtelierError as exc:
                show_error(self, exc)
        for button in (self.preview_button, self.pdf_button, self.csv_button):
            button.setEnabled(self.statement is not None)
        if self.statement is None:
            self.summary.setText(tr("rental", "Aucune société d'assistance dans les clients."))
            return
        s = self.statement
        self.summary.setText(tr("rental", "Solde reporté {opening} ; facturé {invoiced} ; notes de crédit {credited} ; "
                                          "règlements {paid} ; solde dû {closing} ({n} mouvement(s)).",
                                opening=format_amount(s.opening), invoiced=format_amount(s.invoiced),
                                credited=format_amount(s.credited), paid=format_amount(s.paid),
                                closing=format_amount(s.closing), n=len(s.lines)))

    def _name(self) -> str:
        return f"releve_{self.company.currentText().replace(' ', '_')}_{self.month.date().toString('yyyy-MM')}"

    def preview(self) -> None:
        """Open the PDF in the station's viewer."""
        pdf_actions.preview_pdf(render_statement(self.statement, QCoreApplication.translate), self._name(), self)

    def save_pdf(self) -> None:
        """Save the PDF where the clerk chooses."""
        path, _ = QFileDialog.getSaveFileName(self, tr("rental", "Enregistrer le relevé"), f"{self._name()}.pdf",
                                              tr("rental", "Documents PDF (*.pdf)"))
        if path:
            try:
                Path(path).write_bytes(render_statement(self.statement, QCoreApplication.translate))
            except OSError as exc:
                show_error(self, exc)

    def save_csv(self) -> None:
        """Export the CSV where the clerk chooses."""
        path, _ = QFileDialog.getSaveFileName(self, tr("rental", "Exporter le relevé"), f"{self._name()}.csv",
                                              tr("rental", "Fichiers CSV (*.csv)"))
        if path:
            try:
                write_statement_csv(self.statement, Path(path), QCoreApplication.translate)
            except OSError as exc:
                show_error(self, exc)
