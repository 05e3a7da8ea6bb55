"""The standard list of work in the GUI over a real simulator: the dossier dialog fetches it
in the background when missing, the settings tab stores the Car-Pass user name and its
connection test refreshes the list."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.core.carpass.models import CarpassActivity
from app.core.carpass.sending import credentials
from app.core.carpass.sending.endpoint import set_endpoint
from app.core.carpass.sending.username import read_login
from app.ui.app_context import AppContext
from app.ui.carpass.dossier_dialog import DossierDialog
from app.ui.carpass.sending.settings_view import SettingsView
from app.ui.i18n import install_language
from app.ui.settings import station_settings
from tests.carpass.helpers import make_dossier
from tests.carpass.sending.conftest import ESTABLISHMENT_A, PASSWORD_A


@pytest.fixture(autouse=True)
def french(qapp):
    install_language(qapp, "fr")


@pytest.fixture
def gui(sqlite_world, simulator, memory_keyring):
    set_endpoint(sqlite_world.db, sqlite_world.admin_a, simulator.base_url)
    credentials.store_password(sqlite_world.db, sqlite_world.admin_a, PASSWORD_A)
    return sqlite_world


def stored(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(CarpassActivity))


def test_the_dialog_fetches_the_missing_list_in_the_background_and_keeps_the_ticks(qtbot, gui, simulator):
    saved = make_dossier(gui.db, gui.clerk_a, 1095)
    dialog = DossierDialog(AppContext(gui.db, gui.clerk_a, station_settings()), saved.dossier.id)
    qtbot.addWidget(dialog)
    assert dialog.picker.proxy.rowCount() == 0 and dialog.refresh_runner is not None
    dialog.picker.set_codes(["PAINT"])  # ticked by code before the list arrives: kept
    qtbot.waitUntil(lambda: dialog.picker.proxy.rowCount() == 7, timeout=20000)
    assert stored(gui.db) == 67 and "Liste Car-Pass reçue le" in dialog.picker.note.text()
    assert dialog.picker.codes() == ["PAINT"] and "Peinture" in dialog.picker.summary.text()
    assert dialog.save()
    requests = simulator.state.requests
    again = DossierDialog(AppContext(gui.db, gui.clerk_a, station_settings()), saved.dossier.id)
    qtbot.addWidget(again)
    assert again.refresh_runner is None and simulator.state.requests == requests  # fresh: no call
    assert again.picker.codes() == ["PAINT"]


def test_settings_store_the_user_name_and_test_refreshes_the_list(qtbot, gui, simulator):
    view = SettingsView(AppContext(gui.db, gui.admin_a, station_settings()))
    qtbot.addWidget(view)
    assert view.username_edit.text() == ESTABLISHMENT_A and not view.username_default_button.isEnabled()
    view.username_edit.setText("compte:test")
    view.save_username()
    assert "deux-points" in view.credentials_message.text()
    assert read_login(gui.db, gui.admin_a).is_default  # nothing saved
    simulator.accounts["compte-test"] = PASSWORD_A
    view.username_edit.setText("compte-test")
    view.username_edit.returnPressed.emit()
    assert read_login(gui.db, gui.admin_a).username == "compte-test" and view.username_default_button.isEnabled()
    view.test_connection()
    qtbot.waitUntil(lambda: "réussie" in view.credentials_message.text(), timeout=20000)
    assert "compte-test" in view.credentials_message.text() and "67 descripteurs" in view.credentials_message.text()
    assert stored(gui.db) == 67
    view.username_default_button.click()
    assert read_login(gui.db, gui.admin_a).is_default and view.username_edit.text() == ESTABLISHMENT_A
