"""What a module view needs to work: the database, the user's scope, the station settings,
and the signal telling it that data it shows has changed."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QSettings

from app.core.db.engine import Database
from app.core.platform.scope import UserScope
from app.ui.change_relay import ChangeRelay


@dataclass
class AppContext:
    """Passed to every tab and dialog instead of a global main-window singleton.

    ``changes`` re-emits, on the GUI thread, what every committed operation changed (see
    app/core/changes.py); :meth:`close` stops it when the window goes.
    """

    database: Database
    scope: UserScope
    settings: QSettings
    changes: ChangeRelay = field(init=False)

    def __post_init__(self) -> None:
        self.changes = ChangeRelay(self.database, self.scope.site_id)

    def close(self) -> None:
        """Stop relaying changes (and listening to other stations)."""
        self.changes.stop()
