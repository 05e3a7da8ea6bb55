"""Car-Pass's standard list of work: served by the simulator over real HTTP, fetched per site
(test connection, at most daily when needed), dropped descriptors made inactive, and the
per-site Car-Pass user name the calls authenticate with."""

from __future__ import annotations

import copy
from datetime import timedelta

import pytest
import requests
from sqlalchemy import func, select, update

from app.core.carpass.models import CarpassActivity
from app.core.carpass.sending import protocol
from app.core.carpass.sending.actions import check_connection
from app.core.carpass.sending.activities import is_stale, refresh_catalogue, refresh_if_stale
from app.core.carpass.sending.credentials import clear_password
from app.core.carpass.sending.models import CarpassCall
from app.core.carpass.sending.simulator import standard_activities
from app.core.carpass.sending.username import read_login, set_username
from app.core.errors import AtelierError, PermissionDeniedError, ValidationError
from app.core.timeutil import utcnow
from tests.carpass.sending.conftest import ESTABLISHMENT_A, PASSWORD_A


def rows(db, site_id):
    with db.session() as session:
        return {r.code: (r.category_code, r.label_fr, r.label_nl, r.active) for r in session.scalars(
            select(CarpassActivity).where(CarpassActivity.site_id == site_id))}


def test_simulator_serves_seven_categories_with_french_and_dutch_labels(simulator):
    answer = requests.get(simulator.base_url + "/activities", auth=(ESTABLISHMENT_A, PASSWORD_A),
                          headers=protocol.software_headers(), timeout=5)
    assert answer.status_code == 200
    categories = answer.json()["categories"]
    assert len(categories) == 7
    descriptors = [a for c in categories for a in c["activities"]]
    assert 60 <= len(descriptors) <= 70
    assert all(a["label"]["fr"] and a["label"]["nl"] and a["label"]["fr"] != a["label"]["nl"] for a in descriptors)
    timing = next(a for a in descriptors if a["code"] == "TIMING_BELT")
    assert timing["label"] == {"fr": "Remplacement de la courroie de distribution",
                               "nl": "Vervangen van de distributieriem"}
    assert requests.get(simulator.base_url + "/activities", auth=(ESTABLISHMENT_A, "wrong"),
                        headers=protocol.software_headers(), timeout=5).status_code == 401


def test_refresh_stores_the_list_for_the_site_and_keeps_the_call(carpass):
    db = carpass.db
    update_ = refresh_catalogue(db, carpass.clerk_a)
    assert (update_.served, update_.added, update_.deactivated) == (67, 67, 0)
    stored = rows(db, carpass.site_a)
    assert stored["PARTICULATE_FILTER"] == ("ENGINE", "Filtre à particules (nettoyage ou remplacement)",
                                            "Roetfilter (reinigen of vervangen)", True)
    assert len({category for category, *_ in stored.values()}) == 7
    assert rows(db, carpass.site_b) == {}
    assert not is_stale(db, carpass.clerk_a) and is_stale(db, carpass.clerk_b)
    with db.session() as session:
        call = session.scalar(select(CarpassCall).where(CarpassCall.operation == "activities"))
        assert (call.site_id, call.http_status, call.login) == (carpass.site_a, 200, "clerk.a")


def test_dropped_descriptors_become_inactive_and_come_back(carpass, simulator):
    db = carpass.db
    refresh_catalogue(db, carpass.clerk_a)
    changed = copy.deepcopy(standard_activities())
    engine = changed["categories"][1]
    engine["activities"] = [a for a in engine["activities"] if a["code"] != "EGR_VALVE"]
    engine["activities"].append({"code": "HYDROGEN_TANK", "label": {"fr": "Réservoir d'hydrogène",
                                                                     "nl": "Waterstoftank"}})
    engine["activities"][0]["label"]["nl"] = "Distributieriem vervangen"
    simulator.set_activities(changed)
    result = refresh_catalogue(db, carpass.clerk_a)
    assert (result.added, result.deactivated, result.reactivated) == (1, 1, 0)
    stored = rows(db, carpass.site_a)
    assert stored["EGR_VALVE"][3] is False  # kept, inactive
    assert stored["HYDROGEN_TANK"] == ("ENGINE", "Réservoir d'hydrogène", "Waterstoftank", True)
    assert stored["TIMING_BELT"][2] == "Distributieriem vervangen"
    simulator.set_activities(standard_activities())
    again = refresh_catalogue(db, carpass.clerk_a)
    assert (again.reactivated, again.deactivated) == (1, 1)
    assert rows(db, carpass.site_a)["EGR_VALVE"][3] is True


