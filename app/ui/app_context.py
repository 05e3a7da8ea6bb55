"""What a module view needs to work: the database, the user's scope, the station settings."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

from app.core.db.engine import Database
from app.core.platform.scope import UserScope


@dataclass
class AppContext:
    """Passed to every tab and dialog instead of a global main-window singleton."""

    database: Database
    scope: UserScope
    settings: QSettings
