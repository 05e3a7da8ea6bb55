"""Writes the other sending services make with the outbox's statements: a list entry's
status change with its history event, and the raw answer of one call."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from app.core.carpass.sending.client import CallResult
from app.core.carpass.sending.outbox.statements import CALL, ENTRY_STATUS, EVENT, entry_parameters


def connection_of(target: Session | Connection) -> Connection:
    """The connection of a Session's transaction, or the Connection itself."""
    return target.connection() if isinstance(target, Session) else target


def set_entry_status(session: Session | Connection, entry_id: int, status: str, message: str | None, login: str | None,
                     action: str, detail: str | None, now: datetime, sent_at: datetime | None = None) -> None:
    """Move a list entry to ``status`` and add a history event (version bumped: a clerk's
    stale edit of the entry is then refused by optimistic locking). ``session``: a Session
    or the Connection of an open transaction."""
    parameters = entry_parameters(entry_id, status, message, login, action, detail, now, sent_at)
    connection = connection_of(session)
    connection.execute(ENTRY_STATUS, parameters)
    connection.execute(EVENT, parameters)


def add_call(session: Session | Connection, site_id: int, reading_id: int | None, login: str | None, operation: str,
             attempt: int, result: CallResult, outcome: str, guid: str | None, now: datetime) -> None:
    """Keep the raw answer (or network error) of one call in the history."""
    connection_of(session).execute(CALL, {
        "c_site": site_id, "b_id": reading_id, "b_now": now, "b_login": login, "c_operation": operation,
        "c_attempt": attempt, "c_http": result.http_status, "c_outcome": outcome, "c_ms": result.duration_ms,
        "b_guid": guid, "c_response": result.raw_text()})
