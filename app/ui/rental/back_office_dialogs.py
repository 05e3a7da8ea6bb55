"""Back-office forms (admin): fleet vehicle, tariff with its grid, agreement."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.core.errors import ValidationError
from app.core.i18n import msg
from app.core.rental.agreements import AgreementData, AgreementInfo, save_agreement
from app.core.rental.customers import list_customers
from app.core.rental.extras import ExtraData, ExtraInfo, save_extra
from app.core.rental.fleet import VehicleData, VehicleInfo, save_vehicle
from app.core.rental.models import CUSTOMER_COMPANY, VEHICLE_STATUSES
from app.core.rental.pricing import TariffRate
from app.core.rental.tariffs import TariffData, TariffInfo, list_tariffs, save_tariff
from app.ui.i18n import tr
from app.ui.rental.widgets import DecimalEdit, IdCombo
from app.ui.widgets.form_dialog import FormDialog
from app.ui.widgets.grid_view import fit_header_sections


def status_text(status: str) -> str:
    """Translated vehicle status."""
    return {"available": tr("rental", "disponible"), "rented": tr("rental", "loué"),
            "out_of_service": tr("rental", "hors service")}.get(status, status)


class VehicleDialog(FormDialog):
    """A replacement car of the admin's site."""

    def __init__(self, context, info: VehicleInfo | None = None, parent=None):
        self.context, self.info = context, info
        body = QWidget()
        form = QFormLayout(body)
        self.plate, self.vin, self.model, self.category = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        self.tank = DecimalEdit("tank_litres", msg("rental", "Réservoir (litres)"))
        self.km = QSpinBox()
        self.km.setRange(0, 2_000_000)
        self.status = QComboBox()
        for status in VEHICLE_STATUSES:
            self.status.addItem(status_text(status), status)
        for label, widget in ((tr("rental", "Plaque :"), self.plate), (tr("rental", "VIN :"), self.vin),
                              (tr("rental", "Modèle :"), self.model), (tr("rental", "Catégorie :"), self.category),
                              (tr("rental", "Réservoir (litres) :"), self.tank),
                              (tr("rental", "Kilométrage actuel :"), self.km), (tr("rental", "Statut :"), self.status)):
            form.addRow(label, widget)
        super().__init__(tr("rental", "Véhicule de remplacement"), body, parent=parent)
        if info is not None:
            d = info.data
            self.plate.setText(d.plate)
            self.vin.setText(d.vin)
            self.model.setText(d.model)
            self.category.setText(d.category)
            self.tank.set_decimal(d.tank_litres)
            self.km.setValue(d.current_km)
            self.status.setCurrentIndex(self.status.findData(d.status))

    def submit(self):
        data = VehicleData(self.plate.text(), self.category.text(), self.tank.decimal(), self.vin.text(),
                           self.model.text(), self.km.value(), self.status.currentData())
        return save_vehicle(self.context.database, self.context.scope, data, self.info.id if self.info else None,
                            self.info.version if self.info else None)


RATE_COLUMNS = ("category", "days", "price", "extra_day_price", "km_per_day", "extra_km_price")


