"""Car-Pass settings tab (admins): the service address, automatic sending, the site's
Car-Pass user name (the establishment number unless changed) and password in the OS
keyring (set / test connection / clear)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.carpass.sending import credentials
from app.core.carpass.sending.actions import check_connection
from app.core.carpass.sending.endpoint import read_settings, set_auto_send, set_endpoint
from app.core.carpass.sending.protocol import PRODUCTION_URL
from app.core.carpass.sending.username import read_login, set_username
from app.core.errors import AtelierError
from app.ui.app_context import AppContext
from app.ui.carpass.sending.history_view import one_shot
from app.ui.errors import confirm
from app.ui.i18n import error_text, render, tr
from app.ui.task_runner import TaskRunner

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"


class SettingsView(QWidget):
    """Per-site Car-Pass parameters and credentials."""

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.establishment = credentials.establishment_of(context.database, context.scope)
        self.endpoint_edit = QLineEdit()
        self.endpoint_edit.setPlaceholderText(PRODUCTION_URL)
        self.production_button = QPushButton(tr("carpass", "Adresse de production"))
        self.environment_label = QLabel()
        self.auto_send = QCheckBox(tr("carpass", "Envoyer automatiquement dès qu'un dossier peut l'être"))
        self.save_button = QPushButton(tr("carpass", "Enregistrer"))
        self.settings_message = QLabel()
        self.settings_message.setWordWrap(True)
        service = QGroupBox(tr("carpass", "Service Car-Pass du site {code}", code=context.scope.site_code))
        form = QFormLayout(service)
        row = QHBoxLayout()
        row.addWidget(self.endpoint_edit, 1)
        row.addWidget(self.production_button)
        form.addRow(tr("carpass", "Adresse :"), row)
        form.addRow("", self.environment_label)
        form.addRow("", self.auto_send)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addStretch(1)
        form.addRow("", save_row)
        form.addRow("", self.settings_message)

        self.username_edit = QLineEdit()
        self.username_edit.setObjectName("carpass_username")
        self.username_edit.setPlaceholderText(self.establishment)
        self.username_edit.setToolTip(tr("carpass", "Par défaut le numéro d'établissement ; un autre nom pour un "
                                                    "compte de test Car-Pass."))
        self.username_button = QPushButton(tr("carpass", "Enregistrer le nom"))
        self.username_default_button = QPushButton(tr("carpass", "Numéro d'établissement"))
        self.keyring_label = QLabel()
        self.keyring_label.setWordWrap(True)
        self.password_state = QLabel()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(tr("carpass", "mot de passe délivré par Car-Pass"))
        self.store_button = QPushButton(tr("carpass", "Enregistrer le mot de passe"))
        self.test_button = QPushButton(tr("carpass", "Tester la connexion"))
        self.clear_button = QPushButton(tr("carpass", "Effacer"))
        self.credentials_message = QLabel()
        self.credentials_message.setWordWrap(True)
        secrets = QGroupBox(tr("carpass", "Identifiants Car-Pass (établissement {number})", number=self.establishment))
        secret_form = QFormLayout(secrets)
        username_row = QHBoxLayout()
        username_row.addWidget(self.username_edit, 1)
        username_row.addWidget(self.username_button)
        username_row.addWidget(self.username_default_button)
        secret_form.addRow(tr("carpass", "Nom d'utilisateur :"), username_row)
        secret_form.addRow(tr("carpass", "Trousseau :"), self.keyring_label)
        secret_form.addRow(tr("carpass", "Mot de passe :"), self.password_state)
        secret_form.addRow(tr("carpass", "Nouveau mot de passe :"), self.password_edit)
        buttons = QHBoxLayout()
        for button in (self.store_button, self.test_button, self.clear_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        secret_form.addRow("", buttons)
        secret_form.addRow("", self.credentials_message)
        layout = QVBoxLayout(self)
        layout.addWidget(service)
        layout.addWidget(secrets)
        layout.addStretch(1)
        self.runner: TaskRunner | None = None
        self.production_button.clicked.connect(lambda: self.endpoint_edit.setText(PRODUCTION_URL))
        self.save_button.clicked.connect(self.save_settings)
        self.username_button.clicked.connect(self.save_username)
        self.username_edit.returnPressed.connect(self.save_username)
        self.username_default_button.clicked.connect(lambda: self.save_username(default=True))
        self.store_button.clicked.connect(self.store_password)
        self.test_button.clicked.connect(self.test_connection)
        self.clear_button.clicked.connect(self.clear_password)
        self.reload()

    def reload(self) -> None:
        """Show the stored settings and where the password is."""
        settings = read_settings(self.context.database, self.context.scope)
        self.endpoint_edit.setText(settings.endpoint_url)
        self.auto_send.setChecked(settings.auto_send)
        login = read_login(self.context.database, self.context.scope)
        self.username_edit.setText(login.username)
        self.username_default_button.setEnabled(not login.is_default)
        self.environment_label.setText(
            tr("carpass", "Production : les relevés partent vers le vrai service Car-Pass.") if settings.is_production
            else tr("carpass", "Autre environnement (test ou simulateur) : rien n'est déclaré à Car-Pass."))
        status = credentials.keyring_status()
        if status.usable:
            self.keyring_label.setText(tr("carpass", "Trousseau du système : le mot de passe y est gardé, jamais "
                                                     "dans la base"))
            self.keyring_label.setStyleSheet("")
        else:
            self.keyring_label.setText(tr("carpass", "Aucun trousseau du système utilisable : le mot de passe ne "
                                                     "sera gardé que pour cette session."))
            self.keyring_label.setStyleSheet(ERROR_STYLE)
        where = credentials.password_for(self.establishment)[1]
        self.password_state.setText({
            credentials.IN_KEYRING: tr("carpass", "enregistré dans le trousseau"),
            credentials.IN_SESSION: tr("carpass", "gardé pour cette session seulement"),
            "environment": tr("carpass", "lu dans ATELIER_CARPASS_PASSWORD"),
        }.get(where, tr("carpass", "aucun")))
        self.clear_button.setEnabled(where in (credentials.IN_KEYRING, credentials.IN_SESSION))

    def _say(self, label: QLabel, text: str, ok: bool) -> None:
        label.setText(text)
        label.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)

    def save_settings(self) -> None:
        """Store the address and the auto-send choice (nothing is saved if the address is wrong)."""
        try:
            url = set_endpoint(self.context.database, self.context.scope, self.endpoint_edit.text())
            set_auto_send(self.context.database, self.context.scope, self.auto_send.isChecked())
        except AtelierError as error:
            self._say(self.settings_message, error_text(error), False)
            return
        self.reload()
        self._say(self.settings_message, tr("carpass", "Enregistré : {url}", url=url), True)

    def save_username(self, default: bool = False) -> None:
        """Store the typed Car-Pass user name (or go back to the establishment number)."""
        try:
            login = set_username(self.context.database, self.context.scope,
                                 None if default else self.username_edit.text())
        except AtelierError as error:
            self._say(self.credentials_message, error_text(error), False)
            return
        self.reload()
        self._say(self.credentials_message, tr("carpass", "Utilisateur Car-Pass : {username}",
                                               username=login.username), True)

    def store_password(self) -> None:
        """Keep the typed password in the keyring (or for this session without a keyring)."""
        password = self.password_edit.text()
        session_only = not credentials.keyring_status().usable
        try:
            where = credentials.store_password(self.context.database, self.context.scope, password,
                                               session_only=session_only)
        except AtelierError as error:
            self._say(self.credentials_message, error_text(error), False)
            return
        self.password_edit.clear()
        self.reload()
        self._say(self.credentials_message,
                  tr("carpass", "Mot de passe enregistré dans le trousseau.") if where == credentials.IN_KEYRING
                  else tr("carpass", "Mot de passe gardé pour cette session seulement."), True)

    def test_connection(self) -> TaskRunner:
        """Call Car-Pass with the typed password (or the stored one) off the UI thread."""
        password = self.password_edit.text() or None
        endpoint = self.endpoint_edit.text() or None
        username = self.username_edit.text().strip() or None
        database, scope = self.context.database, self.context.scope
        self.runner = TaskRunner(self, tr("carpass", "Test de la connexion Car-Pass"), one_shot(
            tr("carpass", "Appel de Car-Pass…"),
            lambda: check_connection(database, scope, password=password, endpoint=endpoint, username=username)))
        self.runner.finished.connect(lambda message: self._say(self.credentials_message, render(message), True))
        self.runner.failed.connect(lambda error: self._say(self.credentials_message, error_text(error), False))
        return self.runner.start()

    def clear_password(self) -> None:
        """Forget the site's Car-Pass password after confirmation."""
        if not confirm(self, tr("carpass", "Effacer le mot de passe"),
                       tr("carpass", "Effacer le mot de passe Car-Pass de l'établissement {number} ? Plus aucun "
                                     "relevé ne pourra être envoyé avant qu'il soit saisi à nouveau.",
                          number=self.establishment)):
            return
        try:
            credentials.clear_password(self.context.database, self.context.scope)
        except AtelierError as error:
            self._say(self.credentials_message, error_text(error), False)
            return
        self.reload()
        self._say(self.credentials_message, tr("carpass", "Mot de passe effacé."), True)
