"""What a clerk does with a reading from the history: confirm an anomaly, resend, test the
connection. Every action is recorded in the entry's history with user and time."""

from __future__ import annotations

import json

from sqlalchemy import update

from app.core.carpass.sending import protocol
from app.core.carpass.sending.anomaly_checks import describe
from app.core.carpass.sending.client import DEFAULT_TIMEOUT, CarpassClient
from app.core.carpass.sending.credentials import establishment_of, require_password
from app.core.carpass.sending.endpoint import clean_endpoint, endpoint_for_site
from app.core.carpass.models import EntryStatus
from app.core.carpass.sending.models import CarpassReading
from app.core.carpass.sending.outbox.decision import NETWORK_ERROR
from app.core.carpass.sending.outbox.records import add_call, set_entry_status
from app.core.carpass.sending.states import ReadingState
from app.core.db.engine import Database
from app.core.errors import AtelierError, NotFoundError, ValidationError
from app.core.i18n import Message, msg
from app.core.platform.scope import UserScope
from app.core.timeutil import utcnow


def _reading(session, scope: UserScope, reading_id: int) -> CarpassReading:
    reading = session.get(CarpassReading, reading_id)
    if reading is None or reading.site_id != scope.site_id:
        raise NotFoundError(msg("carpass", "Relevé Car-Pass introuvable."))
    return reading


def confirm_blocked(database: Database, scope: UserScope, reading_id: int) -> None:
    """The clerk confirms a reading the checks blocked is right: it is queued for sending,
    the confirmation (user, time, reasons) is kept."""
    now = utcnow()
    with database.session() as session:
        reading = _reading(session, scope, reading_id)
        if reading.state != ReadingState.BLOCKED:
            raise ValidationError("state", msg("carpass", "seul un relevé bloqué par les contrôles se confirme ici"),
                                  field_label=msg("carpass", "Relevé"))
        reasons = "; ".join(describe(c["code"], c["params"]).render()
                            for c in json.loads(reading.checks) if c["blocking"])
        reading.state, reading.confirmed_by, reading.confirmed_at = ReadingState.QUEUED, scope.login, now
        reading.next_attempt_at = None
        set_entry_status(session, reading.entry_id, EntryStatus.PENDING, None, scope.login, "confirmed",
                         f"{reading.odometer} km: {reasons}", now)


def resend(database: Database, scope: UserScope, reading_id: int) -> None:
    """Send again: an unknown answer is re-posted with the SAME key (a server that saw it
    answers with the first requestGuid); a refused reading is rebuilt from the dossier."""
    now = utcnow()
    with database.session() as session:
        reading = _reading(session, scope, reading_id)
        if reading.state == ReadingState.UNCERTAIN:
            reading.state, reading.next_attempt_at = ReadingState.QUEUED, None
            detail = f"same key {reading.idempotency_key}"
        elif reading.state == ReadingState.FAILED:
            detail = "new reading from the dossier"
        else:
            raise ValidationError("state", msg("carpass", "seuls les relevés refusés ou sans réponse se renvoient"),
                                  field_label=msg("carpass", "Relevé"))
        set_entry_status(session, reading.entry_id, EntryStatus.PENDING, None, scope.login, "resend", detail, now)


def answer_anomaly(database: Database, scope: UserScope, reading_id: int,
                   timeout: tuple[float, float] = DEFAULT_TIMEOUT) -> Message:
    """Tell Car-Pass a reading it flagged is right ("previous data correct", once only)."""
    with database.session() as session:
        reading = _reading(session, scope, reading_id)
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
    answer = protocol.parse_status_answer(result.http_status, result.body) if result.http_status else None
    now = utcnow()
    with database.session() as session:
        add_call(session, scope.site_id, reading_id, scope.login, "confirm", attempt, result,
                 answer.kind if answer else NETWORK_ERROR, guid, now)
        if answer is None or answer.kind in (protocol.AnswerKind.RETRY, protocol.AnswerKind.AUTH,
                                             protocol.AnswerKind.UNKNOWN):
            text = answer.message if answer else result.error
            raise AtelierError(msg("carpass", "Car-Pass n'a pas pris la confirmation ({message}) : réessayez "
                                              "plus tard.", message=text or "-"))
        accepted = answer.kind == protocol.AnswerKind.ACCEPTED
        session.execute(update(CarpassReading).where(CarpassReading.id == reading_id).values(
            anomaly_answered=True, state=ReadingState.SENT if accepted else ReadingState.ANOMALY,
            server_status=answer.server_status, last_message=answer.message or None))
        set_entry_status(session, entry_id, EntryStatus.SENT if accepted else EntryStatus.ANOMALY,
                         answer.message or None, scope.login,
                         "confirmed" if accepted else "anomaly", guid, now)
    if accepted:
        return msg("carpass", "Car-Pass a accepté la confirmation du relevé.")
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
