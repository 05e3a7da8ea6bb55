"""Admin dialog: the site's SMTP server for e-mailing invoices (password to the keyring)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from app.core.rental.invoicing.mailing import save_smtp_settings, smtp_settings
from app.ui.app_context import AppContext
from app.ui.i18n import tr
from app.ui.widgets.form_dialog import FormDialog


class SmtpDialog(FormDialog):
    """Host, port, STARTTLS, user, sender address and (optionally a new) password."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        context.scope.require_admin()
        form = QFormLayout()
        super().__init__(tr("rental", "Envoi des factures par e-mail — site {code}", code=context.scope.site_code),
                         form, parent=parent)
        self.context = context
        current = smtp_settings(context.database, context.scope.site_id)
        self.host_edit = QLineEdit(current.host)
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(current.port)
        self.starttls_check = QCheckBox(tr("rental", "Chiffrer la connexion (STARTTLS)"))
        self.starttls_check.setChecked(current.starttls)
        self.user_edit = QLineEdit(current.user)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(tr("rental", "inchangé si vide (gardé dans le trousseau du système)"))
        self.sender_edit = QLineEdit(current.sender)
        form.addRow(tr("rental", "Serveur SMTP"), self.host_edit)
        form.addRow(tr("rental", "Port SMTP"), self.port_spin)
        form.addRow("", self.starttls_check)
        form.addRow(tr("rental", "Utilisateur"), self.user_edit)
        form.addRow(tr("rental", "Mot de passe"), self.password_edit)
        form.addRow(tr("rental", "Adresse d'expédition"), self.sender_edit)

    def submit(self) -> None:
        """Store the settings (the password goes to the keyring)."""
        save_smtp_settings(self.context.database, self.context.scope, self.host_edit.text(),
                           self.port_spin.value(), self.starttls_check.isChecked(), self.user_edit.text(),
                           self.sender_edit.text(), self.password_edit.text() or None)

    def save(self) -> None:
        """Store the settings; show the refused field under the form."""
        self.try_save()
