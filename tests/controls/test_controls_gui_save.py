"""Saving the controls pages: a rule refused because of another page's field names that
page and field and shows it; quitting with unsaved pages offers to save them."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from app.core.controls.values_service import read_page, save_page
from app.ui.app_context import AppContext
from app.ui.controls.controls_view import ControlsView
from app.ui.main_window import MainWindow
from app.ui.settings import station_settings


@pytest.fixture
def view(qtbot, sqlite_world, cat):
    view = ControlsView(AppContext(sqlite_world.db, sqlite_world.admin_a, station_settings()), cat)
    qtbot.addWidget(view)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    return view


def test_rule_refused_on_another_page_names_it_and_jumps_there(view, qtbot, sqlite_world, cat):
    save_page(sqlite_world.db, sqlite_world.admin_a, "VZSHE70", {"commission_release_auto.N": "1"}, 0, catalogue=cat)
    view.reload()
    view.jump_to("VZSHE40", "fibu_post_commissions")
    qtbot.keyClicks(QApplication.focusWidget(), "1")
    view.save_button.click()
    assert read_page(sqlite_world.db, sqlite_world.admin_a, "VZSHE40", catalogue=cat).values.get(
        "fibu_post_commissions", "") != "1"
    assert "page VZSHE70" in view.message.text() and "règle entre pages" in view.message.text()
    assert view.form.page.id == "VZSHE70"
    assert QApplication.focusWidget() is view.form.inputs["commission_release_auto.N"]
    assert view.form.errors["commission_release_auto.N"].isVisibleTo(view)
    assert view.forms[[f.page.id for f in view.forms].index("VZSHE40")].is_dirty()  # the edit is kept


def test_quitting_with_unsaved_controls_offers_save(qtbot, sqlite_world, cat, monkeypatch):
    window = MainWindow(AppContext(sqlite_world.db, sqlite_world.admin_a, station_settings()))
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentIndex([window.tabs.widget(i).key for i in range(window.tabs.count())].index("controls"))
    controls = window.tabs.currentWidget().content()
    controls.jump_to("VZSHE10", "reservation_max_days")
    edit = controls.form.inputs["reservation_max_days"]
    edit.selectAll()
    qtbot.keyClicks(edit, "45")
    offered = []

    def answer(parent, title, text, buttons, default):
        offered.append(buttons)
        return QMessageBox.StandardButton.Save

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.close()
    assert offered[0] & QMessageBox.StandardButton.Save and offered[0] & QMessageBox.StandardButton.Discard
    assert not window.isVisible()
    assert read_page(sqlite_world.db, sqlite_world.admin_a, "VZSHE10").values["reservation_max_days"] == "45"


def test_quitting_with_a_refused_page_stays_open_on_it(qtbot, sqlite_world, monkeypatch):
    window = MainWindow(AppContext(sqlite_world.db, sqlite_world.admin_a, station_settings()))
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentIndex([window.tabs.widget(i).key for i in range(window.tabs.count())].index("controls"))
    controls = window.tabs.currentWidget().content()
    controls.jump_to("VZSHE10", "reservation_max_days")
    qtbot.keyClicks(controls.form.inputs["reservation_max_days"], "x")
    window.tabs.setCurrentIndex(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Save)
    window.close()
    assert window.isVisible()
    assert window.tabs.currentWidget().key == "controls" and controls.form.page.id == "VZSHE10"
