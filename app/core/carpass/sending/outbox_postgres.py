"""PostgreSQL: the answer of one reading and the claim of the next in ONE statement.

The same writes as the outbox's per-reading statements (raw call kept, reading moved,
list entry and its history updated only if this run still owned the reading, next reading
claimed), as data-modifying CTEs of one statement: one
round trip to the server per reading instead of five. The transaction around it is the
caller's, so what is committed together does not change.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, Integer, String, Text, and_, bindparam, exists, func, literal, or_, select, true

from app.core.carpass.models import CarpassEntry, CarpassEntryEvent
from app.core.carpass.sending import protocol
from app.core.carpass.sending.client import CallResult
from app.core.carpass.sending.models import ANOMALY, QUEUED, SENDING, SENT, CarpassCall, CarpassReading
from app.core.carpass.sending.outbox import _FINISH, ENTRY_STATUS, Claimed, answer_outcome
from app.core.db.types import UTCDateTime

_READING = CarpassReading.__table__
_ENTRY = CarpassEntry.__table__
_NOW = bindparam("b_now", type_=UTCDateTime)


def _statement(final: bool):
    finish = _FINISH.returning(_READING.c.id).cte("finish")
    owned = exists(select(finish.c.id))
    call = CarpassCall.__table__.insert().values(
        site_id=bindparam("c_site", type_=Integer), reading_id=bindparam("b_id"), at=_NOW,
        login=bindparam("b_login", type_=String), operation="post", attempt=bindparam("c_attempt", type_=Integer),
        http_status=bindparam("c_http", type_=Integer), outcome=bindparam("c_outcome", type_=String),
        duration_ms=bindparam("c_ms", type_=Integer), request_guid=bindparam("b_guid", type_=String),
        response=bindparam("c_response", type_=Text)).cte("call")
    ctes = [call]
    entry_id = bindparam("e_id", type_=Integer)
    if final:  # outbox.set_entry_status: status, version bumped, history event
        ctes.append(_ENTRY.update().where(_ENTRY.c.id == entry_id, owned).values(
            status=bindparam("e_status", type_=String), last_message=bindparam("b_message", type_=Text),
            version=_ENTRY.c.version + 1, updated_at=_NOW, updated_by=bindparam("b_login", type_=String),
            sent_at=func.coalesce(bindparam("e_sent_at", type_=UTCDateTime), _ENTRY.c.sent_at)).cte("entry"))
        ctes.append(CarpassEntryEvent.__table__.insert().from_select(
            ["entry_id", "at", "login", "action", "detail"],
            select(entry_id, _NOW, bindparam("b_login", type_=String), bindparam("b_state", type_=String),
                   bindparam("e_detail", type_=Text)).where(owned)).cte("event"))
    else:  # back in the queue: only the entry's last message (and updated_at, as its onupdate does)
        ctes.append(_ENTRY.update().where(_ENTRY.c.id == entry_id, owned)
                    .values(last_message=bindparam("b_message", type_=Text), updated_at=_NOW).cte("entry"))
    following = _READING.update().where(
        _READING.c.id == bindparam("n_id", type_=Integer),
        or_(_READING.c.state == QUEUED,
            and_(_READING.c.state == SENDING, _READING.c.claimed_at < bindparam("n_stale", type_=UTCDateTime)))
    ).values(state=SENDING, claimed_by=bindparam("b_run"), claimed_at=_NOW, attempts=_READING.c.attempts + 1
    ).returning(_READING.c.id, _READING.c.site_id, _READING.c.entry_id, _READING.c.payload,
                _READING.c.idempotency_key, _READING.c.attempts).cte("following")
    one = select(literal(1).label("one")).subquery("one")
    return (select(select(func.count()).select_from(finish).scalar_subquery().label("owned"), following.c.id,
                   following.c.site_id, following.c.entry_id, following.c.payload, following.c.idempotency_key,
                   following.c.attempts)
            .select_from(one.outerjoin(following, true())).add_cte(*ctes))


_FINAL, _REQUEUE = _statement(True), _statement(False)


def answer_and_claim(connection: Connection, claimed: Claimed, run_id: str, result: CallResult,
                     answer: protocol.Answer | None, login: str | None, now: datetime, retry_at: datetime,
                     following: tuple[int, bool] | None, stale_before: datetime
                     ) -> tuple[str, str, Claimed | None]:
    """Record ``claimed``'s answer and claim reading ``following`` (id, interrupted) in one
    statement. Returns (new state or ``lost``, answer kind, the following reading if claimed)."""
    kind, state, message, guid = answer_outcome(result, answer)
    row = connection.execute(_REQUEUE if state == QUEUED else _FINAL, {
        "b_id": claimed.id, "b_run": run_id, "b_state": state, "b_message": message,
        "b_next": retry_at if state == QUEUED else None, "b_guid": guid, "b_sent_at": now if guid is not None else None,
        "b_server_status": answer.server_status if answer else None, "b_now": now, "b_login": login,
        "c_site": claimed.site_id, "c_attempt": claimed.attempt, "c_http": result.http_status,
        "c_outcome": kind if answer is not None else "error", "c_ms": result.duration_ms,
        "c_response": result.raw_text(), "e_id": claimed.entry_id, "e_status": ENTRY_STATUS[state],
        "e_sent_at": now if state in (SENT, ANOMALY) else None, "e_detail": guid or message,
        "n_id": following[0] if following is not None else None, "n_stale": stale_before}).one()
    claimed_next = None
    if row.id is not None:
        claimed_next = Claimed(row.id, row.site_id, row.entry_id, row.payload, row.idempotency_key, row.attempts,
                               following[1])
    return (state if row.owned else "lost"), kind, claimed_next
