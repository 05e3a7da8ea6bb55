"""Damages of the fleet: noted at departure, at the return inspection or in between, with
their photos, open until the car is repaired — each vehicle's damage history.

Photos are kept in the database (``rental_damage_photo``), not in a station's data folder:
every station of a shared database sees them, they follow the site's row-level security,
and the database backup holds them (docs/decisions/rental-damages.md). Each photo is
decoded to prove it is an image, turned upright, stripped of its metadata (a phone's
location) and reduced to 1600 px on its long side as JPEG, so a return with a few photos
adds a few hundred kilobytes.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath

from PIL import Image, ImageOps, UnidentifiedImageError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.db.engine import Database
from app.core.errors import AtelierError, NotFoundError, ValidationError
from app.core.i18n import Message, msg
from app.core.platform.scope import UserScope
from app.core.rental import fields as f
from app.core.rental.access import get_dossier, get_vehicle
from app.core.rental.models import DAMAGE_RETURN, DAMAGE_STAGES, DamagePhoto, VehicleDamage
from app.core.timeutil import utcnow

MAX_PHOTO_BYTES = 15 * 1024 * 1024  # as sent by the clerk (a phone's photo); stored far smaller
MAX_PHOTOS = 12
LONG_SIDE = 1600


@dataclass(frozen=True)
class PhotoFile:
    """A photo as the clerk picks it: its file name and bytes."""

    filename: str
    content: bytes


@dataclass(frozen=True)
class PhotoInfo:
    """A stored photo (without its bytes)."""

    id: int
    filename: str
    size: int
    added_by: str
    added_at: datetime


@dataclass(frozen=True)
class DamageInfo:
    """A damage with its photos."""

    id: int
    vehicle_id: int
    dossier_id: int | None
    stage: str
    zone: str
    description: str
    recorded_by: str
    recorded_at: datetime
    repaired_at: datetime | None
    repaired_by: str | None
    photos: tuple[PhotoInfo, ...]


def stage_label(stage: str) -> Message:
    """When a damage was noted, for the clerk."""
    return {"departure": msg("rental", "départ"), "return": msg("rental", "retour"),
            "other": msg("rental", "hors location")}[stage]


def prepared_photo(photo: PhotoFile) -> tuple[str, bytes]:
    """(file name, JPEG bytes) of an uploaded photo, or a refusal naming the file."""
    label = msg("rental", "Photo {name}", name=photo.filename)
    if not photo.content:
        raise ValidationError("photos", msg("rental", "fichier vide"), field_label=label)
    if len(photo.content) > MAX_PHOTO_BYTES:
        raise ValidationError("photos", msg("rental", "{mb} Mo au plus", mb=MAX_PHOTO_BYTES // (1024 * 1024)),
                              field_label=label)
    try:
        with Image.open(io.BytesIO(photo.content)) as image:
            upright = ImageOps.exif_transpose(image).convert("RGB")
            upright.thumbnail((LONG_SIDE, LONG_SIDE))
            out = io.BytesIO()
            upright.save(out, "JPEG", quality=85, optimize=True)
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise ValidationError("photos", msg("rental", "ce n'est pas une photo lisible (JPEG, PNG, WebP…)"),
                              field_label=label) from None
    name = (PurePath(photo.filename).stem or "photo")[:110] + ".jpg"
    return name, out.getvalue()


def _store(session: Session, scope: UserScope, damage: VehicleDamage, name: str, content: bytes) -> None:
    session.add(DamagePhoto(site_id=damage.site_id, damage_id=damage.id, filename=name, mime_type="image/jpeg",
                            size=len(content), sha256=hashlib.sha256(content).hexdigest(), content=content,
                            added_by=scope.login))


def check_damage(description: str, zone: str, stage: str,
                 photos: tuple[PhotoFile, ...] | list[PhotoFile]) -> tuple[str, str, list[tuple[str, bytes]]]:
    """(description, zone, prepared photos) of a damage about to be noted, or the refusal
    naming the field — so a caller saving something else first can check before it writes."""
    description = f.text("description", msg("rental", "Description du dommage"), description, 2000, required=True)
    zone = f.text("zone", msg("rental", "Emplacement"), zone, 60)
    if stage not in DAMAGE_STAGES:
        raise ValidationError("stage", msg("rental", "départ, retour ou hors location"),
                              field_label=msg("rental", "Moment"))
    if len(photos) > MAX_PHOTOS:
        raise ValidationError("photos", msg("rental", "{n} photos au plus par dommage", n=MAX_PHOTOS),
                              field_label=msg("rental", "Photos"))
    return description, zone, [prepared_photo(photo) for photo in photos]


def record_damage(database: Database, scope: UserScope, vehicle_id: int, description: str, *, zone: str = "",
                  stage: str = DAMAGE_RETURN, dossier_id: int | None = None,
                  photos: tuple[PhotoFile, ...] | list[PhotoFile] = ()) -> DamageInfo:
    """Note a damage of a site's vehicle (of a dossier's when given), with its photos; every
    field and photo is checked before anything is written."""
    description, zone, prepared = check_damage(description, zone, stage, photos)
    with database.session() as session:
        vehicle = get_vehicle(session, scope, vehicle_id)
        if dossier_id is not None:
            dossier = get_dossier(session, scope, dossier_id)
            if dossier.vehicle_id != vehicle.id:
                raise ValidationError("dossier", msg("rental", "le dossier {number} concerne un autre véhicule",
                                                     number=dossier.number), field_label=msg("rental", "Dossier"))
        row = VehicleDamage(site_id=scope.site_id, vehicle_id=vehicle.id, dossier_id=dossier_id, stage=stage, zone=zone,
                            description=description, recorded_by=scope.login)
        session.add(row)
        session.flush()
        for name, content in prepared:
            _store(session, scope, row, name, content)
        session.flush()
        return _info(session, row)


def _damage(session: Session, scope: UserScope, damage_id: int) -> VehicleDamage:
    row = session.get(VehicleDamage, damage_id)
    if row is None or row.site_id != scope.site_id:
        raise NotFoundError(msg("rental", "Dommage introuvable."))
    return row


def add_photos(database: Database, scope: UserScope, damage_id: int, photos: list[PhotoFile]) -> DamageInfo:
    """Add photos to a damage already noted."""
    prepared = [prepared_photo(photo) for photo in photos]
    with database.session() as session:
        row = _damage(session, scope, damage_id)
        count = session.scalars(select(func.count(DamagePhoto.id)).where(DamagePhoto.damage_id == row.id)).one()
        if count + len(prepared) > MAX_PHOTOS:
            raise ValidationError("photos", msg("rental", "{n} photos au plus par dommage", n=MAX_PHOTOS),
                                  field_label=msg("rental", "Photos"))
        for name, content in prepared:
            _store(session, scope, row, name, content)
        session.flush()
        return _info(session, row)


def remove_photo(database: Database, scope: UserScope, photo_id: int) -> None:
    """Remove a photo added by mistake (the damage stays)."""
    with database.session() as session:
        photo = session.get(DamagePhoto, photo_id)
        if photo is None or photo.site_id != scope.site_id:
            raise NotFoundError(msg("rental", "Photo introuvable."))
        session.delete(photo)


def photo_content(database: Database, scope: UserScope, photo_id: int) -> tuple[str, bytes]:
    """(file name, JPEG bytes) of a stored photo."""
    with database.session() as session:
        photo = session.get(DamagePhoto, photo_id)
        if photo is None or photo.site_id != scope.site_id:
            raise NotFoundError(msg("rental", "Photo introuvable."))
        return photo.filename, photo.content


def mark_repaired(database: Database, scope: UserScope, damage_id: int) -> DamageInfo:
    """The damage was repaired: it leaves the vehicle's open damages (history keeps it)."""
    with database.session() as session:
        row = _damage(session, scope, damage_id)
        if row.repaired_at is not None:
            raise AtelierError(msg("rental", "Ce dommage est déjà marqué réparé."))
        row.repaired_at, row.repaired_by = utcnow(), scope.login
        session.flush()
        return _info(session, row)


