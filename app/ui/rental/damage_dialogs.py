"""Noting a damage (when, where, what, photos) and looking at a damage's photos."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import AtelierError
from app.core.i18n import msg
from app.core.rental.damages import DamageInfo, PhotoFile, photo_content, record_damage, stage_label
from app.core.timeutil import format_local
from app.ui.i18n import render, tr
from app.ui.widgets.form_dialog import FormDialog, form_layout

PHOTO_PATTERNS = "(*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff)"


class DamageDialog(FormDialog):
    """A new damage of the dossier's vehicle; photos are checked by the core on save."""

    def __init__(self, context, vehicle_id: int, dossier_id: int | None, stage: str = "return", parent=None):
        self.context, self.vehicle_id, self.dossier_id = context, vehicle_id, dossier_id
        self.stage = QComboBox()
        for value in ("departure", "return", "other"):
            self.stage.addItem(render(stage_label(value)), value)
        self.stage.setCurrentIndex(self.stage.findData(stage))
        self.zone = QLineEdit()
        self.zone.setMaxLength(60)
        self.zone.setPlaceholderText(tr("rental", "ex. : aile avant droite"))
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(tr("rental", "ce qui est constaté : rayure, bosse, éclat…"))
        self.description.setMaximumHeight(90)
        self.photos = QListWidget()
        self.photos.setMaximumHeight(90)
        self.files: list[Path] = []
        add = QPushButton(tr("rental", "Ajouter des photos…"))
        add.clicked.connect(self.pick_photos)
        photo_row = QWidget()
        row = QHBoxLayout(photo_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.photos, 1)
        row.addWidget(add, 0, Qt.AlignmentFlag.AlignTop)
        body = form_layout([(tr("rental", "Moment :"), self.stage), (tr("rental", "Emplacement :"), self.zone),
                            (tr("rental", "Description :"), self.description), (tr("rental", "Photos :"), photo_row)])
        super().__init__(tr("rental", "Nouveau dommage"), body, parent=parent)
        self.setMinimumWidth(520)

    def add_files(self, paths: list[Path]) -> None:
        """Add photo files to the list (tests and drag-free use)."""
        for path in paths:
            self.files.append(path)
            self.photos.addItem(path.name)

    def pick_photos(self) -> None:
        """Choose photo files on the station."""
        names, _ = QFileDialog.getOpenFileNames(self, tr("rental", "Photos du dommage"), "",
                                                f"{tr('rental', 'Photos')} {PHOTO_PATTERNS}")
        self.add_files([Path(name) for name in names])

    def submit(self) -> DamageInfo:
        try:
            photos = [PhotoFile(path.name, path.read_bytes()) for path in self.files]
        except OSError as exc:
            raise AtelierError(msg("rental", "Photo illisible : {error}", error=str(exc))) from exc
        return record_damage(self.context.database, self.context.scope, self.vehicle_id,
                             self.description.toPlainText(), zone=self.zone.text(), stage=self.stage.currentData(),
                             dossier_id=self.dossier_id, photos=photos)


class PhotoViewer(QDialog):
    """The photos of a damage, one at a time, fitted to the window."""

    def __init__(self, context, damage: DamageInfo, parent=None):
        super().__init__(parent)
        self.context, self.damage, self.index = context, damage, 0
        self.setWindowTitle(tr("rental", "Photos du dommage — {zone}", zone=damage.zone or damage.description[:40]))
        self.picture = QLabel()
        self.picture.setObjectName("damage_photo")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(640, 480)
        self.caption = QLabel()
        self.previous = QPushButton(tr("rental", "‹ Précédente"))
        self.next = QPushButton(tr("rental", "Suivante ›"))
        self.save = QPushButton(tr("rental", "Enregistrer sous…"))
        close = QPushButton(tr("rental", "Fermer"))
        buttons = QHBoxLayout()
        for button in (self.previous, self.next, self.save):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.caption)
        layout.addLayout(buttons)
        self.previous.clicked.connect(lambda: self.show_photo(self.index - 1))
        self.next.clicked.connect(lambda: self.show_photo(self.index + 1))
        self.save.clicked.connect(self.save_photo)
        close.clicked.connect(self.accept)
        self.show_photo(0)

    def show_photo(self, index: int) -> None:
        """Show photo number ``index`` (wrapping around)."""
        photos = self.damage.photos
        if not photos:
            self.picture.setText(tr("rental", "Pas de photo pour ce dommage."))
            for button in (self.previous, self.next, self.save):
                button.setEnabled(False)
            return
        self.index = index % len(photos)
        photo = photos[self.index]
        self.name, self.content = photo_content(self.context.database, self.context.scope, photo.id)
        pixmap = QPixmap.fromImage(QImage.fromData(self.content))
        self.picture.setPixmap(pixmap.scaled(self.picture.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation))
        self.caption.setText(tr("rental", "{n} / {total} — {name}, ajoutée par {user} le {when}", n=self.index + 1,
                                total=len(photos), name=photo.filename, user=photo.added_by,
                                when=format_local(photo.added_at)))
        for button in (self.previous, self.next):
            button.setEnabled(len(photos) > 1)

    def save_photo(self) -> None:
        """Save the photo shown as a file."""
        path, _ = QFileDialog.getSaveFileName(self, tr("rental", "Enregistrer la photo"), self.name,
                                              "JPEG (*.jpg)")
        if path:
            Path(path).write_bytes(self.content)
