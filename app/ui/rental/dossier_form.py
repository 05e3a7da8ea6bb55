"""The dossier's tabs in the order a clerk fills in an assistance rental: PEC, vehicle,
customer & drivers, PEC tariff, client tariff, departure / return. Reads and writes a core :class:`DossierData`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from app.core.i18n import msg
from app.core.rental.agreements import AgreementInfo, agreement_choices
from app.core.rental.customers import list_customers
from app.core.rental.day_count import days_later
from app.core.rental.dossier_data import DossierData
from app.core.rental.dossier_snapshot import DossierSnapshot, picker_window
from app.core.rental.fleet import list_vehicles
from app.core.rental.tariffs import effective_pec_tariff, list_tariffs
from app.core.rental.vehicle_picker import VehicleChoice, vehicle_choices
from app.ui.i18n import tr
from app.ui.rental.authorisation_box import AuthorisationBox
from app.ui.rental.repair_box import RepairBox
from app.ui.rental.widgets import DecimalEdit, IdCombo, LocalDateTimeEdit, OptionalDateTime, OptionalSpin

ERROR_STYLE = "border: 2px solid #c62828;"


def _form(*rows) -> QWidget:
    page = QWidget()
    form = QFormLayout(page)
    for label, widget in rows:
        form.addRow(label, widget)
    return page


class DossierForm(QTabWidget):
    """Six tabs editing a dossier; ``changed`` fires on every edit (live totals)."""

    changed = Signal()
    new_customer_requested = Signal(str)  # which combo: customer_id / driver_id / second_driver_id

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self._build_pec_tab()
        self._build_vehicle_tab()
        self._build_customer_tab()
        self._build_pec_tariff_tab()
        self._build_client_tariff_tab()
        self._build_departure_tab()
        self.addTab(self.pec_tab, tr("rental", "PEC"))
        self.addTab(self.vehicle_tab, tr("rental", "Véhicule"))
        self.addTab(self.customer_tab, tr("rental", "Client && conducteurs"))
        self.addTab(self.pec_tariff_tab, tr("rental", "Tarif PEC"))
        self.addTab(self.client_tariff_tab, tr("rental", "Tarif client"))
        self.addTab(self.departure_tab, tr("rental", "Départ / retour"))
        self.pages = [self.pec_tab, self.vehicle_tab, self.customer_tab, self.pec_tariff_tab, self.client_tariff_tab,
                      self.departure_tab]
        self.widgets = {
            "is_pec": self.is_pec, "agreement_id": self.agreement, "pec_file_number": self.file_number,
            "pec_category": self.pec_category, "pec_days": self.pec_days, "pec_extra_km": self.pec_extra_km,
            "vehicle_id": self.vehicle, "customer_id": self.customer, "driver_id": self.driver,
            "pec_tariff_id": self.pec_tariff, "pec_tariff_category": self.tariff_category,
            "pec_tariff_days": self.tariff_days, "tariff_days": self.tariff_days, "pec_base_days": self.base_days,
            "pec_discount_pct": self.pec_discount, "client_tariff_id": self.client_tariff,
            "client_discount_pct": self.client_discount, "planned_departure": self.planned_departure,
            "planned_return": self.planned_return, "return": self.planned_return,
            "actual_departure": self.actual_departure, "actual_return": self.actual_return, "km_out": self.km_out,
            "km_in": self.km_in, "fuel_out": self.fuel_out, "fuel_in": self.fuel_in,
            "damage_amount": self.damage_amount, "pec_authorisation_number": self.authorisation.number,
            "pec_contact": self.authorisation.contact, "pec_contact_phone": self.authorisation.phone,
            "pec_contact_email": self.authorisation.email, "pec_daily_cap": self.authorisation.daily_cap,
            "deposit_amount": self.deposit, "repair_dossier_id": self.repair.label,
        }
        self._agreement_id = None
        self._agreement_tariffs: dict[int, int] = {}
        self.reload_choices()
        self._connect()

    # -- building --------------------------------------------------------------------
    def _build_pec_tab(self) -> None:
        self.is_pec = QCheckBox(tr("rental", "Dossier avec prise en charge (PEC)"))
        self.agreement = IdCombo(tr("rental", "— choisir l'accord —"))
        self.file_number = QLineEdit()
        self.file_number.setMaxLength(40)
        self.file_number.setPlaceholderText(tr("rental", "n° de dossier de la société d'assistance"))
        self.pec_category = QComboBox()
        self.pec_category.setEditable(True)
        self.pec_days = OptionalSpin(365, empty=0)
        self.pec_days.setSuffix(tr("rental", " jour(s)"))
        self.pec_extra_km = QSpinBox()
        self.pec_extra_km.setRange(0, 100_000)
        self.pec_extra_km.setSuffix(" km")
        self.pec_fuel = QCheckBox(tr("rental", "carburant pris en charge par l'assistance"))
        self.authorisation = AuthorisationBox()
        self.pec_tab = _form(("", self.is_pec), (tr("rental", "PEC Accord National :"), self.agreement),
                             (tr("rental", "Accord :"), self.file_number),
                             (tr("rental", "PEC Catégorie :"), self.pec_category),
                             (tr("rental", "PEC Durée (accord initial) :"), self.pec_days),
                             (tr("rental", "PEC Km Supp :"), self.pec_extra_km),
                             (tr("rental", "PEC Carburant :"), self.pec_fuel),
                             ("", self.authorisation))

    def _build_vehicle_tab(self) -> None:
        self.vehicle = IdCombo(tr("rental", "— aucun (devis) —"))
        self.category_warning = QLabel()
        self.category_warning.setStyleSheet("color: #b26a00; font-weight: bold;")
        self.category_warning.setWordWrap(True)
        self.repair = RepairBox(self.context)
        self.vehicle_tab = _form((tr("rental", "Véhicule :"), self.vehicle), ("", self.category_warning),
                                 (tr("rental", "Réparation liée :"), self.repair))

    def _customer_row(self, combo: IdCombo, key: str) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(combo, 1)
        button = QPushButton(tr("rental", "Nouveau…"))
        button.clicked.connect(lambda: self.new_customer_requested.emit(key))
        layout.addWidget(button)
        return row

    def _build_customer_tab(self) -> None:
        self.customer = IdCombo(tr("rental", "— choisir —"))
        self.driver = IdCombo(tr("rental", "— le client —"))
        self.second_driver = IdCombo(tr("rental", "— aucun —"))
        for combo in (self.customer, self.driver, self.second_driver):
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.customer_tab = _form(
            (tr("rental", "Client / bénéficiaire :"), self._customer_row(self.customer, "customer_id")),
            (tr("rental", "Conducteur :"), self._customer_row(self.driver, "driver_id")),
            (tr("rental", "Second conducteur :"), self._customer_row(self.second_driver, "second_driver_id")))

    def _build_pec_tariff_tab(self) -> None:
        self.pec_tariff = IdCombo(tr("rental", "— tarif de l'accord —"))
        self.tariff_category = IdCombo(tr("rental", "— catégorie PEC —"))
        self.tariff_days = IdCombo(tr("rental", "— automatique (le moins cher) —"))
        self.base_days = OptionalSpin(365, empty=0, special=tr("rental", "— jours couverts —"))
        self.pec_discount = DecimalEdit("pec_discount_pct", msg("rental", "Remise PEC"), blank_value=Decimal(0))
        self.pec_tariff_tab = _form((tr("rental", "Tarif de base :"), self.pec_tariff),
                                    (tr("rental", "Catégorie tarif :"), self.tariff_category),
                                    (tr("rental", "Durée tarif :"), self.tariff_days),
                                    (tr("rental", "Jours Base :"), self.base_days),
                                    (tr("rental", "Remise (%) :"), self.pec_discount))

    def _build_client_tariff_tab(self) -> None:
        self.client_tariff = IdCombo(tr("rental", "— tarif par défaut —"))
        self.client_discount = DecimalEdit("client_discount_pct", msg("rental", "Remise client"),
                                           blank_value=Decimal(0))
        note = QLabel(tr("rental", "Le tarif client s'applique à ce que la prise en charge ne couvre pas : jours "
                                   "au-delà de la durée PEC, kilomètres supplémentaires, carburant, nettoyage."))
        note.setWordWrap(True)
        self.client_tariff_tab = _form((tr("rental", "Tarif client :"), self.client_tariff),
                                       (tr("rental", "Remise (%) :"), self.client_discount), ("", note))

    def _build_departure_tab(self) -> None:
        self.planned_departure = LocalDateTimeEdit()
        self.planned_return = LocalDateTimeEdit()
        self.actual_departure = OptionalDateTime(tr("rental", "parti"))
        self.actual_return = OptionalDateTime(tr("rental", "rentré"))
        self.km_out, self.km_in = OptionalSpin(2_000_000), OptionalSpin(2_000_000)
        self.fuel_out, self.fuel_in = OptionalSpin(8), OptionalSpin(8)
        for spin in (self.fuel_out, self.fuel_in):
            spin.setSuffix(" /8")
        self.damage_out, self.damage_in = QPlainTextEdit(), QPlainTextEdit()
        for edit in (self.damage_out, self.damage_in):
            edit.setMaximumHeight(60)
        self.damage_amount = DecimalEdit("damage_amount", msg("rental", "Montant des dommages"), optional=True)
        self.cleaning = QCheckBox(tr("rental", "nettoyage à facturer"))
        self.deposit = DecimalEdit("deposit_amount", msg("rental", "Caution"), optional=True)
        self.deposit.setPlaceholderText(tr("rental", "celle du tarif client"))
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(50)
        self.day_rule = QLabel()
        self.day_rule.setWordWrap(True)
        self.day_rule.setStyleSheet("color: #555;")
        self.departure_tab = _form(
            (tr("rental", "Départ prévu :"), self.planned_departure),
            (tr("rental", "Retour prévu :"), self.planned_return),
            (tr("rental", "Départ réel :"), self.actual_departure),
            (tr("rental", "Retour réel :"), self.actual_return),
            (tr("rental", "Kilométrage départ / retour :"), self._pair(self.km_out, self.km_in)),
            (tr("rental", "Carburant départ / retour :"), self._pair(self.fuel_out, self.fuel_in)),
            (tr("rental", "Dommages au départ :"), self.damage_out),
            (tr("rental", "Dommages au retour :"), self.damage_in),
            (tr("rental", "Dommages facturés (€ HTVA) :"), self.damage_amount),
            (tr("rental", "Caution demandée (€) :"), self.deposit),
            ("", self.cleaning), (tr("rental", "Remarques :"), self.notes), ("", self.day_rule))

    @staticmethod
    def _pair(first: QWidget, second: QWidget) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(first)
        layout.addWidget(QLabel("→"))
        layout.addWidget(second)
        return row

    def _connect(self) -> None:
        for combo in (self.agreement, self.vehicle, self.customer, self.driver, self.second_driver,
                      self.tariff_category, self.tariff_days, self.client_tariff):
            combo.currentIndexChanged.connect(self.changed)
        self.pec_tariff.currentIndexChanged.connect(self._refresh_tariff_choices)
        self.agreement.currentIndexChanged.connect(self._agreement_changed)
        self.pec_category.currentTextChanged.connect(self._refresh_tariff_choices)
        self.tariff_category.currentIndexChanged.connect(self._refresh_durations)
        self.is_pec.toggled.connect(self._pec_toggled)
        for edit in (self.file_number, self.pec_discount, self.client_discount, self.damage_amount,
                     self.authorisation.daily_cap):
            edit.textChanged.connect(self.changed)
        for spin in (self.pec_days, self.pec_extra_km, self.base_days, self.km_out, self.km_in, self.fuel_out,
                     self.fuel_in):
            spin.valueChanged.connect(self.changed)
        for check in (self.pec_fuel, self.cleaning):
            check.toggled.connect(self.changed)
        for edit in (self.planned_departure, self.planned_return):
            edit.dateTimeChanged.connect(self.changed)
        for widget in (self.actual_departure, self.actual_return):
            widget.changed.connect(self.changed)
        self.vehicle.currentIndexChanged.connect(self._update_category_warning)
        self.pec_category.currentTextChanged.connect(self._update_category_warning)
        self.changed.connect(self.clear_errors)
        self.repair.changed.connect(self.changed)
        self._picker_timer = QTimer(self, singleShot=True, interval=300)
        self._picker_timer.timeout.connect(self.refresh_vehicle_choices)
        for edit in (self.planned_departure, self.planned_return):
            edit.dateTimeChanged.connect(lambda _value: None if self._loading else self._picker_timer.start())
        self.pec_category.currentTextChanged.connect(lambda _t: None if self._loading else self._picker_timer.start())
        self.pec_days.valueChanged.connect(self._return_from_pec_days)
        self.planned_departure.dateTimeChanged.connect(self._return_from_pec_days)

    # -- reference data ----------------------------------------------------------------
    def reload_choices(self) -> None:
        """Re-read vehicles, customers, tariffs and agreements."""
        db, scope = self.context.database, self.context.scope
        self.vehicles = {v.id: v for v in list_vehicles(db, scope)}
        self.refresh_vehicle_choices()
        customers = [(c.display_name + (f" – {c.data.city}" if c.data.city else ""), c.id)
                     for c in list_customers(db, scope, limit=5000)]
        for combo in (self.customer, self.driver, self.second_driver):
            combo.set_items(customers)
        self.tariffs = {t.id: t for t in list_tariffs(db, scope, include_inactive=True)}
        items = [(t.data.name, t.id) for t in self.tariffs.values() if t.data.active]
        self.pec_tariff.set_items(items)
        self.client_tariff.set_items(items)
        categories = sorted({v.data.category for v in self.vehicles.values()}
                            | {c for t in self.tariffs.values() for c in t.categories()})
        current = self.pec_category.currentText()
        self.pec_category.blockSignals(True)
        self.pec_category.clear()
        self.pec_category.addItems([""] + categories)
        self.pec_category.setCurrentText(current)
        self.pec_category.blockSignals(False)
        self._refresh_agreements()

    def refresh_vehicle_choices(self) -> None:
        """The picker, best first: free cars of the covered category over the period, other free
        cars, cars booked meanwhile (with the dossier holding them), out-of-service ones."""
        category = self.pec_category.currentText().strip().upper() if self.is_pec.isChecked() else ""
        if not category and self.vehicle.current_id() in self.vehicles:
            category = self.vehicles[self.vehicle.current_id()].data.category
        start, end = picker_window(self.collect_period())
        self._show_vehicle_choices(vehicle_choices(self.context.database, self.context.scope, category, start, end,
                                                   self.dossier_id))

    def _show_vehicle_choices(self, choices: Sequence[VehicleChoice]) -> None:
        items = []
        for choice in choices:
            text = f"{choice.plate} – {choice.model} ({choice.category})"
            if choice.out_of_service:
                text += tr("rental", " — hors service")
            elif choice.busy_with is not None:
                text += tr("rental", " — réservé (dossier {number})", number=choice.busy_with)
            items.append((text, choice.id))
        self.vehicle.set_items(items)

    def _refresh_agreements(self, preloaded: Sequence[AgreementInfo] | None = None) -> None:
        choices = preloaded if preloaded is not None else agreement_choices(
            self.context.database, self.context.scope, pec=self.is_pec.isChecked(), current_id=self._agreement_id)
        self._agreement_tariffs = {a.id: a.data.tariff_id for a in choices}
        self.agreement.set_items([(f"{a.data.label} ({a.account_name})", a.id) for a in choices])

    def _pec_toggled(self, checked: bool, refresh_agreements: bool = True) -> None:
        for widget in (self.file_number, self.pec_category, self.pec_days, self.pec_extra_km, self.pec_fuel):
            widget.setEnabled(checked and not self.read_only)
        self.pec_days.setEnabled(checked and not self.read_only and not self.extended)
        self.authorisation.set_enabled_fields(checked and not self.read_only)
        self.setTabEnabled(self.indexOf(self.pec_tariff_tab), checked)
        if refresh_agreements:
            self._refresh_agreements()
        self.changed.emit()

    def _refresh_tariff_choices(self) -> None:
        tariff = self._effective_tariff()
        categories = tariff.categories() if tariff else sorted({c for t in self.tariffs.values()
                                                               for c in t.categories()})
        self.tariff_category.set_items([(c, c) for c in categories])
        self._refresh_durations()

    def _refresh_durations(self) -> None:
        tariff = self._effective_tariff()
        category = self.tariff_category.current_id() or self.pec_category.currentText().strip().upper()
        durations = tariff.durations(category) if tariff else []
        self.tariff_days.set_items([(tr("rental", "forfait {n} jour(s)", n=d), d) for d in durations])
        self.changed.emit()

    def _agreement_changed(self) -> None:
        """A newly chosen agreement brings its tariff (docs/decisions/rental-pricing.md: the PEC
        tariff is the agreement's unless the clerk picks another)."""
        if not self._loading and self._agreement_tariff() is not None:
            self.pec_tariff.set_id(self._agreement_tariff())
        self._refresh_tariff_choices()

    def _agreement_tariff(self):
        """The tariff of the selected agreement (used while "Tarif de base" is left empty)."""
        return self._agreement_tariffs.get(self.agreement.current_id())

    def _effective_tariff(self):
        return self.tariffs.get(effective_pec_tariff(self.pec_tariff.current_id(), self._agreement_tariff()))

    def _return_from_pec_days(self, *_args) -> None:
        """The planned return follows the PEC duration: departure + N days (Brussels clock)."""
        days = self.pec_days.optional_value()
        if self._loading or not self.is_pec.isChecked() or not days or not self.pec_days.isEnabled():
            return
        self.planned_return.set_instant(days_later(self.planned_departure.instant(), days))

    def _update_category_warning(self) -> None:
        vehicle = self.vehicles.get(self.vehicle.current_id())
        pec = self.pec_category.currentText().strip().upper()
        if vehicle is not None and self.is_pec.isChecked() and pec and vehicle.data.category != pec:
            self.category_warning.setText(tr("rental", "Attention : le véhicule est de catégorie {vehicle}, la "
                                                       "prise en charge couvre la catégorie {pec}.",
                                             vehicle=vehicle.data.category, pec=pec))
        else:
            self.category_warning.clear()

    # -- data ------------------------------------------------------------------------------
    read_only = False
    dossier_id = None  # the saved dossier shown (its own booking does not make its car busy)
    extended = False  # the first authorisation is history once an extension exists
    _loading = False

    def collect_period(self) -> DossierData:
        """The planned period on screen (what the vehicle picker checks)."""
        return DossierData(planned_departure=self.planned_departure.instant(),
                           planned_return=self.planned_return.instant())

    def load(self, data: DossierData, snapshot: DossierSnapshot | None = None) -> None:
        """Show ``data`` in the tabs; with a saved dossier's ``snapshot``, its choices (cars,
        agreements, repair) come from it instead of the database."""
        self.blockSignals(True)
        self._loading = True
        self._agreement_id = data.agreement_id
        self.is_pec.setChecked(data.is_pec)
        self._refresh_agreements(snapshot.agreements if snapshot is not None else None)
        self.agreement.set_id(data.agreement_id)
        self.file_number.setText(data.pec_file_number)
        self.pec_category.setCurrentText(data.pec_category)
        self.pec_days.set_optional(data.pec_days)
        self.pec_extra_km.setValue(data.pec_extra_km or 0)
        self.pec_fuel.setChecked(data.pec_fuel_covered)
        self.planned_departure.set_instant(data.planned_departure)
        self.planned_return.set_instant(data.planned_return)
        if snapshot is not None:
            self._show_vehicle_choices(snapshot.vehicles)
        else:
            self.refresh_vehicle_choices()
        self.vehicle.set_id(data.vehicle_id)
        self.customer.set_id(data.customer_id)
        self.driver.set_id(data.driver_id)
        self.second_driver.set_id(data.second_driver_id)
        self.pec_tariff.set_id(data.pec_tariff_id)
        self._refresh_tariff_choices()
        self.tariff_category.set_id(data.pec_tariff_category or None)
        self._refresh_durations()
        self.tariff_days.set_id(data.pec_tariff_days)
        self.base_days.set_optional(data.pec_base_days)
        self.pec_discount.set_decimal(data.pec_discount_pct if data.pec_discount_pct else None)
        self.client_tariff.set_id(data.client_tariff_id)
        self.client_discount.set_decimal(data.client_discount_pct if data.client_discount_pct else None)
        self.planned_departure.set_instant(data.planned_departure)
        self.planned_return.set_instant(data.planned_return)
        self.actual_departure.set_instant(data.actual_departure, data.planned_departure)
        self.actual_return.set_instant(data.actual_return, data.planned_return)
        self.km_out.set_optional(data.km_out)
        self.km_in.set_optional(data.km_in)
        self.fuel_out.set_optional(data.fuel_out)
        self.fuel_in.set_optional(data.fuel_in)
        self.damage_out.setPlainText(data.damage_out)
        self.damage_in.setPlainText(data.damage_in)
        self.damage_amount.set_decimal(data.damage_amount)
        self.cleaning.setChecked(data.cleaning_required)
        self.notes.setPlainText(data.notes)
        self.authorisation.load(data)
        self.deposit.set_decimal(data.deposit_amount)
        if snapshot is not None:
            self.repair.show_repair(snapshot.repair)
        else:
            self.repair.load(data.repair_dossier_id)
        self._loading = False
        self.blockSignals(False)
        self._pec_toggled(data.is_pec, refresh_agreements=snapshot is None)
        self._update_category_warning()

    def collect(self) -> DossierData:
        """The tabs as a DossierData (ValidationError for an unreadable number)."""
        is_pec = self.is_pec.isChecked()
        data = DossierData(
            planned_departure=self.planned_departure.instant(), planned_return=self.planned_return.instant(),
            vehicle_id=self.vehicle.current_id(), customer_id=self.customer.current_id(),
            driver_id=self.driver.current_id(), second_driver_id=self.second_driver.current_id(),
            is_pec=is_pec, agreement_id=self.agreement.current_id(), client_tariff_id=self.client_tariff.current_id(),
            client_discount_pct=self.client_discount.decimal(),
            actual_departure=self.actual_departure.instant(), actual_return=self.actual_return.instant(),
            km_out=self.km_out.optional_value(), km_in=self.km_in.optional_value(),
            fuel_out=self.fuel_out.optional_value(), fuel_in=self.fuel_in.optional_value(),
            damage_out=self.damage_out.toPlainText(), damage_in=self.damage_in.toPlainText(),
            damage_amount=self.damage_amount.decimal(), cleaning_required=self.cleaning.isChecked(),
            notes=self.notes.toPlainText(), deposit_amount=self.deposit.decimal(),
            repair_dossier_id=self.repair.repair_id)
        if is_pec:
            data = replace(data, pec_file_number=self.file_number.text(),
                           pec_category=self.pec_category.currentText().strip().upper(),
                           pec_days=self.pec_days.optional_value(), pec_extra_km=self.pec_extra_km.value(),
                           pec_fuel_covered=self.pec_fuel.isChecked(), pec_tariff_id=self.pec_tariff.current_id(),
                           pec_tariff_category=self.tariff_category.current_id() or "",
                           pec_tariff_days=self.tariff_days.current_id(),
                           pec_base_days=self.base_days.optional_value(),
                           pec_discount_pct=self.pec_discount.decimal())
            data = self.authorisation.apply(data)
        return data

    def set_read_only(self, read_only: bool) -> None:
        """Freeze every field (invoiced dossier)."""
        self.read_only = read_only
        for page in self.pages:  # never the invoicing panels: they work on frozen dossiers
            for child in page.findChildren(QWidget):
                if isinstance(child, (QLineEdit, QPlainTextEdit)):
                    child.setReadOnly(read_only)
                elif isinstance(child, (QComboBox, QSpinBox, QCheckBox, LocalDateTimeEdit, QPushButton)):
                    child.setEnabled(not read_only)
        self.repair.set_editable(not read_only)
        if not read_only:
            self._pec_toggled(self.is_pec.isChecked())

    # -- errors ------------------------------------------------------------------------------
    def show_errors(self, fields: list[str]) -> None:
        """Outline the widgets of the refused fields and show the first one's tab."""
        self.clear_errors()
        first = True
        for field in fields:
            widget = self.widgets.get(field)
            if widget is None:
                continue
            widget.setStyleSheet(ERROR_STYLE)
            if first:
                for index in range(self.count()):
                    if self.widget(index).isAncestorOf(widget):
                        self.setCurrentIndex(index)
                widget.setFocus()
                first = False

    def clear_errors(self) -> None:
        """Remove the error outlines."""
        for widget in self.widgets.values():
            if widget.styleSheet():
                widget.setStyleSheet("")
