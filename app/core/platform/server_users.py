"""User management on a shared PostgreSQL database: every Atelier user is a server login role.

A logged-in admin's process (connected as the admin's own role) goes through the
``atelier_user_*`` SECURITY DEFINER functions of migration 0011: they check in the database
that the caller is an active admin reaching the site, then write ``app_user`` and create or
alter the role; the admin's role itself can neither write ``app_user`` nor create roles.
A process connected with IT's maintenance role (no Atelier login: ``setup``, ``db
reset-password``, the tests' superuser) acts as the owner role instead.

Passwords leave this PC only as SCRAM verifiers computed by libpq (never in clear text,
so never in the server's logs); their strength is checked here, before.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.core.changes import DataKind
from app.core.db.change_tracking import report_changes
from app.core.db.engine import Database
from app.core.db.server_roles import act_as_owner, check_user_role_length, scram_verifier, user_role
from app.core.errors import AtelierError, ConflictError, NotFoundError, PermissionDeniedError, ValidationError
from app.core.i18n import msg
from app.core.platform.models import ROLE_ADMIN, ROLE_CLERK, User
from app.core.platform.scope import UserScope
from app.core.platform.sites import get_site
from app.core.platform.users import UserChange, UserInfo, login_taken


def _as_user(database: Database) -> bool:
    """True when the process is connected as a logged-in user's role (not IT's)."""
    return database.credentials is not None


def _refusal(exc: DBAPIError, login: str = "") -> AtelierError | None:
    """The clerk-readable error for a refusal of the user-management functions (None: not
    one of theirs)."""
    state = getattr(exc.orig, "sqlstate", None)
    if state == "23505":
        return login_taken(login)
    if state == "42710":
        return ValidationError("login", msg("validation", "{login} est déjà un rôle du serveur qui n'est pas un "
                                                          "utilisateur Atelier : choisissez un autre identifiant",
                                            login=login), field_label=msg("fields", "Identifiant"))
    if state == "42622":
        return ValidationError("login", msg("validation", "trop long pour cette base partagée"),
                               field_label=msg("fields", "Identifiant"))
    if state == "40001":
        return ConflictError(msg("fields", "L'utilisateur {login}", login=login or "?"), None, None)
    if state == "23514":
        return PermissionDeniedError(msg("auth", "Un administrateur ne peut ni désactiver ni rétrograder son "
                                                 "propre compte : demandez-le à un autre administrateur."))
    if state == "42501":
        return PermissionDeniedError(msg("auth", "Cette action est réservée aux administrateurs du site."))
    return None


def _call(session: Session, sql: str, params: Mapping[str, object], login: str = "") -> object:
    """Run one of the ``atelier_*`` user functions; its result, or the clerk-readable refusal."""
    report_changes(session, DataKind.USERS)
    try:
        return session.execute(text(sql), params).scalar()
    except DBAPIError as exc:
        error = _refusal(exc, login)
        if error is None:
            raise
        raise error from exc


def _sync(session: Session, user_id: int, verifier: str | None, login: str) -> None:
    _call(session, "SELECT atelier_sync_user_role(:id, :v)", {"id": user_id, "v": verifier}, login)


def _verifier(session: Session, database: Database, login: str, password: str) -> str:
    return scram_verifier(session.connection(), user_role(database.database_name, login), password)


def _info(user: User, locked_until: datetime | None = None) -> UserInfo:
    return UserInfo(user.id, user.login, user.full_name, user.site_id, user.role, user.active, user.version,
                    locked_until)


def _user(session: Session, scope: UserScope, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFoundError(msg("errors", "Utilisateur introuvable."))
    if user_id != scope.user_id:
        get_site(session, scope, user.site_id)
    return user


def add_user(database: Database, scope: UserScope, login: str, password: str, site_id: int | None,
             admin: bool, full_name: str) -> UserInfo:
    """Create the user and their login role (validated input)."""
    check_user_role_length(database.database_name, login)
    with database.session() as session:
        if not _as_user(database):
            act_as_owner(session.connection())
        site = get_site(session, scope, site_id)
        verifier = _verifier(session, database, login, password)
        if _as_user(database):
            user_id = _call(session, "SELECT atelier_user_create(:l, :f, :s, :a, :v)",
                            {"l": login, "f": full_name, "s": site.id, "a": admin, "v": verifier}, login)
            return _info(session.get_one(User, user_id))  # created on a site the admin reaches: readable
        if session.scalar(select(User.id).where(User.login == login)):
            raise login_taken(login)
        user = User(login=login, full_name=full_name.strip()[:120] or login, password_hash="", site_id=site.id,
                    role=ROLE_ADMIN if admin else ROLE_CLERK, updated_by=scope.login)
        session.add(user)
        session.flush()
        _sync(session, user.id, verifier, login)
        return _info(user)


def list_users(database: Database, scope: UserScope) -> list[UserInfo]:
    """Users of the admin's current site with their running lockouts."""
    with database.session() as session:
        if _as_user(database):
            locks: dict[int, datetime] = dict(
                session.execute(text("SELECT user_id, locked_until FROM atelier_user_locks()")).all())
        else:
            act_as_owner(session.connection())
            locks = dict(session.execute(text(
                "SELECT u.id, a.locked_until FROM app_user u JOIN login_attempt a "
                "ON a.login = atelier_login_key(u.login) AND a.locked_until > now()")).all())
        users = session.scalars(select(User).where(User.site_id == scope.site_id).order_by(User.login))
        return [_info(user, locks.get(user.id)) for user in users]


