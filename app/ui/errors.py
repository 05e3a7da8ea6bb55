"""Showing core errors to the clerk: translated, naming the field, offering reload on conflict."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.errors import AtelierError, ConflictError, ValidationError, ValidationErrors
from app.ui.i18n import error_text, tr

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    """A warning box with the error's translated text (unexpected errors are logged)."""
    if not isinstance(error, AtelierError):
        log.error("unexpected error", exc_info=error)
    if isinstance(error, (ValidationError, ValidationErrors)):
        heading = title or tr("errors", "Saisie refusée")
    else:
        heading = title or tr("errors", "Erreur")
    QMessageBox.warning(parent, heading, error_text(error))


def ask_reload_after_conflict(parent: QWidget | None, error: ConflictError) -> bool:
    """Tell the clerk who changed the record; True when they choose to reload it."""
    box = QMessageBox(QMessageBox.Icon.Warning, tr("errors", "Modifié par quelqu'un d'autre"),
                      error_text(error), QMessageBox.StandardButton.NoButton, parent)
    reload_button = box.addButton(tr("errors", "Recharger"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("errors", "Garder ma saisie"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is reload_button


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes/No question before something destructive; No is the default."""
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
