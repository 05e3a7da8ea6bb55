"""Database addresses read without SQLAlchemy, so the login dialog can name the database
before the (slow to import) database layer is loaded."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

if TYPE_CHECKING:  # the message types are imported when a warning is made, not before the login dialog
    from app.core.i18n import Message


def display_name_of(url: str) -> str:
    """What the clerk sees for ``url``: the SQLite file path, or ``host:port/database``
    of a server, never the user name or the password."""
    scheme, _, rest = url.partition("://")
    if scheme.split("+")[0] == "sqlite":
        path = rest.split("?", 1)[0]
        path = path[1:] if path.startswith("/") else path
        return unquote(path) or ":memory:"
    parts = urlsplit(url)
    database = unquote(parts.path.lstrip("/")) or "None"
    try:
        port = parts.port or 5432
    except ValueError:
        port = 5432
    return f"{parts.hostname or 'localhost'}:{port}/{database}"


def has_password(url: str | None) -> bool:
    """True when ``url`` carries a password (``postgresql://user:secret@host/db``)."""
    if not url or "://" not in url or url.split("://", 1)[0].split("+")[0] == "sqlite":
        return False
    try:
        return urlsplit(url).password is not None
    except ValueError:
        return False


def without_credentials(url: str) -> str:
    """``url`` with neither user name nor password (what a station may keep)."""
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = host + (f":{parts.port}" if parts.port else "")
    return parts._replace(netloc=netloc).geturl()


def password_warning() -> Message:
    """The warning for a password given in ``--database`` (readable by every user of the PC
    in the process list, kept in the shell's history)."""
    from app.core.i18n import msg

    return msg("cli", "attention : le mot de passe écrit dans --database est visible des autres utilisateurs de ce "
                      "PC (liste des processus, historique). Donnez-le plutôt par la variable d'environnement "
                      "PGPASSWORD (ou ATELIER_DATABASE_URL), un fichier PGPASSFILE ou un fichier de service "
                      "(PGSERVICEFILE, ?service=…) : voir le README, base partagée.")
