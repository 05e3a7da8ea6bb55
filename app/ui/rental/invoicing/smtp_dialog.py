"""Admin dialog: the site's SMTP server for e-mailing invoices (password to the keyring)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import AtelierError
from app.core.rental.invoicing.mailing import save_smtp_settings, smtp_settings
from app.ui.app_context import AppContext
from app.ui.i18n import error_text, tr


class SmtpDialog(QDialog):
    """Host, port, STARTTLS, user, sender address and (optionally a new) password."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        context.scope.require_admin()
        self.context = context
        self.setWindowTitle(tr("rental", "Envoi des factures par e-mail — site {code}", code=context.scope.site_code))
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
        form = QFormLayout()
        form.addRow(tr("rental", "Serveur SMTP"), self.host_edit)
        form.addRow(tr("rental", "Port SMTP"), self.port_spin)
        form.addRow("", self.starttls_check)
        form.addRow(tr("rental", "Utilisateur"), self.user_edit)
        form.addRow(tr("rental", "Mot de passe"), self.password_edit)
        form.addRow(tr("rental", "Adresse d'expédition"), self.sender_edit)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def save(self) -> None:
        """Store the settings; show the refused field under the form."""
        try:
            save_smtp_settings(self.context.database, self.context.scope, self.host_edit.text(),
                               self.port_spin.value(), self.starttls_check.isChecked(), self.user_edit.text(),
                               self.sender_edit.text(), self.password_edit.text() or None)
        except AtelierError as exc:
            self.error_label.setText(error_text(exc))
            return
        self.accept()
