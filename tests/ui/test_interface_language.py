"""No English or internal word on a French or Dutch screen, and no French left on a Dutch
or English one: every tab and dialog is opened on the demo data and its texts (labels,
buttons, tabs, headers, tooltips, placeholders, combo items, the first rows of lists)
are scanned."""

from __future__ import annotations

import pytest

from app.core.platform.auth import login
from app.core.platform.demo import DEMO_PASSWORD
from app.ui.app_context import AppContext
from app.ui.i18n import install_language
from app.ui.main_window import MainWindow
from app.ui.settings import station_settings
from tests.ui.interface_texts import french_sources, language_problems, widget_texts
from tests.ui.screens import dialogs, main_window_pages, settle


@pytest.fixture
def language(qapp, request):
    install_language(qapp, request.param)
    yield request.param
    install_language(qapp, "fr")


@pytest.mark.parametrize("language", ["fr", "nl", "en"], indirect=True)
def test_screens_speak_the_clerks_language(qtbot, qapp, demo_db, language):
    sources = french_sources(language) if language != "fr" else set()
    window = MainWindow(AppContext(demo_db, login(demo_db, "admin.liege", DEMO_PASSWORD), station_settings()))
    qtbot.addWidget(window)
    window.show()
    problems = []
    for name in main_window_pages(qapp, window):
        problems += [f"{name}: {p}" for p in language_problems(widget_texts(window), language, sources)]
    opened = []
    for name, factory in dialogs(window.context):
        dialog = factory()
        qtbot.addWidget(dialog)
        opened.append(dialog)  # kept until qtbot closes them: a dialog collected mid-test crashes PySide
        dialog.show()
        settle(qapp)
        problems += [f"{name}: {p}" for p in language_problems(widget_texts(dialog), language, sources)]
        dialog.done(0)
    assert not sorted(set(problems)), "\n".join(sorted(set(problems)))


def test_the_scan_finds_internal_words_and_french_left_in_dutch():
    """The checks can fail: a raw state, a storage key and an untranslated French text."""
    sources = {"Enregistrer la page (F10)"}
    texts = [("cell", "Ongoing"), ("cell", "agency_commission_amount.lower"),
             ("QPushButton", "Enregistrer la page (F10)"),
             ("QLabel", "Choisissez une ligne"), ("cell", "Rue de la Station 1")]
    problems = language_problems(texts, "nl", sources)
    assert len(problems) == 4
    assert not language_problems([("cell", "Rue de la Station 1")], "nl", sources)  # data stays as typed
