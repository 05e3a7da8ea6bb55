"""The login dialog; lists the demo accounts when the database holds demo data."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from app import APP_NAME
from app.core.db.engine import Database
from app.core.errors import AtelierError
from app.core.platform.auth import login
from app.core.platform.demo import DEMO_PASSWORD, DemoLogin
from app.core.platform.scope import UserScope
from app.ui.i18n import error_text, tr


class LoginDialog(QDialog):
    """Asks login and password; :attr:`scope` holds the user's scope once accepted."""

    def __init__(self, database: Database, demo_logins: list[DemoLogin] | None = None, parent=None):
        super().__init__(parent)
        self.database = database
        self.scope: UserScope | None = None
        self.setWindowTitle(tr("login", "{app} — Connexion", app=APP_NAME))
        self.login_edit = QLineEdit()
        self.login_edit.setObjectName("login")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("login", "Identifiant :"), self.login_edit)
        form.addRow(tr("login", "Mot de passe :"), self.password_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("login", "Se connecter"))
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{APP_NAME}</h2>")
        layout.addWidget(heading)
        layout.addWidget(QLabel(tr("login", "Base : {db}", db=database.display_name())))
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        if demo_logins:
            rows = "".join(
                f"<tr><td>{d.login}</td><td>{d.site_code}</td>"
                f"<td>{tr('roles', 'administrateur') if d.role == 'admin' else tr('roles', 'employé')}</td></tr>"
                for d in demo_logins
            )
            demo = QLabel(tr("login", "<b>Comptes de démonstration</b> (mot de passe : <code>{pw}</code>)",
                             pw=DEMO_PASSWORD) + f"<table cellspacing='6'>{rows}</table>")
            demo.setObjectName("demo_logins")
            layout.addWidget(demo)
        layout.addWidget(buttons)
        self.login_edit.setFocus()

    def try_login(self) -> None:
        """Check the credentials; stay open with the reason when refused."""
        if not self.login_edit.text().strip():
            self.error_label.setText(tr("login", "Identifiant : obligatoire"))
            self.login_edit.setFocus()
            return
        try:
            self.scope = login(self.database, self.login_edit.text(), self.password_edit.text())
        except AtelierError as exc:
            self.error_label.setText(error_text(exc))
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        self.accept()
