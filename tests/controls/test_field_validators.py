"""Each field type's validator, fuzzed with hypothesis: valid inputs normalise, invalid ones name the reason."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.controls.catalogue import current_language, parse_catalogue
from app.core.controls.field_validators import describe_allowed, display_value, validate_slot, validate_value
from app.core.errors import ValidationError
from tests.controls.fixture_catalogue import CATALOGUE

CAT = parse_catalogue(CATALOGUE)
CHOICE = CAT.field("other_items_mode")
LETTERS = CAT.field("zone_account_type")
NO_BLANK_CHOICE = CAT.field("accessories_cost")
INTEGER = CAT.field("reservation_max_days")
INTEGER_BLANK = CAT.field("nova_fibu_vat_code")
DECIMAL_1 = CAT.field("employer_share_pct")
DECIMAL_2 = CAT.field("agency_commission_amount")
DATE = CAT.field("nova_excluded_from_vat_from")
DAY_MONTH = CAT.field("fiscal_year_start")
TEXT = CAT.field("remark")


def refused(definition, raw) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        validate_value(definition, raw)
    return info.value


# --- choice -----------------------------------------------------------------------------------

@given(st.sampled_from(["", "1", "2"]), st.sampled_from(["", " ", "  "]))
def test_choice_accepts_allowed_values_with_spaces(value, padding):
    assert validate_value(CHOICE, f"{padding}{value}{padding}") == value


@given(st.text(max_size=4).filter(lambda t: t.strip().upper() not in ("", "1", "2")))
def test_choice_refuses_everything_else_naming_the_allowed_values(value):
    error = refused(CHOICE, value)
    assert error.field == "other_items_mode"
    assert "VIDE, 1, 2" in error.message.render()
    assert "Autres frais et produits par poste" in error.message.render()


@given(st.sampled_from([chr(c) for c in range(ord("a"), ord("z") + 1)]))
def test_letter_choice_is_upper_cased(letter):
    assert validate_value(LETTERS, letter) == letter.upper()


def test_letter_choice_lists_the_range_and_no_blank_choice_requires_a_value():
    assert describe_allowed(LETTERS).render() == "VIDE, A - Z"
    assert "valeur obligatoire" in refused(NO_BLANK_CHOICE, "").message.render()
    assert validate_value(NO_BLANK_CHOICE, "8") == "8"
    assert "« 3 » n'est pas permis ; valeurs permises : 2, 4, 5, 8" in refused(NO_BLANK_CHOICE, "3").message.render()


# --- integer ----------------------------------------------------------------------------------

@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=0))
def test_integer_in_range_is_normalised(number, _):
    assert validate_value(INTEGER, f" {number} ") == str(number)


@given(st.integers(min_value=1, max_value=99))
def test_integer_leading_zeros_dropped(number):
    assert validate_value(INTEGER, f"0{number}") == str(number)


@given(st.one_of(st.integers(max_value=0), st.integers(min_value=1000, max_value=10**6)))
def test_integer_out_of_range_names_the_range(number):
    text = refused(INTEGER, str(number)).message.render()
    assert "de 1 à 999" in text or "trop de chiffres" in text


@given(st.text(min_size=1, max_size=6).filter(lambda t: t.strip() and not t.strip().lstrip("+-").isdigit()))
def test_integer_refuses_non_numbers(value):
    text = refused(INTEGER, value).message.render()
    assert "n'est pas un nombre entier" in text


@given(st.sampled_from(["١٢", "²", "1.5", "1,0", "1e2"]))
def test_integer_refuses_unicode_digits_and_decimals(value):
    refused(INTEGER, value)


def test_integer_blank_only_where_the_default_is_blank():
    assert "valeur obligatoire" in refused(INTEGER, "").message.render()
    assert validate_value(INTEGER_BLANK, "") == ""
    assert validate_value(INTEGER_BLANK, "49") == "49"
    assert "de 0 à 49" in refused(INTEGER_BLANK, "50").message.render()


# --- decimal ----------------------------------------------------------------------------------

@given(st.decimals(min_value=0, max_value=Decimal("99.9"), places=1), st.sampled_from([".", ","]))
def test_decimal_one_place_accepts_dot_or_comma(number, separator):
    typed = f"{number:.1f}".replace(".", separator)
    assert validate_value(DECIMAL_1, typed) == f"{number:.1f}"


@given(st.decimals(min_value=0, max_value=Decimal("999999.99"), places=2))
def test_decimal_two_places_round_trip(number):
    stored = validate_value(DECIMAL_2, str(number))
    assert Decimal(stored) == number and stored == f"{number:.2f}"
    assert validate_value(DECIMAL_2, stored) == stored


@given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99.89"), places=2).filter(
    lambda d: d != d.quantize(Decimal("0.1"))))
def test_decimal_too_many_places_is_refused_not_rounded(number):
    assert "trop de décimales : 1 au plus" in refused(DECIMAL_1, str(number)).message.render()


@given(st.one_of(st.decimals(min_value=Decimal("100.0"), max_value=Decimal("10") ** 30, places=1),
                 st.decimals(max_value=Decimal("-0.1"), min_value=Decimal("-1000"), places=1)))
def test_decimal_out_of_range(number):
    assert "hors limites : de 0,0 à 99,9" in refused(DECIMAL_1, str(number)).message.render()


@given(st.text(min_size=1, max_size=8).filter(
    lambda t: t.strip() and not re.fullmatch(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)",
                                             t.strip().replace(" ", "").replace("\u00a0", "").replace("'", ""))))
def test_decimal_refuses_garbage(value):
    refused(DECIMAL_1, value)


def test_decimal_blank_is_refused_never_zero_and_trailing_zeros_are_fine():
    assert "obligatoire" in refused(DECIMAL_1, "").message.render()
    assert "obligatoire" in refused(DECIMAL_1, "   ").message.render()
    assert validate_value(DECIMAL_1, "12.50") == "12.5"
    assert validate_value(DECIMAL_1, "-0") == "0.0"


# --- date -------------------------------------------------------------------------------------

@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)),
       st.sampled_from(["{d:%d.%m.%Y}", "{d:%d-%m-%Y}", "{d:%d/%m/%Y}", "{d:%d%m%Y}", "{d:%Y-%m-%d}"]))
def test_date_formats_normalise_to_iso(day, pattern):
    stored = validate_value(DATE, pattern.format(d=day))
    assert stored == day.isoformat()
    assert display_value(DATE, stored) == day.strftime("%d-%m-%Y")


@given(st.integers(1, 12), st.integers(29, 35))
def test_impossible_dates_are_refused(month, day):
    try:
        date(2023, month, day)
    except ValueError:
        assert "n'est pas une date valable" in refused(DATE, f"{day:02d}.{month:02d}.2023").message.render()


@given(st.text(max_size=12).filter(lambda t: t.strip() and not any(c.isdigit() for c in t)))
def test_date_refuses_text(value):
    refused(DATE, value)


def test_blank_date_is_vide():
    assert validate_value(DATE, "  ") == ""


# --- day and month ----------------------------------------------------------------------------

@given(st.dates(min_value=date(2024, 1, 1), max_value=date(2024, 12, 31)),
       st.sampled_from(["{d:%d.%m}", "{d:%d%m}", "{d:%d/%m}", "{d.day}.{d.month}"]))
def test_day_month_normalises(day, pattern):
    assert validate_value(DAY_MONTH, pattern.format(d=day)) == f"{day:%d.%m}"


@given(st.sampled_from(["31.04", "30.02", "00.01", "01.13", "1", "abc", "1.2.3"]))
def test_day_month_refuses_impossible_days(value):
    assert "jour et un mois" in refused(DAY_MONTH, value).message.render()


# --- text -------------------------------------------------------------------------------------

@given(st.text(max_size=12).map(str.strip))
def test_text_up_to_length_is_kept(value):
    assert validate_value(TEXT, value) == value


@given(st.text(min_size=13, max_size=30).filter(lambda t: len(t.strip()) > 12))
def test_text_too_long_is_refused(value):
    assert "trop long : 12 caractère(s) au plus" in refused(TEXT, value).message.render()


# --- repeats, cells and languages -------------------------------------------------------------

def test_repeat_and_cell_keys_carry_their_suffix_in_the_error():
    with pytest.raises(ValidationError) as info:
        validate_slot(CAT.slot("agency_commission_rate.upper"), "1000")
    assert info.value.field == "agency_commission_rate.upper"
    assert "(max.)" in info.value.message.render() and "de 0,00 à 999,99" in info.value.message.render()
    with pytest.raises(ValidationError) as info:
        validate_slot(CAT.slot("employer_share_periods.2.percentage"), "100")
    assert info.value.field == "employer_share_periods.2.percentage"
    assert "— 2 —" in info.value.message.render()


def test_reason_follows_the_translators_language():
    def english(context, text):
        return {"fr": "en", "{field} : {reason}": "{field}: {reason}"}.get(text, text)

    assert current_language(english) == "en"
    error = refused(CHOICE, "9")
    assert error.message.render(english).startswith("Autres frais et produits par poste (en):")
