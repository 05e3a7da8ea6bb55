"""What the clerk does with an invoice's e-invoice besides sending it: read its state,
save its XML, ask the provider where it is, send it again after a refusal or a check.

"Renvoyer":
- "à vérifier" (the POST may have reached the provider): after the clerk checked with the
  provider, the SAME document is queued again with its same ``document_id``, so a provider
  that did receive it replays its first answer instead of delivering it twice;
- refused or absent from Peppol, invoice still valid (e.g. the buyer's Peppol id was
  corrected, or the buyer registered since): a new sending, the document written anew;
- refused and since cancelled by a credit note (the correction): the credit note and the
  contract's replacement invoices are queued, each once.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select, update

from app.core.db.engine import Database
from app.core.errors import AtelierError
from app.core.i18n import Message, Translator, identity_translator, msg
from app.core.peppol.access_point import protocol
from app.core.peppol.access_point.client import AccessPointClient
from app.core.platform.scope import UserScope
from app.core.progress import CancelToken, Progress
from app.core.rental.einvoicing import outbox
from app.core.rental.einvoicing.access_point_settings import require_access_point
from app.core.rental.einvoicing.eligibility import needs_einvoice, require_einvoice
from app.core.rental.einvoicing.invoice_document import find_invoice
from app.core.rental.einvoicing.models import (
    DELIVERED,
    NOT_REGISTERED,
    QUEUED,
    REFUSED,
    SENT,
    UNKNOWN,
    EinvoiceCall,
    EinvoiceSending,
)
from app.core.rental.einvoicing.states import NONE, NOT_FOUND, PDF, state_hint
from app.core.rental.invoicing.models import KIND_INVOICE, Invoice
from app.core.timeutil import utcnow


@dataclass(frozen=True)
class EinvoiceStatus:
    """An invoice's e-invoice as the CLI and the detail panel show it."""

    invoice_id: int
    reference: str
    state: str
    recipient: str
    document_id: str
    provider_id: str
    message: str
    sent_at: datetime | None
    delivered_at: datetime | None
    attempts: int
    calls: int
    provider_status: str = ""

    @property
    def hint(self) -> Message | None:
        """What the clerk can do next."""
        return state_hint(self.state, self.provider_status)


def einvoice_status(database: Database, scope: UserScope, reference: str) -> EinvoiceStatus:
    """The state of one invoice's e-invoice (``none`` when never sent, ``pdf`` when not due)."""
    with database.session() as session:
        invoice = find_invoice(session, scope, reference)
        sending = outbox.latest_sending(session, invoice.id)
        if sending is None:
            state = NONE if needs_einvoice(invoice.payer_vat_number) else PDF
            return EinvoiceStatus(invoice.id, invoice.reference, state, "", "", "", "", None, None, 0, 0)
        calls = len(session.scalars(select(EinvoiceCall.id).where(EinvoiceCall.sending_id == sending.id)).all())
        return EinvoiceStatus(invoice.id, invoice.reference, sending.state, sending.recipient, sending.document_id,
                              sending.provider_id or "", sending.last_message or "", sending.sent_at,
                              sending.delivered_at, sending.attempts, calls, sending.provider_status or "")


def einvoice_xml(database: Database, scope: UserScope, reference: str,
                 translate: Translator = identity_translator) -> tuple[str, bytes]:
    """(invoice reference, UBL) of an invoice: the document sent if there is one, else written now."""
    with database.session() as session:
        invoice = find_invoice(session, scope, reference)
        require_einvoice(invoice.reference, invoice.payer_vat_number)
        sending = outbox.open_sending(session, invoice.id)
        if sending is not None:
            return invoice.reference, sending.payload.encode("utf-8")
        return invoice.reference, outbox.document_xml(session, scope, invoice, translate)


def resend_targets(database: Database, scope: UserScope, invoice_id: int) -> list[int]:
    """The invoices "Renvoyer" sends for ``invoice_id`` (see the module docstring); refused
    when there is nothing to send again."""
    with database.session() as session:
        invoice = session.get(Invoice, invoice_id)
        if invoice is None or invoice.site_id != scope.site_id:
            raise AtelierError(msg("rental", "Facture introuvable."))
        latest = outbox.latest_sending(session, invoice.id)
        if latest is None or latest.state not in (REFUSED, NOT_REGISTERED, UNKNOWN):
            raise AtelierError(msg("peppol", "Rien à renvoyer pour {reference} : seule une facture électronique "
                                             "refusée, absente de Peppol ou à vérifier se renvoie.",
                                   reference=invoice.reference))
        if latest.state == UNKNOWN or invoice.cancelled_by_id is None:
            return [invoice.id]
        note = session.get_one(Invoice, invoice.cancelled_by_id)
        replacements = session.scalars(select(Invoice).where(
            Invoice.dossier_id == invoice.dossier_id, Invoice.site_id == scope.site_id, Invoice.kind == KIND_INVOICE,
            Invoice.cancelled_by_id.is_(None), Invoice.id > note.id).order_by(Invoice.number)).all()
        targets = [note.id] + [r.id for r in replacements if needs_einvoice(r.payer_vat_number)]
        return [t for t in targets if outbox.open_sending(session, t) is None]