class TariffDialog(FormDialog):
    """A tariff: its fees and its grid (category × duration)."""

    def __init__(self, context, info: TariffInfo | None = None, parent=None):
        self.context, self.info = context, info
        body = QWidget()
        form = QFormLayout(body)
        self.code, self.name = QLineEdit(), QLineEdit()
        self.fuel = DecimalEdit("fuel_price_per_litre", msg("rental", "Prix du carburant par litre"), places=3)
        self.refuel = DecimalEdit("refuelling_fee", msg("rental", "Frais de remplissage"))
        self.cleaning = DecimalEdit("cleaning_fee", msg("rental", "Frais de nettoyage"))
        self.deposit = DecimalEdit("deposit", msg("rental", "Caution"))
        self.is_default = QCheckBox(tr("rental", "tarif par défaut des clients"))
        self.active = QCheckBox(tr("rental", "actif"))
        self.active.setChecked(True)
        self.grid = QTableWidget(0, len(RATE_COLUMNS))
        self.grid.setHorizontalHeaderLabels([
            tr("rental", "Catégorie"), tr("rental", "Jours"), tr("rental", "Prix HTVA"),
            tr("rental", "Jour supp.\nHTVA"), tr("rental", "Km inclus / jour\n(vide = illimité)"),
            tr("rental", "Prix km\nsupp.")])
        self.grid.horizontalHeader().setStretchLastSection(True)
        fit_header_sections(self.grid)
        self.grid.setMinimumWidth(720)
        add, remove = QPushButton(tr("rental", "Ajouter une ligne")), QPushButton(tr("rental", "Supprimer la ligne"))
        add.clicked.connect(lambda: self.add_rate(None))
        remove.clicked.connect(lambda: self.grid.removeRow(self.grid.currentRow()))
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(add)
        row_buttons.addWidget(remove)
        row_buttons.addStretch(1)
        for label, widget in ((tr("rental", "Code :"), self.code), (tr("rental", "Nom :"), self.name),
                              (tr("rental", "Carburant (€/l HTVA) :"), self.fuel),
                              (tr("rental", "Frais de remplissage (€ HTVA) :"), self.refuel),
                              (tr("rental", "Nettoyage (€ HTVA) :"), self.cleaning),
                              (tr("rental", "Caution demandée (€) :"), self.deposit)):
            form.addRow(label, widget)
        form.addRow("", self.is_default)
        form.addRow("", self.active)
        form.addRow(self.grid)
        form.addRow(row_buttons)
        super().__init__(tr("rental", "Tarif"), body, parent=parent)
        if info is not None:
            d = info.data
            self.code.setText(d.code)
            self.name.setText(d.name)
            self.fuel.set_decimal(d.fuel_price_per_litre)
            self.refuel.set_decimal(d.refuelling_fee)
            self.cleaning.set_decimal(d.cleaning_fee)
            self.deposit.set_decimal(d.deposit)
            self.is_default.setChecked(d.is_default)
            self.active.setChecked(d.active)
            for rate in d.rates:
                self.add_rate(rate)

    def add_rate(self, rate: TariffRate | None) -> None:
        """Append a grid row (empty or filled)."""
        row = self.grid.rowCount()
        self.grid.insertRow(row)
        values = ("", "", "", "", "", "") if rate is None else (
            rate.category, str(rate.days), str(rate.price), str(rate.extra_day_price),
            "" if rate.km_per_day is None else str(rate.km_per_day), str(rate.extra_km_price))
        for column, value in enumerate(values):
            self.grid.setItem(row, column, QTableWidgetItem(value.replace(".", ",")))

    def rates(self) -> tuple[TariffRate, ...]:
        """The grid rows, numbers read as Decimal (never float)."""
        rates = []
        for row in range(self.grid.rowCount()):
            cells = [(self.grid.item(row, c).text() if self.grid.item(row, c) else "").strip()
                     for c in range(len(RATE_COLUMNS))]
            if not any(cells):
                continue
            # The core reads each number as typed (one parser for GUI, CLI and files); a blank
            # price is refused there, a blank km limit means unlimited, a blank km price 0.
            rates.append(TariffRate(cells[0], cells[1], cells[2], cells[3], cells[4] or None, cells[5] or "0"))
        return tuple(rates)

    def submit(self):
        data = TariffData(self.code.text(), self.name.text(), self.rates(), self.fuel.decimal(), self.refuel.decimal(),
                          self.cleaning.decimal(), self.is_default.isChecked(), self.active.isChecked(),
                          self.deposit.decimal())
        return save_tariff(self.context.database, self.context.scope, data, self.info.id if self.info else None,
                           self.info.version if self.info else None)


