"""The durable outbox: readings written before the network call, answers recorded with them.

Every state change of a reading and of its Car-Pass list entry happens in one
transaction together with the raw call that caused it, so a crash at any moment leaves
either "not yet answered" (the reading is re-posted with the same idempotency key) or
the full answer — never a half.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import Connection, String, and_, bindparam, func, or_, select
from sqlalchemy.exc import OperationalError, SQLAlchemyError
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
from app.core.db.engine import Database, database_error
from app.core.db.types import UTCDateTime

# Reading state -> status of its Car-Pass list entry.
ENTRY_STATUS = {QUEUED: STATUS_PENDING, SENDING: STATUS_PENDING, SENT: STATUS_SENT, ANOMALY: STATUS_ANOMALY,
                FAILED: STATUS_FAILED, UNKNOWN: STATUS_UNKNOWN}


@dataclass(frozen=True)
class Claimed:
    """A reading this sender owns for one attempt; ``payload`` is the stored JSON text,
    posted as is."""

    id: int
    site_id: int
    entry_id: int
    payload: str
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


def _connection(target: Session | Connection) -> Connection:
    return target.connection() if isinstance(target, Session) else target


def set_entry_status(session: Session | Connection, entry_id: int, status: str, message: str | None, login: str | None,
                     action: str, detail: str | None, now: datetime, sent_at: datetime | None = None) -> None:
    """Move a list entry to ``status`` and add a history event (version bumped: a clerk's
    stale edit of the entry is then refused by optimistic locking). ``session``: a Session
    or the Connection of an open transaction."""
    connection = _connection(session)
    connection.execute(_ENTRY_STATUS, {"b_id": entry_id, "b_status": status, "b_message": message, "b_now": now,
                                       "b_login": login, "b_sent_at": sent_at})
    connection.execute(_EVENT, {"entry_id": entry_id, "at": now, "login": login, "action": action,
                                "detail": detail})


def add_call(session: Session | Connection, site_id: int, reading_id: int | None, login: str | None, operation: str,
             attempt: int, result: CallResult, outcome: str, guid: str | None, now: datetime) -> None:
    """Keep the raw answer (or network error) of one call in the history."""
    _connection(session).execute(_CALL, {
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


_CLAIM = _READING.update().where(
    _READING.c.id == bindparam("b_id"),
    or_(_READING.c.state == QUEUED,
        and_(_READING.c.state == SENDING, _READING.c.claimed_at < bindparam("b_stale", type_=UTCDateTime)))
).values(state=SENDING, claimed_by=bindparam("b_run"), claimed_at=bindparam("b_now", type_=UTCDateTime),
         attempts=_READING.c.attempts + 1
).returning(_READING.c.site_id, _READING.c.entry_id, _READING.c.payload, _READING.c.idempotency_key,
            _READING.c.attempts)
# Undo a claim that was never posted (the run was cancelled or closed in between).
_RELEASE = _READING.update().where(
    _READING.c.id == bindparam("b_id"), _READING.c.state == SENDING, _READING.c.claimed_by == bindparam("b_run")
).values(state=QUEUED, claimed_by=None, attempts=_READING.c.attempts - 1)


class OutboxRun:
    """One sending run's hold on the outbox: ONE database connection for the whole run, and
    per reading ONE transaction that records the answer of the reading just posted and
    claims the next one.

    At any moment at most one reading of the run is claimed (``sending``) and not yet
    answered — the one about to be posted — exactly as with a transaction per step; a
    claim never posted (cancel, closed generator) is given back with :meth:`release`.

    On PostgreSQL, while the service honours the idempotency key, the run's commits do not
    wait for the server's disk flush (``synchronous_commit = off`` on this connection only):
    a commit is visible to every station at once and survives a crash of the station (the
    sender), as before; only a crash of the database server itself may lose its last
    fraction of a second of commits — the durability SQLite's WAL mode with
    ``synchronous = NORMAL`` gives every SQLite station. A reading whose claim or answer
    was lost that way is posted again later with the SAME key and the service replays its
    first answer, exactly as for a sender killed mid-call. Without that (see
    ``protocol.RESEND_INTERRUPTED_WITH_SAME_KEY``) every commit waits for the flush.
    """

    def __init__(self, database: Database, run_id: str, login: str | None):
        self.database = database
        self.run_id = run_id
        self.login = login
        self.connection: Connection | None = None
        self._sqlite = None  # outbox_sqlite.SqliteStatements on SQLite

    def __enter__(self) -> OutboxRun:
        try:
            self.connection = self.database.engine.connect()
            if self.database.is_sqlite:
                from app.core.carpass.sending.outbox_sqlite import SqliteStatements

                self._sqlite = SqliteStatements(self.connection.dialect)
            if self._unflushed_commits():
                with self.connection.begin():
                    self.connection.exec_driver_sql("SET synchronous_commit TO off")
        except OperationalError as exc:
            if self.connection is not None:
                self.connection.close()
                self.connection = None
            raise database_error(exc) from exc
        return self

    def __exit__(self, *_exc) -> None:
        if self.connection is None:
            return
        try:
            if self._unflushed_commits():
                try:
                    with self.connection.begin():
                        self.connection.exec_driver_sql("RESET synchronous_commit")
                except SQLAlchemyError:
                    self.connection.invalidate()  # never back in the pool with the setting
        finally:
            self.connection.close()
            self.connection = None

    def _unflushed_commits(self) -> bool:
        return self.database.is_postgres and protocol.RESEND_INTERRUPTED_WITH_SAME_KEY

    @contextmanager
    def _transaction(self) -> Iterator[Connection]:
        try:
            with self.connection.begin():
                yield self.connection
        except OperationalError as exc:
            raise database_error(exc) from exc

    def claim_next(self, candidates: Iterator[tuple[int, bool]], now: datetime,
                   stale_before: datetime) -> Claimed | None:
        """Claim the first reading of ``candidates`` still free (committed before the call)."""
        with self._transaction() as connection:
            return self._claim_first(connection, candidates, now, stale_before)

    def answer_and_claim_next(self, claimed: Claimed, result: CallResult, answer: protocol.Answer | None,
                              now: datetime, retry_at: datetime, candidates: Iterator[tuple[int, bool]],
                              stale_before: datetime) -> tuple[str, str, Claimed | None]:
        """Store the raw call and move the reading (and its entry), then claim the next reading
        of ``candidates`` — all in ONE transaction, committed before the next call.

        Returns (new state, answer kind, next claimed reading or None); the state is
        ``queued`` for network errors, 5xx and refused credentials (retried at ``retry_at``),
        ``lost`` if another sender took the reading over.
        """
        with self._transaction() as connection:
            if self._sqlite is not None:
                state, kind = self._sqlite.record_answer(connection, claimed, self.run_id, result, answer,
                                                         self.login, now, retry_at)
                return state, kind, self._claim_first(connection, candidates, now, stale_before)
            from app.core.carpass.sending.outbox_postgres import answer_and_claim

            following = next(candidates, None)
            if following is not None and following[1] and not protocol.RESEND_INTERRUPTED_WITH_SAME_KEY:
                candidates, following = itertools.chain([following], candidates), None  # the general path decides
            state, kind, claimed_next = answer_and_claim(connection, claimed, self.run_id, result, answer,
                                                         self.login, now, retry_at, following, stale_before)
            if claimed_next is None:  # taken by another station meanwhile: try the others
                claimed_next = self._claim_first(connection, candidates, now, stale_before)
            return state, kind, claimed_next

    def release(self, claimed: Claimed) -> None:
        """Give back a claimed reading that was never posted: queued again, attempt not counted."""
        with self._transaction() as connection:
            connection.execute(_RELEASE, {"b_id": claimed.id, "b_run": self.run_id})

    def _claim_first(self, connection: Connection, candidates: Iterator[tuple[int, bool]], now: datetime,
                     stale_before: datetime) -> Claimed | None:
        if self._sqlite is not None:
            return self._sqlite.claim_first(connection, candidates, self.run_id, now, stale_before, self.login)
        for reading_id, interrupted in candidates:
            claimed = claim_on(connection, reading_id, self.run_id, now, stale_before, self.login, interrupted)
            if claimed is not None:
                return claimed
        return None


def claim_on(connection: Connection, reading_id: int, run_id: str, now: datetime, stale_before: datetime,
             login: str | None, interrupted: bool = False) -> Claimed | None:
    """Take a reading for one attempt (one conditional UPDATE: two senders never both own it).

    The caller commits before the network call: after a crash the reading is found
    ``sending``. ``interrupted``: the reading was left ``sending`` by a sender that died.
    """
    row = connection.execute(_CLAIM, {"b_id": reading_id, "b_stale": stale_before, "b_run": run_id,
                                      "b_now": now}).first()
    if row is None:
        return None
    if interrupted and not protocol.RESEND_INTERRUPTED_WITH_SAME_KEY:
        _finish(connection, reading_id, run_id, UNKNOWN, None, None, "interrupted", row.entry_id, login, now,
                "interrupted: outcome of the previous attempt unknown")
        return None
    return Claimed(reading_id, row.site_id, row.entry_id, row.payload, row.idempotency_key, row.attempts,
                   interrupted)


def _finish(connection: Connection, reading_id: int, run_id: str, state: str, guid: str | None,
            server_status: str | None, action: str, entry_id: int, login: str | None, now: datetime,
            message: str | None, next_attempt_at: datetime | None = None) -> bool:
    result = connection.execute(_FINISH, {
        "b_id": reading_id, "b_run": run_id, "b_state": state, "b_message": message, "b_next": next_attempt_at,
        "b_guid": guid, "b_sent_at": now if guid is not None else None, "b_server_status": server_status})
    if result.rowcount != 1:
        return False
    if state == QUEUED:
        connection.execute(_ENTRY_MESSAGE, {"b_id": entry_id, "b_message": message})
    else:
        set_entry_status(connection, entry_id, ENTRY_STATUS[state], message, login, action, guid or message, now,
                         sent_at=now if state in (SENT, ANOMALY) else None)
    return True


def answer_outcome(result: CallResult, answer: protocol.Answer | None) -> tuple[str, str, str | None, str | None]:
    """(answer kind, new reading state, message, requestGuid) of one call."""
    kind = answer.kind if answer is not None else protocol.RETRY
    message = answer.message if answer is not None else result.error
    state = {protocol.ACCEPTED: SENT, protocol.ANOMALY: ANOMALY, protocol.REJECTED: FAILED,
             protocol.UNKNOWN: UNKNOWN}.get(kind, QUEUED)
    guid = answer.request_guid if answer is not None else None
    return kind, state, message or None, guid


def _chunks(values: list[int], size: int = 500):
    for start in range(0, len(values), size):
        yield values[start:start + size]


def reading_date_of(first_clock_in: datetime | None, today: date) -> date:
    """Seed 000: the date of the first clock-in (Brussels), today when work start is unknown."""
    from app.core.timeutil import to_local

    return to_local(first_clock_in).date() if first_clock_in is not None else today
