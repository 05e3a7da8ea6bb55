"""The e-invoice outbox: a document is written (validated, with its own ``document_id``)
before any network call, and every state change is recorded with the raw call that caused
it, in one transaction.

Never twice: a sending is claimed by one conditional UPDATE (``queued`` → ``sending``,
committed before any call), and marked ``posting`` (committed) just before its POST. A
sending found ``sending`` after a crash goes back to the queue if it was never posted, and
to ``unknown`` ("à vérifier") if it was: only the clerk re-posts it, with the same
``document_id`` (the provider's idempotency key).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.core.db.engine import Database
from app.core.errors import AtelierError, ValidationError, ValidationErrors
from app.core.i18n import Translator, identity_translator, msg
from app.core.peppol.access_point.client import CallResult
from app.core.peppol.ubl_writer import write_ubl
from app.core.peppol.validation import validate_ubl
from app.core.platform.scope import UserScope
from app.core.rental.einvoicing.invoice_document import build_document, buyer_endpoint
from app.core.rental.einvoicing.models import (
    CLOSED_STATES,
    OPEN_STATES,
    QUEUED,
    SENDING,
    UNKNOWN,
    EinvoiceCall,
    EinvoiceSending,
)
from app.core.rental.invoicing.models import KIND_CREDIT_NOTE, Invoice

POSTING = "posting"  # provider_status while the POST is under way


@dataclass(frozen=True)
class Claimed:
    """A sending this run owns for one attempt."""

    id: int
    invoice_id: int
    document_id: str
    document_type: str
    recipient: str
    payload: bytes
    attempt: int


def backoff(attempts: int, base: float, cap: float) -> timedelta:
    """Delay before the next try: ``base`` doubled per failed attempt, at most ``cap``."""
    return timedelta(seconds=min(cap, base * (2 ** max(0, attempts - 1))))


def open_sending(session: Session, invoice_id: int) -> EinvoiceSending | None:
    """The invoice's sending still under way or done (not refused, not unreachable)."""
    return session.scalar(select(EinvoiceSending).where(EinvoiceSending.invoice_id == invoice_id,
                                                        EinvoiceSending.state.in_(OPEN_STATES)))


def latest_sending(session: Session, invoice_id: int) -> EinvoiceSending | None:
    """The invoice's most recent sending, if any."""
    return session.scalar(select(EinvoiceSending).where(EinvoiceSending.invoice_id == invoice_id)
                          .order_by(EinvoiceSending.id.desc()).limit(1))


def document_xml(session: Session, scope: UserScope, invoice: Invoice,
                 translate: Translator = identity_translator) -> bytes:
    """The UBL of an invoice, refused (nothing written) when Atelier's validator finds a fatal error."""
    xml = write_ubl(build_document(session, scope, invoice, translate))
    report = validate_ubl(xml)
    if not report.valid:
        errors = [ValidationError("einvoice", msg("peppol", "{rule} : {message}", rule=f.rule, message=f.message),
                                  field_label=msg("peppol", "Facture électronique {reference}",
                                                  reference=invoice.reference)) for f in report.fatal]
        raise errors[0] if len(errors) == 1 else ValidationErrors(errors)
    return xml


def queue_invoices(database: Database, scope: UserScope, invoice_ids: list[int], login: str,
                   translate: Translator = identity_translator) -> list[int]:
    """Write the invoices' e-invoices into the outbox (``queued``), all or none: the sending
    id of each invoice, in order. An invoice that already has an open sending keeps it
    (never two at once); one that cannot be e-invoiced stops the whole batch, named."""
    with database.session() as session:
        sending_ids = []
        for invoice_id in invoice_ids:
            invoice = session.get(Invoice, invoice_id)
            if invoice is None or invoice.site_id != scope.site_id:
                raise AtelierError(msg("rental", "Facture introuvable."))
            existing = open_sending(session, invoice.id)
            if existing is not None:
                sending_ids.append(existing.id)
                continue
            xml = document_xml(session, scope, invoice, translate)
            sending = EinvoiceSending(
                site_id=scope.site_id, invoice_id=invoice.id, document_id=str(uuid.uuid4()),
                document_type="credit_note" if invoice.kind == KIND_CREDIT_NOTE else "invoice", state=QUEUED,
                recipient=str(buyer_endpoint(session, invoice)), payload=xml.decode("utf-8"), attempts=0,
                created_by=login)
            session.add(sending)
            try:
                session.flush()
            except IntegrityError:  # another station queued it at the same moment
                session.rollback()
                raise AtelierError(msg("peppol", "La facture {reference} est déjà en cours d'envoi.",
                                       reference=invoice.reference)) from None
            sending_ids.append(sending.id)
        return sending_ids


