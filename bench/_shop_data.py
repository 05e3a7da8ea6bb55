"""The shop of ``bench/shop_scale.py``: demo data, the stations' users and what each
station works on (its plan), and the checks made on the data after the runs.

Everything beyond the demo generator is made through the modules' own services: users
(``add_user``: each gets a PostgreSQL role), technicians (``add_technician``), pending
entries that pass every check (``import_dossiers`` of a CSV, work started an hour ago) and
returned rental contracts (``create_dossier`` + ``update_dossier`` copies of the demo's, on
new cars of the same models, as ``bench/invoicing_concurrency.py`` does).
"""

from __future__ import annotations

import math
import random
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import harness

STATION_PASSWORD = "Bench-station-2026"
OPERATION_WEIGHT = 1 / 15  # invoice and send readings: weight 1 of 15 (_shop_station.OPERATIONS)
SEND_BATCH = 5


@dataclass
class Site:
    """One demo site and what its stations will take from."""

    id: int
    code: str
    establishment: str
    entries: list[int] = field(default_factory=list)
    contracts: list[int] = field(default_factory=list)
    payable: list[int] = field(default_factory=list)
    clock_numbers: list[int] = field(default_factory=list)
    vehicle_id: int = 0

    @property
    def admin(self) -> str:
        """The demo admin's login."""
        return f"admin.{self.code.lower()}"

    @property
    def clerk(self) -> str:
        """The demo clerk's login."""
        return f"clerk.{self.code.lower()}"


@dataclass
class Shop:
    """The sites, the stations' quotas and the database's address."""

    url: str
    sites: list[Site]
    contracts_each: int
    batches_each: int
    think: float
    password: str
    notify: bool = True  # False: the stations send no NOTIFY (a diagnosis, not a configuration)

    def describe(self) -> str:
        """One line: what each site holds for the stations."""
        return "; ".join(f"{s.code}: {len(s.entries)} entries to send, {len(s.contracts)} contracts to invoice, "
                         f"{len(s.payable)} invoiced contracts" for s in self.sites)

    def plans(self, run: str, round_number: int, count: int, folder: Path) -> list[dict[str, Any]]:
        """The plans of ``count`` stations (alternating sites), each with its own data."""
        plans = []
        per_site = [math.ceil((count - s) / len(self.sites)) for s in range(len(self.sites))]
        for index in range(count):
            slot = 100 * round_number + 50 * (run == "many") + index  # numbers and seeds of its own
            site = self.sites[index % len(self.sites)]
            rank, stations_here = index // len(self.sites), per_site[index % len(self.sites)]
            entries = site.entries[:self.batches_each * SEND_BATCH]
            del site.entries[:len(entries)]
            contracts = site.contracts[:self.contracts_each]
            del site.contracts[:len(contracts)]
            plans.append({
                "index": index, "run": run, "url": self.url, "login": station_login(index),
                "technician": f"S{index + 1:02d}", "password": self.password, "seed": slot,
                "think": self.think, "first_number": 1_000_000 + 1_000 * slot,
                "entries": entries, "contracts": contracts, "payable": site.payable[rank::stations_here],
                "clock_numbers": site.clock_numbers[rank::stations_here] or site.clock_numbers,
                "vehicle_id": site.vehicle_id, "notify": self.notify,
                "probe": index == 0 and count > 1 and self.notify, "listen": index > 0 and self.notify,
                "result": str(folder / f"{run}-{round_number}-{index}.json")})
        return plans


def station_login(index: int) -> str:
    """The login of station ``index`` (0-based)."""
    return f"clerk.s{index + 1:02d}"


