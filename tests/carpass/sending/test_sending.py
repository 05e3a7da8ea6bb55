"""Sending through the simulator over loopback: payload fields, outcomes, outbox states."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from app.core.carpass.models import CarpassEntry
from app.core.carpass.sending.models import CarpassCall, CarpassReading
from app.core.carpass.sending.sender import SendOptions, send_readings
from app.core.progress import run_to_end
from app.core.timeutil import local_today, to_local
from tests.carpass.sending.conftest import ESTABLISHMENT_A, FAST, enrol


def test_payload_fields_exactly(carpass, simulator):
    started = datetime.now(UTC) - timedelta(days=2)
    entry = enrol(carpass.db, carpass.site_a, 1095, vin="WAUZZZ8V3EA070544", plate="1FSG786",
                  first_registration=date(2014, 5, 6), original_km=125000, damage_km=125896, repair_km=125900,
                  clock_in=started)
    summary = run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=[entry], options=FAST))
    assert [line.outcome for line in summary.lines] == ["sent"]
    (observation,) = simulator.state.observations.values()
    assert observation.establishment == ESTABLISHMENT_A
    assert observation.payload == {
        "vin": "WAUZZZ8V3EA070544", "licensePlate": "1FSG786", "unifier": 2, "firstUseDate": "2014-05-06",
        "odometerReadingDate": to_local(started).date().isoformat(), "odometerReading": 125896,
        "observationType": "VEHICLE_HISTORY_DOCUMENT", "enterpriseOrganisation": "0426753973",
        "enteredOrganisation": ESTABLISHMENT_A,
    }
    with carpass.db.session() as session:
        entry_row = session.get(CarpassEntry, entry)
        reading = session.scalars(select(CarpassReading)).one()
        assert entry_row.status == "sent" and entry_row.sent_at is not None
        assert reading.state == "sent" and reading.request_guid == observation.guid
        call = session.scalars(select(CarpassCall)).one()
        assert call.http_status == 201 and observation.guid in call.response


def test_no_clock_in_sends_today_and_original_km_without_damage_km(carpass, simulator):
    entry = enrol(carpass.db, carpass.site_a, 1112, original_km=54302, damage_km=None, repair_km=54310,
                  clock_in=None)
    # damage km missing: the row is not sendable (seed 000), nothing is posted
    summary = run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=[entry], options=FAST))
    assert summary.lines[0].outcome == "not_sendable" and not simulator.state.observations
    assert "km dégât manquant" in str(summary.lines[0].text)
    with carpass.db.session() as session:
        from app.core.carpass.models import Dossier

        dossier = session.get(Dossier, session.get(CarpassEntry, entry).dossier_id)
        dossier.damage_km = 0  # filled (zero): now the damage km is what is sent
    run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=[entry], options=FAST))
    (observation,) = simulator.state.observations.values()
    assert observation.payload["odometerReadingDate"] == local_today().isoformat()
    assert observation.payload["odometerReading"] == 0


def _entry(db, entry_id):
    with db.session() as session:
        return session.get(CarpassEntry, entry_id)


def _readings(db):
    with db.session() as session:
        return list(session.scalars(select(CarpassReading).order_by(CarpassReading.id)))


def test_original_km_is_sent_when_no_damage_km():
    from app.core.carpass.sending.readings import EntryFacts, payload_for

    facts = EntryFacts(1, "pending", 1, 1095, "WAUZZZ8V3EA070544", "1FSG786", None, 125896, None, 125900, None)
    payload = payload_for(facts, "0426753973", ESTABLISHMENT_A, date(2026, 11, 27))
    assert payload["odometerReading"] == 125896
    assert payload["odometerReadingDate"] == "2026-11-27" and payload["firstUseDate"] is None
    facts.damage_km = 125000
    assert payload_for(facts, "0426753973", ESTABLISHMENT_A, date(2026, 11, 27))["odometerReading"] == 125000


def test_reading_date_is_the_first_clock_in_in_brussels():
    from app.core.carpass.sending.readings import reading_date_of

    # 23:30 UTC on 1 July is already 2 July in Brussels
    assert reading_date_of(datetime(2026, 7, 1, 23, 30, tzinfo=UTC), date(2026, 7, 9)) == date(2026, 7, 2)
    assert reading_date_of(None, date(2026, 7, 9)) == date(2026, 7, 9)


def test_server_anomaly_for_a_lower_reading_then_confirmed_once(carpass, simulator):
    simulator.state.last_by_vin["WAUZZZ8V3EA070544"] = (90000, "2026-01-05")  # another garage's reading
    entry = enrol(carpass.db, carpass.site_a, 1191, damage_km=50100)
    summary = run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=[entry], options=FAST))
    assert summary.lines[0].outcome == "anomaly" and not summary.all_accepted
    row = _entry(carpass.db, entry)
    assert row.status == "anomaly" and "inférieur au dernier relevé" in row.last_message
    (reading,) = _readings(carpass.db)
    assert reading.state == "anomaly" and reading.request_guid
    # a new send does not post it again: Car-Pass has it, the clerk must answer the anomaly
    again = run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=[entry], options=FAST))
    assert again.lines[0].outcome == "anomaly" and len(simulator.state.observations) == 1
    from app.core.carpass.sending.anomaly_confirmation import answer_anomaly
    from app.core.errors import AtelierError

    assert "accepté" in str(answer_anomaly(carpass.db, carpass.clerk_a, reading.id))
    assert _entry(carpass.db, entry).status == "sent" and _readings(carpass.db)[0].state == "sent"
    with pytest.raises(AtelierError):
        answer_anomaly(carpass.db, carpass.clerk_a, reading.id)


def test_a_2xx_to_confirm_without_status_counts_as_confirmed(carpass, simulator):
    from app.core.carpass.sending.anomaly_confirmation import answer_anomaly

    simulator.state.last_by_vin["WAUZZZ8V3EA070544"] = (90000, "2026-01-05")
    entry = enrol(carpass.db, carpass.site_a, 1192, damage_km=50100)
    run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=[entry], options=FAST))
    simulator.bare_confirm = True  # 200 with an empty body
    (reading,) = _readings(carpass.db)
    message = answer_anomaly(carpass.db, carpass.clerk_a, reading.id, "pneus changés, compteur vérifié")
    assert "accepté" in str(message)
    (reading,) = _readings(carpass.db)
    assert reading.state == "sent" and reading.anomaly_answered and reading.server_status == "Reviewing"
    assert _entry(carpass.db, entry).status == "sent"
    from app.core.carpass.entries import entry_history

    assert "pneus changés" in entry_history(carpass.db, carpass.clerk_a, entry)[-1].detail


def test_4xx_becomes_failed_with_the_server_message_and_resend_builds_a_new_reading(carpass, simulator):
    entry = enrol(carpass.db, carpass.site_a, 1126, vin="HF")  # the service wants 3 to 17 characters
    summary = run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=[entry], options=FAST))
    assert summary.lines[0].outcome == "failed"
    row = _entry(carpass.db, entry)
    assert row.status == "failed" and row.last_message == "VIN invalide : HF"
    (failed,) = _readings(carpass.db)
    from app.core.carpass.sending.resolution import resend

    with carpass.db.session() as session:
        from app.core.carpass.models import Dossier

        session.get(Dossier, failed.dossier_id).vin = "HFJFJGFJHFJHFJHFH"
    resend(carpass.db, carpass.clerk_a, failed.id)
    assert _entry(carpass.db, entry).status == "pending"
    summary = run_to_end(send_readings(carpass.db, carpass.clerk_a, options=FAST))
    assert [line.outcome for line in summary.lines] == ["sent"]
    first, second = _readings(carpass.db)
    assert first.state == "failed" and second.state == "sent"
    assert first.idempotency_key != second.idempotency_key


@pytest.mark.parametrize(("kind", "cause", "recorded"), [
    ("garbage", "unreadable", True),        # 2xx without a readable requestGuid
    ("accept_drop", "connection", True),    # recorded, then the connection dropped unanswered
    ("timeout", "timeout", True),           # recorded, answered after the client gave up
    ("server_error", "server_error", False),  # 500: the client cannot know it came first
])
def test_a_call_car_pass_may_have_received_makes_the_reading_to_check_never_reposted(carpass, simulator, kind,
                                                                                     cause, recorded):
    entry = enrol(carpass.db, carpass.site_a, 1194)
    simulator.faults.kinds, simulator.faults.rate = (kind,), 1.0
    summary = run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=[entry], options=FAST))
    assert summary.lines[0].outcome == "uncertain" and not summary.all_accepted
    assert "à vérifier" in str(summary.lines[0].text) and "portail Car-Pass" in str(summary.lines[0].text)
    (reading,) = _readings(carpass.db)
    assert reading.state == "unknown" and reading.uncertain_cause == cause and reading.attempts == 1
    assert _entry(carpass.db, entry).status == "unknown"
    assert len(simulator.state.observations) == (1 if recorded else 0)
    simulator.set_fault_rate(0.0)
    posts = simulator.state.observation_posts
    # neither a scheduled run nor an explicit send posts it again
    run_to_end(send_readings(carpass.db, carpass.clerk_a, options=FAST))
    again = run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=[entry], options=FAST))
    assert again.lines[0].outcome == "uncertain" and simulator.state.observation_posts == posts


def test_resend_on_the_clerks_order_posts_again_and_the_simulator_records_it_twice(carpass, simulator):
    """The service ignores the key: a reading it had is recorded twice — why the clerk
    checks the portal first (and why nothing resends on its own)."""
    from app.core.carpass.sending.resolution import resend

    entry = enrol(carpass.db, carpass.site_a, 1195)
    simulator.faults.kinds, simulator.faults.rate = ("garbage",), 1.0
    run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=[entry], options=FAST))
    simulator.set_fault_rate(0.0)
    (reading,) = _readings(carpass.db)
    resend(carpass.db, carpass.clerk_a, reading.id)
    assert _readings(carpass.db)[0].resolution == "resent" and _entry(carpass.db, entry).status == "pending"
    summary = run_to_end(send_readings(carpass.db, carpass.clerk_a, options=FAST))
    assert summary.lines[0].outcome == "sent"
    assert len(simulator.state.observations_of_vin("WAUZZZ8V3EA070544")) == 2


def test_the_simulator_replays_a_repeated_key_only_when_told(carpass, memory_keyring):
    from app.core.carpass.sending.endpoint import set_endpoint
    from app.core.carpass.sending.resolution import resend
    from app.core.carpass.sending.simulator import CarpassSimulator, FaultConfig
    from tests.carpass.sending.conftest import PASSWORD_A

    server = CarpassSimulator({ESTABLISHMENT_A: PASSWORD_A}, honour_idempotency_key=True,
                              faults=FaultConfig(rate=1.0, kinds=("garbage",))).start()
    try:
        set_endpoint(carpass.db, carpass.admin_a, server.base_url)
        entry = enrol(carpass.db, carpass.site_a, 1196)
        run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=[entry], options=FAST))
        server.set_fault_rate(0.0)
        resend(carpass.db, carpass.clerk_a, _readings(carpass.db)[0].id)
        run_to_end(send_readings(carpass.db, carpass.clerk_a, options=FAST))
        (observation,) = server.state.observations.values()
        assert server.state.duplicates == 1 and _readings(carpass.db)[0].request_guid == observation.guid
    finally:
        server.stop()


def test_mark_received_takes_the_portals_request_guid_checked(carpass, simulator):
    from app.core.carpass.sending.resolution import mark_received
    from app.core.carpass.sending.status import poll_statuses
    from app.core.errors import ValidationError

    first, second = enrol(carpass.db, carpass.site_a, 1201), enrol(carpass.db, carpass.site_a, 1202,
                                                                     vin="TMBJG7NE0F0124355")
    run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=[first], options=FAST))
    simulator.faults.kinds, simulator.faults.rate = ("accept_drop",), 1.0
    run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=[second], options=FAST))
    simulator.set_fault_rate(0.0)
    sent, to_check = _readings(carpass.db)
    assert to_check.state == "unknown"
    for bad, reason in (("", "xxxxxxxx-xxxx"), ("12345", "xxxxxxxx-xxxx"), (sent.request_guid, "dossier 1201")):
        with pytest.raises(ValidationError) as info:
            mark_received(carpass.db, carpass.clerk_a, to_check.id, bad)
        assert info.value.field == "request_guid" and reason in str(info.value)
    with pytest.raises(ValidationError):  # only a reading à vérifier
        mark_received(carpass.db, carpass.clerk_a, sent.id, "6f9619ff-8b86-d011-b42d-00c04fc964ff")
    portal_guid = simulator.state.observations_of_vin("TMBJG7NE0F0124355")[0].guid
    assert mark_received(carpass.db, carpass.clerk_a, to_check.id, f" {{{portal_guid.upper()}}} ") == portal_guid
    reading = _readings(carpass.db)[1]
    assert (reading.state, reading.request_guid, reading.resolution, reading.resolved_by) == \
        ("sent", portal_guid, "marked_received", "clerk.a")
    assert _entry(carpass.db, second).status == "sent" and simulator.state.observation_posts == 2
    # Car-Pass knows that requestGuid: the status polling follows it like any other
    assert run_to_end(poll_statuses(carpass.db, carpass.clerk_a)).errors == []


@pytest.mark.parametrize("kind", ["maintenance", "refused", "unknown_host"])
def test_failures_before_car_pass_got_the_request_are_retried_with_back_off(carpass, simulator, kind):
    import socket

    from app.core.carpass.sending.endpoint import set_endpoint

    entry = enrol(carpass.db, carpass.site_a, 1197)
    if kind == "maintenance":
        simulator.faults.kinds, simulator.faults.rate = ("maintenance",), 1.0
    else:
        with socket.socket() as closed:  # a port nobody listens on
            closed.bind(("127.0.0.1", 0))
            port = closed.getsockname()[1]
        url = f"http://127.0.0.1:{port}/api" if kind == "refused" else "https://carpass-test.invalid/api"
        set_endpoint(carpass.db, carpass.admin_a, url)
    options = SendOptions(timeout=(1.0, 0.2), base_delay=0.05, max_delay=60, patience=1.5, stale_after=0,
                          respect_maintenance=False)
    summary = run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=[entry], options=options))
    assert summary.lines[0].outcome == "queued" and not summary.all_accepted
    (reading,) = _readings(carpass.db)
    assert reading.state == "queued" and reading.attempts >= 2 and reading.next_attempt_at is not None
    assert _entry(carpass.db, entry).status == "pending"
    with carpass.db.session() as session:
        calls = list(session.scalars(select(CarpassCall).order_by(CarpassCall.id)))
    assert len(calls) == reading.attempts and all(c.outcome in ("retry", "error") for c in calls)
    simulator.set_fault_rate(0.0)
    set_endpoint(carpass.db, carpass.admin_a, simulator.base_url)
    summary = run_to_end(send_readings(carpass.db, carpass.clerk_a, options=FAST))
    assert summary.lines[0].outcome == "sent"
    assert simulator.state.observation_posts == 1 and len(simulator.state.observations) == 1


def test_back_off_doubles_up_to_the_cap():
    from app.core.carpass.sending.outbox.schedule import backoff

    assert [backoff(n, 2, 30).total_seconds() for n in (1, 2, 3, 4, 5, 6)] == [2, 4, 8, 16, 30, 30]


def test_maintenance_window_keeps_readings_queued_until_it_ends(carpass, simulator):
    thursday_evening = datetime(2026, 11, 26, 19, 30, tzinfo=UTC)  # 20:30 in Brussels
    entry = enrol(carpass.db, carpass.site_a, 1205, clock_in=thursday_evening - timedelta(hours=3))
    options = SendOptions(timeout=(1.0, 0.5), clock=lambda: thursday_evening)
    summary = run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=[entry], options=options))
    assert "maintenance" in str(summary.stopped) and simulator.state.requests == 0
    (reading,) = _readings(carpass.db)
    assert reading.state == "queued" and reading.next_attempt_at == datetime(2026, 11, 26, 23, 0, tzinfo=UTC)


def test_refused_credentials_stop_the_batch_and_keep_readings_queued(carpass, simulator, memory_keyring):
    first, second = enrol(carpass.db, carpass.site_a, 1), enrol(carpass.db, carpass.site_a, 2, vin="TMBJG7NE0F0124355")
    memory_keyring.set_password("Atelier Car-Pass", ESTABLISHMENT_A, "wrong-password")
    summary = run_to_end(send_readings(carpass.db, carpass.clerk_a, options=FAST))
    assert "identifiants" in str(summary.stopped) and "wrong-password" not in str(summary.stopped)
    assert {r.state for r in _readings(carpass.db)} == {"queued"}
    assert {_entry(carpass.db, e).status for e in (first, second)} == {"pending"}
    assert simulator.state.requests == 1  # stopped after the first refusal


def test_status_polling_updates_readings(carpass, simulator):
    from app.core.carpass.sending.status import poll_statuses

    entry = enrol(carpass.db, carpass.site_a, 1300)
    run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=[entry], options=FAST))
    first = run_to_end(poll_statuses(carpass.db, carpass.clerk_a))
    second = run_to_end(poll_statuses(carpass.db, carpass.clerk_a))
    assert first.polled == 1 and second.changed[0][2] == "Processed"
    assert _readings(carpass.db)[0].server_status == "Processed"
    assert run_to_end(poll_statuses(carpass.db, carpass.clerk_a)).polled == 0  # final: no more polling
    with carpass.db.session() as session:
        operations = [c.operation for c in session.scalars(select(CarpassCall).order_by(CarpassCall.id))]
    assert operations == ["post", "status", "status"]


def test_cancel_leaves_the_rest_queued(carpass, simulator):
    from app.core.progress import CancelToken

    entries = [enrol(carpass.db, carpass.site_a, n, vin=f"VF7XX4X2XN90594{n:02d}") for n in range(1, 6)]
    token = CancelToken()
    operation = send_readings(carpass.db, carpass.clerk_a, entry_ids=entries, options=FAST, token=token)
    next(operation)  # preparation
    next(operation)  # first reading sent
    token.cancel()
    summary = run_to_end(operation)
    assert "interrompu" in str(summary.stopped)
    assert summary.counts()["sent"] == 1 and summary.counts()["queued"] == 4
