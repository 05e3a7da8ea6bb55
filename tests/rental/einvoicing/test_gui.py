"""The e-invoice column, filter and actions of the invoices tab, and the access-point dialog,
driven with pytest-qt against the simulator."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from app.core.peppol.validation import validate_ubl
from app.ui.app_context import AppContext
from app.ui.rental.invoicing.tabs import tabs
from app.ui.settings import station_settings
from tests.rental.einvoicing.document_set import build_test_set


@pytest.fixture
def view(sqlite_world, qtbot, monkeypatch, memory_keyring):
    world = sqlite_world
    documents = build_test_set(world.db, world.company_id, world.clerk_a, world.site_b, world.clerk_b)
    context = AppContext(world.db, world.clerk_a, station_settings())
    [(_title, tab)] = tabs(context)
    qtbot.addWidget(tab)
    tab.from_edit.setDate(tab.from_edit.date().addYears(-1))
    tab.to_edit.setDate(tab.to_edit.date().addYears(1))
    messages = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: messages.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: messages.append(text))
    return tab, documents, messages


@pytest.fixture
def connected(sqlite_world, simulator, memory_keyring):
    """Site A of the SQLite world points at the simulator (GUI tests run on SQLite only)."""
    from app.core.rental.einvoicing.access_point_settings import set_endpoint, store_key
    from tests.rental.einvoicing.conftest import API_KEY

    set_endpoint(sqlite_world.db, sqlite_world.admin_a, simulator.base_url)
    store_key(sqlite_world.db, sqlite_world.admin_a, API_KEY)
    return simulator


def select(tab, invoice_id) -> dict:
    model = tab.sales_model
    for position in range(model.rowCount()):
        if model.row_at(position)["id"] == invoice_id:
            tab.sales_grid.table.selectionModel().select(
                model.index(position, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            return model.row_at(position)
    raise AssertionError(f"invoice {invoice_id} not listed")


def column(tab, key) -> int:
    return [c.key for c in tab.sales_model.source.columns].index(key)


def test_state_column_filter_send_and_refresh(view, qtbot, connected, qtmodeltester, sqlite_world):
    tab, documents, messages = view
    qtmodeltester.check(tab.sales_model)
    pec = documents.documents["pec_single"]
    row = select(tab, pec)
    assert tab.sales_model.index(0, column(tab, "einvoice_label")).data() in ("à envoyer", "PDF (sans TVA)")
    assert row["einvoice"] == "none" and tab.einvoice_actions.send_button.isEnabled()
    assert not tab.einvoice_actions.resend_button.isEnabled()
    private = select(tab, documents.pdf_only)
    assert private["einvoice"] == "pdf" and not tab.einvoice_actions.send_button.isEnabled()
    select(tab, pec)
    with qtbot.waitSignal(tab.einvoice_actions.send_selected().finished, timeout=30_000):
        pass
    assert len(connected.received()) == 1 and "envoyé" in messages[-1]
    tab.einvoice_filter.setCurrentIndex(tab.einvoice_filter.findText("Envoyées"))
    assert tab.sales_model.rowCount() == 1 and tab.sales_model.row_at(0)["id"] == pec
    with qtbot.waitSignal(tab.einvoice_actions.refresh_states().finished, timeout=30_000):
        pass
    assert tab.sales_model.rowCount() == 0  # delivered now: no longer "Envoyées"
    tab.einvoice_filter.setCurrentIndex(tab.einvoice_filter.findText("Livrées"))
    assert tab.sales_model.rowCount() == 1
    tab.einvoice_filter.setCurrentIndex(0)
    tab.sales_grid.table.sortByColumn(column(tab, "einvoice_label"), Qt.SortOrder.AscendingOrder)
    states = [tab.sales_model.row_at(i)["einvoice"] for i in range(tab.sales_model.rowCount())]
    assert states == sorted(states)


def test_refusal_reason_shown_and_resend_after_registration(view, qtbot, connected):
    tab, documents, messages = view
    trader = documents.documents["beneficiary_with_vat"]
    select(tab, trader)
    with qtbot.waitSignal(tab.einvoice_actions.send_selected().finished, timeout=30_000):
        pass
    row = select(tab, trader)
    assert row["einvoice"] == "not_registered" and "absent de Peppol" in tab.einvoice_actions.detail.text()
    assert "0208:0202239951" in tab.einvoice_actions.detail.text()
    assert tab.einvoice_actions.resend_button.isEnabled()
    connected.participants["0208:0202239951"] = connected.participants["0208:0457247904"]
    with qtbot.waitSignal(tab.einvoice_actions.resend_current().finished, timeout=30_000):
        pass
    assert select(tab, trader)["einvoice"] == "sent"


def test_save_xml(view, monkeypatch, tmp_path):
    tab, documents, _messages = view
    select(tab, documents.documents["credit_note"])
    target = tmp_path / "note.xml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    tab.einvoice_actions.save_xml()
    assert validate_ubl(target.read_bytes()).valid and b"<CreditNote" in target.read_bytes()


def test_access_point_dialog_saves_tests_and_names_refused_field(sqlite_world, qtbot, simulator, memory_keyring):
    from app.core.rental.einvoicing.access_point_settings import read_settings
    from app.ui.rental.invoicing.peppol_dialog import PeppolDialog
    from tests.rental.einvoicing.conftest import API_KEY

    context = AppContext(sqlite_world.db, sqlite_world.admin_a, station_settings())
    dialog = PeppolDialog(context)
    qtbot.addWidget(dialog)
    dialog.endpoint_edit.setText("http://example.com/peppol")
    dialog.try_save()
    assert "Adresse de l'API" in dialog.error_label.text() and dialog.result() != QDialog.DialogCode.Accepted
    dialog.endpoint_edit.setText(simulator.base_url)
    dialog.key_edit.setText("wrong")
    with qtbot.waitSignal(dialog.test_connection().failed, timeout=30_000):
        pass
    assert "refuse la clé" in dialog.test_result.text()
    dialog.key_edit.setText(API_KEY)
    with qtbot.waitSignal(dialog.test_connection().finished, timeout=30_000):
        pass
    assert "0208:0426753973" in dialog.test_result.text() and dialog.key_edit.text() == ""
    dialog.try_save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert read_settings(sqlite_world.db, sqlite_world.admin_a).endpoint_url == simulator.base_url
    assert memory_keyring.get_password("Atelier Peppol", "2026402650") == API_KEY
