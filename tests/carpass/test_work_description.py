"""Work description of a dossier: codes checked against the site's active list of work, saved
with the dossier or on their own (``dossiers describe``), labels per language, history."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.core.carpass.dossiers import enrol_number, find_dossier, update_dossier
from app.core.carpass.models import CarpassEntryEvent, DossierActivity
from app.core.carpass.work_description import catalogue, describe_number, label_language
from app.core.errors import AtelierError, ConflictError, ValidationError, ValidationErrors
from app.core.timeutil import utcnow
from tests.carpass.helpers import dossier_input, load_standard_list, make_dossier


def load_list(db, site_id: int, drop: tuple[str, ...] = ()) -> None:
    load_standard_list(db, site_id, drop)


def stored_codes(db, dossier_id: int) -> list[str]:
    with db.session() as session:
        return list(session.scalars(select(DossierActivity.code).where(DossierActivity.dossier_id == dossier_id)
                                    .order_by(DossierActivity.id)))


def test_describe_checks_codes_against_the_site_list(world):
    db = world.db
    load_list(db, world.site_a)
    saved = make_dossier(db, world.clerk_a, 1095)
    result = describe_number(db, world.clerk_a, 1095, ["timing_belt", "PAINT", "TIMING_BELT"])
    assert result.changed and [d.code for d in result.descriptors] == ["TIMING_BELT", "PAINT"]
    assert [d.category_label for d in result.descriptors] == ["Moteur", "Carrosserie"]
    assert stored_codes(db, saved.dossier.id) == ["TIMING_BELT", "PAINT"]
    with pytest.raises(ValidationError) as refused:
        describe_number(db, world.clerk_a, 1095, ["PAINT", "FLUX_CAPACITOR", "WARP"])
    assert refused.value.field == "activities" and "FLUX_CAPACITOR, WARP" in str(refused.value)
    assert stored_codes(db, saved.dossier.id) == ["TIMING_BELT", "PAINT"]  # nothing half-written
    assert not describe_number(db, world.clerk_a, 1095, ["TIMING_BELT", "PAINT"]).changed
    assert describe_number(db, world.clerk_a, 1095, []).descriptors == ()
    assert stored_codes(db, saved.dossier.id) == []


def test_labels_follow_the_language_nl_else_fr(world):
    db = world.db
    load_list(db, world.site_a)
    make_dossier(db, world.clerk_a, 1095)
    dutch = describe_number(db, world.clerk_a, 1095, ["WINDSCREEN"], language="nl").descriptors[0]
    assert (dutch.category_label, dutch.label) == ("Banden en beglazing", "Vervangen van de voorruit")
    english = describe_number(db, world.clerk_a, 1095, None, language="en").descriptors[0]
    assert english.label == "Remplacement du pare-brise"
    assert (label_language("nl_BE"), label_language("en"), label_language(None)) == ("nl", "fr", "fr")
    picker = catalogue(db, world.clerk_a, "nl")
    assert len(picker.categories) == 7 and picker.categories[0].label == "Onderhoud"
    assert sum(len(c.descriptors) for c in picker.categories) == 67


def test_a_dropped_descriptor_stays_on_a_dossier_but_is_not_chosen_anew(world):
    db = world.db
    load_list(db, world.site_a)
    make_dossier(db, world.clerk_a, 1095)
    make_dossier(db, world.clerk_a, 1096)
    describe_number(db, world.clerk_a, 1095, ["EGR_VALVE", "TURBO"])
    load_list(db, world.site_a, drop=("EGR_VALVE",))
    assert "EGR_VALVE" not in catalogue(db, world.clerk_a).by_code
    assert catalogue(db, world.clerk_a, keep=["EGR_VALVE"]).by_code["EGR_VALVE"].active is False
    kept = describe_number(db, world.clerk_a, 1095, ["EGR_VALVE", "TURBO", "INJECTORS"])
    assert [(d.code, d.active) for d in kept.descriptors] == [("EGR_VALVE", False), ("TURBO", True),
                                                              ("INJECTORS", True)]
    with pytest.raises(ValidationError, match="retiré"):
        describe_number(db, world.clerk_a, 1096, ["EGR_VALVE"])


def test_no_list_yet_and_other_sites(world):
    db = world.db
    make_dossier(db, world.clerk_a, 1095)
    make_dossier(db, world.clerk_b, 1095, owner="SITE B")
    with pytest.raises(AtelierError, match="pas encore chargée") as missing:
        describe_number(db, world.clerk_a, 1095, ["PAINT"])
    assert missing.value.exit_code == 1
    load_list(db, world.site_a)
    describe_number(db, world.clerk_a, 1095, ["PAINT"])
    with pytest.raises(AtelierError, match="pas encore chargée"):  # site B's list is its own
        describe_number(db, world.clerk_b, 1095, ["PAINT"])
    assert find_dossier(db, world.clerk_b, 1095).activities == ()


def test_saved_with_the_dossier_in_one_transaction(world):
    db = world.db
    load_list(db, world.site_a)
    saved = make_dossier(db, world.clerk_a, 1095, activities=["BODY_REPAIR", "PAINT"])
    assert saved.dossier.activities == ("BODY_REPAIR", "PAINT")
    detail = saved.dossier
    with pytest.raises(ValidationError):
        update_dossier(db, world.clerk_a, detail.id, detail.version,
                       dossier_input(owner="NOUVEAU", activities=["PAINT", "NOPE"]))
    assert find_dossier(db, world.clerk_a, 1095).owner == "JASSIN PHILIPPE"  # the refused code saved nothing
    with pytest.raises((ValidationError, ValidationErrors)):
        update_dossier(db, world.clerk_a, detail.id, detail.version,
                       dossier_input(damage_km="-1", activities=["BUMPER"]))
    assert find_dossier(db, world.clerk_a, 1095).activities == ("BODY_REPAIR", "PAINT")
    result = update_dossier(db, world.clerk_a, detail.id, detail.version, dossier_input(activities=["BUMPER"]))
    assert result.dossier.activities == ("BUMPER",) and result.dossier.version > detail.version
    untouched = update_dossier(db, world.clerk_a, detail.id, result.dossier.version, dossier_input(owner="X"))
    assert untouched.dossier.activities == ("BUMPER",)  # activities=None leaves the description


def test_describe_moves_the_version_and_is_in_the_entry_history(world):
    db = world.db
    load_list(db, world.site_a)
    saved = make_dossier(db, world.clerk_a, 1095)
    enrol_number(db, world.clerk_a, 1095)
    opened = find_dossier(db, world.clerk_a, 1095)
    describe_number(db, world.admin_a, 1095, ["CLUTCH"])
    with pytest.raises(ConflictError) as conflict:  # a form opened before cannot overwrite it
        update_dossier(db, world.clerk_a, saved.dossier.id, opened.version, dossier_input(activities=[]))
    assert "admin.a" in str(conflict.value)
    with db.session() as session:
        events = [(e.action, e.detail, e.login) for e in session.scalars(
            select(CarpassEntryEvent).order_by(CarpassEntryEvent.id))]
    assert ("described", "CLUTCH", "admin.a") in events
    assert find_dossier(db, world.clerk_a, 1095).updated_at > utcnow() - timedelta(minutes=1)
