"""Where Atelier finds its shipped files and keeps the user's files."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app import APP_NAME, ORGANISATION


def install_root() -> Path:
    """The folder holding ``resources/`` and ``migrations/`` (source tree or bundle)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parents[2]


def resources_dir() -> Path:
    """Shipped data: catalogues, translations, fonts, icons."""
    return install_root() / "resources"


def migrations_dir() -> Path:
    """The alembic script folder."""
    return install_root() / "migrations"


def user_data_dir() -> Path:
    """Per-user data folder (default SQLite database); ``ATELIER_DATA_DIR`` overrides it."""
    override = os.environ.get("ATELIER_DATA_DIR")
    if override:
        path = Path(override)
    else:
        import platformdirs  # here, not at the top: the login dialog needs only resources_dir()

        path = Path(platformdirs.user_data_dir(APP_NAME, ORGANISATION))
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_log_dir() -> Path:
    """Per-user folder for the rotating log file."""
    override = os.environ.get("ATELIER_DATA_DIR")
    if override:
        path = Path(override) / "logs"
    else:
        import platformdirs

        path = Path(platformdirs.user_log_dir(APP_NAME, ORGANISATION))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_url() -> str:
    """The local SQLite file used when no shared database is configured."""
    return f"sqlite:///{(user_data_dir() / 'atelier.sqlite3').as_posix()}"


def demo_database_url() -> str:
    """The separate SQLite file ``atelier --demo`` uses, so demo data never mixes with real data."""
    return f"sqlite:///{(user_data_dir() / 'atelier-demo.sqlite3').as_posix()}"
