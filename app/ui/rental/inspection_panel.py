"""The "État du véhicule" tab of a saved dossier: the car's open damages (known before it
leaves) and the damages noted on this dossier, with their photos; noting a new one at the
departure or return inspection."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import AtelierError
from app.core.i18n import msg
from app.core.rental.damages import PhotoFile, add_photos, dossier_damages, mark_repaired, stage_label
from app.core.rental.dossiers import dossier_info
from app.core.timeutil import format_local
from app.ui.errors import confirm, show_error
from app.ui.i18n import render, tr
from app.ui.rental.damage_dialogs import PHOTO_PATTERNS, DamageDialog, PhotoViewer
from app.ui.widgets.records_model import RecordColumn, RecordsTableModel


def state_text(damage) -> str:
    """Open, or repaired on a date."""
    if damage.repaired_at is None:
        return tr("rental", "à réparer")
    return tr("rental", "réparé le {when}", when=format_local(damage.repaired_at))


class InspectionPanel(QWidget):
    """Damages of the dossier's vehicle and of this dossier."""

    def __init__(self, context, dossier_id: int, parent=None):
        super().__init__(parent)
        self.context, self.dossier_id = context, dossier_id
        self.model = RecordsTableModel([
            RecordColumn(tr("rental", "Noté le"), lambda d: format_local(d.recorded_at)),
            RecordColumn(tr("rental", "Moment"), lambda d: render(stage_label(d.stage))),
            RecordColumn(tr("rental", "Emplacement"), lambda d: d.zone),
            RecordColumn(tr("rental", "Description"), lambda d: d.description),
            RecordColumn(tr("rental", "Photos"), lambda d: len(d.photos), align_right=True),
            RecordColumn(tr("rental", "Noté par"), lambda d: d.recorded_by),
            RecordColumn(tr("rental", "État"), state_text),
            RecordColumn(tr("rental", "Dossier"), lambda d: tr("rental", "ce dossier") if d.dossier_id == dossier_id
                         else tr("rental", "antérieur")),
        ])
        self.table = QTableView()
        self.table.setObjectName("inspection_damages")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.show_photos())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.new_button = QPushButton(tr("rental", "&Noter un dommage…"))
        self.photos_button = QPushButton(tr("rental", "&Voir les photos…"))
        self.add_photos_button = QPushButton(tr("rental", "Ajouter des p&hotos…"))
        self.repaired_button = QPushButton(tr("rental", "Marquer &réparé…"))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.photos_button, self.add_photos_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.repaired_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.new_button.clicked.connect(self.new_damage)
        self.photos_button.clicked.connect(self.show_photos)
        self.add_photos_button.clicked.connect(self.add_more_photos)
        self.repaired_button.clicked.connect(self.mark_selected_repaired)
        self.refresh()

    def refresh(self) -> None:
        """Re-read the dossier and the damages."""
        self.info = dossier_info(self.context.database, self.context.scope, self.dossier_id)
        self.model.set_records(dossier_damages(self.context.database, self.context.scope, self.dossier_id))
        has_car = self.info.data.vehicle_id is not None
        self.new_button.setEnabled(has_car)
        self.summary.setText(tr("rental", "Dommages encore ouverts du véhicule (constatés avant ce dossier) et ceux "
                                          "notés sur ce dossier. Photos conservées dans la base : tous les postes "
                                          "les voient.") if has_car else
                             tr("rental", "Choisissez d'abord le véhicule du dossier."))

    def selected(self):
        """The selected damage, or a message asking to select one."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            show_error(self, AtelierError(msg("rental", "Sélectionnez d'abord un dommage.")))
            return None
        return self.model.records[rows[0].row()]

    def new_damage(self) -> None:
        """Note a damage: at the departure before the car leaves, at the return after."""
        stage = "departure" if self.info.data.actual_departure is None else "return"
        dialog = DamageDialog(self.context, self.info.data.vehicle_id, self.dossier_id, stage, self)
        if dialog.exec():
            self.refresh()

    def show_photos(self) -> None:
        """Look at the selected damage's photos."""
        damage = self.selected()
        if damage is not None:
            PhotoViewer(self.context, damage, self).exec()

    def add_more_photos(self) -> None:
        """Add photos to the selected damage."""
        damage = self.selected()
        if damage is None:
            return
        names, _ = QFileDialog.getOpenFileNames(self, tr("rental", "Photos du dommage"), "",
                                                f"{tr('rental', 'Photos')} {PHOTO_PATTERNS}")
        if not names:
            return
        try:
            add_photos(self.context.database, self.context.scope, damage.id,
                       [PhotoFile(Path(name).name, Path(name).read_bytes()) for name in names])
        except AtelierError as exc:
            show_error(self, exc)
            return
        except OSError as exc:
            show_error(self, AtelierError(msg("rental", "Photo illisible : {error}", error=str(exc))))
            return
        self.refresh()

    def mark_selected_repaired(self) -> None:
        """The selected damage was repaired (after confirmation)."""
        damage = self.selected()
        if damage is None or not confirm(self, tr("rental", "Dommage réparé"), tr(
                "rental", "Marquer « {what} » comme réparé ? Il restera dans l'historique du véhicule.",
                what=damage.zone or damage.description[:40])):
            return
        try:
            mark_repaired(self.context.database, self.context.scope, damage.id)
        except AtelierError as exc:
            show_error(self, exc)
            return
        self.refresh()
