"""A vehicle is never booked twice for overlapping periods.

The core locks the vehicle row (``SELECT … FOR UPDATE`` on PostgreSQL; the SQLite write
lock taken by ``BEGIN IMMEDIATE``) and looks for an overlapping reservation or contract
before saving, so two stations saving at once are serialised and the second gets a clear
message. The database enforces the same rule (exclusion constraint / triggers, see
migration 0004) in case anything bypasses the service.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.core.errors import ValidationError
from app.core.i18n import msg
from app.core.rental.kinds import DossierKind
from app.core.rental.models import FleetVehicle, RentalDossier
from app.core.timeutil import format_local

DB_GUARD_NAMES = ("ex_rental_dossier_vehicle_period", "rental_double_booking")


def blocks_vehicle(kind: str, cancelled: bool) -> bool:
    """Reservations and contracts hold their vehicle; quotes and cancelled dossiers do not."""
    return kind != DossierKind.QUOTE and not cancelled


def lock_vehicle(session: Session, vehicle_id: int, site_id: int) -> None:
    """Take the vehicle's row lock for the rest of the transaction (no-op on SQLite)."""
    session.execute(select(FleetVehicle.id).where(FleetVehicle.id == vehicle_id, FleetVehicle.site_id == site_id)
                    .with_for_update())


def overlapping(session: Session, vehicle_id: int, start: datetime, end: datetime,
                exclude_id: int | None) -> RentalDossier | None:
    """A reservation or contract holding the vehicle during [start, end), if any."""
    query = select(RentalDossier).where(
        RentalDossier.vehicle_id == vehicle_id, RentalDossier.kind != DossierKind.QUOTE,
        RentalDossier.cancelled.is_(False), RentalDossier.booked_from < end, RentalDossier.booked_until > start)
    if exclude_id is not None:
        query = query.where(RentalDossier.id != exclude_id)
    return session.scalars(query.order_by(RentalDossier.booked_from).limit(1)).first()


def booked_error(plate: str, other_number: int | None = None, start: datetime | None = None,
                 end: datetime | None = None) -> ValidationError:
    """The message a clerk sees for a double booking."""
    if other_number is None:
        reason = msg("rental", "le véhicule {plate} est déjà réservé sur cette période", plate=plate)
    else:
        reason = msg("rental", "le véhicule {plate} est déjà réservé du {start} au {end} (dossier {number})",
                     plate=plate, start=format_local(start) if start else "?", end=format_local(end) if end else "?",
                     number=other_number)
    return ValidationError("vehicle_id", reason, field_label=msg("rental", "Véhicule"))


def ensure_vehicle_free(session: Session, vehicle: FleetVehicle, start: datetime, end: datetime,
                        exclude_id: int | None) -> None:
    """Raise a ValidationError naming the other dossier when the vehicle is taken."""
    other = overlapping(session, vehicle.id, start, end, exclude_id)
    if other is not None:
        raise booked_error(vehicle.plate, other.number, other.booked_from, other.booked_until)


def is_double_booking(exc: IntegrityError) -> bool:
    """True when the database refused a row because of the double-booking guard."""
    text = str(exc.orig)
    return any(name in text for name in DB_GUARD_NAMES)
