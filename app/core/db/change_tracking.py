"""The database side of change notifications: which tables a transaction wrote, a NOTIFY
in that same transaction on PostgreSQL, and the listener that hears other stations.

Every statement the engine runs is looked at (its first words only): an INSERT, UPDATE or
DELETE adds its table to the connection's written set. When the transaction commits the
set becomes :class:`~app.core.changes.DataKind` values, held by the database's publisher
until :meth:`Database.session` (or another committer) calls ``flush`` after the commit.
On PostgreSQL ``pg_notify`` is sent just AFTER the commit, when the publisher flushes, in a
transaction of its own: PostgreSQL lets one notifying transaction commit at a time on the
whole server (a lock held through the commit's flush to disk), so a notice sent inside
every writing transaction made all stations' writes commit one by one. A notice is thus
never sent for data that was not committed; a process dying between its commit and its
notice leaves the other stations to see the change at their next reload (F5, showing a
view again). Why: docs/decisions/platform-change-notifications.md.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, event
from sqlalchemy.orm import Session

from app.core.changes import (
    NOTIFY_CHANNEL,
    ChangePublisher,
    Changes,
    DataKind,
    decode_payload,
    encode_payload,
    kinds_of_tables,
)

if TYPE_CHECKING:
    import psycopg

    from app.core.db.engine import Database

log = logging.getLogger(__name__)

WRITTEN_KEY = "atelier_written_tables"
REPORTED_KEY = "atelier_reported_kinds"
_WRITE_STARTS = ("INSERT", "UPDATE", "DELETE", "WITH", "REPLACE")
_WRITTEN_TABLE = re.compile(
    r"\b(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM|REPLACE\s+INTO)\s+\"?([A-Za-z_]\w*)\"?",
    re.IGNORECASE)


def written_tables(statement: str) -> set[str]:
    """The tables an SQL statement writes (empty for a query)."""
    head = statement.lstrip()[:7].upper()
    if not head.startswith(_WRITE_STARTS):
        return set()
    return {name.lower() for name in _WRITTEN_TABLE.findall(statement)}


def track_statement(connection: Connection, statement: str) -> None:
    """Count the tables ``statement`` writes as written by ``connection``'s transaction: for
    code that runs SQL on the driver's connection, which the engine's events do not see."""
    tables = written_tables(statement)
    if tables:
        connection.info.setdefault(WRITTEN_KEY, set()).update(tables)


def report_changes(session: Session | Connection, *kinds: DataKind) -> None:
    """Say that the current transaction changes ``kinds`` where the statements do not show it
    (a server function that writes the tables itself)."""
    connection = session.connection() if isinstance(session, Session) else session
    connection.info.setdefault(REPORTED_KEY, set()).update(kinds)


def install_change_tracking(engine: Engine, publisher: ChangePublisher, *, notify: bool) -> None:
    """Track the tables written on ``engine``'s connections; hold their kinds in
    ``publisher`` at commit, and with ``notify`` (PostgreSQL) send them to other stations."""

    @event.listens_for(engine, "before_cursor_execute")
    def _on_execute(conn: Connection, _cursor: Any, statement: str, _params: Any, _context: Any,
                    _executemany: bool) -> None:
        tables = written_tables(statement)
        if tables:
            conn.info.setdefault(WRITTEN_KEY, set()).update(tables)

    @event.listens_for(engine, "commit")
    def _on_commit(conn: Connection) -> None:
        kinds = kinds_of_tables(conn.info.pop(WRITTEN_KEY, ())) | conn.info.pop(REPORTED_KEY, set())
        if not kinds:
            return
        publisher.hold(kinds)

    if notify:
        publisher.notifier = lambda changes: send_notice(engine, publisher.origin, changes)

    @event.listens_for(engine, "rollback")
    def _on_rollback(conn: Connection) -> None:
        conn.info.pop(WRITTEN_KEY, None)
        conn.info.pop(REPORTED_KEY, None)


def send_notice(engine: Engine, origin: str, changes: Changes) -> None:
    """NOTIFY other stations of committed ``changes``, in a transaction of its own (it
    writes nothing, so its commit waits for no disk flush)."""
    payload = encode_payload(origin, changes)
    with engine.connect() as connection:
        connection.execution_options(isolation_level="AUTOCOMMIT")
        connection.exec_driver_sql("SELECT pg_notify(%s, %s)", (NOTIFY_CHANNEL, payload))


class ChangeListener:
    """A PostgreSQL connection of its own that LISTENs for other stations' changes.

    It connects with the logged-in user's role (no privilege is needed to listen). Use
    :meth:`wait` from one thread only; :meth:`close` from any thread ends the wait.
    """

    def __init__(self, database: Database, publisher: ChangePublisher):
        import psycopg

        self.publisher = publisher
        params: dict[str, Any] = dict(database.connection_parameters())
        if database.credentials is not None:
            params["user"], params["password"] = database.credentials
        self.connection: psycopg.Connection[Any] = psycopg.connect(autocommit=True, **params)
        self.connection.execute(f"LISTEN {NOTIFY_CHANNEL}")

    def wait(self, timeout: float) -> list[Changes]:
        """The changes other processes committed, waiting up to ``timeout`` seconds for the
        first; this process's own notices are left out (its views already heard them)."""
        found = [n.payload for n in self.connection.notifies(timeout=timeout, stop_after=1)]
        # Whatever else has already arrived, without waiting.
        found += [n.payload for n in self.connection.notifies(timeout=0)]
        changes = []
        for payload in found:
            decoded = decode_payload(str(payload))
            if decoded is not None and decoded[0] != self.publisher.origin:
                changes.append(decoded[1])
        return changes

    def close(self) -> None:
        """Close the listening connection."""
        try:
            self.connection.close()
        except Exception:  # closing a broken connection must not raise
            log.debug("listener connection already broken", exc_info=True)


def listener_error_types() -> tuple[type[BaseException], ...]:
    """The errors a broken listening connection raises (for the caller's retry loop)."""
    import psycopg

    return (psycopg.Error, OSError)