@pytest.mark.parametrize("served", [{"unexpected": True}, {"categories": []}])
def test_an_unreadable_or_empty_list_changes_nothing(carpass, simulator, served):
    db = carpass.db
    refresh_catalogue(db, carpass.clerk_a)
    simulator.set_activities(served)
    with pytest.raises(AtelierError, match="liste des travaux"):
        refresh_catalogue(db, carpass.clerk_a)
    assert all(active for *_rest, active in rows(db, carpass.site_a).values())
    assert len(rows(db, carpass.site_a)) == 67


def test_test_connection_stores_the_list(carpass):
    message = check_connection(carpass.db, carpass.admin_b)
    assert "réussie" in str(message) and "67 descripteurs" in str(message)
    assert len(rows(carpass.db, carpass.site_b)) == 67 and rows(carpass.db, carpass.site_a) == {}


def test_refresh_only_when_missing_or_a_day_old(carpass, simulator):
    db = carpass.db
    before = simulator.state.requests
    assert refresh_if_stale(db, carpass.clerk_a).update.served == 67
    assert simulator.state.requests == before + 1
    assert refresh_if_stale(db, carpass.clerk_a).update is None  # fresh: no call
    assert simulator.state.requests == before + 1
    with db.session() as session:
        session.execute(update(CarpassActivity).values(fetched_at=utcnow() - timedelta(hours=25)))
    assert refresh_if_stale(db, carpass.clerk_a).update is not None
    assert simulator.state.requests == before + 2


def test_a_failed_refresh_keeps_the_stored_list_and_says_why(carpass, simulator):
    db = carpass.db
    refresh_catalogue(db, carpass.clerk_a)
    with db.session() as session:
        session.execute(update(CarpassActivity).values(fetched_at=utcnow() - timedelta(days=2)))
    simulator.stop()
    attempt = refresh_if_stale(db, carpass.clerk_a, timeout=(0.5, 0.5))
    assert attempt.update is None and "injoignable" in str(attempt.problem)
    assert len(rows(db, carpass.site_a)) == 67
    clear_password(db, carpass.admin_a)
    attempt = refresh_if_stale(db, carpass.clerk_a)
    assert "Aucun mot de passe Car-Pass" in str(attempt.problem)


def test_the_car_pass_user_name_is_the_establishment_unless_an_admin_changes_it(carpass, simulator):
    db = carpass.db
    login = read_login(db, carpass.clerk_a)
    assert (login.username, login.is_default) == (ESTABLISHMENT_A, True)
    with pytest.raises(PermissionDeniedError):
        set_username(db, carpass.clerk_a, "test-account-7")
    for bad in ("user:name", "two words", "x" * 65):
        with pytest.raises(ValidationError) as refused:
            set_username(db, carpass.admin_a, bad)
        assert refused.value.field == "carpass_username"
    assert set_username(db, carpass.admin_a, "  test-account-7 ").username == "test-account-7"
    # the simulator only knows the establishment: the new user name is what the calls now send
    with pytest.raises(AtelierError, match="test-account-7"):
        refresh_catalogue(db, carpass.clerk_a)
    simulator.accounts["test-account-7"] = PASSWORD_A
    assert refresh_catalogue(db, carpass.clerk_a).served == 67
    assert "test-account-7" in str(check_connection(db, carpass.admin_a))
    assert read_login(db, carpass.admin_b).username != "test-account-7"  # per site
    assert set_username(db, carpass.admin_a, "").is_default
    assert read_login(db, carpass.clerk_a).username == ESTABLISHMENT_A
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(CarpassCall).where(
            CarpassCall.http_status == 401)) == 1
