"""Fleet of replacement vehicles per site (admins manage it, clerks read it)."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from decimal import Decimal

from sqlalchemy import select

from app.core.db.engine import Database
from app.core.db.versioning import check_version, flush_versioned, stamp
from app.core.errors import ValidationError
from app.core.i18n import msg
from app.core.platform.scope import UserScope
from app.core.rental import fields as f
from app.core.rental.access import get_vehicle
from app.core.rental.models import VEHICLE_AVAILABLE, VEHICLE_OUT_OF_SERVICE, VEHICLE_STATUSES, FleetVehicle

PLATE = re.compile(r"^[A-Z0-9-]{2,12}$")
VIN = re.compile(r"^[A-HJ-NPR-Z0-9]{17}$")


@dataclass(frozen=True)
class VehicleData:
    """The editable fields of a fleet vehicle."""

    plate: str
    category: str
    tank_litres: Decimal
    vin: str = ""
    model: str = ""
    current_km: int = 0
    status: str = VEHICLE_AVAILABLE


@dataclass(frozen=True)
class VehicleInfo:
    """A saved fleet vehicle."""

    id: int
    site_id: int
    version: int
    data: VehicleData


def clean_plate(value: str) -> str:
    """A Belgian-style plate: letters, digits and dashes, upper case (``1-ABC-234``)."""
    plate = (value or "").strip().upper().replace(" ", "-")
    if not PLATE.match(plate):
        raise ValidationError("plate", msg("rental", "2 à 12 lettres, chiffres ou tirets"),
                              field_label=msg("rental", "Plaque"))
    return plate


def clean_vehicle(data: VehicleData) -> VehicleData:
    """Validate every field; return the cleaned data."""
    vin = (data.vin or "").strip().upper()
    if vin and not VIN.match(vin):
        raise ValidationError("vin", msg("rental", "numéro de châssis (VIN) invalide : 17 caractères, sans I, O ni Q"),
                              field_label=msg("rental", "VIN"))
    if data.status not in VEHICLE_STATUSES:
        raise ValidationError("status", msg("rental", "disponible, loué ou hors service"),
                              field_label=msg("rental", "Statut"))
    return replace(
        data, plate=clean_plate(data.plate), vin=vin,
        category=f.category("category", msg("rental", "Catégorie"), data.category),
        tank_litres=f.decimal("tank_litres", msg("rental", "Réservoir (litres)"), data.tank_litres, places=1,
                              minimum=Decimal("1"), maximum=Decimal("200")),
        model=f.text("model", msg("rental", "Modèle"), data.model, 80),
        current_km=f.integer("current_km", msg("rental", "Kilométrage actuel"), data.current_km, maximum=2_000_000),
    )


def _info(row: FleetVehicle) -> VehicleInfo:
    return VehicleInfo(row.id, row.site_id, row.version,
                       VehicleData(**{field.name: getattr(row, field.name) for field in fields(VehicleData)}))


def save_vehicle(database: Database, scope: UserScope, data: VehicleData, vehicle_id: int | None = None,
                 expected_version: int | None = None) -> VehicleInfo:
    """Create or update a vehicle of the admin's current site."""
    scope.require_admin()
    data = clean_vehicle(data)
    with database.session() as session:
        clash = session.scalar(select(FleetVehicle.id).where(FleetVehicle.plate == data.plate))
        if clash is not None and clash != vehicle_id:
            raise ValidationError("plate", msg("rental", "la plaque {plate} existe déjà", plate=data.plate),
                                  field_label=msg("rental", "Plaque"))
        if vehicle_id is None:
            row = FleetVehicle(site_id=scope.site_id)
            session.add(row)
        else:
            row = get_vehicle(session, scope, vehicle_id)
            check_version(row, expected_version if expected_version is not None else row.version,
                          msg("rental", "Le véhicule {plate}", plate=row.plate))
        for field in fields(VehicleData):
            setattr(row, field.name, getattr(data, field.name))
        stamp(row, scope.login)
        flush_versioned(session, row, msg("rental", "Le véhicule {plate}", plate=data.plate))
        return _info(row)


def list_vehicles(database: Database, scope: UserScope, *, include_out_of_service: bool = True) -> list[VehicleInfo]:
    """The site's fleet, by category then plate."""
    query = select(FleetVehicle).where(FleetVehicle.site_id == scope.site_id)
    if not include_out_of_service:
        query = query.where(FleetVehicle.status != VEHICLE_OUT_OF_SERVICE)
    with database.session() as session:
        return [_info(row) for row in session.scalars(query.order_by(FleetVehicle.category, FleetVehicle.plate))]


def vehicle_info(database: Database, scope: UserScope, vehicle_id: int) -> VehicleInfo:
    """One vehicle of the site."""
    with database.session() as session:
        return _info(get_vehicle(session, scope, vehicle_id))
