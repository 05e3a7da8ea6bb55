"""The "Règlement" tab: payment lines of the contract (date, amount, method, payer chosen
among the contract's payers), per payer invoiced / paid / still due, a warning when an
amount does not match the payer's open amount, and reversing lines for mistakes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import AtelierError, ValidationError
from app.core.i18n import msg
from app.core.rental.invoicing.formatting import format_amount
from app.core.rental.invoicing.models import METHOD_CARD, METHOD_TRANSFER, PAYMENT_METHODS
from app.core.rental.invoicing.payers import role_label
from app.core.rental.invoicing.payments import (
    amount_warning,
    kind_label,
    list_payments,
    method_label,
    parse_amount,
    payer_balances,
    record_payment,
    reverse_payment,
)
from app.core.rental.kinds import PayerRole
from app.core.timeutil import local_today
from app.ui.app_context import AppContext
from app.ui.errors import confirm, show_error
from app.ui.i18n import error_text, render, tr
from app.ui.rental.invoicing.deposit_box import DepositBox
from app.ui.widgets.records_model import RecordColumn, RecordsTableModel


class PaymentsModel(RecordsTableModel):
    """Payment lines; reversed and reversing lines in grey."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.row() < len(self.records):
            record = self.records[index.row()]
            if record.reverses_id or record.reversed_by_id:
                return QBrush(QColor("#777777"))
        return super().data(index, role)


