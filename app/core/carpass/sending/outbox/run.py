"""One sending run's hold on the outbox: one connection, one transaction per reading, the
strategy for the backend chosen once."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from app.core.carpass.sending import protocol
from app.core.carpass.sending.client import CallResult
from app.core.carpass.sending.labels import cause_text
from app.core.carpass.sending.models import CarpassFollowup, CarpassReading
from app.core.carpass.sending.outbox.candidates import taken
from app.core.carpass.sending.outbox.decision import ENTRY_STATUS_OF_STATE, Decision, decide
from app.core.carpass.sending.outbox.followup_statements import (
    F_CALL,
    F_CLAIM,
    F_FINISH,
    F_INTERRUPT,
    F_RELEASE,
    ClaimedFollowup,
    followup_answer_parameters,
    followup_event,
)
from app.core.carpass.sending.outbox.general import GeneralStrategy
from app.core.carpass.sending.outbox.postgres import PostgresStrategy
from app.core.carpass.sending.outbox.records import set_entry_status
from app.core.carpass.sending.outbox.sqlite import SqliteStrategy
from app.core.carpass.sending.outbox.statements import (
    CHAIN_KIND,
    EVENT,
    INTERRUPT,
    RELEASE,
    Claimed,
    answer_parameters,
    claim_parameters,
)
from app.core.carpass.sending.states import ReadingState, UncertainCause
from app.core.db.engine import Database, database_error
from app.core.errors import AtelierError
from app.core.ledger.queue import chain_queued

NOTICE_EVERY = 0.5  # seconds between two notices of a run in one-statement mode
CHAIN_EVERY = 200  # acknowledged readings queued before the run chains them (and at its end)
SQLITE_RUN_SYNCHRONOUS = "FULL"      # each commit flushed: a claim survives a power cut
SQLITE_STATION_SYNCHRONOUS = "NORMAL"  # what engine.py sets for every connection
log = logging.getLogger(__name__)
INTERRUPTED = "interrupted: the sender stopped during the call; Car-Pass may have received the reading"


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

    Every commit of the run reaches the disk before the call it precedes: a claim lost by
    a power cut (SQLite: ``synchronous = FULL`` on the run's connection instead of the
    station's ``NORMAL``) or a crash of the database server (PostgreSQL: the default
    ``synchronous_commit``) would otherwise let the reading be posted twice.
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
        self.autocommit_since: float | None = None  # PostgreSQL: since when in one-statement mode
        self.unchained: set[int] = set()  # sites where this run queued acknowledged readings
        self.queued = 0  # readings queued since the run last chained

    def __enter__(self) -> OutboxRun:
        try:
            self.connection = self.database.engine.connect()
            if self.database.is_sqlite:
                self._sqlite_synchronous(SQLITE_RUN_SYNCHRONOUS)
                # every transaction of the run writes: take the lock at BEGIN
                self.connection.execution_options(sqlite_begin="IMMEDIATE")
            self.strategy = self.strategy_type(self.connection.dialect)
        except OperationalError as exc:
            if self.connection is not None:
                self.connection.close()
                self.connection = None
            raise database_error(exc) from exc
        return self

    def __exit__(self, *_exc: object) -> None:
        if self.connection is None:
            return
        try:
            self.chain()  # settles the one-statement mode first
        except (AtelierError, SQLAlchemyError):  # still queued: the next run at the site chains them
            log.warning("acknowledged readings left queued for the chain", exc_info=True)
        try:
            if self.database.is_sqlite:
                self._sqlite_synchronous(SQLITE_STATION_SYNCHRONOUS)
        except SQLAlchemyError:
            self.connection.invalidate()  # never back in the pool with the run's setting
        finally:
            self.connection.close()
            self.connection = None

    def _open(self) -> Connection:
        """The run's connection (the run is used inside ``with``)."""
        if self.connection is None:
            raise RuntimeError("the outbox run is not open: use it in a with block")
        return self.connection

    def _strategy(self) -> GeneralStrategy:
        """How the run's statements are executed (chosen when the run opened)."""
        if self.strategy is None:
            raise RuntimeError("the outbox run is not open: use it in a with block")
        return self.strategy

    def _sqlite_synchronous(self, level: str) -> None:
        """Set SQLite's flush level on the run's connection (outside any transaction)."""
        connection = self._open()
        driver = connection.connection.driver_connection
        if driver is None:  # pragma: no cover - an open connection has its driver's
            raise RuntimeError("no driver connection")
        try:
            driver.execute(f"PRAGMA synchronous = {level}")
        except connection.dialect.loaded_dbapi.Error as exc:
            raise OperationalError("PRAGMA synchronous", None, exc) from exc

    @contextmanager
    def _transaction(self) -> Iterator[Connection]:
        self.settle()
        connection = self._open()
        try:
            with connection.begin():
                yield connection
        except OperationalError as exc:
            self.database.changes.discard()
            raise database_error(exc) from exc
        except BaseException:
            self.database.changes.discard()
            raise
        self.database.changes.flush()

    @contextmanager
    def _one_statement(self) -> Iterator[Connection]:
        """PostgreSQL: the run's connection in autocommit, for a step done in ONE statement
        (atomic and committed on its own: no BEGIN and COMMIT round trips). What the
        statements wrote is told to the views and other stations at most every
        ``NOTICE_EVERY`` seconds, and when the run settles (:meth:`settle`)."""
        connection = self._open()
        if self.autocommit_since is None:
            connection.execution_options(isolation_level="AUTOCOMMIT")
            self.autocommit_since = time.monotonic()
        try:
            yield connection
        except OperationalError as exc:
            self._settle_quietly()
            raise database_error(exc) from exc
        except BaseException:
            self._settle_quietly()
            raise
        if time.monotonic() - self.autocommit_since >= NOTICE_EVERY:
            self.settle()

    def _settle_quietly(self) -> None:
        """:meth:`settle` after a failed statement, never hiding that failure: a connection
        the failure broke is rolled back (what was committed before stays committed)."""
        try:
            self.settle()
        except (AtelierError, SQLAlchemyError):
            log.warning("the sending run's connection could not settle after a failure", exc_info=True)
            try:
                self._open().rollback()
            except SQLAlchemyError:
                pass

    def settle(self) -> None:
        """Leave the one-statement mode: SQLAlchemy's transaction ends (the server has
        committed every statement already), so the change tracking sends one notice for
        all of them; the connection gets its isolation level back."""
        if self.autocommit_since is None:
            return
        connection = self._open()
        self.autocommit_since = None
        try:
            connection.commit()
        except OperationalError as exc:
            raise database_error(exc) from exc
        finally:
            try:
                connection.execution_options(isolation_level=connection.default_isolation_level)
            except SQLAlchemyError:  # a broken connection: never back in the pool in autocommit
                connection.invalidate()
        self.database.changes.flush()

    def mark_interrupted(self, site_id: int, now: datetime, stale_before: datetime) -> list[int]:
        """Readings (and follow-up requests) of the site left ``sending`` since before
        ``stale_before`` (their sender stopped during the call): à vérifier, never re-posted.
        Returns the readings' ids."""
        with self._transaction() as connection:
            for followup_id in list(connection.scalars(select(CarpassFollowup.id).where(
                    CarpassFollowup.site_id == site_id, CarpassFollowup.state == ReadingState.SENDING,
                    CarpassFollowup.claimed_at < stale_before))):
                row = connection.execute(F_INTERRUPT, {"n_id": followup_id, "n_stale": stale_before,
                                                       "b_message": INTERRUPTED}).first()
                if row is not None:
                    connection.execute(EVENT, {"e_id": row.entry_id, "b_now": now, "b_login": self.login,
                                               "e_action": followup_event(row.kind, ReadingState.UNCERTAIN),
                                               "e_detail": INTERRUPTED})
            stale = list(connection.scalars(select(CarpassReading.id).where(
                CarpassReading.site_id == site_id, CarpassReading.state == ReadingState.SENDING,
                CarpassReading.claimed_at < stale_before).order_by(CarpassReading.id)))
            marked = []
            for reading_id in stale:
                entry_id = connection.execute(INTERRUPT, {"n_id": reading_id, "n_stale": stale_before,
                                                          "b_message": INTERRUPTED}).scalar()
                if entry_id is not None:
                    set_entry_status(connection, entry_id, ENTRY_STATUS_OF_STATE[ReadingState.UNCERTAIN],
                                     f"{cause_text(UncertainCause.INTERRUPTED).render()} ({INTERRUPTED})",
                                     self.login, UncertainCause.INTERRUPTED, INTERRUPTED, now)
                    marked.append(reading_id)
            return marked

    def claim_next(self, candidates: Iterator[int], now: datetime) -> Claimed | None:
        """Claim the first reading of ``candidates`` still queued (committed before the call)."""
        with self._transaction() as connection:
            return self._claim_first(connection, candidates, now)

    def answer_and_claim_next(self, claimed: Claimed, result: CallResult, answer: protocol.Answer,
                              now: datetime, retry_at: datetime,
                              candidates: Iterator[int]) -> tuple[Recorded, Claimed | None]:
        """Store the raw call and move the reading (and its entry), then claim the next reading
        of ``candidates`` — all in ONE transaction, committed before the next call (on
        PostgreSQL one statement in autocommit; a claim retried after a reading another
        station took is then a statement of its own, as atomic). A requeued reading is
        retried at ``retry_at``."""
        decision = decide(answer, result.http_status is not None)
        parameters = answer_parameters(claimed, self.run_id, decision, result, self.login, now, retry_at)
        strategy = self._strategy()
        with self._one_statement() if strategy.ONE_STATEMENT else self._transaction() as connection:
            following = next(candidates, None)
            claim = claim_parameters(following, self.run_id, now) if following is not None else None
            owned, row = strategy.record_and_claim(connection, parameters, decision.requeued, claim)
            claimed_next = self._claimed(following, row) if row is not None and following is not None else None
            if claimed_next is None and following is not None:  # taken by another station meanwhile
                taken(candidates)
                claimed_next = self._claim_first(connection, candidates, now)
        if owned and decision.request_guid is not None:  # acknowledged and queued for the chain
            self.unchained.add(claimed.site_id)
            self.queued += 1
            if self.queued >= CHAIN_EVERY:
                try:
                    self.chain()
                except (AtelierError, SQLAlchemyError):  # the end of the run (or the next) chains them
                    log.warning("acknowledged readings left queued for the chain", exc_info=True)
                    self.queued = 0  # tried again after the next batch, not after every reading
        return Recorded(decision, owned), claimed_next

    def chain(self, site_id: int | None = None) -> int:
        """Chain the readings waiting in the ledger queue — of ``site_id`` (a run starting:
        also those a stopped run left), else of every site this run queued readings for —
        in one transaction per site; returns how many were chained."""
        sites = [site_id] if site_id is not None else sorted(self.unchained)
        chained = 0
        for site in sites:
            with self._transaction() as connection:
                chained += chain_queued(connection, CHAIN_KIND, site)
            self.unchained.discard(site)
        if site_id is None:
            self.queued = 0
        return chained

    def claim_followup(self, candidates: Iterator[int], now: datetime) -> ClaimedFollowup | None:
        """Claim the first follow-up request of ``candidates`` still queued (committed before
        the call)."""
        with self._transaction() as connection:
            for followup_id in candidates:
                row = connection.execute(F_CLAIM, {"n_id": followup_id, "b_run": self.run_id, "b_now": now}).first()
                if row is not None:
                    return ClaimedFollowup(followup_id, *row)
        return None

    def answer_followup(self, claimed: ClaimedFollowup, result: CallResult, answer: protocol.Answer,
                        now: datetime, retry_at: datetime) -> Recorded:
        """Store the raw call and move the follow-up request, with an event in its entry's
        history unless it goes back to the queue — in ONE transaction."""
        decision = decide(answer, result.http_status is not None)
        parameters = followup_answer_parameters(claimed, self.run_id, decision, result, self.login, now, retry_at)
        with self._transaction() as connection:
            connection.execute(F_CALL, parameters)
            owned = connection.execute(F_FINISH, parameters).rowcount == 1
            if owned and not decision.requeued:
                connection.execute(EVENT, parameters)
            return Recorded(decision, owned)

    def release_followup(self, claimed: ClaimedFollowup) -> None:
        """Give back a claimed follow-up request that was never posted."""
        with self._transaction() as connection:
            connection.execute(F_RELEASE, {"b_id": claimed.id, "b_run": self.run_id})

    def release(self, claimed: Claimed) -> None:
        """Give back a claimed reading that was never posted: queued again, attempt not counted."""
        with self._transaction() as connection:
            connection.execute(RELEASE, {"b_id": claimed.id, "b_run": self.run_id})

    def _claim_first(self, connection: Connection, candidates: Iterator[int], now: datetime) -> Claimed | None:
        for reading_id in candidates:
            row = self._strategy().claim(connection, claim_parameters(reading_id, self.run_id, now))
            if row is not None:
                return self._claimed(reading_id, row)
            taken(candidates)
        return None

    @staticmethod
    def _claimed(reading_id: int, row: Sequence[Any]) -> Claimed:
        site_id, entry_id, payload, key, attempts = row
        return Claimed(reading_id, site_id, entry_id, payload, key, attempts)
