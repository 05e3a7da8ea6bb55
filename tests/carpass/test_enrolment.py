"""Enrolment into the Car-Pass list: the seed's 7 rules alone and combined, manual enrolment,
removal with a reason, and site isolation."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest
from sqlalchemy import select, update

from app.core.carpass.dossiers import enrol_dossier, enrol_number, get_dossier, update_dossier
from app.core.carpass.enrolment import EnrolmentFacts, failed_rules
from app.core.carpass.entries import entry_history, remove_entry
from app.core.carpass.models import CarpassEntry
from app.core.errors import AtelierError, NotFoundError, ValidationError
from app.core.platform.models import Company
from tests.carpass.helpers import dossier_input, make_dossier, start_work, technician

ALL_HOLD = EnrolmentFacts(work_started=True, vin="WAUZZZ8V3EA070544", already_sent=False, merged=False,
                          number=1095, uses_vat_register=True, create_vat_number=True, owner="COWELL")
BREAK = {
    1: {"work_started": False},
    2: {"vin": "WAUZZZ8V3EA0705441"},
    3: {"already_sent": True},
    4: {"merged": True},
    5: {"number": -4},
    6: {"create_vat_number": False},
    7: {"owner": "  "},
}


def facts(*broken: int) -> EnrolmentFacts:
    values = dict(ALL_HOLD.__dict__)
    for rule in broken:
        values.update(BREAK[rule])
    return EnrolmentFacts(**values)


def test_all_rules_hold():
    assert failed_rules(ALL_HOLD) == []


@pytest.mark.parametrize("broken", [c for n in range(1, 8) for c in itertools.combinations(range(1, 8), n)])
def test_every_combination_of_broken_rules_is_reported(broken):
    assert failed_rules(facts(*broken)) == list(broken)


@pytest.mark.parametrize("facts_, expected", [
    (replace(ALL_HOLD, **{"vin": None}), []),  # no VIN is not "longer than 17"
    (replace(ALL_HOLD, **{"vin": "A" * 17}), []),
    (replace(ALL_HOLD, **{"uses_vat_register": False, "create_vat_number": False}), []),
    (replace(ALL_HOLD, **{"number": 0}), [5]),
    (replace(ALL_HOLD, **{"owner": None}), [7]),
])
def test_rule_edges(facts_, expected):
    assert failed_rules(facts_) == expected


def _entry(db, dossier_id):
    with db.session() as session:
        return session.scalar(select(CarpassEntry).where(CarpassEntry.dossier_id == dossier_id))


def _use_vat_register(db, value=True):
    with db.session() as session:
        session.execute(update(Company).values(uses_vat_register=value))


SERVICE_CASES = {
    0: {},
    2: {"vin": "WAUZZZ8V3EA0705441"},
    4: {"merged": True},
    5: {"number": -1095},
    6: {"create_vat_number": False},
    7: {"owner": ""},
}


@pytest.mark.parametrize("rule", [0, 1, 2, 4, 5, 6, 7])
def test_each_rule_alone_on_save_and_clock_in(world, rule):
    """Rule N broken alone keeps the dossier off the list; all holding enrols it at the first clock-in."""
    db = world.db
    _use_vat_register(db)
    technician(db, world.admin_a)
    overrides = dict(SERVICE_CASES.get(rule, {}))
    number = overrides.pop("number", 1095)
    saved = make_dossier(db, world.clerk_a, number, **overrides)
    assert not saved.enrolled
    if rule != 1:
        result = start_work(db, world.clerk_a, number)
        assert result.work_started
        assert result.enrolled is (rule == 0)
    entry = _entry(db, saved.dossier.id)
    assert (entry is not None) is (rule == 0)
    if entry is not None:
        assert entry.status == "pending" and not entry.manual and entry.site_id == world.site_a


def test_rule_3_sent_dossier_is_not_enrolled_again(world):
    db = world.db
    technician(db, world.admin_a)
    saved = make_dossier(db, world.clerk_a)
    start_work(db, world.clerk_a, 1095)
    with db.session() as session:  # what the sending module does once Car-Pass confirms
        session.execute(update(CarpassEntry).values(status="sent"))
    detail = get_dossier(db, world.clerk_a, saved.dossier.id)
    result = update_dossier(db, world.clerk_a, detail.id, detail.version, dossier_input(owner="NEW OWNER"))
    assert not result.enrolled
    assert _entry(db, saved.dossier.id).status == "sent"


def test_saving_the_missing_field_enrols(world):
    db = world.db
    technician(db, world.admin_a)
    saved = make_dossier(db, world.clerk_a, owner="")
    start_work(db, world.clerk_a, 1095)
    assert _entry(db, saved.dossier.id) is None
    detail = get_dossier(db, world.clerk_a, saved.dossier.id)
    result = update_dossier(db, world.clerk_a, detail.id, detail.version, dossier_input(owner="COWELL"))
    assert result.enrolled
    assert result.dossier.carpass_status == "pending"


def test_combined_broken_rules_through_the_service(world):
    db = world.db
    technician(db, world.admin_a)
    saved = make_dossier(db, world.clerk_a, -7, merged=True, owner="")
    start_work(db, world.clerk_a, -7)
    assert _entry(db, saved.dossier.id) is None


def test_manual_enrolment_ignores_the_rules_and_says_so(world):
    db = world.db
    saved = make_dossier(db, world.clerk_a, -7, merged=True, owner="")
    result = enrol_dossier(db, world.clerk_a, saved.dossier.id)
    assert result.failed_rules == [1, 4, 5, 7]
    text = str(result.explanation())
    assert "manuellement" in text and "fusion" in text and "propriétaire" in text
    entry = _entry(db, saved.dossier.id)
    assert entry.manual and entry.status == "pending" and entry.enrolled_by == "clerk.a"
    again = enrol_number(db, world.clerk_a, "-7")
    assert again.already_listed and "déjà" in str(again.explanation())


def test_removal_needs_a_reason_is_kept_in_history_and_manual_reenrols(world):
    db = world.db
    saved = make_dossier(db, world.clerk_a)
    enrol_number(db, world.clerk_a, 1095)
    entry = _entry(db, saved.dossier.id)
    with pytest.raises(ValidationError) as info:
        remove_entry(db, world.clerk_a, entry.id, entry.version, "   ")
    assert info.value.field == "reason"
    assert _entry(db, saved.dossier.id).status == "pending"
    remove_entry(db, world.clerk_a, entry.id, entry.version, "véhicule utilitaire lourd")
    removed = _entry(db, saved.dossier.id)
    assert removed.status == "removed" and removed.removed_reason == "véhicule utilitaire lourd"
    with pytest.raises(AtelierError):
        remove_entry(db, world.clerk_a, entry.id, removed.version, "encore")
    # A save does not bring a removed entry back; the button does.
    detail = get_dossier(db, world.clerk_a, saved.dossier.id)
    assert not update_dossier(db, world.clerk_a, detail.id, detail.version, dossier_input()).enrolled
    assert not enrol_dossier(db, world.clerk_a, saved.dossier.id).already_listed
    history = entry_history(db, world.clerk_a, entry.id)
    assert [e.action for e in history] == ["enrolled_manually", "removed", "enrolled_manually"]
    assert history[1].detail == "véhicule utilitaire lourd"


def test_removal_with_a_stale_version_names_who_changed_it(world):
    db = world.db
    saved = make_dossier(db, world.clerk_a)
    enrol_number(db, world.clerk_a, 1095)
    entry = _entry(db, saved.dossier.id)
    remove_entry(db, world.admin_a, entry.id, entry.version, "doublon")
    with pytest.raises(AtelierError) as info:
        remove_entry(db, world.clerk_a, entry.id, entry.version, "autre raison")
    assert "admin.a" in str(info.value)


def test_sites_are_isolated_with_the_same_numbers(world):
    db = world.db
    a = make_dossier(db, world.clerk_a, 1095, owner="CLIENT A")
    b = make_dossier(db, world.clerk_b, 1095, owner="CLIENT B")
    assert a.dossier.id != b.dossier.id
    with pytest.raises(NotFoundError):
        get_dossier(db, world.clerk_a, b.dossier.id)
    with pytest.raises(NotFoundError):
        enrol_dossier(db, world.clerk_a, b.dossier.id)
    enrol_number(db, world.clerk_b, 1095)
    assert _entry(db, a.dossier.id) is None
    entry_b = _entry(db, b.dossier.id)
    assert entry_b.site_id == world.site_b
    with pytest.raises(NotFoundError):
        remove_entry(db, world.clerk_a, entry_b.id, entry_b.version, "pas à moi")
    with pytest.raises(NotFoundError):
        entry_history(db, world.clerk_a, entry_b.id)
    with pytest.raises(NotFoundError):
        update_dossier(db, world.clerk_a, b.dossier.id, 1, dossier_input())
