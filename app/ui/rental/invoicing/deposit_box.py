"""The deposit (caution) of a contract on the Règlement tab: asked, held, and the three
moves — receive it at departure, refund it at return, apply it to the invoices."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QInputDialog, QLabel, QPushButton, QVBoxLayout

from app.core.errors import AtelierError
from app.core.rental.invoicing.deposits import apply_deposit, deposit_state, record_deposit, refund_deposit
from app.core.rental.invoicing.formatting import format_amount
from app.core.rental.invoicing.models import PAYMENT_METHODS
from app.core.rental.invoicing.payments import method_label, parse_amount
from app.ui.errors import confirm, show_error
from app.ui.i18n import render, tr


class DepositBox(QGroupBox):
    """Deposit asked and held; buttons to receive, refund and apply it (each confirmed)."""

    def __init__(self, context, dossier_id: int, changed: Callable[[], None], today: Callable[[], date], parent=None):
        super().__init__(tr("rental", "Caution"), parent)
        self.context, self.dossier_id, self.changed, self.today = context, dossier_id, changed, today
        self.state_label = QLabel()
        self.state_label.setObjectName("deposit_state")
        self.state_label.setWordWrap(True)
        self.method = QComboBox()
        for method in PAYMENT_METHODS:
            self.method.addItem(render(method_label(method)), method)
        self.method.setCurrentIndex(self.method.findData("card"))
        self.receive_button = QPushButton(tr("rental", "Encaisser…"))
        self.refund_button = QPushButton(tr("rental", "Rembourser…"))
        self.apply_button = QPushButton(tr("rental", "Imputer…"))
        self.apply_button.setToolTip(tr("rental", "Garder la caution pour payer les factures du payeur"))
        mode = QHBoxLayout()
        mode.addWidget(QLabel(tr("rental", "Mode :")))
        mode.addWidget(self.method, 1)
        buttons = QHBoxLayout()
        for button in (self.receive_button, self.refund_button, self.apply_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addLayout(mode)
        layout.addLayout(buttons)
        self.receive_button.clicked.connect(self.receive)
        self.refund_button.clicked.connect(self.refund)
        self.apply_button.clicked.connect(self.apply)
        self.refresh()

    def refresh(self) -> None:
        """Re-read what is asked and held."""
        self.state = deposit_state(self.context.database, self.context.scope, self.dossier_id)
        asked = format_amount(self.state.asked) if self.state.asked else tr("rental", "aucune")
        self.state_label.setText(tr("rental", "Demandée : {asked} — détenue : {held} ({payer})", asked=asked,
                                    held=format_amount(self.state.held), payer=self.state.payer_name))
        held = self.state.held > 0
        self.refund_button.setEnabled(held)
        self.apply_button.setEnabled(held)

    def _amount(self, title: str, proposed) -> str | None:
        text, ok = QInputDialog.getText(self, title, tr("rental", "Montant (€) :"),
                                        text=format_amount(proposed, currency=False).replace(".", ""))
        if not ok:
            return None
        try:
            parse_amount(text)
        except AtelierError as exc:
            show_error(self, exc)
            return None
        return text

    def _run(self, action) -> None:
        try:
            action()
        except AtelierError as exc:
            show_error(self, exc)
            return
        self.refresh()
        self.changed()

    def receive(self) -> None:
        """Receive the deposit (the amount asked is proposed)."""
        text = self._amount(tr("rental", "Encaisser la caution"), self.state.asked or 0)
        method = self.method.currentData()
        if text is None or not confirm(self, tr("rental", "Caution"), tr(
                "rental", "Encaisser une caution de {amount} de {payer}, par {method} ?", amount=format_amount(
                    parse_amount(text)), payer=self.state.payer_name, method=render(method_label(method)).lower())):
            return
        self._run(lambda: record_deposit(self.context.database, self.context.scope, self.dossier_id, text, method,
                                         self.today()))

    def refund(self) -> None:
        """Refund the deposit held (all of it is proposed), the way it was received."""
        text = self._amount(tr("rental", "Rembourser la caution"), self.state.held)
        if text is None or not confirm(self, tr("rental", "Caution"), tr(
                "rental", "Rembourser {amount} de caution à {payer} ?", amount=format_amount(parse_amount(text)),
                payer=self.state.payer_name)):
            return
        self._run(lambda: refund_deposit(self.context.database, self.context.scope, self.dossier_id, text,
                                         paid_on=self.today()))

    def apply(self) -> None:
        """Keep the deposit to pay what the payer owes (what is due, up to what is held)."""
        if not confirm(self, tr("rental", "Caution"), tr(
                "rental", "Imputer la caution de {payer} sur ses factures (au plus ce qu'il doit, au plus {held}) ?",
                payer=self.state.payer_name, held=format_amount(self.state.held))):
            return
        self._run(lambda: apply_deposit(self.context.database, self.context.scope, self.dossier_id,
                                        paid_on=self.today()))
