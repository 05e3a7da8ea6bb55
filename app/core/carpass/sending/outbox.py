"""The durable outbox: readings written before the network call, answers recorded with them.

Every state change of a reading and of its Car-Pass list entry happens in one
transaction together with the raw call that caused it, so a crash at any moment leaves
either "not yet answered" (the reading is re-posted with the same idempotency key) or
the full answer — never a half.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import String, and_, bindparam, func, or_, select, update
from sqlalchemy.orm import Session

from app.core.carpass.models import (
    STATUS_ANOMALY,
    STATUS_FAILED,
    STATUS_PENDING,
    STATUS_SENT,
    STATUS_UNKNOWN,
    CarpassEntry,
    CarpassEntryEvent,
)
from app.core.carpass.sending import protocol
from app.core.carpass.sending.client import CallResult
from app.core.carpass.sending.models import (
    ANOMALY,
    FAILED,
    QUEUED,
    SENDING,
    SENT,
    UNKNOWN,
    CarpassCall,
    CarpassReading,
)
from app.core.db.engine import Database
from app.core.db.types import UTCDateTime

# Reading state -> status of its Car-Pass list entry.
ENTRY_STATUS = {QUEUED: STATUS_PENDING, SENDING: STATUS_PENDING, SENT: STATUS_SENT, ANOMALY: STATUS_ANOMALY,
                FAILED: STATUS_FAILED, UNKNOWN: STATUS_UNKNOWN}


@dataclass(frozen=True)
class Claimed:
    """A reading this sender owns for one attempt."""

    id: int
    site_id: int
    entry_id: int
    payload: dict
    idempotency_key: str
    attempt: int
    interrupted: bool


def backoff(attempts: int, base: float, cap: float) -> timedelta:
    """Delay before the next try: ``base`` doubled per failed attempt, at most ``cap``."""
    return timedelta(seconds=min(cap, base * (2 ** max(0, attempts - 1))))


_ENTRY = CarpassEntry.__table__
_READING = CarpassReading.__table__
# Statements built once: the sender runs them for every reading, per-call building costs.
_ENTRY_STATUS = _ENTRY.update().where(_ENTRY.c.id == bindparam("b_id")).values(
    status=bindparam("b_status"), last_message=bindparam("b_message"), version=_ENTRY.c.version + 1,
    updated_at=bindparam("b_now", type_=UTCDateTime), updated_by=bindparam("b_login"),
    sent_at=func.coalesce(bindparam("b_sent_at", type_=UTCDateTime), _ENTRY.c.sent_at))
_ENTRY_MESSAGE = _ENTRY.update().where(_ENTRY.c.id == bindparam("b_id")).values(last_message=bindparam("b_message"))
_EVENT = CarpassEntryEvent.__table__.insert()
_CALL = CarpassCall.__table__.insert()
_FINISH = _READING.update().where(
    _READING.c.id == bindparam("b_id"), _READING.c.state == SENDING, _READING.c.claimed_by == bindparam("b_run")
).values(state=bindparam("b_state"), last_message=bindparam("b_message"), claimed_by=None,
         next_attempt_at=bindparam("b_next", type_=UTCDateTime),
         request_guid=func.coalesce(bindparam("b_guid", type_=String), _READING.c.request_guid),
         sent_at=func.coalesce(bindparam("b_sent_at", type_=UTCDateTime), _READING.c.sent_at),
         server_status=func.coalesce(bindparam("b_server_status", type_=String), _READING.c.server_status))


def set_entry_status(session: Session, entry_id: int, status: str, message: str | None, login: str | None,
                     action: str, detail: str | None, now: datetime, sent_at: datetime | None = None) -> None:
    """Move a list entry to ``status`` and add a history event (version bumped: a clerk's
    stale edit of the entry is then refused by optimistic locking)."""
    connection = session.connection()
    connection.execute(_ENTRY_STATUS, {"b_id": entry_id, "b_status": status, "b_message": message, "b_now": now,
                                       "b_login": login, "b_sent_at": sent_at})
    connection.execute(_EVENT, {"entry_id": entry_id, "at": now, "login": login, "action": action,
                                "detail": detail})


def add_call(session: Session, site_id: int, reading_id: int | None, login: str | None, operation: str,
             attempt: int, result: CallResult, outcome: str, guid: str | None, now: datetime) -> None:
    """Keep the raw answer (or network error) of one call in the history."""
    session.connection().execute(_CALL, {
        "site_id": site_id, "reading_id": reading_id, "at": now, "login": login, "operation": operation,
        "attempt": attempt, "http_status": result.http_status, "outcome": outcome,
        "duration_ms": result.duration_ms, "request_guid": guid, "response": result.raw_text()})


def due_readings(database: Database, site_id: int, now: datetime, stale_before: datetime,
                 entry_ids: list[int] | None, ignore_schedule: bool) -> list[tuple[int, bool]]:
    """(id, interrupted) of queued readings whose time has come and of readings whose
    sender died mid-call (left ``sending`` before ``stale_before``)."""
    with database.session() as session:
        queued = CarpassReading.state == QUEUED
        if not ignore_schedule:
            queued = and_(queued, or_(CarpassReading.next_attempt_at.is_(None),
                                      CarpassReading.next_attempt_at <= now))
        interrupted = and_(CarpassReading.state == SENDING, CarpassReading.claimed_at < stale_before)
        query = select(CarpassReading.id, CarpassReading.state == SENDING).where(
            CarpassReading.site_id == site_id, or_(queued, interrupted))
        if entry_ids is None:
            return [(i, bool(s)) for i, s in session.execute(query.order_by(CarpassReading.id))]
        found: set[tuple[int, bool]] = set()
        for chunk in _chunks(entry_ids):
            found.update((i, bool(s)) for i, s in session.execute(query.where(CarpassReading.entry_id.in_(chunk))))
        return sorted(found)


def next_wakeup(database: Database, reading_ids: list[int]) -> datetime | None:
    """The earliest scheduled retry among ``reading_ids`` still queued."""
    earliest = None
    with database.session() as session:
        for chunk in _chunks(reading_ids):
            for moment in session.scalars(select(CarpassReading.next_attempt_at).where(
                    CarpassReading.id.in_(chunk), CarpassReading.state == QUEUED)):
                if moment is not None and (earliest is None or moment < earliest):
                    earliest = moment
    return earliest


def claim(database: Database, reading_id: int, run_id: str, now: datetime, stale_before: datetime,
          login: str | None, interrupted: bool = False) -> Claimed | None:
    """Take a reading for one attempt (one conditional UPDATE: two senders never both own it).

    Committed before the network call: after a crash the reading is found ``sending``.
    ``interrupted``: the reading was left ``sending`` by a sender that died.
    """
    with database.session() as session:
        row = session.execute(
            update(CarpassReading)
            .where(CarpassReading.id == reading_id,
                   or_(CarpassReading.state == QUEUED,
                       and_(CarpassReading.state == SENDING, CarpassReading.claimed_at < stale_before)))
            .values(state=SENDING, claimed_by=run_id, claimed_at=now, attempts=CarpassReading.attempts + 1)
            .returning(CarpassReading.site_id, CarpassReading.entry_id, CarpassReading.payload,
                       CarpassReading.idempotency_key, CarpassReading.attempts)
            .execution_options(synchronize_session=False)).first()
        if row is None:
            return None
        if interrupted and not protocol.RESEND_INTERRUPTED_WITH_SAME_KEY:
            _finish(session, reading_id, run_id, UNKNOWN, None, None, "interrupted", row.entry_id, login, now,
                    "interrupted: outcome of the previous attempt unknown")
            return None
        return Claimed(reading_id, row.site_id, row.entry_id, json.loads(row.payload), row.idempotency_key,
                       row.attempts, interrupted)


def _finish(session: Session, reading_id: int, run_id: str, state: str, guid: str | None, server_status: str | None,
            action: str, entry_id: int, login: str | None, now: datetime, message: str | None,
            next_attempt_at: datetime | None = None) -> bool:
    connection = session.connection()
    result = connection.execute(_FINISH, {
        "b_id": reading_id, "b_run": run_id, "b_state": state, "b_message": message, "b_next": next_attempt_at,
        "b_guid": guid, "b_sent_at": now if guid is not None else None, "b_server_status": server_status})
    if result.rowcount != 1:
        return False
    if state == QUEUED:
        connection.execute(_ENTRY_MESSAGE, {"b_id": entry_id, "b_message": message})
    else:
        set_entry_status(session, entry_id, ENTRY_STATUS[state], message, login, action, guid or message, now,
                         sent_at=now if state in (SENT, ANOMALY) else None)
    return True


def record_answer(database: Database, claimed: Claimed, run_id: str, result: CallResult,
                  answer: protocol.Answer | None, login: str | None, now: datetime,
                  retry_at: datetime) -> tuple[str, str]:
    """Store the raw call and move the reading (and its entry) in ONE transaction.

    Returns (new state, answer kind); the state is ``queued`` for network errors, 5xx and
    refused credentials (retried at ``retry_at``), ``lost`` if another sender took over.
    """
    kind = answer.kind if answer is not None else protocol.RETRY
    message = answer.message if answer is not None else result.error
    state = {protocol.ACCEPTED: SENT, protocol.ANOMALY: ANOMALY, protocol.REJECTED: FAILED,
             protocol.UNKNOWN: UNKNOWN}.get(kind, QUEUED)
    guid = answer.request_guid if answer is not None else None
    with database.session() as session:
        add_call(session, claimed.site_id, claimed.id, login, "post", claimed.attempt, result,
                 kind if answer is not None else "error", guid, now)
        owned = _finish(session, claimed.id, run_id, state, guid, answer.server_status if answer else None, state,
                        claimed.entry_id, login, now, message or None,
                        next_attempt_at=retry_at if state == QUEUED else None)
        if not owned:
            return "lost", kind
    return state, kind


def _chunks(values: list[int], size: int = 500):
    for start in range(0, len(values), size):
        yield values[start:start + size]


def reading_date_of(first_clock_in: datetime | None, today: date) -> date:
    """Seed 000: the date of the first clock-in (Brussels), today when work start is unknown."""
    from app.core.timeutil import to_local

    return to_local(first_clock_in).date() if first_clock_in is not None else today
