"""PostgreSQL strategy: the answer of one reading and the claim of the next in ONE
statement — the general path's statements nested as data-modifying CTEs (raw call kept,
reading moved, entry and its history changed only if this run still owned the reading,
acknowledged reading queued for the chain, next reading claimed): one round trip per
reading instead of six. The transaction is
the run's, so what is committed together does not change. Why:
docs/decisions/carpass-sending-outbox-strategies.md."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Integer, Select, String, Text, bindparam, exists, func, literal, select, true

from app.core.carpass.models import CarpassEntryEvent
from app.core.carpass.sending.outbox.general import GeneralStrategy
from app.core.carpass.sending.outbox.statements import (
    CALL,
    CHAIN_KIND,
    CLAIM,
    ENTRY,
    ENTRY_ID,
    ENTRY_STATUS,
    ENTRY_TEXT,
    FINISH,
    LOGIN,
    NOW,
    READING,
)
from app.core.carpass.sql_types import table_of
from app.core.ledger.chain import ENTRY as LEDGER_ENTRY
from app.core.ledger.queue import QUEUE

READING_ID = bindparam("b_id", type_=Integer)  # the answered reading (FINISH's key)


def _statement(requeued: bool) -> Select[Any]:
    finish = FINISH.returning(READING.c.id, READING.c.site_id, READING.c.request_guid).cte("finish")
    owned = exists(select(finish.c.id))
    ctes = [CALL.cte("call")]
    if requeued:  # ENTRY_MESSAGE, only if owned
        ctes.append(ENTRY.update().where(ENTRY.c.id == ENTRY_ID, owned)
                    .values(last_message=ENTRY_TEXT, updated_at=NOW).cte("entry"))
    else:  # ENTRY_STATUS and EVENT, only if owned
        ctes.append(ENTRY_STATUS.where(owned).cte("entry"))
        ctes.append(table_of(CarpassEntryEvent).insert().from_select(
            ["entry_id", "at", "login", "action", "detail"],
            select(ENTRY_ID, NOW, LOGIN, bindparam("e_action", type_=String), bindparam("e_detail", type_=Text))
            .where(owned)).cte("event"))
        # QUEUE_FOR_CHAIN, from the row FINISH wrote (the nested statements do not see it)
        ctes.append(QUEUE.insert().from_select(
            ["kind", "record_id", "site_id", "queued_at"],
            select(literal(CHAIN_KIND), finish.c.id, finish.c.site_id, NOW).where(
                finish.c.request_guid.is_not(None),
                # keyed on the bound id, not on finish's column: the planner then probes the
                # key instead of walking every entry of the kind (a cost growing with history)
                ~exists().where(QUEUE.c.kind == CHAIN_KIND, QUEUE.c.record_id == READING_ID),
                ~exists().where(LEDGER_ENTRY.c.kind == CHAIN_KIND, LEDGER_ENTRY.c.record_id == READING_ID)))
            .cte("queued"))
    following = CLAIM.cte("following")
    one = select(literal(1).label("one")).subquery("one")
    return (select(select(func.count()).select_from(finish).scalar_subquery().label("owned"),
                   following.c.site_id, following.c.entry_id, following.c.payload, following.c.idempotency_key,
                   following.c.attempts)
            .select_from(one.outerjoin(following, true())).add_cte(*ctes))


_REQUEUE, _FINAL = _statement(True), _statement(False)


class PostgresStrategy(GeneralStrategy):
    """The general path, but :meth:`record_and_claim` in one statement."""

    ONE_STATEMENT = True

    def record_and_claim(self, connection: Connection, parameters: dict[str, Any], requeued: bool,
                         claim: dict[str, Any] | None) -> tuple[bool, Sequence[Any] | None]:
        """The general path's record and claim, in one statement (one round trip)."""
        # n_id NULL claims nothing: the statement still records the answer.
        row = connection.execute(_REQUEUE if requeued else _FINAL,
                                 {**parameters, **(claim or {"n_id": None})}).one()
        following = tuple(row[1:]) if row.site_id is not None else None
        return bool(row.owned), following
