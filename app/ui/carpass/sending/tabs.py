"""Tabs of Car-Pass sending: the history for everyone, the settings for admins; and the
offer, once per session and site, to send readings still waiting in the outbox."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.carpass.sending.history import waiting_count
from app.ui.app_context import AppContext
from app.ui.carpass.sending.history_view import HistoryView
from app.ui.carpass.sending.send_action import send_entries
from app.ui.carpass.sending.settings_view import SettingsView
from app.ui.i18n import tr

_offered: set[tuple[str, int]] = set()


def tabs(context: AppContext) -> list[tuple[str, QWidget]]:
    """History tab (and Car-Pass settings tab for admins)."""
    history = HistoryView(context)
    result: list[tuple[str, QWidget]] = [(tr("carpass", "Historique Car-Pass"), history)]
    if context.scope.is_admin:
        result.append((tr("carpass", "Paramètres Car-Pass"), SettingsView(context)))
    key = (context.database.url, context.scope.site_id)
    if key not in _offered and waiting_count(context.database, context.scope):
        _offered.add(key)
        QTimer.singleShot(0, lambda: offer_waiting(history, context))
    return result


def offer_waiting(parent: QWidget, context: AppContext) -> bool:
    """At start-up: readings wait in the outbox (retries, interrupted run) — send them now?"""
    count = waiting_count(context.database, context.scope)
    if not count:
        return False
    answer = QMessageBox.question(
        parent, tr("carpass", "Relevés Car-Pass en attente"),
        tr("carpass", "{n} relevé(s) attendent d'être envoyés à Car-Pass. Les envoyer maintenant ?", n=count),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    on_done = getattr(parent, "reload", None)
    return send_entries(parent, context, None, on_done) is not None
