"""What a clerk does with a reading from the history: confirm a blocked reading or a
Car-Pass anomaly, test the connection; and finding the reading a command names. Every
action is recorded in the entry's history with user and time. Resending and marking as
received: :mod:`resolution`."""

from __future__ import annotations

import json

from sqlalchemy import func, select, update

from app.core.carpass.sending import protocol
from app.core.carpass.sending.anomaly_checks import describe
from app.core.carpass.sending.client import DEFAULT_TIMEOUT, CarpassClient
from app.core.carpass.sending.credentials import establishment_of, require_password
from app.core.carpass.sending.endpoint import clean_endpoint, endpoint_for_site
from app.core.carpass.models import Dossier, EntryStatus
from app.core.carpass.sending.models import CarpassReading
from app.core.carpass.sending.outbox.decision import NETWORK_ERROR
from app.core.carpass.sending.outbox.records import add_call, set_entry_status
from app.core.carpass.sending.states import ReadingState
from app.core.carpass.vehicle_rules import clean_number
from app.core.db.engine import Database
from app.core.errors import AtelierError, NotFoundError, ValidationError
from app.core.i18n import Message, msg
from app.core.platform.scope import UserScope
from app.core.timeutil import utcnow


def load_reading(session, scope: UserScope, reading_id: int) -> CarpassReading:
    """The reading ``reading_id`` of the scope's site (NotFoundError otherwise)."""
    reading = session.get(CarpassReading, reading_id)
    if reading is None or reading.site_id != scope.site_id:
        raise NotFoundError(msg("carpass", "Relevé Car-Pass introuvable."))
    return reading


def reading_of_dossier(database: Database, scope: UserScope, number: int | str) -> int:
    """Id of the latest reading (not replaced) of dossier ``number`` of the scope's site:
    what ``carpass resend|mark-received|confirm|correct N`` act on."""
    value = clean_number(number)
    with database.session() as session:
        reading_id = session.scalar(
            select(CarpassReading.id).join(Dossier, Dossier.id == CarpassReading.dossier_id)
            .where(Dossier.site_id == scope.site_id, Dossier.number == value,
                   CarpassReading.site_id == scope.site_id, CarpassReading.state != ReadingState.SUPERSEDED)
            .order_by(CarpassReading.id.desc()).limit(1))
    if reading_id is None:
        raise NotFoundError(msg("carpass", "Aucun relevé Car-Pass pour le dossier {number} sur votre site.",
                                number=value))
    return reading_id


def confirm_blocked(database: Database, scope: UserScope, reading_id: int) -> None:
    """The clerk confirms a reading the checks blocked is right: it is queued for sending,
    the confirmation (user, time, reasons) is kept."""
    now = utcnow()
    with database.session() as session:
        reading = load_reading(session, scope, reading_id)
        if reading.state != ReadingState.BLOCKED:
            raise ValidationError("state", msg("carpass", "seul un relevé bloqué par les contrôles se confirme ici"),
                                  field_label=msg("carpass", "Relevé"))
        reasons = "; ".join(describe(c["code"], c["params"]).render()
                            for c in json.loads(reading.checks) if c["blocking"])
        reading.state, reading.confirmed_by, reading.confirmed_at = ReadingState.QUEUED, scope.login, now
        reading.next_attempt_at = None
        set_entry_status(session, reading.entry_id, EntryStatus.PENDING, None, scope.login, "confirmed",
                         f"{reading.odometer} km: {reasons}", now)


