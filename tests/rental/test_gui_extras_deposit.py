"""The Suppléments tab and the deposit box of the Règlement tab, driven with qtbot."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from app.core.rental.dossiers import create_dossier, price_of
from app.core.rental.extras import ExtraData, dossier_extras, save_extra
from app.core.rental.invoicing.payments import list_payments
from app.ui.app_context import AppContext
from app.ui.i18n import install_language
from app.ui.rental.dossier_dialog import DossierDialog
from app.ui.settings import station_settings


@pytest.fixture(autouse=True)
def french(qapp):
    install_language(qapp, "fr")


@pytest.fixture
def dialog(qtbot, sqlite_rental, monkeypatch):
    w = sqlite_rental.world
    save_extra(w.db, w.admin_a, ExtraData(sqlite_rental.public_tariff, "SIEGE", "Siège enfant", D("5.00"), unit="day"))
    save_extra(w.db, w.admin_a, ExtraData(sqlite_rental.pec_tariff, "LIVR", "Livraison", D("25.00"),
                                          default_payer="pec"))
    info = create_dossier(w.db, w.clerk_a, sqlite_rental.pec_data(deposit_amount=D("250.00")), "contract")
    window = DossierDialog(AppContext(w.db, w.clerk_a, station_settings()), info.id)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.info is not None)  # read off the GUI thread
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return w, info, window


def test_extras_tab_adds_and_removes_with_the_totals_following(dialog, qtmodeltester):
    w, info, window = dialog
    panel = window.extras_panel
    qtmodeltester.check(panel.model)
    assert panel.catalogue.count() == 2
    panel.catalogue.setCurrentIndex(panel.catalogue.findData(next(
        e.id for e in panel.offered.values() if e.data.code == "LIVR")))
    assert panel.payer.currentData() == "pec"  # the catalogue's default payer
    panel.add_button.click()
    panel.catalogue.setCurrentIndex(panel.catalogue.findData(next(
        e.id for e in panel.offered.values() if e.data.code == "SIEGE")))
    panel.quantity.setValue(2)
    panel.add_button.click()
    assert panel.model.rowCount() == 2
    assert window.totals.total_text("pec_excl") == "200,00 €"  # 175 + 25
    assert window.totals.total_text("client_excl") == "50,00 €"  # 2 × 5 days × 5,00
    panel.table.selectRow(0)
    panel.remove_button.click()
    assert [e.code for e in dossier_extras(w.db, w.clerk_a, info.id)] == ["SIEGE"]
    assert price_of(w.db, w.clerk_a, info.id).pec_total_excl == D("175.00")
    assert window.totals.total_text("pec_excl") == "175,00 €"


def test_deposit_box_receives_and_refunds_through_payment_lines(dialog, monkeypatch):
    w, info, window = dialog
    from app.ui.rental.invoicing.payments_panel import PaymentsPanel

    [payments] = [window.form.widget(i) for i in range(window.form.count())
                  if isinstance(window.form.widget(i), PaymentsPanel)]
    box = payments.deposit_box
    assert "Demandée : 250,00 € — détenue : 0,00 €" in box.state_label.text()
    assert not box.refund_button.isEnabled()
    proposed = []

    def amount(_parent, _title, _label, text=""):
        proposed.append(text)
        return text, True
    monkeypatch.setattr(QInputDialog, "getText", amount)
    box.method.setCurrentIndex(box.method.findData("cash"))
    box.receive_button.click()
    assert proposed == ["250,00"]
    assert "détenue : 250,00 €" in box.state_label.text() and box.refund_button.isEnabled()
    box.refund_button.click()
    assert [(p.kind, p.amount, p.method) for p in list_payments(w.db, w.clerk_a, info.id)] == [
        ("deposit", D("250.00"), "cash"), ("deposit_refund", D("-250.00"), "cash")]
    assert "détenue : 0,00 €" in box.state_label.text()
    assert payments.payments_model.rowCount() == 2
    assert payments.payments_model.index(1, 3).data() == "Caution remboursée"
