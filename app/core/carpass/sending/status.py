"""Status polling: ``GET /observation/{guid}/status`` for readings Car-Pass received,
updating each reading (and its list entry) with the processing state."""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy import or_, select, update

from app.core.carpass.models import EntryStatus
from app.core.carpass.sending import protocol
from app.core.carpass.sending.client import DEFAULT_TIMEOUT, CallResult, CarpassClient
from app.core.carpass.sending.credentials import require_password
from app.core.carpass.sending.endpoint import endpoint_for_site
from app.core.carpass.sending.models import CarpassReading
from app.core.carpass.sending.outbox.decision import NETWORK_ERROR
from app.core.carpass.sending.outbox.records import add_call, set_entry_status
from app.core.carpass.sending.states import RECEIVED_STATES, ReadingState
from app.core.carpass.sending.username import username_for_site
from app.core.db.engine import Database
from app.core.i18n import Message, msg
from app.core.platform.models import Site
from app.core.platform.scope import UserScope
from app.core.progress import CancelToken, Progress
from app.core.timeutil import utcnow

FINAL_STATUSES = ("processed", "rejected")  # no need to ask again
POLL_DAYS = 30


@dataclass
class PollSummary:
    """How many readings were asked about, and what changed."""

    polled: int = 0
    changed: list[tuple[int, str, str]] = field(default_factory=list)  # reading id, old, new status
    errors: list[str] = field(default_factory=list)
    stopped: Message | None = None


def poll_statuses(database: Database, scope: UserScope, *, reading_ids: list[int] | None = None,
                  timeout: tuple[float, float] = DEFAULT_TIMEOUT,
                  token: CancelToken | None = None) -> Generator[Progress, None, PollSummary]:
    """Ask Car-Pass the state of the site's recent received readings (or the given ones)."""
    token = token or CancelToken()
    summary = PollSummary()
    with database.session() as session:
        establishment = session.get_one(Site, scope.site_id).establishment_number
        endpoint = endpoint_for_site(session, scope.site_id)
        username = username_for_site(session, scope.site_id)
        query = select(CarpassReading.id, CarpassReading.request_guid, CarpassReading.server_status,
                       CarpassReading.state, CarpassReading.entry_id, CarpassReading.attempts).where(
            CarpassReading.site_id == scope.site_id, CarpassReading.state.in_(RECEIVED_STATES),
            CarpassReading.request_guid.is_not(None))
        if reading_ids is not None:
            query = query.where(CarpassReading.id.in_(reading_ids))
        else:
            query = query.where(CarpassReading.sent_at >= utcnow() - timedelta(days=POLL_DAYS), or_(
                CarpassReading.server_status.is_(None),
                CarpassReading.server_status.not_in([s.title() for s in FINAL_STATUSES] + list(FINAL_STATUSES))))
        rows = list(session.execute(query.order_by(CarpassReading.id)))
    password = require_password(establishment)
    with CarpassClient(endpoint, username, password, timeout) as client:
        for index, (reading_id, guid, old_status, state, entry_id, attempts) in enumerate(rows, 1):
            if token.cancelled:
                summary.stopped = msg("carpass", "Vérification interrompue.")
                break
            result = client.get_status(guid or "")  # the query keeps readings with a requestGuid only
            answer = protocol.parse_status_answer(result.http_status, result.body) if result.http_status else None
            summary.polled += 1
            _record(database, scope, reading_id, guid, old_status, state, entry_id, attempts, result, answer,
                    summary)
            if answer is not None and answer.kind == protocol.AnswerKind.AUTH:
                summary.stopped = msg("carpass", "Car-Pass a refusé les identifiants de l'établissement {number}.",
                                      number=establishment)
                break
            yield Progress(index, len(rows), msg("carpass", "État des envois : {done} / {total}", done=index,
                                                 total=len(rows)))
    return summary


def _record(database: Database, scope: UserScope, reading_id: int, guid: str | None, old_status: str | None,
            state: str, entry_id: int, attempts: int, result: CallResult, answer: protocol.Answer | None,
            summary: PollSummary) -> None:
    now = utcnow()
    with database.session() as session:
        add_call(session, scope.site_id, reading_id, scope.login, "status", attempts, result,
                 answer.kind if answer else NETWORK_ERROR, guid, now)
        if answer is None or answer.kind != protocol.AnswerKind.ACCEPTED:
            summary.errors.append(f"{guid}: {answer.message if answer else result.error}")
            return
        new_status = answer.server_status or ""  # an accepted status answer always names one
        values: dict[str, Any] = {"server_status": new_status}
        new_state = state
        if protocol.is_rejected_status(new_status):
            new_state = ReadingState.FAILED
        elif protocol.is_reviewing_status(new_status):
            new_state = ReadingState.ANOMALY
        elif state == ReadingState.ANOMALY:
            new_state = ReadingState.SENT
        if new_state != state:
            values.update(state=new_state, last_message=answer.message or new_status)
            entry_status = {ReadingState.FAILED: EntryStatus.FAILED, ReadingState.ANOMALY: EntryStatus.ANOMALY,
                            ReadingState.SENT: EntryStatus.SENT}[ReadingState(new_state)]
            set_entry_status(session, entry_id, entry_status, answer.message or new_status, scope.login, "status",
                             f"{guid}: {new_status}", now)
        session.execute(update(CarpassReading).where(CarpassReading.id == reading_id).values(**values))
        if new_status != old_status:
            summary.changed.append((reading_id, old_status or "", new_status))
