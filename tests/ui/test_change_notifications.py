"""Change notifications: the unit of work reports the kinds of data it wrote, views that
show them reload (now if on screen, else when shown), F5 reloads a grid, and on
PostgreSQL another station's commit reaches an open view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QWidget

from app.core.changes import Changes, DataKind, decode_payload, encode_payload, kinds_of_tables
from app.core.db.change_tracking import written_tables
from app.core.platform.users import add_user
from app.ui.app_context import AppContext
from app.ui.settings import station_settings
from app.ui.widgets.live_view import LiveView
from tests.factories import PASSWORD


def test_written_tables_are_read_from_the_statement():
    assert written_tables('INSERT INTO carpass_reading (a) VALUES (1)') == {"carpass_reading"}
    assert written_tables('UPDATE "payment" SET amount = 1') == {"payment"}
    assert written_tables("DELETE FROM invoice_line WHERE id = 2") == {"invoice_line"}
    assert written_tables("INSERT OR REPLACE INTO invoice VALUES (1)") == {"invoice"}
    assert written_tables("SELECT * FROM invoice FOR UPDATE SKIP LOCKED") == set()
    assert kinds_of_tables({"carpass_reading", "payment", "unknown"}) == {DataKind.CARPASS_READINGS,
                                                                          DataKind.PAYMENTS}


def test_payload_holds_kinds_and_site_only():
    payload = encode_payload("abc", Changes(frozenset({DataKind.PAYMENTS, DataKind.RENTAL_INVOICES}), 7))
    assert payload == "abc|7|payments,rental_invoices"
    origin, changes = decode_payload(payload)
    assert origin == "abc" and changes.site_id == 7 and changes.remote
    assert changes.kinds == {DataKind.PAYMENTS, DataKind.RENTAL_INVOICES}
    assert decode_payload("not|ours") is None and decode_payload("a|x|payments") is None
    assert changes.concerns_site(7) and not changes.concerns_site(8) and Changes(frozenset(), None).concerns_site(8)


def test_a_committed_session_publishes_what_it_wrote_and_a_rollback_nothing(sqlite_world):
    db = sqlite_world.db
    heard: list[Changes] = []
    unsubscribe = db.changes.subscribe(heard.append)
    add_user(db, sqlite_world.admin_a, "new.clerk", PASSWORD, full_name="New Clerk")
    assert [c.kinds for c in heard] == [frozenset({DataKind.USERS})]
    with pytest.raises(RuntimeError), db.session() as session:
        session.connection().exec_driver_sql("UPDATE app_user SET full_name = 'x'")
        raise RuntimeError("rolled back")
    with db.session() as session:
        session.connection().exec_driver_sql("SELECT count(*) FROM app_user")
    assert len(heard) == 1
    unsubscribe()


class _Probe(QWidget):
    def __init__(self, context):
        super().__init__()
        self.loads = 0
        self.live = LiveView(self, context, {DataKind.PAYMENTS}, self.reload)

    def reload(self):
        self.loads += 1


def test_a_view_reloads_at_once_when_shown_and_on_return_when_hidden(qtbot, sqlite_world):
    context = AppContext(sqlite_world.db, sqlite_world.clerk_a, station_settings())
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    probe, other = _Probe(context), QWidget()
    tabs.addTab(probe, "probe")
    tabs.addTab(other, "other")
    tabs.show()
    qtbot.waitExposed(tabs)
    assert probe.loads == 0  # built just now: no reload on the first display
    context.changes.publish(Changes(frozenset({DataKind.CARPASS_READINGS}), sqlite_world.site_a))
    context.changes.publish(Changes(frozenset({DataKind.PAYMENTS}), sqlite_world.site_b))
    context.changes.publish(Changes(frozenset({DataKind.PAYMENTS}), sqlite_world.site_a))
    context.changes.publish(Changes(frozenset({DataKind.PAYMENTS}), None))
    qtbot.waitUntil(lambda: probe.loads == 1)  # one reload for two notices, none for other kinds/sites
    tabs.setCurrentIndex(1)
    tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: probe.loads == 2)  # shown again: re-read
    context.close()


def test_f5_reloads_a_grid(qtbot, sqlite_world):
    from app.ui.rental.invoicing.tabs import tabs

    context = AppContext(sqlite_world.db, sqlite_world.clerk_a, station_settings())
    [(_title, view)] = tabs(context)
    qtbot.addWidget(view)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    before = view.live.reloads
    view.inner.setCurrentIndex(1)
    view.payments_grid.table.setFocus()
    qtbot.waitUntil(lambda: view.payments_grid.table.hasFocus())
    qtbot.keyClick(view.payments_grid.table, Qt.Key.Key_F5)
    assert view.live.reloads == before + 1
    context.close()


@pytest.mark.slow
def test_postgres_another_stations_commit_reaches_an_open_view(qtbot, pg_world, station):
    """Two stations (two Database objects with their own connections, as two processes
    would have): a user created on the first reaches the second's relay over NOTIFY."""
    first = station(pg_world.db, "admin.a")
    second = station(pg_world.db, "admin.a")
    context = AppContext(second, pg_world.admin_a, station_settings())
    assert context.changes.listener is None  # no view follows changes yet: no connection
    context.changes.ensure_listening()
    qtbot.waitUntil(lambda: context.changes.listener.listening.is_set(), timeout=10_000)
    with qtbot.waitSignal(context.changes.changed, timeout=3_000,
                          check_params_cb=lambda c: DataKind.USERS in c.kinds and c.remote) as blocker:
        add_user(first, pg_world.admin_a, "new.clerk", PASSWORD, full_name="New Clerk")
    assert blocker.args[0].site_id is None  # the first station has no window: site unknown
    own = AppContext(first, pg_world.admin_a, station_settings())
    heard = []
    own.changes.changed.connect(heard.append)
    with qtbot.waitSignal(context.changes.changed, timeout=3_000,
                          check_params_cb=lambda c: c.site_id == pg_world.site_a):
        add_user(first, pg_world.admin_a, "other.clerk", PASSWORD, full_name="Other Clerk")
    assert [c.remote for c in heard] == [False]  # its own notice is not heard twice
    from app.ui.platform.admin_view import AdminView

    view = AdminView(context)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    before = view.users_model.rowCount()
    add_user(first, pg_world.admin_a, "third.clerk", PASSWORD, full_name="Third Clerk")
    qtbot.waitUntil(lambda: view.users_model.rowCount() == before + 1, timeout=3_000)  # open list follows
    own.close()
    context.close()


