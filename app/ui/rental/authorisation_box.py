"""The authorisation part of the PEC tab: the assistance's authorisation number and contact,
its daily cap, what is covered and agreed, and the history of extensions."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import msg
from app.core.rental.authorisation import ExtensionInfo, requester_label
from app.core.rental.dossier_data import DossierData, DossierInfo
from app.core.timeutil import format_local
from app.ui.i18n import render, tr
from app.ui.rental.widgets import DecimalEdit
from app.ui.widgets.records_model import RecordColumn, RecordsTableModel


class AuthorisationBox(QWidget):
    """Authorisation fields (read into / written from a DossierData) and the extension history."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.number = QLineEdit()
        self.number.setMaxLength(40)
        self.number.setPlaceholderText(tr("rental", "n° d'autorisation / de garantie de paiement"))
        self.contact = QLineEdit()
        self.contact.setMaxLength(120)
        self.contact.setPlaceholderText(tr("rental", "gestionnaire du dossier à l'assistance"))
        self.phone = QLineEdit()
        self.phone.setMaxLength(40)
        self.email = QLineEdit()
        self.email.setMaxLength(120)
        self.daily_cap = DecimalEdit("pec_daily_cap", msg("rental", "Plafond journalier"), optional=True)
        self.daily_cap.setPlaceholderText(tr("rental", "celui de l'accord"))
        self.coverage = QLabel()
        self.coverage.setObjectName("coverage_summary")
        self.coverage.setWordWrap(True)
        self.history_model = RecordsTableModel([
            RecordColumn(tr("rental", "Saisi le"), lambda e: format_local(e.entered_at)),
            RecordColumn(tr("rental", "Demandé par"), lambda e: render(requester_label(e.requested_by))),
            RecordColumn(tr("rental", "Jours"), lambda e: e.days, align_right=True),
            RecordColumn(tr("rental", "Retour prévu"), lambda e: tr("rental", "{old} → {new}",
                                                                    old=format_local(e.previous_return),
                                                                    new=format_local(e.new_return))),
            RecordColumn(tr("rental", "Référence"), lambda e: e.reference),
            RecordColumn(tr("rental", "Saisi par"), lambda e: e.entered_by),
            RecordColumn(tr("rental", "Remarque"), lambda e: e.note),
        ])
        self.history = QTableView()
        self.history.setObjectName("extension_history")
        self.history.setModel(self.history_model)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setMaximumHeight(120)
        fields = QFormLayout()
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addRow(tr("rental", "N° d'autorisation :"), self.number)
        fields.addRow(tr("rental", "Contact assistance :"), self.contact)
        fields.addRow(tr("rental", "Téléphone / e-mail :"), self._pair(self.phone, self.email))
        fields.addRow(tr("rental", "Plafond journalier (€ HTVA) :"), self.daily_cap)
        group = QGroupBox(tr("rental", "Autorisation et prolongations"))
        inner = QVBoxLayout(group)
        inner.addWidget(self.coverage)
        inner.addWidget(self.history)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(fields)
        layout.addWidget(group)
        self.edits = (self.number, self.contact, self.phone, self.email, self.daily_cap)

    @staticmethod
    def _pair(first: QWidget, second: QWidget) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(first)
        layout.addWidget(second)
        return row

    def load(self, data: DossierData) -> None:
        """Show the authorisation fields of ``data``."""
        self.number.setText(data.pec_authorisation_number)
        self.contact.setText(data.pec_contact)
        self.phone.setText(data.pec_contact_phone)
        self.email.setText(data.pec_contact_email)
        self.daily_cap.set_decimal(data.pec_daily_cap)

    def apply(self, data: DossierData) -> DossierData:
        """``data`` with the typed authorisation fields (ValidationError for an unreadable cap)."""
        return replace(data, pec_authorisation_number=self.number.text(), pec_contact=self.contact.text(),
                       pec_contact_phone=self.phone.text(), pec_contact_email=self.email.text(),
                       pec_daily_cap=self.daily_cap.decimal())

    def show_history(self, info: DossierInfo | None, history: list[ExtensionInfo]) -> None:
        """What is covered and agreed, and every extension."""
        self.history_model.set_records(history)
        if info is None or not info.data.is_pec or not info.data.pec_days:
            self.coverage.setText(tr("rental", "Accordé au départ : la durée PEC ci-dessus. Les prolongations "
                                               "s'enregistrent par « Prolonger » et restent dans l'historique."))
            return
        self.coverage.setText(tr(
            "rental", "Accordé au départ : {first} jour(s) ; couverts par l'assistance : {covered} jour(s) ; "
                      "acceptés par le client : {client} jour(s).", first=info.data.pec_days,
            covered=info.covered_days or 0, client=info.client_days_agreed))

    def set_enabled_fields(self, enabled: bool) -> None:
        """Editable only on a PEC dossier that is not frozen."""
        for edit in self.edits:
            edit.setEnabled(enabled)
