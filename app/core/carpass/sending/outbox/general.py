"""The general path: each outbox statement executed through SQLAlchemy on the run's
connection. Any backend can run it; the tests compare the two speed-tuned strategies
with it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.engine import Dialect

from app.core.carpass.sending.outbox.statements import (
    CALL,
    CLAIM,
    ENTRY_MESSAGE,
    ENTRY_STATUS,
    EVENT,
    FINISH,
    QUEUE_FOR_CHAIN,
)


class GeneralStrategy:
    """Runs the statements one by one with SQLAlchemy (statement building on every call)."""

    # Whether record_and_claim is ONE statement (then run in autocommit: no BEGIN/COMMIT).
    ONE_STATEMENT = False

    def __init__(self, dialect: Dialect):
        self.dialect = dialect

    def claim(self, connection: Connection, parameters: dict[str, Any]) -> Sequence[Any] | None:
        """CLAIM one reading: its (site_id, entry_id, payload, key, attempts), or None when
        another sender has it or it is no longer due."""
        return connection.execute(CLAIM, parameters).first()

    def record(self, connection: Connection, parameters: dict[str, Any], requeued: bool) -> bool:
        """Keep the raw call, move the reading and, if this run still owned it, its entry
        (and the entry's history unless the reading went back to the queue); an
        acknowledged reading is queued for the chain. Returns whether the run still owned
        the reading."""
        connection.execute(CALL, parameters)
        if connection.execute(FINISH, parameters).rowcount != 1:
            return False
        if requeued:
            connection.execute(ENTRY_MESSAGE, parameters)
        else:
            connection.execute(ENTRY_STATUS, parameters)
            connection.execute(EVENT, parameters)
            connection.execute(QUEUE_FOR_CHAIN, parameters)
        return True

    def record_and_claim(self, connection: Connection, parameters: dict[str, Any], requeued: bool,
                         claim: dict[str, Any] | None) -> tuple[bool, Sequence[Any] | None]:
        """:meth:`record`, then :meth:`claim` the reading of ``claim`` (if any)."""
        owned = self.record(connection, parameters, requeued)
        return owned, (self.claim(connection, claim) if claim is not None else None)
