"""Car-Pass GUI driven with qtbot: the list model (qtmodeltester, fetchMore, colours, check
boxes), the list tab's filters and actions, the dossier dialog and the workshop station."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from app.core.carpass.carpass_list import CarpassListSource
from app.core.carpass.dossiers import enrol_number, find_dossier, get_dossier, update_dossier
from app.core.carpass.models import CarpassEntry, Dossier
from app.core.timeutil import utcnow
from app.ui.app_context import AppContext
from app.ui.carpass import list_view, tabs
from app.ui.carpass.clock_station import ClockStationView
from app.ui.carpass.dossier_dialog import DossierDialog
from app.ui.carpass.dossiers_view import DossiersView
from app.ui.carpass.list_model import AMBER, RED, CarpassListModel
from app.ui.carpass.list_view import CarpassListView
from app.ui.i18n import install_language
from app.ui.settings import set_language, station_settings
from tests.carpass.helpers import dossier_input, load_standard_list, make_dossier, technician
from tests.carpass.test_import import GOOD, HEADER


@pytest.fixture(autouse=True)
def french(qapp):
    set_language(station_settings(), "fr")
    install_language(qapp, "fr")


@pytest.fixture
def context(sqlite_world):
    return AppContext(sqlite_world.db, sqlite_world.clerk_a, station_settings())


def small_list(world):
    db = world.db
    load_standard_list(db, world.site_a)
    make_dossier(db, world.clerk_a, 1095, activities=["PAINT"])  # sendable, no warning
    make_dossier(db, world.clerk_a, 1112, damage_km="", activities=["PAINT"])  # red
    make_dossier(db, world.clerk_a, 1126, vin="TMBJG7NE0F01", activities=["PAINT"])  # amber: short VIN
    make_dossier(db, world.clerk_b, 1095, owner="SITE B")
    for number in (1095, 1112, 1126):
        enrol_number(db, world.clerk_a, number)
    enrol_number(db, world.clerk_b, 1095)


def bulk_list(world, count):
    now = utcnow()
    with world.db.session() as session:
        dossiers = [Dossier(site_id=world.site_a, number=n, owner=f"CLIENT {n}", plate="1ABC123",
                            vin="WAUZZZ8V3EA070544", damage_km=n, repair_km=n + 5, work_started_at=now,
                            created_at=now - timedelta(seconds=n)) for n in range(1, count + 1)]
        session.add_all(dossiers)
        session.flush()
        session.add_all([CarpassEntry(site_id=world.site_a, dossier_id=d.id) for d in dossiers])


def test_model_passes_qtmodeltester_with_colours_and_checks(qtmodeltester, sqlite_world):
    small_list(sqlite_world)
    model = CarpassListModel(CarpassListSource(sqlite_world.db, sqlite_world.clerk_a))
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    rows = {model.row_at(r).dossier: r for r in range(3)}
    background = lambda n: model.index(rows[n], 2).data(Qt.ItemDataRole.BackgroundRole)  # noqa: E731
    assert background(1095) is None
    assert background(1112).color() == RED
    assert background(1126).color() == AMBER
    tooltip = model.index(rows[1112], 4).data(Qt.ItemDataRole.ToolTipRole)
    assert "Ne sera pas envoyé à Car-Pass" in tooltip and "km dégât manquant" in tooltip
    assert model.index(rows[1112], 8).data() == "km dégât manquant"
    check = model.index(rows[1095], 0)
    assert check.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert model.setData(check, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert check.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.checked_ids() == [model.row_at(rows[1095]).entry_id]


def test_fetch_more_loads_the_rest_and_select_all_takes_every_row(qtmodeltester, sqlite_world):
    bulk_list(sqlite_world, 650)
    model = CarpassListModel(CarpassListSource(sqlite_world.db, sqlite_world.clerk_a))
    assert model.rowCount() == 200 and model.total() == 650 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())  # the keys of the rest in one narrow query, rows read when shown
    assert model.rowCount() == 650 and not model.canFetchMore(QModelIndex())
    assert [model.row_at(r).dossier for r in (0, 199, 200, 649)] == [1, 200, 201, 650]
    assert len({model.row_at(r).entry_id for r in range(650)}) == 650
    qtmodeltester.check(model)
    fresh = CarpassListModel(CarpassListSource(sqlite_world.db, sqlite_world.clerk_a))
    fresh.set_all_checked(True)
    assert len(fresh.checked_ids()) == 650 and fresh.rowCount() == 200
    fresh.set_all_checked(False)
    assert fresh.checked_ids() == []


def test_list_tab_filters_remove_and_site(qtbot, sqlite_world, context, monkeypatch):
    small_list(sqlite_world)
    view = CarpassListView(context)
    qtbot.addWidget(view)
    assert view.model.total() == 3
    view.red_only.setChecked(True)
    assert view.model.total() == 1 and view.model.row_at(0).dossier == 1112
    view.red_only.setChecked(False)
    view.grid.filter_edit.setText("1126")
    view.grid.apply_filter()
    assert view.model.total() == 1
    view.grid.filter_edit.setText("")
    view.grid.apply_filter()
    view.select_all.setChecked(True)
    assert "3 ligne(s) cochée(s)" in view.selection_label.text()
    view.select_all.setChecked(False)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    view.grid.table.setFocus()
    for row, column in ((0, 1), (2, 4)):  # Space ticks the row wherever the cursor is in it
        view.grid.table.setCurrentIndex(view.model.index(row, column))
        qtbot.keyClick(view.grid.table, Qt.Key.Key_Space)
    assert "2 ligne(s) cochée(s)" in view.selection_label.text()
    view.grid.table.setCurrentIndex(view.model.index(2, 2))
    qtbot.keyClick(view.grid.table, Qt.Key.Key_Space)  # and unticks it
    assert view.model.checked_ids() == [view.model.row_at(0).entry_id]
    view.grid.table.setCurrentIndex(view.model.index(1, 1))  # the highlighted row is not the ticked one
    kept = {view.model.row_at(r).dossier for r in (1, 2)}
    asked = []
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: (asked.append(a[2]), ("doublon", True))[1]))
    view.remove_button.click()  # "Retirer de la liste…" acts on the ticked rows, like "Envoyer"
    assert "Raison du retrait du dossier" in asked[0]
    assert view.model.total() == 2 and {view.model.row_at(r).dossier for r in range(2)} == kept
    assert "0 ligne(s) cochée(s)" in view.selection_label.text() and not view.remove_button.isEnabled()
    view.history.setChecked(True)
    assert view.model.total() == 3
    assert {view.model.row_at(r).status for r in range(3)} == {"pending", "removed"}


def test_send_button_follows_the_sending_module(qtbot, sqlite_world, context, monkeypatch):
    small_list(sqlite_world)
    monkeypatch.setattr(list_view, "send_action", lambda: None)
    hidden = CarpassListView(context)
    qtbot.addWidget(hidden)
    assert hidden.send_button.isHidden()
    calls = []
    monkeypatch.setattr(list_view, "send_action",
                        lambda: lambda parent, ctx, ids, on_done: calls.append((ids, on_done)))
    view = CarpassListView(context)
    qtbot.addWidget(view)
    assert not view.send_button.isHidden() and not view.send_button.isEnabled()
    view.model.setData(view.model.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert view.send_button.isEnabled()
    view.send_button.click()
    assert calls == [([view.model.row_at(0).entry_id], view.reload)]


def test_double_click_opens_the_dossier(qtbot, sqlite_world, context, monkeypatch):
    small_list(sqlite_world)
    opened = []
    monkeypatch.setattr(DossierDialog, "exec", lambda self: opened.append(self.detail.number) or 0)
    widgets = tabs(context)
    assert [title for title, _ in widgets][:3] == ["Car-Pass", "Dossiers", "Pointage"]
    for _title, widget in widgets:
        qtbot.addWidget(widget)
    carpass = widgets[0][1]
    first = carpass.model.row_at(0).dossier
    carpass.grid.table.doubleClicked.emit(carpass.model.index(0, 2))
    assert opened == [first]


def test_dossier_dialog_keeps_bad_text_and_saves_nothing(qtbot, sqlite_world, context):
    saved = make_dossier(sqlite_world.db, sqlite_world.clerk_a, 1095)
    dialog = DossierDialog(context, saved.dossier.id)
    qtbot.addWidget(dialog)
    dialog.edits["damage_km"].setText("-12")
    dialog.edits["owner"].setText("NOUVEAU")
    dialog.edits["first_registration"].setText("01-01-2999")
    assert not dialog.save()
    assert dialog.errors["damage_km"].text() == "ne peut pas être négatif"
    assert "futur" in dialog.errors["first_registration"].text()
    assert dialog.edits["damage_km"].text() == "-12"
    assert find_dossier(sqlite_world.db, sqlite_world.clerk_a, 1095).owner == "JASSIN PHILIPPE"
    dialog.edits["vin"].setText(" wauzzz8v3 ea07054 ")
    dialog.edits["vin"].editingFinished.emit()
    assert dialog.edits["vin"].text() == "WAUZZZ8V3EA07054"
    assert "moins de 17" in dialog.vin_warning.text()
    dialog.edits["damage_km"].setText("94 990")
    dialog.edits["first_registration"].setText("01-03-2015")
    assert dialog.save()
    stored = find_dossier(sqlite_world.db, sqlite_world.clerk_a, 1095)
    assert (stored.owner, stored.damage_km, stored.vin) == ("NOUVEAU", 94990, "WAUZZZ8V3EA07054")


def test_dossier_dialog_conflict_names_the_other_clerk(qtbot, sqlite_world, context, monkeypatch):
    saved = make_dossier(sqlite_world.db, sqlite_world.clerk_a, 1095)
    dialog = DossierDialog(context, saved.dossier.id)
    qtbot.addWidget(dialog)
    update_dossier(sqlite_world.db, sqlite_world.admin_a, saved.dossier.id, saved.dossier.version,
                   dossier_input(owner="CHANGÉ PAR ADMIN"))
    seen = []
    monkeypatch.setattr("app.ui.carpass.dossier_dialog.ask_reload_after_conflict",
                        lambda parent, error: seen.append(str(error)) or True)
    dialog.edits["owner"].setText("MA SAISIE")
    assert not dialog.save()
    assert "admin.a" in seen[0]
    assert dialog.edits["owner"].text() == "CHANGÉ PAR ADMIN"


def test_new_dossier_and_car_pass_button(qtbot, sqlite_world, context, monkeypatch):
    dialog = DossierDialog(context)
    qtbot.addWidget(dialog)
    assert not dialog.carpass_button.isEnabled()
    dialog.edits["number"].setText("-8")
    dialog.edits["plate"].setText("1abc123")
    assert dialog.save()
    assert dialog.carpass_button.isEnabled()
    shown = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda parent, title, text: shown.append(text)))
    dialog.carpass_button.click()
    assert "manuellement" in shown[0] and "dossier interne" in shown[0] and "propriétaire" in shown[0]
    assert dialog.carpass_status.text() == "à envoyer"
    detail = get_dossier(sqlite_world.db, sqlite_world.clerk_a, dialog.detail.id)
    assert detail.carpass_status == "pending" and detail.plate == "1ABC123"


def test_clock_station_by_keyboard_and_scanner(qtbot, sqlite_world, context):
    technician(sqlite_world.db, sqlite_world.admin_a, "T01", "Marc")
    make_dossier(sqlite_world.db, sqlite_world.clerk_a, 1095)
    changes = []
    context.changes.changed.connect(changes.append)
    station = ClockStationView(context)
    qtbot.addWidget(station)
    station.show()
    qtbot.keyClicks(station.dossier_edit, "1095")
    qtbot.keyClick(station.dossier_edit, Qt.Key.Key_Return)
    assert station.focusWidget() is station.badge_edit
    qtbot.keyClicks(station.badge_edit, "t01")
    qtbot.keyClick(station.badge_edit, Qt.Key.Key_Return)
    assert "Marc pointe sur le dossier 1095" in station.result_label.text()
    assert "Car-Pass" in station.result_label.text()
    assert station.open_model.rowCount() == 1 and [sorted(c.kinds) for c in changes] == [["carpass_dossiers"]]
    assert station.dossier_edit.text() == "" and station.focusWidget() is station.dossier_edit
    qtbot.keyClicks(station.dossier_edit, "1095*T01")
    qtbot.keyClick(station.dossier_edit, Qt.Key.Key_Return)
    assert "dépointe" in station.result_label.text() and station.open_model.rowCount() == 0
    qtbot.keyClicks(station.dossier_edit, "1095 T99")
    qtbot.keyClick(station.dossier_edit, Qt.Key.Key_Return)
    assert "T99" in station.result_label.text()


def test_dossiers_tab_imports_a_csv(qtbot, sqlite_world, context, tmp_path, monkeypatch):
    view = DossiersView(context)
    qtbot.addWidget(view)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda parent, title, text: shown.append(text)))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: shown.append(text)))
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + GOOD + "1300,X,,,,-1,,,,0,0,\n", encoding="utf-8")
    runner = view.import_file(bad)
    with qtbot.waitSignal(runner.failed, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: bool(shown))
    assert "ligne 7" in shown[-1] and view.model.total() == 0
    good = tmp_path / "good.csv"
    good.write_text(HEADER + GOOD, encoding="utf-8")
    runner = view.import_file(good)
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=10_000)
    assert "5 dossier(s)" in shown[-1] and view.model.total() == 5


def test_export_writes_the_cells_as_shown(qtbot, sqlite_world, context, tmp_path):
    small_list(sqlite_world)
    view = CarpassListView(context)
    qtbot.addWidget(view)
    view.red_only.setChecked(True)
    path = tmp_path / "carpass.csv"
    runner = view.grid.export_to(path)
    with qtbot.waitSignal(runner.finished, timeout=10_000):
        pass
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Dossier;Propriétaire;Début travaux")
    assert len(lines) == 2
    cells = lines[1].split(";")
    assert cells[0] == "1112" and cells[6] == "1679,07" and cells[7] == "à envoyer"
    assert cells[8] == "km dégât manquant"


def test_admin_registers_a_technician_at_the_station(qtbot, sqlite_world, monkeypatch):
    clerk_station = ClockStationView(AppContext(sqlite_world.db, sqlite_world.clerk_a, station_settings()))
    qtbot.addWidget(clerk_station)
    assert clerk_station.add_technician_button.isHidden()
    station = ClockStationView(AppContext(sqlite_world.db, sqlite_world.admin_a, station_settings()))
    qtbot.addWidget(station)
    answers = iter([("t07", True), ("Lotte Claes", True), ("T07", True), ("Doublon", True)])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: next(answers)))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: warnings.append(text)))
    station.add_technician_button.click()
    assert [t.code for t in station.technicians_model.records] == ["T07"]
    station.add_technician_button.click()
    assert "existe déjà" in warnings[0]


def test_opening_the_list_counts_reads_keys_and_first_rows_in_one_transaction(qapp, sqlite_world):
    from sqlalchemy import event

    bulk_list(sqlite_world, 300)
    source = CarpassListSource(sqlite_world.db, sqlite_world.clerk_a)
    begins: list[int] = []
    listener = lambda _connection: begins.append(1)  # noqa: E731
    event.listen(sqlite_world.db.engine, "begin", listener)
    try:
        model = CarpassListModel(source)
        assert len(begins) == 1 and model.total() == 300 and model.rowCount() == 200
        assert model.index(0, 1).data() == "CLIENT 1" and len(begins) == 1  # first rows already read
        model.index(120, 1).data()
        assert len(begins) == 2  # later rows: read when shown, in their own transaction
    finally:
        event.remove(sqlite_world.db.engine, "begin", listener)
