"""User management (admin): create users, reset passwords, edit site and role, deactivate,
unlock. A user changes their own password.

SQLite keeps argon2id hashes in ``app_user``. On a shared PostgreSQL database every user
is a login role of the server, created and altered by :mod:`app.core.platform.server_users`
through functions that check, in the database, that the caller is an admin of the site.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.db.engine import Database
from app.core.db.versioning import check_version, stamp
from app.core.errors import NotFoundError, PermissionDeniedError, ValidationError
from app.core.i18n import msg
from app.core.platform.models import ROLE_ADMIN, ROLE_CLERK, LoginAttempt, User
from app.core.platform.passwords import check_password_strength, hash_password
from app.core.platform.scope import UserScope
from app.core.platform.sites import get_site
from app.core.timeutil import utcnow

LOGIN = re.compile(r"^[a-z0-9._-]{2,64}$")


def clean_login(value: str) -> str:
    """Lower-case login of 2 to 64 letters, digits, ``.``, ``_`` or ``-``."""
    login = (value or "").strip().lower()
    if not LOGIN.match(login):
        raise ValidationError("login", msg("validation", "2 à 64 lettres, chiffres, point, - ou _"),
                              field_label=msg("fields", "Identifiant"))
    return login


@dataclass(frozen=True)
class UserInfo:
    """A user as the admin screen lists it (never a password or its hash)."""

    id: int
    login: str
    full_name: str
    site_id: int
    role: str
    active: bool
    version: int = 1
    locked_until: datetime | None = None

    @property
    def is_admin(self) -> bool:
        """True for an administrator."""
        return self.role == ROLE_ADMIN


@dataclass(frozen=True)
class UserChange:
    """What an admin may change on a user (``version`` as read, for optimistic locking)."""

    version: int
    full_name: str
    site_id: int
    admin: bool
    active: bool


def _info(user: User, locked_until: datetime | None = None) -> UserInfo:
    return UserInfo(user.id, user.login, user.full_name, user.site_id, user.role, user.active, user.version,
                    locked_until)


def _on_server(database: Database) -> bool:
    return database.is_postgres


def add_user(database: Database, scope: UserScope, login: str, password: str, *, site_id: int | None = None,
             admin: bool = False, full_name: str = "") -> UserInfo:
    """Create a user on a site the admin reaches (their current site by default)."""
    scope.require_admin()
    login = clean_login(login)
    check_password_strength(password)
    if _on_server(database):
        from app.core.platform import server_users

        return server_users.add_user(database, scope, login, password, site_id, admin, full_name)
    password_hash = hash_password(password)
    with database.session() as session:
        site = get_site(session, scope, site_id)
        if session.scalar(select(User.id).where(User.login == login)):
            raise login_taken(login)
        user = User(login=login, full_name=full_name.strip()[:120] or login, password_hash=password_hash,
                    site_id=site.id, role=ROLE_ADMIN if admin else ROLE_CLERK, updated_by=scope.login)
        session.add(user)
        session.flush()
        return _info(user)


def login_taken(login: str) -> ValidationError:
    """The refusal of a login already in use."""
    return ValidationError("login", msg("validation", "l'identifiant {login} existe déjà", login=login),
                           field_label=msg("fields", "Identifiant"))


def list_users(database: Database, scope: UserScope) -> list[UserInfo]:
    """Users of the admin's current site, with the end of a lockout when one runs."""
    scope.require_admin()
    if _on_server(database):
        from app.core.platform import server_users

        return server_users.list_users(database, scope)
    from app.core.platform.auth import attempt_key

    now = utcnow()
    with database.session() as session:
        users = list(session.scalars(select(User).where(User.site_id == scope.site_id).order_by(User.login)))
        result = []
        for user in users:
            attempt = session.get(LoginAttempt, attempt_key(user.login))
            locked = attempt.locked_until if attempt and attempt.locked_until and attempt.locked_until > now else None
            result.append(_info(user, locked))
        return result


