"""Customer form: individuals (drivers with their licence) and companies (VAT number checked)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from app.core.errors import AtelierError
from app.core.rental.customers import CustomerData, CustomerInfo, save_customer
from app.core.rental.models import CUSTOMER_COMPANY, CUSTOMER_INDIVIDUAL
from app.ui.i18n import error_text, tr


class CustomerDialog(QDialog):
    """Create or edit a customer; ``saved_info`` holds the result after Save."""

    def __init__(self, context, info: CustomerInfo | None = None, parent=None):
        super().__init__(parent)
        self.context = context
        self.info = info
        self.saved_info: CustomerInfo | None = None
        self.setWindowTitle(tr("rental", "Client") if info else tr("rental", "Nouveau client"))
        self.kind = QComboBox()
        self.kind.addItem(tr("rental", "Particulier"), CUSTOMER_INDIVIDUAL)
        self.kind.addItem(tr("rental", "Société"), CUSTOMER_COMPANY)
        self.is_assistance = QCheckBox(tr("rental", "société d'assistance (prise en charge)"))
        self.is_assistance.setEnabled(context.scope.is_admin)
        self.edits = {name: QLineEdit() for name in ("name", "first_name", "street", "postcode", "city", "country",
                                                     "email", "phone", "vat_number", "licence_number")}
        self.active = QCheckBox(tr("rental", "actif"))
        self.active.setChecked(True)
        form = QFormLayout()
        form.addRow(tr("rental", "Type :"), self.kind)
        form.addRow("", self.is_assistance)
        for name, label in (("name", tr("rental", "Nom :")), ("first_name", tr("rental", "Prénom :")),
                            ("street", tr("rental", "Rue :")), ("postcode", tr("rental", "Code postal :")),
                            ("city", tr("rental", "Localité :")), ("country", tr("rental", "Pays :")),
                            ("email", tr("rental", "E-mail :")), ("phone", tr("rental", "Téléphone :")),
                            ("vat_number", tr("rental", "Numéro de TVA :")),
                            ("licence_number", tr("rental", "Permis de conduire :"))):
            form.addRow(label, self.edits[name])
        form.addRow("", self.active)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        data = info.data if info else CustomerData(name="")
        self.kind.setCurrentIndex(self.kind.findData(data.kind))
        self.is_assistance.setChecked(data.is_assistance)
        for name, edit in self.edits.items():
            edit.setText(getattr(data, name))
        self.active.setChecked(data.active)

    def data(self) -> CustomerData:
        """The form as CustomerData."""
        values = {name: edit.text() for name, edit in self.edits.items()}
        return CustomerData(kind=self.kind.currentData(), is_assistance=self.is_assistance.isChecked(),
                            active=self.active.isChecked(), **values)

    def try_save(self) -> None:
        """Save, or show the refusal under the form."""
        try:
            self.saved_info = save_customer(self.context.database, self.context.scope, self.data(),
                                            self.info.id if self.info else None,
                                            self.info.version if self.info else None)
        except AtelierError as exc:
            self.error_label.setText(error_text(exc))
            return
        self.accept()
