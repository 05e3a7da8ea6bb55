"""GUI of Car-Pass sending driven with qtbot over a real simulator: send action with its
summary, history actions (confirm, resend, anomaly answer), settings and credentials tab."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox, QWidget

from app.core.carpass.sending import credentials
from app.core.carpass.sending.endpoint import read_settings, set_endpoint
from app.core.carpass.sending.sender import send_readings
from app.core.progress import run_to_end
from app.ui.app_context import AppContext
from app.ui.carpass.sending import tabs as tabs_module
from app.ui.carpass.sending.history_view import HistoryView
from app.ui.carpass.sending.send_action import auto_send, send_entries
from app.ui.carpass.sending.settings_view import SettingsView
from app.ui.i18n import install_language
from app.ui.settings import station_settings
from tests.carpass.sending.conftest import ESTABLISHMENT_A, FAST, PASSWORD_A, enrol


@pytest.fixture(autouse=True)
def french(qapp):
    install_language(qapp, "fr")


@pytest.fixture
def gui(sqlite_world, simulator, memory_keyring):
    """Site A sends to the simulator; contexts of its admin and clerk."""
    set_endpoint(sqlite_world.db, sqlite_world.admin_a, simulator.base_url)
    credentials.store_password(sqlite_world.db, sqlite_world.admin_a, PASSWORD_A)
    sqlite_world.admin_ctx = AppContext(sqlite_world.db, sqlite_world.admin_a, station_settings())
    sqlite_world.clerk_ctx = AppContext(sqlite_world.db, sqlite_world.clerk_a, station_settings())
    return sqlite_world


def _send(qtbot, parent, context, ids):
    done = []
    action = send_entries(parent, context, ids, lambda: done.append(True))
    with qtbot.waitSignal(action.done, timeout=20000):
        pass
    return action, done


def test_send_entries_runs_off_the_ui_thread_and_shows_a_summary(qtbot, gui, simulator, qtmodeltester):
    parent = QWidget()
    qtbot.addWidget(parent)
    first = enrol(gui.db, gui.site_a, 1095)
    second = enrol(gui.db, gui.site_a, 1112, damage_km=None)
    action, done = _send(qtbot, parent, gui.clerk_ctx, [first, second])
    assert done == [True] and action.error is None
    assert [(line.dossier, line.outcome) for line in action.summary.lines] == [(1095, "sent"), (1112, "not_sendable")]
    dialog = action.dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and "envoyé : 1" in dialog.heading.text() and "incomplet : 1" in dialog.heading.text()
    qtmodeltester.check(dialog.model)
    model = dialog.model
    details = {model.data(model.index(r, 0)): model.data(model.index(r, 2)) for r in range(model.rowCount())}
    assert details["1112"] == "km dégât manquant" and details["1095"].startswith("envoyé (requestGuid")
    assert len(simulator.state.observations) == 1


def test_without_a_keyring_the_clerk_types_the_password_for_the_session(qtbot, gui, simulator, monkeypatch):
    keyring.set_keyring(fail.Keyring())
    entry = enrol(gui.db, gui.site_a, 1095)
    parent = QWidget()
    qtbot.addWidget(parent)
    prompts = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (prompts.append(a[2]), ("", False))[1])
    assert send_entries(parent, gui.clerk_ctx, [entry], None) is None  # cancelled: nothing sent
    assert "cette session seulement" in prompts[0] and not simulator.state.observations
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (PASSWORD_A, True))
    action, _done = _send(qtbot, parent, gui.clerk_ctx, [entry])
    qtbot.addWidget(action.dialog)
    assert action.summary.all_accepted
    assert credentials.password_for(ESTABLISHMENT_A) == (PASSWORD_A, "session")


def test_history_confirm_a_blocked_reading_then_it_is_sent(qtbot, gui, simulator, monkeypatch, qtmodeltester):
    from datetime import UTC, datetime, timedelta

    entry = enrol(gui.db, gui.site_a, 1191, clock_in=datetime.now(UTC) - timedelta(days=9))
    summary = run_to_end(send_readings(gui.db, gui.clerk_a, entry_ids=[entry], options=FAST))
    assert summary.lines[0].outcome == "blocked"
    view = HistoryView(gui.clerk_ctx)
    qtbot.addWidget(view)
    qtmodeltester.check(view.model)
    assert view.select_reading(view.model.row_at(0)["id"])
    assert view.confirm_button.isEnabled() and not view.resend_button.isEnabled()
    assert "plus de 5 jours" in view.detail.text()
    view.confirm_button.click()
    dialog = view.reason_dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.reason_edit, "   ")
    assert not dialog.ok_button.isEnabled()  # a reason is required
    dialog.reason_edit.clear()
    qtbot.keyClicks(dialog.reason_edit, "vehicule revenu en garantie apres 9 jours")
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: view.model.total() == 1 and view.model.row_at(0)["state"] == "sent", timeout=20000)
    row = view.model.row_at(0)
    assert row["confirmed_by"] == "clerk.a" and row["confirm_reason"] == "vehicule revenu en garantie apres 9 jours"
    view.select_reading(row["id"])
    assert "Raison de la confirmation : vehicule revenu" in view.detail.text()
    assert len(simulator.state.observations) == 1


def test_list_confirms_the_ticked_blocked_rows_then_sends_them(qtbot, gui, simulator, monkeypatch, qtmodeltester):
    from datetime import UTC, datetime, timedelta

    from PySide6.QtCore import Qt

    from app.ui.carpass.list_view import CarpassListView

    old = datetime.now(UTC) - timedelta(days=9)
    blocked = [enrol(gui.db, gui.site_a, n, vin=vin, clock_in=old)
               for n, vin in ((1701, "WAUZZZ8V3EA070544"), (1702, "TMBJG7NE0F0124355"))]
    plain = enrol(gui.db, gui.site_a, 1703, vin="VF7XX4X2XN9059479")
    run_to_end(send_readings(gui.db, gui.clerk_a, entry_ids=blocked, options=FAST))
    view = CarpassListView(gui.clerk_ctx)
    qtbot.addWidget(view)
    qtmodeltester.check(view.model)
    assert not view.confirm_button.isEnabled()  # nothing ticked
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    view.model.setData(view.model.index(_row_of(view, 1703), 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert view.confirm_button.isEnabled()
    assert view.confirm_checked() is None and "Aucune des lignes cochées" in told[0]
    view.select_all.setChecked(True)
    dialog = view.confirm_checked()
    qtbot.addWidget(dialog)
    text = dialog.findChildren(type(view.selection_label))[0].text()
    assert "Dossier 1701" in text and "Dossier 1702" in text and "1 ligne(s) cochée(s) sans relevé bloqué" in text
    qtbot.keyClicks(dialog.reason_edit, "controle avec le client")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: len(simulator.state.observations) == 2, timeout=20000)
    readings = _readings_of(gui.db, blocked)
    assert {r.confirm_reason for r in readings} == {"controle avec le client"}
    qtbot.waitUntil(lambda: {r.state for r in _readings_of(gui.db, blocked)} == {"sent"}, timeout=20000)
    assert not _readings_of(gui.db, [plain])  # ticked, not blocked: left alone


def _row_of(view, number: int) -> int:
    return next(r for r in range(view.model.rowCount()) if view.model.row_at(r).dossier == number)


def _readings_of(db, entry_ids):
    from sqlalchemy import select

    from app.core.carpass.sending.models import CarpassReading

    with db.session() as session:
        return list(session.scalars(select(CarpassReading).where(CarpassReading.entry_id.in_(entry_ids))))


def test_history_resend_of_a_reading_to_check_asks_first(qtbot, gui, simulator, monkeypatch):
    entry = enrol(gui.db, gui.site_a, 1197)
    simulator.faults.kinds, simulator.faults.rate = ("server_error",), 1.0  # 500: Car-Pass may have it
    run_to_end(send_readings(gui.db, gui.clerk_a, entry_ids=[entry], options=FAST))
    simulator.set_fault_rate(0.0)
    view = HistoryView(gui.clerk_ctx)
    qtbot.addWidget(view)
    view.select_reading(view.model.row_at(0)["id"])
    assert view.model.row_at(0)["state"] == "unknown"
    assert view.resend_button.isEnabled() and view.received_button.isEnabled()
    assert not view.confirm_button.isEnabled()
    assert "erreur du serveur Car-Pass" in view.detail.text() and "portail Car-Pass" in view.detail.text()
    asked = []
    answer = QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (asked.append(a[2]), answer)[1])
    view.resend_current()
    assert "déjà reçu" in asked[0] and "Marquer comme reçu" in asked[0]
    assert view.model.row_at(0)["state"] == "unknown" and simulator.state.observation_posts == 0
    answer = QMessageBox.StandardButton.Yes
    view.resend_current()
    qtbot.waitUntil(lambda: view.model.row_at(0)["state"] == "sent", timeout=20000)
    assert simulator.state.observation_posts == 1 and len(simulator.state.observations) == 1
    row = view.model.row_at(0)
    assert row["resolution"] == "resent" and row["resolved_by"] == "clerk.a"


def test_history_marks_a_reading_to_check_received_with_the_portal_guid(qtbot, gui, simulator, monkeypatch):
    from app.core.carpass.models import CarpassEntry

    entry = enrol(gui.db, gui.site_a, 1198)
    simulator.faults.kinds, simulator.faults.rate = ("accept_drop",), 1.0  # recorded, then the line drops
    run_to_end(send_readings(gui.db, gui.clerk_a, entry_ids=[entry], options=FAST))
    simulator.set_fault_rate(0.0)
    (observation,) = simulator.state.observations.values()
    view = HistoryView(gui.clerk_ctx)
    qtbot.addWidget(view)
    view.select_reading(view.model.row_at(0)["id"])
    assert "connexion coupée" in view.detail.text()
    view.received_button.click()
    dialog = view.received_dialog
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.guid_edit, "not-a-guid")
    assert not ok.isEnabled() and "8-4-4-4-12" in dialog.hint.text()
    dialog.guid_edit.clear()
    qtbot.keyClicks(dialog.guid_edit, observation.guid.upper())
    assert ok.isEnabled() and dialog.hint.text() == ""
    with qtbot.waitSignal(dialog.accepted):
        ok.click()
    qtbot.waitUntil(lambda: view.model.row_at(0)["state"] == "sent")
    row = view.model.row_at(0)
    assert row["request_guid"] == observation.guid and row["resolution"] == "marked_received"
    assert simulator.state.observation_posts == 1  # nothing posted again
    with gui.db.session() as session:
        assert session.get(CarpassEntry, entry).status == "sent"
    view.select_reading(row["id"])
    assert not view.received_button.isEnabled() and not view.resend_button.isEnabled()
    assert "marqué comme reçu" in view.detail.text()


def test_history_answers_a_car_pass_anomaly_once(qtbot, gui, simulator, monkeypatch):
    simulator.state.last_by_vin["WAUZZZ8V3EA070544"] = (90000, "2026-01-05")
    entry = enrol(gui.db, gui.site_a, 1194)
    run_to_end(send_readings(gui.db, gui.clerk_a, entry_ids=[entry], options=FAST))
    view = HistoryView(gui.clerk_ctx)
    qtbot.addWidget(view)
    view.select_reading(view.model.row_at(0)["id"])
    assert "inférieur au dernier relevé" in view.detail.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: told.append(a[2]))
    view.confirm_current()
    qtbot.waitUntil(lambda: bool(told), timeout=20000)
    assert "accepté" in told[0]
    assert view.model.row_at(0)["state"] == "sent" and view.model.row_at(0)["anomaly_answered"]
    view.select_reading(view.model.row_at(0)["id"])
    assert not view.confirm_button.isEnabled()


def test_settings_tab_endpoint_and_credentials(qtbot, gui, simulator, monkeypatch, memory_keyring):
    view = SettingsView(gui.admin_ctx)
    qtbot.addWidget(view)
    assert view.endpoint_edit.text() == simulator.base_url and "simulateur" in view.environment_label.text()
    view.endpoint_edit.setText("http://carpass.example/api")
    view.save_settings()
    assert "https://" in view.settings_message.text()
    assert read_settings(gui.db, gui.admin_a).endpoint_url == simulator.base_url  # nothing saved
    view.endpoint_edit.setText(simulator.base_url)
    view.auto_send.setChecked(True)
    view.save_settings()
    assert read_settings(gui.db, gui.admin_a).auto_send
    assert view.password_state.text() == "enregistré dans le trousseau"
    view.password_edit.setText("Wrong-Password-9")
    view.test_connection()
    qtbot.waitUntil(lambda: "refuse" in view.credentials_message.text(), timeout=20000)
    assert "Wrong-Password-9" not in view.credentials_message.text()
    view.password_edit.setText("")
    view.test_connection()
    qtbot.waitUntil(lambda: "réussie" in view.credentials_message.text(), timeout=20000)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.clear_password()
    assert view.password_state.text() == "aucun" and not memory_keyring.store.get(
        (credentials.SERVICE, ESTABLISHMENT_A))
    view.password_edit.setText("New-Secret-123")
    view.store_password()
    assert memory_keyring.store[(credentials.SERVICE, ESTABLISHMENT_A)] == "New-Secret-123"
    assert view.password_edit.text() == ""


def test_settings_tab_without_keyring_keeps_the_password_for_the_session(qtbot, gui):
    keyring.set_keyring(fail.Keyring())
    view = SettingsView(gui.admin_ctx)
    qtbot.addWidget(view)
    assert "Aucun trousseau du système utilisable" in view.keyring_label.text()
    assert "keyring" not in view.keyring_label.text()  # no backend class name on screen
    view.password_edit.setText(PASSWORD_A)
    view.store_password()
    assert "cette session seulement" in view.credentials_message.text()
    assert view.password_state.text() == "gardé pour cette session seulement"


def test_tabs_by_role_and_start_up_offer(qtbot, gui, monkeypatch):
    clerk_tabs = tabs_module.tabs(gui.clerk_ctx)
    admin_tabs = tabs_module.tabs(gui.admin_ctx)
    for _title, widget in clerk_tabs + admin_tabs:
        qtbot.addWidget(widget)
    assert [t for t, _w in clerk_tabs] == ["Historique Car-Pass"]
    assert [t for t, _w in admin_tabs] == ["Historique Car-Pass", "Paramètres Car-Pass"]
    entry = enrol(gui.db, gui.site_a, 1095)
    from app.core.carpass.sending.readings import prepare, select_entries
    from app.core.timeutil import local_today, utcnow

    prepare(gui.db, gui.clerk_a, select_entries(gui.db, gui.clerk_a, [entry]), local_today(), utcnow())
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (asked.append(a[2]),
                                                                   QMessageBox.StandardButton.No)[1])
    tabs_module._offered.clear()
    for _title, widget in tabs_module.tabs(gui.clerk_ctx):
        qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: bool(asked))
    assert "1 relevé(s) attendent" in asked[0]
    for _title, widget in tabs_module.tabs(gui.clerk_ctx):  # offered once per session and site
        qtbot.addWidget(widget)
    qtbot.wait(50)
    assert len(asked) == 1


def test_auto_send_only_when_the_site_asks_and_the_row_is_sendable(qtbot, gui, simulator):
    from app.core.carpass.sending.endpoint import set_auto_send

    parent = QWidget()
    qtbot.addWidget(parent)
    ready = enrol(gui.db, gui.site_a, 1095)
    incomplete = enrol(gui.db, gui.site_a, 1112, repair_km=None)
    assert auto_send(parent, gui.clerk_ctx, [ready, incomplete]) is None  # setting off
    set_auto_send(gui.db, gui.admin_a, True)
    assert auto_send(parent, gui.clerk_ctx, [incomplete]) is None
    action = auto_send(parent, gui.clerk_ctx, [ready, incomplete])
    with qtbot.waitSignal(action.done, timeout=20000):
        pass
    qtbot.addWidget(action.dialog)
    assert [(line.dossier, line.outcome) for line in action.summary.lines] == [(1095, "sent")]
    assert len(simulator.state.observations) == 1


def test_history_corrects_a_received_reading_and_resolves_a_correction_to_check(qtbot, gui, simulator,
                                                                                 monkeypatch):
    entry = enrol(gui.db, gui.site_a, 2301, damage_km=50100)
    run_to_end(send_readings(gui.db, gui.clerk_a, entry_ids=[entry], options=FAST))
    view = HistoryView(gui.clerk_ctx)
    qtbot.addWidget(view)
    view.select_reading(view.model.row_at(0)["id"])
    assert view.correct_button.isEnabled() and not view.resend_button.isEnabled()
    simulator.faults.kinds, simulator.faults.rate = ("accept_drop",), 1.0
    view.correct_button.click()
    dialog = view.correction_dialog
    qtbot.addWidget(dialog)
    assert dialog.km() == 50100 and "Car-Pass a reçu 50100 km" in dialog.findChildren(QLabel)[0].text()
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.reason_edit, "compteur mal lu")
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: told.append(a[2]))
    dialog.ok_button.click()  # same km: refused, the dialog stays open with the reason
    assert told and "a déjà 50100 km" in told[0] and dialog.isVisible()
    dialog.km_edit.setValue(50300)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: any(f.state == "unknown" for f in view.model.row_at(0)["followup_items"]), timeout=20000)
    simulator.set_fault_rate(0.0)
    row = view.model.row_at(0)
    view.select_reading(row["id"])
    assert "correction à 50300 km : à vérifier" in view.detail.text() and "connexion coupée" in view.detail.text()
    assert view.received_button.isEnabled() and view.resend_button.isEnabled()
    assert not view.correct_button.isEnabled()  # a correction is in doubt: decide first
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (asked.append(a[2]),
                                                                   QMessageBox.StandardButton.Yes)[1])
    view.received_button.click()
    assert "correction" in asked[0] and "portail Car-Pass" in asked[0]
    qtbot.waitUntil(lambda: view.model.row_at(0)["followup_items"][-1].state == "sent")
    guid = view.model.row_at(0)["request_guid"]
    assert simulator.state.corrections_for(guid) == [(50300, "compteur mal lu")]  # posted once
    view.select_reading(view.model.row_at(0)["id"])
    assert view.correct_button.isEnabled() and "Car-Pass a reçu" not in view.detail.text()
    assert "correction à 50300 km (compteur mal lu, clerk.a) : envoyé" in view.model.data(view.model.index(0, 11))
