"""Car-Pass's standard list of work, kept per site in ``carpass_activity``.

Fetched from the service (``GET /activities``) by "test connection" and, at most once a
day, when the work-description picker or a send needs it. Descriptors the service no
longer serves become inactive (never deleted: old descriptions still read); nothing of
the list is written in the application itself.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.carpass.models import CarpassActivity
from app.core.carpass.sending import protocol
from app.core.carpass.sending.client import CallResult, CarpassClient
from app.core.carpass.sending.credentials import missing_password_message, password_for
from app.core.carpass.sending.endpoint import clean_endpoint, endpoint_for_site
from app.core.carpass.sending.outbox.records import add_call
from app.core.carpass.sending.username import login_for_site
from app.core.db.engine import Database
from app.core.errors import AtelierError
from app.core.i18n import Message, msg
from app.core.platform.scope import UserScope
from app.core.timeutil import utcnow

MAX_AGE = timedelta(days=1)
REFRESH_TIMEOUT = (3.0, 10.0)  # connect, read: the picker waits for it in the background
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CatalogueUpdate:
    """What one fetch changed in the site's list."""

    served: int
    added: int
    deactivated: int
    reactivated: int


@dataclass(frozen=True)
class RefreshAttempt:
    """The outcome of a refresh made only when needed: the update, or why there was none."""

    update: CatalogueUpdate | None = None
    problem: Message | None = None


def store_catalogue(session: Session, site_id: int, descriptors: list[protocol.ActivityDescriptor],
                    now: datetime) -> CatalogueUpdate:
    """Write the served list for ``site_id``: new descriptors added, known ones updated and
    active, the ones no longer served made inactive."""
    rows = {row.code: row for row in session.scalars(select(CarpassActivity).where(
        CarpassActivity.site_id == site_id))}
    added = reactivated = 0
    for item in descriptors:
        row = rows.pop(item.code, None)
        if row is None:
            row = CarpassActivity(site_id=site_id, code=item.code)
            session.add(row)
            added += 1
        elif not row.active:
            reactivated += 1
        row.category_code, row.position, row.active, row.fetched_at = item.category_code, item.position, True, now
        row.category_label_fr, row.category_label_nl = item.category_label_fr, item.category_label_nl
        row.label_fr, row.label_nl = item.label_fr, item.label_nl
    deactivated = 0
    for row in rows.values():
        if row.active:
            row.active = False
            deactivated += 1
    session.flush()
    return CatalogueUpdate(len(descriptors), added, deactivated, reactivated)


def store_answer(session: Session, site_id: int, result: CallResult, now: datetime) -> CatalogueUpdate:
    """Read a 2xx ``GET /activities`` answer and store it; an unreadable or empty list
    changes nothing and raises an error naming the problem."""
    descriptors = protocol.parse_activities_answer(result.body)
    if descriptors is None:
        raise AtelierError(msg("carpass", "Réponse de Car-Pass illisible pour la liste des travaux : {message}",
                               message=protocol.server_message(result.body, result.http_status)))
    if not descriptors:
        raise AtelierError(msg("carpass", "Car-Pass a renvoyé une liste des travaux vide : la liste gardée n'a "
                                          "pas été modifiée."))
    return store_catalogue(session, site_id, descriptors, now)


def last_fetch(session: Session, site_id: int) -> datetime | None:
    """When the site's list was last received (None: never)."""
    return session.scalar(select(func.max(CarpassActivity.fetched_at)).where(
        CarpassActivity.site_id == site_id, CarpassActivity.active.is_(True)))


def is_stale(database: Database, scope: UserScope, now: datetime | None = None) -> bool:
    """True when the site has no list yet or received it more than a day ago."""
    with database.session() as session:
        fetched = last_fetch(session, scope.site_id)
    return fetched is None or (now or utcnow()) - fetched >= MAX_AGE


def _failure(result: CallResult, url: str, username: str) -> Message:
    if result.http_status is None:
        return msg("carpass", "Car-Pass injoignable à {url} : {error}", url=url, error=result.error)
    if result.http_status in (401, 403):
        return msg("carpass", "Car-Pass refuse l'utilisateur {username} avec ce mot de passe.", username=username)
    return msg("carpass", "Car-Pass répond {status} : {message}", status=result.http_status,
               message=protocol.server_message(result.body, result.http_status))


def refresh_catalogue(database: Database, scope: UserScope, *, password: str | None = None,
                      endpoint: str | None = None, username: str | None = None,
                      timeout: tuple[float, float] = REFRESH_TIMEOUT) -> CatalogueUpdate:
    """Fetch the standard list of work now and store it for the scope's site; the call is
    kept in the site's call history. Raises AtelierError with the reason when it fails."""
    with database.session() as session:
        login = login_for_site(session, scope.site_id)
        url = clean_endpoint(endpoint) if endpoint else endpoint_for_site(session, scope.site_id)
    user = username or login.username
    secret = password or password_for(login.establishment)[0]
    if not secret:
        raise AtelierError(missing_password_message(login.establishment))
    with CarpassClient(url, user, secret, timeout) as client:
        result = client.activities()
    now = utcnow()
    ok = result.http_status is not None and 200 <= result.http_status < 300
    with database.session() as session:
        add_call(session, scope.site_id, None, scope.login, "activities", 0, result,
                 "accepted" if ok else "error", None, now)
    if not ok:
        raise AtelierError(_failure(result, url, user))
    with database.session() as session:
        return store_answer(session, scope.site_id, result, now)


def refresh_if_stale(database: Database, scope: UserScope, now: datetime | None = None,
                     timeout: tuple[float, float] = REFRESH_TIMEOUT) -> RefreshAttempt:
    """Refresh the list when it is missing or older than a day and a password is known;
    a failure is reported, never raised (the stored list stays usable)."""
    if not is_stale(database, scope, now):
        return RefreshAttempt()
    with database.session() as session:
        establishment = login_for_site(session, scope.site_id).establishment
    if not password_for(establishment)[0]:
        return RefreshAttempt(problem=missing_password_message(establishment))
    try:
        return RefreshAttempt(update=refresh_catalogue(database, scope, timeout=timeout))
    except AtelierError as error:
        log.warning("Car-Pass list of work not refreshed for site %s: %s", scope.site_code, error)
        return RefreshAttempt(problem=error.message)
