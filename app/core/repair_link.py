"""The link between a replacement-car rental and the repair it stands in for, readable from
both modules without either importing the other (docs/decisions/rental-repair-link.md).

The rental module stores the repair dossier's id (``rental_dossier.repair_dossier_id``);
the Car-Pass module's repair dossier (table ``dossier``) holds when the work is expected
to end and when it ended. This module reads both tables by name with plain SQL
(lightweight ``table()`` constructs, no ORM class of either module): the rental side asks
for the repair, the Car-Pass side for the rentals. It imports no business module (an
import-linter contract keeps it so).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Boolean, Integer, Row, Select, String, column, func, or_, select, table
from sqlalchemy.orm import Session

from app.core.db.types import UTCDateTime

REPAIR = table("dossier", column("id", Integer), column("site_id", Integer), column("number", Integer),
               column("owner", String), column("plate", String), column("work_started_at", UTCDateTime()),
               column("work_planned_end", UTCDateTime()), column("work_finished_at", UTCDateTime()))
RENTAL = table("rental_dossier", column("id", Integer), column("site_id", Integer), column("number", Integer),
               column("kind", String), column("cancelled", Boolean), column("invoiced", Boolean),
               column("vehicle_id", Integer), column("planned_return", UTCDateTime()),
               column("actual_departure", UTCDateTime()), column("actual_return", UTCDateTime()),
               column("pec_until", UTCDateTime()), column("repair_dossier_id", Integer))
FLEET = table("fleet_vehicle", column("id", Integer), column("plate", String))


@dataclass(frozen=True)
class RepairSummary:
    """What the rental side shows of a repair dossier."""

    id: int
    number: int
    owner: str
    plate: str
    work_started_at: datetime | None
    work_planned_end: datetime | None
    work_finished_at: datetime | None

    @property
    def finished(self) -> bool:
        """The work on the client's car is over."""
        return self.work_finished_at is not None


@dataclass(frozen=True)
class LinkedRental:
    """What the repair side shows of a replacement-car rental."""

    id: int
    number: int
    kind: str
    plate: str
    planned_return: datetime
    actual_departure: datetime | None
    actual_return: datetime | None
    pec_until: datetime | None
    invoiced: bool


# id, number, owner, plate, work started, planned end, finished
_RepairColumns = tuple[int, int, str | None, str | None, datetime | None, datetime | None, datetime | None]


def _repairs(site_id: int) -> Select[_RepairColumns]:
    return select(REPAIR.c.id, REPAIR.c.number, REPAIR.c.owner, REPAIR.c.plate, REPAIR.c.work_started_at,
                  REPAIR.c.work_planned_end, REPAIR.c.work_finished_at).where(REPAIR.c.site_id == site_id)


def _summary(row: Row[_RepairColumns]) -> RepairSummary:
    return RepairSummary(row.id, row.number, row.owner or "", row.plate or "", row.work_started_at,
                         row.work_planned_end, row.work_finished_at)


def repair_summary(session: Session, site_id: int, repair_id: int | None) -> RepairSummary | None:
    """The site's repair dossier with that id (None when absent or another site's)."""
    if repair_id is None:
        return None
    row = session.execute(_repairs(site_id).where(REPAIR.c.id == repair_id)).one_or_none()
    return _summary(row) if row is not None else None


def find_repair(session: Session, site_id: int, number: int) -> RepairSummary | None:
    """The site's repair dossier with that number."""
    row = session.execute(_repairs(site_id).where(REPAIR.c.number == number)).one_or_none()
    return _summary(row) if row is not None else None


def search_repairs(session: Session, site_id: int, text: str, limit: int = 50) -> list[RepairSummary]:
    """The site's repair dossiers matching a number, a plate or an owner, newest first."""
    query = _repairs(site_id)
    cleaned = (text or "").strip().lower()
    if cleaned:
        pattern = f"%{cleaned}%"
        query = query.where(or_(func.lower(REPAIR.c.plate).like(pattern), func.lower(REPAIR.c.owner).like(pattern),
                                func.cast(REPAIR.c.number, String).like(pattern)))
    return [_summary(row) for row in session.execute(query.order_by(REPAIR.c.number.desc()).limit(limit))]


def rentals_of_repair(session: Session, site_id: int, repair_id: int) -> list[LinkedRental]:
    """The site's rentals (not cancelled) replacing the car of that repair dossier."""
    query = (select(RENTAL.c.id, RENTAL.c.number, RENTAL.c.kind, FLEET.c.plate, RENTAL.c.planned_return,
                    RENTAL.c.actual_departure, RENTAL.c.actual_return, RENTAL.c.pec_until, RENTAL.c.invoiced)
             .select_from(RENTAL).outerjoin(FLEET, FLEET.c.id == RENTAL.c.vehicle_id)
             .where(RENTAL.c.site_id == site_id, RENTAL.c.repair_dossier_id == repair_id,
                    RENTAL.c.cancelled.is_(False)).order_by(RENTAL.c.number))
    return [LinkedRental(r.id, r.number, r.kind, r.plate or "", r.planned_return, r.actual_departure, r.actual_return,
                         r.pec_until, bool(r.invoiced)) for r in session.execute(query)]
