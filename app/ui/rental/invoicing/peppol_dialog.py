"""Admin dialog: the site's Peppol access point — the provider's API address, its API key
(to the OS keyring, never shown again) and a connection test."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.core.errors import AtelierError
from app.core.i18n import msg
from app.core.rental.einvoicing import access_point_settings as settings
from app.ui.app_context import AppContext
from app.ui.i18n import error_text, render, tr
from app.ui.task_runner import TaskRunner
from app.ui.widgets.form_dialog import FormDialog
from app.ui.widgets.one_shot import one_shot


class PeppolDialog(FormDialog):
    """Endpoint, key and "Tester la connexion" (with what is saved)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        context.scope.require_admin()
        form = QFormLayout()
        super().__init__(tr("rental", "Point d'accès Peppol — site {code}", code=context.scope.site_code), form,
                         parent=parent)
        self.context = context
        current = settings.read_settings(context.database, context.scope)
        self.endpoint_edit = QLineEdit(current.endpoint_url)
        self.endpoint_edit.setPlaceholderText("https://api.fournisseur.example/peppol/v1")
        self.endpoint_edit.setMinimumWidth(380)
        self.key_edit = QLineEdit()
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText(tr("rental", "inchangée si vide (gardée dans le trousseau du système)")
                                         if current.key_stored_in else tr("rental", "clé fournie par le fournisseur"))
        self.key_state = QLabel()
        self.test_button = QPushButton(tr("rental", "&Tester la connexion"))
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        form.addRow(tr("rental", "Adresse de l'API"), self.endpoint_edit)
        form.addRow(tr("rental", "Clé API"), self.key_edit)
        form.addRow("", self.key_state)
        form.addRow("", test_row)
        form.addRow("", self.test_result)
        self.runner: TaskRunner | None = None
        self._show_key_state(current.key_stored_in)

    def _show_key_state(self, where: str | None) -> None:
        texts = {"keyring": tr("rental", "Clé enregistrée dans le trousseau du système."),
                 "session": tr("rental", "Clé gardée pour cette session seulement."),
                 "environment": tr("rental", "Clé lue dans la variable ATELIER_PEPPOL_API_KEY.")}
        self.key_state.setText(texts.get(where, tr("rental", "Aucune clé enregistrée.")))

    def submit(self) -> str:
        """Save the address and, when typed, the key."""
        url = settings.set_endpoint(self.context.database, self.context.scope, self.endpoint_edit.text())
        if self.key_edit.text():
            where = settings.store_key(self.context.database, self.context.scope, self.key_edit.text())
            self.key_edit.clear()
            self._show_key_state(where)
        return url

    def test_connection(self) -> TaskRunner | None:
        """Save what was typed, then call the provider off the UI thread."""
        try:
            self.submit()
        except AtelierError as exc:
            self.error_label.setText(error_text(exc))
            return None
        self.error_label.clear()
        database, scope = self.context.database, self.context.scope
        self.runner = TaskRunner(self, tr("rental", "Test du point d'accès Peppol"), one_shot(
            msg("peppol", "Appel du fournisseur Peppol…"), lambda: settings.check_connection(database, scope)))
        self.runner.finished.connect(lambda result: self.test_result.setText(render(result)))
        self.runner.failed.connect(lambda error: self.test_result.setText(error_text(error)))
        return self.runner.start()
