"""Login on a shared PostgreSQL database: the server checks the password.

The station connects as the user's own role ``<login>@<db>`` with the typed password
(SCRAM): nothing on the station knows a password, and row-level security keys on that
role. The lockout counter lives in the database (``login_attempt``) and is kept by the
login gate: each attempt is counted *before* the password is tried, so parallel guesses
never check more than ``MAX_FAILURES`` passwords per lockout window; a locked user's role
loses LOGIN at the server for the lockout's duration (docs/decisions/platform-login.md).
"""

from __future__ import annotations

import logging

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.core.db.engine import Database, database_error
from app.core.db.gate import is_authentication_failure, login_begin, login_failed
from app.core.db.server_roles import user_role
from app.core.platform.auth import locked_error, refused, scope_for
from app.core.platform.models import Site, User
from app.core.platform.scope import UserScope

log = logging.getLogger(__name__)


def server_login(database: Database, login_name: str, password: str) -> UserScope:
    """Log ``login_name`` in with ``password`` on ``database``; from then on the database
    object connects as the user's role. Raises AuthenticationError when refused."""
    key = (login_name or "").strip().lower()
    locked_for = login_begin(database, key)
    if locked_for:
        raise locked_error(locked_for)
    database.connect_as(user_role(database.database_name, key), password or "")
    try:
        scope = _open_session(database)
    except BaseException:
        database.credentials = None
        database.engine.dispose()
        raise
    if scope is None:
        database.credentials = None
        database.engine.dispose()
        if login_failed(database, key):
            log.warning("login locked after repeated failures: %s", key)
        raise refused()
    log.info("login: %s (database role)", key)
    return scope


def _open_session(database: Database) -> UserScope | None:
    """The user's scope over the new connection; None when the server refused the password
    (or the account or its site is inactive)."""
    try:
        with database.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except DBAPIError as exc:
        if is_authentication_failure(exc):
            return None
        raise database_error(exc) from exc
    with database.session() as session:
        user_id = session.execute(text("SELECT atelier_session_user_id()")).scalar()
        user = session.get(User, user_id) if user_id is not None else None
        if user is None or not session.get_one(Site, user.site_id).active:
            return None
        session.execute(text("SELECT atelier_login_succeeded()"))
        return scope_for(session, user)
