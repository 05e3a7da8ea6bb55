"""Secrets of a site (the Car-Pass password, the Peppol access point's API key): in the OS
keyring, or for this process's session only when no keyring is usable; a scheduled command
may read an environment variable. A secret is never written to the database, a file, a log
line or an exception text.

The keyring backend is the one the ``keyring`` package chooses (Windows Credential Manager
on the stations), or the one named by ``PYTHON_KEYRING_BACKEND``.
"""

from __future__ import annotations

import logging
import os
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

from app.core.errors import AtelierError
from app.core.i18n import Message

IN_KEYRING = "keyring"
IN_SESSION = "session"
IN_ENVIRONMENT = "environment"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class KeyringStatus:
    """Whether secrets can be kept in the OS keyring, and which backend is used."""

    usable: bool
    backend: str


def keyring_status() -> KeyringStatus:
    """The active keyring backend and whether it can store secrets."""
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    try:
        priority = float(getattr(backend, "priority", 0))
    except Exception:  # some backends compute their priority and may fail doing so
        priority = 0
    usable = priority > 0 and not name.startswith(("keyring.backends.fail", "keyring.backends.null"))
    if name.startswith("keyring.backends.chainer"):
        usable = bool(getattr(backend, "backends", []))
    return KeyringStatus(usable, name)


_stores: weakref.WeakSet[SecretStore] = weakref.WeakSet()


def forget_session_secrets() -> None:
    """Drop the session-only secrets of every kind (the clerk logs out)."""
    for store in list(_stores):
        store.forget_session()


class SecretStore:
    """One kind of secret, one per owner (a site's establishment number): where it is kept
    and the messages a clerk reads when the keyring refuses (in the module's words)."""

    def __init__(self, service: str, environment_variable: str, refused: Callable[[], Message],
                 no_keyring: Callable[[str], Message]):
        self.service = service
        self.environment_variable = environment_variable
        self._refused = refused
        self._no_keyring = no_keyring
        self._session: dict[str, str] = {}
        self._lock = threading.Lock()
        _stores.add(self)

    def store(self, owner: str, secret: str, *, session_only: bool = False) -> str:
        """Keep ``owner``'s secret (already validated) in the keyring, or in this session
        when asked; returns where: :data:`IN_KEYRING` or :data:`IN_SESSION`."""
        if session_only:
            self.remember(owner, secret)
            return IN_SESSION
        status = keyring_status()
        if not status.usable:
            raise AtelierError(self._no_keyring(status.backend))
        try:
            keyring.set_password(self.service, owner, secret)
        except KeyringError:
            log.warning("the keyring refused to store a secret of %s for %s", self.service, owner)
            raise AtelierError(self._refused()) from None
        with self._lock:
            self._session.pop(owner, None)
        return IN_KEYRING

    def remember(self, owner: str, secret: str) -> None:
        """Keep a secret in this process's memory only (no usable keyring, the demo)."""
        with self._lock:
            self._session[owner] = secret

    def clear(self, owner: str) -> None:
        """Forget ``owner``'s secret in the keyring and in this session."""
        with self._lock:
            self._session.pop(owner, None)
        if not keyring_status().usable:
            return
        try:
            keyring.delete_password(self.service, owner)
        except PasswordDeleteError:
            pass
        except KeyringError:
            raise AtelierError(self._refused()) from None

    def get(self, owner: str) -> tuple[str | None, str | None]:
        """(secret, where): this session first, then the keyring, then the environment."""
        with self._lock:
            secret = self._session.get(owner)
        if secret:
            return secret, IN_SESSION
        if keyring_status().usable:
            try:
                secret = keyring.get_password(self.service, owner)
            except KeyringError:
                log.warning("the keyring could not be read for %s of %s", self.service, owner)
                secret = None
            if secret:
                return secret, IN_KEYRING
        secret = os.environ.get(self.environment_variable)
        return (secret, IN_ENVIRONMENT) if secret else (None, None)

    def forget_session(self) -> None:
        """Drop every session-only secret of this kind (logout, tests)."""
        with self._lock:
            self._session.clear()
