"""The controls pages follow values saved elsewhere unless the clerk is typing, and keep a
draft of the typed values: a saved page leaves the draft, the other pages' input stays."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from app.core.controls.values_service import save_page
from app.ui.app_context import AppContext
from app.ui.controls.controls_view import ControlsView
from app.ui.settings import station_settings
from app.ui.widgets.drafts import draft_path


def _view(qtbot, world, cat):
    view = ControlsView(AppContext(world.db, world.admin_a, station_settings()), cat)
    qtbot.addWidget(view)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    return view


def test_values_saved_elsewhere_reach_the_open_pages_unless_typing(qtbot, sqlite_world, cat):
    view = _view(qtbot, sqlite_world, cat)
    edit = view.form.inputs["reservation_max_days"]
    save_page(sqlite_world.db, sqlite_world.admin_a, "VZSHE10", {"reservation_max_days": "30"}, 0, catalogue=cat)
    qtbot.waitUntil(lambda: edit.text() == "30")
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "45")
    save_page(sqlite_world.db, sqlite_world.admin_a, "VZSHE10", {"reservation_max_days": "31"}, 1, catalogue=cat)
    reloads = view.live.reloads
    qtbot.waitUntil(lambda: view.live.reloads == reloads + 1)
    assert edit.text() == "45"  # typed input is never dropped


def test_a_saved_page_leaves_the_draft_the_other_pages_stay(qtbot, sqlite_world, cat):
    view = _view(qtbot, sqlite_world, cat)
    path = draft_path(f"admin.a/controls/{sqlite_world.site_a}")
    first = view.form.inputs["reservation_max_days"]
    first.setFocus()
    first.selectAll()
    qtbot.keyClicks(first, "45")
    qtbot.keyClick(first, Qt.Key.Key_F20)
    other = view.form.inputs["remark"]  # VZSHE30
    other.setFocus()
    other.selectAll()
    qtbot.keyClicks(other, "vu")
    qtbot.waitUntil(lambda: path.exists() and len(json.loads(path.read_text())["values"]) > 0)
    keeper = view.editing.keeper
    changed = {name for name, value in keeper.values().items() if value != keeper.baseline.get(name)}
    assert changed == {"input_reservation_max_days", other.objectName()}
    qtbot.keyClick(other, Qt.Key.Key_F10)  # saves the second page only
    assert "enregistrée" in view.message.text()
    changed = {name for name, value in keeper.values().items() if value != keeper.baseline.get(name)}
    assert changed == {"input_reservation_max_days"}  # the first page's input is still unsaved
    assert json.loads(path.read_text())["values"]["input_reservation_max_days"] == "45"
