"""The VZSHE catalogue (resources/controls/catalogue.json) against the manual it comes from.

The manual's facts (every "Valeurs permises / Valeurs autorisées" block, the headings and
what follows each) are in ``manual_facts.json``, extracted by ``tools/manual_facts.py``, so
these tests pass in any clone; when the manual is beside the repository (``../shared``, or
``ATELIER_SPEC_DIR``) the file is also compared with a fresh extraction. The catalogue must
contain every block's field, in the manual's order, with the values or range the block states.
"""

from __future__ import annotations

import importlib.util
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
CATALOGUE = ROOT / "resources" / "controls" / "catalogue.json"
FACTS = Path(__file__).with_name("manual_facts.json")

PAGE_ORDER = ["VZSHE10", "VZSHE20", "VZSHE30", "VZSHE40", "VZSHEA0", "VZSHE50", "VZSHE60", "VZSHE70"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
TYPES = {"choice", "integer", "decimal", "date", "day_month", "text", "table"}
REPEATS = (None, ["N", "V", "G", "A"], ["lower", "upper"], ["N", "V"])
# The only field of the manual that has no "Valeurs" block: the fiscal-year start (VZSHE30)
# gives its format ("5 chiffres") and its meaning (day and month) but no value list.
BLOCKLESS = {"fiscal_year_start"}
# Number of blocks found with: grep -c -E "^Valeurs (permises|autorisées)" <seed>
EXPECTED_BLOCKS = 128


def _facts_tool():
    spec = importlib.util.spec_from_file_location("atelier_manual_facts", ROOT / "tools" / "manual_facts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def facts() -> dict:
    """What the manual says, as committed."""
    return json.loads(FACTS.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def catalogue() -> dict:
    """The catalogue document."""
    return json.loads(CATALOGUE.read_text(encoding="utf-8"))


def all_fields(catalogue: dict) -> list[dict]:
    """Every field of every page, in order."""
    return [f for page in catalogue["pages"] for f in page["fields"]]


def units(field: dict) -> list[dict]:
    """What carries a heading in the manual: the field, or each column of a table."""
    return field["columns"] if field["type"] == "table" else [field]


def map_blocks(page: dict, facts: dict) -> list[tuple[dict, dict, dict]]:
    """(field, unit, the manual's facts of its heading) for each unit of the page, in order."""
    (page_facts,) = [p for p in facts["pages"] if p["id"] == page["id"]]
    pairs = [(field, unit) for field in page["fields"] for unit in units(field)]
    headings = page_facts["headings"]
    assert [unit["source_heading"] for _, unit in pairs] == [h["heading"] for h in headings], (
        f"{page['id']}: the catalogue's headings are not the manual's (regenerate tests/controls/manual_facts.json "
        "with tools/manual_facts.py where the manual is available)")
    return [(field, unit, heading) for (field, unit), heading in zip(pairs, headings, strict=True)]


def test_facts_are_the_manuals(facts, catalogue):
    tool = _facts_tool()
    seed = tool.default_seed()
    if not seed.exists():
        pytest.skip(f"the manual is not beside this clone ({seed}); the committed facts are used")
    fresh = tool.extract(seed.read_text(encoding="utf-8"), catalogue, seed.name)
    assert fresh == facts, "tests/controls/manual_facts.json is stale: run python tools/manual_facts.py"


def test_catalogue_loads_with_eight_pages_in_the_manuals_order(catalogue, facts):
    assert catalogue["source"] == facts["source"]
    assert [p["id"] for p in catalogue["pages"]] == PAGE_ORDER
    assert [p["number"] for p in catalogue["pages"]] == ROMAN
    for page in catalogue["pages"]:
        for language in ("fr", "nl", "en"):
            assert page[f"title_{language}"].strip(), (page["id"], language)


def test_keys_are_unique_snake_case(catalogue):
    keys = [f["key"] for f in all_fields(catalogue)]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
    for field in all_fields(catalogue):
        for unit in [field, *field.get("columns", [])]:
            assert re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", unit["key"]), unit["key"]


def test_every_source_heading_is_a_heading_of_the_manual(catalogue, facts):
    headings = [h["heading"] for page in facts["pages"] for h in page["headings"]]
    for field in all_fields(catalogue):
        for unit in units(field):
            assert unit["source_heading"] in headings, unit["key"]


def test_manual_has_the_expected_number_of_blocks_all_inside_pages(facts):
    assert facts["page_order"] == PAGE_ORDER
    in_pages = sum(len(page["blocks"]) for page in facts["pages"])
    under_headings = sum(len(h["blocks"]) for page in facts["pages"] for h in page["headings"])
    assert facts["blocks_in_manual"] == in_pages == under_headings == EXPECTED_BLOCKS


def test_every_block_maps_to_exactly_one_field(catalogue, facts):
    mapped = 0
    for page in catalogue["pages"]:
        for _field, unit, heading in map_blocks(page, facts):
            blocks = heading["blocks"]
            expected = 0 if unit["key"] in BLOCKLESS else 1
            assert len(blocks) == expected, (page["id"], unit["key"], blocks)
            mapped += len(blocks)
    assert mapped == EXPECTED_BLOCKS
    # The VZSHE60 table has one block per column (2) and the fiscal-year start none, so the
    # number of fields equals the number of blocks (128).
    table_extra = sum(len(f["columns"]) - 1 for f in all_fields(catalogue) if f["type"] == "table")
    assert len(all_fields(catalogue)) + table_extra - len(BLOCKLESS) == EXPECTED_BLOCKS
    assert len(all_fields(catalogue)) == EXPECTED_BLOCKS
    for key in BLOCKLESS:
        assert any(f["key"] == key for f in all_fields(catalogue))


def _number(text: str) -> Decimal:
    """A bound as the manual prints it: "999.999.99" (dot thousands), "99,9", "0.00"."""
    text = text.replace(",", ".")
    if text.count(".") > 1:
        head, _, tail = text.rpartition(".")
        text = head.replace(".", "") + "." + tail
    return Decimal(text)


def test_each_field_has_the_values_its_block_states(catalogue, facts):
    for page in catalogue["pages"]:
        for field, unit, heading in map_blocks(page, facts):
            for values in heading["blocks"]:
                check_block(unit, field, values)


def check_block(unit: dict, field: dict, values: str) -> None:
    """The unit's definition agrees with the manual's "Valeurs permises: ..." line."""
    where = f"{unit['key']}: {values!r}"
    blank = "VIDE" in values
    if field["type"] == "table":
        blank = unit["default"] == ""  # a cell of an unused table row is blank whatever its block says
    if "Date" in values:
        assert unit["type"] == "date", where
        assert (unit["default"] == "") == blank, where
        return
    numeric = re.search(r"(\d[\d.,]*)\s*(?:à|-)\s*(\d[\d.,]*)", values)
    if numeric:
        low, high = _number(numeric.group(1)), _number(numeric.group(2))
        assert unit["type"] in ("integer", "decimal"), where
        assert Decimal(unit["min"]) == low and Decimal(unit["max"]) == high, where
        assert (unit["default"] == "") == blank, where
        return
    letters = re.search(r"\b([A-Z])\s*-\s*([A-Z])\b", values)
    listed = [""] if blank else []
    if letters:
        listed += [chr(c) for c in range(ord(letters.group(1)), ord(letters.group(2)) + 1)]
    else:
        listed += [v.strip() for v in values.split(",") if v.strip() and v.strip() != "VIDE"]
    assert unit["type"] == "choice", where
    if field.get("decision") and set(unit["allowed"]) != set(listed):
        assert set(listed) < set(unit["allowed"]), where  # a decision may only add described values
    else:
        assert unit["allowed"] == listed, where


def _check_labels_and_help(unit: dict) -> None:
    for language in ("fr", "nl", "en"):
        assert unit[f"label_{language}"].strip(), (unit["key"], language)
        assert unit[f"help_{language}"].strip(), (unit["key"], language)


def test_every_field_has_labels_help_and_type_specific_attributes(catalogue):
    for field in all_fields(catalogue):
        key = field["key"]
        _check_labels_and_help(field)
        assert all(len(field[f"help_{language}"]) >= 40 for language in ("fr", "nl", "en")), key
        assert field["type"] in TYPES, key
        assert field["repeat"] in REPEATS, key
        if field.get("decision") is not None:
            assert field["decision"].strip(), key
        if field["type"] == "table":
            assert field["rows"] >= 1 and field["columns"], key
            for column in field["columns"]:
                _check_labels_and_help(column)
                check_definition(column)
        else:
            check_definition(field)


def check_definition(unit: dict) -> None:
    """Type-specific attributes: allowed/meanings, bounds, decimals, length, default."""
    key, kind = unit["key"], unit["type"]
    assert isinstance(unit["length"], int) and unit["length"] >= 1, key
    default = unit["default"]
    if kind == "choice":
        allowed = unit["allowed"]
        assert allowed and len(allowed) == len(set(allowed)), key
        assert all(len(v) <= unit["length"] for v in allowed), key
        assert set(unit["meanings"]) == set(allowed), key
        for value in allowed:
            assert all(unit["meanings"][value][language].strip() for language in ("fr", "nl", "en")), (key, value)
        assert default in allowed, key
    elif kind == "integer":
        low, high = int(unit["min"]), int(unit["max"])
        assert low <= high and len(str(high)) <= unit["length"], key
        assert default == "" or low <= int(default) <= high, key
    elif kind == "decimal":
        places = unit["decimals"]
        low, high = Decimal(unit["min"]), Decimal(unit["max"])
        assert places >= 1 and low <= high, key
        assert -high.as_tuple().exponent <= places, key
        assert len(f"{high:.{places}f}") <= unit["length"], key
        assert default == "" or (low <= Decimal(default) <= high and default == f"{Decimal(default):.{places}f}"), key
    elif kind == "date":
        assert unit["length"] == 10 and default == "", key
    elif kind == "day_month":
        assert unit["length"] == 5, key
        assert default == "" or re.fullmatch(r"\d\d\.\d\d", default), key
    if kind != "choice":
        assert "allowed" not in unit or unit["allowed"] is None, key


def test_repeated_fields_match_the_manuals_counts(catalogue, facts):
    for page in catalogue["pages"]:
        for field, _unit, heading in map_blocks(page, facts):
            if field["type"] == "table":
                continue
            if heading["repeat"] == 4:
                assert field["repeat"] == ["N", "V", "G", "A"], field["key"]
            elif heading["repeat"] == 2:
                assert field["repeat"] in (["lower", "upper"], ["N", "V"]), field["key"]
            else:
                assert field["repeat"] is None, field["key"]


def test_rules_reference_existing_keys(catalogue):
    keys = {f["key"] for f in all_fields(catalogue)}
    ids = []
    for page in catalogue["pages"]:
        for rule in page["rules"]:
            ids.append(rule["id"])
            assert rule["fields"], rule["id"]
            assert set(rule["fields"]) <= keys, (rule["id"], set(rule["fields"]) - keys)
            assert all(rule[f"description_{language}"].strip() for language in ("fr", "nl", "en")), rule["id"]
            assert rule.get("severity", "error") in ("error", "warning"), rule["id"]
    assert len(ids) == len(set(ids))


def test_rules_required_by_the_issue_are_present(catalogue):
    rules = {r["id"]: (page["id"], set(r["fields"])) for page in catalogue["pages"] for r in page["rules"]}
    assert rules["vzshe70_release_date_methods_exclusive"] == ("VZSHE70", {
        "commission_release_days_after_billing", "commission_release_month_end",
        "commission_release_day_next_month"})
    assert rules["vzshe60_dates_descending"] == ("VZSHE60", {"employer_share_periods"})
    assert rules["vzshe60_percentage_with_date"] == ("VZSHE60", {"employer_share_periods"})
    assert rules["vzshe50_agency_commission_amount_limits"] == ("VZSHE50", {"agency_commission_amount"})
    assert rules["vzshe50_agency_commission_rate_limits"] == ("VZSHE50", {"agency_commission_rate"})


def test_vzshe60_is_a_dated_percentage_table(catalogue):
    page = catalogue["pages"][PAGE_ORDER.index("VZSHE60")]
    (table,) = page["fields"]
    assert table["type"] == "table"
    valid_from, percentage = table["columns"]
    assert (valid_from["key"], valid_from["type"]) == ("valid_from", "date")
    assert (percentage["key"], percentage["type"], percentage["min"], percentage["max"], percentage["decimals"]) == (
        "percentage", "decimal", "0.0", "99.9", 1)


def test_overhead_formula_is_the_manuals(catalogue):
    page = catalogue["pages"][PAGE_ORDER.index("VZSHE50")]
    formula = page["overhead_formula"]
    keys = {f["key"] for f in page["fields"]}
    assert formula["description_fr"].strip() and formula["description_en"].strip()
    assert set(formula["inputs"]) <= keys
    assert {"overhead_monthly_fixed", "overhead_monthly_rate_1", "overhead_monthly_rate_2"} <= set(formula["inputs"])
    example = formula["example"]
    assert example["entries"]["overhead_monthly_fixed"] == {"N": "530.00", "V": "530.00", "G": "530.00", "A": "530.00"}
    assert example["entries"]["overhead_monthly_rate_1"] == {"N": "0.09", "V": "0.09", "G": "1.17", "A": "0.17"}
    assert example["entries"]["overhead_monthly_rate_2"] == {"N": "1.09", "V": "1.09"}
    parts = example["fixed_amount_breakdown"]
    assert sum(Decimal(p["amount"]) for p in parts) == Decimal(example["fixed_amount_sum"]) == Decimal("75.00")


def test_help_of_a_choice_explains_every_value(catalogue):
    for field in all_fields(catalogue):
        if field["type"] != "choice":
            continue
        for value in field["allowed"]:
            for language, blank in (("fr", "VIDE"), ("nl", "LEEG"), ("en", "Blank")):
                line = f"{value or blank} = {field['meanings'][value][language]}"
                assert line in field[f"help_{language}"].splitlines(), (field["key"], value, language)
