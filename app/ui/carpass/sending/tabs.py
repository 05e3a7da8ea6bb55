"""Tabs of Car-Pass sending: the history for everyone, the settings for admins; and the
offer, once per session and site, to send readings still waiting in the outbox."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.carpass.sending.history import uncertain_count, waiting_count
from app.core.carpass.sending.states import ReadingState
from app.core.carpass.state_names import state_name
from app.ui.app_context import AppContext
from app.ui.carpass.sending.history_view import HistoryView
from app.ui.carpass.sending.send_action import send_entries
from app.ui.carpass.sending.settings_view import SettingsView
from app.ui.i18n import render, tr

_offered: set[tuple[str, int]] = set()


def tabs(context: AppContext) -> list[tuple[str, QWidget]]:
    """History tab (and Car-Pass settings tab for admins)."""
    history = HistoryView(context)
    result: list[tuple[str, QWidget]] = [(tr("carpass", "Historique Car-Pass"), history)]
    if context.scope.is_admin:
        result.append((tr("carpass", "Paramètres Car-Pass"), SettingsView(context)))
    key = (context.database.url, context.scope.site_id)
    if key not in _offered and (waiting_count(context.database, context.scope)
                                or uncertain_count(context.database, context.scope)):
        _offered.add(key)
        QTimer.singleShot(0, lambda: offer_waiting(history, context))
    return result


def offer_waiting(parent: QWidget, context: AppContext) -> bool:
    """At start-up: readings wait in the outbox (retries, interrupted run) — send them now?
    Readings (or descriptions, corrections) à vérifier are named too: they are never posted
    again without the clerk, who decides in the history."""
    count = waiting_count(context.database, context.scope)
    uncertain = uncertain_count(context.database, context.scope)
    if not count and not uncertain:
        return False
    to_check = tr("carpass", "{n} envoi(s) « {state} » : Car-Pass les a peut-être reçus ; ils ne partent pas "
                             "d'eux-mêmes. Vérifiez-les sur le portail Car-Pass puis, dans l'historique, "
                             "« Renvoyer » ou « Marquer comme reçu ».", n=uncertain,
                  state=render(state_name(ReadingState.UNCERTAIN))) if uncertain else ""
    title = tr("carpass", "Relevés Car-Pass en attente")
    if not count:
        QMessageBox.information(parent, title, to_check)
        return False
    text = tr("carpass", "{n} relevé(s) attendent d'être envoyés à Car-Pass. Les envoyer maintenant ?", n=count)
    answer = QMessageBox.question(parent, title, f"{text}\n\n{to_check}" if to_check else text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    on_done = getattr(parent, "reload", None)
    return send_entries(parent, context, None, on_done) is not None