def prepare_shop(database, folder: Path, stations: int, seconds: float, rounds: int, think: float, scale: int,
                 password: str) -> Shop:
    """Demo data, users, technicians, entries and contracts for ``rounds`` runs of one
    station and of ``stations``, each up to ``seconds`` long."""
    from sqlalchemy import select

    from app.core.carpass.clocking import add_technician
    from app.core.carpass.demo import populate as populate_carpass
    from app.core.carpass.models import Dossier
    from app.core.platform.models import Site as SiteRow
    from app.core.platform.users import add_user
    from app.core.progress import run_to_end
    from app.core.rental.models import FleetVehicle, RentalDossier

    started = time.perf_counter()
    harness.populate_modules(database, 1, ("rental",))  # the demo's shape: a fleet of about 17 cars a site
    run_to_end(populate_carpass(database, random.Random(2026), scale))  # the same generator, at scale
    seconds_populating = time.perf_counter() - started
    counts = harness.carpass_counts(database)
    harness.info(f"demo generator (carpass scale {scale}, rental scale 1) in {seconds_populating:.1f} s: " + ", ".join(
        f"{code} {d:,} dossiers / {e:,} open entries" for code, (d, e) in sorted(counts.items())))
    expected = seconds / (think + 0.1) + 7  # operations a station runs, warm-up included
    each = math.ceil(expected * OPERATION_WEIGHT * 2) + 2  # twice the expected share: never short
    with database.session() as session:
        sites = [Site(s.id, s.code, s.establishment_number)
                 for s in session.scalars(select(SiteRow).order_by(SiteRow.id))]
    shop = Shop(database.url, sites, each, each, think, password)
    for position, site in enumerate(sites):
        admin = harness.scope_of(database, site.admin)
        here = [i for i in range(stations) if i % len(sites) == position]
        for index in here:
            add_user(database, admin, station_login(index), STATION_PASSWORD, site_id=site.id)
            add_technician(database, admin, f"S{index + 1:02d}", f"Station {index + 1}")
        runs = rounds * (len(here) + (1 if position == 0 else 0))  # the one-station runs use the first site
        site.entries = import_entries(database, folder, site, runs * each * SEND_BATCH, position)
        site.contracts = make_contracts(database, site, runs * each, position)
        with database.session() as session:
            site.payable = list(session.scalars(select(RentalDossier.id).where(
                RentalDossier.site_id == site.id, RentalDossier.invoiced.is_(True)).order_by(RentalDossier.id)))
            site.clock_numbers = list(session.scalars(select(Dossier.number).where(
                Dossier.site_id == site.id, Dossier.number > 0, Dossier.number < 600_000)
                .order_by(Dossier.number.desc()).limit(60)))
            site.vehicle_id = session.scalars(select(FleetVehicle.id).where(FleetVehicle.site_id == site.id)
                                              .order_by(FleetVehicle.id)).first() or 0
    with database.engine.connect() as connection:
        connection.exec_driver_sql("ANALYZE")
        connection.commit()
    return shop


def point_sites_at(database, shop: Shop, url: str) -> None:
    """Every site sends to the simulator at ``url``."""
    from app.core.carpass.sending.endpoint import set_endpoint

    for site in shop.sites:
        set_endpoint(database, harness.scope_of(database, site.admin), url)


def import_entries(database, folder: Path, site: Site, count: int, position: int) -> list[int]:
    """``count`` dossiers whose readings pass every check (new VINs, work started an hour
    ago), imported as the site's clerk; their list entries, in number order."""
    from datetime import timedelta

    from sqlalchemy import select

    from app.core.carpass.dossier_import import import_dossiers
    from app.core.carpass.models import CarpassEntry, Dossier
    from app.core.progress import run_to_end
    from app.core.timeutil import to_local, utcnow

    rng = random.Random(position)
    started = to_local(utcnow() - timedelta(hours=1)).replace(tzinfo=None).isoformat(timespec="minutes")
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    first = 800_001
    lines = ["number,owner,plate,vin,first_registration,original_km,damage_km,repair_km,work_started_at,"
             "merged,create_vat_number,invoice_total"]
    for i in range(count):
        km = rng.randint(5_000, 250_000)
        vin = "VF1" + "".join(rng.choice(chars) for _ in range(14))
        lines.append(f"{first + i},PEETERS JAN {i},2SND{i % 1000:03d},{vin},2016-05-0{1 + i % 9},{km},{km},"
                     f"{km + 9},{started},0,1,{rng.randint(100, 4000)}.50")
    path = folder / f"entries-{site.code}.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    run_to_end(import_dossiers(database, harness.scope_of(database, site.clerk), path))
    with database.session() as session:
        ids = list(session.scalars(select(CarpassEntry.id).join(Dossier, Dossier.id == CarpassEntry.dossier_id)
                                   .where(Dossier.number >= first, CarpassEntry.site_id == site.id)
                                   .order_by(Dossier.number)))
    if len(ids) != count:
        raise RuntimeError(f"{len(ids)} entries enrolled for {count} imported dossiers at {site.code}")
    return ids


