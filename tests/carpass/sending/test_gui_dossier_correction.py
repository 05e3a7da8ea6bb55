"""The dossier dialog after Car-Pass received the dossier's reading: editing the km warns
"Car-Pass a reçu 50 100 km ; corriger ?", and the clerk queues the correction with a
mandatory reason; it reaches the simulator once, over real HTTP."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from app.core.carpass.models import CarpassEntry
from app.core.carpass.sending import credentials
from app.core.carpass.sending.endpoint import set_endpoint
from app.core.carpass.sending.followups import km_received_by_carpass
from app.core.carpass.sending.models import CarpassReading
from app.core.carpass.sending.sender import send_readings
from app.core.progress import run_to_end
from app.ui.app_context import AppContext
from app.ui.carpass.dossier_dialog import DossierDialog
from app.ui.i18n import install_language
from app.ui.settings import station_settings
from tests.carpass.helpers import load_standard_list
from tests.carpass.sending.conftest import FAST, PASSWORD_A, enrol

NNBSP = "\u202f"


@pytest.fixture
def received(qapp, sqlite_world, simulator, memory_keyring):
    """Dossier 2401 whose reading (50 100 km) Car-Pass accepted; the clerk's context."""
    install_language(qapp, "fr")
    world = sqlite_world
    set_endpoint(world.db, world.admin_a, simulator.base_url)
    credentials.store_password(world.db, world.admin_a, PASSWORD_A)
    load_standard_list(world.db, world.site_a)
    entry = enrol(world.db, world.site_a, 2401, damage_km=50_100)
    run_to_end(send_readings(world.db, world.clerk_a, entry_ids=[entry], options=FAST))
    with world.db.session() as session:
        dossier_id = session.get_one(CarpassEntry, entry).dossier_id
        guid = session.query(CarpassReading.request_guid).filter(CarpassReading.entry_id == entry).scalar()
    world.clerk_ctx = AppContext(world.db, world.clerk_a, station_settings())
    return world, dossier_id, guid


def test_editing_the_km_warns_and_queues_the_correction_with_a_reason(qtbot, received, simulator, monkeypatch):
    world, dossier_id, guid = received
    dialog = DossierDialog(world.clerk_ctx, dossier_id)
    qtbot.addWidget(dialog)
    assert dialog.received_km == 50_100 and not dialog.km_warning_box.isVisibleTo(dialog)
    dialog.edits["damage_km"].setText("51000")
    dialog.edits["damage_km"].editingFinished.emit()
    assert dialog.km_warning_box.isVisibleTo(dialog)
    assert dialog.km_warning.text() == (f"Car-Pass a reçu 50{NNBSP}100 km ; corriger ? Le dossier indique "
                                        f"51{NNBSP}000 km.")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (asked.append(a[2]),
                                                                   QMessageBox.StandardButton.Yes)[1])
    assert dialog.save()
    assert asked and asked[0].startswith(f"Car-Pass a reçu 50{NNBSP}100 km ; corriger ?")
    correction = dialog.correction
    assert correction is not None and correction.isVisible()
    assert correction.km() == 51_000 and not correction.ok_button.isEnabled()  # the reason is mandatory
    correction.reason_edit.setPlainText("km du dégât mal recopié")  # (keyClicks types ASCII only)
    assert correction.ok_button.isEnabled()
    correction.ok_button.click()
    qtbot.waitUntil(lambda: simulator.state.corrections_for(guid) == [(51_000, "km du dégât mal recopié")],
                    timeout=20_000)
    qtbot.waitUntil(lambda: dialog.received_km == 51_000, timeout=20_000)
    assert not dialog.km_warning_box.isVisibleTo(dialog)
    assert km_received_by_carpass(world.db, world.clerk_a, dossier_id) == 51_000
    assert simulator.state.corrections_for(guid) == [(51_000, "km du dégât mal recopié")]  # posted once


def test_saving_other_fields_or_declining_asks_nothing_more(qtbot, received, monkeypatch):
    world, dossier_id, _guid = received
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (asked.append(a[2]),
                                                                   QMessageBox.StandardButton.No)[1])
    dialog = DossierDialog(world.clerk_ctx, dossier_id)
    qtbot.addWidget(dialog)
    dialog.edits["owner"].setText("NOUVEAU PROPRIÉTAIRE")
    assert dialog.save() and asked == []  # the km did not change: no question
    dialog.edits["damage_km"].setText("49000")
    assert dialog.save() and len(asked) == 1 and dialog.correction is None  # declined: nothing queued
    assert dialog.km_warning_box.isVisibleTo(dialog)  # the warning stays, with its button
    dialog.correct_button.click()
    assert dialog.correction is not None and dialog.correction.km() == 49_000
    dialog.correction.reject()
