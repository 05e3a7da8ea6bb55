"""Per-station preferences kept in QSettings (language, database, window geometry).

The database kept here is the user's own choice at first start: a SQLite file, or a shared
database's host, port and name — never a user name or password. Machine-wide settings of
IT (:mod:`app.core.platform.station_config`) take precedence over it.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app import APP_NAME, ORGANISATION
from app.ui.i18n import DEFAULT_LANGUAGE, LANGUAGES


def station_settings() -> QSettings:
    """The station's settings store (registry on Windows, an ini file elsewhere)."""
    return QSettings(ORGANISATION, APP_NAME)


def language(settings: QSettings) -> str:
    """The chosen interface language, French by default."""
    value = str(settings.value("ui/language", DEFAULT_LANGUAGE))
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_language(settings: QSettings, value: str) -> None:
    """Remember the interface language."""
    settings.setValue("ui/language", value)


def database_url(settings: QSettings) -> str:
    """The database chosen at first run ('' when none yet). A URL kept by an older Atelier
    is rewritten without its user name and password, which are removed from the store."""
    url = str(settings.value("database/url", "") or "")
    if url:
        from app.core.db.urls import without_credentials

        clean = without_credentials(url)
        if clean != url:
            settings.setValue("database/url", clean)
            settings.sync()
        return clean
    return ""


def set_database_url(settings: QSettings, url: str) -> None:
    """Remember the database chosen at first run (never with credentials)."""
    from app.core.db.urls import without_credentials

    settings.setValue("database/url", without_credentials(url))
