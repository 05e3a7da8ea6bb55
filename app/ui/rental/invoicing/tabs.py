"""Module tab "Factures location": the site's sales journal and payments by period, with
the CSV export for the accountant. The rental module's ``tabs(context)`` includes it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import DataKind
from app.core.i18n import Message
from app.core.rental.invoicing.exports import PaymentsJournalSource, SalesJournalSource, export_journals
from app.core.rental.invoicing.formatting import format_amount
from app.core.rental.invoicing.payments import method_label
from app.core.timeutil import format_date, local_today
from app.ui.app_context import AppContext
from app.ui.errors import show_error
from app.ui.i18n import render, tr
from app.ui.rental.invoicing.einvoice_actions import EinvoiceActions
from app.ui.rental.invoicing.peppol_dialog import PeppolDialog
from app.ui.rental.invoicing.smtp_dialog import SmtpDialog
from app.ui.rental.invoicing.statement_dialog import StatementDialog
from app.ui.task_runner import TaskRunner
from app.ui.widgets.grid_view import GridView
from app.ui.widgets.lazy_table_model import LazyTableModel
from app.ui.widgets.live_view import LiveView

EINVOICE_COLOURS = {"refused": "#f6c9c9", "unknown": "#e3d7f4", "not_registered": "#ffe3a6", "none": "#fff4cc",
                    "queued": "#d6e8f7", "sending": "#d6e8f7", "sent": "#e2f0d9", "delivered": "#c8e6c9"}


def einvoice_filters() -> list[tuple[str, list[str] | None]]:
    """The choices of the e-invoice state filter, translated."""
    return [(tr("rental", "Toutes les e-factures"), None), (tr("rental", "À envoyer"), ["none"]),
            (tr("rental", "En file ou en cours"), ["queued", "sending"]), (tr("rental", "Envoyées"), ["sent"]),
            (tr("rental", "Livrées"), ["delivered"]), (tr("rental", "Refusées"), ["refused"]),
            (tr("rental", "À vérifier"), ["unknown"]), (tr("rental", "Absentes de Peppol"), ["not_registered"]),
            (tr("rental", "PDF (sans TVA)"), ["pdf"])]


class JournalModel(LazyTableModel):
    """Dates, amounts and translated labels; cancelled invoices and credit notes in grey; the
    e-invoice state coloured."""

    def display(self, key: str, value: Any, row: dict[str, Any]) -> str | None:
        if isinstance(value, Message):
            return render(value)
        if isinstance(value, Decimal):
            return format_amount(value)
        if isinstance(value, date):
            return format_date(value)
        if key == "method" and value:
            return render(method_label(value))
        return super().display(key, value, row)

    def row_data(self, index, role, row):
        if role == Qt.ItemDataRole.BackgroundRole and row.get("einvoice") in EINVOICE_COLOURS and \
                self.source.columns[index.column()].key == "einvoice_label":
            return QBrush(QColor(EINVOICE_COLOURS[row["einvoice"]]))
        if role == Qt.ItemDataRole.ToolTipRole and row.get("einvoice_message"):
            return row["einvoice_message"]
        if role == Qt.ItemDataRole.ForegroundRole and (row.get("cancelled") or row.get("kind") == "credit_note"
                                                       or row.get("reverses_id")):
            return QBrush(QColor("#777777"))
        return None


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class InvoicesView(QWidget):
    """Period pickers, the sales journal and the payments grids, and the export button."""

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 open_dossier: Callable[[int], object] | None = None):
        super().__init__(parent)
        self.context = context
        self.dossier_opener = open_dossier
        today = local_today()
        self.from_edit = QDateEdit(_qdate(today.replace(day=1)))
        self.to_edit = QDateEdit(_qdate(today))
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.dateChanged.connect(self.reload)
        self.export_button = QPushButton(tr("rental", "Exporter les journaux (CSV)…"))
        self.export_button.clicked.connect(self.ask_export)
        self.statement_button = QPushButton(tr("rental", "Relevé assistance…"))
        self.statement_button.clicked.connect(self.open_statement)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("rental", "Du")))
        bar.addWidget(self.from_edit)
        bar.addWidget(QLabel(tr("rental", "au")))
        bar.addWidget(self.to_edit)
        bar.addStretch(1)
        if context.scope.is_admin:
            self.peppol_button = QPushButton(tr("rental", "Point d'accès Peppol…"))
            self.peppol_button.clicked.connect(self.edit_peppol)
            bar.addWidget(self.peppol_button)
            self.smtp_button = QPushButton(tr("rental", "Paramètres e-mail…"))
            self.smtp_button.clicked.connect(self.edit_smtp)
            bar.addWidget(self.smtp_button)
        bar.addWidget(self.statement_button)
        bar.addWidget(self.export_button)
        self.sales_model = JournalModel(self._sales_source())
        self.payments_model = JournalModel(self._payments_source())
        self.sales_grid = GridView(self.sales_model, export_name="journal_ventes")
        self.payments_grid = GridView(self.payments_model, export_name="reglements")
        self.sales_grid.activated.connect(self.open_dossier)
        self.payments_grid.activated.connect(self.open_dossier)
        self.einvoice_filter = QComboBox()
        self.einvoice_filter.setObjectName("einvoice_filter")
        for label, states in einvoice_filters():
            self.einvoice_filter.addItem(label, states)
        self.einvoice_filter.currentIndexChanged.connect(self.apply_einvoice_filter)
        self.sales_grid.toolbar.insertWidget(0, self.einvoice_filter)
        self.einvoice_actions = EinvoiceActions(context, self.sales_grid, self.reload)
        sales = QWidget()
        sales_layout = QVBoxLayout(sales)
        sales_layout.setContentsMargins(0, 0, 0, 0)
        sales_layout.addWidget(self.sales_grid, 1)
        sales_layout.addWidget(self.einvoice_actions)
        self.inner = QTabWidget()
        self.inner.addTab(sales, tr("rental", "Journal des ventes"))
        self.inner.addTab(self.payments_grid, tr("rental", "Règlements"))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.inner)
        self.export_runner: TaskRunner | None = None
        self._fit_columns()
        self.live = LiveView(self, context, {DataKind.RENTAL_INVOICES, DataKind.PAYMENTS}, self.reload,
                             grids=[self.sales_grid, self.payments_grid])

    def _fit_columns(self) -> None:
        for grid in (self.sales_grid, self.payments_grid):
            grid.table.resizeColumnsToContents()

    def period(self) -> tuple[date, date]:
        """The chosen period."""
        return _pydate(self.from_edit.date()), _pydate(self.to_edit.date())

    def _sales_source(self) -> SalesJournalSource:
        start, end = self.period()
        return SalesJournalSource(self.context.database, self.context.scope, start, min(end, max(start, end)))

    def _payments_source(self) -> PaymentsJournalSource:
        start, end = self.period()
        return PaymentsJournalSource(self.context.database, self.context.scope, start, max(start, end))

    def reload(self) -> None:
        """Apply the period to both grids."""
        if self.to_edit.date() < self.from_edit.date():
            self.to_edit.setDate(self.from_edit.date())
            return
        self.sales_model.source = self._sales_source()
        self.sales_model.query.filters["einvoice"] = self.einvoice_filter.currentData()
        self.payments_model.source = self._payments_source()
        self.sales_model.reload()
        self.payments_model.reload()
        self._fit_columns()

    def apply_einvoice_filter(self) -> None:
        """Show only the invoices in the chosen e-invoice states."""
        self.sales_model.query.filters["einvoice"] = self.einvoice_filter.currentData()
        self.sales_model.reload()

    def ask_export(self) -> None:
        """Ask where to write the sales journal; the payments go beside it."""
        start, end = self.period()
        suggested = f"journal_ventes_{start.isoformat()}_{end.isoformat()}.csv"
        path, _ = QFileDialog.getSaveFileName(self, tr("rental", "Exporter les journaux"), suggested,
                                              tr("rental", "Fichiers CSV (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, sales_path: Path) -> TaskRunner:
        """Export the period's journals off the UI thread (payments to ``<name>_reglements.csv``)."""
        start, end = self.period()
        payments_path = sales_path.with_name(f"{sales_path.stem}_reglements.csv")
        database, scope = self.context.database, self.context.scope
        self.export_runner = TaskRunner(self, tr("rental", "Export des journaux"), lambda token: export_journals(
            database, scope, start, end, sales_path, payments_path, QCoreApplication.translate, token))
        self.export_runner.failed.connect(lambda error: show_error(self, error))
        return self.export_runner.start()

    def open_statement(self) -> None:
        """The monthly statement of an assistance company (PDF, CSV)."""
        StatementDialog(self.context, self).exec()

    def edit_peppol(self) -> None:
        """Admins set the site's Peppol access point."""
        PeppolDialog(self.context, self).exec()

    def edit_smtp(self) -> None:
        """Admins set the site's SMTP server."""
        SmtpDialog(self.context, self).exec()

    def open_dossier(self, row: dict) -> None:
        """Open the contract of the double-clicked line."""
        if self.dossier_opener is not None and row and row.get("dossier_id"):
            self.dossier_opener(row["dossier_id"])


def tabs(context: AppContext, open_dossier: Callable[[int], object] | None = None) -> list[tuple[str, QWidget]]:
    """The invoices tab; ``open_dossier(id)`` opens a contract from a double-clicked line."""
    return [(tr("rental", "Factures location"), InvoicesView(context, open_dossier=open_dossier))]
