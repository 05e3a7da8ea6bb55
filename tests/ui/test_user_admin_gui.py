"""Administration tab, users: edit site and role, deactivate, new password, unlock — on
SQLite and on PostgreSQL, where the tab runs as the admin's own server role."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QMessageBox

from app.core.errors import AuthenticationError
from app.core.platform import auth
from app.ui.app_context import AppContext
from app.ui.platform.admin_view import AdminView
from app.ui.settings import station_settings
from app.ui.widgets.form_dialog import FormDialog
from tests.factories import PASSWORD


def _fill_and_save(monkeypatch, fill, action):
    """Run ``action`` (which opens a form dialog); the dialog runs ``fill(dialog)`` then
    presses Save instead of waiting. Returns the error line(s) the dialog showed."""
    seen = []

    def exec_(dialog):
        fill(dialog)
        dialog.try_save()
        seen.append(dialog.error_label.text())
        return dialog.result() == FormDialog.DialogCode.Accepted

    monkeypatch.setattr(FormDialog, "exec", exec_)
    action()
    return seen


def _select(view: AdminView, login: str) -> None:
    row = [u.login for u in view.users_model.records].index(login)
    view.users_table.selectRow(row)


@pytest.fixture
def admin_tab(qtbot, world, station):
    process = station(world.db, "admin.a")
    view = AdminView(AppContext(process, world.admin_a, station_settings()))
    qtbot.addWidget(view)
    return view


def test_admin_moves_a_clerk_to_site_b_as_admin_then_deactivates_him(admin_tab, world, station, monkeypatch):
    _select(admin_tab, "clerk.a")

    def promote(dialog):
        site = dialog.findChild(QComboBox, "user_site")
        site.setCurrentIndex(site.findData(world.site_b))
        dialog.findChild(QCheckBox, "user_admin").setChecked(True)

    assert _fill_and_save(monkeypatch, promote, admin_tab.edit_user) == [""]
    assert "clerk.a" not in {u.login for u in admin_tab.users_model.records}  # now on site B
    scope = auth.login(station(world.db), "clerk.a", PASSWORD)
    assert scope.site_id == world.site_b and scope.is_admin

    admin_tab.context = AppContext(admin_tab.context.database, world.admin_b, admin_tab.context.settings)
    admin_tab.reload()
    _select(admin_tab, "clerk.a")
    assert _fill_and_save(monkeypatch, lambda d: d.findChild(QCheckBox, "user_active").setChecked(False),
                          admin_tab.edit_user) == [""]
    assert {u.login: u.active for u in admin_tab.users_model.records}["clerk.a"] is False
    with pytest.raises(AuthenticationError):
        auth.login(station(world.db), "clerk.a", PASSWORD)


def test_an_admin_cannot_demote_himself_from_the_tab(admin_tab, monkeypatch):
    _select(admin_tab, "admin.a")
    errors = _fill_and_save(monkeypatch, lambda d: d.findChild(QCheckBox, "user_admin").setChecked(False),
                            admin_tab.edit_user)
    assert "propre compte" in errors[0]


def test_new_password_dialog_checks_both_entries(admin_tab, world, station, monkeypatch):
    _select(admin_tab, "clerk.a")

    def type_two(first: str, second: str):
        def fill(dialog):
            edits = dialog.findChildren(QLineEdit)
            edits[0].setText(first)
            edits[1].setText(second)
        return fill

    assert "diffèrent" in _fill_and_save(monkeypatch, type_two("new-password-1", "new-password-2"),
                                         admin_tab.reset_password)[0]
    assert _fill_and_save(monkeypatch, type_two("new-password-1", "new-password-1"), admin_tab.reset_password) == [""]
    assert auth.login(station(world.db), "clerk.a", "new-password-1").login == "clerk.a"


def test_unlock_needs_a_selected_user(admin_tab, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    admin_tab.users_table.clearSelection()
    admin_tab.users_table.setCurrentIndex(admin_tab.users_model.index(-1, -1))
    admin_tab.unlock()
    assert told and "Choisissez" in told[0]
