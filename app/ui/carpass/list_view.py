"""The Car-Pass list tab: the site's dossiers to report, red when they will not be sent,
amber when something must be looked at first; the clerk confirms before sending rows that
lack a work description or that the checks will stop."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.carpass.carpass_list import CarpassListSource
from app.core.carpass.entries import remove_entries
from app.core.carpass.list_row import CarpassRow
from app.core.carpass.models import EntryStatus
from app.core.carpass.state_names import state_name
from app.core.changes import DataKind
from app.core.errors import AtelierError
from app.core.grid import export_csv
from app.ui.app_context import AppContext
from app.ui.carpass.list_model import CarpassListModel, export_source
from app.ui.errors import confirm, show_error
from app.ui.i18n import render, tr
from app.ui.task_runner import TaskRunner
from app.ui.widgets.grid_view import GridView
from app.ui.widgets.live_view import LiveView

NO_DATE = QDate(2000, 1, 1)


def send_action():
    """The action behind "Envoyer à Car-Pass" (tests replace it)."""
    from app.ui.carpass.sending.send_action import send_entries

    return send_entries


class FormattedExportGrid(GridView):
    """GridView whose CSV export writes cells as the grid shows them."""

    def export_to(self, path: Path) -> TaskRunner:
        titles = [render(c.title) for c in self.model.source.columns]
        query = self.model.query
        source = export_source(self.model.source)
        self.export_runner = TaskRunner(self, tr("grid", "Export CSV"),
                                        lambda token: export_csv(source, query, path, titles, token))
        self.export_runner.failed.connect(lambda error: show_error(self, error))
        return self.export_runner.start()


class _DateBox(QDateEdit):
    """A date filter that may be empty (shown blank)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd-MM-yyyy")
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(" ")
        self.setDate(NO_DATE)

    def value(self) -> date | None:
        """The chosen day, or None when blank."""
        chosen = self.date()
        return None if chosen == NO_DATE else date(chosen.year(), chosen.month(), chosen.day())


