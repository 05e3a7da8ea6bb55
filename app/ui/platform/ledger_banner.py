"""The admin's start-up check of the ledger: the hash chains are verified off the GUI thread
and a red banner above the tabs names the first broken chain, if any."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QWidget

from app.core.db.engine import Database
from app.core.ledger.verify import ChainReport, broken_chains, verify_ledger
from app.core.platform.scope import UserScope
from app.ui.i18n import render, tr

log = logging.getLogger(__name__)


# The start-up check reads each chain's newest entries only (cost independent of the years of
# history); `atelier audit verify` walks the whole chains.
START_UP_WINDOW = 1000


class _Relay(QObject):
    """Carries the worker thread's result to the GUI thread (a queued signal)."""

    done = Signal(object)


class LedgerBanner(QLabel):
    """Hidden while the chains verify; red with the first break (and how many chains are
    broken) otherwise. :meth:`start` runs the check in a background thread; ``checked``
    is emitted with the broken chains' reports once it is done."""

    checked = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ledgerBanner")
        self.setWordWrap(True)
        self.setStyleSheet("QLabel#ledgerBanner { background: #b00020; color: white; font-weight: bold; "
                           "padding: 6px; }")
        self.hide()
        self._relay = _Relay(self)
        self._relay.done.connect(self._show)

    def start(self, database: Database, scope: UserScope) -> None:
        """Verify the chains of ``scope``'s sites in a daemon thread."""
        threading.Thread(target=self._run, args=(database, scope), name="ledger-check", daemon=True).start()

    def _run(self, database: Database, scope: UserScope) -> None:
        try:
            broken: list[ChainReport] | None = broken_chains(verify_ledger(database, scope, last=START_UP_WINDOW))
        except Exception:  # noqa: BLE001 - a check that cannot run must not disturb the start-up
            log.warning("ledger check at start-up failed", exc_info=True)
            broken = None
        try:
            self._relay.done.emit(broken)
        except RuntimeError:  # the window was closed meanwhile
            pass

    def _show(self, broken: list[ChainReport] | None) -> None:
        if broken:
            self.setText(tr("ledger", "Registre altéré : {count} chaîne(s) rompue(s). {first} "
                                      "Lancez « atelier audit verify » et prévenez le responsable.",
                            count=len(broken), first=render(broken[0].describe())))
            self.show()
        self.checked.emit(broken or [])

