"""Every cross-field rule of the catalogue: what breaks it, what satisfies it, where the reason goes."""

from __future__ import annotations

import pytest

from app.core.controls.catalogue import load_catalogue, parse_catalogue
from app.core.controls.cross_field_rules import RULES, check_rules, unimplemented_rules
from tests.controls.fixture_catalogue import CATALOGUE

CAT = parse_catalogue(CATALOGUE)


def findings(**changes):
    values = CAT.defaults()
    values.update({key.replace("__", "."): value for key, value in changes.items()})
    return check_rules(CAT, values)


def keys(result, rule_id=None):
    return sorted(f.key for f in result if rule_id is None or f.rule_id == rule_id)


def test_defaults_break_no_rule():
    assert findings() == []


def test_every_rule_of_the_fixture_and_of_the_shipped_catalogue_is_implemented():
    assert unimplemented_rules(CAT) == []
    assert {r.id for r in CAT.rules()} == set(RULES)
    assert unimplemented_rules(load_catalogue()) == []


# VZSHE10 -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("mode", "broken"), [("", True), ("1", False), ("2", False)])
def test_commission_per_position_needs_positions(mode, broken):
    result = findings(other_items_commission="1", other_items_mode=mode)
    assert keys(result) == (["other_items_commission"] if broken else [])
    if broken:
        assert result[0].blocking and "Autres frais et produits par poste" in result[0].reason.render()


# VZSHE30 -------------------------------------------------------------------------------------

def test_current_year_credit_notes_need_the_fiscal_year_start():
    assert keys(findings(credit_notes_current_year_only="1")) == ["fiscal_year_start"]
    assert findings(credit_notes_current_year_only="1", fiscal_year_start="01.04") == []
    assert findings(fiscal_year_start="01.04") == []


# VZSHE40 warnings ----------------------------------------------------------------------------

def test_nova_and_fibu_warnings_never_block():
    result = findings(nova_fibu_vat_code="12", nova_single_posting="1", other_items_goods_usage="1")
    assert keys(result) == ["nova_fibu_vat_code", "nova_single_posting", "other_items_goods_usage"]
    assert not any(f.blocking for f in result)
    assert "sans effet" in result[0].reason.render()
    assert findings(nova_fibu_vat_code="12", nova_single_posting="1", other_items_goods_usage="1",
                    nova_excluded_from_vat_from="2011-03-01", fibu_transfer="1") == []
    assert findings(nova_fibu_vat_code="0") != []  # 0 is a VAT code, not blank
    assert findings(nova_fibu_vat_code="") == []


# VZSHE50 -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("lower", "upper", "broken"), [
    ("0.00", "0.00", False), ("10.00", "10.00", False), ("10.00", "9.99", True), ("0.00", "5.00", False)])
def test_lower_limits_not_above_upper(lower, upper, broken):
    result = findings(agency_commission_amount__lower=lower, agency_commission_amount__upper=upper,
                      agency_commission_rate__lower=lower, agency_commission_rate__upper=upper)
    expected = ["agency_commission_amount.lower", "agency_commission_rate.lower"] if broken else []
    assert keys(result) == expected


# VZSHE60 -------------------------------------------------------------------------------------

def table(**rows):
    values = {}
    for row, (day, pct) in rows.items():
        n = row.lstrip("r")
        values[f"employer_share_periods__{n}__valid_from"] = day
        values[f"employer_share_periods__{n}__percentage"] = pct
    return findings(**values)


def test_dated_rows_strictly_descending():
    assert table(r1=("2025-01-01", "20.0"), r2=("2020-01-01", "15.0"), r3=("2010-06-30", "10.0")) == []
    result = table(r1=("2020-01-01", "20.0"), r2=("2025-01-01", "15.0"))
    assert keys(result, "vzshe60_dates_descending") == ["employer_share_periods.2.valid_from"]
    assert "ordre décroissant" in result[0].reason.render()
    same = table(r1=("2020-01-01", "20.0"), r2=("2020-01-01", "15.0"))
    assert keys(same, "vzshe60_dates_descending") == ["employer_share_periods.2.valid_from"]


def test_blank_rows_between_dated_rows_are_skipped():
    assert table(r1=("2025-01-01", "20.0"), r2=("", ""), r3=("2020-01-01", "10.0")) == []
    result = table(r1=("2020-01-01", "20.0"), r2=("", ""), r3=("2021-01-01", "10.0"))
    assert keys(result) == ["employer_share_periods.3.valid_from"]


@pytest.mark.parametrize(("day", "pct", "broken_key"), [
    ("2025-01-01", "", "employer_share_periods.1.percentage"),
    ("2025-01-01", "0.0", "employer_share_periods.1.percentage"),
    ("", "12.5", "employer_share_periods.1.valid_from"),
    ("", "0.0", "employer_share_periods.1.valid_from"),
    ("2025-01-01", "0.1", None),
    ("", "", None)])
def test_percentage_with_date(day, pct, broken_key):
    result = table(r1=(day, pct))
    assert keys(result, "vzshe60_percentage_with_date") == ([broken_key] if broken_key else [])


# VZSHE70 -------------------------------------------------------------------------------------

@pytest.mark.parametrize("vt", ["N", "V", "G", "A"])
def test_days_after_billing_excludes_month_end_and_next_month_day(vt):
    days, end, nxt = (f"commission_release_days_after_billing__{vt}", f"commission_release_month_end__{vt}",
                      f"commission_release_day_next_month__{vt}")
    assert findings(**{days: "10"}) == []
    assert findings(**{end: "1"}) == []
    assert findings(**{nxt: "10"}) == []
    assert keys(findings(**{days: "10", end: "1"})) == [end.replace("__", ".")]
    assert keys(findings(**{days: "10", nxt: "5"})) == [nxt.replace("__", ".")]
    assert keys(findings(**{end: "1", nxt: "5"})) == [nxt.replace("__", ".")]
    assert len(findings(**{days: "10", end: "1", nxt: "5"})) == 2
    assert findings(**{days: "0", end: "", nxt: "0"}) == []


def test_exclusivity_is_per_vehicle_type():
    assert findings(commission_release_days_after_billing__N="10", commission_release_month_end__V="1",
                    commission_release_day_next_month__G="3") == []
    result = findings(commission_release_days_after_billing__N="10", commission_release_month_end__N="1")
    assert "type N" in result[0].reason.render()


def test_auto_release_date_only_blank_when_commissions_go_to_accounting():
    assert findings(commission_release_auto__N="1") == []
    result = findings(commission_release_auto__N="1", commission_release_auto__G="1", fibu_post_commissions="1")
    assert keys(result) == ["commission_release_auto.G", "commission_release_auto.N"]
    assert "seule la valeur VIDE" in result[0].reason.render()
    assert findings(fibu_post_commissions="1") == []


def test_rules_can_be_limited_to_the_pages_being_saved():
    values = CAT.defaults()
    values["commission_release_auto.N"] = "1"
    values["fibu_post_commissions"] = "1"
    assert check_rules(CAT, values, {"VZSHE10"}) == []
    assert len(check_rules(CAT, values, {"VZSHE40"})) == 1  # cross-page rule touches VZSHE40 too
    assert len(check_rules(CAT, values, {"VZSHE70"})) == 1