class BalancesModel(RecordsTableModel):
    """Per payer: invoiced, paid, due — what is still due in red, settled in green."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == 4 \
                and index.row() < len(self.records):
            due = self.records[index.row()].due
            return QBrush(QColor("#b00020" if due > 0 else "#1b7f3b" if due == 0 else "#b06000"))
        return super().data(index, role)


def _view(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # every column as wide as its title and values (the table scrolls when the window is
    # narrow): a stretched last column cut its title at 1024 pixels
    view.horizontalHeader().setStretchLastSection(False)
    return view


class PaymentsPanel(QWidget):
    """The Règlement tab of one contract."""

    def __init__(self, context: AppContext, dossier_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.dossier_id = context, dossier_id
        self.balances = []
        self.balances_model = BalancesModel([
            RecordColumn(tr("rental", "Payeur"), lambda b: b.name),
            RecordColumn(tr("rental", "Rôle"), lambda b: render(role_label(b.role))),
            RecordColumn(tr("rental", "Facturé"), lambda b: format_amount(b.invoiced), align_right=True),
            RecordColumn(tr("rental", "Payé"), lambda b: format_amount(b.paid), align_right=True),
            RecordColumn(tr("rental", "Reste dû"), lambda b: format_amount(b.due), align_right=True),
            RecordColumn(tr("rental", "Caution détenue"), lambda b: format_amount(b.deposit_held), align_right=True),
        ])
        self.payments_model = PaymentsModel([
            RecordColumn(tr("rental", "N°"), lambda p: p.id, align_right=True),
            RecordColumn(tr("rental", "Date"), lambda p: p.paid_on.strftime("%d-%m-%Y")),
            RecordColumn(tr("rental", "Montant"), lambda p: format_amount(p.amount), align_right=True),
            RecordColumn(tr("rental", "Nature"), lambda p: render(kind_label(p.kind))),
            RecordColumn(tr("rental", "Mode"), lambda p: render(method_label(p.method))),
            RecordColumn(tr("rental", "Payeur"), lambda p: p.payer_name),
            RecordColumn(tr("rental", "Écriture"), lambda p: f"{p.journal} {p.debit_account} / {p.credit_account}"),
            RecordColumn(tr("rental", "Remarque"), self._remark),
            RecordColumn(tr("rental", "Saisi par"), lambda p: p.created_by),
        ])
        self.balances_view = _view(self.balances_model)
        self.balances_view.setMaximumHeight(110)
        self.payments_view = _view(self.payments_model)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd-MM-yyyy")
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText("0,00")
        self.method_combo = QComboBox()
        for method in PAYMENT_METHODS:
            self.method_combo.addItem(render(method_label(method)), method)
        self.payer_combo = QComboBox()
        self.note_edit = QLineEdit()
        self.advance_box = QCheckBox(tr("rental", "Acompte (avant la facture ou au-delà du solde)"))
        self.advance_box.setObjectName("payment_advance")
        self.warning_label = QLabel()
        self.warning_label.setObjectName("payment_warning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #b06000;")
        self.save_button = QPushButton(tr("rental", "&Enregistrer le règlement"))
        self.reverse_button = QPushButton(tr("rental", "E&xtourner la ligne…"))
        form = QFormLayout()
        form.addRow(tr("rental", "Date"), self.date_edit)
        form.addRow(tr("rental", "Montant (€)"), self.amount_edit)
        form.addRow(tr("rental", "Mode"), self.method_combo)
        form.addRow(tr("rental", "Payeur"), self.payer_combo)
        form.addRow(tr("rental", "Remarque"), self.note_edit)
        form.addRow("", self.advance_box)
        entry = QGroupBox(tr("rental", "Nouveau règlement"))
        entry_layout = QVBoxLayout(entry)
        entry_layout.addLayout(form)
        entry_layout.addWidget(self.warning_label)
        entry_layout.addStretch(1)
        entry.setMaximumWidth(460)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reverse_button)
        entry_layout.addLayout(buttons)
        self.deposit_box = DepositBox(context, dossier_id, self.refresh, local_today)
        entry_layout.addWidget(self.deposit_box)
        notice = QLabel(tr("rental", "Chaque règlement enregistré crée une écriture comptable et ne peut plus être "
                                     "modifié ni supprimé ; une erreur se corrige par une ligne d'extourne."))
        notice.setWordWrap(True)
        notice.setStyleSheet("color: #555555;")
        top = QHBoxLayout()
        lists = QVBoxLayout()
        lists.addWidget(QLabel(tr("rental", "Soldes par payeur")))
        lists.addWidget(self.balances_view)
        lists.addWidget(QLabel(tr("rental", "Lignes de règlement")))
        lists.addWidget(self.payments_view, 1)
        top.addLayout(lists, 3)
        top.addWidget(entry, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(notice)
        self.amount_edit.textChanged.connect(self.update_warning)
        self.payer_combo.currentIndexChanged.connect(self._payer_changed)
        self.save_button.clicked.connect(self.save)
        self.reverse_button.clicked.connect(self.reverse_selected)
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Re-read when the tab is shown: the contract may have been saved or converted meanwhile."""
        super().showEvent(event)
        self.refresh()

    @staticmethod
    def _remark(payment) -> str:
        parts = []
        if payment.reverses_id:
            parts.append(tr("rental", "extourne de la ligne {id}", id=payment.reverses_id))
        if payment.reversed_by_id:
            parts.append(tr("rental", "extournée par la ligne {id}", id=payment.reversed_by_id))
        if payment.note:
            parts.append(payment.note)
        return " — ".join(parts)

    def refresh(self) -> None:
        """Re-read balances and payment lines; keep the chosen payer."""
        database, scope = self.context.database, self.context.scope
        self.balances = payer_balances(database, scope, self.dossier_id)
        self.balances_model.set_records(self.balances)
        self.payments_model.set_records(list_payments(database, scope, self.dossier_id))
        chosen = self.payer_combo.currentData()
        self.payer_combo.blockSignals(True)
        self.payer_combo.clear()
        for balance in self.balances:
            self.payer_combo.addItem(f"{balance.name} ({render(role_label(balance.role))})", balance.role)
        index = self.payer_combo.findData(chosen)
        if index < 0:  # first time: the first payer still owing something
            index = next((i for i, b in enumerate(self.balances) if b.due > 0), 0)
        self.payer_combo.setCurrentIndex(index)
        self.payer_combo.blockSignals(False)
        if chosen != self.payer_combo.currentData() or not self.amount_edit.text().strip():
            self._payer_changed()
        if hasattr(self, "deposit_box"):
            self.deposit_box.refresh()
        for widget in (self.date_edit, self.method_combo, self.payer_combo, self.save_button, self.reverse_button):
            widget.setEnabled(True)
        for edit in (self.amount_edit, self.note_edit):
            edit.setReadOnly(False)
        self.update_warning()

    def _payer_changed(self) -> None:
        """Propose what the chosen payer still owes, and the mode that payer uses: a transfer
        for the assistance company, a card at the counter otherwise."""
        balance = self.current_balance()
        if balance is not None:
            self.amount_edit.setText(format_amount(balance.due, currency=False).replace(".", "")
                                     if balance.due > 0 else "")
            self.method_combo.setCurrentIndex(self.method_combo.findData(
                METHOD_TRANSFER if balance.role == PayerRole.PEC else METHOD_CARD))
        self.update_warning()

    def current_balance(self):
        """The balance of the payer chosen in the combo."""
        role = self.payer_combo.currentData()
        return next((b for b in self.balances if b.role == role), None)

    def update_warning(self) -> None:
        """Show whether the typed amount matches the chosen payer's open amount."""
        text = self.amount_edit.text().strip()
        if not text or self.payer_combo.currentData() is None:
            self.warning_label.setText("")
            return
        try:
            amount = parse_amount(text)
        except ValidationError as exc:
            self.warning_label.setText(error_text(exc))
            return
        warning = amount_warning(self.balances, self.payer_combo.currentData(), amount)
        self.warning_label.setText(render(warning) if warning else "")

    def save(self) -> None:
        """Confirm — repeating amount, payer, mode and date, and a mismatch — then save the
        line and its journal entry."""
        paid_on = date(self.date_edit.date().year(), self.date_edit.date().month(), self.date_edit.date().day())
        try:
            amount = parse_amount(self.amount_edit.text())
        except ValidationError as exc:
            show_error(self, exc)
            return
        balance = self.current_balance()
        question = tr("rental", "Enregistrer le règlement de {amount} par {payer}, en {method}, le {date} ?\n\nIl "
                                "ne pourra plus être modifié ni supprimé.", amount=format_amount(amount),
                      payer=self.payer_combo.currentText() if balance is None else
                      f"{balance.name} ({render(role_label(balance.role)).lower()})",
                      method=render(method_label(self.method_combo.currentData())).lower(),
                      date=paid_on.strftime("%d-%m-%Y"))
        if self.warning_label.text():
            question = f"{self.warning_label.text()}\n\n{question}"
        if not confirm(self, tr("rental", "Règlement"), question):
            return
        try:
            record_payment(self.context.database, self.context.scope, self.dossier_id, self.amount_edit.text(),
                           self.method_combo.currentData(), self.payer_combo.currentData() or "", paid_on,
                           self.note_edit.text(), advance=self.advance_box.isChecked())
        except AtelierError as exc:
            show_error(self, exc)
            return
        self.amount_edit.clear()
        self.note_edit.clear()
        self.advance_box.setChecked(False)
        self.date_edit.setDate(QDate(local_today().year, local_today().month, local_today().day))
        self.refresh()

    def reverse_selected(self) -> None:
        """Reverse the selected payment line (the original stays, greyed)."""
        rows = self.payments_view.selectionModel().selectedRows()
        if not rows:
            show_error(self, AtelierError(msg("rental", "Sélectionnez d'abord la ligne de règlement à extourner.")))
            return
        payment = self.payments_model.records[rows[0].row()]
        note, ok = QInputDialog.getText(self, tr("rental", "Extourne"), tr("rental", "Motif de l'extourne :"))
        if not ok:
            return
        if not confirm(self, tr("rental", "Extourne"), tr("rental", "Extourner le règlement {id} de {amount} ?",
                                                          id=payment.id, amount=format_amount(payment.amount))):
            return
        try:
            reverse_payment(self.context.database, self.context.scope, payment.id, note)
        except AtelierError as exc:
            show_error(self, exc)
            return
        self.refresh()

