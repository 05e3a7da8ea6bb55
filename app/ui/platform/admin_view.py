"""Administration tab (admins): the company's sites and the current site's users; on a
shared database also the Atelier version it requires and where the installer is.

Users are added, edited (name, site, role, active), given a new password and unlocked
here; on a shared database each of these changes the user's PostgreSQL role through the
server's own checks (see :mod:`app.core.platform.users`).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import DataKind
from app.core.db.station_versions import shared_requirements
from app.core.errors import AtelierError
from app.core.platform.sites import add_site, list_sites
from app.core.platform.users import UserChange, add_user, list_users, set_password, unlock_user, update_user
from app.core.timeutil import to_local
from app.ui.app_context import AppContext
from app.ui.i18n import error_text, tr
from app.ui.platform.company_form import CompanyFormView
from app.ui.platform.station_versions_box import StationVersionsBox
from app.ui.widgets.form_dialog import FormDialog, form_layout
from app.ui.widgets.grid_view import fit_header_sections, fit_table_width
from app.ui.widgets.live_view import LiveView
from app.ui.widgets.records_model import RecordColumn, RecordsTableModel


def _state(user) -> str:
    if user.locked_until is not None:  # a lockout lasts minutes: the time says enough
        return tr("admin", "bloqué jusqu'à {when}", when=to_local(user.locked_until).strftime("%H:%M"))
    return tr("admin", "actif") if user.active else tr("admin", "désactivé")


class AdminView(QWidget):
    """Sites of the company and users of the current site, with their actions."""

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
            RecordColumn(tr("admin", "État"), _state),
        ])
        layout = QHBoxLayout(self)
        self.company_form = CompanyFormView(context)
        column = QVBoxLayout()
        column.addWidget(self.company_form)
        self.versions_box = None
        requirements = shared_requirements(context.database)  # None on a SQLite file (one PC)
        if requirements is not None:
            self.versions_box = StationVersionsBox(requirements)
            column.addWidget(self.versions_box)
        column.addStretch(1)
        layout.addLayout(column)
        sites_group, _ = self._group(tr("admin", "Sites de la société"), self.sites_model,
                                     [(tr("admin", "Nouveau site…"), self.new_site)])
        layout.addWidget(sites_group)
        users_group, self.users_table = self._group(
            tr("admin", "Utilisateurs du site {code}", code=context.scope.site_code), self.users_model,
            [(tr("admin", "Nouvel utilisateur…"), self.new_user), (tr("admin", "Modifier…"), self.edit_user),
             (tr("admin", "Nouveau mot de passe…"), self.reset_password), (tr("admin", "Débloquer"), self.unlock)])
        self.users_table.doubleClicked.connect(lambda _index: self.edit_user())
        layout.addWidget(users_group, 1)  # the widest list gets the room left
        self.reload()
        self.live = LiveView(self, context, {DataKind.USERS, DataKind.SITES}, self.reload)

    def _group(self, title: str, model: RecordsTableModel, actions) -> tuple[QGroupBox, QTableView]:
        group = QGroupBox(title)
        table = QTableView()
        table.setModel(model)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        # the sites' three short columns keep their titles whole; the users' list takes the room left
        fit = fit_table_width if model is self.sites_model else fit_header_sections
        model.modelReset.connect(lambda: (table.resizeColumnsToContents(), fit(table)))
        box = QVBoxLayout(group)
        box.addWidget(table)
        buttons = QGridLayout()  # two per row: the tab stays usable at 1024 px in every language
        for number, (text, handler) in enumerate(actions):
            button = QPushButton(text)
            button.clicked.connect(handler)
            buttons.addWidget(button, number // 2, number % 2)
        buttons.setColumnStretch(2, 1)
        box.addLayout(buttons)
        return group, table

    def reload(self) -> None:
        """Re-read sites and users."""
        self.sites_model.set_records(list_sites(self.context.database, self.context.scope))
        self.users_model.set_records(list_users(self.context.database, self.context.scope))

    def selected_user(self):
        """The user of the selected row, or None (after telling the admin to pick one)."""
        rows = self.users_table.selectionModel().selectedRows()
        index = rows[0] if rows else self.users_table.currentIndex()
        if not index.isValid():
            QMessageBox.information(self, tr("admin", "Utilisateurs"), tr("admin", "Choisissez d'abord un "
                                                                                   "utilisateur dans la liste."))
            return None
        return self.users_model.records[index.row()]

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
        login.setObjectName("new_login")
        password.setEchoMode(QLineEdit.EchoMode.Password)
        dialog = FormDialog(tr("admin", "Nouvel utilisateur"), form_layout([
            (tr("admin", "Identifiant :"), login), (tr("admin", "Nom complet :"), full_name),
            (tr("admin", "Mot de passe :"), password), (tr("admin", "Administrateur :"), admin)]),
            lambda: add_user(self.context.database, self.context.scope, login.text(), password.text(),
                             admin=admin.isChecked(), full_name=full_name.text()),
            self)
        if dialog.exec():
            self.reload()

    def edit_user(self) -> None:
        """Form for the selected user's name, site, role and active flag."""
        user = self.selected_user()
        if user is None:
            return
        full_name = QLineEdit(user.full_name)
        site = QComboBox()
        site.setObjectName("user_site")
        for info in list_sites(self.context.database, self.context.scope):
            site.addItem(f"{info.code} — {info.name}", info.id)
        site.setCurrentIndex(max(0, site.findData(user.site_id)))
        admin, active = QCheckBox(), QCheckBox()
        admin.setObjectName("user_admin")
        active.setObjectName("user_active")
        admin.setChecked(user.is_admin)
        active.setChecked(user.active)
        dialog = FormDialog(tr("admin", "Utilisateur {login}", login=user.login), form_layout([
            (tr("admin", "Nom complet :"), full_name), (tr("admin", "Site :"), site),
            (tr("admin", "Administrateur :"), admin), (tr("admin", "Actif :"), active)]),
            lambda: update_user(self.context.database, self.context.scope, user.id, UserChange(
                version=user.version, full_name=full_name.text(), site_id=site.currentData(),
                admin=admin.isChecked(), active=active.isChecked())),
            self)
        if dialog.exec():
            self.reload()

    def reset_password(self) -> None:
        """Form for a new password of the selected user."""
        user = self.selected_user()
        if user is None:
            return
        password, again = QLineEdit(), QLineEdit()
        for edit in (password, again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)

        def submit():
            if password.text() != again.text():
                from app.core.errors import ValidationError
                from app.core.i18n import msg

                raise ValidationError("password", msg("validation", "les deux saisies diffèrent"),
                                      field_label=msg("fields", "Mot de passe"))
            return set_password(self.context.database, self.context.scope, user.id, password.text())

        dialog = FormDialog(tr("admin", "Nouveau mot de passe de {login}", login=user.login), form_layout([
            (tr("admin", "Mot de passe :"), password), (tr("admin", "Confirmation :"), again)]), submit, self)
        dialog.exec()

    def unlock(self) -> None:
        """Lift the selected user's lockout."""
        user = self.selected_user()
        if user is None:
            return
        try:
            unlock_user(self.context.database, self.context.scope, user.id)
        except AtelierError as exc:
            QMessageBox.warning(self, tr("admin", "Utilisateurs"), error_text(exc))
            return
        self.reload()