def answer_anomaly(database: Database, scope: UserScope, reading_id: int,
                   timeout: tuple[float, float] = DEFAULT_TIMEOUT) -> Message:
    """Tell Car-Pass a reading it flagged is right ("previous data correct", once only)."""
    with database.session() as session:
        reading = load_reading(session, scope, reading_id)
        if reading.state != ReadingState.ANOMALY or not reading.request_guid:
            raise ValidationError("state", msg("carpass", "ce relevé n'a pas d'anomalie Car-Pass à confirmer"),
                                  field_label=msg("carpass", "Relevé"))
        if reading.anomaly_answered:
            raise AtelierError(msg("carpass", "Cette anomalie a déjà reçu une réponse : contactez Car-Pass."))
        guid, entry_id, attempt = reading.request_guid, reading.entry_id, reading.attempts
        endpoint = endpoint_for_site(session, scope.site_id)
    establishment = establishment_of(database, scope)
    with CarpassClient(endpoint, establishment, require_password(establishment), timeout) as client:
        result = client.confirm(guid)
    answer = result.answer(protocol.parse_confirm_answer)
    now = utcnow()
    with database.session() as session:
        add_call(session, scope.site_id, reading_id, scope.login, "confirm", attempt, result,
                 answer.kind if result.http_status is not None else NETWORK_ERROR, guid, now)
        if answer.kind in (protocol.AnswerKind.RETRY, protocol.AnswerKind.AUTH, protocol.AnswerKind.UNCERTAIN):
            raise AtelierError(msg("carpass", "Car-Pass n'a pas confirmé avoir pris la confirmation ({message}) : "
                                              "réessayez plus tard (si elle avait été prise, Car-Pass répondra que "
                                              "l'anomalie a déjà reçu une réponse).", message=answer.message or "-"))
        accepted = answer.kind == protocol.AnswerKind.ACCEPTED
        state = ReadingState.SENT if accepted else ReadingState.ANOMALY
        session.execute(update(CarpassReading).where(CarpassReading.id == reading_id).values(
            anomaly_answered=True, state=state,
            server_status=func.coalesce(answer.server_status, CarpassReading.server_status),
            last_message=answer.message or None))
        set_entry_status(session, entry_id, EntryStatus.SENT if accepted else EntryStatus.ANOMALY,
                         answer.message or None, scope.login, "confirmed" if accepted else "anomaly", guid, now)
    if accepted:
        return msg("carpass", "Car-Pass a accepté la confirmation du relevé.")
    if answer.kind == protocol.AnswerKind.ANOMALY:
        return msg("carpass", "Car-Pass a pris la confirmation et examine encore le relevé : {message}",
                   message=answer.message or "-")
    return msg("carpass", "Car-Pass a refusé la confirmation : {message}", message=answer.message)


def check_connection(database: Database, scope: UserScope, password: str | None = None,
                    endpoint: str | None = None, timeout: tuple[float, float] = DEFAULT_TIMEOUT) -> Message:
    """Call Car-Pass with the site's credentials (or the ones being typed) and say how it went."""
    scope.require_admin()
    establishment = establishment_of(database, scope)
    with database.session() as session:
        url = clean_endpoint(endpoint) if endpoint else endpoint_for_site(session, scope.site_id)
    secret = password or require_password(establishment)
    with CarpassClient(url, establishment, secret, timeout) as client:
        result = client.activities()
    answer_kind = NETWORK_ERROR if result.http_status is None else (
        protocol.AnswerKind.ACCEPTED if result.http_status < 300
        else protocol.parse_observation_answer(result.http_status, b"").kind)
    with database.session() as session:
        add_call(session, scope.site_id, None, scope.login, "test", 0, result, answer_kind, None, utcnow())
    if result.http_status is None:
        raise AtelierError(msg("carpass", "Car-Pass injoignable à {url} : {error}", url=url, error=result.error))
    if result.http_status in (401, 403):
        raise AtelierError(msg("carpass", "Car-Pass refuse l'établissement {number} avec ce mot de passe.",
                               number=establishment))
    if result.http_status >= 300:
        raise AtelierError(msg("carpass", "Car-Pass répond {status} : {message}", status=result.http_status,
                               message=protocol.server_message(result.body, result.http_status)))
    return msg("carpass", "Connexion à Car-Pass réussie pour l'établissement {number}.", number=establishment)
