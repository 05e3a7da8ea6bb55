"""Every screen and dialog fits a 1024×700 screen in French, Dutch and English, with no
label, header, tab or button text cut.

The main window is shown at 1024×700 on the demo data and every module tab and sub-tab
is visited; each dialog is opened at its own size, which must not exceed the screen.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTabWidget

from app.core.platform.auth import login
from app.core.platform.demo import DEMO_PASSWORD
from app.ui.app_context import AppContext
from app.ui.i18n import install_language
from app.ui.main_window import MainWindow
from app.ui.settings import station_settings
from tests.ui.layout_probe import SCREEN_HEIGHT, SCREEN_WIDTH, cut_texts, too_large
from tests.ui.screens import dialogs, main_window_pages, settle

LANGUAGES = ["fr", "nl", "en"]


@pytest.fixture
def language(qapp, request):
    install_language(qapp, request.param)
    yield request.param
    install_language(qapp, "fr")


def _window(qtbot, demo_db) -> MainWindow:
    scope = login(demo_db, "admin.liege", DEMO_PASSWORD)
    window = MainWindow(AppContext(demo_db, scope, station_settings()))
    qtbot.addWidget(window)
    window.showNormal()
    window.resize(SCREEN_WIDTH, SCREEN_HEIGHT)
    return window


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_every_screen_fits_1024_by_700(qtbot, qapp, demo_db, language):
    window = _window(qtbot, demo_db)
    problems = []
    for name in main_window_pages(qapp, window):
        scroller = window.scroller
        needed = window.tabs.minimumSizeHint()
        if needed.width() > scroller.viewport().width() or needed.height() > scroller.viewport().height():
            problems.append(f"{name}: the tabs need {needed.width()}×{needed.height()}, the window has "
                            f"{scroller.viewport().width()}×{scroller.viewport().height()}")
        problems += [f"{name}: {cut}" for cut in cut_texts(window)]
    assert window.width() == SCREEN_WIDTH
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_every_dialog_fits_1024_by_700(qtbot, qapp, demo_db, language):
    window = _window(qtbot, demo_db)
    problems, opened = [], []
    for name, factory in dialogs(window.context):
        dialog = factory()
        qtbot.addWidget(dialog)
        dialog.show()
        if getattr(dialog, "loader", None) is not None:  # a record read off the GUI thread: measure it shown
            qtbot.waitUntil(dialog.isEnabled)
        settle(qapp)
        dialog.resize(dialog.size().boundedTo(dialog.screen().availableGeometry().size()))
        settle(qapp)
        problems += [f"{name}: {problem}" for problem in [too_large(dialog), *cut_texts(dialog)] if problem]
        for tabs in dialog.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                settle(qapp)
                problems += [f"{name} / {tabs.tabText(index)}: {cut}" for cut in cut_texts(dialog)]
        dialog.done(0)
        opened.append(dialog)  # kept until qtbot closes them: a dialog collected mid-test crashes PySide
    assert not problems, "\n".join(problems)


def test_the_probe_sees_a_cut_label_and_a_too_large_dialog(qtbot, qapp):
    """The checks above can fail: a label narrower than its text and a dialog wider than
    the screen are reported."""
    from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    label = QLabel("Prise en charge par l'assistance", dialog)
    QVBoxLayout(dialog).addWidget(label)
    dialog.show()
    label.setFixedWidth(40)
    settle(qapp)
    assert any("Prise en charge" in cut for cut in cut_texts(dialog))
    dialog.setMinimumWidth(SCREEN_WIDTH + 1)
    assert too_large(dialog)
