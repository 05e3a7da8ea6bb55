"""The cars a dossier may take, best first: of the covered (or wanted) category and free over
the dossier's period, then the other free cars, then the cars booked meanwhile (shown, so the
clerk sees why), out-of-service cars last. Computed in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from app.core.db.engine import Database
from app.core.platform.scope import UserScope
from app.core.rental.kinds import DossierKind
from app.core.rental.models import VEHICLE_OUT_OF_SERVICE, FleetVehicle, RentalDossier


@dataclass(frozen=True)
class VehicleChoice:
    """A car offered in the picker, with why it is where it is."""

    id: int
    plate: str
    model: str
    category: str
    out_of_service: bool
    matches: bool
    busy_with: int | None  # the number of a dossier holding it over the period

    @property
    def free(self) -> bool:
        """Free over the period and in service."""
        return self.busy_with is None and not self.out_of_service


def vehicle_choices(database: Database, scope: UserScope, category: str, start: datetime, end: datetime,
                    dossier_id: int | None = None) -> list[VehicleChoice]:
    """The site's cars for a dossier of ``category`` over [start, end), best first."""
    with database.session() as session:
        return vehicle_choices_in(session, scope, category, start, end, dossier_id)


def vehicle_choices_in(session: Session, scope: UserScope, category: str, start: datetime, end: datetime,
                       dossier_id: int | None = None) -> list[VehicleChoice]:
    """:func:`vehicle_choices` within the caller's session."""
    wanted = (category or "").strip().upper()
    holder = (select(RentalDossier.number).where(
        RentalDossier.vehicle_id == FleetVehicle.id, RentalDossier.kind != DossierKind.QUOTE,
        RentalDossier.cancelled.is_(False), RentalDossier.booked_from < end, RentalDossier.booked_until > start,
        RentalDossier.id != (dossier_id or -1)).order_by(RentalDossier.booked_from).limit(1)
        .correlate(FleetVehicle).scalar_subquery())
    out = FleetVehicle.status == VEHICLE_OUT_OF_SERVICE
    rank = case((out, 3), (holder.is_not(None), 2), (FleetVehicle.category == wanted, 0), else_=1)
    query = (select(FleetVehicle, holder.label("holder")).where(FleetVehicle.site_id == scope.site_id)
             .order_by(rank, FleetVehicle.category, FleetVehicle.plate))
    return [VehicleChoice(v.id, v.plate, v.model, v.category, v.status == VEHICLE_OUT_OF_SERVICE,
                          bool(wanted) and v.category == wanted, number)
            for v, number in session.execute(query)]
