"""Correcting the km Car-Pass received for a dossier: the dialog asking the right km and
the mandatory reason, shared by the history tab and the dossier dialog. The correction is
queued (the accepted reading stays as it is), then sent at once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from app.core.carpass.sending.followups import correct_reading
from app.core.errors import AtelierError
from app.ui.app_context import AppContext
from app.ui.carpass.sending.reason_dialog import ReasonDialog
from app.ui.carpass.sending.send_action import send_entries
from app.ui.errors import show_error
from app.ui.i18n import tr


def correction_dialog(parent: QWidget, context: AppContext, number: int, entry_id: int, km: int, intro: str,
                      on_done: Callable[[], None] | None = None) -> ReasonDialog:
    """The correction dialog of dossier ``number`` starting at ``km`` (not yet shown: the
    caller opens it). OK queues the correction (refused: the error is shown and the dialog
    stays open), then the dossier's entry is sent and ``on_done()`` runs."""

    def correct(dialog: ReasonDialog) -> bool:
        try:
            correct_reading(context.database, context.scope, number, dialog.km() or 0, dialog.reason())
        except AtelierError as error:
            show_error(dialog, error)
            return False
        return True

    dialog = ReasonDialog(tr("carpass", "Corriger le kilométrage envoyé"), intro,
                          tr("carpass", "Envoyer la correction"), parent, km=km, on_ok=correct)
    dialog.accepted.connect(lambda: send_entries(parent, context, [entry_id], on_done))
    return dialog
