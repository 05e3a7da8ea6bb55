"""Tables of Car-Pass part 1: dossiers, technicians, clock-in events and the Car-Pass list.

The sending module (app/core/carpass/sending) updates ``CarpassEntry.status``,
``last_message`` and ``sent_at``; it keeps its own tables for requests and responses.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.core.db.base import Base, Versioned
from app.core.db.types import Money, UTCDateTime
from app.core.timeutil import utcnow


class EntryStatus(StrEnum):
    """Where a Car-Pass list entry stands (the stored values)."""

    PENDING = "pending"      # to send (or queued in the outbox)
    SENT = "sent"            # Car-Pass holds its reading
    FAILED = "failed"        # Car-Pass refused the reading
    ANOMALY = "anomaly"      # blocked by the checks, or flagged by Car-Pass: the clerk confirms
    UNCERTAIN = "unknown"    # "à vérifier": the reading may or may not have reached Car-Pass
    REMOVED = "removed"      # taken off the list by a clerk


ENTRY_STATUSES = tuple(EntryStatus)
# Rows "still to send": what the list shows without --all.
OPEN_STATUSES = (EntryStatus.PENDING, EntryStatus.FAILED, EntryStatus.ANOMALY, EntryStatus.UNCERTAIN)

VIN_MAX_STORED = 30


class Dossier(Versioned, Base):
    """A repair dossier of a site: customer, vehicle and the odometer readings."""

    __tablename__ = "dossier"
    __table_args__ = (
        UniqueConstraint("site_id", "number"),
        Index("ix_dossier_site_vin_created", "site_id", "vin", "created_at"),
        # Sort orders of the Car-Pass list and the dossier list (site, column, number).
        Index("ix_dossier_site_started", "site_id", "work_started_at", "number"),
        Index("ix_dossier_site_owner", "site_id", "owner", "number"),
        Index("ix_dossier_site_plate", "site_id", "plate", "number"),
        Index("ix_dossier_site_invoice", "site_id", "invoice_total", "number"),
        CheckConstraint("original_km IS NULL OR original_km >= 0", name="original_km"),
        CheckConstraint("damage_km IS NULL OR damage_km >= 0", name="damage_km"),
        CheckConstraint("repair_km IS NULL OR repair_km >= 0", name="repair_km"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    number: Mapped[int] = mapped_column(Integer)
    owner: Mapped[str | None] = mapped_column(String(120))
    plate: Mapped[str] = mapped_column(String(16), default="")
    vin: Mapped[str | None] = mapped_column(String(VIN_MAX_STORED))
    first_registration: Mapped[date | None] = mapped_column(Date)
    original_km: Mapped[int | None] = mapped_column(Integer)
    damage_km: Mapped[int | None] = mapped_column(Integer)
    repair_km: Mapped[int | None] = mapped_column(Integer)
    merged: Mapped[bool] = mapped_column(Boolean, default=False)
    create_vat_number: Mapped[bool] = mapped_column(Boolean, default=False)
    invoice_total: Mapped[Decimal | None] = mapped_column(Money())
    # First clock-in (kept by the clock-in service and the import): "work started".
    work_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # When the shop expects the car ready, and when the work was finished (the rental module
    # reads both through app.core.repair_link to follow the replacement car).
    work_planned_end: Mapped[datetime | None] = mapped_column(UTCDateTime)
    work_finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(64))


class Technician(Base):
    """A workshop technician of a site, identified at the clock-in station by a badge code."""

    __tablename__ = "technician"
    __table_args__ = (UniqueConstraint("site_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(120))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ClockEvent(Base):
    """A technician's clock-in on a dossier (pointage); ``clock_out`` empty while working."""

    __tablename__ = "clock_event"
    __table_args__ = (
        Index("ix_clock_event_dossier_in", "dossier_id", "clock_in"),
        Index("ix_clock_event_technician_out", "technician_id", "clock_out"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id"))
    technician_id: Mapped[int] = mapped_column(ForeignKey("technician.id"))
    clock_in: Mapped[datetime] = mapped_column(UTCDateTime)
    clock_out: Mapped[datetime | None] = mapped_column(UTCDateTime)


class CarpassEntry(Versioned, Base):
    """A dossier enrolled in its site's Car-Pass list (at most one row per dossier)."""

    __tablename__ = "carpass_entry"
    __table_args__ = (
        CheckConstraint(
            "status IN ('pending', 'sent', 'failed', 'anomaly', 'unknown', 'removed')", name="status"
        ),
        Index("ix_carpass_entry_site_status", "site_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id"), unique=True)
    status: Mapped[str] = mapped_column(String(10), default=EntryStatus.PENDING)
    manual: Mapped[bool] = mapped_column(Boolean, default=False)
    enrolled_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    enrolled_by: Mapped[str | None] = mapped_column(String(64))
    removed_reason: Mapped[str | None] = mapped_column(Text)
    removed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    removed_by: Mapped[str | None] = mapped_column(String(64))
    # Set by the sending module: server message shown on the row, time of confirmed sending.
    last_message: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class CarpassEntryEvent(Base):
    """History of a Car-Pass list entry: enrolled, removed, re-enrolled, sent, failed..."""

    __tablename__ = "carpass_entry_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("carpass_entry.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    login: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str | None] = mapped_column(Text)


class CarpassActivity(Base):
    """One descriptor of Car-Pass's standard list of work done, as the service served it to a
    site (``GET /activities``); refreshed from the service, never typed in."""

    __tablename__ = "carpass_activity"
    __table_args__ = (UniqueConstraint("site_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    code: Mapped[str] = mapped_column(String(40))
    category_code: Mapped[str] = mapped_column(String(40))
    category_label_fr: Mapped[str] = mapped_column(String(200), default="")
    category_label_nl: Mapped[str] = mapped_column(String(200), default="")
    label_fr: Mapped[str] = mapped_column(String(200), default="")
    label_nl: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    # False once the service stopped serving it: kept so old descriptions still read.
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class DossierActivity(Base):
    """One descriptor of the work done on a dossier: its Car-Pass work description."""

    __tablename__ = "carpass_dossier_activity"
    __table_args__ = (UniqueConstraint("dossier_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    added_by: Mapped[str | None] = mapped_column(String(64))
