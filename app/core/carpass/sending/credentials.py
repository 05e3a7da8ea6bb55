"""Car-Pass passwords: in the OS keyring only, keyed by the site's establishment number.

The keyring backend is the one the ``keyring`` package chooses (Windows Credential
Manager on the stations), or the one named by ``PYTHON_KEYRING_BACKEND``. When no usable
backend exists the password can be kept in this process's memory for the session only.
A password is never written to the database, a file, a log line or an exception text.
"""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

from app.core.db.engine import Database
from app.core.errors import AtelierError, ValidationError
from app.core.i18n import msg
from app.core.platform.models import Site
from app.core.platform.scope import UserScope

SERVICE = "Atelier Car-Pass"
PASSWORD_VARIABLE = "ATELIER_CARPASS_PASSWORD"
IN_KEYRING = "keyring"
IN_SESSION = "session"
log = logging.getLogger(__name__)
_session_passwords: dict[str, str] = {}
_lock = threading.Lock()


@dataclass(frozen=True)
class KeyringStatus:
    """Whether passwords can be kept in the OS keyring, and which backend is used."""

    usable: bool
    backend: str


def keyring_status() -> KeyringStatus:
    """The active keyring backend and whether it can store passwords."""
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    try:
        priority = float(getattr(backend, "priority", 0))
    except Exception:  # some backends compute the priority and may fail doing so
        priority = 0
    usable = priority > 0 and not name.startswith(("keyring.backends.fail", "keyring.backends.null"))
    if name.startswith("keyring.backends.chainer"):
        usable = bool(getattr(backend, "backends", []))
    return KeyringStatus(usable, name)


def establishment_of(database: Database, scope: UserScope) -> str:
    """The establishment number of the scope's site (the Car-Pass user name)."""
    with database.session() as session:
        return session.get(Site, scope.site_id).establishment_number


def _keyring_failed() -> AtelierError:
    return AtelierError(msg("carpass", "Le trousseau du système a refusé l'opération ; le mot de passe Car-Pass "
                                       "n'a pas été modifié."))


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
    password = _clean(password)
    establishment = establishment_of(database, scope)
    if session_only:
        with _lock:
            _session_passwords[establishment] = password
        return IN_SESSION
    status = keyring_status()
    if not status.usable:
        raise AtelierError(msg("carpass", "Aucun trousseau du système utilisable ({backend}) : le mot de passe "
                                          "Car-Pass ne peut être gardé que pour cette session.",
                               backend=status.backend))
    try:
        keyring.set_password(SERVICE, establishment, password)
    except KeyringError:
        log.warning("keyring refused to store the Car-Pass password of establishment %s", establishment)
        raise _keyring_failed() from None
    with _lock:
        _session_passwords.pop(establishment, None)
    return IN_KEYRING


def remember_for_session(establishment: str, password: str) -> None:
    """Keep a password in this process's memory only (demo mode, no keyring involved)."""
    with _lock:
        _session_passwords[establishment] = _clean(password)


def use_for_session(database: Database, scope: UserScope, password: str) -> None:
    """Keep a password typed by the clerk in memory until Atelier closes (no usable keyring)."""
    password = _clean(password)
    establishment = establishment_of(database, scope)
    with _lock:
        _session_passwords[establishment] = password


def clear_password(database: Database, scope: UserScope) -> None:
    """Forget the site's password in the keyring and in this session (admins)."""
    scope.require_admin()
    establishment = establishment_of(database, scope)
    with _lock:
        _session_passwords.pop(establishment, None)
    if not keyring_status().usable:
        return
    try:
        keyring.delete_password(SERVICE, establishment)
    except PasswordDeleteError:
        pass
    except KeyringError:
        raise _keyring_failed() from None


def password_for(establishment: str) -> tuple[str | None, str | None]:
    """(password, where) for an establishment: session, keyring, then the environment."""
    with _lock:
        password = _session_passwords.get(establishment)
    if password:
        return password, IN_SESSION
    if keyring_status().usable:
        try:
            password = keyring.get_password(SERVICE, establishment)
        except KeyringError:
            log.warning("keyring could not be read for establishment %s", establishment)
            password = None
        if password:
            return password, IN_KEYRING
    password = os.environ.get(PASSWORD_VARIABLE)
    if password:
        return password, "environment"
    return None, None


def missing_password_message(establishment: str):
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
    with _lock:
        _session_passwords.clear()
