"""The main window is built while the password is checked: handed over only when the
check returns the scope it was built for, never for a refused password."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget

from app.core.platform.auth import candidate_scope
from app.ui.platform.login_dialog import LoginDialog
from tests.factories import PASSWORD


def _dialog(qtbot, database, built: list):
    def builder(scope):
        window = QWidget()
        built.append((scope, window))
        return window

    dialog = LoginDialog(database, window_builder=builder)
    qtbot.addWidget(dialog)
    return dialog


def test_window_built_during_the_check_is_handed_over(qtbot, sqlite_world):
    built: list = []
    dialog = _dialog(qtbot, sqlite_world.db, built)
    dialog.login_edit.setText("clerk.a")
    dialog.password_edit.setText(PASSWORD)
    switch_interval = sys.getswitchinterval()
    dialog.try_login()
    assert sys.getswitchinterval() == switch_interval  # shortened during the check only
    assert not built[0][1].isVisible()  # rendered while the password was checked, never shown
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert len(built) == 1 and built[0][0] == dialog.scope
    assert dialog.take_prebuilt_window() is built[0][1]
    assert dialog.take_prebuilt_window() is None


def test_window_built_for_a_refused_password_is_discarded(qtbot, sqlite_world):
    built: list = []
    dialog = _dialog(qtbot, sqlite_world.db, built)
    dialog.login_edit.setText("clerk.a")
    dialog.password_edit.setText("wrong")
    dialog.try_login()
    assert dialog.scope is None and "incorrect" in dialog.error_label.text()
    assert len(built) == 1 and dialog.take_prebuilt_window() is None


def test_no_window_for_an_unknown_login(qtbot, sqlite_world):
    built: list = []
    dialog = _dialog(qtbot, sqlite_world.db, built)
    dialog.login_edit.setText("nobody")
    dialog.password_edit.setText(PASSWORD)
    dialog.try_login()
    assert dialog.scope is None and built == []
    assert candidate_scope(sqlite_world.db, "nobody") is None
