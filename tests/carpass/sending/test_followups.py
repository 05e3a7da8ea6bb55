"""Requests about an accepted reading through the outbox, over real HTTP to the simulator:
the work description queued and sent after the reading is accepted, ``queue_description``
for the dossier's describe action, corrections (the accepted reading stays as it was),
the km Car-Pass received, at-most-once for these requests too, and the command line."""

from __future__ import annotations

import pytest
import requests
from sqlalchemy import func, select

from app.cli.main import main
from app.core.carpass.models import DossierActivity
from app.core.carpass.sending import credentials, protocol
from app.core.carpass.sending.followups import (
    Queued,
    correct_reading,
    correction_needed,
    km_received_by_carpass,
    queue_description,
)
from app.core.carpass.sending.models import CarpassCall, CarpassFollowup, CarpassReading
from app.core.carpass.sending.resolution import mark_followup_received, resend_followup
from app.core.carpass.sending.sender import send_readings
from app.core.errors import AtelierError, NotFoundError, ValidationError
from app.core.progress import run_to_end
from tests.carpass.sending.conftest import ESTABLISHMENT_A, FAST, PASSWORD_A, enrol
from tests.factories import PASSWORD


def _describe(db, site_id: int, entry_id: int, *codes: str) -> int:
    from app.core.carpass.models import CarpassEntry

    with db.session() as session:
        dossier_id = session.get(CarpassEntry, entry_id).dossier_id
        session.query(DossierActivity).filter(DossierActivity.dossier_id == dossier_id).delete()
        session.add_all(DossierActivity(site_id=site_id, dossier_id=dossier_id, code=c, added_by="clerk.a")
                        for c in codes)
    return dossier_id


def _reading(db, entry_id: int) -> CarpassReading:
    with db.session() as session:
        return session.scalars(select(CarpassReading).where(CarpassReading.entry_id == entry_id)
                               .order_by(CarpassReading.id.desc())).first()


def _followups(db) -> list[CarpassFollowup]:
    with db.session() as session:
        return list(session.scalars(select(CarpassFollowup).order_by(CarpassFollowup.id)))


def test_the_description_is_sent_after_the_reading_in_the_same_run(carpass, simulator):
    described = enrol(carpass.db, carpass.site_a, 1801)
    _describe(carpass.db, carpass.site_a, described, "BODY-PAINT", "BODY-DENT")
    plain = enrol(carpass.db, carpass.site_a, 1802, vin="TMBJG7NE0F0124355")
    summary = run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=[described, plain], options=FAST))
    assert [(line.dossier, line.label) for line in summary.lines] == [
        (1801, "sent"), (1801, "description:sent"), (1802, "sent")]
    assert summary.all_accepted
    guid = _reading(carpass.db, described).request_guid
    assert simulator.state.descriptions_for(guid) == [["BODY-DENT", "BODY-PAINT"]]
    assert not simulator.state.descriptions_for(_reading(carpass.db, plain).request_guid)
    (followup,) = _followups(carpass.db)
    assert (followup.kind, followup.state, followup.request_guid) == ("description", "sent", guid)
    with carpass.db.session() as session:
        operations = [c.operation for c in session.scalars(select(CarpassCall).order_by(CarpassCall.id))]
    assert sorted(operations) == ["description", "post", "post"]
    # a later run sends nothing again
    run_to_end(send_readings(carpass.db, carpass.clerk_a, options=FAST))
    assert len(simulator.state.descriptions_for(guid)) == 1
    # the history (and its CSV export) shows it with the reading
    from app.core.carpass.sending.history import HistorySource
    from app.core.grid import GridQuery

    rows = {r["dossier"]: r for r in HistorySource(carpass.db, carpass.clerk_a).fetch(GridQuery(), 0, 10)}
    assert rows[1801]["followups"] == "description BODY-DENT,BODY-PAINT: sent" and rows[1802]["followups"] == ""


