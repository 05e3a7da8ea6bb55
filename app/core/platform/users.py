"""User management (admin): create users, reset passwords, deactivate."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select

from app.core.db.engine import Database
from app.core.errors import NotFoundError, ValidationError
from app.core.i18n import msg
from app.core.platform.models import ROLE_ADMIN, ROLE_CLERK, User
from app.core.platform.passwords import hash_password
from app.core.platform.scope import UserScope
from app.core.platform.sites import get_site

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
    """A user as the admin screen lists it (never the hash)."""

    id: int
    login: str
    full_name: str
    site_id: int
    role: str
    active: bool


def add_user(database: Database, scope: UserScope, login: str, password: str, *, site_id: int | None = None,
             admin: bool = False, full_name: str = "") -> UserInfo:
    """Create a user on a site of the admin's company."""
    scope.require_admin()
    login = clean_login(login)
    password_hash = hash_password(password)
    with database.session() as session:
        site = get_site(session, scope, site_id)
        if session.scalar(select(User.id).where(User.login == login)):
            raise ValidationError("login", msg("validation", "l'identifiant {login} existe déjà", login=login),
                                  field_label=msg("fields", "Identifiant"))
        user = User(login=login, full_name=full_name.strip() or login, password_hash=password_hash,
                    site_id=site.id, role=ROLE_ADMIN if admin else ROLE_CLERK, updated_by=scope.login)
        session.add(user)
        session.flush()
        return UserInfo(user.id, user.login, user.full_name, user.site_id, user.role, user.active)


def list_users(database: Database, scope: UserScope) -> list[UserInfo]:
    """Users of the admin's current site."""
    scope.require_admin()
    with database.session() as session:
        rows = session.scalars(select(User).where(User.site_id == scope.site_id).order_by(User.login))
        return [UserInfo(u.id, u.login, u.full_name, u.site_id, u.role, u.active) for u in rows]


def set_password(database: Database, scope: UserScope, user_id: int, password: str) -> None:
    """A user changes their own password, or an admin resets one of the company's users."""
    if user_id != scope.user_id:
        scope.require_admin()
    password_hash = hash_password(password)
    with database.session() as session:
        user = session.get(User, user_id)
        if user is None:
            raise NotFoundError(msg("errors", "Utilisateur introuvable."))
        if user_id != scope.user_id:
            get_site(session, scope, user.site_id)
        user.password_hash = password_hash
        user.updated_by = scope.login
