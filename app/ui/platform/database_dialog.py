"""First-run dialog: keep the local database or connect to the shared PostgreSQL server."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)
from app.core.db.engine import check_connection
from app.core.paths import default_database_url
from app.ui.i18n import error_text, tr


class DatabaseDialog(QDialog):
    """Lets the clerk choose the database; :attr:`url` holds the choice once accepted."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("dbdialog", "Choix de la base de données"))
        self.url = default_database_url()
        self.local_radio = QRadioButton(tr("dbdialog", "Base locale sur ce poste (un seul poste)"))
        self.local_radio.setChecked(True)
        self.shared_radio = QRadioButton(tr("dbdialog", "Base partagée PostgreSQL (plusieurs postes et sites)"))
        self.url_edit = QLineEdit()
        self.url_edit.setObjectName("url")
        self.url_edit.setPlaceholderText("postgresql://utilisateur@serveur:5432/atelier")
        self.url_edit.setEnabled(False)
        self.shared_radio.toggled.connect(self.url_edit.setEnabled)
        self.test_button = QPushButton(tr("dbdialog", "Tester la connexion"))
        self.test_button.clicked.connect(self.test_connection)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("dbdialog", "Où Atelier doit-il enregistrer ses données ?")))
        layout.addWidget(self.local_radio)
        layout.addWidget(QLabel(f"<small>{default_database_url().removeprefix('sqlite:///')}</small>"))
        layout.addWidget(self.shared_radio)
        layout.addWidget(self.url_edit)
        layout.addWidget(self.test_button)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)

    def chosen_url(self) -> str:
        """The URL the clerk picked."""
        return self.url_edit.text().strip() if self.shared_radio.isChecked() else default_database_url()

    def test_connection(self) -> bool:
        """Connect once and say whether it worked."""
        try:
            check_connection(self.chosen_url())
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