class AgreementDialog(FormDialog):
    """An agreement ("accord tarifaire") with its tariff and split (docs/decisions/rental-bill-split.md)."""

    def __init__(self, context, info: AgreementInfo | None = None, parent=None):
        self.context, self.info = context, info
        body = QWidget()
        form = QFormLayout(body)
        self.label = QLineEdit()
        self.account = IdCombo()
        self.account.set_items([(c.display_name, c.id) for c in list_customers(
            context.database, context.scope, kind=CUSTOMER_COMPANY, include_inactive=True)])
        self.is_pec = QCheckBox(tr("rental", "offert sur les dossiers avec prise en charge"))
        self.tariff = IdCombo()
        self.tariff.set_items([(t.data.name, t.id) for t in list_tariffs(context.database, context.scope,
                                                                         include_inactive=True)])
        self.recipient = QComboBox()
        self.recipient.addItem(tr("rental", "Client conducteur"), "driver")
        self.recipient.addItem(tr("rental", "Prise en charge"), "pec")
        self.active = QCheckBox(tr("rental", "actif (décocher si l'accord est rompu)"))
        self.active.setChecked(True)
        self.insurer_pct = DecimalEdit("insurer_pct", msg("rental", "Part de l'assistance (%)"))
        self.insurer_pct.setText("100")
        self.daily_cap = DecimalEdit("daily_cap", msg("rental", "Plafond journalier"), optional=True)
        self.daily_cap.setPlaceholderText(tr("rental", "aucun"))
        self.vat_to_client = QCheckBox(tr("rental", "TVA sur la part de l'assistance à charge du bénéficiaire"))
        split = QLabel(tr("rental", "Partage de la facture (accords de prise en charge) : l'assistance paie ce "
                                    "pourcentage de la location couverte, au plus le plafond par jour ; le "
                                    "bénéficiaire paie le reste."))
        split.setWordWrap(True)
        for label, widget in ((tr("rental", "Intitulé :"), self.label), (tr("rental", "Compte :"), self.account),
                              (tr("rental", "Prise en Charge :"), self.is_pec), (tr("rental", "Tarif :"), self.tariff),
                              (tr("rental", "Pec Impression Contrat :"), self.recipient),
                              (tr("rental", "Actif :"), self.active), ("", split),
                              (tr("rental", "Part de l'assistance (%) :"), self.insurer_pct),
                              (tr("rental", "Plafond journalier (€ HTVA) :"), self.daily_cap),
                              ("", self.vat_to_client)):
            form.addRow(label, widget)
        super().__init__(tr("rental", "Accord tarifaire"), body, parent=parent)
        if info is not None:
            d = info.data
            self.label.setText(d.label)
            self.account.set_id(d.account_id)
            self.is_pec.setChecked(d.is_pec)
            self.tariff.set_id(d.tariff_id)
            self.recipient.setCurrentIndex(self.recipient.findData(d.print_recipient))
            self.active.setChecked(d.active)
            self.insurer_pct.set_decimal(d.insurer_pct)
            self.daily_cap.set_decimal(d.daily_cap)
            self.vat_to_client.setChecked(d.vat_to_client)

    def submit(self):
        if self.account.current_id() is None or self.tariff.current_id() is None:
            raise ValidationError("account_id", msg("validation", "obligatoire"),
                                  field_label=msg("rental", "Compte et tarif"))
        data = AgreementData(self.label.text(), self.account.current_id(), self.tariff.current_id(),
                             self.is_pec.isChecked(), self.recipient.currentData(), self.active.isChecked(),
                             self.insurer_pct.decimal(), self.daily_cap.decimal(), self.vat_to_client.isChecked())
        return save_agreement(self.context.database, self.context.scope, data, self.info.id if self.info else None,
                              self.info.version if self.info else None)


class ExtraDialog(FormDialog):
    """A catalogue extra of a tariff (delivery, extra driver, child seat, cleaning…)."""

    def __init__(self, context, info: ExtraInfo | None = None, parent=None):
        self.context, self.info = context, info
        body = QWidget()
        form = QFormLayout(body)
        self.tariff = IdCombo()
        self.tariff.set_items([(t.data.name, t.id) for t in list_tariffs(context.database, context.scope,
                                                                         include_inactive=True)])
        self.code, self.label = QLineEdit(), QLineEdit()
        self.code.setMaxLength(20)
        self.label.setMaxLength(120)
        self.price = DecimalEdit("price", msg("rental", "Prix HTVA"))
        self.unit = QComboBox()
        self.unit.addItem(tr("rental", "par location"), "rental")
        self.unit.addItem(tr("rental", "par jour"), "day")
        self.payer = QComboBox()
        self.payer.addItem(tr("rental", "le client (bénéficiaire)"), "client")
        self.payer.addItem(tr("rental", "la prise en charge (assistance)"), "pec")
        self.active = QCheckBox(tr("rental", "proposé sur les dossiers"))
        self.active.setChecked(True)
        for label, widget in ((tr("rental", "Tarif :"), self.tariff), (tr("rental", "Code :"), self.code),
                              (tr("rental", "Libellé :"), self.label), (tr("rental", "Prix (€ HTVA) :"), self.price),
                              (tr("rental", "Unité :"), self.unit), (tr("rental", "Payé par défaut par :"), self.payer),
                              (tr("rental", "Actif :"), self.active)):
            form.addRow(label, widget)
        super().__init__(tr("rental", "Supplément"), body, parent=parent)
        if info is not None:
            d = info.data
            self.tariff.set_id(d.tariff_id)
            self.code.setText(d.code)
            self.label.setText(d.label)
            self.price.set_decimal(d.price)
            self.unit.setCurrentIndex(self.unit.findData(d.unit))
            self.payer.setCurrentIndex(self.payer.findData(d.default_payer))
            self.active.setChecked(d.active)

    def submit(self):
        if self.tariff.current_id() is None:
            raise ValidationError("tariff_id", msg("validation", "obligatoire"), field_label=msg("rental", "Tarif"))
        data = ExtraData(self.tariff.current_id(), self.code.text(), self.label.text(), self.price.decimal(),
                         self.unit.currentData(), self.payer.currentData(), self.active.isChecked())
        return save_extra(self.context.database, self.context.scope, data, self.info.id if self.info else None)
