"""Keeps a view current: it reloads when data it shows changes, and whenever it is shown.

A view says which kinds of data it shows and how to reload::

    LiveView(self, context, {DataKind.RENTAL_INVOICES, DataKind.PAYMENTS}, self.reload)

A change of one of those kinds (committed by this station, or by another one on
PostgreSQL) reloads the view at once if it is on screen, otherwise the next time it is
shown; and every time the view is shown again (another tab was in front) it re-reads, so
what a command-line run or another program wrote is there too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from app.core.changes import Changes, DataKind
from app.ui.app_context import AppContext
from app.ui.widgets.grid_view import GridView


class LiveView(QObject):
    """Reloads ``view`` (through ``reload``) when ``kinds`` change and when it is shown again."""

    def __init__(self, view: QWidget, context: AppContext, kinds: Iterable[DataKind], reload: Callable[[], None],
                 grids: Iterable[GridView] = ()):
        super().__init__(view)
        self.view = view
        self.kinds = frozenset(kinds)
        self.site_id = context.scope.site_id
        self._reload = reload
        self._shown_before = False
        self._stale = False
        self._pending = False
        self.reloads = 0
        view.installEventFilter(self)
        context.changes.changed.connect(self._on_changes)
        context.changes.ensure_listening(self)
        for grid in grids:  # F5 in one of the view's grids reloads the whole view
            grid.on_refresh = self.reload_now

    def _on_changes(self, changes: Changes) -> None:
        if not changes.touches(self.kinds) or not changes.concerns_site(self.site_id):
            return
        if self.view.isVisible():
            self.schedule()
        else:
            self._stale = True  # reloaded when shown (see eventFilter)

    def schedule(self) -> None:
        """Reload once the current event is handled (several notices give one reload)."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.reload_now)

    def reload_now(self) -> None:
        """Reload the view now."""
        self._pending = False
        self._stale = False
        self.reloads += 1
        self._reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Re-read each time the view is shown again (on its first display only if data
        changed since it was built)."""
        if watched is self.view and event.type() == QEvent.Type.Show and not event.spontaneous():
            if self._shown_before or self._stale:
                self.schedule()
            self._shown_before = True
        return False
