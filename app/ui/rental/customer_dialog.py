"""Customer form: individuals (drivers with their licence) and companies (VAT number checked)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit

from app.core.rental.customers import CustomerData, CustomerInfo, save_customer
from app.core.rental.models import CUSTOMER_COMPANY, CUSTOMER_INDIVIDUAL
from app.ui.i18n import tr
from app.ui.widgets.form_dialog import FormDialog


class CustomerDialog(FormDialog):
    """Create or edit a customer; ``saved_info`` holds the result after Save."""

    def __init__(self, context, info: CustomerInfo | None = None, parent=None):
        form = QFormLayout()
        super().__init__(tr("rental", "Client") if info else tr("rental", "Nouveau client"), form, parent=parent)
        self.context = context
        self.info = info
        self.kind = QComboBox()
        self.kind.addItem(tr("rental", "Particulier"), CUSTOMER_INDIVIDUAL)
        self.kind.addItem(tr("rental", "Société"), CUSTOMER_COMPANY)
        self.is_assistance = QCheckBox(tr("rental", "société d'assistance (prise en charge)"))
        self.is_assistance.setEnabled(context.scope.is_admin)
        self.edits = {name: QLineEdit() for name in ("name", "first_name", "street", "postcode", "city", "country",
                                                     "email", "phone", "vat_number", "enterprise_number", "peppol_id",
                                                     "licence_number")}
        self.active = QCheckBox(tr("rental", "actif"))
        self.active.setChecked(True)
        form.addRow(tr("rental", "Type :"), self.kind)
        form.addRow("", self.is_assistance)
        for name, label in (("name", tr("rental", "Nom :")), ("first_name", tr("rental", "Prénom :")),
                            ("street", tr("rental", "Rue :")), ("postcode", tr("rental", "Code postal :")),
                            ("city", tr("rental", "Localité :")), ("country", tr("rental", "Pays :")),
                            ("email", tr("rental", "E-mail :")), ("phone", tr("rental", "Téléphone :")),
                            ("vat_number", tr("rental", "Numéro de TVA :")),
                            ("enterprise_number", tr("rental", "Numéro d'entreprise :")),
                            ("peppol_id", tr("rental", "Identifiant Peppol :")),
                            ("licence_number", tr("rental", "Permis de conduire :"))):
            form.addRow(label, self.edits[name])
        form.addRow("", self.active)
        self.edits["vat_number"].setPlaceholderText("BE0123456749")
        self.edits["enterprise_number"].setPlaceholderText(tr("rental", "lu du numéro de TVA belge"))
        self.edits["peppol_id"].setPlaceholderText(tr("rental", "vide : 0208:numéro d'entreprise"))
        self.edits["peppol_id"].setToolTip(tr("rental", "Adresse de réception des factures électroniques sur le "
                                                        "réseau Peppol (schéma:identifiant, par ex. 0208:0457247904). "
                                                        "Vide : le numéro d'entreprise belge sous le schéma 0208."))
        self.edits["vat_number"].editingFinished.connect(self._fill_enterprise_number)
        data = info.data if info else CustomerData(name="")
        self.kind.setCurrentIndex(self.kind.findData(data.kind))
        self.is_assistance.setChecked(data.is_assistance)
        for name, edit in self.edits.items():
            edit.setText(getattr(data, name))
        self.active.setChecked(data.active)

    def _fill_enterprise_number(self) -> None:
        """A Belgian VAT number gives the enterprise number: filled in when still empty."""
        vat = "".join(self.edits["vat_number"].text().split()).upper().replace(".", "")
        if vat.startswith("BE") and not self.edits["enterprise_number"].text().strip():
            digits = vat[2:]
            self.edits["enterprise_number"].setText(("0" + digits) if len(digits) == 9 else digits)

    def data(self) -> CustomerData:
        """The form as CustomerData."""
        values = {name: edit.text() for name, edit in self.edits.items()}
        return CustomerData(kind=self.kind.currentData(), is_assistance=self.is_assistance.isChecked(),
                            active=self.active.isChecked(), **values)

    def submit(self) -> CustomerInfo:
        """Save the customer through the core."""
        return save_customer(self.context.database, self.context.scope, self.data(),
                             self.info.id if self.info else None, self.info.version if self.info else None)

    @property
    def saved_info(self) -> CustomerInfo | None:
        """The saved customer once Save succeeded."""
        return self.result_info
