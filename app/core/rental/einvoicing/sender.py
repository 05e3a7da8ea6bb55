"""Sending e-invoices through the site's access point: a core generator yielding Progress.

1. each chosen invoice gets its validated document in the outbox (``queued``);
2. each due sending is claimed (committed), its buyer is looked up on Peppol (a buyer not
   registered is reported, ``not_registered``: nothing is posted, nothing is mailed);
3. the sending is marked as posting (committed), POSTed with its ``document_id`` as
   idempotency key, and the answer recorded with the raw call in one transaction.

Failures before the request reached the provider (refused connection, 503, 429) leave the
sending queued with back-off; the run retries while ``patience`` allows, later runs take
over. A request that may have reached the provider (timeout after sending, dropped
connection, other 5xx, an answer without transmission id) becomes ``unknown`` ("à
vérifier"): never re-posted without the clerk.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select

from app.core.db.engine import Database
from app.core.i18n import Message, Translator, identity_translator, msg
from app.core.peppol.access_point import protocol
from app.core.peppol.access_point.client import DEFAULT_TIMEOUT, AccessPointClient
from app.core.platform.scope import UserScope
from app.core.progress import CancelToken, Progress
from app.core.rental.einvoicing import outbox
from app.core.rental.einvoicing.access_point_settings import require_access_point
from app.core.rental.einvoicing.models import NOT_REGISTERED, QUEUED, REFUSED, SENT, UNKNOWN, EinvoiceSending
from app.core.rental.einvoicing.states import state_label
from app.core.rental.invoicing.models import Invoice
from app.core.timeutil import utcnow


@dataclass
class SendOptions:
    """Timeouts and retry behaviour of one run (defaults suit the stations)."""

    timeout: tuple[float, float] = DEFAULT_TIMEOUT
    base_delay: float = 2.0
    max_delay: float = 1800.0
    patience: float = 20.0
    stale_after: float = 300.0
    clock: Callable[[], datetime] = utcnow


@dataclass(frozen=True)
class SendLine:
    """The outcome of one invoice, as the CLI prints it and the summary dialog lists it."""

    invoice_id: int
    reference: str
    state: str
    message: str


@dataclass
class SendSummary:
    """What a run did, and why it stopped early if it did."""

    lines: list[SendLine] = field(default_factory=list)
    stopped: Message | None = None

    @property
    def all_sent(self) -> bool:
        """True when every invoice is with the access point (sent now or before, or delivered)."""
        return self.stopped is None and all(line.state in (SENT, "delivered") for line in self.lines)


def send_einvoices(database: Database, scope: UserScope, invoice_ids: list[int] | None = None, *,
                   options: SendOptions | None = None, token: CancelToken | None = None,
                   translate: Translator = identity_translator) -> Generator[Progress, None, SendSummary]:
    """Send the given invoices' e-invoices (``None``: every queued one of the site)."""
    options = options or SendOptions()
    token = token or CancelToken()
    url, key = require_access_point(database, scope.site_id)
    yield Progress(0, 0, msg("peppol", "Préparation des factures électroniques…"))
    now = options.clock()
    outbox.recover_interrupted(database, scope.site_id, now - timedelta(seconds=options.stale_after), now)
    if invoice_ids is None:
        sending_ids = outbox.queued_sendings(database, scope.site_id)
    else:
        sending_ids = outbox.queue_invoices(database, scope, list(invoice_ids), scope.login, translate)
    summary = SendSummary()
    run_id = str(uuid.uuid4())
    pending = set(sending_ids)
    total, done = len(pending), 0
    deadline = time.monotonic() + options.patience
    with AccessPointClient(url, key, options.timeout) as client:
        while pending and not token.cancelled and summary.stopped is None:
            due = outbox.due_sendings(database, scope.site_id, options.clock(), sorted(pending))
            if not due:
                wake = outbox.next_wakeup(database, sorted(pending))
                if wake is None or not _wait_until(wake, deadline, options.clock, token):
                    break
                continue
            for sending_id in due:
                if token.cancelled or summary.stopped is not None:
                    break
                claimed = outbox.claim(database, sending_id, run_id, options.clock())
                if claimed is None:
                    pending.discard(sending_id)
                    continue
                state = _attempt(database, scope, client, claimed, run_id, options, summary)
                if state != QUEUED:
                    pending.discard(sending_id)
                    done += 1
                yield Progress(done, total, msg("peppol", "Envoi Peppol : {done} / {total}", done=done, total=total))
    if token.cancelled and summary.stopped is None:
        summary.stopped = msg("peppol", "Envoi interrompu : les factures non envoyées restent en file.")
    summary.lines = _final_lines(database, sending_ids)
    return summary


