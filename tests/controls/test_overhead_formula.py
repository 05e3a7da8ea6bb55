"""The VZSHE50 overhead formula and its live preview (pure functions)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from app.core.controls.catalogue import parse_catalogue
from app.core.controls.overhead_formula import formula_keys, overhead_amount, overhead_preview
from tests.controls.fixture_catalogue import CATALOGUE

D = Decimal


def test_manual_worked_example_values():
    # Manual: fixed 530.00 per month, rate 1 of used vehicles 1.17 %, a 10,000 vehicle kept one month.
    assert overhead_amount(D("530.00"), D("10000"), D("0"), D("1.17"), 30) == D("647.00")
    # Half a month of a new vehicle after free financing (rate 2 = 1.09 %), 20,000 + 1,000 options.
    assert overhead_amount(D("530.00"), D("20000"), D("1000"), D("1.09"), 15) == D("379.45")
    assert overhead_amount(D("75"), D("0"), D("0"), D("0"), 1) == D("2.50")


@given(st.decimals(0, 999999, places=2), st.decimals(0, 10**6, places=2), st.decimals(0, D("99.99"), places=2),
       st.integers(0, 3650))
def test_amount_is_linear_in_days_and_never_negative(fixed, value, rate, days):
    amount = overhead_amount(fixed, value, D(0), rate, days)
    assert amount >= 0
    exact = (fixed + value * rate / 100) * days / 30
    assert abs(amount - exact) <= D("0.005")


def test_preview_reads_the_page_values_and_tolerates_typing():
    values = {f"overhead_monthly_fixed.{t}": "530,00" for t in "NVGA"}
    values.update({"overhead_monthly_rate_1.N": "0.09", "overhead_monthly_rate_1.V": "0,09",
                   "overhead_monthly_rate_1.G": "1.17", "overhead_monthly_rate_1.A": "abc",
                   "overhead_monthly_rate_2.N": "1.09", "overhead_monthly_rate_2.V": "1.09"})
    lines = overhead_preview(values, "10 000", "0", "30")
    assert [(line.vehicle_type, line.rate_number) for line in lines] == [
        ("N", 1), ("V", 1), ("G", 1), ("A", 1), ("N", 2), ("V", 2)]
    assert lines[0].amount == D("539.00")
    assert lines[2].amount == D("647.00")
    assert lines[3].amount is None and lines[3].rate is None
    assert lines[4].amount == D("639.00")
    assert all(line.amount is None for line in overhead_preview(values, "x", "0", "30"))


def test_formula_keys_default_to_the_documented_keys():
    assert formula_keys(parse_catalogue(CATALOGUE)) == (
        "overhead_monthly_fixed", "overhead_monthly_rate_1", "overhead_monthly_rate_2")
