"""Password hashing with argon2id; the clear password is never stored or logged."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from app.core.errors import ValidationError
from app.core.i18n import msg

_HASHER = PasswordHasher()  # argon2id with the library's recommended parameters
MIN_LENGTH = 8
_DUMMY_HASH: list[str] = []  # computed on first use: hashing at import would slow every start-up


def hash_password(password: str) -> str:
    """Return the argon2id hash of ``password`` after checking its strength."""
    check_password_strength(password)
    return _HASHER.hash(password)


def check_password_strength(password: str) -> None:
    """Refuse passwords too short to resist guessing."""
    if len(password or "") < MIN_LENGTH:
        raise ValidationError(
            "password",
            msg("validation", "au moins {n} caractères", n=MIN_LENGTH),
            field_label=msg("fields", "Mot de passe"),
        )


def verify_password(stored_hash: str | None, password: str) -> bool:
    """True when ``password`` matches; takes as long for an unknown user (no hash)."""
    try:
        if stored_hash is None and not _DUMMY_HASH:
            _DUMMY_HASH.append(_HASHER.hash("not-a-real-password-used-to-equalise-timing"))
        return _HASHER.verify(stored_hash or _DUMMY_HASH[0], password) and stored_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    """True when the hash was made with weaker parameters than today's."""
    return _HASHER.check_needs_rehash(stored_hash)
