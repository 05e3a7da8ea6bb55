"""Sending readings to Car-Pass: a core generator yielding Progress, cancellable.

1. the entries are selected in the user's site and each becomes an outbox reading
   (``queued``, or ``blocked`` by the anomaly checks) in the database;
2. each due reading is claimed (committed) and posted;
3. the answer and the raw response are recorded in one transaction — the same one that
   claims the next reading, on one connection kept for the run;
4. then the follow-up requests: the work descriptions of the readings just accepted and
   any description or correction waiting for the run's entries (:mod:`followup_sender`).

At most once: a call the service certainly never got (refused connection, unknown name,
connect timeout, 503, 429, the maintenance window) leaves the reading queued with
back-off — the run retries while ``patience`` allows, later runs take over. A call it may
have got without acknowledging it (read timeout, connection lost while waiting, other
5xx, no requestGuid) and a reading whose sender stopped mid-call (left ``sending`` for
``stale_after``) make the reading à vérifier: only the clerk re-posts it or marks it
received (actions.py).
"""

from __future__ import annotations

import time
import uuid
from collections import Counter
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.exc import SQLAlchemyError

from app.core.carpass.models import Dossier
from app.core.carpass.sending import protocol
from app.core.carpass.sending.client import DEFAULT_TIMEOUT, CarpassClient
from app.core.carpass.sending.credentials import require_password
from app.core.carpass.sending.endpoint import endpoint_for_site
from app.core.carpass.sending.followup_sender import FollowupRun, followup_rows, send_followups
from app.core.carpass.sending.labels import WHAT_TO_DO, cause_text
from app.core.carpass.sending.maintenance import in_maintenance_window, window_end
from app.core.carpass.sending.models import CarpassReading
from app.core.carpass.sending.outbox.candidates import Candidates
from app.core.carpass.sending.outbox.run import OutboxRun
from app.core.carpass.sending.outbox.schedule import backoff, due_readings, next_wakeup
from app.core.carpass.sending.outbox.statements import Claimed
from app.core.carpass.sending.readings import Prepared, prepare, select_entries
from app.core.carpass.sending.states import RECEIVED_OUTCOMES, FollowupKind, ReadingState, SendOutcome
from app.core.carpass.sending.username import username_for_site
from app.core.db.batches import in_batches
from app.core.db.engine import Database
from app.core.errors import AtelierError
from app.core.i18n import Message, msg
from app.core.platform.models import Site
from app.core.platform.scope import UserScope
from app.core.progress import CancelToken, Progress
from app.core.timeutil import format_local, to_local, utcnow

OTHER_STATION_POLL = timedelta(seconds=0.1)  # how often a run looks at readings another station is sending


@dataclass
class SendOptions:
    """Timeouts and retry behaviour of one sending run (defaults suit the stations)."""

    timeout: tuple[float, float] = DEFAULT_TIMEOUT
    base_delay: float = 2.0        # first retry delay, doubled per failed attempt
    max_delay: float = 1800.0      # longest delay between two attempts
    patience: float = 30.0         # how long one run waits for retries before leaving them queued
    stale_after: float = 120.0     # a "sending" reading older than this: its sender stopped mid-call
    respect_maintenance: bool = True
    clock: Callable[[], datetime] = utcnow


@dataclass(frozen=True)
class SendLine:
    """The outcome of one entry, as the CLI prints it and the summary dialog lists it."""

    dossier: int
    entry_id: int
    outcome: SendOutcome
    text: Message | str
    request_guid: str | None = None
    kind: str | None = None  # FollowupKind of a work description or correction; None: the reading

    @property
    def label(self) -> str:
        """The outcome as the command line prints it (``description:sent`` for a follow-up)."""
        return f"{self.kind}:{self.outcome}" if self.kind else str(self.outcome)


@dataclass
class SendSummary:
    """What a run did: one line per entry, and why it stopped early if it did."""

    lines: list[SendLine] = field(default_factory=list)
    stopped: Message | None = None

    def counts(self) -> Counter[str]:
        """Number of lines per outcome."""
        return Counter(line.outcome for line in self.lines)

    @property
    def all_accepted(self) -> bool:
        """True when every entry is at Car-Pass (sent now or before)."""
        return self.stopped is None and all(line.outcome in RECEIVED_OUTCOMES for line in self.lines)


