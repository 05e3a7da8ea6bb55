"""Return inspection: damages with photos kept in the database, the vehicle's damage history."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from sqlalchemy import func, select

from app.core.errors import NotFoundError, ValidationError
from app.core.grid import GridQuery
from app.core.platform.auth import login
from app.core.rental.damage_list import DamageListSource
from app.core.rental.damages import (
    PhotoFile,
    add_photos,
    dossier_damages,
    mark_repaired,
    photo_content,
    record_damage,
    remove_photo,
    vehicle_damages,
)
from app.core.rental.dossiers import create_dossier
from app.core.rental.models import DamagePhoto, VehicleDamage
from tests.factories import PASSWORD


def phone_photo(width=4000, height=3000, fmt="PNG") -> bytes:
    """A large image with an EXIF block, as a phone would send it."""
    image = Image.new("RGB", (width, height), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    out = io.BytesIO()
    image.save(out, fmt, exif=exif)
    return out.getvalue()


def counts(db):
    with db.session() as s:
        return s.scalar(select(func.count(VehicleDamage.id))), s.scalar(select(func.count(DamagePhoto.id)))


def test_damage_with_photos_at_the_return(rental):
    w = rental.world
    info = create_dossier(w.db, w.clerk_a, rental.pec_data(), "contract")
    damage = record_damage(w.db, w.clerk_a, rental.car_b1, "rayure profonde, 20 cm", zone="portière arrière gauche",
                           dossier_id=info.id, photos=[PhotoFile("IMG_0001.HEIC.png", phone_photo())])
    assert (damage.stage, damage.zone, damage.recorded_by) == ("return", "portière arrière gauche", "clerk.a")
    [photo] = damage.photos
    name, content = photo_content(w.db, w.clerk_a, photo.id)
    stored = Image.open(io.BytesIO(content))
    assert name == "IMG_0001.HEIC.jpg" and stored.format == "JPEG" and max(stored.size) == 1600
    assert not stored.getexif()  # the phone's metadata is not kept
    assert photo.size == len(content) < 200_000
    [again] = dossier_damages(w.db, w.clerk_a, info.id)
    assert again.id == damage.id


def test_bad_photo_or_description_writes_nothing(rental):
    w = rental.world
    with pytest.raises(ValidationError) as refused:
        record_damage(w.db, w.clerk_a, rental.car_b1, "bosse", photos=[PhotoFile("notes.txt", b"not an image")])
    assert refused.value.field == "photos" and "notes.txt" in refused.value.message.render()
    with pytest.raises(ValidationError) as refused:
        record_damage(w.db, w.clerk_a, rental.car_b1, "  ")
    assert refused.value.field == "description"
    other = create_dossier(w.db, w.clerk_a, rental.pec_data(vehicle_id=rental.car_b2), "contract")
    with pytest.raises(ValidationError) as refused:
        record_damage(w.db, w.clerk_a, rental.car_b1, "bosse", dossier_id=other.id)
    assert refused.value.field == "dossier"
    with pytest.raises(NotFoundError):
        record_damage(w.db, w.clerk_a, rental.car_site_b, "bosse")  # another site's car
    assert counts(w.db) == (0, 0)


def test_damage_history_of_a_vehicle(rental):
    w = rental.world
    first = record_damage(w.db, w.clerk_a, rental.car_b1, "éclat de pare-brise", zone="pare-brise", stage="departure")
    second = record_damage(w.db, w.clerk_a, rental.car_b1, "jante rayée", zone="roue avant droite")
    record_damage(w.db, w.clerk_a, rental.car_b2, "rétroviseur fêlé")
    mark_repaired(w.db, w.clerk_a, first.id)
    history = vehicle_damages(w.db, w.clerk_a, rental.car_b1)
    assert [d.description for d in history] == ["jante rayée", "éclat de pare-brise"]
    assert history[1].repaired_by == "clerk.a"
    assert [d.id for d in vehicle_damages(w.db, w.clerk_a, rental.car_b1, open_only=True)] == [second.id]
    info = create_dossier(w.db, w.clerk_a, rental.pec_data(), "contract")
    assert [d.id for d in dossier_damages(w.db, w.clerk_a, info.id)] == [second.id]  # known before departure
    photos = add_photos(w.db, w.clerk_a, second.id, [PhotoFile("a.jpg", phone_photo(800, 600, "JPEG"))]).photos
    remove_photo(w.db, w.clerk_a, photos[0].id)
    assert counts(w.db) == (3, 0)
    source = DamageListSource(w.db, w.clerk_a)
    assert source.count(GridQuery()) == 3 and source.count(GridQuery(filters={"open_only": True})) == 2
    assert source.count(GridQuery(text="1-abc-102")) == 1 and source.count(GridQuery(text="jante")) == 1
    rows = source.fetch(GridQuery(sort_key="plate"), 0, 10)
    assert [r["plate"] for r in rows] == ["1-ABC-101", "1-ABC-101", "1-ABC-102"]
    assert DamageListSource(w.db, w.clerk_b).count(GridQuery()) == 0


def test_every_station_of_the_shared_database_sees_the_photos(rental, station):
    """Another station (its own connection, as the clerk's role on PostgreSQL) reads the photo
    another station stored; a clerk of another site does not."""
    w = rental.world
    damage = record_damage(w.db, w.clerk_a, rental.car_b1, "bosse",
                           photos=[PhotoFile("bosse.png", phone_photo(640, 480))])
    other_station = station(w.db)
    scope = login(other_station, "clerk.a", PASSWORD)
    name, content = photo_content(other_station, scope, damage.photos[0].id)
    assert name == "bosse.jpg" and content.startswith(b"\xff\xd8")
    site_b_station = station(w.db)
    with pytest.raises(NotFoundError):
        photo_content(site_b_station, login(site_b_station, "clerk.b", PASSWORD), damage.photos[0].id)
