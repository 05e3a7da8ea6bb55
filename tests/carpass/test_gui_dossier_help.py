"""The Car-Pass dossier dialog helps the clerk: the refused field is framed in red and gets
the cursor, a repair km below the damage km is said while typing, and "pas dans la liste"
says which rule keeps the dossier out (in the clerk's language)."""

from __future__ import annotations

import pytest

from app.ui.app_context import AppContext
from app.ui.carpass.dossier_dialog import INVALID_INPUT, DossierDialog
from app.ui.i18n import install_language
from app.ui.settings import station_settings
from tests.carpass.helpers import make_dossier


@pytest.fixture
def context(qapp, sqlite_world):
    install_language(qapp, "fr")
    return AppContext(sqlite_world.db, sqlite_world.clerk_a, station_settings())


def test_refused_save_frames_and_focuses_the_first_wrong_field(qtbot, sqlite_world, context):
    saved = make_dossier(sqlite_world.db, sqlite_world.clerk_a, 1095)
    dialog = DossierDialog(context, saved.dossier.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.edits["owner"].setFocus()
    dialog.edits["first_registration"].setText("01-01-2999")
    dialog.edits["repair_km"].setText("-5")
    assert not dialog.save()
    assert dialog.edits["first_registration"].styleSheet() == INVALID_INPUT
    assert dialog.edits["repair_km"].styleSheet() == INVALID_INPUT
    assert dialog.edits["owner"].styleSheet() == ""
    assert dialog.focusWidget() is dialog.edits["first_registration"]  # first in screen order
    dialog.edits["first_registration"].setText("01-03-2015")
    dialog.edits["repair_km"].setText("94 990")
    assert dialog.save()
    assert dialog.edits["first_registration"].styleSheet() == "" and dialog.errors["repair_km"].isHidden()


def test_repair_km_below_damage_km_warns_while_typing(qtbot, sqlite_world, context):
    dialog = DossierDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.edits["damage_km"], "120000")
    qtbot.keyClicks(dialog.edits["repair_km"], "12000")
    assert dialog.repair_km_warning.isVisible()
    assert "km réparation inférieur au km dégât" in dialog.repair_km_warning.text()
    qtbot.keyClicks(dialog.edits["repair_km"], "5")
    assert not dialog.repair_km_warning.isVisible()


def test_not_in_the_list_says_why_in_dutch(qtbot, qapp, sqlite_world, context):
    saved = make_dossier(sqlite_world.db, sqlite_world.clerk_a, -8)  # internal dossier, no clock-in yet
    install_language(qapp, "nl")
    try:
        dialog = DossierDialog(context, saved.dossier.id)
        qtbot.addWidget(dialog)
        text = dialog.carpass_status.text()
        assert text.startswith("niet op de lijst: ")
        assert "niet positief" in text and "niet begonnen" in text and "knop Car-Pass" in text
    finally:
        install_language(qapp, "fr")
