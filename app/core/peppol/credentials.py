"""Access-point API keys: in the OS keyring only, one per site (keyed by its establishment
number, so two databases of the same company share it and two sites never do), kept by
:class:`app.core.secrets.SecretStore`. Without a usable keyring a key can be kept in this
process's memory for the session only (the demo does so); a scheduled command may read
``ATELIER_PEPPOL_API_KEY``. A key is never written to the database, a file, a log line or an
exception text.
"""

from __future__ import annotations

from app.core.errors import ValidationError
from app.core.i18n import msg
from app.core.secrets import IN_KEYRING, IN_SESSION, SecretStore

__all__ = ["IN_KEYRING", "IN_SESSION"]

SERVICE = "Atelier Peppol"
KEY_VARIABLE = "ATELIER_PEPPOL_API_KEY"
_store = SecretStore(
    SERVICE, KEY_VARIABLE,
    refused=lambda: msg("peppol", "Le trousseau du système a refusé la clé API ; rien n'a été modifié."),
    no_keyring=lambda backend: msg("peppol", "Aucun trousseau du système utilisable ({backend}) : la clé API ne "
                                             "peut être gardée que pour cette session.", backend=backend))


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
    return _store.store(owner, clean_key(key), session_only=session_only)


def clear_key(owner: str) -> None:
    """Forget ``owner``'s key in the keyring and in this session."""
    _store.clear(owner)


def key_for(owner: str) -> tuple[str | None, str | None]:
    """(key, where): this session first, then the keyring, then the environment."""
    return _store.get(owner)


def forget_session_keys() -> None:
    """Drop every session-only key (logout, tests)."""
    _store.forget_session()