def _attempt(database: Database, scope: UserScope, client: AccessPointClient, claimed: outbox.Claimed, run_id: str,
             options: SendOptions, summary: SendSummary) -> str:
    """Lookup, then POST, of one claimed sending; returns its new state."""
    login, site = scope.login, scope.site_id
    lookup = client.lookup(claimed.recipient)
    answer = (protocol.parse_lookup_answer(lookup.http_status, lookup.body, claimed.document_type)
              if lookup.http_status is not None else None)
    now = options.clock()
    retry_at = now + outbox.backoff(claimed.attempt, options.base_delay, options.max_delay)
    if answer is None or answer.kind in (protocol.RETRY, protocol.AUTH):
        message = answer.message if answer else lookup.error
        outbox.record(database, claimed, site, run_id, login, "lookup", lookup, "retry", now, state=QUEUED,
                      claimed_by=None, next_attempt_at=retry_at, last_message=message)
        if answer is not None and answer.kind == protocol.AUTH:
            summary.stopped = msg("peppol", "Le fournisseur Peppol refuse la clé API ({message}) : vérifiez-la "
                                            "(Point d'accès Peppol).", message=answer.message)
        return QUEUED
    if answer.kind == protocol.NOT_REGISTERED:
        outbox.record(database, claimed, site, run_id, login, "lookup", lookup, NOT_REGISTERED, now,
                      state=NOT_REGISTERED, claimed_by=None,
                      last_message=answer.message if claimed.recipient in answer.message
                      else f"{claimed.recipient} : {answer.message}")
        return NOT_REGISTERED
    outbox.record(database, claimed, site, None, login, "lookup", lookup, "registered", now)
    if not outbox.mark_posting(database, claimed, run_id):
        return "lost"  # taken over by another station: its run decides
    result = client.send(claimed.document_id, claimed.recipient, claimed.document_type, claimed.payload)
    now = options.clock()
    retry_at = now + outbox.backoff(claimed.attempt, options.base_delay, options.max_delay)
    if result.http_status is None:
        if not result.reached:
            outbox.record(database, claimed, site, run_id, login, "send", result, "retry", now, state=QUEUED,
                          claimed_by=None, provider_status=None, next_attempt_at=retry_at, last_message=result.error)
            return QUEUED
        outbox.record(database, claimed, site, run_id, login, "send", result, UNKNOWN, now, state=UNKNOWN,
                      claimed_by=None, provider_status=None,
                      last_message=result.error)
        return UNKNOWN
    sent = protocol.parse_send_answer(result.http_status, result.body)
    if sent.kind == protocol.ACCEPTED:
        outbox.record(database, claimed, site, run_id, login, "send", result, SENT, now, state=SENT, claimed_by=None,
                      provider_id=sent.provider_id, provider_status=sent.status, sent_at=now, last_message=None)
        return SENT
    if sent.kind == protocol.REFUSED:
        outbox.record(database, claimed, site, run_id, login, "send", result, REFUSED, now, state=REFUSED,
                      claimed_by=None, provider_status=None, last_message=sent.message)
        return REFUSED
    if sent.kind in (protocol.RETRY, protocol.AUTH):
        outbox.record(database, claimed, site, run_id, login, "send", result, "retry", now, state=QUEUED,
                      claimed_by=None, provider_status=None, next_attempt_at=retry_at, last_message=sent.message)
        if sent.kind == protocol.AUTH:
            summary.stopped = msg("peppol", "Le fournisseur Peppol refuse la clé API ({message}) : vérifiez-la "
                                            "(Point d'accès Peppol).", message=sent.message)
        return QUEUED
    outbox.record(database, claimed, site, run_id, login, "send", result, UNKNOWN, now, state=UNKNOWN,
                  claimed_by=None, provider_status=None,
                  last_message=sent.message)
    return UNKNOWN


def _wait_until(moment: datetime, deadline: float, clock: Callable[[], datetime], token: CancelToken) -> bool:
    """Sleep until ``moment`` unless that passes the run's deadline or the run is cancelled."""
    remaining = max(0.0, (moment - clock()).total_seconds())
    if time.monotonic() + remaining > deadline:
        return False
    end = time.monotonic() + remaining
    while time.monotonic() < end:
        if token.cancelled:
            return False
        time.sleep(min(0.05, max(0.0, end - time.monotonic())))
    return True


def _final_lines(database: Database, sending_ids: list[int]) -> list[SendLine]:
    with database.session() as session:
        rows = session.execute(select(EinvoiceSending.invoice_id, Invoice.reference, EinvoiceSending.state,
                                      EinvoiceSending.last_message, EinvoiceSending.next_attempt_at)
                               .join(Invoice, Invoice.id == EinvoiceSending.invoice_id)
                               .where(EinvoiceSending.id.in_(sending_ids or [-1])).order_by(Invoice.reference))
        return [SendLine(invoice_id, reference, state, message or state_label(state).render())
                for invoice_id, reference, state, message, _next in rows]
