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
        while not self.stopping.is_set() and not self.publisher.closed:
            try:
                listener = ChangeListener(self.database, self.publisher)
            except errors:
                if self.publisher.closed:
                    break
                log.warning("cannot listen for other stations' changes; retrying", exc_info=True)
                self.stopping.wait(RECONNECT_DELAY_S)
                continue
            self.listening.set()
            try:
                while not self.stopping.is_set() and not self.publisher.closed:
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
                if not self.publisher.closed:
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
        unsubscribe = database.changes.subscribe(self.changed.emit)
        self._unsubscribe = unsubscribe
        # Deleted with its window without stop(): later changes must not reach a dead relay.
        self.destroyed.connect(lambda *_args: unsubscribe())
        self.listener: _Listener | None = None
        self._followers = 0

    def ensure_listening(self, follower: QObject | None = None) -> None:
        """On PostgreSQL, hear other stations' changes while at least one ``follower`` (a
        view following changes) exists: a context without views opens no connection, and
        the last view deleted ends the listening."""
        if follower is not None:
            self._followers += 1
            follower.destroyed.connect(self._unfollow)
        if self.database.is_postgres and self.listener is None:
            self.listener = _Listener(self.database, self.database.changes, self)
            self.listener.start()

    def _unfollow(self) -> None:
        self._followers -= 1
        if self._followers <= 0 and self.listener is not None:
            self.listener.stopping.set()  # the thread ends after its current wait
            self.listener = None

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
