"""Pricing is a pure function: table-driven cases, the seed example first."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal as D

import pytest

from app.core.errors import ValidationError
from app.core.i18n import msg
from app.core.rental.day_count import count_days
from app.core.rental.pricing import PricingInput, TariffRate, TariffTerms, choose_rate, price_dossier, rental_lines

DEP = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)  # 09:00 in Brussels

PEC_TARIFF = TariffTerms(1, "ASSIST", "Assistance nationale", (
    TariffRate("B", 1, D("40.00"), D("38.00"), 200, D("0.250")),
    TariffRate("B", 5, D("175.00"), D("35.00"), 200, D("0.250")),
    TariffRate("B", 7, D("220.00"), D("32.00"), 200, D("0.250")),
), fuel_price_per_litre=D("1.900"), refuelling_fee=D("15.00"), cleaning_fee=D("30.00"))

CLIENT_TARIFF = TariffTerms(2, "PUBLIC", "Tarif public", (
    TariffRate("B", 1, D("55.00"), D("50.00"), 150, D("0.300")),
    TariffRate("B", 3, D("150.00"), D("48.00"), 150, D("0.300")),
), fuel_price_per_litre=D("2.100"), refuelling_fee=D("20.00"), cleaning_fee=D("45.00"))

SEED = PricingInput(
    planned_departure=DEP, planned_return=DEP + timedelta(days=5), vehicle_category="B", tank_litres=D("45.0"),
    client_tariff=CLIENT_TARIFF, is_pec=True, pec_days=5, pec_category="B", pec_tariff=PEC_TARIFF,
    actual_departure=DEP, actual_return=DEP + timedelta(days=5), km_out=10_000, km_in=10_600, fuel_out=8, fuel_in=5,
)


def totals(result):
    return (result.pec_total_excl, result.client_total_excl)


def test_seed_example_pec_pays_five_days_client_pays_missing_fuel():
    result = price_dossier(SEED)
    assert result.days == 5
    pec = result.lines_of("pec")
    assert [(line.code, line.quantity, line.unit_price, line.amount) for line in pec] == [
        ("PEC-LOC", D(1), D("175.00"), D("175.00"))]
    client = result.lines_of("client")
    # 3/8 of a 45 l tank = 16.875 l at 2.100 €/l = 35.4375 → 35.44, plus the refuelling fee
    assert [(line.code, line.quantity, line.amount) for line in client] == [
        ("CARB", D("16.875"), D("35.44")), ("PLEIN", D(1), D("20.00"))]
    assert totals(result) == (D("175.00"), D("55.44"))
    assert (result.pec_vat, result.pec_total_incl) == (D("36.75"), D("211.75"))
    assert (result.client_vat, result.client_total_incl) == (D("11.64"), D("67.08"))
    assert "5 jour(s) pris en charge" in result.lines[0].reason.render()
    assert "3/8" in client[0].reason.render()


def test_seed_example_with_full_tank_leaves_client_nothing():
    result = price_dossier(replace(SEED, fuel_in=8))
    assert totals(result) == (D("175.00"), D("0.00"))
    assert result.client_total_incl == D("0.00")


CASES = [
    # (id, changes, pec_excl, client_excl)
    ("assistance extends to 7 days", dict(pec_days=7, actual_return=DEP + timedelta(days=7), fuel_in=8),
     D("220.00"), D("0.00")),
    ("client extends by 2 days", dict(actual_return=DEP + timedelta(days=7), fuel_in=8, km_in=10_900),
     D("175.00"), D("105.00")),  # client: 1-day forfait 55 + 1 extra day 50
    ("planned extension by the client (no return yet)",
     dict(actual_return=None, planned_return=DEP + timedelta(days=6), fuel_in=None, km_in=None),
     D("175.00"), D("55.00")),
    ("extra km beyond allowance", dict(fuel_in=8, km_in=11_150),  # 1150 km for 5×200 = 1000 included
     D("175.00"), D("45.00")),  # 150 km × 0.300
    ("PEC extra km widen the allowance", dict(fuel_in=8, km_in=11_150, pec_extra_km=100),
     D("175.00"), D("15.00")),
    ("grace period: 59 minutes late is free", dict(fuel_in=8, actual_return=DEP + timedelta(days=5, minutes=59)),
     D("175.00"), D("0.00")),
    ("grace period: 60 minutes late is a client day",
     dict(fuel_in=8, actual_return=DEP + timedelta(days=5, minutes=60)), D("175.00"), D("55.00")),
    ("discount 10 % on PEC", dict(fuel_in=8, pec_discount_pct=D("10")), D("157.50"), D("0.00")),
    ("discount 100 % on PEC", dict(fuel_in=8, pec_discount_pct=D("100")), D("0.00"), D("0.00")),
    ("base days 3 bill three days only", dict(fuel_in=8, pec_base_days=3), D("116.00"), D("0.00")),
    # cheapest of: 1-day forfait 40 + 2×38 = 116; 5-day forfait 175 → 116
    ("forced tariff duration 1 day", dict(fuel_in=8, pec_tariff_days=1), D("192.00"), D("0.00")),
    ("fuel covered by the PEC", dict(pec_fuel_covered=True), D("222.06"), D("0.00")),
    # 16.875 l × 1.900 = 32.0625 → 32.06, + refuelling 15.00
    ("returned early: PEC pays the days used",
     dict(fuel_in=8, km_in=10_300, actual_return=DEP + timedelta(days=2)), D("78.00"), D("0.00")),
    ("returned early: allowance shrinks with the days", dict(fuel_in=8, actual_return=DEP + timedelta(days=2)),
     D("78.00"), D("60.00")),  # 600 km for 2 × 200 included: 200 × 0.300
    ("cleaning and damage go to the client",
     dict(fuel_in=8, cleaning_required=True, damage_amount=D("120.00"), damage_notes="rétroviseur"),
     D("175.00"), D("165.00")),
]


@pytest.mark.parametrize(("changes", "pec_excl", "client_excl"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_pricing_table(changes, pec_excl, client_excl):
    result = price_dossier(replace(SEED, **changes))
    assert totals(result) == (pec_excl, client_excl)
    for line in result.lines:
        assert line.amount == (line.quantity * line.unit_price).quantize(D("0.01"))
        assert line.reason.render()


def test_contract_without_pec_is_all_client():
    data = replace(SEED, is_pec=False, pec_days=None, pec_tariff=None, fuel_in=8,
                   actual_return=DEP + timedelta(days=4))
    result = price_dossier(data)
    assert totals(result) == (D("0.00"), D("198.00"))  # 3-day forfait 150 + 1 × 48
    assert [line.code for line in result.lines] == ["LOC", "JSUP"]


def test_client_extension_line_says_why():
    result = price_dossier(replace(SEED, actual_return=DEP + timedelta(days=7), fuel_in=8))
    reasons = [line.reason.render() for line in result.lines_of("client")]
    assert all("au-delà des 5 jour(s) pris en charge" in r for r in reasons)
    assert result.client_days == 2 and result.pec_billed_days == 5


@pytest.mark.parametrize(("minutes", "days"), [(1, 1), (24 * 60 + 59, 1), (24 * 60 + 60, 2), (3 * 1440, 3),
                                               (3 * 1440 + 59, 3), (3 * 1440 + 61, 4)])
def test_day_count_grace_edges(minutes, days):
    assert count_days(DEP, DEP + timedelta(minutes=minutes), 59) == days


def test_day_count_follows_the_brussels_clock_over_dst():
    start = datetime(2026, 3, 28, 8, 0, tzinfo=UTC)  # 09:00 CET, DST starts on 29 March
    back = datetime(2026, 3, 30, 7, 0, tzinfo=UTC)  # 09:00 CEST: two calendar days later
    assert count_days(start, back, 0) == 2


@pytest.mark.parametrize(("changes", "field"), [
    (dict(actual_return=DEP - timedelta(hours=1)), "return"),
    (dict(km_in=9_000), "km_in"),
    (dict(fuel_in=9), "fuel_in"),
    (dict(pec_discount_pct=D("120")), "pec_discount_pct"),
    (dict(pec_discount_pct=D("-1")), "pec_discount_pct"),
    (dict(pec_tariff_days=4), "tariff_days"),
    (dict(client_tariff=None), "client_tariff"),  # missing fuel needs the client tariff
])
def test_bad_input_names_the_field(changes, field):
    with pytest.raises(ValidationError) as info:
        price_dossier(replace(SEED, **changes))
    assert info.value.field == field


def test_choose_rate_takes_cheapest_combination():
    assert choose_rate(PEC_TARIFF, "B", 6).days == 5  # 175 + 35 = 210 < 220
    assert choose_rate(PEC_TARIFF, "B", 7).days == 7  # 220 < 175 + 2 × 35
    dear_extra = replace(PEC_TARIFF, rates=(TariffRate("B", 5, D("175.00"), D("50.00")),
                                            TariffRate("B", 7, D("220.00"), D("32.00"))))
    assert choose_rate(dear_extra, "B", 6).days == 7  # a 7-day forfait beats 175 + 50
    assert choose_rate(PEC_TARIFF, "B", 5).days == 5
    with pytest.raises(ValidationError):
        choose_rate(PEC_TARIFF, "Z", 3)


def test_rental_line_names_the_tariff_once():
    """"tarif Tarif public" read badly: the line names the tariff by its own name."""
    lines, _rate = rental_lines("client", CLIENT_TARIFF, "B", 1, None, msg("rental", "test"))
    assert lines[0].label.render() == "Location catégorie B – forfait 1 jour(s) – Tarif public"
