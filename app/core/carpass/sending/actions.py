"""Finding the reading a clerk acts on (from the history or a command naming a dossier),
and testing the connection. The actions themselves: :mod:`anomaly_confirmation` (blocked
readings, Car-Pass anomalies), :mod:`resolution` (resend, mark received),
:mod:`followups` (work description, correction)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.carpass.models import Dossier
from app.core.carpass.sending import protocol
from app.core.carpass.sending.activities import store_answer
from app.core.carpass.sending.client import DEFAULT_TIMEOUT, CarpassClient
from app.core.carpass.sending.credentials import establishment_of, require_password
from app.core.carpass.sending.endpoint import clean_endpoint, endpoint_for_site
from app.core.carpass.sending.models import CarpassReading
from app.core.carpass.sending.outbox.decision import NETWORK_ERROR
from app.core.carpass.sending.outbox.records import add_call
from app.core.carpass.sending.states import ReadingState
from app.core.carpass.sending.username import clean_username, username_for_site
from app.core.carpass.vehicle_rules import clean_number
from app.core.db.engine import Database
from app.core.errors import AtelierError, NotFoundError
from app.core.i18n import Message, msg
from app.core.platform.scope import UserScope
from app.core.timeutil import utcnow


def load_reading(session: Session, scope: UserScope, reading_id: int) -> CarpassReading:
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


def check_connection(database: Database, scope: UserScope, password: str | None = None,
                     endpoint: str | None = None, timeout: tuple[float, float] = DEFAULT_TIMEOUT,
                     username: str | None = None) -> Message:
    """Call Car-Pass with the site's credentials (or the ones being typed) and say how it
    went; the standard list of work it answers is stored for the site."""
    scope.require_admin()
    establishment = establishment_of(database, scope)
    with database.session() as session:
        url = clean_endpoint(endpoint) if endpoint else endpoint_for_site(session, scope.site_id)
        user = clean_username(username) if username else username_for_site(session, scope.site_id)
    secret = password or require_password(establishment)
    with CarpassClient(url, user, secret, timeout) as client:
        result = client.activities()
    answer_kind = NETWORK_ERROR if result.http_status is None else (
        protocol.AnswerKind.ACCEPTED if result.http_status < 300
        else protocol.parse_observation_answer(result.http_status, b"").kind)
    with database.session() as session:
        add_call(session, scope.site_id, None, scope.login, "test", 0, result, answer_kind, None, utcnow())
    if result.http_status is None:
        raise AtelierError(msg("carpass", "Car-Pass injoignable à {url} : {error}", url=url, error=result.error))
    if result.http_status in (401, 403):
        raise AtelierError(msg("carpass", "Car-Pass refuse l'utilisateur {username} avec ce mot de passe.",
                               username=user))
    if result.http_status >= 300:
        raise AtelierError(msg("carpass", "Car-Pass répond {status} : {message}", status=result.http_status,
                               message=protocol.server_message(result.body, result.http_status)))
    try:
        with database.session() as session:
            update = store_answer(session, scope.site_id, result, utcnow())
    except AtelierError as error:
        return msg("carpass", "Connexion à Car-Pass réussie pour l'utilisateur {username}, mais la liste des "
                              "travaux n'a pas été mise à jour : {reason}", username=user, reason=error.message)
    return msg("carpass", "Connexion à Car-Pass réussie pour l'utilisateur {username} ; liste des travaux à "
                          "jour ({n} descripteurs).", username=user, n=update.served)
