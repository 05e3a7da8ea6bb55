"""Invoicing tabs of a rental contract: "Facturation" (invoice, credit note, PDF, e-mail)
and "Règlement" (payments). The dossier dialog adds them through :func:`dossier_tabs`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.core.i18n import Message, msg
from app.core.progress import Progress
from app.core.rental.dossier_snapshot import dossier_actions
from app.core.rental.dossiers import dossier_info, price_of
from app.core.rental.invoicing.draft_preview import draft_invoices_pdf
from app.core.rental.invoicing.formatting import format_amount
from app.core.rental.invoicing.invoice_status import status_label
from app.core.rental.invoicing.invoicing import dossier_invoices, invoice_dossier, issue_credit_notes
from app.core.rental.invoicing.mailing import mail_log, send_invoices
from app.core.rental.invoicing.models import KIND_CREDIT_NOTE, MAIL_SENT
from app.core.rental.invoicing.payers import role_label
from app.core.rental.invoicing.printing import contract_pdf, dossier_invoices_pdf
from app.core.timeutil import format_date, format_local
from app.ui.app_context import AppContext
from app.ui.errors import confirm, show_error
from app.ui.i18n import render, tr
from app.ui.rental.invoicing import pdf_actions
from app.ui.rental.invoicing.payments_panel import PaymentsPanel
from app.ui.task_runner import TaskRunner
from app.ui.widgets.one_shot import one_shot
from app.ui.widgets.pdf_view import save_pdf_as
from app.ui.widgets.records_model import RecordColumn, RecordsTableModel


def dossier_tabs(context: AppContext, dossier_id: int,
                 reload_callback: Callable[[], None]) -> list[tuple[str, QWidget]]:
    """The contract's "Facturation" and "Règlement" tabs."""
    payments = PaymentsPanel(context, dossier_id)
    invoicing = InvoicingPanel(context, dossier_id, reload_callback, payments.refresh)
    return [(tr("rental", "Facturation"), invoicing), (tr("rental", "Règlement"), payments)]


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setAlternatingRowColors(True)
    return view


