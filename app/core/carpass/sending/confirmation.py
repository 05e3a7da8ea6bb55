"""The proof that Car-Pass received a reading: what the confirmation PDF prints, for one
reading, a dossier's last received reading, or every reading received on a day.

A reading counts as received once Car-Pass answered it with a ``requestGuid`` (states
sent and anomaly; an anomaly is printed as such, with Car-Pass's message). The user who
sent it is the one whose call got that answer. The work description printed is the one
Car-Pass received (a newer one still on its way is named by its state), and every
correction of the reading is listed with its reason, who asked, when and its state.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from app.core.carpass.models import Dossier
from app.core.carpass.sending import protocol
from app.core.carpass.sending.endpoint import endpoint_for_site
from app.core.carpass.sending.followups import (
    FollowupInfo,
    corrections,
    followups_in,
    latest_description,
    sent_description,
)
from app.core.carpass.sending.models import CarpassCall, CarpassReading
from app.core.carpass.sending.states import RECEIVED_STATES, ReadingState
from app.core.carpass.work_description import label_language, load_catalogue
from app.core.db.engine import Database
from app.core.errors import AtelierError, NotFoundError
from app.core.i18n import msg
from app.core.platform.models import Company, Site, User
from app.core.platform.scope import UserScope
from app.core.timeutil import format_date, from_local


@dataclass(frozen=True)
class CorrectionLine:
    """A correction of the reading: the km, why, who asked and when, where it stands."""

    km: int
    reason: str
    requested_by: str
    requested_at: datetime
    state: str
    sent_at: datetime | None


@dataclass(frozen=True)
class Confirmation:
    """One received reading with everything its confirmation page shows."""

    reading_id: int
    company_name: str
    enterprise_number: str
    site_name: str
    site_address: str
    establishment_number: str
    dossier: int
    owner: str | None
    plate: str
    vin: str
    first_registration: date | None
    reading_date: date
    odometer: int
    request_guid: str
    state: str
    server_status: str | None
    message: str | None
    description: tuple[tuple[str, str], ...]  # what Car-Pass received: (category, descriptor), document's language
    description_state: str | None  # the newest description request's state when it is not the one received
    corrections: tuple[CorrectionLine, ...]
    sent_by: str
    sent_by_name: str
    sent_at: datetime | None
    history_url: str


def _senders(session: Session, readings: Sequence[CarpassReading]) -> dict[int, str]:
    """Login of the call that got each reading's requestGuid (else who prepared it)."""
    found = {r.id: r.created_by or "" for r in readings}
    ids = [r.id for r in readings]
    for start in range(0, len(ids), 500):
        rows = session.execute(select(CarpassCall.reading_id, CarpassCall.request_guid, CarpassCall.login).where(
            CarpassCall.reading_id.in_(ids[start:start + 500]), CarpassCall.request_guid.is_not(None),
            CarpassCall.login.is_not(None)).order_by(CarpassCall.id))
        guids = {r.id: r.request_guid for r in readings}
        for reading_id, guid, login in rows:
            if reading_id is not None and login is not None and guid == guids.get(reading_id):
                found[reading_id] = login
    return found


def _labelled(session: Session, site_id: int, codes: dict[int, list[str]],
              language: str) -> dict[int, list[tuple[str, str]]]:
    """Codes per reading with their (category, label) in ``language`` (codes the site's list
    does not know are printed as they are)."""
    every = {code for listed in codes.values() for code in listed}
    known = load_catalogue(session, site_id, language, keep=every).by_code
    return {key: [(known[c].category_label, known[c].label) if c in known else ("", c) for c in listed]
            for key, listed in codes.items()}


def _corrections(items: list[FollowupInfo]) -> tuple[CorrectionLine, ...]:
    return tuple(CorrectionLine(c.corrected_km or 0, c.reason or "", c.created_by or "", c.created_at, c.state,
                                c.sent_at) for c in corrections(items))


def _pending_state(latest: FollowupInfo | None) -> str | None:
    return latest.state if latest is not None and latest.state != ReadingState.SENT else None


