"""Importers fuzzed with hypothesis: the dossier CSV import (Car-Pass) and the controls JSON
import. 0 crashes (only ValidationError/ValidationErrors), every rejection names its field
(and, for the CSV, its line), and nothing is half-imported: a rejected file leaves every
row count unchanged; an accepted one adds exactly its dossiers."""

from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.core.carpass.dossier_import import IMPORT_COLUMNS, import_dossiers
from app.core.carpass.models import (
    CarpassEntry,
    CarpassEntryEvent,
    ClockEvent,
    Dossier,
    Technician,
)
from app.core.controls.catalogue import load_catalogue
from app.core.controls.models import ControlsChange, ControlsValue
from app.core.controls.site_transfer import export_values, import_values
from app.core.errors import ValidationError, ValidationErrors
from app.core.progress import run_to_end

FUZZ = settings(max_examples=60, deadline=None, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
CSV_FIELDS = set(IMPORT_COLUMNS) | {"line", "header", "file"}

GOOD_ROW = {"number": "1095", "owner": "GRAULICH", "plate": "1FSG786", "vin": "WAUZZZ8V3EA070544",
            "first_registration": "2014-05-01", "original_km": "125000", "damage_km": "125896",
            "repair_km": "125900", "work_started_at": "2017-07-18T08:30:00", "merged": "0",
            "create_vat_number": "1", "invoice_total": "1142.04"}
CELL = st.one_of(st.sampled_from(["", "0", "-1", "1.5", "12,5", "2030-01-01", "31-02-2020", "oui", "x" * 90,
                                  "2017-07-18T08:30", "9999999", "WAUZZZ8V3EA07054!", "1 234"]),
                 st.text(max_size=20))


def _counts(db) -> tuple[int, ...]:
    with db.session() as s:
        return tuple(s.scalar(select(func.count()).select_from(model))
                     for model in (Dossier, ClockEvent, CarpassEntry, CarpassEntryEvent, Technician))


def _named(error: ValidationError, fields: set[str]) -> None:
    assert error.field in fields, error.field
    shown = (error.field_label or error.field)
    shown = shown.render() if hasattr(shown, "render") else shown
    assert shown and shown in error.message.render()


@st.composite
def csv_files(draw) -> str:
    columns = list(IMPORT_COLUMNS)
    if draw(st.booleans()):
        columns = draw(st.permutations(columns))
    if draw(st.integers(0, 9)) == 0:
        columns = columns[:-1] + [draw(st.sampled_from(["total", "Number", ""]))]
    rows = []
    for index in range(draw(st.integers(1, 4))):
        row = dict(GOOD_ROW, number=str(5000 + index))
        for column in draw(st.sets(st.sampled_from(IMPORT_COLUMNS), max_size=3)):
            row[column] = draw(CELL)
        rows.append([row.get(c, "") for c in columns])
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)
    if draw(st.integers(0, 9)) == 0:
        out.write("1,2,3,4,5,6,7,8,9,10,11,12,13\n")
    return out.getvalue()


@FUZZ
@given(text=csv_files())
@example(text=",".join(IMPORT_COLUMNS) + "\n" + ",".join(GOOD_ROW[c] for c in IMPORT_COLUMNS) + "\n")
def test_dossier_csv_import_all_or_nothing(sqlite_world, tmp_path, text):
    world = sqlite_world
    path = tmp_path / "import.csv"
    path.write_text(text, encoding="utf-8")
    before = _counts(world.db)
    try:
        result = run_to_end(import_dossiers(world.db, world.clerk_a, path))
    except ValidationErrors as many:
        assert many.errors
        for error in many.errors:
            _named(error, CSV_FIELDS)
            assert error.field in {"header", "file"} or "ligne" in error.message.render()
        assert _counts(world.db) == before
        return
    except ValidationError as one:
        _named(one, CSV_FIELDS)
        assert _counts(world.db) == before
        return
    after = _counts(world.db)
    assert after[0] == before[0] + result.imported and result.imported >= 1
    assert after[2] == before[2] + result.enrolled


