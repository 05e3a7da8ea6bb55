"""A real Atelier window for the draft crash test, run as its own process.

``type URL``: logs in as clerk.a, opens a new Car-Pass dossier, types an owner as a clerk
would, prints ``TYPED`` once the draft is on disk and keeps running (the test kills it).
``restart URL``: starts again as the GUI does after login, takes the drafts back when
offered and prints ``RESTORED <owner field>``.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from app.core.db.engine import Database
from app.core.platform.auth import login
from app.ui.app_context import AppContext
from app.ui.application import GuiSession
from app.ui.carpass.dossier_dialog import DossierDialog
from app.ui.settings import station_settings
from app.ui.widgets.drafts import draft_path
from tests.factories import PASSWORD

OWNER = "GRAULICH BENOIT"


def type_then_wait(app: QApplication, database: Database) -> None:
    scope = login(database, "clerk.a", PASSWORD)
    dialog = DossierDialog(AppContext(database, scope, station_settings()))
    dialog.show()
    QTest.keyClicks(dialog.edits["owner"], OWNER)
    path = draft_path(f"{scope.login}/carpass-dossier/new")

    def check() -> None:
        if path.exists():
            print("TYPED", flush=True)
        else:
            QTimer.singleShot(20, check)

    check()
    app.exec()  # until killed


def restart(app: QApplication, database: Database) -> None:
    scope = login(database, "clerk.a", PASSWORD)
    session = GuiSession(app, database)

    def answer_offer() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, answer_offer)
            return
        next(b for b in box.findChildren(QPushButton) if b.text() == "Reprendre").click()
        QTimer.singleShot(0, report)

    def report() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, DossierDialog) and w.isVisible()]
        if not dialogs or dialogs[0].edits["owner"].text() == "":
            QTimer.singleShot(20, report)
            return
        print("RESTORED", dialogs[0].edits["owner"].text(), flush=True)
        os._exit(0)  # at once: the dialog's background catalogue fetch may still run

    session.show(scope)
    answer_offer()
    app.exec()


if __name__ == "__main__":
    application = QApplication(sys.argv[:1])
    opened = Database(sys.argv[2])
    {"type": type_then_wait, "restart": restart}[sys.argv[1]](application, opened)
