"""Login: argon2id check, lockout after repeated failures, no user enumeration.

On a shared PostgreSQL database the server itself checks the password of the user's role
(:mod:`app.core.platform.server_login`); this module keeps the SQLite path.
"""

from __future__ import annotations

import hashlib
import math
import logging
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.db.engine import Database
from app.core.errors import AuthenticationError
from app.core.i18n import msg
from app.core.platform.models import LoginAttempt, Site, User
from app.core.platform.passwords import hash_password, needs_rehash, verify_password
from app.core.platform.scope import UserScope
from app.core.timeutil import utcnow

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=5)
log = logging.getLogger(__name__)


def scope_for(session: Session, user: User) -> UserScope:
    """Build the scope of ``user`` acting on their own site."""
    site = session.get_one(Site, user.site_id)  # the user's own site: a foreign key, readable by the user
    return UserScope(
        user_id=user.id,
        login=user.login,
        full_name=user.full_name,
        role=user.role,
        company_id=site.company_id,
        home_site_id=site.id,
        site_id=site.id,
        site_code=site.code,
        site_name=site.name,
    )


def _refused() -> AuthenticationError:
    return AuthenticationError(msg("auth", "Identifiant ou mot de passe incorrect."))


def attempt_key(typed_login: str) -> str:
    """What ``login_attempt`` stores for a typed login: a digest, never the text, since
    clerks sometimes type their password into the login field."""
    return hashlib.sha256(typed_login.encode("utf-8")).hexdigest()


def locked_error(seconds: float) -> AuthenticationError:
    """The refusal of a locked login (the same whether the login exists or not)."""
    minutes = max(1, math.ceil(seconds / 60))
    return AuthenticationError(msg("auth", "Trop d'essais infructueux : connexion bloquée pendant {minutes} "
                                           "minute(s).", minutes=minutes))


def refused() -> AuthenticationError:
    """The refusal of a wrong login or password (never says which)."""
    return _refused()


def candidate_scope(database: Database, login_name: str) -> UserScope | None:
    """The scope ``login_name`` would get if its password is right, read WITHOUT checking
    any password, so that the GUI can build the main window while :func:`login` checks it
    (the window is shown only if the check returns this very scope, else discarded).

    None for an unknown or inactive login or site, and on a shared PostgreSQL database,
    where only the server's password check opens a session that may read the user."""
    if database.is_postgres:
        return None
    key = (login_name or "").strip().lower()
    with database.session() as session:
        user = session.scalars(select(User).where(User.login == key, User.active.is_(True))).first()
        if user is None or not session.get_one(Site, user.site_id).active:
            return None
        return scope_for(session, user)


def login(database: Database, login_name: str, password: str) -> UserScope:
    """Check the credentials and return the user's scope, or raise AuthenticationError.

    Failures are counted per typed login whether or not it exists; after
    ``MAX_FAILURES`` the login is locked for ``LOCKOUT`` with the same message either way.
    """
    if database.is_postgres:
        from app.core.platform.server_login import server_login

        return server_login(database, login_name, password)
    key = (login_name or "").strip().lower()
    now = utcnow()
    with database.session() as session:
        attempt = session.get(LoginAttempt, attempt_key(key))
        if attempt and attempt.locked_until and attempt.locked_until > now:
            verify_password(None, password)  # same cost as a real check
            raise locked_error((attempt.locked_until - now).total_seconds())
        user = session.scalars(select(User).where(User.login == key, User.active.is_(True))).first()
        site_active = user is not None and session.get_one(Site, user.site_id).active
        if user is None or not site_active or not verify_password(user.password_hash, password):
            attempt = attempt or LoginAttempt(login=attempt_key(key), failures=0)
            attempt.failures += 1
            if attempt.failures >= MAX_FAILURES:
                attempt.locked_until = now + LOCKOUT
                attempt.failures = 0
                # Only a login that exists is named: an unknown one may be a mistyped password.
                log.warning("login locked after repeated failures: %s", key if user is not None else "(unknown login)")
            session.add(attempt)
            session.commit()
            raise _refused()
        if attempt is not None:
            session.delete(attempt)
        if needs_rehash(user.password_hash):
            user.password_hash = hash_password(password)
        log.info("login: %s", key)
        return scope_for(session, user)