def test_dossier_csv_import_rejects_binary_and_other_encodings(sqlite_world, tmp_path):
    before = _counts(sqlite_world.db)
    for content in (b"\xff\xfe\x00\x01garbage", ",".join(IMPORT_COLUMNS).encode("utf-16"), b""):
        path = tmp_path / "bad.csv"
        path.write_bytes(content)
        with pytest.raises(ValidationError) as refused:
            run_to_end(import_dossiers(sqlite_world.db, sqlite_world.clerk_a, path))
        _named(refused.value, CSV_FIELDS)
    assert _counts(sqlite_world.db) == before


@pytest.mark.parametrize("column, value", [("invoice_total", "1E+30"), ("damage_km", "--5"), ("damage_km", "²"),
                                           ("original_km", "9" * 5000)])
def test_csv_import_lists_cells_that_once_crashed_the_validators(sqlite_world, tmp_path, column, value):
    path = tmp_path / "import.csv"
    row = dict(GOOD_ROW, **{column: value})
    path.write_text(",".join(IMPORT_COLUMNS) + "\n" + ",".join(row[c] for c in IMPORT_COLUMNS) + "\n",
                    encoding="utf-8")
    with pytest.raises(ValidationErrors):
        run_to_end(import_dossiers(sqlite_world.db, sqlite_world.clerk_a, path))


CATALOGUE = load_catalogue()
PAGE_KEYS = {page.id: list(page.value_keys()) for page in CATALOGUE.pages}
JSON_LEAF = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=True),
                      st.text(max_size=12))
JSON_ANY = st.recursive(JSON_LEAF, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
    st.text(max_size=6), inner, max_size=3), max_leaves=8)


@st.composite
def controls_documents(draw):
    shape = draw(st.integers(0, 5))
    if shape == 0:
        return draw(JSON_ANY)
    pages = {}
    for page_id in draw(st.lists(st.sampled_from(sorted(PAGE_KEYS)), min_size=1, max_size=3, unique=True)):
        keys = PAGE_KEYS[page_id]
        values = {key: draw(st.one_of(JSON_LEAF, st.sampled_from(["0", "1", "A", "", "10"]))) for key in
                  draw(st.lists(st.sampled_from(keys), max_size=4, unique=True))}
        if draw(st.integers(0, 6)) == 0:
            values[draw(st.text(max_size=8))] = "1"
        pages[page_id if draw(st.integers(0, 8)) else draw(st.text(max_size=6))] = \
            values if draw(st.integers(0, 8)) else draw(JSON_ANY)
    document = {"pages": pages}
    if draw(st.integers(0, 6)) == 0:
        document["format"] = draw(JSON_LEAF)
    return document


def _controls_counts(db) -> tuple[int, int]:
    with db.session() as s:
        return (s.scalar(select(func.count()).select_from(ControlsValue)),
                s.scalar(select(func.count()).select_from(ControlsChange)))


@FUZZ
@given(document=controls_documents())
def test_controls_json_import_all_or_nothing(sqlite_world, document):
    world = sqlite_world
    before = export_values(world.db, world.admin_a)["pages"]
    counts = _controls_counts(world.db)
    other_site = export_values(world.db, world.admin_b)["pages"]
    try:
        import_values(world.db, world.admin_a, json.loads(json.dumps(document)))
    except ValidationErrors as many:
        assert many.errors
        for error in many.errors:
            # the field is the page id or key the file used (even an empty one), shown in the message
            assert isinstance(error.field, str)
            assert (error.field_label.render() if error.field_label else error.field) in error.message.render()
        assert export_values(world.db, world.admin_a)["pages"] == before
        assert _controls_counts(world.db) == counts
    except ValidationError as one:
        assert one.field and _controls_counts(world.db) == counts
    assert export_values(world.db, world.admin_b)["pages"] == other_site


def test_controls_import_of_a_non_json_file_through_the_cli(sqlite_world, run_cli, tmp_path):
    counts = _controls_counts(sqlite_world.db)
    for content in (b"\x00\x01\x02", b'{"pages": ', b"[1, 2, 3]", b'{"pages": {"nope": {}}}'):
        path = tmp_path / "c.json"
        path.write_bytes(content)
        result = run_cli(sqlite_world.db, "--user", "admin.a", "controls", "import", str(path))
        assert result.code == 2, (content, result.out, result.err)
        assert "Traceback" not in result.err
    assert _controls_counts(sqlite_world.db) == counts
