"""SQLite strategy: the outbox statements compiled once per run and executed through the
driver on the connection of the run's SQLAlchemy transaction (BEGIN and COMMIT stay
SQLAlchemy's; driver errors are raised as SQLAlchemy's). Same statements, parameters,
order and transaction as :mod:`.general`; why: docs/decisions/carpass-sending-outbox-strategies.md."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ClauseElement

from app.core.carpass.sending.outbox.general import GeneralStrategy
from app.core.carpass.sending.outbox.statements import (
    CALL,
    CLAIM,
    ENTRY_MESSAGE,
    ENTRY_STATUS,
    EVENT,
    FINISH,
    QUEUE_FOR_CHAIN,
)
from app.core.db.change_tracking import track_statement


class CompiledStatement:
    """One statement's SQL text for a dialect and how to order and convert its parameters."""

    def __init__(self, statement: ClauseElement, dialect: Dialect):
        compiled = statement.compile(dialect=dialect)
        if not isinstance(compiled, SQLCompiler):  # pragma: no cover - DML and SELECT compile to SQL
            raise TypeError("not a SQL statement")
        self.sql = compiled.string
        self.parameters: list[tuple[str, bool, Any, Callable[[Any], Any] | None]] = []
        for name in compiled.positiontup or ():
            bind = compiled.binds[name]
            processor = bind.type.dialect_impl(dialect).bind_processor(dialect)
            self.parameters.append((name, bind.required, bind.effective_value, processor))

    def values(self, given: dict[str, Any]) -> tuple[Any, ...]:
        """The positional parameters: given values (or the statement's literals), converted."""
        out = []
        for name, required, literal, processor in self.parameters:
            value = given[name] if required else literal
            out.append(processor(value) if processor is not None else value)
        return tuple(out)


class SqliteStrategy(GeneralStrategy):
    """The general path's statements, compiled for the run's SQLite dialect."""

    def __init__(self, dialect: Dialect):
        super().__init__(dialect)
        if dialect.paramstyle != "qmark":  # pragma: no cover - pysqlite's style
            raise ValueError(f"unexpected paramstyle {dialect.paramstyle}")
        (self.call, self.finish, self.entry_status, self.entry_message, self.event, self.claim_statement,
         self.queue) = (CompiledStatement(s, dialect)
                        for s in (CALL, FINISH, ENTRY_STATUS, ENTRY_MESSAGE, EVENT, CLAIM, QUEUE_FOR_CHAIN))

    def _run(self, connection: Connection, statement: CompiledStatement, given: dict[str, Any]) -> sqlite3.Cursor:
        """Execute on the driver's connection, inside ``connection``'s transaction; a driver
        error is raised as SQLAlchemy would (``OperationalError`` for a locked database…)."""
        parameters = statement.values(given)
        track_statement(connection, statement.sql)  # the engine's change tracking does not see it
        driver = connection.connection.driver_connection
        if not isinstance(driver, sqlite3.Connection):  # pragma: no cover - the SQLite dialect's driver
            raise TypeError("the SQLite strategy needs a pysqlite connection")
        try:
            return driver.execute(statement.sql, parameters)
        except connection.dialect.loaded_dbapi.Error as exc:
            raise DBAPIError.instance(statement.sql, parameters, exc, connection.dialect.loaded_dbapi.Error,
                                      dialect=connection.dialect) from exc

    def claim(self, connection: Connection, parameters: dict[str, Any]) -> Sequence[Any] | None:
        """:meth:`GeneralStrategy.claim` through the driver."""
        rows = self._run(connection, self.claim_statement, parameters).fetchall()
        return rows[0] if rows else None

    def record(self, connection: Connection, parameters: dict[str, Any], requeued: bool) -> bool:
        """:meth:`GeneralStrategy.record` through the driver."""
        self._run(connection, self.call, parameters)
        if self._run(connection, self.finish, parameters).rowcount != 1:
            return False
        if requeued:
            self._run(connection, self.entry_message, parameters)
        else:
            self._run(connection, self.entry_status, parameters)
            self._run(connection, self.event, parameters)
            self._run(connection, self.queue, parameters)
        return True
