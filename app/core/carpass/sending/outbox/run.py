"""One sending run's hold on the outbox: one connection, one transaction per reading, the
strategy for the backend chosen once."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from app.core.carpass.sending import protocol
from app.core.carpass.sending.client import CallResult
from app.core.carpass.sending.outbox.decision import ENTRY_STATUS_OF_STATE, Decision, decide
from app.core.carpass.sending.outbox.general import GeneralStrategy
from app.core.carpass.sending.outbox.postgres import PostgresStrategy
from app.core.carpass.sending.outbox.records import set_entry_status
from app.core.carpass.sending.outbox.sqlite import SqliteStrategy
from app.core.carpass.sending.outbox.statements import (
    FINISH,
    RELEASE,
    Claimed,
    answer_parameters,
    claim_parameters,
)
from app.core.carpass.sending.states import ReadingState
from app.core.db.engine import Database, database_error

INTERRUPTED = "interrupted: outcome of the previous attempt unknown"


def strategy_for(database: Database) -> type[GeneralStrategy]:
    """The speed-tuned strategy of the database's backend."""
    return SqliteStrategy if database.is_sqlite else PostgresStrategy


@dataclass(frozen=True)
class Recorded:
    """What recording an answer did: the decision, and whether this run still owned the
    reading (False: another sender took it over meanwhile; only the raw call was kept)."""

    decision: Decision
    owned: bool


class OutboxRun:
    """One connection for the whole run and, per reading, ONE transaction that records the
    answer of the reading just posted and claims the next one.

    At any moment at most one reading of the run is claimed (``sending``) and not yet
    answered — the one about to be posted — exactly as with a transaction per step; a
    claim never posted (cancel, closed generator) is given back with :meth:`release`.
    ``strategy``: how the statements run (default: the backend's speed-tuned one).
    """

    def __init__(self, database: Database, run_id: str, login: str | None,
                 strategy: type[GeneralStrategy] | None = None):
        self.database = database
        self.run_id = run_id
        self.login = login
        self.strategy_type = strategy or strategy_for(database)
        self.strategy: GeneralStrategy | None = None
        self.connection: Connection | None = None

    def __enter__(self) -> OutboxRun:
        try:
            self.connection = self.database.engine.connect()
            if self.database.is_sqlite:  # every transaction of the run writes: take the lock at BEGIN
                self.connection.execution_options(sqlite_begin="IMMEDIATE")
            self.strategy = self.strategy_type(self.connection.dialect)
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
                              stale_before: datetime) -> tuple[Recorded, Claimed | None]:
        """Store the raw call and move the reading (and its entry), then claim the next reading
        of ``candidates`` — all in ONE transaction, committed before the next call. A
        requeued reading is retried at ``retry_at``."""
        decision = decide(result, answer)
        parameters = answer_parameters(claimed, self.run_id, decision, result, self.login, now, retry_at)
        with self._transaction() as connection:
            following = next(candidates, None)
            if following is not None and following[1]:  # interrupted: the general rule decides
                owned = self.strategy.record(connection, parameters, decision.requeued)
                return Recorded(decision, owned), self._claim_first(connection, _chain(following, candidates), now,
                                                                    stale_before)
            claim = claim_parameters(following[0], self.run_id, now, stale_before) if following else None
            owned, row = self.strategy.record_and_claim(connection, parameters, decision.requeued, claim)
            claimed_next = self._claimed(following[0], row, False) if row is not None else None
            if claimed_next is None and following is not None:  # taken by another station meanwhile
                claimed_next = self._claim_first(connection, candidates, now, stale_before)
            return Recorded(decision, owned), claimed_next

    def release(self, claimed: Claimed) -> None:
        """Give back a claimed reading that was never posted: queued again, attempt not counted."""
        with self._transaction() as connection:
            connection.execute(RELEASE, {"b_id": claimed.id, "b_run": self.run_id})

    def _claim_first(self, connection: Connection, candidates: Iterator[tuple[int, bool]], now: datetime,
                     stale_before: datetime) -> Claimed | None:
        for reading_id, interrupted in candidates:
            row = self.strategy.claim(connection, claim_parameters(reading_id, self.run_id, now, stale_before))
            if row is None:
                continue
            claimed = self._claimed(reading_id, row, interrupted)
            if interrupted and not protocol.RESEND_INTERRUPTED_WITH_SAME_KEY:
                self._mark_interrupted(connection, claimed, now)
                continue
            return claimed
        return None

    @staticmethod
    def _claimed(reading_id: int, row: Sequence, interrupted: bool) -> Claimed:
        site_id, entry_id, payload, key, attempts = row
        return Claimed(reading_id, site_id, entry_id, payload, key, attempts, interrupted)

    def _mark_interrupted(self, connection: Connection, claimed: Claimed, now: datetime) -> None:
        """A reading whose previous sender died mid-call: à vérifier, never re-posted."""
        finished = connection.execute(FINISH, {
            "b_id": claimed.id, "b_run": self.run_id, "b_state": ReadingState.UNCERTAIN, "b_message": INTERRUPTED,
            "b_next": None, "b_guid": None, "b_sent_at": None, "b_server_status": None})
        if finished.rowcount == 1:
            set_entry_status(connection, claimed.entry_id, ENTRY_STATUS_OF_STATE[ReadingState.UNCERTAIN], INTERRUPTED, self.login,
                             "interrupted", INTERRUPTED, now)


def _chain(first, rest: Iterator):
    yield first
    yield from rest
