"""The Qt side of change notifications: the database's publisher re-emitted as a signal,
and on PostgreSQL a thread that hears the other stations' changes.

Views do not subscribe here directly; they use :class:`app.ui.widgets.live_view.LiveView`.
"""

from __future__ import annotations

import logging
import threading
import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.core.changes import ChangePublisher, Changes

if TYPE_CHECKING:
    from app.core.db.engine import Database

log = logging.getLogger(__name__)

LISTEN_TIMEOUT_S = 0.25       # how long one wait for a notice lasts (the stop is seen after it)
RECONNECT_DELAY_S = 5.0       # after the listening connection broke


class _Listener(threading.Thread):
    """Waits for other stations' notices on a connection of its own and hands each to
    ``deliver`` (which emits a signal: Qt queues it to the GUI thread). Reconnects after a
    network failure. A daemon: an Atelier that quits never waits for it."""

    def __init__(self, database: Database, publisher: ChangePublisher, relay: ChangeRelay):
        super().__init__(name="atelier-change-listener", daemon=True)
        self.database = database
        self.publisher = publisher
        # Weak: a relay dropped with its window (or a test's context) ends the thread.
        self.relay = weakref.ref(relay)
        self.stopping = threading.Event()
        self.listening = threading.Event()

    def run(self) -> None:
        from app.core.db.change_tracking import ChangeListener, listener_error_types

        errors = listener_error_types()
        while not self.stopping.is_set():
            try:
                listener = ChangeListener(self.database, self.publisher)
            except errors:
                log.warning("cannot listen for other stations' changes; retrying", exc_info=True)
                self.stopping.wait(RECONNECT_DELAY_S)
                continue
            self.listening.set()
            try:
                while not self.stopping.is_set():
                    heard = listener.wait(LISTEN_TIMEOUT_S)
                    relay = self.relay()
                    if relay is None:
                        self.stopping.set()
                        break
                    for changes in heard:
                        if not self.stopping.is_set():
                            relay.changed.emit(changes)
                    del relay
            except errors:
                log.warning("the connection listening for changes broke; reconnecting", exc_info=True)
            except RuntimeError:  # the relay was deleted with its window
                self.stopping.set()
            finally:
                self.listening.clear()
                listener.close()


class ChangeRelay(QObject):
    """``changed(Changes)`` on the GUI thread after every committed change: this process's
    own (from the database's publisher) and, on PostgreSQL, other stations'."""

    changed = Signal(object)

    def __init__(self, database: Database, site_id: int | None, parent: QObject | None = None):
        super().__init__(parent)
        self.database = database
        database.changes.site_id = site_id
        self._unsubscribe = database.changes.subscribe(self.changed.emit)
        self.listener: _Listener | None = None

    def ensure_listening(self) -> None:
        """On PostgreSQL, start hearing other stations' changes (the first view that follows
        changes asks for it; a context without views opens no connection)."""
        if self.database.is_postgres and self.listener is None:
            self.listener = _Listener(self.database, self.database.changes, self)
            self.listener.start()

    def publish(self, changes: Changes) -> None:
        """Emit ``changes`` as if an operation had committed them."""
        self.changed.emit(changes)

    def stop(self) -> None:
        """Stop relaying (the window that owns the context closes)."""
        self._unsubscribe()
        if self.listener is not None:
            self.listener.stopping.set()
            self.listener.join(timeout=2 * LISTEN_TIMEOUT_S)
            self.listener = None
