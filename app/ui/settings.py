"""Per-station preferences kept in QSettings (language, database, window geometry)."""

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
    """The database chosen at first run ('' when none yet)."""
    return str(settings.value("database/url", "") or "")


def set_database_url(settings: QSettings, url: str) -> None:
    """Remember the database chosen at first run."""
    settings.setValue("database/url", url)
