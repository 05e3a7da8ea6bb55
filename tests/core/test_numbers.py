"""One parser for every typed number (GUI, CLI, file import): Belgian and plain notations
accepted, ambiguous thousands refused with a hint, the app's own display read back, blanks
never turned into 0."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.core.carpass.vehicle_rules import clean_amount, clean_km
from app.core.controls.catalogue import parse_catalogue
from app.core.controls.field_validators import validate_value
from app.core.errors import ValidationError
from app.core.i18n import msg
from app.core.numbers import NumberFormatError, parse_decimal, parse_int
from app.core.rental import fields
from app.core.rental.invoicing.formatting import format_amount, format_decimal
from app.core.rental.invoicing.payments import parse_amount
from tests.controls.fixture_catalogue import CATALOGUE

LABEL = msg("fields", "Montant")


@pytest.mark.parametrize("typed", ["1 000,50", "1.000,50", "1000,50", "1000.50", "1\u00a0000,50", "1\u202f000,50",
                                   "1,000.50", " 1000,5 ", "1'000,50"])
def test_belgian_and_plain_notations_give_the_same_amount(typed):
    assert parse_decimal(typed) == Decimal("1000.50")
    assert parse_amount(typed) == Decimal("1000.50")
    assert clean_amount("amount", typed) == Decimal("1000.50")
    assert fields.decimal("price", LABEL, typed) == Decimal("1000.50")


@pytest.mark.parametrize("typed", ["1.250", "1,250", "-1.250", "999,000"])
def test_ambiguous_thousands_in_an_amount_are_refused_with_a_hint(typed):
    with pytest.raises(NumberFormatError) as info:
        parse_decimal(typed)
    assert info.value.ambiguous and "ambigu" in info.value.reason.render()
    for parse in (parse_amount, lambda t: clean_amount("amount", t), lambda t: fields.decimal("price", LABEL, t)):
        with pytest.raises(ValidationError) as refused:
            parse(typed)
        assert "ambigu" in str(refused.value) and "(milliers)" in str(refused.value)


def test_the_hint_names_both_readings():
    with pytest.raises(NumberFormatError) as info:
        parse_decimal("1.250")
    text = info.value.reason.render()
    assert "1250 (milliers)" in text and "1,25 (décimales)" in text


def test_a_field_of_three_decimals_reads_the_separator_as_decimal():
    assert parse_decimal("1,899", places=3) == Decimal("1.899")
    assert fields.decimal("km_price", LABEL, "0,125", places=3) == Decimal("0.125")


@pytest.mark.parametrize("value", ["0.01", "1.25", "999.99", "1000", "1234.56", "1250", "999999.99"])
def test_the_apps_own_display_is_always_read_back(value):
    amount = Decimal(value)
    assert parse_amount(format_amount(amount)) == amount
    assert parse_amount(format_amount(amount, currency=False)) == amount
    assert clean_amount("amount", format_amount(amount)) == amount
    assert parse_decimal(format_decimal(Decimal("1.899")), places=3) == Decimal("1.899")


@pytest.mark.parametrize("typed", ["1e5", "1E+30", "²", "12,5,3", "1.00.000", "1 2", "--5", "abc", "1,000.000,5",
                                   "1" * 19, "١٢"])
def test_anything_else_is_refused(typed):
    with pytest.raises(NumberFormatError):
        parse_decimal(typed)


@pytest.mark.parametrize("typed, km", [("50 000", 50000), ("50.000", 50000), ("50000", 50000), ("1.000.000", 1000000),
                                       ("50'000", 50000), ("7", 7)])
def test_whole_km_take_spaces_and_dots_as_thousands(typed, km):
    assert parse_int(typed) == km
    assert clean_km("km", typed) == km


@pytest.mark.parametrize("typed", ["50,000", "12.5", "50.00", "1,5"])
def test_whole_numbers_refuse_commas_and_decimals(typed):
    with pytest.raises(NumberFormatError):
        parse_int(typed)
    with pytest.raises(ValidationError):
        clean_km("km", typed)


def test_vzshe_amount_refuses_ambiguity_and_blanks_never_become_zero():
    field = parse_catalogue(CATALOGUE).field("agency_commission_amount")
    assert validate_value(field, "1.250,00") == "1250.00"
    assert validate_value(field, "1 250") == "1250.00"
    for typed in ("1.250", "1,250"):
        with pytest.raises(ValidationError) as refused:
            validate_value(field, typed)
        assert "ambigu" in str(refused.value)
    with pytest.raises(ValidationError) as blank:
        validate_value(field, "")
    assert "obligatoire" in str(blank.value)


def test_a_blank_rental_number_is_refused_not_zero():
    with pytest.raises(ValidationError) as refused:
        fields.decimal("price", LABEL, "  ")
    assert "obligatoire" in str(refused.value)