def _info(session: Session, row: VehicleDamage) -> DamageInfo:
    photos = session.execute(select(DamagePhoto.id, DamagePhoto.filename, DamagePhoto.size, DamagePhoto.added_by,
                                    DamagePhoto.added_at).where(DamagePhoto.damage_id == row.id)
                             .order_by(DamagePhoto.id)).all()
    return DamageInfo(row.id, row.vehicle_id, row.dossier_id, row.stage, row.zone, row.description, row.recorded_by,
                      row.recorded_at, row.repaired_at, row.repaired_by, tuple(PhotoInfo(*p) for p in photos))


def vehicle_damages(database: Database, scope: UserScope, vehicle_id: int, *,
                    open_only: bool = False) -> list[DamageInfo]:
    """The vehicle's damage history, newest first (only those not repaired with ``open_only``)."""
    with database.session() as session:
        get_vehicle(session, scope, vehicle_id)
        query = select(VehicleDamage).where(VehicleDamage.vehicle_id == vehicle_id)
        if open_only:
            query = query.where(VehicleDamage.repaired_at.is_(None))
        rows = session.scalars(query.order_by(VehicleDamage.recorded_at.desc(), VehicleDamage.id.desc()))
        return [_info(session, row) for row in rows]


def dossier_damages(database: Database, scope: UserScope, dossier_id: int) -> list[DamageInfo]:
    """What the inspection shows: the car's open damages and those noted on this dossier."""
    with database.session() as session:
        dossier = get_dossier(session, scope, dossier_id)
        if dossier.vehicle_id is None:
            return []
        rows = session.scalars(select(VehicleDamage).where(
            VehicleDamage.vehicle_id == dossier.vehicle_id,
            (VehicleDamage.repaired_at.is_(None)) | (VehicleDamage.dossier_id == dossier.id))
            .order_by(VehicleDamage.recorded_at, VehicleDamage.id))
        return [_info(session, row) for row in rows]
