""""Confirmer…" on the Car-Pass list: the ticked rows whose reading the checks blocked are
confirmed with one mandatory reason, then sent."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.carpass.sending.anomaly_confirmation import blocked_readings, confirm_entries
from app.core.errors import AtelierError
from app.ui.app_context import AppContext
from app.ui.carpass.sending.reason_dialog import ReasonDialog
from app.ui.carpass.sending.send_action import send_entries
from app.ui.errors import show_error
from app.ui.i18n import render, tr

SHOWN = 12  # blocked rows listed by name in the dialog


def confirm_checked(parent: QWidget, context: AppContext, entry_ids: list[int],
                    on_done: Callable[[], None] | None = None) -> ReasonDialog | None:
    """Open the confirmation of the ticked rows' blocked readings (None when there is none);
    on OK they are confirmed with the reason, then sent like "Envoyer"."""
    try:
        blocked = blocked_readings(context.database, context.scope, entry_ids)
    except AtelierError as error:
        show_error(parent, error)
        return None
    title = tr("carpass", "Confirmer les relevés bloqués")
    if not blocked:
        QMessageBox.information(parent, title, tr(
            "carpass", "Aucune des lignes cochées n'a de relevé bloqué par les contrôles. Un relevé est bloqué "
                       "lors d'un envoi quand un contrôle l'arrête (plus bas que le dernier relevé, plus de 1 000 km "
                       "par jour, déjà envoyé aujourd'hui, date trop ancienne)."))
        return None
    lines = [tr("carpass", "Dossier {dossier} — {km} km : {reasons}", dossier=b.dossier, km=b.odometer,
                reasons="; ".join(render(r) for r in b.reasons)) for b in blocked[:SHOWN]]
    if len(blocked) > SHOWN:
        lines.append(tr("carpass", "… et {n} autre(s)", n=len(blocked) - SHOWN))
    skipped = len(set(entry_ids)) - len(blocked)
    intro = tr("carpass", "Vous confirmez que ces {n} relevé(s) sont corrects malgré les contrôles ; ils seront "
                          "envoyés à Car-Pass.", n=len(blocked)) + "\n\n" + "\n".join(lines)
    if skipped:
        intro += "\n\n" + tr("carpass", "{n} ligne(s) cochée(s) sans relevé bloqué ne sont pas concernées.",
                             n=skipped)
    confirmed: list[int] = []

    def confirm(dialog: ReasonDialog) -> bool:
        try:
            summary = confirm_entries(context.database, context.scope, entry_ids, dialog.reason())
        except AtelierError as error:
            show_error(dialog, error)
            return False
        confirmed[:] = [b.entry_id for b in summary.confirmed]
        return True

    def send() -> None:
        if on_done is not None:
            on_done()
        if confirmed:
            send_entries(parent, context, confirmed, on_done)

    dialog = ReasonDialog(title, intro, tr("carpass", "Confirmer et envoyer"), parent, on_ok=confirm)
    dialog.accepted.connect(send)
    dialog.open()
    return dialog
