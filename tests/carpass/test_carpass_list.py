"""The Car-Pass list source: filters, sorts, pagination, keys then rows, site isolation, and
the history with ``all`` (the red and amber rules: test_list_rules.py)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import update

from app.core.carpass.carpass_list import CarpassListSource
from app.core.carpass.models import CarpassEntry, CarpassEntryEvent, Dossier
from app.core.grid import GridQuery
from app.core.timeutil import UTC, from_local
from tests.carpass.helpers import make_dossier

BASE = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
VINS = [None, "", "WAUZZZ8V3EA070544", "TMBJG7NE0F0124355", "ABC123", "HFJFJGFJHFJHFJHFH12"]


def insert(db, world, specs):
    """Insert dossiers and enrol each (straight rows: this tests the query, not the services)."""
    with db.session() as session:
        dossiers = []
        for number, spec in enumerate(specs, start=1):
            site = world.site_b if spec["other_site"] else world.site_a
            dossiers.append(Dossier(site_id=site, number=number, owner=f"OWNER {number}", plate=f"1AB{number:03d}",
                                    vin=spec["vin"], original_km=spec["original_km"], damage_km=spec["damage_km"],
                                    repair_km=spec["repair_km"], created_at=BASE + timedelta(minutes=spec["minute"]),
                                    first_registration=date(2015, 3, 1), work_started_at=BASE, merged=False,
                                    create_vat_number=False))
        session.add_all(dossiers)
        session.flush()
        session.add_all([CarpassEntry(site_id=d.site_id, dossier_id=d.id) for d in dossiers])
        return [(d.id, d.site_id, d.vin, d.created_at, d.original_km, d.damage_km, d.repair_km) for d in dossiers]


def test_rows_filters_and_history(world):
    db = world.db
    from app.core.carpass.dossiers import enrol_number

    make_dossier(db, world.clerk_a, 1112, owner="LOCAFIX S.P.R.L.", plate="1NAL363", vin="TMBJG7NE0F0124355",
                 original_km="54302", damage_km="", repair_km="", invoice_total="1 142,04")
    make_dossier(db, world.clerk_a, 1205, owner="DEFRAINE MICHEL", plate="1CQV119", vin="TMBJP7NE0H01",
                 damage_km="10000", repair_km="9990", invoice_total="50")
    make_dossier(db, world.clerk_b, 1205, owner="GENT KLANT")
    for number in (1112, 1205):
        enrol_number(db, world.clerk_a, number)
    enrol_number(db, world.clerk_b, 1205)
    source = CarpassListSource(db, world.clerk_a)
    rows = source.fetch(GridQuery(), 0, 50)
    assert [r.dossier for r in rows] == [1112, 1205]
    red, amber = rows
    assert red.problems == ("missing_damage_km", "missing_repair_km") and not red.sendable
    assert red.mileage == 54302 and red.invoice_total == Decimal("1142.04")
    assert "km dégât manquant" in red.detail
    assert amber.sendable and amber.warnings == ("vin_short", "repair_km_below_damage_km", "missing_description")
    assert source.count(GridQuery(text="locafix")) == 1
    assert source.count(GridQuery(text="1cqv")) == 1
    assert source.count(GridQuery(text="120")) == 1
    assert source.count(GridQuery(text="gent")) == 0  # site B's owner is invisible
    assert source.count(GridQuery(text="100%")) == 0
    assert [r.dossier for r in source.fetch(GridQuery(sort_key="owner", descending=True), 0, 5)] == [1112, 1205]
    assert [r.dossier for r in source.fetch(GridQuery(sort_key="mileage"), 0, 5)] == [1205, 1112]
    with db.session() as session:
        session.execute(update(CarpassEntry).where(CarpassEntry.site_id == world.site_a,
                                                   CarpassEntry.dossier_id == rows[1].dossier_id)
                        .values(status="sent", last_message="Observation acceptée"))
    assert source.count(GridQuery()) == 1
    history = source.fetch(GridQuery(filters={"all": True}), 0, 10)
    assert [(r.dossier, r.status, r.status_text) for r in history] == [(1112, "pending", "à envoyer"),
                                                                       (1205, "sent", "envoyé")]
    assert "Observation acceptée" in history[1].detail
    assert source.count(GridQuery(filters={"entry_ids": [rows[0].entry_id]})) == 1


def test_date_range_uses_brussels_days(world):
    db = world.db
    from app.core.carpass.dossiers import enrol_number

    for number, started in ((1, from_local(datetime(2026, 3, 1, 0, 30))), (2, from_local(datetime(2026, 3, 2, 23, 50))),
                            (3, from_local(datetime(2026, 3, 3, 0, 10)))):
        saved = make_dossier(db, world.clerk_a, number)
        with db.session() as session:
            session.execute(update(Dossier).where(Dossier.id == saved.dossier.id).values(work_started_at=started))
        enrol_number(db, world.clerk_a, number)
    source = CarpassListSource(db, world.clerk_a)
    query = GridQuery(filters={"date_from": date(2026, 3, 1), "date_to": date(2026, 3, 2)})
    assert [r.dossier for r in source.fetch(query, 0, 10)] == [1, 2]
    assert source.count(GridQuery(filters={"date_from": date(2026, 3, 3)})) == 1


def test_pages_in_order_cover_every_row_once(world):
    db = world.db
    specs = [{"vin": "WAUZZZ8V3EA070544", "original_km": n, "damage_km": n, "repair_km": None, "minute": n % 3,
              "other_site": False} for n in range(530)]
    insert(db, world, specs)
    source = CarpassListSource(db, world.clerk_a)
    for query in (GridQuery(), GridQuery(descending=True), GridQuery(sort_key="work_started_at"),
                  GridQuery(sort_key="mileage", descending=True)):
        seen = []
        while True:
            page = source.fetch(query, len(seen), 200)
            if not page:
                break
            seen.extend(r.entry_id for r in page)
        assert len(seen) == len(set(seen)) == source.count(query) == 530
    numbers = [r.dossier for r in source.fetch(GridQuery(descending=True), 0, 3)]
    assert numbers == [530, 529, 528]
    assert source.fetch(GridQuery(), 200, 2)[0].dossier == 201
    with db.session() as session:
        assert session.query(CarpassEntryEvent).count() == 0


def test_keys_then_rows_equal_whole_pages_and_keep_to_the_site(world):
    db = world.db
    specs = [{"vin": VINS[n % len(VINS)], "original_km": n, "damage_km": None if n % 7 == 0 else n,
              "repair_km": None if n % 5 == 0 else n + 1, "minute": n % 4, "other_site": n % 3 == 0}
             for n in range(90)]
    rows = insert(db, world, specs)
    source = CarpassListSource(db, world.clerk_a)
    for query in (GridQuery(), GridQuery(descending=True), GridQuery(sort_key="owner"),
                  GridQuery(filters={"red_only": True})):
        whole = source.fetch(query, 0, 200)
        keys = []
        while True:
            page = source.fetch_keys(query, len(keys), 7)
            if not page:
                break
            keys.extend(page)
        assert keys == [r.entry_id for r in whole]
        assert source.rows_for_keys(keys) == whole
    other = CarpassListSource(db, world.clerk_b)
    foreign = other.fetch_keys(GridQuery(), 0, 5)
    mine = source.fetch_keys(GridQuery(), 0, 1)
    got = source.rows_for_keys([foreign[0], *mine, 999_999])
    assert got[1].entry_id == mine[0] and got[1].owner is not None
    # another site's entry and a missing one come back blank, never with the other site's data
    assert [(r.entry_id, r.owner, r.dossier) for r in (got[0], got[2])] == [(foreign[0], None, None),
                                                                                        (999_999, None, None)]
    assert len(rows) == 90


def test_paging_counts_once_per_query_not_per_page(world):
    from sqlalchemy import event

    db = world.db
    insert(db, world, [{"vin": "WAUZZZ8V3EA070544", "original_km": n, "damage_km": n, "repair_km": n,
                        "minute": 0, "other_site": False} for n in range(60)])
    source = CarpassListSource(db, world.clerk_a)
    statements: list[str] = []
    listener = lambda _conn, _cursor, sql, *_args: statements.append(sql)  # noqa: E731
    event.listen(db.engine, "before_cursor_execute", listener)
    try:
        query = GridQuery()
        total = source.count(query)
        offset = 0
        while offset < total:
            offset += len(source.fetch_keys(query, offset, 10))
    finally:
        event.remove(db.engine, "before_cursor_execute", listener)
    assert offset == 60
    assert sum("count(" in sql.lower() for sql in statements) == 1  # the grid's own count, none per page