class CarpassListView(QWidget):
    """The Car-Pass list of the user's site with filters, selection and actions."""

    def __init__(self, context: AppContext, parent=None, open_dossier=None):
        super().__init__(parent)
        self.context = context
        self.open_dossier = open_dossier
        self.source = CarpassListSource(context.database, context.scope, _translate)
        self.model = CarpassListModel(self.source, self)
        self.grid = FormattedExportGrid(self.model, self, export_name="carpass")
        self.select_all = QCheckBox(tr("carpass", "Tout"))
        self.select_all.setToolTip(tr("carpass", "Cocher toutes les lignes qui répondent au filtre"))
        self.red_only = QCheckBox(tr("carpass", "Rouges seulement"))
        self.history = QCheckBox(tr("carpass", "Avec l'historique (envoyés, retirés)"))
        self.date_from = _DateBox()
        self.date_to = _DateBox()
        self.selection_label = QLabel()
        self.open_button = QPushButton(tr("carpass", "Ouvrir le dossier"))
        self.remove_button = QPushButton(tr("carpass", "Retirer de la liste…"))
        self.send_button = QPushButton(tr("carpass", "Envoyer à Car-Pass"))
        self.send_button.setDefault(True)
        self._send = send_action()
        self.send_button.setVisible(self._send is not None)
        self.confirm_button = QPushButton(tr("carpass", "&Confirmer les relevés bloqués…"))
        self.confirm_button.setToolTip(tr("carpass", "Confirmer, avec une raison, les lignes cochées que les "
                                                     "contrôles ont bloquées, puis les envoyer"))
        self.confirm_button.setVisible(self._send is not None)

        filters = QHBoxLayout()
        filters.addWidget(self.select_all)
        filters.addSpacing(12)
        filters.addWidget(self.red_only)
        filters.addWidget(QLabel(tr("carpass", "Début des travaux du")))
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(tr("carpass", "au")))
        filters.addWidget(self.date_to)
        filters.addWidget(self.history)
        filters.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.selection_label, 1)
        actions.addWidget(self.open_button)
        actions.addWidget(self.remove_button)
        actions.addWidget(self.confirm_button)
        actions.addWidget(self.send_button)
        self.legend = legend = QLabel(tr(
            "carpass", "Rouge : ne sera pas envoyé (voir la colonne « À corriger »). Orange : à examiner avant "
                       "d'envoyer (contrôles Car-Pass, description des travaux manquante…). État « {uncertain} » : "
                       "Car-Pass a peut-être reçu le relevé, décidez-en dans l'historique. Survolez une ligne pour "
                       "le détail.", uncertain=render(state_name(EntryStatus.UNCERTAIN))))
        legend.setObjectName("legend")
        legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.grid, 1)
        layout.addWidget(legend)
        layout.addLayout(actions)

        self.select_all.toggled.connect(self.model.set_all_checked)
        for box in (self.red_only, self.history):
            box.toggled.connect(self.apply_filters)
        for box in (self.date_from, self.date_to):
            box.dateChanged.connect(self.apply_filters)
        self.model.dataChanged.connect(self.update_selection)
        self.model.modelReset.connect(self.update_selection)
        self.grid.activated.connect(self.open_row)
        self.open_button.clicked.connect(self.open_current)
        self.remove_button.clicked.connect(self.remove_checked)
        self.send_button.clicked.connect(self.send_checked)
        self.confirm_button.clicked.connect(self.confirm_checked)
        QShortcut(QKeySequence(Qt.Key.Key_Space), self.grid.table, activated=self.toggle_current_tick,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self._resize_columns()
        self.update_selection()
        self.live = LiveView(self, context, {DataKind.CARPASS_DOSSIERS, DataKind.CARPASS_READINGS}, self.reload,
                             grids=[self.grid])

    def _resize_columns(self) -> None:
        table = self.grid.table
        for column, width in enumerate((85, 180, 105, 115, 170, 85, 130, 90)):
            table.setColumnWidth(column, width)

    def apply_filters(self) -> None:
        """Push the filter boxes into the SQL query."""
        filters = dict(self.model.query.filters)
        filters.update(red_only=self.red_only.isChecked(), all=self.history.isChecked(),
                       date_from=self.date_from.value(), date_to=self.date_to.value())
        self.model.query.filters = filters
        self.model.reload()

    def reload(self) -> None:
        """Re-read the list (after a save, a removal or a sending)."""
        self.model.reload()

    def update_selection(self, *_args) -> None:
        """Say how many rows are checked."""
        self.selection_label.setText(tr("carpass", "{n} ligne(s) cochée(s)", n=len(self.model.checked)))
        self.send_button.setEnabled(bool(self.model.checked))
        self.confirm_button.setEnabled(bool(self.model.checked))
        self.remove_button.setEnabled(bool(self.model.checked))

    def current_row(self) -> CarpassRow | None:
        """The row under the cursor."""
        index = self.grid.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def open_row(self, row: CarpassRow | None) -> None:
        """Open the dossier of ``row`` in its details dialog."""
        if row is None or row.dossier_id is None or self.open_dossier is None:
            return
        self.open_dossier(row.dossier_id)
        self.reload()

    def open_current(self) -> None:
        """The Open button."""
        self.open_row(self.current_row())

    def remove_checked(self) -> None:
        """Take the ticked rows off the list (like "Envoyer", on the ticked rows), asking
        for one reason."""
        ids = self.model.checked_ids()
        if not ids:
            QMessageBox.information(self, tr("carpass", "Retirer de la liste Car-Pass"),
                                    tr("carpass", "Cochez d'abord les lignes à retirer."))
            return
        shown = {row.entry_id: row for row in self.model.loaded_rows()}
        if len(ids) == 1 and ids[0] in shown:
            question = tr("carpass", "Raison du retrait du dossier {number} :", number=shown[ids[0]].dossier)
        else:
            question = tr("carpass", "Raison du retrait des {n} lignes cochées :", n=len(ids))
        reason, ok = QInputDialog.getText(self, tr("carpass", "Retirer de la liste Car-Pass"), question)
        if not ok:
            return
        versions = {i: shown[i].entry_version if i in shown else None for i in ids}
        try:
            remove_entries(self.context.database, self.context.scope, versions, reason)
        except AtelierError as error:
            show_error(self, error)
            return
        self.model.checked.difference_update(ids)
        self.reload()

    def toggle_current_tick(self) -> None:
        """Space: tick or untick the row under the cursor, whatever its column."""
        index = self.grid.table.currentIndex()
        if not index.isValid():
            return
        box = self.model.index(index.row(), 0)
        checked = box.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        self.model.setData(box, Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked,
                           Qt.ItemDataRole.CheckStateRole)

    def send_checked(self) -> None:
        """Hand the checked entries to the sending module."""
        ids = self.model.checked_ids()
        if not ids:
            QMessageBox.information(self, tr("carpass", "Envoyer à Car-Pass"),
                                    tr("carpass", "Cochez d'abord les lignes à envoyer."))
            return
        if self._send is not None and self.confirm_send(ids):
            self._send(self, self.context, ids, self.reload)

    def confirm_send(self, ids: list[int]) -> bool:
        """Before sending: say how many checked rows lack a work description, will wait for a
        confirmation or will not be sent, and let the clerk go on or stop."""
        try:
            preview = self.source.send_preview(ids)
        except AtelierError as error:
            show_error(self, error)
            return False
        if not preview.needs_warning:
            return True
        lines = [tr("carpass", "{n} ligne(s) cochée(s) :", n=preview.total)]
        if preview.undescribed:
            lines.append(tr("carpass", "– {n} sans description des travaux (elle pourra être envoyée plus tard)",
                            n=preview.undescribed))
        if preview.to_confirm:
            lines.append(tr("carpass", "– {n} arrêtée(s) par les contrôles : elles attendront votre confirmation "
                                       "dans l'historique", n=preview.to_confirm))
        if preview.red:
            lines.append(tr("carpass", "– {n} en rouge : elles ne seront pas envoyées", n=preview.red))
        lines.append("")
        lines.append(tr("carpass", "Envoyer quand même ?"))
        return confirm(self, tr("carpass", "Envoyer à Car-Pass"), "\n".join(lines))


    def confirm_checked(self):
        """Confirm the checked rows' blocked readings with one reason, then send them."""
        from app.ui.carpass.sending.blocked_confirmation_action import confirm_checked

        return confirm_checked(self, self.context, self.model.checked_ids(), self.reload)


def _translate(context: str, text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)

