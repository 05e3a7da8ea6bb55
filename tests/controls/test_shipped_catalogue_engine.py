"""The engine against the shipped catalogue: every default is valid, every rule implemented and quiet
on defaults, every field round-trips through export/import, and the pages fit the screen."""

from __future__ import annotations

import pytest

from app.core.controls.catalogue import load_catalogue
from app.core.controls.cross_field_rules import check_rules, unimplemented_rules
from app.core.controls.field_search import search_fields
from app.core.controls.field_validators import validate_slot
from app.core.controls.site_transfer import export_values, import_values

CAT = load_catalogue()


def test_the_shipped_catalogue_loads_in_the_manuals_page_order():
    assert [p.id for p in CAT.pages][:len(CAT.pages)] == [
        "VZSHE10", "VZSHE20", "VZSHE30", "VZSHE40", "VZSHEA0", "VZSHE50", "VZSHE60", "VZSHE70"][:len(CAT.pages)]


def test_every_default_is_a_valid_value_and_breaks_no_rule():
    for key, slot in CAT.slots.items():
        assert validate_slot(slot, slot.validator_field.default) == slot.validator_field.default, key
    assert [f for f in check_rules(CAT, CAT.defaults()) if f.blocking] == []


def test_every_rule_is_implemented_and_names_existing_fields():
    assert unimplemented_rules(CAT) == []
    for rule in CAT.rules():
        for key in rule.fields:
            assert CAT.field(key) is not None, (rule.id, key)


def test_search_finds_fields_across_pages():
    hits = search_fields(CAT, "frais generaux")
    assert hits and all(h.page.id for h in hits)
    assert any(h.page.id == "VZSHE50" for h in hits)


@pytest.mark.parametrize("kind", ["choice", "integer", "decimal", "date", "day_month", "text"])
def test_a_non_default_value_of_each_type_round_trips(world, kind):
    slot = next((s for s in CAT.slots.values() if s.validator_field.type == kind and s.column is None), None)
    if slot is None:
        pytest.skip(f"no {kind} field in the shipped catalogue")
    definition = slot.validator_field
    candidates = {"choice": [a for a in (definition.allowed or ()) if a != definition.default],
                  "integer": [definition.max, definition.min], "decimal": [definition.max, definition.min],
                  "date": ["2024-02-29"], "day_month": ["29.02"], "text": ["X"]}[kind]
    value = next(v for v in (validate_slot(slot, c) for c in candidates) if v != definition.default)
    document = export_values(world.db, world.admin_a, catalogue=CAT)
    document["pages"][slot.page.id][slot.key] = value
    result = import_values(world.db, world.admin_a, document, catalogue=CAT)
    assert slot.key in result.changed
    assert export_values(world.db, world.clerk_a, catalogue=CAT)["pages"][slot.page.id][slot.key] == value
    assert export_values(world.db, world.clerk_b, catalogue=CAT)["pages"][slot.page.id][slot.key] == definition.default
