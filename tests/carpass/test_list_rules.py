"""The Car-Pass list's red and amber rules: the SQL equals the Python rule (and the send-time
checks) on random data, and each rule on its own, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import update

from app.core.carpass.carpass_list import CarpassListSource
from app.core.carpass.dossier_list import DossierListSource
from app.core.carpass.dossiers import find_dossier
from app.core.carpass.models import OPEN_STATUSES, CarpassEntry, Dossier, DossierActivity
from app.core.carpass.sendability import row_flags, send_problems
from app.core.carpass.sending.anomaly_checks import KnownReading
from app.core.carpass.sending.readings import prepare, select_entries
from app.core.carpass.sending.states import RECEIVED_STATES
from app.core.grid import GridQuery
from app.core.timeutil import from_local, local_today, to_local, utcnow
from tests.carpass.helpers import add_reading

GOOD_VIN = "WAUZZZ8V3EA070544"
VINS = [None, "", GOOD_VIN, "TMBJG7NE0F0124355", "ABC123", "HFJFJGFJHFJHFJHFH12"]
# Few distinct values, so that equal, lower and far-apart readings of one VIN are frequent.
ODOMETERS = (100, 900, 1000, 2000, 6000)
KM = st.one_of(st.none(), st.sampled_from(ODOMETERS))
STATUSES = ("pending", "failed", "anomaly", "unknown", "sent", "removed")

dossier_spec = st.fixed_dictionaries({
    "vin": st.sampled_from(VINS), "original_km": KM, "damage_km": KM, "repair_km": KM,
    "first_registration": st.sampled_from([None, date(2015, 3, 1)]), "described": st.booleans(),
    "started_days_ago": st.one_of(st.none(), st.integers(-2, 8)), "status": st.sampled_from(STATUSES),
    "other_site": st.booleans(),
})
reading_spec = st.fixed_dictionaries({
    "vin": st.sampled_from(VINS[2:]), "odometer": st.sampled_from(ODOMETERS), "days_ago": st.integers(0, 8),
    "sent_days_ago": st.one_of(st.none(), st.integers(0, 2)), "state": st.sampled_from(["sent", "anomaly", "failed"]),
    "entry": st.integers(0, 30), "other_site": st.booleans(),
})


def local_instant(day: date, hour: int = 10) -> datetime:
    return from_local(datetime.combine(day, time(hour)))


def insert(db, world, specs, readings, example: int = 0):
    """The example's dossiers, entries and readings; numbers and VINs are the example's own
    (readings Car-Pass received cannot be deleted, so examples never clean up)."""
    today = local_today()
    with db.session() as session:
        dossiers = []
        for number, spec in enumerate(specs, start=1):
            days = spec["started_days_ago"]
            dossiers.append(Dossier(
                site_id=world.site_b if spec["other_site"] else world.site_a, number=example * 100 + number,
                owner=f"O{number}", plate="1AB123", vin=own_vin(spec["vin"], example),
                original_km=spec["original_km"], damage_km=spec["damage_km"],
                repair_km=spec["repair_km"], first_registration=spec["first_registration"], merged=False,
                create_vat_number=False,
                work_started_at=None if days is None else local_instant(today - timedelta(days=days))))
        session.add_all(dossiers)
        session.flush()
        entries = [CarpassEntry(site_id=d.site_id, dossier_id=d.id, status=spec["status"])
                   for d, spec in zip(dossiers, specs, strict=True)]
        session.add_all(entries)
        session.add_all([DossierActivity(site_id=d.site_id, dossier_id=d.id, code="PAINT")
                         for d, spec in zip(dossiers, specs, strict=True) if spec["described"]])
        session.flush()
        facts = [(e.id, d.id, d.site_id, spec) for e, d, spec in zip(entries, dossiers, specs, strict=True)]
    stored = []
    for spec in readings:
        entry_id, dossier_id, site_id, _ = facts[spec["entry"] % len(facts)]
        sent = spec["sent_days_ago"]
        sent_at = None if sent is None else local_instant(today - timedelta(days=sent), 9)
        add_reading(db, site_id, entry_id, dossier_id, own_vin(spec["vin"], example), spec["odometer"],
                    today - timedelta(days=spec["days_ago"]), spec["state"], sent_at)
        stored.append((entry_id, spec, sent_at))
    return facts, stored


def own_vin(vin: str | None, example: int) -> str | None:
    """``vin`` made unique to one example, same length (the rules look at the length)."""
    return vin if not vin else f"{example:04d}{vin[4:]}"


def expected_flags(facts, stored, example: int = 0):
    today = local_today()
    expected = {}
    for entry_id, _dossier_id, site_id, spec in facts:
        received = [(today - timedelta(days=r["days_ago"]), r["odometer"], index,
                     KnownReading(r["odometer"], today - timedelta(days=r["days_ago"]),
                                  to_local(sent_at).date() if sent_at else today - timedelta(days=r["days_ago"])))
                    for index, (owner, r, sent_at) in enumerate(stored)
                    if owner != entry_id and r["vin"] == spec["vin"] and r["state"] in RECEIVED_STATES]
        # the checks compare with the last reading Car-Pass holds (latest date, highest km, newest)
        known = [max(received, key=lambda k: k[:3])[3]] if received else []
        days = spec["started_days_ago"]
        flags = row_flags(vin=own_vin(spec["vin"], example),
                          original_km=spec["original_km"], damage_km=spec["damage_km"],
                          repair_km=spec["repair_km"], first_registration=spec["first_registration"],
                          described=spec["described"], status=spec["status"], known=known, today=today,
                          reading_date=today if days is None else today - timedelta(days=days))
        expected[entry_id] = (site_id, flags.problems, flags.warnings)
    return expected


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(specs=st.lists(dossier_spec, min_size=1, max_size=12), readings=st.lists(reading_spec, max_size=10))
def test_sql_flags_equal_the_python_rule_and_the_send_checks(world, specs, readings):
    db = world.db
    with db.session() as session:
        example = session.query(Dossier).count() + 1
    facts, stored = insert(db, world, specs, readings, example)
    expected = expected_flags(facts, stored, example)
    ids = [entry_id for entry_id, *_ in facts]
    for scope, site in ((world.clerk_a, world.site_a), (world.clerk_b, world.site_b)):
        source = CarpassListSource(db, scope)
        query = GridQuery(filters={"all": True, "entry_ids": ids})
        got = {r.entry_id: (site, r.problems, r.warnings) for r in source.fetch(query, 0, 100)}
        assert got == {k: v for k, v in expected.items() if v[0] == site}
        assert source.count(GridQuery(filters={**query.filters, "red_only": True})) == sum(
            1 for v in got.values() if v[1])


def enrol_row(db, world, number, *, vin=GOOD_VIN, km=50_000, first_registration=date(2016, 1, 1),
              started=None, described=True, site=None, status="pending"):
    site = site or world.site_a
    with db.session() as session:
        dossier = Dossier(site_id=site, number=number, owner="CLIENT", plate="1ABC123", vin=vin, original_km=km,
                          damage_km=km, repair_km=km, first_registration=first_registration, merged=False,
                          create_vat_number=False, work_started_at=started)
        session.add(dossier)
        session.flush()
        entry = CarpassEntry(site_id=site, dossier_id=dossier.id, status=status)
        session.add(entry)
        if described:
            session.add(DossierActivity(site_id=site, dossier_id=dossier.id, code="PAINT"))
        session.flush()
        return entry.id, dossier.id


def rows_by_number(world, scope=None):
    source = CarpassListSource(world.db, scope or world.clerk_a)
    return {r.dossier: r for r in source.fetch(GridQuery(filters={"all": True}), 0, 100)}


def test_red_rows_missing_first_registration_and_vin_too_long_are_never_prepared(world):
    db = world.db
    enrol_row(db, world, 1, first_registration=None)
    enrol_row(db, world, 2, vin="HFJFJGFJHFJHFJHFH12")
    enrol_row(db, world, 3)
    rows = rows_by_number(world)
    assert rows[1].problems == ("missing_first_registration",) and not rows[1].sendable
    assert "date de première immatriculation manquante" in rows[1].detail
    assert rows[2].problems == ("vin_too_long",) and "plus de 17 caractères" in rows[2].detail
    assert rows[3].sendable and rows[3].problems == ()
    assert CarpassListSource(db, world.clerk_a).count(GridQuery(filters={"red_only": True})) == 2
    today, now = local_today(), utcnow()
    prepared = prepare(db, world.clerk_a, select_entries(db, world.clerk_a, dossier_numbers=[1, 2, 3]), today, now)
    assert [(p.facts.number, p.outcome) for p in prepared] == [(1, "not_sendable"), (2, "not_sendable"),
                                                               (3, "to_send")]
    assert "date de première immatriculation manquante" in str(prepared[0].reasons[0])
    assert send_problems(1, 1, "A" * 18, date(2020, 1, 1)) == ["vin_too_long"]


def test_missing_work_description_is_amber_and_stays_visible_after_sending(world):
    db = world.db
    enrol_row(db, world, 1, described=False)
    enrol_row(db, world, 2, described=False, status="sent")
    rows = rows_by_number(world)
    assert rows[1].sendable and rows[1].warnings == ("missing_description",) and not rows[1].described
    assert rows[1].detail == "description des travaux manquante"
    assert rows[2].warnings == ("missing_description",)  # the description can still be sent later


def test_lower_than_the_last_reading_sent_for_the_vin_company_wide(world):
    db = world.db
    mine, mine_dossier = enrol_row(db, world, 1, km=40_000)
    other_entry, other_dossier = enrol_row(db, world, 7, km=10, site=world.site_b, status="sent")
    # an earlier dossier at the same site with a higher repair km is NOT the reference any more
    enrol_row(db, world, 0, km=90_000, status="sent")
    assert rows_by_number(world)[1].warnings == ()
    add_reading(db, world.site_b, other_entry, other_dossier, GOOD_VIN, 45_000, local_today() - timedelta(days=30),
                sent_at=utcnow() - timedelta(days=30))
    add_reading(db, world.site_a, mine, mine_dossier, GOOD_VIN, 99_999, local_today(), state="failed")
    row = rows_by_number(world)[1]
    assert row.warnings == ("lower_than_last",) and row.last_sent_km == 45_000
    assert "40000 km est inférieur au dernier relevé connu pour ce VIN (45000 km le" in row.detail
    add_reading(db, world.site_b, other_entry, other_dossier, GOOD_VIN, 30_000, local_today() - timedelta(days=20),
                sent_at=utcnow() - timedelta(days=20))  # the latest by date is the reference
    assert rows_by_number(world)[1].warnings == ()


def test_over_1000_km_a_day_same_day_duplicate_and_dates(world):
    db = world.db
    today = local_today()
    fast, fast_dossier = enrol_row(db, world, 1, km=60_000, started=local_instant(today))
    other, other_dossier = enrol_row(db, world, 2, km=50_000, status="sent")
    add_reading(db, world.site_a, other, other_dossier, GOOD_VIN, 50_000, today - timedelta(days=2),
                sent_at=utcnow() - timedelta(days=2))
    enrol_row(db, world, 3, vin="TMBJG7NE0F0124355", km=70_000)
    third, third_dossier = enrol_row(db, world, 4, vin="TMBJG7NE0F0124355", km=70_000, status="sent")
    add_reading(db, world.site_a, third, third_dossier, "TMBJG7NE0F0124355", 70_000, today)
    enrol_row(db, world, 5, vin="ZCFC35A7405943910", started=local_instant(today - timedelta(days=6)))
    enrol_row(db, world, 6, vin="ZCFC35A7405943911", started=local_instant(today - timedelta(days=5)))
    enrol_row(db, world, 8, vin="ZCFC35A7405943912", started=local_instant(today + timedelta(days=1), 0))
    rows = rows_by_number(world)
    assert rows[1].warnings == ("too_many_km_per_day",) and "5000 km par jour" in rows[1].detail
    assert rows[3].warnings == ("already_sent_today",)
    assert rows[5].warnings == ("date_too_old",) and "(6 jours)" in rows[5].detail
    assert rows[6].warnings == ()  # 5 days is still allowed
    assert rows[8].warnings == ("date_in_future",)
    assert rows[2].warnings == rows[4].warnings == ()  # sent rows are not checked again
    # the list says what the send preparation then does
    prepared = {p.facts.number: p for p in prepare(db, world.clerk_a, select_entries(
        db, world.clerk_a, dossier_numbers=[1, 3, 5, 6, 8]), today, utcnow())}
    assert {n: p.outcome for n, p in prepared.items()} == {1: "blocked", 3: "blocked", 5: "blocked", 6: "to_send",
                                                          8: "blocked"}


def test_one_state_name_for_a_blocked_reading_in_the_list(world):
    db = world.db
    entry, dossier = enrol_row(db, world, 1, status="anomaly")
    add_reading(db, world.site_a, entry, dossier, GOOD_VIN, 50_000, local_today(), state="blocked")
    entry2, dossier2 = enrol_row(db, world, 2, vin="TMBJG7NE0F0124355", status="pending")
    add_reading(db, world.site_a, entry2, dossier2, "TMBJG7NE0F0124355", 50_000, local_today(), state="queued")
    entry3, dossier3 = enrol_row(db, world, 3, vin="ZCFC35A7405943910", status="anomaly")
    add_reading(db, world.site_a, entry3, dossier3, "ZCFC35A7405943910", 50_000, local_today(), state="anomaly")
    enrol_row(db, world, 4, vin="ZCFC35A7405943911", status="unknown")
    rows = rows_by_number(world)
    assert [(rows[n].state, rows[n].status_text) for n in (1, 2, 3, 4)] == [
        ("blocked", "à confirmer"), ("queued", "en file"), ("anomaly", "anomalie Car-Pass"), ("unknown", "à vérifier")]
    assert all(rows[n].status in OPEN_STATUSES for n in (1, 2, 3, 4))
    # the same names on the dossier screen and in the dossiers grid
    assert find_dossier(db, world.clerk_a, 1).carpass_state == "blocked"
    dossiers = {r["number"]: r["carpass"] for r in DossierListSource(db, world.clerk_a).fetch(GridQuery(), 0, 10)}
    assert (dossiers[1], dossiers[2], dossiers[4]) == ("à confirmer", "en file", "à vérifier")
    with db.session() as session:
        session.execute(update(CarpassEntry).where(CarpassEntry.id == entry).values(status="removed"))
    assert rows_by_number(world)[1].status_text == "retiré"
