"""Administration tab (admins): the company's sites and the current site's users."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.platform.sites import add_site, list_sites
from app.core.platform.users import add_user, list_users
from app.ui.app_context import AppContext
from app.ui.i18n import tr
from app.ui.platform.company_form import CompanyFormView
from app.ui.widgets.form_dialog import FormDialog, form_layout
from app.ui.widgets.records_model import RecordColumn, RecordsTableModel


class AdminView(QWidget):
    """Sites of the company and users of the current site, with add buttons."""

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.sites_model = RecordsTableModel([
            RecordColumn(tr("admin", "Code"), lambda s: s.code),
            RecordColumn(tr("admin", "Nom"), lambda s: s.name),
            RecordColumn(tr("admin", "N° d'établissement"), lambda s: s.establishment_number),
        ])
        self.users_model = RecordsTableModel([
            RecordColumn(tr("admin", "Identifiant"), lambda u: u.login),
            RecordColumn(tr("admin", "Nom"), lambda u: u.full_name),
            RecordColumn(tr("admin", "Rôle"), lambda u: tr("roles", "administrateur") if u.role == "admin"
                         else tr("roles", "employé")),
            RecordColumn(tr("admin", "Actif"), lambda u: tr("admin", "oui") if u.active else tr("admin", "non")),
        ])
        layout = QHBoxLayout(self)
        self.company_form = CompanyFormView(context)
        layout.addWidget(self.company_form)
        layout.addWidget(self._group(tr("admin", "Sites de la société"), self.sites_model,
                                     tr("admin", "Nouveau site…"), self.new_site))
        layout.addWidget(self._group(tr("admin", "Utilisateurs du site {code}", code=context.scope.site_code),
                                     self.users_model, tr("admin", "Nouvel utilisateur…"), self.new_user))
        self.reload()

    def _group(self, title: str, model: RecordsTableModel, button_text: str, handler) -> QGroupBox:
        group = QGroupBox(title)
        table = QTableView()
        table.setModel(model)
        table.setSortingEnabled(True)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        model.modelReset.connect(table.resizeColumnsToContents)
        button = QPushButton(button_text)
        button.clicked.connect(handler)
        box = QVBoxLayout(group)
        box.addWidget(table)
        box.addWidget(button)
        return group

    def reload(self) -> None:
        """Re-read sites and users."""
        self.sites_model.set_records(list_sites(self.context.database, self.context.scope))
        self.users_model.set_records(list_users(self.context.database, self.context.scope))

    def new_site(self) -> None:
        """Form for a new site."""
        code, name, number = QLineEdit(), QLineEdit(), QLineEdit()
        number.setInputMask("9999999999;_")
        dialog = FormDialog(tr("admin", "Nouveau site"), form_layout([
            (tr("admin", "Code :"), code), (tr("admin", "Nom :"), name),
            (tr("admin", "N° d'établissement :"), number)]),
            lambda: add_site(self.context.database, self.context.scope, code.text(), name.text(), number.text()),
            self)
        if dialog.exec():
            self.reload()

    def new_user(self) -> None:
        """Form for a new user of the current site."""
        login, full_name, password, admin = QLineEdit(), QLineEdit(), QLineEdit(), QCheckBox()
        password.setEchoMode(QLineEdit.EchoMode.Password)
        dialog = FormDialog(tr("admin", "Nouvel utilisateur"), form_layout([
            (tr("admin", "Identifiant :"), login), (tr("admin", "Nom complet :"), full_name),
            (tr("admin", "Mot de passe :"), password), (tr("admin", "Administrateur :"), admin)]),
            lambda: add_user(self.context.database, self.context.scope, login.text(), password.text(),
                             admin=admin.isChecked(), full_name=full_name.text()),
            self)
        if dialog.exec():
            self.reload()