def test_queue_description_for_the_describe_action(carpass, simulator):
    entry = enrol(carpass.db, carpass.site_a, 1901)
    with carpass.db.session() as session:
        from app.core.carpass.models import CarpassEntry

        dossier_id = session.get(CarpassEntry, entry).dossier_id
    with pytest.raises(ValidationError) as info:  # no work chosen
        queue_description(carpass.db, carpass.clerk_a, dossier_id)
    assert info.value.field == "activities"
    _describe(carpass.db, carpass.site_a, entry, "GLASS-WINDSCREEN")
    with pytest.raises(AtelierError) as refused:  # no reading accepted yet: it will leave with the reading
        queue_description(carpass.db, carpass.clerk_a, dossier_id)
    assert "automatiquement" in str(refused.value) and not _followups(carpass.db)
    with pytest.raises(NotFoundError):
        queue_description(carpass.db, carpass.clerk_b, dossier_id)
    run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=[entry], options=FAST))
    guid = _reading(carpass.db, entry).request_guid
    assert queue_description(carpass.db, carpass.clerk_a, dossier_id).outcome == Queued.ALREADY_SENT
    # the clerk adds work: a new description is queued once, in the caller's transaction
    _describe(carpass.db, carpass.site_a, entry, "GLASS-WINDSCREEN", "BODY-PAINT")
    with carpass.db.session() as session:
        first = queue_description(session, carpass.clerk_a, dossier_id)
        assert first.outcome == Queued.CREATED
        assert queue_description(session, carpass.clerk_a, dossier_id).outcome == Queued.UNCHANGED
    _describe(carpass.db, carpass.site_a, entry, "BODY-PAINT")
    refreshed = queue_description(carpass.db, carpass.clerk_a, dossier_id)
    assert (refreshed.followup_id, refreshed.outcome) == (first.followup_id, Queued.REFRESHED)
    summary = run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=[entry], options=FAST))
    assert [line.label for line in summary.lines] == ["already_sent", "description:sent"]
    assert simulator.state.descriptions_for(guid) == [["GLASS-WINDSCREEN"], ["BODY-PAINT"]]
    # a transaction rolled back by the caller queues nothing
    _describe(carpass.db, carpass.site_a, entry, "MECH-BRAKES")
    with pytest.raises(RuntimeError), carpass.db.session() as session:
        queue_description(session, carpass.clerk_a, dossier_id)
        raise RuntimeError("the describe action failed after queueing")
    assert [f.state for f in _followups(carpass.db)] == ["sent", "sent"]


def test_a_correction_is_its_own_record_and_the_accepted_reading_stays(carpass, simulator):
    entry = enrol(carpass.db, carpass.site_a, 2001, damage_km=50100)
    for args, field in (((2001, "abc", "faute de frappe"), "km"), ((2001, 50200, "  "), "reason"),
                        ((2001, -3, "faute"), "km")):
        with pytest.raises(ValidationError) as info:
            correct_reading(carpass.db, carpass.clerk_a, *args)
        assert info.value.field == field
    with pytest.raises(AtelierError) as nothing:
        correct_reading(carpass.db, carpass.clerk_a, 2001, 50200, "faute de frappe")
    assert "rien à corriger" in str(nothing.value)
    with pytest.raises(NotFoundError):
        correct_reading(carpass.db, carpass.clerk_a, 9999, 50200, "faute de frappe")
    run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=[entry], options=FAST))
    reading = _reading(carpass.db, entry)
    dossier_id = reading.dossier_id
    assert km_received_by_carpass(carpass.db, carpass.clerk_a, dossier_id) == 50100
    assert correction_needed(carpass.db, carpass.clerk_a, dossier_id, 50100) is None
    assert correction_needed(carpass.db, carpass.clerk_a, dossier_id, 51000) == 50100
    with pytest.raises(ValidationError) as same:
        correct_reading(carpass.db, carpass.clerk_a, 2001, 50100, "rien")
    assert "a déjà 50100 km" in str(same.value)
    queued = correct_reading(carpass.db, carpass.clerk_a, "2001", "51 000", "compteur mal lu à la réception")
    assert queued.outcome == Queued.CREATED
    summary = run_to_end(send_readings(carpass.db, carpass.clerk_a, dossier_numbers=[2001], options=FAST))
    assert [line.label for line in summary.lines] == ["already_sent", "correction:sent"]
    assert simulator.state.corrections_for(reading.request_guid) == [(51000, "compteur mal lu à la réception")]
    after = _reading(carpass.db, entry)
    assert (after.odometer, after.state, after.request_guid) == (50100, "sent", reading.request_guid)
    assert km_received_by_carpass(carpass.db, carpass.clerk_a, dossier_id) == 51000
    assert correction_needed(carpass.db, carpass.clerk_a, dossier_id, 50100) == 51000


