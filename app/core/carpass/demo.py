"""Demo data of Car-Pass part 1: technicians, dossiers with clock-ins and their work
description, and the Car-Pass list.

``scale=1`` gives about forty dossiers per site of the last week or so (a few red and
amber rows among them); benchmarks call large scales (``scale=2500`` is about 100,000
dossiers per site, spread over years). Rows are written with bulk inserts, and the
enrolment uses the same rule function as the services. Each site holds the standard list
of work the demo's Car-Pass simulator serves, as after a "test connection". Nothing is
marked as sent: sending belongs to the sending module.
"""

from __future__ import annotations

import json
import random
from collections.abc import Collection, Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from app.core.carpass.enrolment import ACTION_ENROLLED, EnrolmentFacts, failed_rules
from app.core.carpass.models import CarpassEntry, CarpassEntryEvent, ClockEvent, Dossier, DossierActivity, Technician
from app.core.carpass.sending import protocol
from app.core.carpass.sending.activities import store_catalogue
from app.core.carpass.sql_types import table_of
from app.core.db.engine import Database
from app.core.i18n import msg
from app.core.platform.models import Company, Site
from app.core.progress import Progress
from app.core.timeutil import utcnow

DOSSIERS_PER_SCALE = 40
BATCH = 2000
TECHNICIANS = (("T01", "Marc Dupont"), ("T02", "Koen Peeters"), ("T03", "Samir El Amrani"),
               ("T04", "Julie Lambert"), ("T05", "Pieter Janssens"))
LAST_NAMES = ("DUBOIS", "PEETERS", "JANSSENS", "LAMBERT", "MAES", "JACOBS", "MERTENS", "WILLEMS", "CLAES",
              "GOOSSENS", "DUPONT", "LEROY", "GRAULICH", "DEFRAINE", "JASSIN", "COWELL", "RENARD", "SIMON")
FIRST_NAMES = ("BENOIT", "MICHEL", "PHILIPPE", "ANNE", "SOPHIE", "LUC", "MARIE", "JAN", "ELS", "TOM", "LINDA")
COMPANIES = ("LOCAFIX S.P.R.L.", "TRANSPORTS MOSAN SA", "GARAGE DU PONT SRL", "VANDENBERGHE BV",
             "ATHLON CAR LEASE", "AXUS LEASE", "TAXIS VERTS SA")
WMIS = ("WAU", "VF7", "TMB", "WVW", "ZFA", "VF1", "SJN", "WBA", "U5Y", "ZCF", "VR3", "WF0")
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def _vin(rng: random.Random) -> str:
    return rng.choice(WMIS) + "".join(rng.choice(VIN_CHARS) for _ in range(14))


def _plate(rng: random.Random) -> str:
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    return f"{rng.choice('12')}{letters}{rng.randint(0, 999):03d}"


def _owner(rng: random.Random) -> str:
    if rng.random() < 0.2:
        return rng.choice(COMPANIES)
    return f"{rng.choice(LAST_NAMES)} {rng.choice(FIRST_NAMES)}"


def _dossier_values(rng: random.Random, site_id: int, number: int, known: list[tuple[str, int]],
                    created: datetime, vat_register: bool, now: datetime, typo: bool = False) -> dict[str, Any]:
    """One realistic dossier; a small share is red (km missing) or amber (odd readings)."""
    roll = rng.random()
    if known and (roll < 0.08 or typo):
        vin, previous = rng.choice(known)  # a returning car
        km = previous + rng.randint(3_000, 25_000)
        if typo or rng.random() < 0.3:
            km = max(previous - rng.randint(500, 9_000), 0)  # typing error: below the last reading
    else:
        vin = _vin(rng)
        km = rng.randint(5_000, 260_000)
        if roll > 0.97:
            vin = vin[:rng.randint(9, 13)]  # old vehicle: short VIN
        elif roll > 0.955:
            vin = vin + rng.choice(VIN_CHARS)  # 18 characters, as such VINs occur
    damage = km if typo or rng.random() > 0.12 else None
    repair = km + rng.randint(0, 40) if typo or rng.random() > 0.12 else None
    if repair is not None and damage is not None and not typo and rng.random() < 0.03:
        repair = max(damage - rng.randint(10, 900), 0)
    started = created + timedelta(hours=rng.randint(1, 72)) if typo or rng.random() > 0.1 else None
    if started is not None and started > now:  # a clock-in is never in the future
        started = now - timedelta(minutes=rng.randint(5, 240))
    invoice = Decimal(rng.randint(5_000, 450_000)) / 100 if rng.random() > 0.35 else None
    return dict(site_id=site_id, number=number, owner=_owner(rng) if typo or rng.random() > 0.04 else None,
                plate=_plate(rng), vin=vin if typo or rng.random() > 0.03 else None,
                first_registration=(date(2005, 1, 1) + timedelta(days=rng.randint(0, 6800))
                                    if typo or rng.random() > 0.02 else None),
                original_km=km, damage_km=damage, repair_km=repair, merged=not typo and rng.random() < 0.03,
                create_vat_number=(not vat_register) or typo or rng.random() > 0.05, invoice_total=invoice,
                work_started_at=started, created_at=created, created_by="demo", version=1, updated_at=created,
                updated_by="demo")


