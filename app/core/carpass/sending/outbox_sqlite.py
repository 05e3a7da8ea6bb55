"""SQLite: the per-reading statements of the outbox compiled once and run through the driver.

The writes, their order and the transaction are those of the outbox (same Core statements:
the raw call, :func:`outbox._finish`'s reading and entry changes, :func:`outbox.claim_on`).
On SQLite the statements themselves cost a few microseconds each, while building and
executing them through SQLAlchemy costs about 70 µs each — most of a reading's database
time besides the commit. So the run compiles them once and hands the driver the SQL text
and the parameters, converted by the columns' own types (aware UTC date-times stored as
:class:`UTCDateTime` stores them), on the connection of the run's SQLAlchemy transaction
(BEGIN and COMMIT stay SQLAlchemy's; driver errors are raised as SQLAlchemy's).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Integer, String, Text, bindparam
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError

from app.core.carpass.models import CarpassEntry, CarpassEntryEvent
from app.core.carpass.sending import protocol
from app.core.carpass.sending.client import CallResult
from app.core.carpass.sending.models import ANOMALY, QUEUED, SENT, UNKNOWN, CarpassCall
from app.core.carpass.sending.outbox import _CLAIM, _ENTRY_STATUS, _FINISH, ENTRY_STATUS, Claimed, answer_outcome
from app.core.db.types import UTCDateTime

_NOW = bindparam("b_now", type_=UTCDateTime)
_CALL = CarpassCall.__table__.insert().values(
    site_id=bindparam("site_id", type_=Integer), reading_id=bindparam("reading_id", type_=Integer), at=_NOW,
    login=bindparam("login", type_=String), operation="post", attempt=bindparam("attempt", type_=Integer),
    http_status=bindparam("http_status", type_=Integer), outcome=bindparam("outcome", type_=String),
    duration_ms=bindparam("duration_ms", type_=Integer), request_guid=bindparam("request_guid", type_=String),
    response=bindparam("response", type_=Text))
_EVENT = CarpassEntryEvent.__table__.insert().values(
    entry_id=bindparam("b_id", type_=Integer), at=_NOW, login=bindparam("b_login", type_=String),
    action=bindparam("action", type_=String), detail=bindparam("detail", type_=Text))
_ENTRY = CarpassEntry.__table__
# outbox._ENTRY_MESSAGE, with the updated_at its column's onupdate would set
_ENTRY_MESSAGE = _ENTRY.update().where(_ENTRY.c.id == bindparam("b_id")).values(
    last_message=bindparam("b_message"), updated_at=_NOW)


class _Compiled:
    """One statement's SQL text for a dialect and how to order and convert its parameters."""

    def __init__(self, statement, dialect: Dialect):
        compiled = statement.compile(dialect=dialect)
        self.sql = compiled.string
        self.parameters: list[tuple[str, bool, Any, Callable | None]] = []
        for name in compiled.positiontup:
            bind = compiled.binds[name]
            processor = bind.type.dialect_impl(dialect).bind_processor(dialect)
            self.parameters.append((name, bind.required, bind.effective_value, processor))

    def values(self, given: dict[str, Any]) -> tuple:
        """The positional parameters: given values (or the statement's literals), converted."""
        out = []
        for name, required, literal, processor in self.parameters:
            value = given[name] if required else literal
            out.append(processor(value) if processor is not None else value)
        return tuple(out)


class SqliteStatements:
    """The outbox statements compiled for one SQLite connection's dialect."""

    def __init__(self, dialect: Dialect):
        if dialect.paramstyle != "qmark":  # pragma: no cover - pysqlite's style
            raise ValueError(f"unexpected paramstyle {dialect.paramstyle}")
        self.call, self.finish, self.entry_status, self.entry_message, self.event, self.claim = (
            _Compiled(s, dialect) for s in (_CALL, _FINISH, _ENTRY_STATUS, _ENTRY_MESSAGE, _EVENT, _CLAIM))

    def _run(self, connection: Connection, statement: _Compiled, given: dict[str, Any]):
        """Execute on the driver's connection, inside ``connection``'s transaction; a driver
        error is raised as SQLAlchemy would (``OperationalError`` for a locked database…)."""
        parameters = statement.values(given)
        driver = connection.connection.driver_connection
        try:
            return driver.execute(statement.sql, parameters)
        except connection.dialect.loaded_dbapi.Error as exc:
            raise DBAPIError.instance(statement.sql, parameters, exc, connection.dialect.loaded_dbapi.Error,
                                      dialect=connection.dialect) from exc

    def record_answer(self, connection: Connection, claimed: Claimed, run_id: str, result: CallResult,
                      answer: protocol.Answer | None, login: str | None, now: datetime,
                      retry_at: datetime) -> tuple[str, str]:
        """Store the raw call and move the reading (and its entry, if this run still owned the
        reading); see :meth:`outbox.OutboxRun.answer_and_claim_next`."""
        kind, state, message, guid = answer_outcome(result, answer)
        self._run(connection, self.call, {
            "site_id": claimed.site_id, "reading_id": claimed.id, "b_now": now, "login": login,
            "attempt": claimed.attempt, "http_status": result.http_status,
            "outcome": kind if answer is not None else "error", "duration_ms": result.duration_ms,
            "request_guid": guid, "response": result.raw_text()})
        finished = self._run(connection, self.finish, {
            "b_id": claimed.id, "b_run": run_id, "b_state": state, "b_message": message,
            "b_next": retry_at if state == QUEUED else None, "b_guid": guid,
            "b_sent_at": now if guid is not None else None,
            "b_server_status": answer.server_status if answer else None})
        if finished.rowcount != 1:
            return "lost", kind
        self._entry(connection, claimed.entry_id, state, message, login, state, guid or message, now)
        return state, kind

    def _entry(self, connection: Connection, entry_id: int, state: str, message: str | None, login: str | None,
               action: str, detail: str | None, now: datetime) -> None:
        if state == QUEUED:
            self._run(connection, self.entry_message, {"b_id": entry_id, "b_message": message, "b_now": now})
            return
        self._run(connection, self.entry_status, {
            "b_id": entry_id, "b_status": ENTRY_STATUS[state], "b_message": message, "b_now": now, "b_login": login,
            "b_sent_at": now if state in (SENT, ANOMALY) else None})
        self._run(connection, self.event, {"b_id": entry_id, "b_now": now, "b_login": login, "action": action,
                                           "detail": detail})

    def claim_first(self, connection: Connection, candidates: Iterator[tuple[int, bool]], run_id: str,
                    now: datetime, stale_before: datetime, login: str | None) -> Claimed | None:
        """:func:`outbox.claim_on` for each candidate until one is free."""
        for reading_id, interrupted in candidates:
            rows: list[Sequence] = self._run(connection, self.claim, {
                "b_id": reading_id, "b_stale": stale_before, "b_run": run_id, "b_now": now}).fetchall()
            if not rows:
                continue
            site_id, entry_id, payload, key, attempts = rows[0]
            if interrupted and not protocol.RESEND_INTERRUPTED_WITH_SAME_KEY:
                message = "interrupted: outcome of the previous attempt unknown"
                if self._run(connection, self.finish, {
                        "b_id": reading_id, "b_run": run_id, "b_state": UNKNOWN, "b_message": message,
                        "b_next": None, "b_guid": None, "b_sent_at": None, "b_server_status": None}).rowcount == 1:
                    self._entry(connection, entry_id, UNKNOWN, message, login, "interrupted", message, now)
                continue
            return Claimed(reading_id, site_id, entry_id, payload, key, attempts, interrupted)
        return None
