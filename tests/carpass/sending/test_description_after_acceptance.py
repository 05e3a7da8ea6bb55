"""Editing a dossier's work description after Car-Pass accepted its reading queues the new
description in the same transaction; the next run sends it once, over real HTTP to the
simulator (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.core.carpass.dossiers import DossierInput, get_dossier, update_dossier
from app.core.carpass.models import CarpassEntry
from app.core.carpass.sending.activities import refresh_catalogue
from app.core.carpass.sending.followups import received_reading
from app.core.carpass.sending.models import CarpassFollowup, CarpassReading
from app.core.carpass.sending.sender import send_readings
from app.core.carpass.work_description import describe_number
from app.core.errors import AtelierError
from app.core.progress import run_to_end
from tests.carpass.sending.conftest import FAST, enrol


def _form(detail, activities: list[str]) -> DossierInput:
    """The dossier dialog's input for ``detail`` with another choice of work."""
    return DossierInput(number=detail.number, owner=detail.owner, plate=detail.plate, vin=detail.vin,
                        first_registration=detail.first_registration, original_km=detail.original_km,
                        damage_km=detail.damage_km, repair_km=detail.repair_km, merged=detail.merged,
                        create_vat_number=detail.create_vat_number, invoice_total=detail.invoice_total,
                        activities=activities)


def _accepted(carpass, number: int) -> tuple[int, str]:
    """A dossier whose reading Car-Pass accepted, described with PAINT; (dossier id, guid)."""
    entry = enrol(carpass.db, carpass.site_a, number)
    with carpass.db.session() as session:
        dossier_id = session.get_one(CarpassEntry, entry).dossier_id
    describe_number(carpass.db, carpass.clerk_a, number, ["PAINT"])
    run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=[entry], options=FAST))
    with carpass.db.session() as session:
        reading = received_reading(session, carpass.clerk_a, dossier_id)
    assert reading is not None
    return dossier_id, reading.request_guid


def _followup_states(db) -> list[tuple[str, str]]:
    with db.session() as session:
        return [(f.state, f.payload) for f in session.scalars(select(CarpassFollowup).order_by(CarpassFollowup.id))]


def test_editing_the_description_after_acceptance_sends_the_new_one_once(carpass, simulator):
    refresh_catalogue(carpass.db, carpass.clerk_a)
    dossier_id, guid = _accepted(carpass, 2101)
    assert simulator.state.descriptions_for(guid) == [["PAINT"]]
    # the dossier dialog saves new work: queued in the dossier's own transaction
    detail = get_dossier(carpass.db, carpass.clerk_a, dossier_id)
    update_dossier(carpass.db, carpass.clerk_a, dossier_id, detail.version,
                   _form(detail, ["PAINT", "WINDSCREEN"]))
    assert [state for state, _ in _followup_states(carpass.db)] == ["sent", "queued"]
    summary = run_to_end(send_readings(carpass.db, carpass.clerk_a, options=FAST))
    assert [line.label for line in summary.lines] == ["description:sent"]
    assert simulator.state.descriptions_for(guid) == [["PAINT"], ["PAINT", "WINDSCREEN"]]
    # saving the same work again, or another run, sends nothing more
    detail = get_dossier(carpass.db, carpass.clerk_a, dossier_id)
    update_dossier(carpass.db, carpass.clerk_a, dossier_id, detail.version, _form(detail, ["WINDSCREEN", "PAINT"]))
    run_to_end(send_readings(carpass.db, carpass.clerk_a, options=FAST))
    assert simulator.state.descriptions_for(guid) == [["PAINT"], ["PAINT", "WINDSCREEN"]]
    # `dossiers describe` goes the same way
    describe_number(carpass.db, carpass.clerk_a, 2101, ["BUMPER"])
    run_to_end(send_readings(carpass.db, carpass.clerk_a, options=FAST))
    assert simulator.state.descriptions_for(guid)[-1] == ["BUMPER"]
    assert len(simulator.state.descriptions_for(guid)) == 3


def test_no_description_is_queued_before_acceptance_or_for_an_emptied_one(carpass, simulator):
    refresh_catalogue(carpass.db, carpass.clerk_a)
    entry = enrol(carpass.db, carpass.site_a, 2102)
    describe_number(carpass.db, carpass.clerk_a, 2102, ["PAINT"])
    assert _followup_states(carpass.db) == []  # it leaves with the reading
    run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=[entry], options=FAST))
    describe_number(carpass.db, carpass.clerk_a, 2102, [])
    assert [state for state, _ in _followup_states(carpass.db)] == ["sent"]


def test_a_description_change_is_refused_while_the_previous_one_is_uncertain(carpass, simulator):
    refresh_catalogue(carpass.db, carpass.clerk_a)
    dossier_id, _guid = _accepted(carpass, 2103)
    with carpass.db.session() as session:
        followup = session.scalars(select(CarpassFollowup)).one()
        followup.state = "unknown"
    with pytest.raises(AtelierError, match="à vérifier"):
        describe_number(carpass.db, carpass.clerk_a, 2103, ["WINDSCREEN"])
    detail = get_dossier(carpass.db, carpass.clerk_a, dossier_id)
    assert list(detail.activities) == ["PAINT"]  # nothing saved: the change and its sending go together
    with carpass.db.session() as session:
        assert session.scalars(select(CarpassReading.state)).all() == ["sent"]
