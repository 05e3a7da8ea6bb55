"""Planning board data: the site's fleet as rows, dossiers as bars over a window of days."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from app.core.db.engine import Database
from app.core.platform.scope import UserScope
from app.core.rental.access import get_vehicle
from app.core.rental.dossier_data import DossierData
from app.core.rental.models import Customer, FleetVehicle, RentalDossier
from app.core.timeutil import from_local

DEFAULT_DEPARTURE_HOUR = 9


@dataclass(frozen=True)
class PlanningBar:
    """A dossier on the board: its period (UTC) and what the bar shows."""

    dossier_id: int
    number: int
    kind: str
    is_pec: bool
    start: datetime
    end: datetime
    customer: str
    pec_file_number: str
    invoiced: bool


@dataclass(frozen=True)
class PlanningRow:
    """A fleet vehicle and its bars in the window."""

    vehicle_id: int
    plate: str
    model: str
    category: str
    status: str
    bars: list[PlanningBar] = field(default_factory=list)


def window_bounds(first_day: date, days: int) -> tuple[datetime, datetime]:
    """UTC instants of the first day's midnight and the end of the last day (Brussels)."""
    return (from_local(datetime.combine(first_day, time())),
            from_local(datetime.combine(first_day + timedelta(days=days), time())))


def planning_board(database: Database, scope: UserScope, first_day: date, days: int) -> list[PlanningRow]:
    """Every vehicle of the site with the non-cancelled dossiers overlapping the window."""
    start, end = window_bounds(first_day, days)
    with database.session() as session:
        vehicles = session.scalars(select(FleetVehicle).where(FleetVehicle.site_id == scope.site_id)
                                   .order_by(FleetVehicle.category, FleetVehicle.plate)).all()
        rows = {v.id: PlanningRow(v.id, v.plate, v.model, v.category, v.status) for v in vehicles}
        query = (select(RentalDossier, Customer.name, Customer.first_name)
                 .outerjoin(Customer, Customer.id == RentalDossier.customer_id)
                 .where(RentalDossier.site_id == scope.site_id, RentalDossier.vehicle_id.is_not(None),
                        RentalDossier.cancelled.is_(False), RentalDossier.booked_from < end,
                        RentalDossier.booked_until > start)
                 .order_by(RentalDossier.booked_from))
        for dossier, name, first_name in session.execute(query):
            row = rows.get(dossier.vehicle_id) if dossier.vehicle_id is not None else None
            if row is not None:
                row.bars.append(PlanningBar(dossier.id, dossier.number, dossier.kind, dossier.is_pec,
                                            dossier.booked_from, dossier.booked_until,
                                            " ".join(p for p in (name, first_name) if p), dossier.pec_file_number,
                                            dossier.invoiced))
        return list(rows.values())


def new_dossier_defaults(database: Database, scope: UserScope, vehicle_id: int | None, day: date) -> DossierData:
    """A new dossier for ``vehicle_id`` from ``day`` at 09:00 (Brussels) for one day."""
    departure = from_local(datetime.combine(day, time(DEFAULT_DEPARTURE_HOUR)))
    category = ""
    if vehicle_id is not None:
        with database.session() as session:
            category = get_vehicle(session, scope, vehicle_id).category
    return DossierData(planned_departure=departure, planned_return=departure + timedelta(days=1),
                       vehicle_id=vehicle_id, pec_category=category)
