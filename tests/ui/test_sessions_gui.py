"""Fichier ▸ Se déconnecter / Changer d'utilisateur: the window closes, the login dialog
asks again and the window is rebuilt for the next user's site and role, without restarting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from shiboken6 import isValid

from app.core.platform.auth import login
from app.ui.application import GuiSession
from app.ui.platform.login_dialog import LoginDialog
from tests.factories import PASSWORD


def _answer_login(user: str | None, seen: list[LoginDialog]) -> None:
    """Type ``user``'s login into the login dialog once it is on screen (None: cancel)."""
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LoginDialog):
            QTimer.singleShot(10, answer)
            return
        seen.append(dialog)
        if user is None:
            dialog.reject()
            return
        dialog.login_edit.setText(user)
        dialog.password_edit.setText(PASSWORD)
        dialog.ok_button.click()
    QTimer.singleShot(0, answer)


def _titles(window) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def _action(window, name):
    return window.findChild(type(window.menuBar().actions()[0]), name)


def test_log_out_then_another_user_gets_their_own_window(qtbot, qapp, sqlite_world):
    session = GuiSession(qapp, sqlite_world.db)
    first = session.show(sqlite_world.admin_a)
    assert "Administration" in _titles(first)
    seen: list[LoginDialog] = []
    _answer_login("clerk.b", seen)
    _action(first, "logout").trigger()
    second = session.window
    qtbot.addWidget(second)
    assert seen and second is not first and not (isValid(first) and first.isVisible())  # closed, then deleted
    assert second.context.scope.login == "clerk.b" and "Site B" in second.site_label.text()
    assert "Administration" not in _titles(second)  # the clerk's role, the clerk's site
    assert all(w is second for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible())


def test_switch_user_cancelled_brings_the_same_user_back(qtbot, qapp, sqlite_world):
    session = GuiSession(qapp, sqlite_world.db)
    first = session.show(sqlite_world.clerk_a)
    seen: list[LoginDialog] = []
    _answer_login(None, seen)
    _action(first, "switch_user").trigger()
    qtbot.addWidget(session.window)
    assert seen and session.window is not first and session.window.context.scope.login == "clerk.a"


def test_log_out_cancelled_quits(qtbot, qapp, sqlite_world, monkeypatch):
    session = GuiSession(qapp, sqlite_world.db)
    first = session.show(sqlite_world.clerk_a)
    quits = []
    monkeypatch.setattr(qapp, "quit", lambda: quits.append(True))
    _answer_login(None, [])
    _action(first, "logout").trigger()
    assert quits == [True] and session.window is None and qapp.quitOnLastWindowClosed()


@pytest.mark.slow
def test_postgres_log_out_drops_the_users_role(pg_world, station):
    database = station(pg_world.db, "admin.a")
    assert database.credentials[0].startswith("admin.a@")
    database.forget_user()
    assert database.credentials is None
    login(database, "clerk.b", PASSWORD)  # the next user connects with their own role
    assert database.credentials[0].startswith("clerk.b@")
    with database.session() as session:
        assert session.connection().exec_driver_sql("SELECT current_user").scalar().startswith("clerk.b@")
