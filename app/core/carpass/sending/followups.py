"""Requests about a reading Car-Pass accepted, queued in the outbox: its work description
(the codes of the dossier's work, from Car-Pass's standard list) and corrections of its
km (with a mandatory reason). The accepted reading never changes; each request is its own
record and the history keeps both. Sending them: :mod:`followup_sender`."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, exists, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.core.carpass.models import CarpassEntry, Dossier, DossierActivity
from app.core.carpass.sending import protocol
from app.core.carpass.sending.anomaly_confirmation import clean_reason
from app.core.carpass.sending.labels import kind_text
from app.core.carpass.sending.models import CarpassFollowup, CarpassReading
from app.core.carpass.sending.outbox.followup_statements import followup_event
from app.core.carpass.sending.outbox.records import connection_of
from app.core.carpass.sending.outbox.statements import EVENT
from app.core.carpass.sending.states import (
    FOLLOWUP_OPEN_STATES,
    RECEIVED_STATES,
    FollowupKind,
    ReadingState,
)
from app.core.carpass.sql_types import affected_rows
from app.core.carpass.vehicle_rules import clean_km, clean_number
from app.core.db.batches import in_batches
from app.core.db.engine import Database
from app.core.errors import AtelierError, NotFoundError, ValidationError
from app.core.i18n import Message, msg
from app.core.platform.scope import UserScope
from app.core.timeutil import utcnow

CATCH_UP_DAYS = 30  # a run queues the missing descriptions of readings received this recently
CORRECTION_REASON = msg("carpass", "Raison de la correction")


class Queued(StrEnum):
    """What queueing a request did."""

    CREATED = "created"          # a new request waits in the outbox
    REFRESHED = "refreshed"      # the request not yet posted now carries the new content
    UNCHANGED = "unchanged"      # the same request already waits or is under way
    ALREADY_SENT = "already_sent"  # Car-Pass already has exactly this


@dataclass(frozen=True)
class QueuedRequest:
    """The follow-up request concerned and what was done."""

    followup_id: int
    outcome: Queued


@dataclass(frozen=True)
class ReceivedReading:
    """The reading of a dossier Car-Pass holds (the one follow-up requests are about)."""

    id: int
    site_id: int
    entry_id: int
    dossier_id: int
    number: int
    odometer: int
    request_guid: str


def _session_of(session_or_database: Session | Database) -> AbstractContextManager[Session]:
    """A context giving a Session: the caller's (its transaction), or a new unit of work."""
    if isinstance(session_or_database, Session):
        return nullcontext(session_or_database)
    return session_or_database.session()


def _received(row: Sequence[Any]) -> ReceivedReading:
    """A reading row (the columns of :class:`ReceivedReading`, requestGuid not NULL)."""
    reading_id, site_id, entry_id, dossier_id, number, odometer, guid = row
    return ReceivedReading(reading_id, site_id, entry_id, dossier_id, number, odometer, guid or "")


def received_reading(session: Session, scope: UserScope, dossier_id: int) -> ReceivedReading | None:
    """The latest reading of the dossier Car-Pass holds (sent or flagged, with a requestGuid)."""
    row = session.execute(
        select(CarpassReading.id, CarpassReading.site_id, CarpassReading.entry_id, CarpassReading.dossier_id,
               Dossier.number, CarpassReading.odometer, CarpassReading.request_guid)
        .join(Dossier, Dossier.id == CarpassReading.dossier_id)
        .where(CarpassReading.dossier_id == dossier_id, CarpassReading.site_id == scope.site_id,
               CarpassReading.state.in_(RECEIVED_STATES), CarpassReading.request_guid.is_not(None))
        .order_by(CarpassReading.id.desc()).limit(1)).first()
    return _received(row) if row is not None else None


def _dossier(session: Session, scope: UserScope, dossier_id: int) -> Dossier:
    dossier = session.get(Dossier, dossier_id)
    if dossier is None or dossier.site_id != scope.site_id:
        raise NotFoundError(msg("carpass", "Ce dossier n'existe pas sur votre site."))
    return dossier


def dossier_codes(session: Session, dossier_id: int) -> list[str]:
    """The work-description codes chosen for a dossier, sorted."""
    return sorted(session.scalars(select(DossierActivity.code).where(DossierActivity.dossier_id == dossier_id)))


def _latest(session: Session, reading_id: int, kind: FollowupKind) -> CarpassFollowup | None:
    return session.scalars(select(CarpassFollowup).where(
        CarpassFollowup.reading_id == reading_id, CarpassFollowup.kind == kind,
        CarpassFollowup.state != ReadingState.SUPERSEDED).order_by(CarpassFollowup.id.desc()).limit(1)).first()


