"""The dossier window: header with "Total contrat", the contract's tabs, save / convert / extend.

Read-only once invoiced. The invoicing panels (``app.ui.rental.invoicing.panels.dossier_tabs``)
are added as extra tabs once the dossier is saved.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
)

from app.core.errors import AtelierError, ConflictError, ValidationError, ValidationErrors
from app.core.i18n import msg
from app.core.rental.day_count import day_rule
from app.core.rental.dossier_data import DossierData, DossierInfo
from app.core.rental.dossier_snapshot import DossierActions, DossierSnapshot, dossier_actions, load_dossier
from app.core.rental.dossiers import (
    cancel_dossier,
    convert_dossier,
    create_dossier,
    extend_by_assistance,
    extend_by_client,
    preview_price,
    update_dossier,
)
from app.core.rental.kinds import DossierKind
from app.core.rental.settings import grace_minutes
from app.core.timeutil import format_local
from app.ui.errors import ask_reload_after_conflict, confirm, show_error
from app.ui.i18n import error_text, render, tr
from app.ui.rental.customer_dialog import CustomerDialog
from app.ui.rental.dossier_form import DossierForm
from app.ui.rental.extension_dialog import ExtensionDialog
from app.ui.rental.extras_panel import ExtrasPanel
from app.ui.rental.inspection_panel import InspectionPanel
from app.ui.rental.planning_board import kind_text
from app.ui.rental.price_detail import PriceDetail
from app.ui.rental.total_header import TotalHeader
from app.ui.task_runner import TaskRunner
from app.ui.widgets.editing import FormEditing
from app.ui.widgets.one_shot import one_shot


def error_fields(error: AtelierError) -> list[str]:
    """The field names a validation error refers to."""
    if isinstance(error, ValidationErrors):
        return [e.field for e in error.errors]
    if isinstance(error, ValidationError):
        return [error.field]
    return []


DRAFT_KIND = "rental-contract"


class DossierDialog(QDialog):
    """Create or edit one dossier. ``saved`` fires after every successful change."""

    saved = Signal(int)
    loaded = Signal(int)  # a saved dossier's snapshot is on screen

    def __init__(self, context, dossier_id: int | None = None, defaults: DossierData | None = None,
                 kind: str = DossierKind.QUOTE, parent=None):
        super().__init__(parent)
        self.context = context
        self.info: DossierInfo | None = None
        self.new_kind = kind
        self.setMinimumSize(900, 640)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.kind_combo = QComboBox()
        for value in DossierKind:
            self.kind_combo.addItem(kind_text(value), value)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        self.kind_combo.currentIndexChanged.connect(self._kind_chosen)
        self.totals = TotalHeader()
        self.form = DossierForm(context)
        self.price_detail = PriceDetail()
        self.form.addTab(self.price_detail, tr("rental", "Détail du prix"))
        self.repair_banner = QLabel()
        self.repair_banner.setObjectName("repair_banner")
        self.repair_banner.setWordWrap(True)
        self.repair_banner.setStyleSheet("background: #e8f4e8; color: #1b5e20; padding: 4px;")
        self.propose_button = QPushButton(tr("rental", "Prévoir le retour à cette date"))
        self.propose_button.clicked.connect(self.take_proposed_return)
        self.proposed = None
        self.error_label = QLabel()
        self.error_label.setObjectName("dossier_errors")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.save_button = QPushButton(tr("rental", "&Enregistrer"))
        self.convert_button = QPushButton()
        self.extend_button = QPushButton(tr("rental", "&Prolonger"))
        menu = QMenu(self.extend_button)
        menu.addAction(tr("rental", "par la société d'assistance…"), lambda: self.extend("assistance"))
        menu.addAction(tr("rental", "par le client…"), lambda: self.extend("client"))
        self.extend_button.setMenu(menu)
        self.cancel_dossier_button = QPushButton(tr("rental", "Annuler le dossier"))
        close = QPushButton(tr("rental", "Fermer"))
        buttons = QHBoxLayout()
        for button in (self.save_button, self.convert_button, self.extend_button, self.cancel_dossier_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        header = QHBoxLayout()
        title_box = QVBoxLayout()
        title_box.addWidget(self.title)
        title_box.addWidget(self.kind_combo)
        title_box.addStretch(1)
        header.addLayout(title_box, 1)
        header.addWidget(self.totals, 2)
        banner = QHBoxLayout()
        banner.addWidget(self.repair_banner, 1)
        banner.addWidget(self.propose_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(banner)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.convert_button.clicked.connect(self.convert)
        self.cancel_dossier_button.clicked.connect(self.cancel_dossier)
        close.clicked.connect(self.reject)
        self.form.new_customer_requested.connect(self.new_customer)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.refresh_totals)
        self.form.changed.connect(self._timer.start)
        self._panel_count = 0
        self.loader: TaskRunner | None = None
        # A dossier arrives after the window shows: its draft is kept from the loaded values on.
        self.editing = FormEditing(self, context, DRAFT_KIND, dossier_id, self.save, form=self.form,
                                   wait_for_load=dossier_id is not None)
        if dossier_id is not None:
            self.load(dossier_id)
        else:
            self.form.load(defaults)
            self.form.authorisation.show_history(None, [])
            self._show_repair_proposal(None)
            with self.context.database.session() as session:
                self._update_header(dossier_actions(None), grace_minutes(session, self.context.scope.site_id))
            self.refresh_totals()

    # -- loading -------------------------------------------------------------------------
    def load(self, dossier_id: int) -> TaskRunner:
        """Read the dossier in one transaction off the GUI thread, then show it (``loaded``)."""
        database, scope = self.context.database, self.context.scope
        self.setEnabled(False)
        self.title.setText(tr("rental", "Chargement du dossier…"))
        self.loader = TaskRunner(self, tr("rental", "Dossier de location"), one_shot(
            msg("rental", "Chargement du dossier…"), lambda: load_dossier(database, scope, dossier_id)),
            show_dialog=False)
        self.loader.finished.connect(self.show_snapshot)
        self.loader.failed.connect(lambda error: (self.setEnabled(True), show_error(self, error)))
        return self.loader.start()

    def refresh_now(self, dossier_id: int) -> None:
        """Re-read the dossier right after the clerk's own change (one transaction)."""
        self.show_snapshot(load_dossier(self.context.database, self.context.scope, dossier_id))

    def show_snapshot(self, snapshot: DossierSnapshot) -> None:
        """Show a dossier as the core read it: fields, history, actions, totals."""
        self.setEnabled(True)
        self.info = info = snapshot.info
        self.form.extended = bool(snapshot.history)
        self.form.dossier_id = info.id
        self.form.load(info.data, snapshot)
        self.form.authorisation.show_history(info, list(snapshot.history))
        self.form.set_read_only(not snapshot.actions.save)
        self._show_repair_proposal(snapshot.proposed_return)
        self._update_header(snapshot.actions, snapshot.grace_minutes)
        self._add_panels()
        self._timer.stop()  # the saved dossier's price comes with the snapshot
        if snapshot.price is not None:
            self.totals.show_result(snapshot.price)
        else:
            self.totals.show_problem(render(snapshot.price_problem) if snapshot.price_problem else "")
        self.price_detail.show_result(snapshot.price)
        self.editing.loaded()
        self.loaded.emit(info.id)

    def _show_repair_proposal(self, proposed) -> None:
        """A finished repair with the car still out: propose its end as the planned return."""
        info = self.info
        self.proposed = proposed
        if self.proposed is not None:
            self.repair_banner.setText(tr(
                "rental", "La réparation {number} est terminée depuis le {when} : le véhicule de remplacement peut "
                          "rentrer (retour prévu actuellement le {planned}).", number=self.form.repair.repair.number,
                when=format_local(self.proposed), planned=format_local(info.data.planned_return)))
        self.repair_banner.setVisible(self.proposed is not None)
        self.propose_button.setVisible(self.proposed is not None)

    def take_proposed_return(self) -> None:
        """Put the end of the repair in "Retour prévu" (saved with "Enregistrer")."""
        if self.proposed is not None:
            self.form.planned_return.set_instant(self.proposed)
            self.form.setCurrentWidget(self.form.departure_tab)

    def reload(self) -> None:
        """Callback for the invoicing panels: re-read everything."""
        if self.info is not None:
            self.refresh_now(self.info.id)

    def _add_panels(self) -> None:
        if self.info is None:
            return
        if self._panel_count:
            self.extras_panel.refresh()
            self.inspection_panel.refresh()
            return
        from app.ui.rental.invoicing.panels import dossier_tabs

        self.extras_panel = ExtrasPanel(self.context, self.info.id, self.reload)
        self.form.addTab(self.extras_panel, tr("rental", "Suppléments"))
        self.inspection_panel = InspectionPanel(self.context, self.info.id)
        self.form.addTab(self.inspection_panel, tr("rental", "État du véhicule"))
        for title, widget in dossier_tabs(self.context, self.info.id, self.reload):
            self.form.addTab(widget, title)
            self._panel_count += 1

    def _update_header(self, actions: DossierActions, grace: int) -> None:
        self.grace = grace
        self.form.day_rule.setText(render(day_rule(grace)))
        info = self.info
        self.kind_combo.setVisible(info is None)
        if info is None:
            self.title.setText(tr("rental", "Nouveau : {kind}", kind=kind_text(self.new_kind)))
            self.setWindowTitle(self.title.text())
            self.convert_button.hide()
            self.extend_button.hide()
            self.cancel_dossier_button.hide()
            return
        state = ""
        if info.invoiced:
            state = tr("rental", " — facturé, lecture seule")
        elif info.cancelled:
            state = tr("rental", " — annulé")
        self.title.setText(tr("rental", "{kind} {reference}{state}\ncréé par {user}", kind=kind_text(info.kind),
                              reference=info.reference, state=state, user=info.created_by))
        self.setWindowTitle(tr("rental", "{kind} {reference}", kind=kind_text(info.kind), reference=info.reference))
        target = actions.convert_to
        self.convert_button.setVisible(target is not None)
        if target is not None:
            self.convert_button.setText(tr("rental", "Convertir en {kind}", kind=kind_text(target).lower()))
        self.extend_button.setVisible(actions.extend)
        self.cancel_dossier_button.setVisible(actions.cancel)
        self.save_button.setEnabled(actions.save)

    def _kind_chosen(self) -> None:
        self.new_kind = self.kind_combo.currentData()
        self._update_header(dossier_actions(None), self.grace)

    # -- totals --------------------------------------------------------------------------
    def refresh_totals(self) -> None:
        """Price what is on screen (nothing saved) and show the totals."""
        if self.loader is not None and self.loader.is_running():
            return  # the saved dossier's totals come with its snapshot
        try:
            data = self.form.collect()
            result = preview_price(self.context.database, self.context.scope, data,
                                   self.info.id if self.info is not None else None)
        except AtelierError as exc:
            self.totals.show_problem(error_text(exc))
            self.price_detail.show_result(None)
            return
        self.totals.show_result(result)
        self.price_detail.show_result(result)

    # -- actions -------------------------------------------------------------------------
    def _run(self, action) -> bool:
        self.error_label.clear()
        try:
            self.info = action()
        except ConflictError as exc:
            if ask_reload_after_conflict(self, exc) and self.info is not None:
                self.refresh_now(self.info.id)
            return False
        except (ValidationError, ValidationErrors) as exc:
            self.error_label.setText(error_text(exc))
            self.form.show_errors(error_fields(exc))
            return False
        except AtelierError as exc:
            self.error_label.setText(error_text(exc))
            return False
        self.refresh_now(self.info.id)
        self.editing.saved(self.info.id)
        self.saved.emit(self.info.id)
        return True

    def reject(self) -> None:
        """Close: asks first when typed input would be lost."""
        if self.editing.confirm_discard():
            super().reject()

    def save(self) -> bool:
        """Create or update the dossier from the tabs (also Ctrl+S, F10)."""
        db, scope = self.context.database, self.context.scope

        def action():
            data = self.form.collect()
            if self.info is None:
                return create_dossier(db, scope, data, self.new_kind)
            return update_dossier(db, scope, self.info.id, self.info.version, data)
        return self._run(action)

    def convert(self) -> bool:
        """Save pending edits, then convert to the next kind."""
        if self.info is None or not self.save():
            return False
        return self._run(lambda: convert_dossier(self.context.database, self.context.scope, self.info.id,
                                                 self.info.version))

    def extend(self, by: str) -> bool:
        """Ask for the new return (and PEC days when the assistance extends), then extend."""
        if self.info is None:
            return False
        dialog = ExtensionDialog(self.info, by, self.grace, self)
        if not dialog.exec():
            return False
        db, scope, info = self.context.database, self.context.scope, self.info
        if by == "assistance":
            return self._run(lambda: extend_by_assistance(db, scope, info.id, info.version, dialog.days.value(),
                                                          dialog.new_return.instant(), dialog.reference.text(),
                                                          dialog.note.text()))
        return self._run(lambda: extend_by_client(db, scope, info.id, info.version, dialog.new_return.instant(),
                                                  dialog.note.text()))

    def cancel_dossier(self) -> bool:
        """Cancel after confirmation (the vehicle is freed)."""
        if self.info is None or not confirm(self, tr("rental", "Annuler le dossier"),
                                            tr("rental", "Annuler le dossier {reference} ? Le véhicule sera libéré.",
                                               reference=self.info.reference)):
            return False
        return self._run(lambda: cancel_dossier(self.context.database, self.context.scope, self.info.id,
                                                self.info.version))

    def new_customer(self, key: str) -> None:
        """Create a customer and select it in the combo that asked."""
        dialog = CustomerDialog(self.context, parent=self)
        if dialog.exec() and dialog.saved_info is not None:
            self.form.reload_choices()
            combo = {"customer_id": self.form.customer, "driver_id": self.form.driver,
                     "second_driver_id": self.form.second_driver}[key]
            combo.set_id(dialog.saved_info.id)


def open_dossier(context, parent, dossier_id: int | None = None, defaults: DossierData | None = None,
                 kind: str = DossierKind.QUOTE, on_saved=None) -> DossierDialog:
    """Show a dossier window (non-modal) and return it."""
    dialog = DossierDialog(context, dossier_id, defaults, kind, parent)
    if on_saved is not None:
        dialog.saved.connect(lambda _id: on_saved())
    dialog.show()
    return dialog

