"""Sending through the simulator over loopback: payload fields, outcomes, outbox states."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from app.core.carpass.models import CarpassEntry
from app.core.carpass.sending.models import CarpassCall, CarpassReading
from app.core.carpass.sending.sender import send_readings
from app.core.progress import run_to_end
from app.core.timeutil import local_today, to_local
from tests.carpass_sending.conftest import ESTABLISHMENT_A, FAST, enrol


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
