"""The CSV import's bulk path (Core inserts in batches, clock-ins/entries/history derived in
the database): every row it writes is what the per-dossier services would have written,
across several batches, at the right site, with the right ids; the reading keeps the csv
module's line numbers; the validators' fast paths agree with the rules."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.core.carpass import dossier_import
from app.core.carpass import vehicle_rules as rules
from app.core.carpass.dossier_import import IMPORT_TECHNICIAN, import_dossiers, parse_work_started
from app.core.carpass.dossiers import DossierInput, clean_dossier_input
from app.core.carpass.enrolment import ACTION_ENROLLED, EnrolmentFacts, failed_rules
from app.core.carpass.models import CarpassEntry, CarpassEntryEvent, ClockEvent, Dossier, Technician
from app.core.errors import AtelierError, ValidationError, ValidationErrors
from app.core.progress import CancelToken, run_to_end
from tests.carpass.helpers import make_dossier
from tests.factories import make_world

HEADER = ("number,owner,plate,vin,first_registration,original_km,damage_km,repair_km,work_started_at,merged,"
          "create_vat_number,invoice_total")
LINES = dossier_import.INSERT_BATCH + 321  # two batches, the second one partial


def _line(rng: random.Random, number: int, start: datetime) -> str:
    vin = "WAUZZZ8V3EA" + f"{number:06d}"
    roll = rng.random()
    if roll < 0.05:
        vin = vin + "X"  # 18 characters: rule 2
    elif roll < 0.08:
        vin = vin[:11]  # old vehicle
    started = (start + timedelta(minutes=17 * number)).isoformat(timespec="minutes") if rng.random() > 0.1 else ""
    return ",".join((
        str(number if rng.random() > 0.03 else -number), "" if rng.random() < 0.04 else f"CLIENT {number}",
        f"1ABC{number % 1000:03d}", vin, "2015-03-01", str(1000 + number), str(1000 + number) if rng.random() > 0.1
        else "", "", started, "1" if rng.random() < 0.04 else "0", "1" if rng.random() > 0.1 else "0",
        f"{rng.randint(1, 9999)}.{rng.randint(0, 99):02d}" if rng.random() > 0.3 else ""))


@pytest.fixture
def vat_world(db):
    """A company using the VAT register, so that rule 6 matters too."""
    return make_world(db, uses_vat_register=True)


def test_bulk_import_writes_what_the_services_would(vat_world, tmp_path):
    world = vat_world
    db, scope = world.db, world.clerk_a
    before = make_dossier(db, scope, 1).dossier.id  # the site already has a dossier (not in the file)
    for number in (2, 3, 50, LINES):  # the other site has some of the file's numbers
        make_dossier(db, world.clerk_b, number)
    rng = random.Random(3)
    start = datetime(2021, 1, 4, 8, 0)
    body = [_line(rng, number, start) for number in range(2, LINES + 2)]
    path = tmp_path / "bulk.csv"
    path.write_text("\n".join([HEADER, *body]) + "\n", encoding="utf-8")

    result = run_to_end(import_dossiers(db, scope, path))

    expected = []
    for text in body:
        cells = dict(zip(HEADER.split(","), text.split(","), strict=True))
        started = parse_work_started(cells.pop("work_started_at"))
        clean = clean_dossier_input(DossierInput(**cells))
        enrol = not failed_rules(EnrolmentFacts(started is not None, clean.vin, False, clean.merged, clean.number,
                                                True, clean.create_vat_number, clean.owner))
        expected.append((clean, started, enrol))
    assert (result.imported, result.enrolled) == (len(body), sum(e for *_, e in expected))
    assert 0 < result.enrolled < len(body)
    with db.session() as session:
        imported = session.scalars(select(Dossier).where(Dossier.site_id == world.site_a, Dossier.id > before)
                                   .order_by(Dossier.id)).all()
        technician = session.scalar(select(Technician).where(Technician.site_id == world.site_a,
                                                             Technician.code == IMPORT_TECHNICIAN))
        clocks = {c.dossier_id: c for c in session.scalars(select(ClockEvent).order_by(ClockEvent.id))}
        entries = session.scalars(select(CarpassEntry).where(CarpassEntry.site_id == world.site_a)
                                  .order_by(CarpassEntry.id)).all()
        events = session.scalars(select(CarpassEntryEvent).order_by(CarpassEntryEvent.id)).all()
        others = session.scalars(select(Dossier.number).where(Dossier.site_id == world.site_b)).all()
    assert sorted(others) == [2, 3, 50, LINES]  # the other site is untouched
    assert len(imported) == len(body)  # ids in file order: the dossier of line n is the n-th new id
    by_id = {}
    for dossier, (clean, started, enrol) in zip(imported, expected, strict=True):
        by_id[dossier.id] = (dossier, enrol)
        stored = {name: getattr(dossier, name) for name in ("number", "owner", "plate", "vin", "first_registration",
                                                            "original_km", "damage_km", "repair_km", "merged",
                                                            "create_vat_number", "invoice_total")}
        assert stored == {name: getattr(clean, name) for name in stored}
        assert dossier.work_started_at == started
        assert (dossier.version, dossier.updated_by) == (1, scope.login)
        assert dossier.created_at == dossier.updated_at and dossier.created_at.tzinfo is not None
        clock = clocks.get(dossier.id)
        if started is None:
            assert clock is None
        else:
            assert (clock.technician_id, clock.clock_in, clock.clock_out) == (technician.id, started, started)
    assert [e.dossier_id for e in entries] == [i for i, (_, enrol) in by_id.items() if enrol]
    for entry in entries:
        assert (entry.status, entry.manual, entry.version, entry.enrolled_by) == ("pending", False, 1, scope.login)
    assert [e.entry_id for e in events] == [e.id for e in entries]
    assert {(e.action, e.login, e.detail) for e in events} == {
        (ACTION_ENROLLED, scope.login, "automatic on import: rules 1-7 hold")}
    assert all(e.at == entries[0].enrolled_at for e in events)


def test_cancel_at_the_last_step_imports_nothing(world, tmp_path):
    path = tmp_path / "small.csv"
    path.write_text(HEADER + "\n" + "1095,X,1ABC123,WAUZZZ8V3EA070544,,1,,,2021-01-04T08:00,0,1,\n",
                    encoding="utf-8")
    token = CancelToken()
    operation = import_dossiers(world.db, world.clerk_a, path, token)
    with pytest.raises(AtelierError) as info:
        for step in operation:
            if "Import" in str(step.message):
                token.cancel()  # the only (and last) batch is written: the commit must not happen
    assert "annulé" in str(info.value)
    with world.db.session() as session:
        assert session.scalars(select(Dossier.id)).all() == []


def test_line_numbers_count_blank_and_quoted_lines(sqlite_world, tmp_path):
    path = tmp_path / "lines.csv"
    # columns in another order; a blank line; a cell spanning two lines; a short line; a bad line
    header = "owner,number,plate,vin,first_registration,original_km,damage_km,repair_km,work_started_at,merged," \
             "create_vat_number,invoice_total"
    path.write_text(header + "\n"
                    + "A,1,,,,,,,,0,0,\n"
                    + "\n"
                    + ",,,,,,,,,,,\n"
                    + '"B\nBIS",2,,,,,,,,0,0,\n'
                    + "C,3\n"
                    + "D,4,,,,-1,,,,0,0,\n", encoding="utf-8")
    with pytest.raises((ValidationError, ValidationErrors)) as info:
        run_to_end(import_dossiers(sqlite_world.db, sqlite_world.clerk_a, path))
    errors = info.value.errors if isinstance(info.value, ValidationErrors) else [info.value]
    # The cell spanning two lines (ending on line 6) holds a line break, a control character;
    # "C,3" lacks columns: both refused with their line, as the bad km of line 8.
    assert [(e.line, e.field) for e in errors] == [(6, "owner"), (7, "line"), (8, "original_km")]


TEXT = st.one_of(st.none(), st.text(max_size=12), st.sampled_from([
    "", " ", "0", "007", "1 234", "12,5", "1142.04", "12.345", "-3", "²", "1_000", "9" * 19, "2020-02-29",
    "2021-02-29", "29-02-2020", "2021-13-01", "1899-12-31", "2999-01-01", "wauzzz8v3ea070544", "WAUZ ZZ8V3EA070544",
    "1-abc-123", "1abc/23", "oui", "NaN", "1E+3", "٣", "ÀB12"]))


@settings(max_examples=300, deadline=None, database=None)
@given(values=st.fixed_dictionaries({name: TEXT for name in (
    "number", "owner", "plate", "vin", "first_registration", "original_km", "damage_km", "repair_km", "merged",
    "create_vat_number", "invoice_total")}))
def test_clean_dossier_input_agrees_with_each_rule(values):
    today = date(2024, 6, 1)
    checks = {
        "number": lambda v: rules.clean_number(v), "owner": rules.clean_owner, "plate": rules.clean_plate,
        "vin": lambda v: rules.clean_vin(v).value,
        "first_registration": lambda v: rules.clean_first_registration(v, today),
        **{name: (lambda n: lambda v: rules.clean_km(n, v))(name) for name in ("original_km", "damage_km",
                                                                              "repair_km")},
        **{name: (lambda n: lambda v: rules.clean_flag(n, v))(name) for name in ("merged", "create_vat_number")},
        "invoice_total": lambda v: rules.clean_amount("invoice_total", v),
    }
    expected, refused = {}, set()
    for name, check in checks.items():
        try:
            expected[name] = check(values[name])
        except ValidationError:
            refused.add(name)
    try:
        clean = clean_dossier_input(DossierInput(**values), today)
    except ValidationErrors as many:
        assert {e.field for e in many.errors} == refused
        return
    except ValidationError as one:
        assert {one.field} == refused
        return
    assert not refused
    assert {name: getattr(clean, name) for name in checks} == expected


@pytest.mark.parametrize("raw, expected", [
    ("2020-02-29", date(2020, 2, 29)), ("2015-03-01", date(2015, 3, 1)), ("01-03-2015", date(2015, 3, 1)),
    ("2015-3-1", date(2015, 3, 1)), ("1900-01-01", date(1900, 1, 1))])
def test_dates_through_the_fast_path_and_the_patterns(raw, expected):
    assert rules.parse_date("first_registration", raw) == expected


@pytest.mark.parametrize("raw", ["2021-02-29", "2021-13-01", "2021-00-10", "20210-1-01"])
def test_impossible_iso_dates_are_refused(raw):
    with pytest.raises(ValidationError) as info:
        rules.parse_date("first_registration", raw)
    assert raw in str(info.value)


@pytest.mark.parametrize("check, raw, expected", [
    (lambda v: rules.clean_km("damage_km", v), "0012", 12),
    (lambda v: rules.clean_km("damage_km", v), "1999999", 1_999_999),
    (rules.clean_number, "007", 7),
    (rules.clean_plate, "1abc123", "1ABC123"),
    (lambda v: rules.clean_vin(v).value, "wauzzz8v3ea070544", "WAUZZZ8V3EA070544"),
    (lambda v: rules.clean_amount("invoice_total", v), "1142.04", Decimal("1142.04")),
    (lambda v: rules.clean_amount("invoice_total", v), "7", Decimal("7.00")),
])
def test_plain_values_through_the_fast_paths(check, raw, expected):
    value = check(raw)
    assert value == expected and type(value) is type(expected)
    if isinstance(value, Decimal):
        assert value.as_tuple().exponent == -2


@pytest.mark.parametrize("check, raw, reason", [
    (lambda v: rules.clean_km("damage_km", v), "2000000", "inférieur"),
    (lambda v: rules.clean_km("damage_km", v), "9" * 19, "inférieur"),
    (rules.clean_number, "9" * 19, "trop grand"),
    (rules.clean_number, "1" * 5000, "entier"),
])
def test_large_plain_numbers_keep_their_messages(check, raw, reason):
    with pytest.raises(ValidationError) as info:
        check(raw)
    assert reason in str(info.value)


def test_the_import_gives_back_the_default_page_cache(sqlite_world, tmp_path):
    db = sqlite_world.db

    def cache_size():
        with db.engine.connect() as connection:
            return connection.exec_driver_sql("PRAGMA cache_size").scalar()

    before = cache_size()
    path = tmp_path / "one.csv"
    path.write_text(HEADER + "\n1095,X,1ABC123,WAUZZZ8V3EA070544,,1,,,2021-01-04T08:00,0,1,\n", encoding="utf-8")
    run_to_end(import_dossiers(db, sqlite_world.clerk_a, path))
    assert cache_size() == before
