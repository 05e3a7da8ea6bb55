"""The return inspection tab and the fleet damages tab, driven with qtbot."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtWidgets import QMessageBox

from app.core.rental.damages import PhotoFile, record_damage, vehicle_damages
from app.core.rental.dossiers import create_dossier
from app.ui.app_context import AppContext
from app.ui.i18n import install_language
from app.ui.rental import damage_dialogs
from app.ui.rental.damages_view import DamagesView
from app.ui.rental.dossier_dialog import DossierDialog
from app.ui.settings import station_settings


@pytest.fixture(autouse=True)
def french(qapp):
    install_language(qapp, "fr")


def png(tmp_path, name="rayure.png"):
    path = tmp_path / name
    out = io.BytesIO()
    Image.new("RGB", (1200, 900), (20, 90, 200)).save(out, "PNG")
    path.write_bytes(out.getvalue())
    return path


def test_damage_noted_at_the_return_with_a_photo(qtbot, sqlite_rental, tmp_path, monkeypatch, qtmodeltester):
    w = sqlite_rental.world
    record_damage(w.db, w.clerk_a, sqlite_rental.car_b1, "éclat sur le pare-brise", zone="pare-brise", stage="other")
    info = create_dossier(w.db, w.clerk_a, sqlite_rental.pec_data(), "contract")
    window = DossierDialog(AppContext(w.db, w.clerk_a, station_settings()), info.id)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.info is not None)  # read off the GUI thread
    panel = window.inspection_panel
    qtmodeltester.check(panel.model)
    assert panel.model.rowCount() == 1 and panel.model.index(0, 7).data() == "antérieur"  # seen before departure
    created = []

    def fill(dialog):
        assert dialog.stage.currentData() == "departure"  # the car has not left yet
        dialog.zone.setText("pare-chocs arrière")
        dialog.description.setPlainText("rayure de 15 cm")
        dialog.add_files([png(tmp_path)])
        dialog.try_save()
        created.append(dialog.result_info)
        return bool(dialog.result_info)
    monkeypatch.setattr(damage_dialogs.DamageDialog, "exec", fill)
    panel.new_button.click()
    assert created[0] is not None and len(created[0].photos) == 1
    assert panel.model.rowCount() == 2 and panel.model.index(1, 7).data() == "ce dossier"
    panel.table.selectRow(1)
    shown = []
    monkeypatch.setattr(damage_dialogs.PhotoViewer, "exec", lambda viewer: shown.append(
        (viewer.picture.pixmap().isNull(), viewer.caption.text())))
    panel.photos_button.click()
    assert shown == [(False, shown[0][1])] and "1 / 1 — rayure.jpg" in shown[0][1]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.table.selectRow(0)
    panel.repaired_button.click()
    assert panel.model.rowCount() == 1  # the older damage is repaired: only this dossier's is left
    history = vehicle_damages(w.db, w.clerk_a, sqlite_rental.car_b1)
    assert [d.repaired_by for d in history] == [None, "clerk.a"]


def test_bad_photo_keeps_the_dialog_open_and_writes_nothing(qtbot, sqlite_rental, tmp_path):
    w = sqlite_rental.world
    text = tmp_path / "notes.txt"
    text.write_text("pas une image")
    dialog = damage_dialogs.DamageDialog(AppContext(w.db, w.clerk_a, station_settings()), sqlite_rental.car_b1, None)
    qtbot.addWidget(dialog)
    dialog.description.setPlainText("bosse")
    dialog.add_files([text])
    dialog.try_save()
    assert dialog.result_info is None and "notes.txt" in dialog.error_label.text()
    assert vehicle_damages(w.db, w.clerk_a, sqlite_rental.car_b1) == []


def test_fleet_damages_tab(qtbot, sqlite_rental, qtmodeltester, monkeypatch, tmp_path):
    w = sqlite_rental.world
    record_damage(w.db, w.clerk_a, sqlite_rental.car_b1, "jante rayée", zone="roue AV D",
                  photos=[PhotoFile("jante.png", png(tmp_path).read_bytes())])
    record_damage(w.db, w.clerk_a, sqlite_rental.car_b2, "rétroviseur fêlé")
    view = DamagesView(AppContext(w.db, w.clerk_a, station_settings()))
    qtbot.addWidget(view)
    qtmodeltester.check(view.model)
    assert view.model.total() == 2
    view.grid.filter_edit.setText("jante")
    view.grid.apply_filter()
    assert view.model.total() == 1 and view.model.row_at(0)["photos"] == 1
    view.grid.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.repaired_button.click()
    assert view.model.total() == 0  # open ones only
    view.open_only.setChecked(False)
    assert view.model.total() == 1
    export = tmp_path / "dommages.csv"
    runner = view.grid.export_to(export)
    with qtbot.waitSignal(runner.finished, timeout=10_000):
        pass
    assert "jante rayée" in export.read_text(encoding="utf-8-sig")
