"""Tables of Car-Pass sending: the durable outbox of readings, the follow-up requests about
accepted readings (work description, correction) and the raw call history.

A reading is written here (state ``queued``, with its own idempotency key and the exact
payload) before any network call; the answer moves it to ``sent`` / ``anomaly`` /
``failed`` / ``unknown`` ("à vérifier") in the same transaction that stores the raw
response. States: :class:`app.core.carpass.sending.states.ReadingState`.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from app.core.carpass.sending.states import OPEN_STATES, ReadingState
from app.core.db.base import Base
from app.core.db.types import UTCDateTime
from app.core.timeutil import utcnow

OPEN_CONDITION = "state IN ({})".format(", ".join(f"'{state}'" for state in OPEN_STATES))


class CarpassReading(Base):
    """One odometer reading of a Car-Pass list entry on its way to Car-Pass (the outbox)."""

    __tablename__ = "carpass_reading"
    __table_args__ = (
        CheckConstraint("state IN ('blocked', 'queued', 'sending', 'sent', 'anomaly', 'failed', 'unknown', "
                        "'superseded')", name="state"),
        Index("ix_carpass_reading_site_state", "site_id", "state"),
        Index("ix_carpass_reading_vin_state", "vin", "state"),
        Index("ix_carpass_reading_site_sent", "site_id", "sent_at"),  # a run's recent receipts
        # At most one open reading per list entry, whatever the number of senders.
        Index("uq_carpass_reading_open_entry", "entry_id", unique=True, sqlite_where=text(OPEN_CONDITION),
              postgresql_where=text(OPEN_CONDITION)),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    entry_id: Mapped[int] = mapped_column(ForeignKey("carpass_entry.id"), index=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id"))
    idempotency_key: Mapped[str] = mapped_column(String(36), unique=True)
    state: Mapped[str] = mapped_column(String(12), default=ReadingState.QUEUED)
    payload: Mapped[str] = mapped_column(Text)
    vin: Mapped[str] = mapped_column(String(30))
    odometer: Mapped[int] = mapped_column(Integer)
    reading_date: Mapped[date] = mapped_column(Date)
    checks: Mapped[str] = mapped_column(Text, default="[]")
    confirmed_by: Mapped[str | None] = mapped_column(String(64))
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    claimed_by: Mapped[str | None] = mapped_column(String(36))
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    request_guid: Mapped[str | None] = mapped_column(String(64), index=True)
    server_status: Mapped[str | None] = mapped_column(String(40))
    last_message: Mapped[str | None] = mapped_column(Text)
    anomaly_answered: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(64))
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Why the reading was à vérifier (states.UncertainCause), kept once the clerk decided.
    uncertain_cause: Mapped[str | None] = mapped_column(String(16))
    # What the clerk decided for it (states.Resolution), who and when.
    resolution: Mapped[str | None] = mapped_column(String(16))
    resolved_by: Mapped[str | None] = mapped_column(String(64))
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The clerk's reason for confirming a reading the local checks blocked.
    confirm_reason: Mapped[str | None] = mapped_column(Text)


FOLLOWUP_OPEN_CONDITION = "state IN ('queued', 'sending', 'unknown')"


class CarpassFollowup(Base):
    """A request about a reading Car-Pass accepted — its work description or a correction
    of its km — on its way to Car-Pass through the same outbox rules as the readings
    (written before the call, claimed, retried only when surely not received, à vérifier
    otherwise). The accepted reading itself never changes; history keeps both."""

    __tablename__ = "carpass_followup"
    __table_args__ = (
        CheckConstraint("kind IN ('description', 'correction')", name="kind"),
        CheckConstraint("state IN ('queued', 'sending', 'sent', 'failed', 'unknown', 'superseded')", name="state"),
        Index("ix_carpass_followup_site_state", "site_id", "state"),
        # At most one open request of each kind per reading.
        Index("uq_carpass_followup_open", "reading_id", "kind", unique=True,
              sqlite_where=text(FOLLOWUP_OPEN_CONDITION), postgresql_where=text(FOLLOWUP_OPEN_CONDITION)),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    reading_id: Mapped[int] = mapped_column(ForeignKey("carpass_reading.id"), index=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("carpass_entry.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    state: Mapped[str] = mapped_column(String(12), default=ReadingState.QUEUED)
    request_guid: Mapped[str] = mapped_column(String(64))  # of the reading: the path of the request
    payload: Mapped[str] = mapped_column(Text)
    idempotency_key: Mapped[str] = mapped_column(String(36), unique=True)
    corrected_km: Mapped[int | None] = mapped_column(Integer)
    reason: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    claimed_by: Mapped[str | None] = mapped_column(String(36))
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_message: Mapped[str | None] = mapped_column(Text)
    uncertain_cause: Mapped[str | None] = mapped_column(String(16))
    resolution: Mapped[str | None] = mapped_column(String(16))
    resolved_by: Mapped[str | None] = mapped_column(String(64))
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(64))
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class CarpassCall(Base):
    """One HTTP call to Car-Pass with its raw answer (or the network error), never a secret."""

    __tablename__ = "carpass_call"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), index=True)
    reading_id: Mapped[int | None] = mapped_column(ForeignKey("carpass_reading.id"), index=True)
    followup_id: Mapped[int | None] = mapped_column(ForeignKey("carpass_followup.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    login: Mapped[str | None] = mapped_column(String(64))
    operation: Mapped[str] = mapped_column(String(16))
    attempt: Mapped[int] = mapped_column(Integer, default=0)
    http_status: Mapped[int | None] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(String(12))
    duration_ms: Mapped[int] = mapped_column(Integer, default=0)
    request_guid: Mapped[str | None] = mapped_column(String(64))
    response: Mapped[str] = mapped_column(Text, default="")
