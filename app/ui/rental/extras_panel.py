"""The "Suppléments" tab of a saved dossier: extras taken from its tariffs' catalogues, each
with a quantity and a payer; added or removed until the contract is invoiced."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import AtelierError
from app.core.i18n import msg
from app.core.rental.dossiers import dossier_info
from app.core.rental.extras import add_dossier_extra, dossier_extras, list_extras, remove_dossier_extra
from app.core.rental.invoicing.formatting import format_amount
from app.core.rental.kinds import PayerRole
from app.ui.errors import confirm, show_error
from app.ui.i18n import tr
from app.ui.widgets.records_model import RecordColumn, RecordsTableModel


def unit_text(unit: str) -> str:
    """Per rental / per day."""
    return tr("rental", "par jour") if unit == "day" else tr("rental", "par location")


def payer_text(payer: str) -> str:
    """Who pays an extra."""
    return tr("rental", "prise en charge") if payer == PayerRole.PEC else tr("rental", "client")


class ExtrasPanel(QWidget):
    """Extras of one dossier; ``changed`` is called after each change (the dialog re-prices)."""

    def __init__(self, context, dossier_id: int, changed: Callable[[], None], parent=None):
        super().__init__(parent)
        self.context, self.dossier_id, self.changed = context, dossier_id, changed
        self.model = RecordsTableModel([
            RecordColumn(tr("rental", "Code"), lambda e: e.code),
            RecordColumn(tr("rental", "Supplément"), lambda e: e.label),
            RecordColumn(tr("rental", "Prix HTVA"), lambda e: format_amount(e.price), align_right=True),
            RecordColumn(tr("rental", "Unité"), lambda e: unit_text(e.unit)),
            RecordColumn(tr("rental", "Quantité"), lambda e: e.quantity, align_right=True),
            RecordColumn(tr("rental", "Payé par"), lambda e: payer_text(e.payer)),
            RecordColumn(tr("rental", "Ajouté par"), lambda e: e.added_by),
        ])
        self.table = QTableView()
        self.table.setObjectName("dossier_extras")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.catalogue = QComboBox()
        # the catalogue's labels are long: the combo does not widen the dossier window past
        # a 1024-pixel screen; the whole choice shows in its list and its tooltip
        self.catalogue.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.catalogue.setMinimumContentsLength(24)
        self.catalogue.currentTextChanged.connect(self.catalogue.setToolTip)
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 99)
        self.payer = QComboBox()
        self.add_button = QPushButton(tr("rental", "&Ajouter le supplément"))
        self.remove_button = QPushButton(tr("rental", "&Retirer…"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        bar = QHBoxLayout()
        for widget in (QLabel(tr("rental", "Supplément :")), self.catalogue, QLabel(tr("rental", "Quantité :")),
                       self.quantity, QLabel(tr("rental", "Payé par :")), self.payer, self.add_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self.catalogue.currentIndexChanged.connect(self._default_payer)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        self.refresh()

    def refresh(self) -> None:
        """Re-read the dossier's extras and its tariffs' catalogues."""
        db, scope = self.context.database, self.context.scope
        self.info = dossier_info(db, scope, self.dossier_id)
        self.model.set_records(dossier_extras(db, scope, self.dossier_id))
        tariffs = [self.info.data.client_tariff_id, self.info.data.pec_tariff_id if self.info.data.is_pec else None]
        self.offered = {e.id: e for e in list_extras(db, scope, tariffs, include_inactive=False)}
        self.catalogue.clear()
        for extra in self.offered.values():
            self.catalogue.addItem(f"{extra.data.label} – {format_amount(extra.data.price)} "
                                   f"{unit_text(extra.data.unit)}", extra.id)
        self.payer.clear()
        self.payer.addItem(payer_text(PayerRole.CLIENT), PayerRole.CLIENT.value)
        if self.info.data.is_pec:
            self.payer.addItem(payer_text(PayerRole.PEC), PayerRole.PEC.value)
        self._default_payer()
        editable = not (self.info.invoiced or self.info.cancelled)
        for widget in (self.catalogue, self.quantity, self.payer, self.add_button, self.remove_button):
            widget.setEnabled(editable and (widget is self.remove_button or bool(self.offered)))
        self.note.setText(tr("rental", "Catalogue des tarifs du dossier (tarif client, tarif PEC). Le prix par jour "
                                       "est multiplié par les jours de location.") if self.offered else
                          tr("rental", "Aucun supplément au catalogue des tarifs de ce dossier (back-office, onglet "
                                       "Suppléments)."))

    def _default_payer(self) -> None:
        extra = self.offered.get(self.catalogue.currentData())
        if extra is not None:
            index = self.payer.findData(extra.data.default_payer)
            self.payer.setCurrentIndex(max(index, 0))

    def add(self) -> None:
        """Add the chosen extra, then let the dialog re-price."""
        if self.catalogue.currentData() is None:
            return
        try:
            add_dossier_extra(self.context.database, self.context.scope, self.dossier_id, self.catalogue.currentData(),
                              self.quantity.value(), self.payer.currentData())
        except AtelierError as exc:
            show_error(self, exc)
            return
        self.quantity.setValue(1)
        self.changed()

    def remove_selected(self) -> None:
        """Remove the selected extra after confirmation."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            show_error(self, AtelierError(msg("rental", "Sélectionnez d'abord le supplément à retirer.")))
            return
        extra = self.model.records[rows[0].row()]
        if not confirm(self, tr("rental", "Retirer le supplément"),
                       tr("rental", "Retirer « {label} » (× {n}) du dossier ?", label=extra.label, n=extra.quantity)):
            return
        try:
            remove_dossier_extra(self.context.database, self.context.scope, self.dossier_id, extra.id)
        except AtelierError as exc:
            show_error(self, exc)
            return
        self.changed()