class InvoicingPanel(QWidget):
    """Invoice the contract (with confirmation), show its invoice numbers, cancel them with
    credit notes, preview / print / save the PDF and e-mail it, choosing which invoice.
    Issuing the invoices and building a PDF run off the GUI thread (``task_done`` after each)."""

    task_done = Signal()

    def __init__(self, context: AppContext, dossier_id: int, reload_callback: Callable[[], None],
                 payments_changed: Callable[[], None] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.dossier_id = context, dossier_id
        self.reload_callback = reload_callback
        self.payments_changed = payments_changed or (lambda: None)
        self.invoices = []
        self.mail_runner: TaskRunner | None = None
        self.runner: TaskRunner | None = None
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.numbers_label = QLabel()
        self.numbers_label.setObjectName("invoice_numbers")
        self.numbers_label.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.model = RecordsTableModel([
            RecordColumn(tr("rental", "Numéro"), lambda i: i.reference),
            RecordColumn(tr("rental", "Type"), lambda i: tr("rental", "Note de crédit") if i.kind == KIND_CREDIT_NOTE
                         else tr("rental", "Facture")),
            RecordColumn(tr("rental", "Date"), lambda i: format_date(i.issue_date)),
            RecordColumn(tr("rental", "Payeur"), lambda i: f"{i.payer_name} ({render(role_label(i.payer_role))})"),
            RecordColumn(tr("rental", "HTVA"), lambda i: format_amount(i.total_excl), align_right=True),
            RecordColumn(tr("rental", "TVAC"), lambda i: format_amount(i.total_incl), align_right=True),
            RecordColumn(tr("rental", "Communication"), lambda i: i.structured_communication),
            RecordColumn(tr("rental", "Statut"), self._status),
        ])
        self.table = _table(self.model)
        self.mail_model = RecordsTableModel([
            RecordColumn(tr("rental", "Envoyé le"), lambda m: format_local(m.sent_at)),
            RecordColumn(tr("rental", "Facture"), lambda m: m.reference),
            RecordColumn(tr("rental", "Destinataire"), lambda m: m.recipient),
            RecordColumn(tr("rental", "Résultat"), lambda m: tr("rental", "envoyé") if m.status == MAIL_SENT
                         else tr("rental", "échec : {error}", error=m.error)),
            RecordColumn(tr("rental", "Par"), lambda m: m.sent_by),
        ])
        self.mail_table = _table(self.mail_model)
        self.invoice_button = self._button(tr("rental", "&Facturer…"), self.invoice)
        self.draft_button = self._button(tr("rental", "Pro&jet de facture…"), self.draft)
        self.draft_button.setToolTip(tr("rental", "Les factures que la validation émettra, "
                                                  "en un PDF marqué « projet », sans numéro : rien n'est enregistré."))
        self.credit_button = self._button(tr("rental", "&Note de crédit…"), self.credit_note)
        self.preview_button = self._button(tr("rental", "A&perçu PDF…"), self.preview)
        self.print_button = self._button(tr("rental", "&Imprimer…"), self.print_invoices)
        self.save_button = self._button(tr("rental", "&Enregistrer le PDF…"), self.save_pdf)
        self.mail_button = self._button(tr("rental", "Envoyer par e-&mail…"), self.mail)
        self.contract_button = self._button(tr("rental", "&Contrat à signer…"), self.contract)
        first = QHBoxLayout()
        for button in (self.draft_button, self.invoice_button, self.credit_button):
            first.addWidget(button)
        first.addStretch(1)
        second = QHBoxLayout()
        for button in (self.preview_button, self.print_button, self.save_button, self.mail_button,
                       self.contract_button):
            second.addWidget(button)
        second.addStretch(1)
        mails = QGroupBox(tr("rental", "Envois par e-mail"))
        QVBoxLayout(mails).addWidget(self.mail_table)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addWidget(self.numbers_label)
        layout.addLayout(first)
        layout.addWidget(self.table, 2)
        layout.addLayout(second)
        layout.addWidget(mails, 1)
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Re-read when the tab is shown: the contract may have been saved or converted meanwhile."""
        super().showEvent(event)
        self.refresh()

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        return button

    @staticmethod
    def _status(invoice) -> str:
        if invoice.cancelled_by_reference:
            return tr("rental", "annulée par {reference}", reference=invoice.cancelled_by_reference)
        if invoice.cancels_reference:
            return tr("rental", "annule {reference}", reference=invoice.cancels_reference)
        return render(status_label(invoice.status))

    # -- state -----------------------------------------------------------------------------
    def current(self):
        """The contract's invoices not cancelled by a credit note."""
        return [i for i in self.invoices if i.active]

    def refresh(self) -> None:
        """Re-read the invoices and the e-mail log; set what the clerk may do."""
        scope, database = self.context.scope, self.context.database
        self.info = dossier_info(database, scope, self.dossier_id)
        self.invoices = dossier_invoices(database, scope, self.dossier_id)
        self.model.set_records(self.invoices)
        self.mail_model.set_records(mail_log(database, scope, self.dossier_id))
        current = self.current()
        if current:
            self.numbers_label.setText(tr("rental", "Facture(s) n° {numbers}",
                                          numbers=" + ".join(i.reference for i in current)))
            self.state_label.setText(tr("rental", "Contrat facturé : il est figé. Pour le corriger, annulez ses "
                                                  "factures par une note de crédit, puis refacturez."))
        else:
            self.numbers_label.setText(tr("rental", "Pas encore facturé"))
            self.state_label.setText(tr("rental", "Saisissez le retour réel (date-heure, kilométrage, carburant) "
                                                  "et enregistrez le contrat avant de le facturer."))
        can_invoice = dossier_actions(self.info).invoice
        self.invoice_button.setEnabled(can_invoice)
        self.draft_button.setEnabled(can_invoice)
        self.credit_button.setEnabled(bool(current))
        for button in (self.preview_button, self.print_button, self.save_button, self.mail_button):
            button.setEnabled(bool(self.invoices))
        self.contract_button.setEnabled(True)
        self.table.setEnabled(True)
        self.mail_table.setEnabled(True)

    def _after_change(self) -> None:
        self.reload_callback()  # the dossier dialog re-reads (and freezes or unfreezes) the contract
        self.refresh()
        self.payments_changed()

    # -- actions ---------------------------------------------------------------------------
    def invoice(self) -> None:
        """Confirm with the totals, then invoice: one or two numbers, contract frozen."""
        try:
            result = price_of(self.context.database, self.context.scope, self.dossier_id)
            lines = []
            if self.info.data.is_pec:
                lines.append(tr("rental", "Prise en charge : {total} TVAC", total=format_amount(result.pec_total_incl)))
                lines.append(tr("rental", "Client bénéficiaire : {total} TVAC",
                                total=format_amount(result.client_total_incl)))
            else:
                lines.append(tr("rental", "Client : {total} TVAC", total=format_amount(result.client_total_incl)))
            text = tr("rental", "Facturer le contrat {reference} (données enregistrées) ?\n\n{lines}\n\nUne fois "
                                "facturé, le contrat ne pourra plus être modifié. « Projet de facture… » montre "
                                "d'abord les factures sans les numéroter.", reference=self.info.reference,
                      lines="\n".join(lines))
            if not confirm(self, tr("rental", "Facturer le contrat"), text):
                return
        except Exception as exc:
            show_error(self, exc)
            return
        database, scope, dossier_id = self.context.database, self.context.scope, self.dossier_id
        self._in_background(tr("rental", "Facturer le contrat"), msg("rental", "Émission des factures…"),
                            lambda: invoice_dossier(database, scope, dossier_id, QCoreApplication.translate),
                            self._invoiced)

    def _invoiced(self, invoices: Any) -> None:
        self._after_change()
        QMessageBox.information(self, tr("rental", "Contrat facturé"), tr(
            "rental", "Facture(s) émise(s) : {numbers}", numbers=", ".join(i.reference for i in invoices)))

    def _in_background(self, title: str, label: Message, function: Callable[[], object],
                       on_done: Callable[[Any], None]) -> TaskRunner:
        """Run ``function`` through the task runner (progress dialog, Cancel), then ``on_done``
        with its result on the GUI thread (not when cancelled); ``task_done`` either way."""
        def finished(result: object) -> None:
            if not isValid(self):  # the panel was closed while the task ran
                return
            try:
                if result is not None:
                    on_done(result)
            finally:
                self.task_done.emit()

        def failed(error: object) -> None:
            if not isValid(self):
                return
            try:
                show_error(self, error)
            finally:
                self.task_done.emit()
        self.runner = TaskRunner(self, title, one_shot(label, function))
        self.runner.finished.connect(finished)
        self.runner.failed.connect(failed)
        return self.runner.start()

    def draft(self) -> None:
        """Open the draft of the invoices (no number, nothing written) in the PDF viewer."""
        database, scope, dossier_id = self.context.database, self.context.scope, self.dossier_id
        name = tr("rental", "projet_{reference}", reference=self.info.reference)
        self._in_background(tr("rental", "Projet de facture"), msg("rental", "Préparation du PDF…"),
                            lambda: draft_invoices_pdf(database, scope, dossier_id, QCoreApplication.translate),
                            lambda data: pdf_actions.preview_pdf(data, name, self))

    def credit_note(self) -> None:
        """Cancel the chosen current invoices with credit notes (reason asked)."""
        chosen = pdf_actions.choose_invoices(self, self.current(), tr("rental", "Annuler par note de crédit"))
        if not chosen:
            return
        reason, ok = QInputDialog.getText(self, tr("rental", "Note de crédit"),
                                          tr("rental", "Motif de l'annulation :"))
        if not ok:
            return
        references = ", ".join(i.reference for i in self.invoices if i.id in chosen)
        if not confirm(self, tr("rental", "Note de crédit"), tr(
                "rental", "Annuler {references} par une note de crédit ? Le contrat redevient modifiable quand "
                          "toutes ses factures sont annulées.", references=references)):
            return
        try:
            issue_credit_notes(self.context.database, self.context.scope, self.dossier_id, chosen, reason)
        except Exception as exc:
            show_error(self, exc)
            return
        self._after_change()

    def _pdf_of_choice(self, title: str, then: Callable[[bytes, str], None]) -> TaskRunner | None:
        """Ask which invoices, build their PDF off the GUI thread, then ``then(pdf, name)``."""
        invoices = self.current() or self.invoices
        chosen = pdf_actions.choose_invoices(self, invoices, title)
        if not chosen:
            return None
        database, scope, dossier_id = self.context.database, self.context.scope, self.dossier_id
        name = "_".join(i.reference for i in self.invoices if i.id in chosen)
        return self._in_background(title, msg("rental", "Préparation du PDF…"), lambda: dossier_invoices_pdf(
            database, scope, dossier_id, chosen, QCoreApplication.translate), lambda data: then(data, name))

    def preview(self) -> None:
        """Open the chosen invoices in the PDF viewer."""
        self._pdf_of_choice(tr("rental", "Aperçu"),
                            lambda data, name: pdf_actions.preview_pdf(data, name, self))

    def print_invoices(self) -> None:
        """Print the chosen invoices."""
        def printed(data: bytes, name: str) -> None:
            try:
                pdf_actions.print_pdf(data, name, parent=self)
            except Exception as exc:
                show_error(self, exc)
        self._pdf_of_choice(tr("rental", "Imprimer"), printed)

    def save_pdf(self) -> None:
        """Save the chosen invoices as one PDF file."""
        def save(data: bytes, name: str) -> None:
            try:
                save_pdf_as(data, name, self)
            except OSError as exc:
                show_error(self, exc)
        self._pdf_of_choice(tr("rental", "Enregistrer le PDF"), save)

    def contract(self) -> None:
        """Open the contract for signature (for the recipient its agreement names)."""
        database, scope, dossier_id = self.context.database, self.context.scope, self.dossier_id
        name = self.info.reference
        self._in_background(tr("rental", "Contrat"), msg("rental", "Préparation du PDF…"),
                            lambda: contract_pdf(database, scope, dossier_id, QCoreApplication.translate),
                            lambda data: pdf_actions.preview_pdf(data, name, self))

    def mail(self) -> TaskRunner | None:
        """E-mail the chosen invoices, each to its payer, off the UI thread."""
        invoices = self.current() or self.invoices
        chosen = pdf_actions.choose_invoices(self, invoices, tr("rental", "Envoyer par e-mail"), with_email=True)
        if not chosen:
            return None
        database, scope, dossier_id = self.context.database, self.context.scope, self.dossier_id

        def operation(_token):
            yield Progress(0, 0, msg("rental", "Envoi des factures…"))
            return send_invoices(database, scope, dossier_id, chosen, QCoreApplication.translate)

        self.mail_runner = TaskRunner(self, tr("rental", "Envoi par e-mail"), operation)
        self.mail_runner.finished.connect(self._mailed)
        self.mail_runner.failed.connect(lambda error: show_error(self, error))
        return self.mail_runner.start()

    def _mailed(self, outcomes) -> None:
        self.refresh()
        if not outcomes:
            return
        lines = [tr("rental", "{reference} → {to} : envoyée", reference=o.reference, to=o.recipient) if o.sent
                 else tr("rental", "{reference} → {to} : échec ({error})", reference=o.reference, to=o.recipient,
                         error=o.error) for o in outcomes]
        box = QMessageBox.information if all(o.sent for o in outcomes) else QMessageBox.warning
        box(self, tr("rental", "Envoi par e-mail"), "\n".join(lines))