def _standard_list() -> list[protocol.ActivityDescriptor]:
    """The standard list of work the demo's simulator serves."""
    from app.core.carpass.sending.simulator import standard_activities

    return protocol.parse_activities_answer(json.dumps(standard_activities()).encode()) or []


def _descriptions(rng: random.Random, codes: list[str], site_id: int, dossier_ids: list[int],
                  now: datetime) -> list[dict[str, Any]]:
    """Work descriptions of most dossiers (1 to 3 descriptors; about one in seven has none)."""
    rows = []
    for dossier_id in dossier_ids:
        if rng.random() < 0.15:
            continue
        for code in rng.sample(codes, rng.randint(1, 3)):
            rows.append(dict(site_id=site_id, dossier_id=dossier_id, code=code, added_at=now, added_by="demo"))
    return rows


def populate(database: Database, rng: random.Random, scale: int,
             site_codes: Collection[str] | None = None) -> Iterator[Progress]:
    """Technicians, the standard list of work and ``DOSSIERS_PER_SCALE * scale`` dossiers
    for every site (or only the sites of ``site_codes``: a benchmark's one large site)."""
    with database.session() as session:
        sites = [(s.id, s.code, uses) for s, uses in session.execute(
            select(Site, Company.uses_vat_register).join(Company, Company.id == Site.company_id).order_by(Site.id))
            if site_codes is None or s.code in site_codes]
    per_site = DOSSIERS_PER_SCALE * max(scale, 1)
    total = per_site * len(sites)
    done = 0
    now = utcnow().replace(second=0, microsecond=0)
    standard = _standard_list()
    codes = [item.code for item in standard]
    for site_id, code, vat_register in sites:
        with database.session() as session:
            technicians = [Technician(site_id=site_id, code=c, name=n, active=True) for c, n in TECHNICIANS]
            session.add_all(technicians)
            session.flush()
            technician_ids = [t.id for t in technicians]
            store_catalogue(session, site_id, standard, now)
        known: list[tuple[str, int]] = []
        # A demo list is what a body shop still has to send: about a week; large scales span years.
        span = timedelta(days=8 if per_site <= 200 else min(30 + per_site // 20, 3650))
        for start in range(0, per_site, BATCH):
            count = min(BATCH, per_site - start)
            rows = []
            for i in range(count):
                position = start + i
                created = now - span + span * (position / per_site) - timedelta(hours=6)
                typo = position == per_site - 2  # at least one returning car with a lower reading
                number = 1001 + position if typo or rng.random() > 0.02 else -(1001 + position)
                values = _dossier_values(rng, site_id, number, known, created, vat_register, now, typo)
                rows.append(values)
                if values["vin"] and values["repair_km"] is not None and len(known) < 5000:
                    known.append((values["vin"], values["repair_km"]))
            with database.session() as session:
                session.execute(table_of(Dossier).insert(), rows)
                numbers = [r["number"] for r in rows]
                ids = dict(session.execute(select(Dossier.number, Dossier.id).where(
                    Dossier.site_id == site_id, Dossier.number.in_(numbers))).all())
                clocks, entries = [], []
                for r in rows:
                    if r["work_started_at"] is None:
                        continue
                    ended = r["work_started_at"] + timedelta(hours=rng.randint(1, 8))
                    clocks.append(dict(dossier_id=ids[r["number"]], technician_id=rng.choice(technician_ids),
                                       clock_in=r["work_started_at"], clock_out=ended if ended < now else None))
                    facts = EnrolmentFacts(True, r["vin"], False, r["merged"], r["number"], vat_register,
                                           r["create_vat_number"], r["owner"])
                    if not failed_rules(facts):
                        entries.append(dict(site_id=site_id, dossier_id=ids[r["number"]], status="pending",
                                            manual=False, enrolled_at=r["work_started_at"], enrolled_by="demo",
                                            version=1, updated_at=r["work_started_at"], updated_by="demo"))
                if clocks:
                    session.execute(table_of(ClockEvent).insert(), clocks)
                described = _descriptions(rng, codes, site_id, list(ids.values()), now)
                if described:
                    session.execute(table_of(DossierActivity).insert(), described)
                if entries:
                    session.execute(table_of(CarpassEntry).insert(), entries)
                    entry_ids = session.execute(select(CarpassEntry.id, CarpassEntry.enrolled_at).where(
                        CarpassEntry.dossier_id.in_([e["dossier_id"] for e in entries]))).all()
                    session.execute(table_of(CarpassEntryEvent).insert(), [
                        dict(entry_id=eid, at=at, login="demo", action=ACTION_ENROLLED,
                             detail="automatic: rules 1-7 hold") for eid, at in entry_ids])
            done += count
            yield Progress(done, total, msg("carpass", "Dossiers de démonstration ({site}) : {done} / {total}",
                                            site=code, done=done, total=total))
