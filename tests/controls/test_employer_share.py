"""Employer share for a contract date: VZSHE60 dated rows, else VZSHE50 (manual's example 100 → 120)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from app.core.controls.employer_share import commission_with_employer_share, employer_share

VALUES = {
    "employer_share_pct": "20.0",
    "employer_share_periods.1.valid_from": "2024-01-01", "employer_share_periods.1.percentage": "21.5",
    "employer_share_periods.2.valid_from": "2019-01-01", "employer_share_periods.2.percentage": "19.0",
    "employer_share_periods.3.valid_from": "", "employer_share_periods.3.percentage": "",
}


def test_rows_and_fallback():
    assert employer_share(VALUES, date(2025, 6, 1)) == Decimal("21.5")
    assert employer_share(VALUES, date(2024, 1, 1)) == Decimal("21.5")
    assert employer_share(VALUES, date(2023, 12, 31)) == Decimal("19.0")
    assert employer_share(VALUES, date(2018, 12, 31)) == Decimal("20.0")
    assert employer_share({"employer_share_pct": "0.0"}, date(2025, 1, 1)) == 0


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 1, 1)))
def test_always_one_of_the_configured_shares(day):
    assert employer_share(VALUES, day) in (Decimal("21.5"), Decimal("19.0"), Decimal("20.0"))


def test_manual_example():
    assert commission_with_employer_share(Decimal("100"), Decimal("20")) == Decimal("120.00")
