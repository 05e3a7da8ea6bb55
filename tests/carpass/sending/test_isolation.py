"""Site isolation: a clerk sends, sees and acts on their own site's readings only."""

from __future__ import annotations

import pytest

from app.core.carpass.sending.anomaly_confirmation import confirm_blocked
from app.core.carpass.sending.history import HistorySource, calls_of
from app.core.carpass.sending.resolution import mark_received, resend
from app.core.carpass.sending.sender import send_readings
from app.core.errors import NotFoundError
from app.core.grid import GridQuery
from app.core.progress import run_to_end
from tests.carpass.sending.conftest import ESTABLISHMENT_A, ESTABLISHMENT_B, FAST, enrol


def test_a_clerk_cannot_send_another_sites_dossier_by_number(carpass, simulator):
    enrol(carpass.db, carpass.site_b, 7001)
    with pytest.raises(NotFoundError) as info:
        run_to_end(send_readings(carpass.db, carpass.clerk_a, dossier_numbers=[7001], options=FAST))
    assert "7001" in str(info.value)
    b_entry = enrol(carpass.db, carpass.site_b, 7002)
    with pytest.raises(NotFoundError):
        run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=[b_entry], options=FAST))
    assert not simulator.state.observations


def test_same_dossier_numbers_on_two_sites_send_with_each_sites_credentials(carpass, simulator):
    enrol(carpass.db, carpass.site_a, 1095, vin="WAUZZZ8V3EA070544")
    enrol(carpass.db, carpass.site_b, 1095, vin="TMBJG7NE0F0124355")
    summary_a = run_to_end(send_readings(carpass.db, carpass.clerk_a, dossier_numbers=[1095], options=FAST))
    assert [line.outcome for line in summary_a.lines] == ["sent"]
    (observation,) = simulator.state.observations.values()
    assert observation.establishment == ESTABLISHMENT_A and observation.payload["vin"] == "WAUZZZ8V3EA070544"
    # a scheduled run of site B sends B's row only, with B's establishment number
    run_to_end(send_readings(carpass.db, carpass.clerk_b, options=FAST))
    assert [o.payload["enteredOrganisation"] for o in simulator.state.accepted_for(ESTABLISHMENT_B)] == \
        [ESTABLISHMENT_B]
    history_a = HistorySource(carpass.db, carpass.clerk_a)
    history_b = HistorySource(carpass.db, carpass.clerk_b)
    rows_a = history_a.fetch(GridQuery(), 0, 50)
    assert [r["vin"] for r in rows_a] == ["WAUZZZ8V3EA070544"] and history_a.count(GridQuery()) == 1
    assert [r["vin"] for r in history_b.fetch(GridQuery(), 0, 50)] == ["TMBJG7NE0F0124355"]
    reading_a = rows_a[0]["id"]
    for action in (resend, calls_of):
        with pytest.raises(NotFoundError):
            action(carpass.db, carpass.clerk_b, reading_a)
    with pytest.raises(NotFoundError):
        confirm_blocked(carpass.db, carpass.clerk_b, reading_a, "raison")
    with pytest.raises(NotFoundError):
        mark_received(carpass.db, carpass.clerk_b, reading_a, "6f9619ff-8b86-d011-b42d-00c04fc964ff")
    assert len(calls_of(carpass.db, carpass.clerk_a, reading_a)) == 1


def test_history_filters_and_sorts_in_sql(carpass, simulator):
    for number, vin in ((1, "WAUZZZ8V3EA070544"), (2, "TMBJG7NE0F0124355"), (3, "AB")):
        enrol(carpass.db, carpass.site_a, number, vin=vin)
    run_to_end(send_readings(carpass.db, carpass.clerk_a, options=FAST))
    source = HistorySource(carpass.db, carpass.clerk_a)
    assert source.count(GridQuery()) == 3
    assert source.count(GridQuery(filters={"states": ["failed"]})) == 1
    assert [r["dossier"] for r in source.fetch(GridQuery(sort_key="dossier"), 0, 10)] == [1, 2, 3]
    assert [r["dossier"] for r in source.fetch(GridQuery(sort_key="dossier", descending=True), 0, 2)] == [3, 2]
    assert [r["dossier"] for r in source.fetch(GridQuery(text="tmbjg"), 0, 10)] == [2]
    assert [r["dossier"] for r in source.fetch(GridQuery(text="invalide"), 0, 10)] == [3]