def set_password(database: Database, scope: UserScope, user_id: int, password: str) -> None:
    """Give the user's role a new password (own, or as an admin of the user's site)."""
    with database.session() as session:
        if not _as_user(database):
            act_as_owner(session.connection())
        user = _user(session, scope, user_id)
        verifier = _verifier(session, database, user.login, password)
        if _as_user(database):
            _call(session, "SELECT atelier_user_set_password(:id, :v)", {"id": user_id, "v": verifier}, user.login)
            return
        user.updated_by = scope.login
        session.flush()
        _sync(session, user.id, verifier, user.login)


def update_user(database: Database, scope: UserScope, user_id: int, change: UserChange) -> UserInfo:
    """Change name, site, role and active flag; the role follows (LOGIN, admin group)."""
    with database.session() as session:
        if not _as_user(database):
            act_as_owner(session.connection())
        user = _user(session, scope, user_id)
        site = get_site(session, scope, change.site_id)
        if _as_user(database):
            _call(session, "SELECT atelier_user_update(:id, :v, :f, :s, :a, :act)",
                  {"id": user_id, "v": change.version, "f": change.full_name, "s": site.id, "a": change.admin,
                   "act": change.active}, user.login)
            session.expire(user)
            return _info(session.get_one(User, user_id, populate_existing=True))
        if user.version != change.version:
            raise ConflictError(msg("fields", "L'utilisateur {login}", login=user.login), user.updated_by,
                                user.updated_at)
        user.full_name = change.full_name.strip()[:120] or user.login
        user.site_id = site.id
        user.role = ROLE_ADMIN if change.admin else ROLE_CLERK
        user.active = change.active
        user.updated_by = scope.login
        session.flush()
        _sync(session, user.id, None, user.login)
        return _info(user)


def unlock_user(database: Database, scope: UserScope, user_id: int) -> None:
    """Lift the user's lockout; their role may log in again (if active)."""
    with database.session() as session:
        if not _as_user(database):
            act_as_owner(session.connection())
        user = _user(session, scope, user_id)
        if _as_user(database):
            _call(session, "SELECT atelier_user_unlock(:id)", {"id": user_id}, user.login)
            return
        session.execute(text("DELETE FROM login_attempt WHERE login = atelier_login_key(:l)"), {"l": user.login})
        _sync(session, user.id, None, user.login)


def reset_password_as_owner(database: Database, login: str, password: str) -> None:
    """IT's maintenance role sets ``login``'s password and lifts its lockout."""
    with database.session() as session:
        act_as_owner(session.connection())
        user = session.scalars(select(User).where(User.login == login)).first()
        if user is None:
            raise NotFoundError(msg("errors", "Utilisateur introuvable."))
        session.execute(text("DELETE FROM login_attempt WHERE login = atelier_login_key(:l)"), {"l": login})
        user.updated_by = "(maintenance)"
        session.flush()
        _sync(session, user.id, _verifier(session, database, login, password), login)

