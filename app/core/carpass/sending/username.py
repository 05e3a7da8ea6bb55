"""The Car-Pass user name of a site (HTTP Basic auth): the site's establishment number by
default, another one when an admin sets it (Car-Pass's test accounts differ).

The password stays keyed by the establishment number in the keyring (see
``credentials.py``): changing the user name never loses or moves it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.core.db.engine import Database
from app.core.errors import ValidationError
from app.core.i18n import msg
from app.core.platform.models import Site
from app.core.platform.scope import UserScope
from app.core.platform.site_settings import get_setting, set_setting

USERNAME_KEY = "carpass.username"
USERNAME_MAX = 64


@dataclass(frozen=True)
class CarpassLogin:
    """The user name a site's calls use, and whether it is the default one."""

    username: str
    establishment: str

    @property
    def is_default(self) -> bool:
        """True when the user name is the establishment number."""
        return self.username == self.establishment


def clean_username(raw: str | None) -> str:
    """A user name as Basic auth allows it: 1 to 64 visible characters, no colon, no space."""
    label = msg("carpass", "Nom d'utilisateur Car-Pass")
    text = (raw or "").strip()
    if not text:
        raise ValidationError("carpass_username", msg("validation", "obligatoire"), field_label=label)
    if len(text) > USERNAME_MAX:
        raise ValidationError("carpass_username", msg("validation", "{n} caractères au plus", n=USERNAME_MAX),
                              field_label=label)
    if ":" in text:
        raise ValidationError("carpass_username", msg("carpass", "le deux-points « : » n'est pas permis"),
                              field_label=label)
    if any(ch.isspace() or not ch.isprintable() for ch in text):
        raise ValidationError("carpass_username", msg("carpass", "ni espace, ni caractère invisible"),
                              field_label=label)
    return text


def login_for_site(session: Session, site_id: int) -> CarpassLogin:
    """The user name the calls of ``site_id`` authenticate with."""
    establishment = session.get_one(Site, site_id).establishment_number
    return CarpassLogin(get_setting(session, site_id, USERNAME_KEY, "") or establishment, establishment)


def username_for_site(session: Session, site_id: int) -> str:
    """The Basic-auth user name of ``site_id`` (the establishment number unless an admin changed it)."""
    return login_for_site(session, site_id).username


def read_login(database: Database, scope: UserScope) -> CarpassLogin:
    """The scope's site user name, for the settings screen and the CLI."""
    with database.session() as session:
        return login_for_site(session, scope.site_id)


def set_username(database: Database, scope: UserScope, username: str | None) -> CarpassLogin:
    """Use another Car-Pass user name for the scope's site (admins); None or "" goes back to
    the establishment number."""
    scope.require_admin()
    cleaned = clean_username(username) if (username or "").strip() else ""
    with database.session() as session:
        establishment = session.get_one(Site, scope.site_id).establishment_number
        set_setting(session, scope, USERNAME_KEY, "" if cleaned == establishment else cleaned)
        return CarpassLogin(cleaned or establishment, establishment)