def load_confirmations(session: Session, scope: UserScope, condition: ColumnElement[bool],
                       language: str = "fr") -> list[Confirmation]:
    """The received readings of the scope's site matching ``condition``, oldest first."""
    language = label_language(language)
    readings = list(session.scalars(select(CarpassReading).where(
        CarpassReading.site_id == scope.site_id, CarpassReading.state.in_(RECEIVED_STATES),
        CarpassReading.request_guid.is_not(None), condition).order_by(CarpassReading.sent_at, CarpassReading.id)))
    if not readings:
        return []
    site = session.get_one(Site, scope.site_id)
    company = session.get_one(Company, site.company_id)
    base = endpoint_for_site(session, scope.site_id).rstrip("/")
    dossiers = {d.id: d for d in session.scalars(select(Dossier).where(
        Dossier.id.in_({r.dossier_id for r in readings})))}
    senders = _senders(session, readings)
    names = dict(session.execute(select(User.login, User.full_name).where(User.login.in_(set(senders.values())))).all())
    followups = followups_in(session, scope.site_id, [r.id for r in readings])
    described = _labelled(session, scope.site_id, {r.id: sent_description(followups.get(r.id, [])) or []
                                                   for r in readings}, language)
    pending = {r.id: latest_description(followups.get(r.id, [])) for r in readings}
    address = ", ".join(p for p in (site.street, " ".join(p for p in (site.postcode, site.city) if p)) if p)
    return [Confirmation(
        reading_id=r.id, company_name=company.name, enterprise_number=company.enterprise_number,
        site_name=site.name, site_address=address, establishment_number=site.establishment_number,
        dossier=dossiers[r.dossier_id].number, owner=dossiers[r.dossier_id].owner, plate=dossiers[r.dossier_id].plate,
        vin=r.vin, first_registration=dossiers[r.dossier_id].first_registration, reading_date=r.reading_date,
        odometer=r.odometer, request_guid=r.request_guid or "", state=r.state, server_status=r.server_status,
        message=r.last_message, description=tuple(described.get(r.id, [])),
        description_state=_pending_state(pending[r.id]), corrections=_corrections(followups.get(r.id, [])),
        sent_by=senders[r.id],
        sent_by_name=names.get(senders[r.id]) or "", sent_at=r.sent_at,
        history_url=base + protocol.vehicle_history_path(r.request_guid or "", language.upper()))
        for r in readings]


def reading_confirmation(database: Database, scope: UserScope, reading_id: int,
                         language: str = "fr") -> Confirmation:
    """The confirmation of one reading of the site, which Car-Pass must have received."""
    with database.session() as session:
        found = load_confirmations(session, scope, CarpassReading.id == reading_id, language)
    if not found:
        raise NotFoundError(msg("carpass", "Aucun relevé reçu par Car-Pass avec ce numéro sur votre site."))
    return found[0]


def dossier_confirmation(database: Database, scope: UserScope, number: int, language: str = "fr") -> Confirmation:
    """The confirmation of the last reading of dossier ``number`` that Car-Pass received."""
    with database.session() as session:
        dossier_id = session.scalar(select(Dossier.id).where(Dossier.site_id == scope.site_id,
                                                             Dossier.number == number))
        if dossier_id is None:
            raise NotFoundError(msg("carpass", "Le dossier {number} n'existe pas sur votre site.", number=number))
        found = load_confirmations(session, scope, CarpassReading.dossier_id == dossier_id, language)
    if not found:
        raise AtelierError(msg("carpass", "Car-Pass n'a encore reçu aucun relevé du dossier {number}.", number=number))
    return found[-1]


def day_confirmations(database: Database, scope: UserScope, day: date, language: str = "fr") -> list[Confirmation]:
    """Every reading of the site Car-Pass received on Brussels day ``day``."""
    start = from_local(datetime.combine(day, time()))
    end = from_local(datetime.combine(day + timedelta(days=1), time()))
    with database.session() as session:
        found = load_confirmations(session, scope, (CarpassReading.sent_at >= start) & (CarpassReading.sent_at < end),
                                   language)
    if not found:
        raise AtelierError(msg("carpass", "Aucun relevé reçu par Car-Pass le {date} sur votre site.",
                               date=format_date(day)))
    return found