def make_contracts(database, site: Site, needed: int, position: int) -> list[int]:
    """Returned, uninvoiced contracts of the site: the demo's, then copies of its returned
    contracts made through the rental services on new cars of the same models."""
    from sqlalchemy import select

    from app.core.rental.dossier_data import data_of
    from app.core.rental.dossiers import create_dossier, update_dossier
    from app.core.rental.fleet import VehicleData, save_vehicle
    from app.core.rental.models import FleetVehicle, RentalDossier

    clerk, admin = harness.scope_of(database, site.clerk), harness.scope_of(database, site.admin)
    with database.session() as session:
        rows = list(session.scalars(select(RentalDossier).where(
            RentalDossier.site_id == site.id, RentalDossier.kind == "contract",
            RentalDossier.actual_return.is_not(None)).order_by(RentalDossier.id)))
        templates = [data_of(row) for row in rows]
        cars = {car.id: (car.category, car.tank_litres, car.model) for car in session.scalars(
            select(FleetVehicle).where(FleetVehicle.id.in_({t.vehicle_id for t in templates})))}
    ids = [row.id for row in rows if not row.invoiced]
    if not templates:
        raise RuntimeError(f"the rental demo made no returned contract at {site.code}")
    batch = 0
    while len(ids) < needed:
        batch += 1
        letters = chr(65 + batch // 26 % 26) + chr(65 + batch % 26)
        new_cars = {old: save_vehicle(database, admin, VehicleData(f"{8 + position}-S{letters}-{n:03d}", category,
                                                                    tank, model=model)).id
                    for n, (old, (category, tank, model)) in enumerate(sorted(cars.items()))}
        for template in templates:
            if len(ids) >= needed:
                break
            planned = replace(template, vehicle_id=new_cars[template.vehicle_id], actual_departure=None,
                              actual_return=None, km_out=None, km_in=None, fuel_out=None, fuel_in=None)
            info = create_dossier(database, clerk, planned, "contract")
            returned = replace(planned, actual_departure=template.actual_departure,
                               actual_return=template.actual_return, km_out=template.km_out,
                               km_in=template.km_in, fuel_out=template.fuel_out, fuel_in=template.fuel_in)
            ids.append(update_dossier(database, clerk, info.id, info.version, returned).id)
    return ids


def check_shop(database, shop: Shop, simulator) -> dict[str, list[str]]:
    """What is wrong in the data after the runs, per check (empty lists: nothing)."""
    from invoicing_concurrency import number_problems
    from sqlalchemy import text

    from app.core.ledger.verify import broken_chains, verify_ledger

    problems: dict[str, list[str]] = {"invoices": [], "readings": [], "ledger": [], "clocks": []}
    for site in shop.sites:
        issued, numbering = number_problems(database, site.id)
        problems["invoices"] += [f"{site.code} {p}" for p in numbering]
        harness.info(f"{site.code}: {issued} invoices in all")
    posted = Counter((o.establishment, o.payload.get("vin"), o.payload.get("odometerReading"),
                      o.payload.get("odometerReadingDate")) for o in simulator.state.observations.values())
    problems["readings"] += [f"posted {n} times: {key}" for key, n in posted.items() if n > 1]
    with database.engine.connect() as connection:
        problems["invoices"] += [f"contract {d} ({role}) invoiced {n} times" for d, role, n in connection.execute(text(
            "SELECT dossier_id, payer_role, count(*) FROM invoice WHERE kind = 'invoice' "
            "GROUP BY dossier_id, payer_role HAVING count(*) > 1"))]
        problems["readings"] += [f"entry {e} sent {n} times" for e, n in connection.execute(text(
            "SELECT entry_id, count(*) FROM carpass_reading WHERE state IN ('sent', 'anomaly') "
            "GROUP BY entry_id HAVING count(*) > 1"))]
        sent = connection.execute(text("SELECT count(*) FROM carpass_reading WHERE request_guid IS NOT NULL")).scalar()
        problems["clocks"] += [f"technician {t} clocked in {n} times at once" for t, n in connection.execute(text(
            "SELECT technician_id, count(*) FROM clock_event JOIN technician ON technician.id = technician_id "
            "WHERE clock_out IS NULL AND technician.code LIKE 'S%' GROUP BY technician_id HAVING count(*) > 1"))]
    if sent != len(simulator.state.observations):
        problems["readings"].append(f"{len(simulator.state.observations)} readings received, {sent} recorded as sent")
    harness.info(f"{sent} readings at Car-Pass ({simulator.state.observation_posts} posts)")
    reports = verify_ledger(database, harness.scope_of(database, shop.sites[0].admin))
    problems["ledger"] += [f"{r.site_code} {r.kind}: {r.broken}" for r in broken_chains(reports)]
    harness.info(f"ledger: {len(reports)} chains verified, {sum(r.length for r in reports):,} entries")
    return problems
