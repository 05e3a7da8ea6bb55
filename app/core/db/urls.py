"""Database addresses read without SQLAlchemy, so the login dialog can name the database
before the (slow to import) database layer is loaded."""

from __future__ import annotations

from urllib.parse import unquote, urlsplit


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
