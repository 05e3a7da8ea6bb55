"""Builders for Car-Pass tests: dossiers through the real services, technicians, clock-ins."""

from __future__ import annotations

from datetime import timedelta

from app.core.carpass.clocking import add_technician, clock
from app.core.carpass.dossiers import DossierInput, SaveResult, create_dossier
from app.core.platform.scope import UserScope
from app.core.timeutil import utcnow

GOOD_VIN = "WAUZZZ8V3EA070544"


def dossier_input(number: int = 1095, **overrides) -> DossierInput:
    """A dossier satisfying rules 2-7 (work not started: no clock-in yet)."""
    values = dict(number=number, owner="JASSIN PHILIPPE", plate="1BBJ360", vin=GOOD_VIN,
                  first_registration="2015-03-01", original_km="94990", damage_km="94990", repair_km="95001",
                  merged=False, create_vat_number=True, invoice_total="1679,07")
    values.update(overrides)
    return DossierInput(**values)


def make_dossier(db, scope: UserScope, number: int = 1095, **overrides) -> SaveResult:
    """Create a dossier through the service."""
    return create_dossier(db, scope, dossier_input(number, **overrides))


def technician(db, admin: UserScope, code: str = "T01", name: str = "Marc Dupont"):
    """Register a technician at the admin's site."""
    return add_technician(db, admin, code, name)


def start_work(db, scope: UserScope, number: int, code: str = "T01", minutes_ago: int = 60):
    """Clock technician ``code`` in on dossier ``number``."""
    return clock(db, scope, number, code, at=utcnow() - timedelta(minutes=minutes_ago))


def add_reading(db, site_id: int, entry_id: int, dossier_id: int, vin: str, odometer: int, reading_date,
                state: str = "sent", sent_at="now", created_by: str = "clerk.a", guid: str | None = None) -> int:
    """A reading in the outbox table as the sender leaves it (straight row; returns its id);
    ``sent_at`` "now" for the states Car-Pass received, else None, unless given."""
    import json
    import uuid

    from app.core.carpass.sending.models import CarpassReading

    with db.session() as session:
        reading = CarpassReading(
            site_id=site_id, entry_id=entry_id, dossier_id=dossier_id, idempotency_key=str(uuid.uuid4()),
            state=state, vin=vin, odometer=odometer, reading_date=reading_date, created_by=created_by,
            payload=json.dumps({"vin": vin, "odometerReading": odometer,
                                "odometerReadingDate": reading_date.isoformat()}),
            request_guid=guid or (str(uuid.uuid4()) if state in ("sent", "anomaly") else None),
            sent_at=(utcnow() if state in ("sent", "anomaly") else None) if sent_at == "now" else sent_at)
        session.add(reading)
        session.flush()
        return reading.id


def load_standard_list(db, site_id: int, drop: tuple[str, ...] = ()) -> None:
    """Store the simulator's standard list of work for a site, as a fetch would (no network)."""
    from app.core.carpass.sending import protocol
    from app.core.carpass.sending.activities import store_catalogue
    from app.core.paths import resources_dir

    body = (resources_dir() / "carpass" / "activities.json").read_bytes()
    served = [d for d in protocol.parse_activities_answer(body) if d.code not in drop]
    with db.session() as session:
        store_catalogue(session, site_id, served, utcnow())
