"""The outbox statements for follow-up requests (work description, correction): the same
steps as for readings — claim under a row lock, raw call kept, request moved only while
this run owns it, à vérifier on a call the service may have got, given back if never
posted — on ``carpass_followup``. The list entry's status is the reading's and does not
change; the entry's history gets an event."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Integer, String, Text, bindparam, func, or_, select

from app.core.carpass.sending.client import CallResult
from app.core.carpass.sending.models import CarpassCall, CarpassFollowup
from app.core.carpass.sending.outbox.decision import Decision
from app.core.carpass.sending.outbox.statements import LOGIN, MESSAGE, NOW
from app.core.carpass.sending.states import ReadingState, UncertainCause
from app.core.carpass.sql_types import table_of
from app.core.db.types import UTCDateTime

FOLLOWUP = table_of(CarpassFollowup)


@dataclass(frozen=True)
class ClaimedFollowup:
    """A follow-up request this sender owns for one attempt."""

    id: int
    site_id: int
    entry_id: int
    reading_id: int
    kind: str
    request_guid: str
    payload: str
    idempotency_key: str
    attempt: int


F_CALL = table_of(CarpassCall).insert().values(
    site_id=bindparam("c_site", type_=Integer), reading_id=bindparam("c_reading", type_=Integer),
    followup_id=bindparam("b_id", type_=Integer), at=NOW, login=LOGIN, operation=bindparam("c_operation", type_=String),
    attempt=bindparam("c_attempt", type_=Integer), http_status=bindparam("c_http", type_=Integer),
    outcome=bindparam("c_outcome", type_=String), duration_ms=bindparam("c_ms", type_=Integer),
    request_guid=bindparam("c_guid", type_=String), response=bindparam("c_response", type_=Text))
F_FINISH = FOLLOWUP.update().where(
    FOLLOWUP.c.id == bindparam("b_id", type_=Integer),
    or_(FOLLOWUP.c.state == ReadingState.SENDING, FOLLOWUP.c.state == ReadingState.UNCERTAIN),
    FOLLOWUP.c.claimed_by == bindparam("b_run", type_=String),
).values(state=bindparam("b_state", type_=String), last_message=MESSAGE, claimed_by=None,
         next_attempt_at=bindparam("b_next", type_=UTCDateTime),
         uncertain_cause=func.coalesce(bindparam("b_cause", type_=String), FOLLOWUP.c.uncertain_cause),
         sent_at=func.coalesce(bindparam("b_sent_at", type_=UTCDateTime), FOLLOWUP.c.sent_at))
F_CLAIM = FOLLOWUP.update().where(FOLLOWUP.c.id == select(FOLLOWUP.c.id).where(
    FOLLOWUP.c.id == bindparam("n_id", type_=Integer), FOLLOWUP.c.state == ReadingState.QUEUED,
).with_for_update(skip_locked=True, key_share=True).scalar_subquery()).values(
    state=ReadingState.SENDING, claimed_by=bindparam("b_run", type_=String), claimed_at=NOW,
    attempts=FOLLOWUP.c.attempts + 1,
).returning(FOLLOWUP.c.site_id, FOLLOWUP.c.entry_id, FOLLOWUP.c.reading_id, FOLLOWUP.c.kind,
            FOLLOWUP.c.request_guid, FOLLOWUP.c.payload, FOLLOWUP.c.idempotency_key, FOLLOWUP.c.attempts)
F_RELEASE = FOLLOWUP.update().where(
    FOLLOWUP.c.id == bindparam("b_id", type_=Integer), FOLLOWUP.c.state == ReadingState.SENDING,
    FOLLOWUP.c.claimed_by == bindparam("b_run", type_=String),
).values(state=ReadingState.QUEUED, claimed_by=None, attempts=FOLLOWUP.c.attempts - 1)
F_INTERRUPT = FOLLOWUP.update().where(FOLLOWUP.c.id == select(FOLLOWUP.c.id).where(
    FOLLOWUP.c.id == bindparam("n_id", type_=Integer), FOLLOWUP.c.state == ReadingState.SENDING,
    FOLLOWUP.c.claimed_at < bindparam("n_stale", type_=UTCDateTime),
).with_for_update(skip_locked=True, key_share=True).scalar_subquery()).values(
    state=ReadingState.UNCERTAIN, uncertain_cause=UncertainCause.INTERRUPTED, last_message=MESSAGE,
).returning(FOLLOWUP.c.entry_id, FOLLOWUP.c.kind)


def followup_event(kind: str, state: str) -> str:
    """The history action of a follow-up's new state, e.g. ``correction:sent``."""
    return f"{kind}:{state}"


def followup_answer_parameters(claimed: ClaimedFollowup, run_id: str, decision: Decision, result: CallResult,
                               login: str | None, now: datetime, retry_at: datetime) -> dict[str, Any]:
    """The parameters of F_CALL, F_FINISH and (unless requeued) EVENT for one answer."""
    return {
        "b_id": claimed.id, "b_run": run_id, "b_now": now, "b_login": login, "b_state": decision.state,
        "b_message": decision.message, "b_next": retry_at if decision.requeued else None,
        "b_sent_at": now if decision.state == ReadingState.SENT else None, "b_cause": decision.cause,
        "c_site": claimed.site_id, "c_reading": claimed.reading_id, "c_operation": claimed.kind,
        "c_attempt": claimed.attempt, "c_http": result.http_status, "c_outcome": decision.call_outcome,
        "c_ms": result.duration_ms, "c_guid": claimed.request_guid, "c_response": result.raw_text(),
        "e_id": claimed.entry_id, "e_action": followup_event(claimed.kind, decision.state),
        "e_detail": decision.message or claimed.request_guid,
    }
