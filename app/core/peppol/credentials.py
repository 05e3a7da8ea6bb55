"""Access-point API keys: in the OS keyring only, one per site (keyed by its establishment
number, so two databases of the same company share it and two sites never do).

Without a usable keyring a key can be kept in this process's memory for the session only
(the demo does so); a scheduled command may read ``ATELIER_PEPPOL_API_KEY``. A key is never
written to the database, a file, a log line or an exception text.
"""

from __future__ import annotations

import logging
import os
import threading

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

from app.core.errors import AtelierError, ValidationError
from app.core.i18n import msg

SERVICE = "Atelier Peppol"
KEY_VARIABLE = "ATELIER_PEPPOL_API_KEY"
IN_KEYRING = "keyring"
IN_SESSION = "session"
log = logging.getLogger(__name__)
_session_keys: dict[str, str] = {}
_lock = threading.Lock()


def keyring_usable() -> tuple[bool, str]:
    """(usable, backend name) of the keyring ``keyring`` chose."""
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    try:
        priority = float(getattr(backend, "priority", 0))
    except Exception:  # some backends compute their priority and may fail doing so
        priority = 0
    usable = priority > 0 and not name.startswith(("keyring.backends.fail", "keyring.backends.null"))
    if name.startswith("keyring.backends.chainer"):
        usable = bool(getattr(backend, "backends", []))
    return usable, name


def clean_key(key: str) -> str:
    """A non-empty key of at most 500 characters, without spaces."""
    key = (key or "").strip()
    label = msg("peppol", "Clé API du fournisseur Peppol")
    if not key:
        raise ValidationError("api_key", msg("validation", "obligatoire"), field_label=label)
    if len(key) > 500 or any(ch.isspace() for ch in key):
        raise ValidationError("api_key", msg("peppol", "500 caractères au plus, sans espace"), field_label=label)
    return key


def store_key(owner: str, key: str, *, session_only: bool = False) -> str:
    """Keep ``owner``'s key (keyring, or this session); returns where it went."""
    key = clean_key(key)
    if session_only:
        with _lock:
            _session_keys[owner] = key
        return IN_SESSION
    usable, backend = keyring_usable()
    if not usable:
        raise AtelierError(msg("peppol", "Aucun trousseau du système utilisable ({backend}) : la clé API ne peut être "
                                         "gardée que pour cette session.", backend=backend))
    try:
        keyring.set_password(SERVICE, owner, key)
    except KeyringError:
        log.warning("keyring refused to store the Peppol key of %s", owner)
        raise AtelierError(msg("peppol", "Le trousseau du système a refusé la clé API ; rien n'a été modifié.")) \
            from None
    with _lock:
        _session_keys.pop(owner, None)
    return IN_KEYRING


def clear_key(owner: str) -> None:
    """Forget ``owner``'s key in the keyring and in this session."""
    with _lock:
        _session_keys.pop(owner, None)
    if not keyring_usable()[0]:
        return
    try:
        keyring.delete_password(SERVICE, owner)
    except PasswordDeleteError:
        pass
    except KeyringError:
        raise AtelierError(msg("peppol", "Le trousseau du système a refusé l'opération.")) from None


def key_for(owner: str) -> tuple[str | None, str | None]:
    """(key, where): this session first, then the keyring, then the environment."""
    with _lock:
        key = _session_keys.get(owner)
    if key:
        return key, IN_SESSION
    if keyring_usable()[0]:
        try:
            key = keyring.get_password(SERVICE, owner)
        except KeyringError:
            log.warning("keyring could not be read for %s", owner)
            key = None
        if key:
            return key, IN_KEYRING
    key = os.environ.get(KEY_VARIABLE)
    return (key, "environment") if key else (None, None)


def forget_session_keys() -> None:
    """Drop every session-only key (logout, tests)."""
    with _lock:
        _session_keys.clear()
