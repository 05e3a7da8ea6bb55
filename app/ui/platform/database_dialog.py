"""First-run dialog: keep the local database or connect to the shared PostgreSQL server.

For a shared database the clerk gives the server, its port and the database's name, nothing
else: each user then logs in with their own Atelier login and password, which the server
checks; the station keeps no database password.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.paths import default_database_url
from app.ui.i18n import error_text, tr

DEFAULT_PORT = 5432


class DatabaseDialog(QDialog):
    """Lets the clerk choose the database; :attr:`url` holds the choice once accepted."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("dbdialog", "Choix de la base de données"))
        self.url = default_database_url()
        self.local_radio = QRadioButton(tr("dbdialog", "Base locale sur ce poste (un seul poste)"))
        self.local_radio.setChecked(True)
        self.shared_radio = QRadioButton(tr("dbdialog", "Base partagée PostgreSQL (plusieurs postes et sites)"))
        self.host_edit = QLineEdit()
        self.host_edit.setObjectName("host")
        self.host_edit.setPlaceholderText(tr("dbdialog", "serveur.garage.local"))
        self.port_spin = QSpinBox()
        self.port_spin.setObjectName("port")
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.name_edit = QLineEdit("atelier")
        self.name_edit.setObjectName("name")
        self.shared_box = QWidget()
        box = QVBoxLayout(self.shared_box)
        box.setContentsMargins(24, 0, 0, 0)
        form = QFormLayout()
        form.addRow(tr("dbdialog", "Serveur :"), self.host_edit)
        form.addRow(tr("dbdialog", "Port :"), self.port_spin)
        form.addRow(tr("dbdialog", "Base :"), self.name_edit)
        box.addLayout(form)
        note = QLabel(tr("dbdialog", "<small>Aucun mot de passe n'est demandé ici : chacun se connecte avec son "
                                     "identifiant Atelier, vérifié par le serveur.</small>"))
        note.setWordWrap(True)
        box.addWidget(note)
        self.shared_box.setEnabled(False)
        self.shared_radio.toggled.connect(self.shared_box.setEnabled)
        self.test_button = QPushButton(tr("dbdialog", "Tester la connexion"))
        self.test_button.clicked.connect(self.test_connection)
        self.result_label = QLabel()
        self.result_label.setObjectName("result")
        self.result_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("dbdialog", "Où Atelier doit-il enregistrer ses données ?")))
        layout.addWidget(self.local_radio)
        layout.addWidget(QLabel(f"<small>{default_database_url().removeprefix('sqlite:///')}</small>"))
        layout.addWidget(self.shared_radio)
        layout.addWidget(self.shared_box)
        layout.addWidget(self.test_button)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def chosen_url(self) -> str:
        """The URL the clerk picked (a shared database: server, port and name only)."""
        if not self.shared_radio.isChecked():
            return default_database_url()
        from app.core.platform.station_config import connection_url

        return connection_url(self.host_edit.text(), self.port_spin.value(), self.name_edit.text())

    def test_connection(self) -> bool:
        """Reach the database and say whether a station of this version can use it."""
        if self.shared_radio.isChecked() and not (self.host_edit.text().strip() and self.name_edit.text().strip()):
            self.result_label.setText(tr("dbdialog", "Serveur et base : obligatoires"))
            return False
        from app.core.db.opening import open_for_station

        try:
            open_for_station(self.chosen_url()).dispose()
        except Exception as exc:
            self.result_label.setText(tr("dbdialog", "Échec : {reason}", reason=error_text(exc)))
            return False
        self.result_label.setText(tr("dbdialog", "Connexion réussie."))
        return True

    def try_accept(self) -> None:
        """Accept only a database that answers."""
        if self.test_connection():
            self.url = self.chosen_url()
            self.accept()
