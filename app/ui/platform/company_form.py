"""The company form (admin): edits name, numbers and address with optimistic locking."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton

from app.core.errors import AtelierError, ConflictError
from app.core.platform.company import CompanyForm, get_company, update_company
from app.ui.app_context import AppContext
from app.ui.errors import ask_reload_after_conflict
from app.ui.i18n import error_text, tr


class CompanyFormView(QGroupBox):
    """Company details; Ctrl+S saves, errors shown under the form."""

    def __init__(self, context: AppContext, parent=None):
        super().__init__(tr("admin", "Société"), parent)
        self.context = context
        self.loaded: CompanyForm | None = None
        self.edits = {key: QLineEdit() for key in
                      ("name", "enterprise_number", "street", "postcode", "city", "email", "phone", "iban")}
        for key, edit in self.edits.items():
            edit.setObjectName(key)
        self.vat_register = QCheckBox(tr("admin", "Utilise le registre TVA"))
        self.vat_register.setObjectName("uses_vat_register")
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.save_button = QPushButton(tr("admin", "Enregistrer (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        form = QFormLayout(self)
        labels = {
            "name": tr("admin", "Nom :"), "enterprise_number": tr("admin", "N° d'entreprise :"),
            "street": tr("admin", "Rue :"), "postcode": tr("admin", "Code postal :"), "city": tr("admin", "Localité :"),
            "email": tr("admin", "E-mail :"), "phone": tr("admin", "Téléphone :"), "iban": tr("admin", "IBAN :"),
        }
        for key, edit in self.edits.items():
            form.addRow(labels[key], edit)
        form.addRow("", self.vat_register)
        form.addRow(self.error_label)
        form.addRow(self.save_button)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.reload()

    def reload(self) -> None:
        """Show the company as stored now."""
        self.loaded = get_company(self.context.database, self.context.scope)
        for key, edit in self.edits.items():
            edit.setText(getattr(self.loaded, key))
        self.vat_register.setChecked(self.loaded.uses_vat_register)
        self.error_label.clear()

    def save(self) -> None:
        """Validate and save; the clerk's text stays in place when refused."""
        form = replace(self.loaded, uses_vat_register=self.vat_register.isChecked(),
                       **{key: edit.text() for key, edit in self.edits.items()})
        try:
            self.loaded = update_company(self.context.database, self.context.scope, form)
        except ConflictError as conflict:
            if ask_reload_after_conflict(self, conflict):
                self.reload()
            return
        except AtelierError as error:
            self.error_label.setText(error_text(error))
            return
        self.error_label.setText(tr("admin", "Enregistré."))
