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
