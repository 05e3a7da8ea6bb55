"""The repair link on the dossier window (each side shows the other, the finished repair's
proposal) and the "À faire aujourd'hui" tab, driven with qtbot."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QInputDialog

from app.core.carpass.dossiers import DossierInput
from app.core.carpass.dossiers import create_dossier as create_repair
from app.core.carpass.work_schedule import set_work_schedule
from app.core.rental.dossiers import create_dossier, dossier_info, update_dossier
from app.core.timeutil import utcnow
from app.ui.app_context import AppContext
from app.ui.carpass.dossier_dialog import DossierDialog as RepairDialog
from app.ui.i18n import install_language
from app.ui.rental import RentalTabs
from app.ui.rental.dossier_dialog import DossierDialog
from app.ui.settings import station_settings


@pytest.fixture(autouse=True)
def french(qapp):
    install_language(qapp, "fr")


def test_link_repair_and_take_the_proposed_return(qtbot, sqlite_rental, monkeypatch):
    w = sqlite_rental.world
    now = utcnow().replace(second=0, microsecond=0)
    repair_id = create_repair(w.db, w.clerk_a, DossierInput(4321, owner="Dupont", plate="1-XYZ-999")).dossier.id
    info = create_dossier(w.db, w.clerk_a, sqlite_rental.pec_data(planned_departure=now - timedelta(days=2),
                                                                  planned_return=now + timedelta(days=3)), "contract")
    info = update_dossier(w.db, w.clerk_a, info.id, info.version, replace(
        info.data, actual_departure=now - timedelta(days=2), km_out=10_000, fuel_out=8))
    context = AppContext(w.db, w.clerk_a, station_settings())
    dialog = DossierDialog(context, info.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.info is not None)  # read off the GUI thread
    assert dialog.form.repair.label.text() == "aucune réparation liée"
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (4321, True))
    dialog.form.repair.link_button.click()
    assert "dossier 4321 – 1-XYZ-999 Dupont" in dialog.form.repair.label.text()
    assert dialog.save()
    assert dossier_info(w.db, w.clerk_a, info.id).data.repair_dossier_id == repair_id
    assert not dialog.repair_banner.isVisibleTo(dialog)
    finished = now - timedelta(hours=2)
    set_work_schedule(w.db, w.clerk_a, repair_id, None, finished)
    repair_window = RepairDialog(context, repair_id)  # the Car-Pass side shows the rental
    qtbot.addWidget(repair_window)
    assert f"location {info.number}" in repair_window.work.text.text()
    assert "terminés le" in repair_window.work.text.text()
    dialog.reload()
    assert dialog.repair_banner.isVisibleTo(dialog) and "4321 est terminée" in dialog.repair_banner.text()
    dialog.propose_button.click()
    assert dialog.form.planned_return.instant() == finished
    assert dialog.save()
    assert dossier_info(w.db, w.clerk_a, info.id).data.planned_return == finished


def test_today_tab_opens_the_dossier(qtbot, sqlite_rental, qtmodeltester):
    w = sqlite_rental.world
    now = utcnow().replace(second=0, microsecond=0)
    info = create_dossier(w.db, w.clerk_a, sqlite_rental.pec_data(planned_departure=now - timedelta(days=6),
                                                                  planned_return=now - timedelta(days=1)), "contract")
    update_dossier(w.db, w.clerk_a, info.id, info.version, replace(
        info.data, actual_departure=now - timedelta(days=6), km_out=10_000, fuel_out=8))
    module = RentalTabs(AppContext(w.db, w.clerk_a, station_settings()))
    pages = module.pages()
    for _title, widget in pages:
        qtbot.addWidget(widget)
    assert pages[0][0] == "À faire aujourd'hui"
    view = module.today
    qtmodeltester.check(view.model)
    assert view.model.total() == 1 and view.model.row_at(0)["task"] == "Retour en retard"
    view.task.setCurrentIndex(view.task.findData("to_invoice"))
    assert view.model.total() == 0
    view.task.setCurrentIndex(0)
    view.grid.activated.emit(view.model.row_at(0))
    assert module.windows
    qtbot.waitUntil(lambda: module.windows[-1].info is not None)  # read off the GUI thread
    assert module.windows[-1].info.id == info.id