def prepare_resend(database: Database, scope: UserScope, invoice_id: int) -> list[int]:
    """Re-queue an "à vérifier" sending as it is (same document id); return the invoices to send."""
    targets = resend_targets(database, scope, invoice_id)
    with database.session() as session:
        latest = outbox.latest_sending(session, invoice_id)
        if latest is not None and latest.state == UNKNOWN:
            session.execute(update(EinvoiceSending).where(EinvoiceSending.id == latest.id,
                                                          EinvoiceSending.state == UNKNOWN)
                            .values(state=QUEUED, next_attempt_at=None, updated_at=utcnow(), provider_status=None))
    return targets


@dataclass
class PollSummary:
    """What a status check found: (reference, old state, new state) changes and errors."""

    polled: int = 0
    changed: list[tuple[str, str, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def poll_statuses(database: Database, scope: UserScope, invoice_ids: list[int] | None = None,
                  token: CancelToken | None = None) -> Generator[Progress, None, PollSummary]:
    """Ask the provider the state of the site's sent (and "à vérifier") e-invoices."""
    token = token or CancelToken()
    url, key = require_access_point(database, scope.site_id)
    with database.session() as session:
        query = select(EinvoiceSending.id, EinvoiceSending.document_id, EinvoiceSending.state, Invoice.reference) \
            .join(Invoice, Invoice.id == EinvoiceSending.invoice_id) \
            .where(EinvoiceSending.site_id == scope.site_id, EinvoiceSending.state.in_((SENT, UNKNOWN)))
        if invoice_ids is not None:
            query = query.where(EinvoiceSending.invoice_id.in_(invoice_ids or [-1]))
        rows = session.execute(query.order_by(EinvoiceSending.id)).all()
    summary = PollSummary()
    with AccessPointClient(url, key, (5.0, 20.0)) as client:
        for index, (sending_id, document_id, state, reference) in enumerate(rows, start=1):
            if token.cancelled:
                break
            result = client.status(document_id)
            summary.polled += 1
            claimed = outbox.Claimed(sending_id, 0, document_id, "", "", b"", 0)
            now = utcnow()
            if result.http_status is None:
                outbox.record(database, claimed, scope.site_id, None, scope.login, "status", result, "error", now)
                summary.errors.append(f"{reference}: {result.error}")
                continue
            answer = protocol.parse_status_answer(result.http_status, result.body)
            changes = _status_changes(state, answer, now)
            new_state = str(changes.get("state", state))
            outbox.record(database, claimed, scope.site_id, None, scope.login, "status", result, new_state, now,
                          **changes)
            if new_state != state:
                summary.changed.append((reference, state, new_state))
            if answer.kind in (protocol.AUTH, protocol.RETRY):
                summary.errors.append(f"{reference}: {answer.message}")
            yield Progress(index, len(rows), msg("peppol", "État des envois : {done} / {total}", done=index,
                                                 total=len(rows)))
    return summary


def _status_changes(state: str, answer: protocol.Answer, now: datetime) -> dict[str, object]:
    if answer.kind == protocol.DELIVERED:
        changes = {"state": DELIVERED, "delivered_at": now, "provider_status": answer.status,
                   "provider_id": answer.provider_id, "last_message": answer.message or None}
        return {**changes, "sent_at": now} if state == UNKNOWN else changes
    if answer.kind == protocol.REFUSED:
        return {"state": REFUSED, "provider_status": answer.status, "last_message": answer.message}
    if answer.kind == protocol.ACCEPTED:
        changes = {"provider_status": answer.status, "provider_id": answer.provider_id}
        return {**changes, "state": SENT, "sent_at": now} if state == UNKNOWN else changes
    if answer.kind == protocol.NOT_REGISTERED and state == UNKNOWN:
        return {"provider_status": NOT_FOUND}
    return {}


def describe_status(status: EinvoiceStatus) -> Message:
    """One sentence for the CLI."""
    from app.core.rental.einvoicing.states import state_label

    return msg("peppol", "{reference} : {state}{detail}", reference=status.reference, state=state_label(status.state),
               detail=f" — {status.message}" if status.message else "")
