"""The clerk's decision for a reading à vérifier (it may or may not have reached Car-Pass)
or refused: send it again, or mark it received with the requestGuid the Car-Pass portal
shows; the same for a work description or correction à vérifier. Nothing posts such a
request again on its own."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.core.carpass.models import Dossier, EntryStatus
from app.core.carpass.sending import protocol
from app.core.carpass.sending.actions import load_reading
from app.core.carpass.sending.models import CarpassFollowup, CarpassReading
from app.core.carpass.sending.outbox.followup_statements import followup_event
from app.core.carpass.sending.outbox.records import connection_of, set_entry_status
from app.core.carpass.sending.outbox.statements import EVENT
from app.core.carpass.sending.states import ReadingState, Resolution
from app.core.carpass.sql_types import affected_rows
from app.core.db.engine import Database
from app.core.errors import AtelierError, NotFoundError, ValidationError
from app.core.i18n import msg
from app.core.ledger.chain import append
from app.core.platform.scope import UserScope
from app.core.timeutil import utcnow

READING_LABEL = msg("carpass", "Relevé")
GUID_LABEL = msg("carpass", "requestGuid")


def resend(database: Database, scope: UserScope, reading_id: int) -> None:
    """Send again on the clerk's order. A reading à vérifier is queued as it was (same body,
    same key): the clerk checked that Car-Pass does not have it. A refused reading is
    rebuilt from the dossier by the next send (the dossier may have been corrected)."""
    now = utcnow()
    with database.session() as session:
        reading = load_reading(session, scope, reading_id)
        if reading.state == ReadingState.UNCERTAIN:
            done = session.execute(update(CarpassReading).where(
                CarpassReading.id == reading_id, CarpassReading.state == ReadingState.UNCERTAIN).values(
                state=ReadingState.QUEUED, next_attempt_at=None, claimed_by=None, resolution=Resolution.RESENT,
                resolved_by=scope.login, resolved_at=now).execution_options(synchronize_session=False))
            if affected_rows(done) != 1:
                raise _changed()
            detail = "à vérifier: posted again on the clerk's order"
        elif reading.state == ReadingState.FAILED:
            detail = "refused: new reading from the dossier"
        else:
            raise ValidationError("state", msg("carpass", "seuls les relevés refusés ou à vérifier se renvoient"),
                                  field_label=READING_LABEL)
        set_entry_status(session, reading.entry_id, EntryStatus.PENDING, None, scope.login, "resend", detail, now)


def mark_received(database: Database, scope: UserScope, reading_id: int, request_guid: str) -> str:
    """The clerk found a reading à vérifier on the Car-Pass portal: it becomes sent with the
    requestGuid shown there (checked: a GUID, not already recorded for another reading).
    Returns the requestGuid as stored."""
    guid = protocol.clean_request_guid(request_guid)
    if guid is None:
        raise ValidationError("request_guid", msg("carpass", "identifiant du portail Car-Pass attendu, de la forme "
                                                             "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx (chiffres 0-9 et "
                                                             "lettres a-f)"), field_label=GUID_LABEL)
    now = utcnow()
    with database.session() as session:
        reading = load_reading(session, scope, reading_id)
        if reading.state != ReadingState.UNCERTAIN:
            raise ValidationError("state", msg("carpass", "seul un relevé à vérifier peut être marqué comme reçu"),
                                  field_label=READING_LABEL)
        other = session.execute(select(Dossier.number).join(CarpassReading, CarpassReading.dossier_id == Dossier.id)
                                .where(CarpassReading.request_guid == guid)).first()
        if other is not None:
            raise ValidationError("request_guid", msg("carpass", "déjà enregistré pour le relevé du dossier "
                                                                 "{number}", number=other[0]), field_label=GUID_LABEL)
        message = f"requestGuid {guid} seen on the Car-Pass portal"
        done = session.execute(update(CarpassReading).where(
            CarpassReading.id == reading_id, CarpassReading.state == ReadingState.UNCERTAIN).values(
            state=ReadingState.SENT, request_guid=guid, sent_at=now, claimed_by=None, last_message=message,
            resolution=Resolution.MARKED_RECEIVED, resolved_by=scope.login, resolved_at=now,
        ).execution_options(synchronize_session=False))
        if affected_rows(done) != 1:
            raise _changed()
        append(session, "carpass_reading", reading.site_id, reading_id, once=True)
        set_entry_status(session, reading.entry_id, EntryStatus.SENT, message, scope.login,
                         Resolution.MARKED_RECEIVED, guid, now, sent_at=now)
    return guid


def _changed() -> AtelierError:
    return AtelierError(msg("carpass", "Ce relevé vient de changer (un autre poste l'a traité) : rechargez "
                                       "l'historique."))


def _followup(session: Session, scope: UserScope, followup_id: int) -> CarpassFollowup:
    followup = session.get(CarpassFollowup, followup_id)
    if followup is None or followup.site_id != scope.site_id:
        raise NotFoundError(msg("carpass", "Demande Car-Pass introuvable."))
    if followup.state != ReadingState.UNCERTAIN:
        raise ValidationError("state", msg("carpass", "seule une demande à vérifier se renvoie ou se marque comme "
                                                      "reçue"), field_label=msg("carpass", "Demande"))
    return followup


def resend_followup(database: Database, scope: UserScope, followup_id: int) -> None:
    """Post a work description or correction à vérifier again, on the clerk's order (the
    portal does not show it)."""
    _resolve_followup(database, scope, followup_id, ReadingState.QUEUED, Resolution.RESENT)


def mark_followup_received(database: Database, scope: UserScope, followup_id: int) -> None:
    """A work description or correction à vérifier is on the Car-Pass portal: sent."""
    _resolve_followup(database, scope, followup_id, ReadingState.SENT, Resolution.MARKED_RECEIVED)


def _resolve_followup(database: Database, scope: UserScope, followup_id: int, state: ReadingState,
                      resolution: Resolution) -> None:
    now = utcnow()
    with database.session() as session:
        followup = _followup(session, scope, followup_id)
        done = session.execute(update(CarpassFollowup).where(
            CarpassFollowup.id == followup_id, CarpassFollowup.state == ReadingState.UNCERTAIN).values(
            state=state, claimed_by=None, next_attempt_at=None, resolution=resolution, resolved_by=scope.login,
            resolved_at=now, sent_at=now if state == ReadingState.SENT else None,
        ).execution_options(synchronize_session=False))
        if affected_rows(done) != 1:
            raise _changed()
        connection_of(session).execute(EVENT, {
            "e_id": followup.entry_id, "b_now": now, "b_login": scope.login,
            "e_action": followup_event(followup.kind, resolution), "e_detail": followup.request_guid})