def _queue(session: Session, scope: UserScope, reading: ReceivedReading, kind: FollowupKind, payload: dict[str, Any],
           now: datetime, **extra: Any) -> QueuedRequest:
    """Queue ``payload`` for the reading, or refresh / keep the request already there."""
    text = json.dumps(payload, sort_keys=True)
    current = _latest(session, reading.id, kind)
    if current is not None:
        same = json.loads(current.payload) == json.loads(text)
        if current.state == ReadingState.SENT and same:
            return QueuedRequest(current.id, Queued.ALREADY_SENT)
        if current.state in FOLLOWUP_OPEN_STATES and same:
            return QueuedRequest(current.id, Queued.UNCHANGED)
        if current.state == ReadingState.QUEUED:
            done = session.execute(update(CarpassFollowup).where(
                CarpassFollowup.id == current.id, CarpassFollowup.state == ReadingState.QUEUED,
            ).values(payload=text, created_at=now, created_by=scope.login, **extra)
                .execution_options(synchronize_session=False))
            if affected_rows(done) == 1:
                _event(session, scope, reading.entry_id, kind, "refreshed", text, now)
                return QueuedRequest(current.id, Queued.REFRESHED)
        if current.state in (ReadingState.SENDING, ReadingState.QUEUED, ReadingState.UNCERTAIN):
            raise AtelierError(msg("carpass", "La demande précédente ({kind}) du dossier {number} est en cours "
                                              "d'envoi ou à vérifier : décidez-en d'abord dans l'historique "
                                              "Car-Pass.", kind=kind_text(kind), number=reading.number))
    followup = CarpassFollowup(site_id=reading.site_id, reading_id=reading.id, entry_id=reading.entry_id, kind=kind,
                               state=ReadingState.QUEUED, request_guid=reading.request_guid, payload=text,
                               idempotency_key=str(uuid.uuid4()), attempts=0, created_at=now,
                               created_by=scope.login, **extra)
    session.add(followup)
    session.flush()
    _event(session, scope, reading.entry_id, kind, "queued", text, now)
    return QueuedRequest(followup.id, Queued.CREATED)


def _event(session: Session, scope: UserScope, entry_id: int, kind: str, action: str, detail: str,
           now: datetime) -> None:
    connection_of(session).execute(EVENT, {"e_id": entry_id, "b_now": now, "b_login": scope.login,
                                           "e_action": followup_event(kind, action), "e_detail": detail})


def queue_description(session_or_database: Session | Database, scope: UserScope, dossier_id: int) -> QueuedRequest:
    """Queue (or refresh) the work description of a dossier whose reading Car-Pass accepted,
    with the dossier's current codes; idempotent. Refused with a clear message when the
    dossier has no work chosen, or no accepted reading yet (the description then leaves
    with the reading, automatically)."""
    with _session_of(session_or_database) as session:
        dossier = _dossier(session, scope, dossier_id)
        codes = dossier_codes(session, dossier_id)
        if not codes:
            raise ValidationError("activities", msg("carpass", "aucun travail choisi pour le dossier {number}",
                                                    number=dossier.number),
                                  field_label=msg("carpass", "Travaux effectués"))
        reading = received_reading(session, scope, dossier_id)
        if reading is None:
            raise AtelierError(msg("carpass", "Le dossier {number} n'a pas encore de relevé reçu par Car-Pass : "
                                              "la description des travaux partira automatiquement après l'envoi "
                                              "du relevé.", number=dossier.number))
        return _queue(session, scope, reading, FollowupKind.DESCRIPTION, protocol.description_payload(codes),
                      utcnow())


