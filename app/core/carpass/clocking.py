"""Workshop clock-in (pointage) and the site's technicians.

A technician scans (or types) a dossier number and their badge code. If they are clocked
in on that dossier, they clock out; otherwise they clock in there (closing any other open
clock-in of theirs first). A dossier's first clock-in is the moment work started: it is
kept on the dossier and triggers the automatic Car-Pass enrolment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from app.core.carpass.dossiers import dossier_by_number
from app.core.carpass.enrolment import enrol_if_rules_hold
from app.core.carpass.models import ClockEvent, Dossier, Technician
from app.core.carpass.vehicle_rules import clean_number
from app.core.db.engine import Database
from app.core.errors import NotFoundError, ValidationError
from app.core.i18n import msg
from app.core.platform.scope import UserScope
from app.core.timeutil import utcnow

CLOCK_IN = "in"
CLOCK_OUT = "out"
_CODE = re.compile(r"^[A-Z0-9_-]{1,32}$")


@dataclass(frozen=True)
class TechnicianInfo:
    """A technician as the station and the lists show them."""

    id: int
    code: str
    name: str
    active: bool


@dataclass(frozen=True)
class ClockResult:
    """What the station shows after a scan."""

    action: str
    dossier_number: int
    technician_code: str
    technician_name: str
    at: datetime
    closed_dossier_number: int | None
    work_started: bool
    enrolled: bool


def clean_technician_code(raw: str | None) -> str:
    """Badge code: 1 to 32 letters, digits, ``-`` or ``_``, upper-cased."""
    code = "".join((raw or "").split()).upper()
    if not _CODE.match(code):
        raise ValidationError("technician", msg("carpass", "code de badge : 1 à 32 lettres, chiffres, - ou _"),
                              field_label=msg("carpass", "Technicien"))
    return code


def add_technician(database: Database, scope: UserScope, code: str, name: str) -> TechnicianInfo:
    """Register a technician at the admin's site."""
    scope.require_admin()
    clean = clean_technician_code(code)
    full_name = " ".join((name or "").split())
    if not full_name:
        raise ValidationError("name", msg("validation", "obligatoire"), field_label=msg("carpass", "Nom"))
    duplicate = ValidationError("technician", msg("carpass", "le code {code} existe déjà sur ce site", code=clean),
                                field_label=msg("carpass", "Technicien"))
    try:
        with database.session() as session:
            if session.scalar(select(Technician.id).where(Technician.site_id == scope.site_id,
                                                          Technician.code == clean)):
                raise duplicate
            technician = Technician(site_id=scope.site_id, code=clean, name=full_name[:120], active=True)
            session.add(technician)
            session.flush()
            return TechnicianInfo(technician.id, technician.code, technician.name, technician.active)
    except IntegrityError:
        raise duplicate from None


def list_technicians(database: Database, scope: UserScope, active_only: bool = True) -> list[TechnicianInfo]:
    """Technicians of the user's site, by code."""
    with database.session() as session:
        query = select(Technician).where(Technician.site_id == scope.site_id).order_by(Technician.code)
        if active_only:
            query = query.where(Technician.active.is_(True))
        return [TechnicianInfo(t.id, t.code, t.name, t.active) for t in session.scalars(query)]


def _technician(session: Session, scope: UserScope, code: str) -> Technician:
    technician = session.scalar(select(Technician).where(Technician.site_id == scope.site_id,
                                                         Technician.code == code))
    if technician is None or not technician.active:
        raise NotFoundError(msg("carpass", "Aucun technicien actif avec le badge {code} sur votre site.", code=code))
    return technician


def start_work(session: Session, dossier: Dossier, at: datetime, login: str) -> bool:
    """Record the first clock-in time on the dossier and enrol it if the rules hold.

    A plain UPDATE that keeps the earliest time and leaves the dossier's version alone:
    a clock-in must not make a clerk's open dossier form fail with a conflict.
    """
    if dossier.work_started_at is not None and dossier.work_started_at <= at:
        return False
    session.execute(update(Dossier).where(
        Dossier.id == dossier.id, or_(Dossier.work_started_at.is_(None), Dossier.work_started_at > at))
        .values(work_started_at=at).execution_options(synchronize_session=False))
    set_committed_value(dossier, "work_started_at", session.scalar(
        select(Dossier.work_started_at).where(Dossier.id == dossier.id)))
    return enrol_if_rules_hold(session, dossier, login) is not None


def clock(database: Database, scope: UserScope, dossier_number: int | str, technician_code: str,
          at: datetime | None = None) -> ClockResult:
    """Clock a technician in on a dossier, or out if already clocked in on it."""
    number = clean_number(dossier_number)
    code = clean_technician_code(technician_code)
    moment = at or utcnow()
    with database.session() as session:
        technician = _technician(session, scope, code)
        dossier = dossier_by_number(session, scope, number)
        open_events = list(session.scalars(select(ClockEvent).where(
            ClockEvent.technician_id == technician.id, ClockEvent.clock_out.is_(None))))
        here = [e for e in open_events if e.dossier_id == dossier.id]
        if here:
            for event in here:
                event.clock_out = moment
            return ClockResult(CLOCK_OUT, number, code, technician.name, moment, None, False, False)
        closed_number = None
        for event in open_events:
            event.clock_out = moment
            closed_number = session.scalar(select(Dossier.number).where(Dossier.id == event.dossier_id))
        session.add(ClockEvent(dossier_id=dossier.id, technician_id=technician.id, clock_in=moment))
        first = dossier.work_started_at is None
        enrolled = start_work(session, dossier, moment, scope.login)
        return ClockResult(CLOCK_IN, number, code, technician.name, moment, closed_number, first, enrolled)


@dataclass(frozen=True)
class OpenClock:
    """A technician currently clocked in."""

    technician_code: str
    technician_name: str
    dossier_number: int
    since: datetime


def open_clocks(database: Database, scope: UserScope) -> list[OpenClock]:
    """Who is clocked in on what at the user's site, most recent first."""
    with database.session() as session:
        rows = session.execute(
            select(Technician.code, Technician.name, Dossier.number, ClockEvent.clock_in)
            .join(Technician, Technician.id == ClockEvent.technician_id)
            .join(Dossier, Dossier.id == ClockEvent.dossier_id)
            .where(Technician.site_id == scope.site_id, ClockEvent.clock_out.is_(None))
            .order_by(ClockEvent.clock_in.desc()))
        return [OpenClock(*row) for row in rows]
