"""The sending history is current: after "Envoyer" the open history shows the new rows."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from app.core.carpass.sending import credentials
from app.core.carpass.sending.endpoint import set_endpoint
from app.ui.app_context import AppContext
from app.ui.carpass.sending.history_view import HistoryView
from app.ui.carpass.sending.send_action import send_entries
from app.ui.settings import station_settings
from tests.carpass.sending.conftest import PASSWORD_A, enrol


def test_history_shows_the_readings_just_sent(qtbot, sqlite_world, simulator, memory_keyring):
    set_endpoint(sqlite_world.db, sqlite_world.admin_a, simulator.base_url)
    credentials.store_password(sqlite_world.db, sqlite_world.admin_a, PASSWORD_A)
    context = AppContext(sqlite_world.db, sqlite_world.clerk_a, station_settings())
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    history = HistoryView(context)
    other = HistoryView(context)
    tabs.addTab(history, "Historique Car-Pass")
    tabs.addTab(other, "autre")
    tabs.show()
    assert history.model.total() == 0
    entry = enrol(sqlite_world.db, sqlite_world.site_a, 1095)
    action = send_entries(tabs, context, [entry])
    with qtbot.waitSignal(action.done, timeout=20_000):
        pass
    qtbot.addWidget(action.dialog)
    # on screen: reloaded as each step is committed (queued, then sent)
    qtbot.waitUntil(lambda: history.model.total() == 1 and history.model.row_at(0)["state"] == "sent")
    assert other.model.total() == 0  # hidden: re-read when shown
    tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: other.model.total() == 1 and other.model.row_at(0)["state"] == "sent")
    context.close()
