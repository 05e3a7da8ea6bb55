"""Dialogs of the Car-Pass history: the calls of a reading with their raw answers, and
marking a reading à vérifier as received with the requestGuid the portal shows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
)

from app.core.carpass.sending.protocol import clean_request_guid
from app.core.carpass.sending.resolution import mark_received
from app.core.errors import AtelierError
from app.core.timeutil import format_local
from app.ui.app_context import AppContext
from app.ui.errors import show_error
from app.ui.i18n import tr
from app.ui.widgets.records_model import RecordColumn, RecordsTableModel


class CallsDialog(QDialog):
    """Every call made for one reading, with the raw answer of the selected call."""

    def __init__(self, calls, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("carpass", "Appels à Car-Pass"))
        self.model = RecordsTableModel([
            RecordColumn(tr("carpass", "Quand"), lambda c: format_local(c.at, with_seconds=True)),
            RecordColumn(tr("carpass", "Opération"), lambda c: c.operation),
            RecordColumn(tr("carpass", "Essai"), lambda c: c.attempt, align_right=True),
            RecordColumn(tr("carpass", "HTTP"), lambda c: c.http_status or "—", align_right=True),
            RecordColumn(tr("carpass", "Résultat"), lambda c: c.outcome),
            RecordColumn(tr("carpass", "Durée (ms)"), lambda c: c.duration_ms, align_right=True),
            RecordColumn(tr("carpass", "Par"), lambda c: c.login or ""),
        ], calls, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.raw = QPlainTextEdit()
        self.raw.setReadOnly(True)
        self.raw.setPlaceholderText(tr("carpass", "Réponse brute de l'appel choisi"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.raw)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _old: self.show_raw(current.row()))
        if calls:
            self.table.selectRow(len(calls) - 1)
        self.resize(820, 480)

    def show_raw(self, row: int) -> None:
        """Show the raw answer (or network error) of call ``row``."""
        if 0 <= row < len(self.model.records):
            self.raw.setPlainText(self.model.records[row].response)


class MarkReceivedDialog(QDialog):
    """Asks the requestGuid the Car-Pass portal shows for a reading à vérifier; OK stays
    disabled until the text has the form of one; the core checks it again on OK."""

    def __init__(self, context: AppContext, row: dict[str, Any], parent=None):
        super().__init__(parent)
        self.context = context
        self.row = row
        self.setWindowTitle(tr("carpass", "Marquer comme reçu par Car-Pass"))
        intro = QLabel(tr("carpass", "Relevé de {km} km du dossier {dossier} ({vin}).\n\nSi le portail Car-Pass "
                                     "montre ce relevé, recopiez ici son requestGuid : le relevé sera enregistré "
                                     "comme reçu, sans être renvoyé.", km=row["odometer"], dossier=row["dossier"],
                          vin=row["vin"]))
        intro.setWordWrap(True)
        self.guid_edit = QLineEdit()
        self.guid_edit.setPlaceholderText("xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx")
        self.guid_edit.setClearButtonEnabled(True)
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #b00020;")
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("carpass", "Référence Car-Pass :"), self.guid_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("carpass", "Marquer comme reçu"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.guid_edit.textChanged.connect(self.check)
        self.check()
        self.resize(520, 220)

    def check(self) -> None:
        """Enable OK only for something shaped like a requestGuid; say why otherwise."""
        text = self.guid_edit.text()
        valid = clean_request_guid(text) is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(valid)
        self.hint.setText("" if valid or not text.strip() else tr(
            "carpass", "requestGuid : 32 chiffres 0-9 ou lettres a-f, groupés 8-4-4-4-12 avec des tirets"))

    def save(self) -> None:
        """Record the reading as received; a refusal (already used…) keeps the dialog open."""
        try:
            mark_received(self.context.database, self.context.scope, self.row["id"], self.guid_edit.text())
        except AtelierError as error:
            show_error(self, error)
            return
        self.accept()
