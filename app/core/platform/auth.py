"""Login: argon2id check, lockout after repeated failures, no user enumeration.

On a shared PostgreSQL database the server itself checks the password of the user's role
(:mod:`app.core.platform.server_login`); this module keeps the SQLite path.
"""

from __future__ import annotations

import hashlib
import logging
import math
from datetime import timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
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


class LoginLockedError(AuthenticationError):
    """A refusal because the typed login is locked; its message is the wrong-password one,
    so that neither the lockout nor the login's existence can be read from the answer."""


def _refused() -> AuthenticationError:
    return AuthenticationError(msg("auth", "Identifiant ou mot de passe incorrect. Après {n} essais manqués, la "
                                           "connexion est bloquée {minutes} minutes.", n=MAX_FAILURES,
                                   minutes=int(LOCKOUT.total_seconds() // 60)))


def attempt_key(typed_login: str) -> str:
    """What ``login_attempt`` stores for a typed login: a digest, never the text, since
    clerks sometimes type their password into the login field."""
    return hashlib.sha256(typed_login.encode("utf-8")).hexdigest()


def locked_error(seconds: float) -> AuthenticationError:
    """The refusal of a locked login: the wrong-password message (the same whether the login
    exists or not); the seconds left only reach the log."""
    log.info("login refused while locked (%d s left)", math.ceil(seconds))
    return LoginLockedError(_refused().message)


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
    digest = attempt_key(key)
    locked_for = _reserve_attempt(database, digest)
    if locked_for:
        verify_password(None, password)  # same cost as a real check
        raise locked_error(locked_for)
    with database.session() as session:  # read, then close: no transaction waits on argon2
        user = session.scalars(select(User).where(User.login == key, User.active.is_(True))).first()
        if user is not None and not session.get_one(Site, user.site_id).active:
            user = None
        stored_hash = user.password_hash if user is not None else None
    # Every path verifies one argon2 hash: an unknown login checks the dummy hash.
    if user is None or not verify_password(stored_hash, password):
        if user is None:
            verify_password(None, password)
        if _report_failure(database, digest):
            # Only a login that exists is named: an unknown one may be a mistyped password.
            log.warning("login locked after repeated failures: %s", key if user is not None else "(unknown login)")
        raise _refused()
    with database.session(immediate=True) as session:  # writes after reading: take the write lock first
        user = session.get_one(User, user.id)
        session.execute(delete(LoginAttempt).where(LoginAttempt.login == digest))
        if needs_rehash(user.password_hash):
            user.password_hash = hash_password(password)
        log.info("login: %s", key)
        return scope_for(session, user)


def _reserve_attempt(database: Database, digest: str) -> float:
    """Count one attempt of ``digest`` *before* its password is tried (SQLite), in one
    write-locked transaction: however many stations guess at once, at most
    ``MAX_FAILURES`` passwords are checked per lockout window. Returns the seconds the
    login stays locked (0: the password may be tried)."""
    now = utcnow()
    with database.session(immediate=True) as session:
        session.execute(sqlite_insert(LoginAttempt).values(login=digest, failures=0).on_conflict_do_nothing())
        # A lock that ran out opens a new window.
        session.execute(update(LoginAttempt).where(LoginAttempt.login == digest, LoginAttempt.locked_until <= now)
                        .values(failures=0, locked_until=None))
        reserved = session.execute(
            update(LoginAttempt).where(LoginAttempt.login == digest, LoginAttempt.locked_until.is_(None),
                                       LoginAttempt.failures < MAX_FAILURES)
            .values(failures=LoginAttempt.failures + 1).returning(LoginAttempt.failures)).first()
        if reserved is not None:
            return 0
        # Every attempt of the window is taken (some may still be checking): lock now.
        session.execute(update(LoginAttempt).where(LoginAttempt.login == digest, LoginAttempt.locked_until.is_(None))
                        .values(failures=0, locked_until=now + LOCKOUT))
        locked_until = session.scalar(select(LoginAttempt.locked_until).where(LoginAttempt.login == digest))
        return max(1.0, (locked_until - now).total_seconds()) if locked_until else LOCKOUT.total_seconds()


def _report_failure(database: Database, digest: str) -> bool:
    """A reserved attempt failed: when it was the window's last, lock the login. True when
    this call locked it."""
    with database.session(immediate=True) as session:
        locked = session.execute(update(LoginAttempt).where(
            LoginAttempt.login == digest, LoginAttempt.locked_until.is_(None), LoginAttempt.failures >= MAX_FAILURES)
            .values(failures=0, locked_until=utcnow() + LOCKOUT).returning(LoginAttempt.login)).first()
        return locked is not None