def send_readings(database: Database, scope: UserScope, *, entry_ids: list[int] | None = None,
                  dossier_numbers: list[int] | None = None, options: SendOptions | None = None,
                  token: CancelToken | None = None) -> Generator[Progress, None, SendSummary]:
    """Send the given entries (ids or dossier numbers) or every pending entry of the site."""
    options = options or SendOptions()
    token = token or CancelToken()
    with database.session() as session:
        site = session.get_one(Site, scope.site_id)
        establishment = site.establishment_number
        endpoint = endpoint_for_site(session, scope.site_id)
        username = username_for_site(session, scope.site_id)
    password = require_password(establishment)
    yield Progress(0, 0, msg("carpass", "Préparation des relevés…"))
    entries = select_entries(database, scope, entry_ids, dossier_numbers)
    now = options.clock()
    prepared = prepare(database, scope, entries, to_local(now).date(), now)
    summary = SendSummary()
    to_send: dict[int, Prepared] = {}
    for item in prepared:
        if item.outcome == SendOutcome.TO_SEND and item.reading_id is not None:
            to_send[item.reading_id] = item
        else:
            summary.lines.append(SendLine(item.facts.number, item.facts.entry_id, item.outcome,
                                          _joined(item.reasons) or _outcome_text(item.outcome)))
    explicit = entry_ids is not None or dossier_numbers is not None
    selected_entries = [item.facts.entry_id for item in to_send.values()]
    run_id = str(uuid.uuid4())
    total, done = len(to_send), 0
    deadline = time.monotonic() + options.patience
    first_round = True
    followups = FollowupRun()
    with CarpassClient(endpoint, username, password, options.timeout) as client, \
            OutboxRun(database, run_id, scope.login) as outbox:
        outbox.mark_interrupted(scope.site_id, now, now - timedelta(seconds=options.stale_after))
        outbox.chain(scope.site_id)  # what a run that stopped before chaining left queued
        while to_send and not token.cancelled and summary.stopped is None:
            now = options.clock()
            if options.respect_maintenance and in_maintenance_window(now):
                _postpone(database, list(to_send), window_end(now))
                summary.stopped = _maintenance_message(now)
                break
            outbox.mark_interrupted(scope.site_id, now, now - timedelta(seconds=options.stale_after))
            due = [r for r in due_readings(database, scope.site_id, now, selected_entries,
                                           ignore_schedule=explicit and first_round) if r in to_send]
            first_round = False
            if not due:
                wake = next_wakeup(database, list(to_send), now, OTHER_STATION_POLL)
                if wake is None or not _wait_until(wake, deadline, options.clock, token):
                    break
                continue
            candidates = Candidates(due)
            claimed = outbox.claim_next(candidates, now)
            try:
                # Per reading: the POST, then ONE transaction recording its answer and claiming
                # the next reading (committed before that one is posted).
                while claimed is not None and not token.cancelled:
                    posting, claimed = claimed, None
                    result = client.post_observation(posting.payload, posting.idempotency_key)
                    answer = result.answer(protocol.parse_observation_answer)
                    refused = answer.kind == protocol.AnswerKind.AUTH
                    answered_at = options.clock()
                    recorded, claimed = outbox.answer_and_claim_next(
                        posting, result, answer, answered_at,
                        answered_at + backoff(posting.attempt, options.base_delay, options.max_delay),
                        iter(()) if refused or token.cancelled else candidates)
                    if not recorded.decision.requeued:
                        done += 1
                    if refused:
                        summary.stopped = _refused_message(establishment, answer.message)
                        break
                    yield Progress(done, total, msg("carpass", "Envoi à Car-Pass : {done} / {total}", done=done,
                                                    total=total))
            finally:
                if claimed is not None:  # claimed, never posted: cancelled, or the generator was closed
                    _release(outbox, claimed)
        if summary.stopped is None and not token.cancelled:
            if options.respect_maintenance and in_maintenance_window(options.clock()):
                summary.stopped = _maintenance_message(options.clock())
            else:
                followups = yield from send_followups(
                    database, scope, client, outbox, [f.entry_id for f in entries] if explicit else None, explicit,
                    options, token, lambda moment: _wait_until(moment, deadline, options.clock, token))
                if followups.refused is not None:
                    summary.stopped = _refused_message(establishment, followups.refused)
    if token.cancelled and summary.stopped is None:
        summary.stopped = msg("carpass", "Envoi interrompu : les relevés non envoyés restent en file.")
    summary.lines.extend(_final_lines(database, to_send))
    summary.lines.extend(_followup_lines(database, followups.handled))
    summary.lines.sort(key=lambda line: (line.dossier, line.kind or ""))
    return summary


def _maintenance_message(now: datetime) -> Message:
    return msg("carpass", "Fenêtre de maintenance Car-Pass (jeudi 19:00-24:00) : les relevés restent en file et "
                          "partiront après {when}.", when=format_local(window_end(now)))


def _refused_message(establishment: str, message: str) -> Message:
    return msg("carpass", "Car-Pass a refusé les identifiants de l'établissement {number} ({message}) : vérifiez "
                          "le mot de passe Car-Pass.", number=establishment, message=message)


