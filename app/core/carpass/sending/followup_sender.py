"""Sending the follow-up requests (work descriptions, corrections) in a run, after its
readings: the descriptions of readings just accepted are queued first, then every due
request of the run's entries (or of the site) is claimed, posted and answered through
the outbox — retried only when Car-Pass surely never got it, à vérifier otherwise."""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Row, select
from sqlalchemy.exc import SQLAlchemyError

from app.core.carpass.models import Dossier
from app.core.carpass.sending import protocol
from app.core.carpass.sending.client import CarpassClient
from app.core.carpass.sending.followups import due_followups, queue_missing_descriptions
from app.core.carpass.sending.models import CarpassFollowup, CarpassReading
from app.core.carpass.sending.outbox.followup_statements import ClaimedFollowup
from app.core.carpass.sending.outbox.run import OutboxRun
from app.core.carpass.sending.outbox.schedule import backoff
from app.core.carpass.sending.states import ReadingState
from app.core.db.batches import in_batches
from app.core.db.engine import Database
from app.core.errors import AtelierError
from app.core.i18n import msg
from app.core.platform.scope import UserScope
from app.core.progress import CancelToken, Progress

if TYPE_CHECKING:  # the sender imports this module
    from app.core.carpass.sending.sender import SendOptions


@dataclass
class FollowupRun:
    """What the follow-up part of a run did: the requests handled, and Car-Pass's message
    if it refused the credentials (the run stops)."""

    handled: list[int] = field(default_factory=list)
    refused: str | None = None


def send_followups(database: Database, scope: UserScope, client: CarpassClient, outbox: OutboxRun,
                   entry_ids: list[int] | None, explicit: bool, options: SendOptions, token: CancelToken,
                   wait_until: Callable[[datetime], bool]) -> Generator[Progress, None, FollowupRun]:
    """Queue the missing descriptions, then send the due follow-up requests.
    ``wait_until(moment)`` sleeps until a retry is due, False when that passes the run's
    patience."""
    queue_missing_descriptions(database, scope, entry_ids, options.clock())
    run = FollowupRun()
    handled = run.handled
    first_round = True
    while not token.cancelled:
        now = options.clock()
        due = due_followups(database, scope.site_id, now, entry_ids, ignore_schedule=explicit and first_round)
        first_round = False
        if not due:
            wake = _next_retry(database, handled)
            if wake is None or not wait_until(wake):
                break
            continue
        candidates = iter(due)
        claimed = outbox.claim_followup(candidates, now)
        try:
            while claimed is not None and not token.cancelled:
                posting, claimed = claimed, None
                result = client.post(protocol.followup_path(posting.kind, posting.request_guid), posting.payload,
                                     posting.idempotency_key)
                answer = result.answer(protocol.parse_followup_answer)
                answered_at = options.clock()
                outbox.answer_followup(posting, result, answer, answered_at,
                                       answered_at + backoff(posting.attempt, options.base_delay, options.max_delay))
                if posting.id not in handled:
                    handled.append(posting.id)
                if answer.kind == protocol.AnswerKind.AUTH:
                    run.refused = answer.message or "-"
                    return run
                yield Progress(len(handled), 0, msg("carpass", "Descriptions et corrections envoyées : {n}",
                                                    n=len(handled)))
                if not token.cancelled:
                    claimed = outbox.claim_followup(candidates, options.clock())
        finally:
            if claimed is not None:
                _release(outbox, claimed)
    return run


def _release(outbox: OutboxRun, claimed: ClaimedFollowup) -> None:
    try:
        outbox.release_followup(claimed)
    except (AtelierError, SQLAlchemyError):
        pass  # left "sending": a later run makes it à vérifier


def _next_retry(database: Database, followup_ids: list[int]) -> datetime | None:
    earliest = None
    with database.session() as session:
        for batch in in_batches(followup_ids):
            for moment in session.scalars(select(CarpassFollowup.next_attempt_at).where(
                    CarpassFollowup.id.in_(batch), CarpassFollowup.state == ReadingState.QUEUED)):
                if moment is not None and (earliest is None or moment < earliest):
                    earliest = moment
    return earliest


def followup_rows(database: Database, followup_ids: list[int]) -> list[Row[*tuple[Any, ...]]]:
    """(id, dossier number, entry id, kind, state, message, cause, next attempt, corrected km)
    of follow-up requests."""
    rows: list[Row[*tuple[Any, ...]]] = []
    with database.session() as session:
        for batch in in_batches(followup_ids):
            rows += session.execute(
                select(CarpassFollowup.id, Dossier.number, CarpassFollowup.entry_id, CarpassFollowup.kind,
                       CarpassFollowup.state, CarpassFollowup.last_message, CarpassFollowup.uncertain_cause,
                       CarpassFollowup.next_attempt_at, CarpassFollowup.corrected_km)
                .join(CarpassReading, CarpassReading.id == CarpassFollowup.reading_id)
                .join(Dossier, Dossier.id == CarpassReading.dossier_id)
                .where(CarpassFollowup.id.in_(batch))).all()
    return rows
