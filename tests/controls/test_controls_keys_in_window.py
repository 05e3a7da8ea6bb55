"""The controls pages inside the main window: F1 is the field help (not an ambiguous
shortcut with the Help menu) and paging keys work on the first visit to the tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.ui.app_context import AppContext
from app.ui.main_window import MainWindow
from app.ui.settings import station_settings


def _window(qtbot, sqlite_world):
    window = MainWindow(AppContext(sqlite_world.db, sqlite_world.admin_a, station_settings()))
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def _open_controls(qtbot, window):
    index = next(i for i in range(window.tabs.count()) if window.tabs.widget(i).key == "controls")
    window.tabs.tabBar().setFocus()
    window.tabs.setCurrentIndex(index)
    view = window.tabs.widget(index).content()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and view.isAncestorOf(QApplication.focusWidget()))
    return view


def test_paging_keys_work_on_the_first_visit(qtbot, sqlite_world):
    window = _window(qtbot, sqlite_world)
    view = _open_controls(qtbot, window)
    assert view.stack.currentIndex() == 0
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F20)
    assert view.stack.currentIndex() == 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
    assert view.stack.currentIndex() == 2
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F19)
    assert view.stack.currentIndex() == 0


def test_f1_opens_the_focused_fields_help_in_the_window(qtbot, sqlite_world, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: shown.append((title, text)))
    window = _window(qtbot, sqlite_world)
    view = _open_controls(qtbot, window)
    view.form.inputs["reservation_max_days"].setFocus()
    qtbot.keyClick(view.form.inputs["reservation_max_days"], Qt.Key.Key_F1)
    assert len(shown) == 1 and "Valeurs permises : 1 à 999" in shown[0][1]
    window.tabs.setCurrentIndex(0)  # elsewhere F1 is still the shortcut list of the Help menu
    window.tabs.tabBar().setFocus()
    qtbot.keyClick(window.tabs.tabBar(), Qt.Key.Key_F1)
    assert len(shown) == 2 and "Ctrl+S ou F10" in shown[1][1]