@pytest.mark.slow
def test_postgres_a_command_line_process_reaches_an_open_list(qtbot, pg_world, station):
    """Another OS process (``atelier user add`` as a scheduled task or IT would run it)
    commits: the open Administration list of this station shows the new user."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    from app.ui.platform.admin_view import AdminView

    root = Path(__file__).resolve().parents[2]
    context = AppContext(station(pg_world.db, "admin.a"), pg_world.admin_a, station_settings())
    view = AdminView(context)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: context.changes.listener is not None and context.changes.listener.listening.is_set(),
                    timeout=10_000)
    before = view.users_model.rowCount()
    env = {**os.environ, "ATELIER_PASSWORD": PASSWORD, "ATELIER_NEW_PASSWORD": PASSWORD, "PYTHONPATH": str(root),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    done = subprocess.run([sys.executable, "-m", "app", "--database", pg_world.db.url, "--user", "admin.a",
                           "user", "add", "cli.clerk", "--site", "A"],
                          env=env, cwd=root, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: view.users_model.rowCount() == before + 1, timeout=3_000)
    assert "cli.clerk" in {view.users_model.records[r].login for r in range(before + 1)}
    context.close()


def test_a_relay_deleted_without_stop_stops_hearing_changes(qtbot, sqlite_world, caplog):
    from shiboken6 import delete

    from app.ui.change_relay import ChangeRelay

    publisher = sqlite_world.db.changes
    before = len(publisher._subscribers)
    relay = ChangeRelay(sqlite_world.db, sqlite_world.site_a)
    assert len(publisher._subscribers) == before + 1
    delete(relay)  # its window closed without calling stop()
    assert len(publisher._subscribers) == before
    publisher.publish(Changes(frozenset({DataKind.CARPASS_READINGS}), sqlite_world.site_a))
    assert "a change subscriber failed" not in caplog.text
