"""The site's fleet damages as a grid source: sorted, filtered and counted in SQL.

Filters: ``open_only`` (not repaired yet), ``vehicle_id``; free text on the plate, the
zone and the description.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, func, or_, select

from app.core.db.engine import Database
from app.core.grid import GridColumn, GridQuery
from app.core.i18n import Translator, identity_translator, msg
from app.core.platform.scope import UserScope
from app.core.rental.damages import stage_label
from app.core.rental.dossier_data import dossier_reference
from app.core.rental.dossier_list import SelectColumn, like_pattern
from app.core.rental.models import DamagePhoto, FleetVehicle, RentalDossier, VehicleDamage

COLUMNS: tuple[GridColumn, ...] = (
    GridColumn("recorded_at", msg("rental", "Noté le")),
    GridColumn("plate", msg("rental", "Véhicule")),
    GridColumn("stage", msg("rental", "Moment")),
    GridColumn("zone", msg("rental", "Emplacement")),
    GridColumn("description", msg("rental", "Description")),
    GridColumn("dossier", msg("rental", "Dossier")),
    GridColumn("photos", msg("rental", "Photos"), align_right=True),
    GridColumn("recorded_by", msg("rental", "Noté par")),
    GridColumn("repaired_at", msg("rental", "Réparé le")),
)
PHOTOS = (select(func.count(DamagePhoto.id)).where(DamagePhoto.damage_id == VehicleDamage.id)
          .correlate(VehicleDamage).scalar_subquery())
SORTS = {"recorded_at": VehicleDamage.recorded_at, "plate": FleetVehicle.plate, "stage": VehicleDamage.stage,
         "zone": VehicleDamage.zone, "description": VehicleDamage.description, "dossier": RentalDossier.number,
         "photos": PHOTOS, "recorded_by": VehicleDamage.recorded_by, "repaired_at": VehicleDamage.repaired_at}


class DamageListSource:
    """RowSource of the damages of the scope's site."""

    columns: Sequence[GridColumn] = COLUMNS

    def __init__(self, database: Database, scope: UserScope, translate: Translator = identity_translator):
        self.database, self.scope, self.translate = database, scope, translate

    def _query(self, *columns: SelectColumn, query: GridQuery) -> Select[*tuple[Any, ...]]:
        statement = (select(*columns).select_from(VehicleDamage)
                     .join(FleetVehicle, FleetVehicle.id == VehicleDamage.vehicle_id)
                     .outerjoin(RentalDossier, RentalDossier.id == VehicleDamage.dossier_id)
                     .where(VehicleDamage.site_id == self.scope.site_id))
        if query.filters.get("open_only"):
            statement = statement.where(VehicleDamage.repaired_at.is_(None))
        if query.filters.get("vehicle_id"):
            statement = statement.where(VehicleDamage.vehicle_id == query.filters["vehicle_id"])
        if (query.text or "").strip():
            pattern = like_pattern(query.text.strip().lower())
            statement = statement.where(or_(func.lower(FleetVehicle.plate).like(pattern, escape="\\"),
                                            func.lower(VehicleDamage.zone).like(pattern, escape="\\"),
                                            func.lower(VehicleDamage.description).like(pattern, escape="\\")))
        return statement

    def count(self, query: GridQuery) -> int:
        """Damages matching ``query``."""
        with self.database.session() as session:
            return session.scalar(self._query(func.count(VehicleDamage.id), query=query)) or 0

    def fetch(self, query: GridQuery, offset: int, limit: int) -> list[dict[str, Any]]:
        """One page of damages, newest first unless sorted otherwise."""
        sort = SORTS.get(query.sort_key or "recorded_at", VehicleDamage.recorded_at)
        descending = query.descending if query.sort_key else True
        statement = self._query(VehicleDamage, FleetVehicle.plate, RentalDossier.number, PHOTOS.label("photos"),
                                query=query).order_by(sort.desc() if descending else sort.asc(),
                                                      VehicleDamage.id.desc()).offset(offset).limit(limit)
        with self.database.session() as session:
            return [{
                "id": damage.id, "vehicle_id": damage.vehicle_id, "dossier_id": damage.dossier_id,
                "recorded_at": damage.recorded_at, "plate": plate,
                "stage": stage_label(damage.stage).render(self.translate), "zone": damage.zone,
                "description": damage.description,
                "dossier": dossier_reference(self.scope.site_code, number) if number is not None else "",
                "photos": photos, "recorded_by": damage.recorded_by, "repaired_at": damage.repaired_at,
                "open": damage.repaired_at is None,
            } for damage, plate, number, photos in session.execute(statement)]
