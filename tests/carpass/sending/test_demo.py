"""Demo mode: the demo sites send to a simulator started on loopback, never to Car-Pass."""

from __future__ import annotations

from app.core.carpass.sending import credentials
from app.core.carpass.sending.demo import DEMO_CARPASS_PASSWORD, start_demo_simulator
from app.core.carpass.sending.endpoint import read_settings
from app.core.carpass.sending.sender import send_readings
from app.core.demo import populate_demo
from app.core.platform.auth import login
from app.core.platform.demo import DEMO_PASSWORD
from app.core.progress import run_to_end
from tests.carpass.sending.conftest import FAST, enrol


def test_demo_sites_send_to_the_simulator(sqlite_db, memory_keyring):
    run_to_end(populate_demo(sqlite_db))
    simulator = start_demo_simulator(sqlite_db)
    try:
        scope = login(sqlite_db, "clerk.liege", DEMO_PASSWORD)
        assert read_settings(sqlite_db, scope).endpoint_url == simulator.base_url
        assert credentials.password_for("2026402650") == (DEMO_CARPASS_PASSWORD, "session")
        assert not memory_keyring.store  # the OS keyring is not touched
        entry = enrol(sqlite_db, scope.site_id, 99001, vin="VF7XX4X2XN9059479")
        summary = run_to_end(send_readings(sqlite_db, scope, entry_ids=[entry], options=FAST))
        assert [line.outcome for line in summary.lines] == ["sent"]
        (observation,) = simulator.state.observations.values()
        assert observation.establishment == "2026402650" and observation.payload["vin"] == "VF7XX4X2XN9059479"
    finally:
        simulator.stop()


def test_no_simulator_for_a_database_without_demo_sites(world):
    simulator = start_demo_simulator(world.db)  # same numbers as the demo, other site codes
    if simulator is not None:
        simulator.stop()
    assert simulator is None