def find_user(database: Database, scope: UserScope, login: str) -> UserInfo:
    """The user ``login`` on a site the admin reaches (any of their sites, not only the
    current one); "not found" otherwise, whether or not it exists elsewhere."""
    scope.require_admin()
    key = (login or "").strip().lower()
    with database.session() as session:
        if database.is_postgres and database.credentials is None:
            from app.core.db.server_roles import act_as_owner

            act_as_owner(session.connection())
        user = session.scalars(select(User).where(User.login == key)).first()
        if user is None:
            raise NotFoundError(msg("errors", "Utilisateur introuvable."))
        try:
            get_site(session, scope, user.site_id)
        except (NotFoundError, PermissionDeniedError):
            raise NotFoundError(msg("errors", "Utilisateur introuvable.")) from None
        return _info(user)


def set_password(database: Database, scope: UserScope, user_id: int, password: str) -> None:
    """A user changes their own password, or an admin resets one of the company's users."""
    if user_id != scope.user_id:
        scope.require_admin()
    check_password_strength(password)
    if _on_server(database):
        from app.core.platform import server_users

        server_users.set_password(database, scope, user_id, password)
        return
    password_hash = hash_password(password)
    with database.session() as session:
        user = _reachable_user(session, scope, user_id)
        user.password_hash = password_hash
        stamp(user, scope.login)


def update_user(database: Database, scope: UserScope, user_id: int, change: UserChange) -> UserInfo:
    """An admin edits a user: name, site, role, active. An admin can neither deactivate nor
    demote their own account (another admin must), so a site never loses its last admin by
    a slip of the mouse."""
    scope.require_admin()
    if user_id == scope.user_id and (not change.active or not change.admin):
        raise PermissionDeniedError(msg("auth", "Un administrateur ne peut ni désactiver ni rétrograder son "
                                                "propre compte : demandez-le à un autre administrateur."))
    if _on_server(database):
        from app.core.platform import server_users

        return server_users.update_user(database, scope, user_id, change)
    with database.session() as session:
        user = _reachable_user(session, scope, user_id)
        check_version(user, change.version, msg("fields", "L'utilisateur {login}", login=user.login))
        site = get_site(session, scope, change.site_id)
        user.full_name = change.full_name.strip()[:120] or user.login
        user.site_id = site.id
        user.role = ROLE_ADMIN if change.admin else ROLE_CLERK
        user.active = change.active
        stamp(user, scope.login)
        session.flush()
        return _info(user)


def unlock_user(database: Database, scope: UserScope, user_id: int) -> None:
    """An admin lifts a lockout after repeated failures before it runs out."""
    scope.require_admin()
    if _on_server(database):
        from app.core.platform import server_users

        server_users.unlock_user(database, scope, user_id)
        return
    from app.core.platform.auth import attempt_key

    with database.session() as session:
        user = _reachable_user(session, scope, user_id)
        attempt = session.get(LoginAttempt, attempt_key(user.login))
        if attempt is not None:
            session.delete(attempt)


def _reachable_user(session: Session, scope: UserScope, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFoundError(msg("errors", "Utilisateur introuvable."))
    if user_id != scope.user_id:
        get_site(session, scope, user.site_id)
    return user


def reset_password_as_owner(database: Database, login: str, password: str) -> None:
    """IT's way back in when no admin can log in (or after the upgrade that moved users to
    server roles): set ``login``'s password and lift its lockout, without any Atelier login.
    SQLite: whoever can write the file; PostgreSQL: a member of the owner role only."""
    login = clean_login(login)
    check_password_strength(password)
    if _on_server(database):
        from app.core.platform import server_users

        server_users.reset_password_as_owner(database, login, password)
        return
    from app.core.platform.auth import attempt_key

    with database.session() as session:
        user = session.scalars(select(User).where(User.login == login)).first()
        if user is None:
            raise NotFoundError(msg("errors", "Utilisateur introuvable."))
        user.password_hash = hash_password(password)
        stamp(user, "(maintenance)")
        attempt = session.get(LoginAttempt, attempt_key(login))
        if attempt is not None:
            session.delete(attempt)
