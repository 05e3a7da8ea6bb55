"""Dossier list, incomplete-authorisations report, planning board, pricing input, demo."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal as D

from app.core.grid import GridQuery
from app.core.platform.sites import switch_site
from app.core.progress import run_to_end
from app.core.rental.dossier_list import DossierListSource
from app.core.rental.dossiers import (
    create_dossier,
    extend_by_assistance,
    extend_by_client,
    price_of,
    update_dossier,
)
from app.core.rental.incomplete_authorisations import IncompleteAuthorisationsSource
from app.core.rental.planning import new_dossier_defaults, planning_board
from app.core.rental.pricing_input import load_pricing_input
from tests.rental.conftest import DEP


def test_dossier_list_filters_sorts_and_stays_on_site(rental):
    w = rental.world
    create_dossier(w.db, w.clerk_a, rental.pec_data(), "contract")
    create_dossier(w.db, w.clerk_a, rental.pec_data(vehicle_id=rental.car_b2, is_pec=False, agreement_id=None,
                                                    pec_file_number=""), "reservation")
    source = DossierListSource(w.db, w.clerk_a)
    assert source.count(GridQuery()) == 2
    rows = source.fetch(GridQuery(sort_key="number"), 0, 10)
    assert [r["number"] for r in rows] == [1, 2]
    assert rows[0]["kind"] == "Contrat" and rows[0]["agreement"] == "Europ Assistance national"
    assert rows[0]["customer"] == "Dupont Marie" and rows[0]["state"] == "ouvert"
    assert source.count(GridQuery(text="ax-2026")) == 1
    assert source.count(GridQuery(text="1-abc-102")) == 1
    assert source.count(GridQuery(filters={"kind": "reservation"})) == 1
    assert source.count(GridQuery(filters={"pec_only": True})) == 1
    assert [r["number"] for r in source.fetch(GridQuery(sort_key="plate", descending=True), 0, 10)] == [2, 1]
    assert DossierListSource(w.db, w.clerk_b).count(GridQuery()) == 0


def test_incomplete_authorisations_report(rental):
    w = rental.world
    ok = create_dossier(w.db, w.clerk_a, rental.pec_data(), "contract")
    longer = create_dossier(w.db, w.clerk_a, rental.pec_data(vehicle_id=rental.car_b2), "contract")
    longer = update_dossier(w.db, w.clerk_a, longer.id, longer.version,
                            replace(longer.data, planned_return=DEP + timedelta(days=7)))  # nobody agreed
    upgraded = create_dossier(w.db, w.clerk_a, rental.pec_data(vehicle_id=rental.car_c1), "contract")
    source = IncompleteAuthorisationsSource(w.db, w.clerk_a, now=DEP + timedelta(days=1))
    rows = {r["number"]: r for r in source.fetch(GridQuery(), 0, 50)}
    assert set(rows) == {longer.number, upgraded.number}
    assert rows[longer.number]["days_over"] and "7 jours pour 5 couverts" in rows[longer.number]["problem"]
    assert rows[upgraded.number]["category_mismatch"] and "catégorie C au lieu de B" in rows[upgraded.number]["problem"]
    assert source.count(GridQuery()) == 2
    # still out after the covered period: listed although planned on time
    update_dossier(w.db, w.clerk_a, ok.id, ok.version, replace(ok.data, actual_departure=DEP, km_out=10_000,
                                                               fuel_out=8))
    late = IncompleteAuthorisationsSource(w.db, w.clerk_a, now=DEP + timedelta(days=5, hours=2))
    overdue = {r["number"]: r for r in late.fetch(GridQuery(), 0, 50)}
    assert overdue[ok.number]["overdue"]
    on_time = IncompleteAuthorisationsSource(w.db, w.clerk_a, now=DEP + timedelta(days=5, minutes=30))
    assert ok.number not in {r["number"] for r in on_time.fetch(GridQuery(), 0, 50)}
    assert IncompleteAuthorisationsSource(w.db, w.clerk_b).count(GridQuery()) == 0


def test_planning_board_rows_and_bars(rental):
    w = rental.world
    info = create_dossier(w.db, w.clerk_a, rental.pec_data(), "reservation")
    rows = planning_board(w.db, w.clerk_a, DEP.date() - timedelta(days=2), 14)
    assert [r.plate for r in rows] == ["1-ABC-101", "1-ABC-102", "1-ABC-201"]
    assert [(b.number, b.kind, b.is_pec) for b in rows[0].bars] == [(info.number, "reservation", True)]
    assert rows[1].bars == []
    assert planning_board(w.db, w.clerk_a, DEP.date() + timedelta(days=10), 7)[0].bars == []
    assert [r.plate for r in planning_board(w.db, w.clerk_b, DEP.date(), 7)] == ["2-XYZ-001"]
    defaults = new_dossier_defaults(w.db, w.clerk_a, rental.car_c1, DEP.date())
    assert defaults.vehicle_id == rental.car_c1 and defaults.pec_category == "C"
    assert defaults.planned_return - defaults.planned_departure == timedelta(days=1)


def test_pricing_input_uses_site_settings(rental):
    from app.core.rental.settings import save_rental_settings

    w = rental.world
    info = create_dossier(w.db, w.clerk_a, rental.pec_data(), "contract")
    save_rental_settings(w.db, w.admin_a, "6", 120)
    with w.db.session() as session:
        data = load_pricing_input(session, w.clerk_a, info.id)
    assert (data.vat_rate, data.grace_minutes, data.tank_litres, data.vehicle_category) == (D("6"), 120, D("45.0"), "B")
    price = price_of(w.db, w.clerk_a, info.id)
    assert (price.pec_total_excl, price.pec_vat) == (D("175.00"), D("10.50"))
    admin_b = switch_site(w.db, w.admin_a, w.site_b)
    assert price_of(w.db, admin_b, create_dossier(w.db, admin_b, rental.pec_data(vehicle_id=rental.car_site_b)).id) \
        .vat_rate == D("21")


def test_demo_data_holds_the_seed_example(world):
    from app.core.rental import demo
    from app.core.rental.models import RentalDossier

    run_to_end(demo.populate(world.db, random.Random(7), 1))
    with world.db.session() as session:
        returned = session.query(RentalDossier).filter(RentalDossier.site_id == world.site_a,
                                                       RentalDossier.fuel_in == 5, RentalDossier.pec_days == 5).all()
        assert returned
        seed = returned[0]
    price = price_of(world.db, world.admin_a, seed.id)
    assert price.pec_total_excl > 0 and price.client_total_excl > 0
    assert {line.code for line in price.lines_of("client")} == {"CARB", "PLEIN"}
    assert DossierListSource(world.db, world.clerk_b).count(GridQuery()) > 0


def test_only_days_nobody_agreed_to_pay_are_incomplete(rental):
    """"7 jours pour 5 couverts" where the client agreed to pay the 2 days: not incomplete.
    Back a day later than agreed: 1 day nobody agreed to pay, listed. The assistance grants it: gone."""
    w = rental.world
    info = create_dossier(w.db, w.clerk_a, rental.pec_data(), "contract")
    info = extend_by_client(w.db, w.clerk_a, info.id, info.version, DEP + timedelta(days=7))
    source = IncompleteAuthorisationsSource(w.db, w.clerk_a, now=DEP + timedelta(days=6))
    assert source.count(GridQuery()) == 0
    info = update_dossier(w.db, w.clerk_a, info.id, info.version, replace(
        info.data, actual_departure=DEP, actual_return=DEP + timedelta(days=8), km_out=10_000, km_in=10_900,
        fuel_out=8, fuel_in=8))
    [row] = source.fetch(GridQuery(), 0, 10)
    assert (row["pec_days"], row["client_days"], row["days"]) == (5, 2, 8)
    assert row["problem"] == "8 jours pour 5 couverts et 2 acceptés par le client : 1 jour(s) sans accord"
    assert price_of(w.db, w.clerk_a, info.id).client_total_excl == D("155.00")  # 3 days: 55 + 2 × 50
    info = extend_by_assistance(w.db, w.clerk_a, info.id, info.version, 1, DEP + timedelta(days=8))
    assert source.count(GridQuery()) == 0  # the assistance accepted the late day after the return
    price = price_of(w.db, w.clerk_a, info.id)
    assert (price.pec_total_excl, price.client_total_excl) == (D("210.00"), D("105.00"))  # 175 + 35; 55 + 50
