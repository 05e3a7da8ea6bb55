"""Car-Pass passwords: in the OS keyring only, keyed by the site's establishment number
(kept by :class:`app.core.secrets.SecretStore`: when no usable keyring exists, a password
can be kept in this process's memory for the session only). A password is never written to
the database, a file, a log line or an exception text.
"""

from __future__ import annotations

from app.core.db.engine import Database
from app.core.errors import AtelierError, ValidationError
from app.core.i18n import Message, msg
from app.core.platform.models import Site
from app.core.platform.scope import UserScope
from app.core.secrets import IN_KEYRING, IN_SESSION, KeyringStatus, SecretStore, keyring_status

__all__ = ["IN_KEYRING", "IN_SESSION", "KeyringStatus", "keyring_status"]

SERVICE = "Atelier Car-Pass"
PASSWORD_VARIABLE = "ATELIER_CARPASS_PASSWORD"
_store = SecretStore(
    SERVICE, PASSWORD_VARIABLE,
    refused=lambda: msg("carpass", "Le trousseau du système a refusé l'opération ; le mot de passe Car-Pass "
                                   "n'a pas été modifié."),
    no_keyring=lambda backend: msg("carpass", "Aucun trousseau du système utilisable ({backend}) : le mot de passe "
                                              "Car-Pass ne peut être gardé que pour cette session.", backend=backend))


def establishment_of(database: Database, scope: UserScope) -> str:
    """The establishment number of the scope's site (the key of its Car-Pass password)."""
    with database.session() as session:
        return session.get_one(Site, scope.site_id).establishment_number


def _clean(password: str) -> str:
    if not password or not password.strip():
        raise ValidationError("carpass_password", msg("validation", "obligatoire"),
                              field_label=msg("carpass", "Mot de passe Car-Pass"))
    if len(password) > 200:
        raise ValidationError("carpass_password", msg("validation", "{n} caractères au plus", n=200),
                              field_label=msg("carpass", "Mot de passe Car-Pass"))
    return password


def store_password(database: Database, scope: UserScope, password: str, *, session_only: bool = False) -> str:
    """Keep the site's Car-Pass password (admins); returns where: ``keyring`` or ``session``.

    Without a usable keyring the caller must ask for ``session_only`` explicitly.
    """
    scope.require_admin()
    return _store.store(establishment_of(database, scope), _clean(password), session_only=session_only)


def remember_for_session(establishment: str, password: str) -> None:
    """Keep a password in this process's memory only (demo mode, no keyring involved)."""
    _store.remember(establishment, _clean(password))


def use_for_session(database: Database, scope: UserScope, password: str) -> None:
    """Keep a password typed by the clerk in memory until Atelier closes (no usable keyring)."""
    _store.remember(establishment_of(database, scope), _clean(password))


def clear_password(database: Database, scope: UserScope) -> None:
    """Forget the site's password in the keyring and in this session (admins)."""
    scope.require_admin()
    _store.clear(establishment_of(database, scope))


def password_for(establishment: str) -> tuple[str | None, str | None]:
    """(password, where) for an establishment: session, keyring, then the environment."""
    return _store.get(establishment)


def missing_password_message(establishment: str) -> Message:
    """What the clerk reads when no password is known for the establishment."""
    return msg("carpass", "Aucun mot de passe Car-Pass pour l'établissement {number} : un administrateur doit "
                          "le saisir (onglet Paramètres Car-Pass ou « atelier carpass credentials set »).",
               number=establishment)


def require_password(establishment: str) -> str:
    """The password for sending, or an error telling the clerk how to set it."""
    password, _where = password_for(establishment)
    if not password:
        raise AtelierError(missing_password_message(establishment))
    return password


def forget_session_passwords() -> None:
    """Drop every session-only password (logout, tests)."""
    _store.forget_session()
