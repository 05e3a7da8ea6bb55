"""Opening the station's database while the clerk is already looking at the login dialog.

Importing the database layer (SQLAlchemy, the drivers), connecting and checking the schema
take most of a cold start. :class:`DatabaseOpening` lets the interface show the login dialog
first and open the database on a worker thread meanwhile; whoever needs the database then
waits for it (usually it is ready long before the clerk has typed the password).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.core.db.urls import display_name_of

if TYPE_CHECKING:
    from app.core.db.engine import Database

log = logging.getLogger(__name__)


def open_for_station(url: str) -> Database:
    """The database at ``url``, ready for a login: a SQLite file migrated to the newest
    schema (refused when too new); a shared PostgreSQL database only checked through its
    login gate, never migrated (refused when its schema or the Atelier version it requires
    is older or newer than this Atelier's)."""
    from sqlalchemy.exc import DBAPIError

    from app.core.db.engine import Database, database_error

    database = Database(url)
    try:
        if database.is_postgres:
            from app.core.db.station_versions import check_station

            check_station(database)
        else:
            from app.core.db.migrate import upgrade_to_head

            upgrade_to_head(database)
    except DBAPIError as exc:  # not a database, read-only file, server gone: one sentence
        database.dispose()
        raise database_error(exc) from None
    except BaseException:
        database.dispose()
        raise
    return database


class DatabaseOpening:
    """A database named by its URL, opened (and, SQLite, migrated) once, on any thread.

    ``open()`` is idempotent and thread-safe: a second caller waits for the first and gets
    the same database, or the same error.
    """

    def __init__(self, url: str | None = None, database: Database | None = None) -> None:
        if database is not None:
            self.url: str = database.url
        elif url is not None:
            self.url = url
        else:
            raise ValueError("a URL or an open database is required")
        self._database = database
        self._error: BaseException | None = None
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def display_name(self) -> str:
        """The file path or ``host:port/database``, known before the database is opened."""
        return display_name_of(self.url)

    @property
    def done(self) -> bool:
        """True once the database is open or the opening has failed."""
        return self._database is not None or self._error is not None

    @property
    def database(self) -> Database | None:
        """The open database, or None while it is being opened (or failed)."""
        return self._database

    @property
    def error(self) -> BaseException | None:
        """Why the opening failed, or None."""
        return self._error

    def open(self) -> Database:
        """Open the database now (or wait for the thread doing it); raise the opening's
        error when it failed."""
        with self._lock:
            if not self.done:
                try:
                    self._database = open_for_station(self.url)
                except BaseException as exc:  # kept for every later caller, re-raised below
                    self._error = exc
        if self._error is not None:
            raise self._error
        if self._database is None:  # not reached: once done, the database is open or the opening failed
            raise RuntimeError("the database opening ended without a database or an error")
        return self._database

    def start_in_background(self, on_done: Callable[[], None], then: Callable[[], None] | None = None) -> None:
        """Open the database on a worker thread, then call ``on_done`` (on that thread),
        then ``then`` (work that may use the wait for the clerk, e.g. importing what comes
        after the login; its errors are logged and otherwise ignored).

        The thread is not a daemon: if the clerk quits during a migration, the process
        waits for the migration to finish instead of killing it half-way.
        """
        if self._thread is not None or self.done:
            on_done()
            return

        def run() -> None:
            try:
                self.open()
            except BaseException:  # noqa: S110 - kept in self.error for the interface
                pass
            finally:
                on_done()
            if then is not None and self._error is None:
                try:
                    then()
                except Exception:  # the same work is done again, and reported, where it is needed
                    log.warning("background preparation failed", exc_info=True)

        self._thread = threading.Thread(target=run, name="database-opening")
        self._thread.start()

    def wait(self) -> None:
        """Wait until the background work (the opening, then ``then``) has ended."""
        if self._thread is not None:
            self._thread.join()