def _wait_until(moment: datetime, deadline: float, clock: Callable[[], datetime], token: CancelToken) -> bool:
    """Sleep until ``moment`` unless that passes the run's deadline or the run is cancelled."""
    remaining = (moment - clock()).total_seconds()
    if time.monotonic() + max(0.0, remaining) > deadline:
        return False
    end = time.monotonic() + max(0.0, remaining)
    while time.monotonic() < end:
        if token.cancelled:
            return False
        time.sleep(min(0.05, max(0.0, end - time.monotonic())))
    return True


def _release(outbox: OutboxRun, claimed: Claimed) -> None:
    """Give back a claim never posted; if the database fails now, the reading stays
    ``sending`` and a later run makes it à vérifier after ``stale_after``."""
    try:
        outbox.release(claimed)
    except (AtelierError, SQLAlchemyError):
        pass


def _postpone(database: Database, reading_ids: list[int], moment: datetime) -> None:
    with database.session() as session:
        for batch in in_batches(reading_ids):
            session.execute(update(CarpassReading).where(
                CarpassReading.id.in_(batch), CarpassReading.state == ReadingState.QUEUED)
                .values(next_attempt_at=moment).execution_options(synchronize_session=False))


def _final_lines(database: Database, to_send: dict[int, Prepared]) -> list[SendLine]:
    lines = []
    with database.session() as session:
        for batch in in_batches(list(to_send)):
            rows = session.execute(select(CarpassReading.id, CarpassReading.state, CarpassReading.request_guid,
                                          CarpassReading.last_message, CarpassReading.next_attempt_at,
                                          CarpassReading.uncertain_cause, Dossier.number)
                                   .join(Dossier, Dossier.id == CarpassReading.dossier_id)
                                   .where(CarpassReading.id.in_(batch)))
            for reading_id, state, guid, message, next_at, cause, number in rows:
                lines.append(SendLine(number, to_send[reading_id].facts.entry_id, _line_outcome(state),
                                      _state_text(state, guid, message, next_at, cause), guid))
    return lines


LINE_OUTCOME = {ReadingState.SENT: SendOutcome.SENT, ReadingState.ANOMALY: SendOutcome.ANOMALY,
                ReadingState.FAILED: SendOutcome.FAILED, ReadingState.UNCERTAIN: SendOutcome.UNCERTAIN,
                ReadingState.SENDING: SendOutcome.SENDING}


def _line_outcome(state: str) -> SendOutcome:
    return LINE_OUTCOME.get(ReadingState(state), SendOutcome.QUEUED)


def _state_text(state: str, guid: str | None, message: str | None, next_at: datetime | None,
                cause: str | None) -> Message | str:
    if state == ReadingState.SENT:
        return msg("carpass", "envoyé (requestGuid {guid})", guid=guid)
    if state == ReadingState.ANOMALY:
        return msg("carpass", "anomalie signalée par Car-Pass : {message}", message=message or "")
    if state == ReadingState.FAILED:
        return msg("carpass", "refusé par Car-Pass : {message}", message=message or "")
    if state == ReadingState.UNCERTAIN:
        return uncertain_text(cause, message)
    if state == ReadingState.SENDING:
        return msg("carpass", "en cours d'envoi par un autre poste")
    when = format_local(next_at) if next_at else "-"
    return msg("carpass", "en file, nouvel essai après {when} ({message})", when=when, message=message or "-")


def _followup_lines(database: Database, followup_ids: list[int]) -> list[SendLine]:
    lines = []
    for _id, number, entry_id, kind, state, message, cause, next_at, km in followup_rows(database, followup_ids):
        text: Message | str
        if state == ReadingState.SENT:
            text = (msg("carpass", "correction à {km} km envoyée", km=km) if kind == FollowupKind.CORRECTION
                    else msg("carpass", "description des travaux envoyée"))
        else:
            text = _state_text(state, None, message, next_at, cause)
        lines.append(SendLine(number, entry_id, _line_outcome(state), text, None, kind))
    return lines


def uncertain_text(cause: str | None, message: str | None) -> Message:
    """The line of a reading à vérifier: what happened, what to do, the technical detail."""
    return msg("carpass", "à vérifier : {cause} ; {todo} ({message})", cause=cause_text(cause), todo=WHAT_TO_DO,
               message=message or "-")


def _outcome_text(outcome: SendOutcome) -> Message:
    return {
        SendOutcome.REMOVED: msg("carpass", "retiré de la liste Car-Pass"),
        SendOutcome.ALREADY_SENT: msg("carpass", "déjà envoyé"),
    }.get(outcome, msg("carpass", "non envoyé"))


def _joined(reasons: list[Message]) -> Message | None:
    if not reasons:
        return None
    text = msg("carpass", "{reason}", reason=reasons[0])
    for reason in reasons[1:]:
        text = msg("carpass", "{first} ; {second}", first=text, second=reason)
    return text
