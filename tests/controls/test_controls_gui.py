"""The controls tab driven with pytest-qt: paging keys, Enter, F1, F10/Ctrl+S, Esc, search,
reasons under fields, clerk read-only, history, compare/copy and the overhead preview."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.core.controls.values_service import read_page, save_page
from app.ui.app_context import AppContext
from app.ui.controls import tabs
from app.ui.controls.controls_view import ControlsView
from app.ui.controls.dialogs import CompareSitesDialog, HistoryDialog
from app.ui.settings import station_settings

PAGES = ["VZSHE10", "VZSHE30", "VZSHE40", "VZSHE50", "VZSHE60", "VZSHE70"]


@pytest.fixture
def make_view(qtbot, sqlite_world, cat):
    def make(scope=None) -> ControlsView:
        view = ControlsView(AppContext(sqlite_world.db, scope or sqlite_world.admin_a, station_settings()), cat)
        qtbot.addWidget(view)
        view.resize(1200, 800)
        with qtbot.waitActive(view):
            view.show()
            view.activateWindow()
        view.form.ordered_inputs()[0].setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        return view
    return make


def focused(view):
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the focus"
    return widget


def test_tab_title_and_pages_built_once(qtbot, sqlite_world):
    [(title, widget)] = tabs(AppContext(sqlite_world.db, sqlite_world.clerk_a, station_settings()))
    qtbot.addWidget(widget)
    assert title == "Contrôles commerce véhicules"
    assert widget.stack.count() == len(widget.catalogue.pages)


@pytest.mark.parametrize(("forward", "backward"), [
    ((Qt.Key.Key_F20, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_F19, Qt.KeyboardModifier.NoModifier)),
    ((Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier), (Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)),
    ((Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_PageUp, Qt.KeyboardModifier.NoModifier)),
])
def test_paging_keys(make_view, qtbot, forward, backward):
    view = make_view()
    widgets = [view.stack.widget(i) for i in range(view.stack.count())]
    seen = [view.form.page.id]
    for _ in range(len(PAGES)):
        qtbot.keyClick(focused(view), *forward)
        seen.append(view.form.page.id)
    assert seen == PAGES + ["VZSHE70"]  # stays on the last page
    assert view.header.text().startswith("VZSHE70 — VIII — Contrôles VIII")
    for _ in range(2):
        qtbot.keyClick(focused(view), *backward)
    assert view.form.page.id == "VZSHE50"
    assert [view.stack.widget(i) for i in range(view.stack.count())] == widgets  # switched, never rebuilt


def test_enter_moves_to_the_next_field(make_view, qtbot):
    view = make_view()
    inputs = view.form.ordered_inputs()
    qtbot.keyClick(inputs[0], Qt.Key.Key_Return)
    assert focused(view) is inputs[1]
    qtbot.keyClick(inputs[1], Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert focused(view) is inputs[2]


def test_f1_shows_the_focused_fields_help(make_view, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append((title, text)))
    view = make_view()
    view.form.inputs["reservation_max_days"].setFocus()
    qtbot.keyClick(focused(view), Qt.Key.Key_F1)
    title, text = shown[-1]
    assert "Nombre maximal de jours de réservation" in title
    assert "Aide de Nombre maximal de jours de réservation." in text and "1 à 999" in text


def test_invalid_value_shows_reason_page_can_be_left_but_not_saved(make_view, qtbot, sqlite_world, cat):
    view = make_view()
    edit = view.form.inputs["reservation_max_days"]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "1000")
    error = view.form.errors["reservation_max_days"]
    assert error.isVisible() and "de 1 à 999" in error.text()
    qtbot.keyClick(focused(view), Qt.Key.Key_F20)
    assert view.form.page.id == "VZSHE30"
    qtbot.keyClick(focused(view), Qt.Key.Key_F19)
    assert view.form.inputs["reservation_max_days"].text() == "1000"  # the edit survived paging
    qtbot.keyClick(focused(view), Qt.Key.Key_F10)
    assert "valeur(s) refusée(s)" in view.message.text()
    assert read_page(sqlite_world.db, sqlite_world.admin_a, "VZSHE10", catalogue=cat).version == 0


def test_f10_and_ctrl_s_save_the_page(make_view, qtbot, sqlite_world, cat):
    view = make_view()
    edit = view.form.inputs["reservation_max_days"]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "45")
    assert "●" in view.header.text()
    qtbot.keyClick(edit, Qt.Key.Key_F10)
    assert "enregistrée : 1 valeur(s)" in view.message.text()
    assert "●" not in view.header.text()
    page = read_page(sqlite_world.db, sqlite_world.admin_a, "VZSHE10", catalogue=cat)
    assert page.values["reservation_max_days"] == "45" and page.version == 1
    date_edit = view.form.inputs["nova_excluded_from_vat_from"]
    date_edit.setFocus()
    qtbot.keyClicks(date_edit, "01032011")
    qtbot.keyClick(date_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert read_page(sqlite_world.db, sqlite_world.admin_a, "VZSHE10",
                     catalogue=cat).values["nova_excluded_from_vat_from"] == "2011-03-01"
    assert date_edit.text() == "01-03-2011"


def test_cross_field_rule_reason_under_the_field_and_save_refused(make_view, qtbot, sqlite_world, cat):
    view = make_view()
    view.jump_to("VZSHE70", "commission_release_days_after_billing.V")
    days = view.form.inputs["commission_release_days_after_billing.V"]
    days.selectAll()
    qtbot.keyClicks(days, "10")
    end = view.form.inputs["commission_release_month_end.V"]
    end.setFocus()
    qtbot.keyClicks(end, "1")
    assert "une seule méthode" in view.form.errors["commission_release_month_end.V"].text()
    qtbot.keyClick(end, Qt.Key.Key_F10)
    assert read_page(sqlite_world.db, sqlite_world.admin_a, "VZSHE70", catalogue=cat).version == 0


def test_esc_abandons_after_confirmation(make_view, qtbot, monkeypatch):
    view = make_view()
    edit = view.form.inputs["other_items_mode"]
    edit.setFocus()
    qtbot.keyClicks(edit, "2")
    assert view.unsaved_pages() == ["VZSHE10"]
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *args: answers.pop(0))
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert edit.text() == "2"
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert edit.text() == "" and not view.form.is_dirty() and answers == []
    assert view.unsaved_pages() == []


def test_search_jumps_to_a_field_on_another_page(make_view, qtbot):
    view = make_view()
    view.search.setFocus()
    qtbot.keyClicks(view.search, "cumul commissions")
    assert view.results.count() == 1
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert view.form.page.id == "VZSHE70"
    assert focused(view) is view.form.inputs["commission_accumulation_months"]
    view.search.clear()
    qtbot.keyClicks(view.search, "aide de debut exercice")  # accents ignored, help words count
    assert "Début de l'exercice" in view.results.item(0).text()


def test_clerk_reads_only(make_view, qtbot, sqlite_world, cat):
    save_page(sqlite_world.db, sqlite_world.admin_a, "VZSHE10", {"reservation_max_days": "12"}, 0, catalogue=cat)
    view = make_view(sqlite_world.clerk_a)
    assert view.form.inputs["reservation_max_days"].text() == "12"
    assert all(edit.isReadOnly() for form in view.forms for edit in form.inputs.values())
    assert not hasattr(view, "save_button")
    assert "lecture seule" in view.legend.text() and "F10" not in view.legend.text()
    qtbot.keyClick(focused(view), Qt.Key.Key_F10)
    assert view.message.text() == ""


def test_clerk_of_site_b_sees_site_b(make_view, sqlite_world, cat):
    save_page(sqlite_world.db, sqlite_world.admin_a, "VZSHE10", {"reservation_max_days": "12"}, 0, catalogue=cat)
    view = make_view(sqlite_world.clerk_b)
    assert view.form.inputs["reservation_max_days"].text() == "999"


def test_history_dialog(qtbot, qtmodeltester, sqlite_world, cat):
    save_page(sqlite_world.db, sqlite_world.admin_a, "VZSHE10", {"reservation_max_days": "12"}, 0, catalogue=cat)
    save_page(sqlite_world.db, sqlite_world.admin_a, "VZSHE10", {"reservation_max_days": "14"}, 1, catalogue=cat)
    dialog = HistoryDialog(AppContext(sqlite_world.db, sqlite_world.admin_a, station_settings()), cat,
                           "reservation_max_days")
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    rows = [[dialog.model.index(r, c).data() for c in range(6)] for r in range(dialog.model.rowCount())]
    assert [(r[1], r[3], r[4]) for r in rows] == [("admin.a", "12", "14"), ("admin.a", "999", "12")]


def test_compare_and_copy_a_page_between_sites(make_view, qtbot, qtmodeltester, sqlite_world, cat, monkeypatch):
    save_page(sqlite_world.db, sqlite_world.admin_b, "VZSHE30", {"remark": "Gent", "fiscal_year_start": "1.7"},
              0, catalogue=cat)
    view = make_view()
    view.jump_to("VZSHE30", "remark")
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    dialog = CompareSitesDialog(view.context, cat, "VZSHE30")
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert {r.key for r in dialog.model.records} == {"remark", "fiscal_year_start"}
    assert dialog.left.currentText().startswith("B") and dialog.right.currentText().startswith("A")
    dialog.copy_page.click()
    assert dialog.copied and dialog.model.rowCount() == 0
    monkeypatch.setattr(CompareSitesDialog, "exec", lambda self: None)
    view.compare_sites()
    assert read_page(sqlite_world.db, sqlite_world.admin_a, "VZSHE30", catalogue=cat).values["remark"] == "Gent"


def test_overhead_preview_follows_the_typed_values(make_view, qtbot):
    view = make_view()
    view.jump_to("VZSHE50", "overhead_monthly_fixed.G")
    preview = view.form.preview
    fixed = view.form.inputs["overhead_monthly_fixed.G"]
    fixed.selectAll()
    qtbot.keyClicks(fixed, "530")
    rate = view.form.inputs["overhead_monthly_rate_1.G"]
    rate.setFocus()
    rate.selectAll()
    qtbot.keyClicks(rate, "1,17")
    preview.vehicle_value.setText("10000")
    preview.vehicle_value.textEdited.emit("10000")
    row = next(r for r in range(preview.table.rowCount()) if preview.table.item(r, 0).text() == "G taux 1")
    assert preview.table.item(row, 3).text() in ("647,00", "647.00")


def test_cross_page_rule_shown_live_from_the_saved_other_page(make_view, qtbot, sqlite_world, cat):
    save_page(sqlite_world.db, sqlite_world.admin_a, "VZSHE40", {"fibu_post_commissions": "1"}, 0, catalogue=cat)
    view = make_view()
    view.jump_to("VZSHE70", "commission_release_auto.N")
    qtbot.keyClicks(focused(view), "1")
    assert "seule la valeur VIDE" in view.form.errors["commission_release_auto.N"].text()


def test_a_missing_catalogue_shows_a_message_instead_of_the_tab(qtbot, sqlite_world, monkeypatch, tmp_path):
    monkeypatch.setenv("ATELIER_CONTROLS_CATALOGUE", str(tmp_path / "missing.json"))
    [(title, widget)] = tabs(AppContext(sqlite_world.db, sqlite_world.clerk_a, station_settings()))
    qtbot.addWidget(widget)
    assert widget.objectName() == "controls_unavailable" and "missing.json" in widget.text()


def test_warning_rule_saves_and_is_reported(make_view, qtbot, sqlite_world, cat):
    view = make_view()
    view.jump_to("VZSHE40", "nova_fibu_vat_code")
    qtbot.keyClicks(focused(view), "7")
    assert "sans effet" in view.form.errors["nova_fibu_vat_code"].text()
    assert view.form.invalid == {}
    qtbot.keyClick(focused(view), Qt.Key.Key_F10)
    assert "Attention — Code TVA NoVA pour la FIBU : sans effet" in view.message.text()
    assert read_page(sqlite_world.db, sqlite_world.admin_a, "VZSHE40",
                     catalogue=cat).values["nova_fibu_vat_code"] == "7"


def test_down_arrow_walks_the_search_results(make_view, qtbot):
    view = make_view()
    view.search.setFocus()
    qtbot.keyClicks(view.search, "commission")
    assert view.results.count() >= 2
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    assert focused(view) is view.results and view.results.currentRow() == 0
    qtbot.keyClick(view.results, Qt.Key.Key_Down)
    page_id, key = view.results.currentItem().data(Qt.ItemDataRole.UserRole)
    qtbot.keyClick(view.results, Qt.Key.Key_Return)
    assert view.form.page.id == page_id and view.results.isHidden()
    assert view.form.focused_key().split(".")[0] == key
