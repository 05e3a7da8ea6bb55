"""Back-office tab (admins): customers, fleet, tariffs, agreements and the site's settings."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import AtelierError
from app.core.rental.agreements import list_agreements
from app.core.rental.customers import list_customers
from app.core.rental.extras import list_extras
from app.core.rental.fleet import list_vehicles
from app.core.rental.invoicing.formatting import format_amount
from app.core.rental.kinds import PayerRole
from app.core.rental.models import CUSTOMER_COMPANY
from app.core.rental.settings import grace_minutes, save_rental_settings, vat_rate
from app.core.rental.tariffs import list_tariffs
from app.ui.i18n import error_text, tr
from app.ui.rental.back_office_dialogs import AgreementDialog, ExtraDialog, TariffDialog, VehicleDialog, status_text
from app.ui.rental.customer_dialog import CustomerDialog
from app.ui.widgets.records_model import RECORD_ROLE, RecordColumn, RecordsTableModel


def yes_no(value: bool) -> str:
    """``oui`` / ``non``."""
    return tr("rental", "oui") if value else tr("rental", "non")


class RecordsPage(QWidget):
    """A table of records with "New" and "Edit" buttons opening a form dialog."""

    def __init__(self, columns: list[RecordColumn], load: Callable[[], list], dialog: Callable, parent=None):
        super().__init__(parent)
        self.load, self.dialog = load, dialog
        self.model = RecordsTableModel(columns)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.doubleClicked.connect(lambda index: self.edit(index.data(RECORD_ROLE)))
        self.model.modelReset.connect(self.table.resizeColumnsToContents)
        self.new_button = QPushButton(tr("rental", "Nouveau…"))
        self.edit_button = QPushButton(tr("rental", "Modifier…"))
        self.new_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(self.edit_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        """Re-read the records."""
        self.model.set_records(self.load())

    def edit_selected(self) -> None:
        """Edit the selected record."""
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.edit(rows[0].data(RECORD_ROLE))

    def edit(self, record) -> None:
        """Open the form for ``record`` (None = new) and reload after Save."""
        if self.dialog(record, self).exec():
            self.reload()


class BackOfficeView(QTabWidget):
    """Reference data of the rental module, (assistance companies, agreements, tariffs, fleet)."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        db, scope = context.database, context.scope
        self.customers = RecordsPage([
            RecordColumn(tr("rental", "Nom"), lambda c: c.display_name),
            RecordColumn(tr("rental", "Type"), lambda c: tr("rental", "Société") if c.data.kind == CUSTOMER_COMPANY
                         else tr("rental", "Particulier")),
            RecordColumn(tr("rental", "Assistance"), lambda c: yes_no(c.data.is_assistance)),
            RecordColumn(tr("rental", "TVA"), lambda c: c.data.vat_number),
            RecordColumn(tr("rental", "Peppol"), lambda c: c.data.peppol_id or (
                f"0208:{c.data.enterprise_number}" if c.data.enterprise_number else "")),
            RecordColumn(tr("rental", "Permis"), lambda c: c.data.licence_number),
            RecordColumn(tr("rental", "E-mail"), lambda c: c.data.email),
            RecordColumn(tr("rental", "Localité"), lambda c: c.data.city),
        ], lambda: list_customers(db, scope, include_inactive=True, limit=10_000),
            lambda record, parent: CustomerDialog(context, record, parent))
        self.fleet = RecordsPage([
            RecordColumn(tr("rental", "Plaque"), lambda v: v.data.plate),
            RecordColumn(tr("rental", "Modèle"), lambda v: v.data.model),
            RecordColumn(tr("rental", "Catégorie"), lambda v: v.data.category),
            RecordColumn(tr("rental", "Réservoir (l)"), lambda v: v.data.tank_litres, align_right=True),
            RecordColumn(tr("rental", "Km"), lambda v: v.data.current_km, align_right=True),
            RecordColumn(tr("rental", "Statut"), lambda v: status_text(v.data.status)),
            RecordColumn(tr("rental", "VIN"), lambda v: v.data.vin),
        ], lambda: list_vehicles(db, scope), lambda record, parent: VehicleDialog(context, record, parent))
        self.tariffs = RecordsPage([
            RecordColumn(tr("rental", "Code"), lambda t: t.data.code),
            RecordColumn(tr("rental", "Nom"), lambda t: t.data.name),
            RecordColumn(tr("rental", "Catégories"), lambda t: ", ".join(t.categories())),
            RecordColumn(tr("rental", "Carburant €/l"), lambda t: t.data.fuel_price_per_litre, align_right=True),
            RecordColumn(tr("rental", "Par défaut"), lambda t: yes_no(t.data.is_default)),
            RecordColumn(tr("rental", "Actif"), lambda t: yes_no(t.data.active)),
        ], lambda: list_tariffs(db, scope, include_inactive=True),
            lambda record, parent: TariffDialog(context, record, parent))
        self.agreements = RecordsPage([
            RecordColumn(tr("rental", "Intitulé"), lambda a: a.data.label),
            RecordColumn(tr("rental", "Compte"), lambda a: a.account_name),
            RecordColumn(tr("rental", "Prise en Charge"), lambda a: yes_no(a.data.is_pec)),
            RecordColumn(tr("rental", "Tarif"), lambda a: a.tariff_name),
            RecordColumn(tr("rental", "Impression contrat"), lambda a: tr("rental", "Prise en charge")
                         if a.data.print_recipient == "pec" else tr("rental", "Client conducteur")),
            RecordColumn(tr("rental", "Actif"), lambda a: yes_no(a.data.active)),
        ], lambda: list_agreements(db, scope), lambda record, parent: AgreementDialog(context, record, parent))
        tariff_names = {}

        def extras():
            tariff_names.update({t.id: t.data.name for t in list_tariffs(db, scope, include_inactive=True)})
            return list_extras(db, scope)
        self.extras = RecordsPage([
            RecordColumn(tr("rental", "Tarif"), lambda e: tariff_names.get(e.data.tariff_id, "")),
            RecordColumn(tr("rental", "Code"), lambda e: e.data.code),
            RecordColumn(tr("rental", "Libellé"), lambda e: e.data.label),
            RecordColumn(tr("rental", "Prix HTVA"), lambda e: format_amount(e.data.price), align_right=True),
            RecordColumn(tr("rental", "Unité"), lambda e: tr("rental", "par jour") if e.data.unit == "day"
                         else tr("rental", "par location")),
            RecordColumn(tr("rental", "Payé par"), lambda e: tr("rental", "prise en charge")
                         if e.data.default_payer == PayerRole.PEC else tr("rental", "client")),
            RecordColumn(tr("rental", "Actif"), lambda e: yes_no(e.data.active)),
        ], extras, lambda record, parent: ExtraDialog(context, record, parent))
        self.addTab(self.customers, tr("rental", "Clients"))
        self.addTab(self.fleet, tr("rental", "Flotte du site {code}", code=scope.site_code))
        self.addTab(self.tariffs, tr("rental", "Tarifs"))
        self.addTab(self.extras, tr("rental", "Suppléments"))
        self.addTab(self.agreements, tr("rental", "Accords tarifaires"))
        self.addTab(self._settings_page(), tr("rental", "Paramètres du site"))

    def _settings_page(self) -> QWidget:
        page = QWidget()
        group = QGroupBox(tr("rental", "Location au site {code}", code=self.context.scope.site_code))
        form = QFormLayout(group)
        with self.context.database.session() as session:
            rate = vat_rate(session, self.context.scope.site_id)
            grace = grace_minutes(session, self.context.scope.site_id)
        self.vat_edit = QLineEdit(str(rate).replace(".", ","))
        self.grace_edit = QLineEdit(str(grace))
        self.settings_message = QLabel()
        save = QPushButton(tr("rental", "Enregistrer"))
        save.clicked.connect(self.save_settings)
        form.addRow(tr("rental", "Taux de TVA (%) :"), self.vat_edit)
        form.addRow(tr("rental", "Tolérance de retour (minutes) :"), self.grace_edit)
        form.addRow("", save)
        form.addRow("", self.settings_message)
        layout = QVBoxLayout(page)
        layout.addWidget(group)
        layout.addStretch(1)
        return page

    def save_settings(self) -> None:
        """Store the VAT rate and grace period."""
        try:
            save_rental_settings(self.context.database, self.context.scope, self.vat_edit.text(),
                                 self.grace_edit.text())
        except AtelierError as exc:
            self.settings_message.setStyleSheet("color: #b00020;")
            self.settings_message.setText(error_text(exc))
            return
        self.settings_message.setStyleSheet("color: #2e7d32;")
        self.settings_message.setText(tr("rental", "Paramètres enregistrés."))