def test_followups_are_never_posted_twice_automatically(carpass, simulator):
    entry = enrol(carpass.db, carpass.site_a, 2101)
    _describe(carpass.db, carpass.site_a, entry, "BODY-PAINT")
    run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=[entry], options=FAST))
    guid = _reading(carpass.db, entry).request_guid
    simulator.faults.kinds, simulator.faults.rate = ("accept_drop",), 1.0  # recorded, then dropped
    correct_reading(carpass.db, carpass.clerk_a, 2101, 50150, "faute de frappe")
    summary = run_to_end(send_readings(carpass.db, carpass.clerk_a, dossier_numbers=[2101], options=FAST))
    assert [line.label for line in summary.lines] == ["already_sent", "correction:uncertain"]
    simulator.set_fault_rate(0.0)
    correction = _followups(carpass.db)[-1]
    assert (correction.state, correction.uncertain_cause) == ("unknown", "connection")
    run_to_end(send_readings(carpass.db, carpass.clerk_a, dossier_numbers=[2101], options=FAST))
    assert len(simulator.state.corrections_for(guid)) == 1  # not posted again
    mark_followup_received(carpass.db, carpass.clerk_a, correction.id)
    assert _followups(carpass.db)[-1].state == "sent" and _followups(carpass.db)[-1].resolution == "marked_received"
    with pytest.raises(ValidationError):
        resend_followup(carpass.db, carpass.clerk_a, correction.id)
    # a 503 before the service got it is retried; a timeout after it is à vérifier, then resent on order
    simulator.faults.kinds, simulator.faults.rate = ("timeout",), 1.0
    correct_reading(carpass.db, carpass.clerk_a, 2101, 50160, "deuxième lecture")
    run_to_end(send_readings(carpass.db, carpass.clerk_a, dossier_numbers=[2101], options=FAST))
    simulator.set_fault_rate(0.0)
    second = _followups(carpass.db)[-1]
    assert second.state == "unknown" and len(simulator.state.corrections_for(guid)) == 2
    resend_followup(carpass.db, carpass.clerk_a, second.id)
    summary = run_to_end(send_readings(carpass.db, carpass.clerk_a, dossier_numbers=[2101], options=FAST))
    assert summary.lines[-1].label == "correction:sent"
    assert [c[0] for c in simulator.state.corrections_for(guid)] == [50150, 50160, 50160]  # the clerk's choice
    with carpass.db.session() as session:
        assert session.scalar(select(func.count()).select_from(CarpassCall)
                              .where(CarpassCall.followup_id == second.id)) == 2


def test_the_simulator_checks_descriptions_and_corrections(simulator):
    from app.core.carpass.sending.simulator_service import Observation
    from app.core.timeutil import utcnow

    simulator.state.observations["g-1"] = Observation("g-1", ESTABLISHMENT_A, {"vin": "X", "odometerReading": 5,
                                                                               "odometerReadingDate": "2026-01-01"},
                                                      utcnow(), "Processed")
    headers = protocol.software_headers()

    def post(path, body):
        return requests.post(simulator.base_url + path, json=body, auth=(ESTABLISHMENT_A, PASSWORD_A),
                             headers=headers, timeout=5)

    for body in ({}, {"activityCodes": []}, {"activityCodes": ["A", 3]}, {"activityCodes": "A"}):
        answer = post(protocol.description_path("g-1"), body)
        assert answer.status_code == 400 and "activityCodes" in answer.json()["message"]
    assert post(protocol.description_path("unknown"), {"activityCodes": ["A"]}).status_code == 404
    assert post(protocol.description_path("g-1"), protocol.description_payload(["A", "B"])).status_code == 201
    assert simulator.state.descriptions_for("g-1") == [["A", "B"]]
    assert post(protocol.correction_path("g-1"), {"odometerReading": 7}).status_code == 400
    assert post(protocol.correction_path("g-1"), protocol.correction_payload(7, "typo")).status_code == 201
    assert simulator.state.corrections_for("g-1") == [(7, "typo")]


@pytest.mark.usefixtures("qapp")
def test_carpass_correct_on_the_command_line(sqlite_world, simulator, memory_keyring, monkeypatch, capsys):
    from app.core.carpass.sending.endpoint import set_endpoint

    world = sqlite_world
    monkeypatch.setenv("ATELIER_PASSWORD", PASSWORD)
    monkeypatch.setenv(credentials.PASSWORD_VARIABLE, PASSWORD_A)
    set_endpoint(world.db, world.admin_a, simulator.base_url)
    entry = enrol(world.db, world.site_a, 2201, damage_km=50100)

    def atelier(*args):
        return main(["--database", world.db.url, "--user", "clerk.a", "--lang", "fr", *args])

    assert atelier("carpass", "correct", "2201", "--km", "50200", "--reason", "typo") == 1  # nothing sent yet
    assert "rien à corriger" in capsys.readouterr().err
    assert atelier("carpass", "send") == 0
    capsys.readouterr()
    assert atelier("carpass", "correct", "2201", "--km", "deux", "--reason", "typo") == 2
    assert atelier("carpass", "correct", "2201", "--km", "50200", "--reason", "") == 2
    capsys.readouterr()
    assert atelier("carpass", "correct", "2201", "--km", "50200", "--reason", "compteur mal lu") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1].startswith("2201\tcorrection:sent\tcorrection à 50200 km envoyée")
    guid = _reading(world.db, entry).request_guid
    assert simulator.state.corrections_for(guid) == [(50200, "compteur mal lu")]
