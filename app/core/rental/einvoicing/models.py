"""Tables of e-invoicing: the durable outbox of documents for the Peppol access point, and
the raw calls made to it.

An issued invoice is never updated: its e-invoice state lives here. A sending row holds the
exact UBL document posted and its own ``document_id`` (the key the provider receives, so a
re-post after "à vérifier" carries the same key). An invoice has at most one open sending
(queued, sending, sent, delivered or unknown); a refused one, or one whose buyer is not on
Peppol, may be followed by a new sending.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.core.db.base import Base
from app.core.db.types import UTCDateTime
from app.core.timeutil import utcnow

QUEUED = "queued"                  # à envoyer (or to retry after next_attempt_at)
SENDING = "sending"                # claimed by a sender, lookup or POST under way
SENT = "sent"                      # accepted by the access point, on its way
DELIVERED = "delivered"            # the buyer's access point acknowledged it
REFUSED = "refused"                # refused by the access point or the buyer (reason kept)
UNKNOWN = "unknown"                # à vérifier: the POST may have reached the provider
NOT_REGISTERED = "not_registered"  # the buyer cannot receive it on Peppol (nothing posted)
STATES = (QUEUED, SENDING, SENT, DELIVERED, REFUSED, UNKNOWN, NOT_REGISTERED)
OPEN_STATES = (QUEUED, SENDING, SENT, DELIVERED, UNKNOWN)
CLOSED_STATES = (REFUSED, NOT_REGISTERED)
_STATE_LIST = ", ".join(f"'{state}'" for state in STATES)
_CLOSED_LIST = ", ".join(f"'{state}'" for state in CLOSED_STATES)


class EinvoiceSending(Base):
    """One e-invoice on its way to the buyer through the access point (the outbox row)."""

    __tablename__ = "einvoice_sending"
    __table_args__ = (
        CheckConstraint(f"state IN ({_STATE_LIST})", name="state"),
        CheckConstraint("document_type IN ('invoice', 'credit_note')", name="document_type"),
        Index("ix_einvoice_sending_site_state", "site_id", "state"),
        Index("uq_einvoice_sending_open", "invoice_id", unique=True,
              sqlite_where=f"state NOT IN ({_CLOSED_LIST})", postgresql_where=f"state NOT IN ({_CLOSED_LIST})"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"), index=True)
    document_id: Mapped[str] = mapped_column(String(36), unique=True)
    document_type: Mapped[str] = mapped_column(String(12))
    state: Mapped[str] = mapped_column(String(16), default=QUEUED)
    recipient: Mapped[str] = mapped_column(String(100))
    payload: Mapped[str] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    claimed_by: Mapped[str | None] = mapped_column(String(36))
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    provider_id: Mapped[str | None] = mapped_column(String(100))
    provider_status: Mapped[str | None] = mapped_column(String(40))
    last_message: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(64))
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class EinvoiceCall(Base):
    """One HTTP call to the access point with its raw answer (or the network error), never the key."""

    __tablename__ = "einvoice_call"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), index=True)
    sending_id: Mapped[int | None] = mapped_column(ForeignKey("einvoice_sending.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    login: Mapped[str | None] = mapped_column(String(64))
    operation: Mapped[str] = mapped_column(String(16))
    attempt: Mapped[int] = mapped_column(Integer, default=0)
    http_status: Mapped[int | None] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(String(16))
    duration_ms: Mapped[int] = mapped_column(Integer, default=0)
    response: Mapped[str] = mapped_column(Text, default="")
