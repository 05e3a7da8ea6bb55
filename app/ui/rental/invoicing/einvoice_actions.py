"""E-invoice actions of the "Factures location" tab: send the selected invoices' e-invoices,
send again (after a refusal, a correction by credit note, or a check with the provider),
save the XML, refresh the states from the provider and send the site's queue. Network
calls run off the UI thread with a progress dialog; the grid is re-read afterwards."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.core.errors import AtelierError
from app.core.rental.einvoicing.actions import einvoice_xml, poll_statuses, prepare_resend, resend_targets
from app.core.rental.einvoicing.models import SENT
from app.core.rental.einvoicing.sender import send_einvoices
from app.core.rental.einvoicing.states import SENDABLE, einvoice_actions, state_hint, state_label
from app.ui.app_context import AppContext
from app.ui.errors import confirm, show_error
from app.ui.i18n import render, tr
from app.ui.task_runner import TaskRunner
from app.ui.widgets.grid_view import GridView


class EinvoiceActions(QWidget):
    """The detail line of the selected invoice and the e-invoice buttons under the grid."""

    def __init__(self, context: AppContext, grid: GridView, reload: Callable[[], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.grid, self.reload = context, grid, reload
        self.runner: TaskRunner | None = None
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setObjectName("einvoice_detail")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.send_button = QPushButton(tr("rental", "Envoyer l'e-&facture"))
        self.resend_button = QPushButton(tr("rental", "&Renvoyer…"))
        self.xml_button = QPushButton(tr("rental", "Enregistrer le &XML…"))
        self.refresh_button = QPushButton(tr("rental", "Actualiser les états"))
        self.queue_button = QPushButton(tr("rental", "Envoyer la file"))
        self.send_button.setToolTip(tr("rental", "Envoie par Peppol la facture électronique des factures choisies "
                                                 "(Ctrl+E)"))
        buttons = QHBoxLayout()
        for button, slot in ((self.send_button, self.send_selected), (self.resend_button, self.resend_current),
                             (self.xml_button, self.save_xml)):
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button, slot in ((self.refresh_button, self.refresh_states), (self.queue_button, self.send_queue)):
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+E"), grid, activated=self.send_selected)
        grid.table.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        grid.model.modelReset.connect(self.update_actions)
        self.update_actions()

    def selected(self) -> list[dict]:
        """The selected grid rows."""
        return [row for row in self.grid.selected_rows() if row]

    def update_actions(self) -> None:
        """Enable what the selection allows; describe the selected invoice's e-invoice."""
        rows = self.selected()
        allowed = einvoice_actions([row["einvoice"] for row in rows])
        self.send_button.setEnabled(allowed.send)
        self.resend_button.setEnabled(allowed.resend)
        self.xml_button.setEnabled(allowed.xml)
        if len(rows) != 1:
            self.detail.setText(tr("rental", "Choisissez une facture pour voir sa facture électronique.") if not rows
                                else tr("rental", "{n} factures choisies.", n=len(rows)))
            return
        row = rows[0]
        text = tr("rental", "{reference} — facture électronique : {state}", reference=row["reference"],
                  state=render(state_label(row["einvoice"])))
        if row.get("einvoice_message"):
            text += "\n" + tr("rental", "Motif : {message}", message=row["einvoice_message"])
        hint = state_hint(row["einvoice"], row.get("einvoice_provider_status"))
        if hint is not None:
            text += "\n" + render(hint)
        self.detail.setText(text)

    def _run(self, title: str, factory, on_result) -> TaskRunner:
        self.runner = TaskRunner(self, title, factory)
        self.runner.finished.connect(lambda result: (self.reload(), on_result(result)))
        self.runner.failed.connect(lambda error: (self.reload(), show_error(self, error)))
        return self.runner.start()

    def _report(self, summary) -> None:
        if summary is None:
            return
        lines = [f"{line.reference} : {render(state_label(line.state))}"
                 + (f" — {line.message}" if line.message and line.state != SENT else "") for line in summary.lines]
        if summary.stopped is not None:
            lines.append(render(summary.stopped))
        text = "\n".join(lines) or tr("rental", "Aucune facture électronique à envoyer.")
        box = QMessageBox.information if summary.all_sent else QMessageBox.warning
        box(self, tr("rental", "Envoi Peppol"), text)

    def _send(self, invoice_ids: list[int] | None) -> TaskRunner:
        database, scope = self.context.database, self.context.scope
        return self._run(tr("rental", "Envoi Peppol"), lambda token: send_einvoices(
            database, scope, invoice_ids, token=token, translate=QCoreApplication.translate), self._report)

    def send_selected(self) -> TaskRunner | None:
        """Send the e-invoices of the selected invoices (those not sent yet)."""
        rows = [row for row in self.selected() if row["einvoice"] in SENDABLE]
        if not rows:
            return None
        return self._send([row["id"] for row in rows])

    def send_queue(self) -> TaskRunner:
        """Send every queued e-invoice of the site (retries after a network failure)."""
        return self._send(None)

    def resend_current(self) -> TaskRunner | None:
        """Send again, after saying what will be sent and why (confirmation asked)."""
        rows = self.selected()
        if len(rows) != 1:
            return None
        row = rows[0]
        try:
            targets = resend_targets(self.context.database, self.context.scope, row["id"])
        except AtelierError as exc:
            show_error(self, exc)
            return None
        if row["einvoice"] == "unknown":
            question = tr("rental", "La transmission de {reference} n'a pas été confirmée : le fournisseur l'a "
                                    "peut-être reçue.\n\nAvez-vous vérifié chez votre fournisseur Peppol qu'elle n'est "
                                    "pas arrivée ? Elle sera renvoyée avec le même identifiant (pas de doublon chez "
                                    "un fournisseur qui l'a déjà).", reference=row["reference"])
        elif targets != [row["id"]]:
            question = tr("rental", "{reference} a été corrigée par note de crédit : la note de crédit et les "
                                    "factures de remplacement du contrat ({n} document(s)) seront envoyées. "
                                    "Continuer ?", reference=row["reference"], n=len(targets))
        else:
            question = tr("rental", "Renvoyer {reference} telle quelle ?\n\nMotif du refus : {message}\n\nSi la "
                                    "facture elle-même est en cause, annulez-la par une note de crédit et refacturez "
                                    "le contrat, puis renvoyez.", reference=row["reference"],
                          message=row.get("einvoice_message") or "-")
        if not confirm(self, tr("rental", "Renvoyer la facture électronique"), question):
            return None
        try:
            targets = prepare_resend(self.context.database, self.context.scope, row["id"])
        except AtelierError as exc:
            show_error(self, exc)
            return None
        return self._send(targets)

    def save_xml(self) -> None:
        """Write the selected invoice's UBL to a file the clerk chooses."""
        rows = self.selected()
        if len(rows) != 1:
            return
        try:
            reference, xml = einvoice_xml(self.context.database, self.context.scope, str(rows[0]["id"]),
                                          QCoreApplication.translate)
        except AtelierError as exc:
            show_error(self, exc)
            return
        path, _ = QFileDialog.getSaveFileName(self, tr("rental", "Enregistrer le XML"), f"{reference}.xml",
                                              tr("rental", "Factures UBL (*.xml)"))
        if path:
            try:
                Path(path).write_bytes(xml)
            except OSError as exc:
                show_error(self, exc)

    def refresh_states(self) -> TaskRunner:
        """Ask the provider where the sent e-invoices are."""
        database, scope = self.context.database, self.context.scope

        def report(summary) -> None:
            text = tr("rental", "{n} facture(s) vérifiée(s), {changed} changement(s).", n=summary.polled,
                      changed=len(summary.changed))
            if summary.errors:
                text += "\n" + "\n".join(summary.errors[:10])
            QMessageBox.information(self, tr("rental", "État des factures électroniques"), text)

        return self._run(tr("rental", "État des factures électroniques"),
                         lambda token: poll_statuses(database, scope, token=token), report)
