"""The SQL of the outbox, built once, and the parameters each step binds.

Every path (general, SQLite, PostgreSQL) runs these statements — the PostgreSQL strategy
nests the same ones in one statement — with parameters from :func:`answer_parameters`
and :func:`claim_parameters`; parameter names are unique across statements so one dict
serves them all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Integer, String, Text, bindparam, func, or_, select

from app.core.carpass.models import CarpassEntry, CarpassEntryEvent
from app.core.carpass.sending.client import CallResult
from app.core.carpass.sending.models import CarpassCall, CarpassReading
from app.core.carpass.sending.outbox.decision import Decision
from app.core.carpass.sending.states import ReadingState, UncertainCause
from app.core.carpass.sql_types import table_of
from app.core.db.types import UTCDateTime
from app.core.ledger.queue import queue_record

READING = table_of(CarpassReading)
ENTRY = table_of(CarpassEntry)
NOW = bindparam("b_now", type_=UTCDateTime)
LOGIN = bindparam("b_login", type_=String)
MESSAGE = bindparam("b_message", type_=Text)
ENTRY_TEXT = bindparam("e_message", type_=Text)  # what the list shows on the entry
ENTRY_ID = bindparam("e_id", type_=Integer)


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


# The raw call (kept whatever the answer, even for a reading another sender took over).
CALL = table_of(CarpassCall).insert().values(
    site_id=bindparam("c_site", type_=Integer), reading_id=bindparam("b_id", type_=Integer), at=NOW, login=LOGIN,
    operation=bindparam("c_operation", type_=String), attempt=bindparam("c_attempt", type_=Integer),
    http_status=bindparam("c_http", type_=Integer), outcome=bindparam("c_outcome", type_=String),
    duration_ms=bindparam("c_ms", type_=Integer), request_guid=bindparam("b_guid", type_=String),
    response=bindparam("c_response", type_=Text))
# The reading's new state, only if this run still owns it — also when a later run marked
# it interrupted meanwhile (à vérifier, claim kept): the real answer is then better.
FINISH = READING.update().where(
    READING.c.id == bindparam("b_id", type_=Integer),
    or_(READING.c.state == ReadingState.SENDING, READING.c.state == ReadingState.UNCERTAIN),
    READING.c.claimed_by == bindparam("b_run", type_=String),
).values(state=bindparam("b_state", type_=String), last_message=MESSAGE, claimed_by=None,
         uncertain_cause=func.coalesce(bindparam("b_cause", type_=String), READING.c.uncertain_cause),
         next_attempt_at=bindparam("b_next", type_=UTCDateTime),
         request_guid=func.coalesce(bindparam("b_guid", type_=String), READING.c.request_guid),
         sent_at=func.coalesce(bindparam("b_sent_at", type_=UTCDateTime), READING.c.sent_at),
         server_status=func.coalesce(bindparam("b_server_status", type_=String), READING.c.server_status))
# The entry's status; ``version`` bumped so a clerk's stale edit is refused (optimistic locking).
ENTRY_STATUS = ENTRY.update().where(ENTRY.c.id == ENTRY_ID).values(
    status=bindparam("e_status", type_=String), last_message=ENTRY_TEXT, version=ENTRY.c.version + 1, updated_at=NOW,
    updated_by=LOGIN, sent_at=func.coalesce(bindparam("e_sent_at", type_=UTCDateTime), ENTRY.c.sent_at))
# Back in the queue: only the entry's last message (and updated_at, as its onupdate does).
ENTRY_MESSAGE = ENTRY.update().where(ENTRY.c.id == ENTRY_ID).values(last_message=ENTRY_TEXT, updated_at=NOW)
EVENT = table_of(CarpassEntryEvent).insert().values(
    entry_id=ENTRY_ID, at=NOW, login=LOGIN, action=bindparam("e_action", type_=String),
    detail=bindparam("e_detail", type_=Text))
# Take a reading for one attempt: two senders never both own it. On PostgreSQL the row is
# locked first, skipping a row another sender is claiming right now (FOR NO KEY UPDATE
# SKIP LOCKED): concurrent senders split the readings instead of queueing behind each
# other. SQLite has no row locks: the run's transactions take the write lock at BEGIN
# (BEGIN IMMEDIATE) and the condition on the state does the rest.
CLAIMABLE = select(READING.c.id).where(
    READING.c.id == bindparam("n_id", type_=Integer), READING.c.state == ReadingState.QUEUED,
).with_for_update(skip_locked=True, key_share=True).scalar_subquery()
CLAIM = READING.update().where(READING.c.id == CLAIMABLE).values(
    state=ReadingState.SENDING, claimed_by=bindparam("b_run", type_=String), claimed_at=NOW,
    attempts=READING.c.attempts + 1,
).returning(READING.c.site_id, READING.c.entry_id, READING.c.payload, READING.c.idempotency_key, READING.c.attempts)
# A reading left "sending" by a sender that stopped mid-call: à vérifier. The claim stays, so
# that sender's answer, should it still come, is recorded (FINISH).
INTERRUPT = READING.update().where(READING.c.id == select(READING.c.id).where(
    READING.c.id == bindparam("n_id", type_=Integer), READING.c.state == ReadingState.SENDING,
    READING.c.claimed_at < bindparam("n_stale", type_=UTCDateTime),
).with_for_update(skip_locked=True, key_share=True).scalar_subquery()).values(
    state=ReadingState.UNCERTAIN, uncertain_cause=UncertainCause.INTERRUPTED, last_message=MESSAGE,
).returning(READING.c.entry_id)
# Undo a claim that was never posted (the run was cancelled or closed in between).
RELEASE = READING.update().where(
    READING.c.id == bindparam("b_id", type_=Integer), READING.c.state == ReadingState.SENDING,
    READING.c.claimed_by == bindparam("b_run", type_=String),
).values(state=ReadingState.QUEUED, claimed_by=None, attempts=READING.c.attempts - 1)


# An acknowledged reading (FINISH gave it its requestGuid) waits to be chained in a batch.
CHAIN_KIND = "carpass_reading"  # its chain in the ledger
QUEUE_FOR_CHAIN = queue_record(CHAIN_KIND, bindparam("b_id", type_=Integer),
                               bindparam("c_site", type_=Integer), NOW)


def answer_parameters(claimed: Claimed, run_id: str, decision: Decision, result: CallResult, login: str | None,
                      now: datetime, retry_at: datetime) -> dict[str, Any]:
    """The parameters of CALL, FINISH, ENTRY_STATUS / ENTRY_MESSAGE and EVENT for one answer."""
    return {
        "b_id": claimed.id, "b_run": run_id, "b_now": now, "b_login": login, "b_state": decision.state,
        "b_message": decision.message, "b_next": retry_at if decision.requeued else None,
        "b_guid": decision.request_guid, "b_sent_at": now if decision.request_guid is not None else None,
        "b_server_status": decision.server_status, "b_cause": decision.cause,
        "c_site": claimed.site_id, "c_operation": "post", "c_attempt": claimed.attempt,
        "c_http": result.http_status, "c_outcome": decision.call_outcome, "c_ms": result.duration_ms,
        "c_response": result.raw_text(),
        "e_id": claimed.entry_id, "e_status": decision.entry_status, "e_message": decision.entry_message,
        "e_sent_at": now if decision.received else None, "e_action": decision.state,
        "e_detail": decision.event_detail,
    }


def claim_parameters(reading_id: int, run_id: str, now: datetime) -> dict[str, Any]:
    """The parameters of CLAIM."""
    return {"n_id": reading_id, "b_run": run_id, "b_now": now}


def entry_parameters(entry_id: int, status: str, message: str | None, login: str | None, action: str,
                     detail: str | None, now: datetime, sent_at: datetime | None) -> dict[str, Any]:
    """The parameters of ENTRY_STATUS and EVENT for a change made outside an answer."""
    return {"e_id": entry_id, "e_status": status, "e_message": message, "b_login": login, "e_action": action,
            "e_detail": detail, "b_now": now, "e_sent_at": sent_at}