def queue_missing_descriptions(database: Database, scope: UserScope, entry_ids: list[int] | None,
                               now: datetime) -> int:
    """Queue the work description of every reading Car-Pass accepted whose dossier has
    work chosen and that never had one — of the given entries, or received at the site in
    the last 30 days. Returns how many were queued (another station queueing the same
    ones at the same moment is no error)."""
    described = exists().where(CarpassFollowup.reading_id == CarpassReading.id,
                               CarpassFollowup.kind == FollowupKind.DESCRIPTION,
                               CarpassFollowup.state != ReadingState.SUPERSEDED)
    has_work = exists().where(DossierActivity.dossier_id == CarpassReading.dossier_id)
    # The site and state are checked through no-op expressions ("+ 0", "|| ''") that no index
    # serves: SQLite (no statistics) then looks the readings up by entry, or by the recent
    # sending dates (index (site_id, sent_at)), instead of walking every reading the site
    # ever had received (a cost growing with the site's history).
    recent = CarpassReading.sent_at >= now - timedelta(days=CATCH_UP_DAYS)
    site = (CarpassReading.site_id if entry_ids is None else CarpassReading.site_id + 0) == scope.site_id
    query = (select(CarpassReading.id, CarpassReading.site_id, CarpassReading.entry_id, CarpassReading.dossier_id,
                    Dossier.number, CarpassReading.odometer, CarpassReading.request_guid)
             .join(Dossier, Dossier.id == CarpassReading.dossier_id)
             .where(site, CarpassReading.state.concat("").in_(RECEIVED_STATES),
                    CarpassReading.request_guid.is_not(None), has_work, ~described))
    for attempt in (1, 2):
        try:
            with database.session(immediate=True) as session:
                if entry_ids is None:
                    rows = session.execute(query.where(recent)).all()
                else:
                    rows = [r for batch in in_batches(sorted(set(entry_ids)))
                            for r in session.execute(query.where(CarpassReading.entry_id.in_(batch)))]
                for row in rows:
                    reading = _received(row)
                    _queue(session, scope, reading, FollowupKind.DESCRIPTION,
                           protocol.description_payload(dossier_codes(session, reading.dossier_id)), now)
                return len(rows)
        except IntegrityError:
            if attempt == 2:
                raise
    return 0  # pragma: no cover


def km_received_by_carpass(session_or_database: Session | Database, scope: UserScope,
                           dossier_id: int) -> int | None:
    """The km Car-Pass holds for a dossier: its accepted reading's, or the last correction
    Car-Pass received; None when Car-Pass has no reading of it."""
    with _session_of(session_or_database) as session:
        reading = received_reading(session, scope, dossier_id)
        if reading is None:
            return None
        corrected = session.scalar(select(CarpassFollowup.corrected_km).where(
            CarpassFollowup.reading_id == reading.id, CarpassFollowup.kind == FollowupKind.CORRECTION,
            CarpassFollowup.state == ReadingState.SENT).order_by(CarpassFollowup.sent_at.desc(),
                                                                 CarpassFollowup.id.desc()).limit(1))
        return corrected if corrected is not None else reading.odometer


def correction_needed(session_or_database: Session | Database, scope: UserScope, dossier_id: int,
                      km: int | None) -> int | None:
    """For the dossier dialog after the km was edited: the km Car-Pass received when it
    differs from ``km`` (warn "Car-Pass a reçu 50 000 km ; corriger ?"), else None."""
    received = km_received_by_carpass(session_or_database, scope, dossier_id)
    return received if received is not None and km is not None and km != received else None


def km_text(km: int) -> str:
    """``50 000 km`` (narrow no-break spaces between thousands), as the clerk reads a km."""
    return f"{km:,} km".replace(",", "\u202f")


def correction_question(received: int) -> Message:
    """The warning after the km of a dossier Car-Pass already has was edited."""
    return msg("carpass", "Car-Pass a reçu {km} ; corriger ?", km=km_text(received))


def correct_reading(database: Database, scope: UserScope, number: int | str, km: int | str,
                    reason: str) -> QueuedRequest:
    """Queue the correction of dossier ``number``'s accepted reading: the right km and why.
    The accepted reading stays as Car-Pass received it; the correction is its own record."""
    value = clean_number(number)
    corrected = clean_km("km", km)
    if corrected is None:
        raise ValidationError("km", msg("validation", "obligatoire"), field_label=msg("carpass", "Kilométrage"))
    text = clean_reason(reason, CORRECTION_REASON)
    with database.session() as session:
        dossier_id = session.scalar(select(Dossier.id).where(Dossier.site_id == scope.site_id,
                                                             Dossier.number == value))
        if dossier_id is None:
            raise NotFoundError(msg("carpass", "Le dossier {number} n'existe pas sur votre site.", number=value))
        reading = received_reading(session, scope, dossier_id)
        if reading is None:
            raise AtelierError(msg("carpass", "Car-Pass n'a aucun relevé du dossier {number} : rien à corriger "
                                              "(corrigez le dossier, le bon kilométrage partira avec le relevé).",
                                   number=value))
        if corrected == km_received_by_carpass(session, scope, dossier_id):
            raise ValidationError("km", msg("carpass", "Car-Pass a déjà {km} km pour ce dossier", km=corrected),
                                  field_label=msg("carpass", "Kilométrage"))
        return _queue(session, scope, reading, FollowupKind.CORRECTION, protocol.correction_payload(corrected, text),
                      utcnow(), corrected_km=corrected, reason=text)