def recover_interrupted(database: Database, site_id: int, stale_before: datetime, now: datetime) -> None:
    """Sendings left ``sending`` by a run that died: back to the queue when never posted,
    to "à vérifier" when their POST may have left."""
    with database.session() as session:
        stale = and_(EinvoiceSending.site_id == site_id, EinvoiceSending.state == SENDING,
                     EinvoiceSending.claimed_at < stale_before)
        session.execute(update(EinvoiceSending).where(stale, EinvoiceSending.provider_status == POSTING).values(
            state=UNKNOWN, claimed_by=None, provider_status=None, updated_at=now,
            last_message="interrupted while posting"))
        session.execute(update(EinvoiceSending).where(stale, or_(EinvoiceSending.provider_status.is_(None),
                                                                 EinvoiceSending.provider_status != POSTING))
                        .values(state=QUEUED, claimed_by=None, updated_at=now))


def due_sendings(database: Database, site_id: int, now: datetime, ids: list[int] | None) -> list[int]:
    """Queued sendings whose time has come (of ``ids`` when given), oldest first."""
    with database.session() as session:
        query = select(EinvoiceSending.id).where(
            EinvoiceSending.site_id == site_id, EinvoiceSending.state == QUEUED,
            or_(EinvoiceSending.next_attempt_at.is_(None), EinvoiceSending.next_attempt_at <= now))
        if ids is not None:
            query = query.where(EinvoiceSending.id.in_(ids or [-1]))
        return list(session.scalars(query.order_by(EinvoiceSending.id)))


def queued_sendings(database: Database, site_id: int) -> list[int]:
    """Every queued sending of the site (due now or later), oldest first."""
    with database.session() as session:
        return list(session.scalars(select(EinvoiceSending.id).where(
            EinvoiceSending.site_id == site_id, EinvoiceSending.state == QUEUED).order_by(EinvoiceSending.id)))


def next_wakeup(database: Database, ids: list[int]) -> datetime | None:
    """The earliest retry time among ``ids`` still queued."""
    with database.session() as session:
        return session.scalar(select(EinvoiceSending.next_attempt_at).where(
            EinvoiceSending.id.in_(ids or [-1]), EinvoiceSending.state == QUEUED,
            EinvoiceSending.next_attempt_at.is_not(None)).order_by(EinvoiceSending.next_attempt_at).limit(1))


def claim(database: Database, sending_id: int, run_id: str, now: datetime) -> Claimed | None:
    """Take a queued sending for one attempt (committed before any call), or None if taken."""
    with database.session() as session:
        result = session.connection().execute(update(EinvoiceSending).where(
            EinvoiceSending.id == sending_id, EinvoiceSending.state == QUEUED).values(
            state=SENDING, claimed_by=run_id, claimed_at=now, attempts=EinvoiceSending.attempts + 1,
            provider_status=None, updated_at=now))
        if result.rowcount != 1:
            return None
        row = session.get_one(EinvoiceSending, sending_id)
        return Claimed(row.id, row.invoice_id, row.document_id, row.document_type, row.recipient,
                       row.payload.encode("utf-8"), row.attempts)


def mark_posting(database: Database, claimed: Claimed, run_id: str) -> bool:
    """Note (committed) that the POST is about to leave; False if the claim was lost."""
    with database.session() as session:
        result = session.connection().execute(update(EinvoiceSending).where(
            EinvoiceSending.id == claimed.id, EinvoiceSending.state == SENDING,
            EinvoiceSending.claimed_by == run_id).values(provider_status=POSTING))
        return result.rowcount == 1


def record(database: Database, claimed: Claimed | None, site_id: int, run_id: str | None, login: str | None,
           operation: str, result: CallResult, outcome: str, now: datetime, **changes: object) -> bool:
    """Store the raw call and (when ``changes``) move the sending, in one transaction."""
    with database.session() as session:
        moved = True
        if claimed is not None and changes:
            condition = [EinvoiceSending.id == claimed.id]
            if run_id is not None:
                condition += [EinvoiceSending.state == SENDING, EinvoiceSending.claimed_by == run_id]
            moved = session.connection().execute(update(EinvoiceSending).where(*condition).values(
                updated_at=now, **changes)).rowcount == 1
        session.add(EinvoiceCall(site_id=site_id, sending_id=claimed.id if claimed else None, at=now, login=login,
                                 operation=operation, attempt=claimed.attempt if claimed else 0,
                                 http_status=result.http_status, outcome=outcome, duration_ms=result.duration_ms,
                                 response=result.raw_text()))
        return moved


def release(database: Database, claimed: Claimed, run_id: str) -> None:
    """Give back a claim never posted (cancelled run): queued again, attempt not counted."""
    with database.session() as session:
        session.execute(update(EinvoiceSending).where(
            EinvoiceSending.id == claimed.id, EinvoiceSending.state == SENDING, EinvoiceSending.claimed_by == run_id,
            or_(EinvoiceSending.provider_status.is_(None), EinvoiceSending.provider_status != POSTING))
            .values(state=QUEUED, claimed_by=None, attempts=EinvoiceSending.attempts - 1))


def closed(state: str) -> bool:
    """True for a sending that may be followed by a new one."""
    return state in CLOSED_STATES
