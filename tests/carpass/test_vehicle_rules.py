"""Field rules of a dossier: VIN, km, dates, plate, number, amounts."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.core.carpass import vehicle_rules as rules
from app.core.carpass.dossiers import DossierInput, clean_dossier_input
from app.core.errors import ValidationError, ValidationErrors


@pytest.mark.parametrize("raw, expected", [
    (" wauzzz8v3 ea070544 ", "WAUZZZ8V3EA070544"),
    ("WAUZZZ8V3EA070544", "WAUZZZ8V3EA070544"),
    ("", None), (None, None), ("   ", None),
])
def test_vin_is_upper_cased_without_spaces(raw, expected):
    assert rules.clean_vin(raw).value == expected


@pytest.mark.parametrize("raw", ["WAUZZZ8V3-EA070544", "WAUZZZ8V3EA07054*", "é" * 5])
def test_vin_letters_and_digits_only(raw):
    with pytest.raises(ValidationError) as info:
        rules.clean_vin(raw)
    assert info.value.field == "vin"
    assert "lettres et chiffres" in str(info.value)


def test_vin_longer_than_17_is_kept_with_a_warning():
    clean = rules.clean_vin("HFJFJGFJHFJHFJHFH1234")
    assert clean.value == "HFJFJGFJHFJHFJHFH1234"
    assert any("plus de 17" in str(w) for w in clean.warnings)


def test_vin_short_and_ioq_warn():
    assert any("moins de 17" in str(w) for w in rules.clean_vin("ABC123").warnings)
    warnings = rules.clean_vin("WAUZZZ8V3EO070544").warnings
    assert any("ISO 3779" in str(w) and "O" in str(w) for w in warnings)
    assert rules.clean_vin("WAUZZZ8V3EA070544").warnings == []


def test_vin_too_long_to_store_is_refused():
    with pytest.raises(ValidationError):
        rules.clean_vin("A" * 31)


@pytest.mark.parametrize("raw, expected", [("125896", 125896), ("125 896", 125896), ("125.896", 125896),
                                           (0, 0), ("", None), (None, None), (1_999_999, 1_999_999)])
def test_km_accepted(raw, expected):
    assert rules.clean_km("damage_km", raw) == expected


@pytest.mark.parametrize("raw, reason", [("-5", "négatif"), (-1, "négatif"), ("2000000", "inférieur"),
                                         ("12,5", "entier"), ("abc", "entier"), (True, "entier")])
def test_km_refused_with_reason(raw, reason):
    with pytest.raises(ValidationError) as info:
        rules.clean_km("repair_km", raw)
    assert info.value.field == "repair_km"
    assert reason in str(info.value)
    assert "Km réparation" in str(info.value)


def test_first_registration_not_in_future():
    today = date(2026, 11, 27)
    assert rules.clean_first_registration("2026-11-27", today) == today
    assert rules.clean_first_registration("01-03-2015", today) == date(2015, 3, 1)
    with pytest.raises(ValidationError) as info:
        rules.clean_first_registration(today + timedelta(days=1), today)
    assert "futur" in str(info.value)
    with pytest.raises(ValidationError):
        rules.clean_first_registration("2015-13-01", today)


@pytest.mark.parametrize("raw, expected", [("1095", 1095), ("-12", -12), (7, 7)])
def test_number(raw, expected):
    assert rules.clean_number(raw) == expected


@pytest.mark.parametrize("raw", ["", "0", "12a", None, 3_000_000_000])
def test_number_refused(raw):
    with pytest.raises(ValidationError):
        rules.clean_number(raw)


@pytest.mark.parametrize("raw, expected", [("1 142,04", Decimal("1142.04")), ("1142.04", Decimal("1142.04")),
                                           ("€ 50,00", Decimal("50.00")), ("1.315,59", Decimal("1315.59")),
                                           ("", None)])
def test_amount(raw, expected):
    assert rules.clean_amount("invoice_total", raw) == expected


@pytest.mark.parametrize("raw", ["12,345", "-1", "abc", "NaN"])
def test_amount_refused(raw):
    with pytest.raises(ValidationError):
        rules.clean_amount("invoice_total", raw)


def test_amount_never_float():
    with pytest.raises(TypeError):
        rules.clean_amount("invoice_total", 1.5)


def test_every_bad_field_is_listed():
    with pytest.raises(ValidationErrors) as info:
        clean_dossier_input(DossierInput(number="x", vin="AB-12", damage_km="-1", first_registration="2999-01-01"))
    assert {e.field for e in info.value.errors} == {"number", "vin", "damage_km", "first_registration"}


def test_plate_and_owner():
    assert rules.clean_plate(" 1-abc-123 ") == "1-ABC-123"
    with pytest.raises(ValidationError):
        rules.clean_plate("1ABC/23")
    assert rules.clean_owner("  Jassin   Philippe ") == "Jassin Philippe"
    assert rules.clean_owner("   ") is None