def due_followups(database: Database, site_id: int, now: datetime, entry_ids: list[int] | None,
                  ignore_schedule: bool) -> list[int]:
    """Ids of the queued follow-up requests whose time has come, of the given entries or of
    the whole site, oldest first."""
    due = CarpassFollowup.state == ReadingState.QUEUED
    if not ignore_schedule:
        due = and_(due, (CarpassFollowup.next_attempt_at.is_(None)) | (CarpassFollowup.next_attempt_at <= now))
    query = select(CarpassFollowup.id).where(CarpassFollowup.site_id == site_id, due)
    with database.session() as session:
        if entry_ids is None:
            return list(session.scalars(query.order_by(CarpassFollowup.id)))
        found: set[int] = set()
        for batch in in_batches(sorted(set(entry_ids))):
            found.update(session.scalars(query.where(CarpassFollowup.entry_id.in_(batch))))
    return sorted(found)


def entries_of_dossiers(database: Database, scope: UserScope, numbers: list[int]) -> list[int]:
    """The list entries of these dossier numbers at the scope's site."""
    with database.session() as session:
        return list(session.scalars(select(CarpassEntry.id).join(Dossier, Dossier.id == CarpassEntry.dossier_id)
                                    .where(Dossier.site_id == scope.site_id, Dossier.number.in_(numbers))))


def followup_to_check(database: Database, scope: UserScope, reading_id: int) -> int | None:
    """The latest work description or correction of a reading that is à vérifier, if any."""
    with database.session() as session:
        return session.scalar(select(CarpassFollowup.id).where(
            CarpassFollowup.reading_id == reading_id, CarpassFollowup.site_id == scope.site_id,
            CarpassFollowup.state == ReadingState.UNCERTAIN).order_by(CarpassFollowup.id.desc()).limit(1))


@dataclass(frozen=True)
class FollowupInfo:
    """One work description or correction of a reading, for the history."""

    id: int
    kind: str
    state: str
    codes: list[str]
    corrected_km: int | None
    reason: str | None
    created_at: datetime
    created_by: str | None
    sent_at: datetime | None
    message: str | None
    uncertain_cause: str | None
    resolution: str | None
    resolved_by: str | None


def followups_in(session: Session, site_id: int, reading_ids: Iterable[int]) -> dict[int, list[FollowupInfo]]:
    """The work descriptions and corrections of these readings of ``site_id``, oldest first
    (the replaced ones left out), read in the caller's session."""
    found: dict[int, list[FollowupInfo]] = {}
    for batch in in_batches(sorted(set(reading_ids))):
        for f in session.scalars(select(CarpassFollowup).where(
                CarpassFollowup.reading_id.in_(batch), CarpassFollowup.site_id == site_id,
                CarpassFollowup.state != ReadingState.SUPERSEDED).order_by(CarpassFollowup.id)):
            codes = (protocol.description_codes(json.loads(f.payload)) if f.kind == FollowupKind.DESCRIPTION
                     else [])
            found.setdefault(f.reading_id, []).append(FollowupInfo(
                f.id, f.kind, f.state, codes, f.corrected_km, f.reason, f.created_at, f.created_by, f.sent_at,
                f.last_message, f.uncertain_cause, f.resolution, f.resolved_by))
    return found


def followups_of(database: Database, scope: UserScope, reading_ids: list[int]) -> dict[int, list[FollowupInfo]]:
    """The work descriptions and corrections of these readings (scope's site), oldest first."""
    with database.session() as session:
        return followups_in(session, scope.site_id, reading_ids)


def sent_description(items: Sequence[FollowupInfo]) -> list[str] | None:
    """The codes of the last work description Car-Pass received, None if none was."""
    sent = [f for f in items if f.kind == FollowupKind.DESCRIPTION and f.state == ReadingState.SENT]
    return sent[-1].codes if sent else None


def latest_description(items: Sequence[FollowupInfo]) -> FollowupInfo | None:
    """The newest work description request of a reading (whatever its state), if any."""
    return next((f for f in reversed(items) if f.kind == FollowupKind.DESCRIPTION), None)


def corrections(items: Sequence[FollowupInfo]) -> list[FollowupInfo]:
    """The corrections of a reading, oldest first."""
    return [f for f in items if f.kind == FollowupKind.CORRECTION]
