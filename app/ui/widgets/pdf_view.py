"""Showing a PDF in the station's viewer, or — when no PDF viewer is installed — saying so
and offering to save the file (a fresh Windows PC often has none)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.ui.i18n import tr

log = logging.getLogger(__name__)


def show_pdf(path: Path, parent: QWidget | None = None) -> Path | None:
    """Open ``path`` in the PDF viewer and return it; without a viewer, offer to save a
    copy (returned; None when the clerk does not save it)."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return path
    log.warning("no PDF viewer opened %s", path)
    return offer_to_save(path.read_bytes(), path.stem, parent, tr(
        "pdf", "L'aperçu ne peut pas s'ouvrir : aucun lecteur PDF n'est installé sur ce poste. Enregistrez le "
        "document pour l'ouvrir ailleurs ou installez un lecteur PDF."))


def offer_to_save(data: bytes, name: str, parent: QWidget | None, why: str) -> Path | None:
    """Say ``why`` the PDF cannot be shown, then ask where to save it (None: not saved)."""
    box = QMessageBox(QMessageBox.Icon.Warning, tr("pdf", "Aperçu PDF"), why,
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel, parent)
    if box.exec() != QMessageBox.StandardButton.Save:
        return None
    return save_pdf_as(data, name, parent)


def save_pdf_as(data: bytes, name: str, parent: QWidget | None) -> Path | None:
    """Ask where to save the PDF ``name``.pdf and write it there (None: the clerk cancelled).
    OSError when the file cannot be written."""
    target, _ = QFileDialog.getSaveFileName(parent, tr("pdf", "Enregistrer le PDF"), f"{name}.pdf",
                                            tr("pdf", "Documents PDF (*.pdf)"))
    if not target:
        return None
    Path(target).write_bytes(data)
    return Path(target)
