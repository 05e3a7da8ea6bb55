"""Import fuzzed with hypothesis: either every value lands in its stored form, or nothing changes."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.controls.catalogue import parse_catalogue
from app.core.controls.field_validators import validate_slot
from app.core.controls.site_transfer import export_values, import_values
from app.core.errors import ValidationError, ValidationErrors
from tests.controls.fixture_catalogue import CATALOGUE

CAT = parse_catalogue(CATALOGUE)
KEYS = sorted(CAT.slots)
RAW = st.one_of(st.sampled_from(["", "0", "1", "2", "A", "10", "999", "1000", "12,5", "01.04", "31.02",
                                 "01.01.2024", "2019-01-01", "-1", "0.0", "99.9"]), st.text(max_size=6))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dictionaries(st.sampled_from(KEYS), RAW, min_size=1, max_size=6))
def test_import_all_or_nothing(sqlite_world, changes):
    world = sqlite_world
    before = export_values(world.db, world.admin_a, catalogue=CAT)["pages"]
    document = {"pages": {}}
    for key, raw in changes.items():
        document["pages"].setdefault(CAT.slot(key).page.id, {})[key] = raw
    after_expected = {page: dict(values) for page, values in before.items()}
    try:
        import_values(world.db, world.admin_a, document, catalogue=CAT)
    except ValidationErrors as exc:
        assert exc.errors and all(isinstance(e, ValidationError) for e in exc.errors)
        assert export_values(world.db, world.admin_a, catalogue=CAT)["pages"] == before
        return
    for key, raw in changes.items():
        after_expected[CAT.slot(key).page.id][key] = validate_slot(CAT.slot(key), raw)
    assert export_values(world.db, world.admin_a, catalogue=CAT)["pages"] == after_expected
    assert export_values(world.db, world.admin_b, catalogue=CAT)["pages"] == {
        p.id: {k: CAT.defaults()[k] for k in p.value_keys()} for p in CAT.pages}
