"""Rental screens driven with qtbot: a PEC contract made from the planning board, live
totals, refusals shown on the fields, frozen dossiers, the back office and every model."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import update

from app.core.grid import GridQuery
from app.core.rental.dossier_list import DossierListSource
from app.core.rental.dossiers import create_dossier, dossier_info, price_of
from app.core.rental.models import RentalDossier
from app.core.timeutil import to_local
from app.ui.app_context import AppContext
from app.ui.i18n import install_language
from app.ui.rental import RentalTabs
from app.ui.rental.dossier_dialog import DossierDialog
from app.ui.settings import station_settings
from tests.rental.conftest import DEP


@pytest.fixture(autouse=True)
def french(qapp):
    install_language(qapp, "fr")


def _module(qtbot, rental, scope=None):
    context = AppContext(rental.world.db, scope or rental.world.clerk_a, station_settings())
    module = RentalTabs(context)
    result = module.pages()
    for _title, widget in result:
        qtbot.addWidget(widget)
    return module, dict((w.objectName(), w) for _t, w in result)


def _double_click_cell(qtbot, board, vehicle_id, day):
    board.first_day = day - timedelta(days=day.weekday())
    board.reload()
    row = next(i for i, r in enumerate(board.model.rows) if r.vehicle_id == vehicle_id)
    column = (day - board.first_day).days
    index = board.model.index(row, column)
    board.view.resize(1200, 400)
    board.show()
    qtbot.waitExposed(board)
    rect = board.view.visualRect(index)
    qtbot.mouseClick(board.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # press sets the index
    qtbot.mouseDClick(board.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_pec_contract_created_from_the_planning_board(qtbot, sqlite_rental, qtmodeltester):
    module, _widgets = _module(qtbot, sqlite_rental)
    board = module.planning
    _double_click_cell(qtbot, board, sqlite_rental.car_b1, DEP.date())
    qtbot.waitUntil(lambda: bool(module.windows))
    dialog: DossierDialog = module.windows[-1]
    qtbot.addWidget(dialog)
    form = dialog.form
    assert form.vehicle.current_id() == sqlite_rental.car_b1
    assert to_local(form.planned_departure.instant()).date() == DEP.date()
    # PEC tab, as the assistance company dictates it
    form.is_pec.setChecked(True)
    form.agreement.set_id(sqlite_rental.pec_agreement)
    form.file_number.setText("AX-2026-0042")
    form.pec_category.setCurrentText("B")
    form.pec_days.setValue(5)
    form.customer.set_id(sqlite_rental.beneficiary)
    form.planned_return.set_instant(form.planned_departure.instant() + timedelta(days=5))
    qtbot.waitUntil(lambda: dialog.totals.total_text("pec_excl") == "175,00 €")
    assert dialog.totals.total_text("pec_incl") == "211,75 €"
    assert dialog.totals.total_text("client_incl") == "0,00 €"
    assert dialog.price_detail.model.rowCount() == 1  # the 5-day PEC package
    qtmodeltester.check(dialog.price_detail.model)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.info is not None and dialog.info.kind == "reservation", dialog.error_label.text()
    assert dialog.convert_button.isVisible()
    qtbot.mouseClick(dialog.convert_button, Qt.MouseButton.LeftButton)
    saved = dossier_info(sqlite_rental.world.db, sqlite_rental.world.clerk_a, dialog.info.id)
    assert (saved.kind, saved.data.is_pec, saved.data.pec_days, saved.created_by) == ("contract", True, 5, "clerk.a")
    assert saved.data.pec_tariff_id == sqlite_rental.pec_tariff
    # the board shows the bar, the list the contract
    qtbot.waitUntil(lambda: [(b.number, b.kind, b.is_pec) for r in board.model.rows for b in r.bars]
                    == [(saved.number, "contract", True)])  # the board on screen follows at once
    module.dossiers.show()  # a hidden list follows when shown
    qtbot.waitUntil(lambda: module.dossiers.model.total() == 1)
    qtmodeltester.check(board.model)
    # the client extends by two days: the header moves the days to the client total
    dialog.form.planned_return.set_instant(saved.data.planned_return + timedelta(days=2))
    qtbot.waitUntil(lambda: dialog.totals.total_text("client_excl") == "105,00 €")
    assert dialog.totals.total_text("pec_excl") == "175,00 €"
    reasons = [dialog.price_detail.model.index(r, 6).data() for r in range(dialog.price_detail.model.rowCount())]
    assert any("prolongation demandée par le client" in r for r in reasons)


def test_refusal_is_shown_on_the_field_and_nothing_saved(qtbot, sqlite_rental):
    module, _widgets = _module(qtbot, sqlite_rental)
    dialog = module.new_from_planning(sqlite_rental.car_b1, DEP.date())
    qtbot.addWidget(dialog)
    dialog.form.is_pec.setChecked(True)
    dialog.form.agreement.set_id(sqlite_rental.pec_agreement)
    dialog.form.pec_days.setValue(5)
    dialog.form.customer.set_id(sqlite_rental.beneficiary)
    dialog.form.km_out.setValue(10_500)
    dialog.form.km_in.setValue(10_100)
    assert not dialog.save()
    assert "Accord (n° de dossier d'assistance)" in dialog.error_label.text()
    assert "ne peut pas baisser" in dialog.error_label.text()
    assert dialog.form.file_number.styleSheet() and dialog.form.km_in.styleSheet()
    assert DossierListSource(sqlite_rental.world.db, sqlite_rental.world.clerk_a).count(GridQuery()) == 0
    dialog.form.pec_discount.setText("abc")
    dialog.refresh_totals()
    assert "Remise PEC" in dialog.totals.info.text()


def test_invoiced_dossier_opens_read_only(qtbot, sqlite_rental):
    w = sqlite_rental.world
    info = create_dossier(w.db, w.clerk_a, sqlite_rental.pec_data(), "contract")
    with w.db.session() as session:
        session.execute(update(RentalDossier).where(RentalDossier.id == info.id).values(invoiced=True))
    dialog = DossierDialog(AppContext(w.db, w.clerk_a, station_settings()), info.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.info is not None)  # read off the GUI thread
    assert "lecture seule" in dialog.title.text()
    assert not dialog.save_button.isEnabled()
    assert dialog.form.file_number.isReadOnly() and not dialog.form.agreement.isEnabled()
    assert not dialog.extend_button.isVisible()
    assert dialog.totals.total_text("pec_excl") == "175,00 €"


def test_extension_by_assistance_from_the_dialog(qtbot, sqlite_rental, monkeypatch):
    from app.ui.rental import dossier_dialog

    w = sqlite_rental.world
    info = create_dossier(w.db, w.clerk_a, sqlite_rental.pec_data(), "contract")
    dialog = DossierDialog(AppContext(w.db, w.clerk_a, station_settings()), info.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.info is not None)  # read off the GUI thread

    def accept(self):
        self.days.setValue(2)  # the return follows: departure + 7 days
        assert self.new_return.instant() == DEP + timedelta(days=7)
        assert "Durée PEC : 7 jour(s)" in self.meaning.text()
        self.reference.setText("EXT-9")
        return True
    monkeypatch.setattr(dossier_dialog.ExtensionDialog, "exec", accept)
    assert dialog.extend("assistance")
    assert price_of(w.db, w.clerk_a, info.id).pec_total_excl == D("245.00")
    assert dialog.totals.total_text("pec_excl") == "245,00 €"
    box = dialog.form.authorisation
    assert box.history_model.rowCount() == 1 and "EXT-9" in box.history_model.index(0, 4).data()
    assert "couverts par l'assistance : 7 jour(s)" in box.coverage.text()
    assert not dialog.form.pec_days.isEnabled()  # the first authorisation is history now

    def client(self):
        self.new_return.set_instant(DEP + timedelta(days=9))
        assert "dont 2 jour(s) en plus à charge du client" in self.meaning.text()
        return True
    monkeypatch.setattr(dossier_dialog.ExtensionDialog, "exec", client)
    assert dialog.extend("client")
    assert dialog.form.authorisation.history_model.rowCount() == 2
    assert dialog.totals.total_text("client_excl") == "105,00 €"  # 55 + 50 at the public tariff


def test_lists_report_and_back_office(qtbot, sqlite_rental, qtmodeltester, monkeypatch):
    w = sqlite_rental.world
    info = create_dossier(w.db, w.clerk_a, sqlite_rental.pec_data(vehicle_id=sqlite_rental.car_c1), "contract")
    module, widgets = _module(qtbot, sqlite_rental, w.admin_a)
    assert set(widgets) == {"rental_today", "rental_planning", "rental_dossiers", "rental_incomplete", "rental_damages",
                            "rental_invoices", "rental_back_office"}
    qtmodeltester.check(module.dossiers.model)
    qtmodeltester.check(module.incomplete.model)
    assert module.incomplete.model.total() == 1  # category C for a B authorisation
    assert "catégorie C au lieu de B" in module.incomplete.model.row_at(0)["problem"]
    module.dossiers.kind.setCurrentIndex(module.dossiers.kind.findData("quote"))
    assert module.dossiers.model.total() == 0
    back = widgets["rental_back_office"]
    for page in (back.customers, back.fleet, back.tariffs, back.agreements):
        qtmodeltester.check(page.model)
        assert page.model.rowCount() > 0
    back.vat_edit.setText("121")
    back.save_settings()
    assert "Taux de TVA" in back.settings_message.text()
    clerk_module, clerk_widgets = _module(qtbot, sqlite_rental, w.clerk_b)
    assert "rental_back_office" not in clerk_widgets
    assert clerk_module.dossiers.model.total() == 0  # site B sees nothing of site A
    opened = module.open_dossier(info.id)
    qtbot.addWidget(opened)
    qtbot.waitUntil(lambda: opened.info is not None)  # read off the GUI thread
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert not opened.cancel_dossier_button.isHidden()
    assert opened.cancel_dossier()
    assert dossier_info(w.db, w.clerk_a, info.id).cancelled


def test_back_office_tariff_dialog_reads_decimals(qtbot, sqlite_rental):
    from app.ui.rental.back_office_dialogs import TariffDialog

    context = AppContext(sqlite_rental.world.db, sqlite_rental.world.admin_a, station_settings())
    dialog = TariffDialog(context)
    qtbot.addWidget(dialog)
    dialog.code.setText("WE")
    dialog.name.setText("Week-end")
    dialog.fuel.setText("1,899")
    dialog.add_rate(None)
    for column, value in enumerate(("B", "2", "79,90", "39,95", "", "0,2")):
        dialog.grid.item(0, column).setText(value)
    dialog.try_save()
    assert dialog.result_info is not None, dialog.error_label.text()
    rate = dialog.result_info.data.rates[0]
    assert (rate.price, rate.extra_day_price, rate.km_per_day) == (D("79.90"), D("39.95"), None)
    assert dialog.result_info.data.fuel_price_per_litre == D("1.899")


def test_new_dossier_kind_chosen_in_the_window(qtbot, sqlite_rental):
    module, _widgets = _module(qtbot, sqlite_rental)
    dialog = module.new_from_planning(sqlite_rental.car_b2, DEP.date())
    qtbot.addWidget(dialog)
    assert dialog.kind_combo.currentData() == "reservation"
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("contract"))
    assert "Contrat" in dialog.title.text()
    dialog.form.customer.set_id(sqlite_rental.beneficiary)
    assert dialog.save(), dialog.error_label.text()
    assert dialog.info.kind == "contract" and dialog.kind_combo.isHidden()
    assert not dialog.convert_button.isVisible()


def test_back_office_agreement_dialog_edits_the_bill_split(qtbot, sqlite_rental):
    from app.core.rental.agreements import agreement_info
    from app.ui.rental.back_office_dialogs import AgreementDialog

    w = sqlite_rental.world
    context = AppContext(w.db, w.admin_a, station_settings())
    dialog = AgreementDialog(context, agreement_info(w.db, w.admin_a, sqlite_rental.pec_agreement))
    qtbot.addWidget(dialog)
    assert dialog.insurer_pct.text() == "100" and dialog.daily_cap.text() == ""
    dialog.insurer_pct.setText("120")
    dialog.try_save()
    assert dialog.result_info is None and "Part de l'assistance" in dialog.error_label.text()
    dialog.insurer_pct.setText("80")
    dialog.daily_cap.setText("45,50")
    dialog.vat_to_client.setChecked(True)
    dialog.try_save()
    assert dialog.result_info is not None, dialog.error_label.text()
    saved = agreement_info(w.db, w.admin_a, sqlite_rental.pec_agreement).data
    assert (saved.insurer_pct, saved.daily_cap, saved.vat_to_client) == (D("80"), D("45.50"), True)


def test_return_follows_the_pec_duration_and_free_cars_come_first(qtbot, sqlite_rental):
    w = sqlite_rental.world
    taken = create_dossier(w.db, w.clerk_a, sqlite_rental.pec_data(vehicle_id=sqlite_rental.car_b1), "reservation")
    module, _widgets = _module(qtbot, sqlite_rental)
    dialog = module.new_from_planning(sqlite_rental.car_b2, DEP.date() + timedelta(days=1))
    qtbot.addWidget(dialog)
    form = dialog.form
    form.is_pec.setChecked(True)
    form.pec_category.setCurrentText("B")
    form.pec_days.setValue(4)
    assert form.planned_return.instant() - form.planned_departure.instant() == timedelta(days=4)
    form.refresh_vehicle_choices()
    texts = [form.vehicle.itemText(i) for i in range(1, form.vehicle.count())]
    assert texts[0].startswith("1-ABC-102") and texts[1].startswith("1-ABC-201")  # free, category B first
    assert texts[2].startswith("1-ABC-101") and f"réservé (dossier {taken.number})" in texts[2]
    assert form.vehicle.current_id() == sqlite_rental.car_b2  # the choice is kept


def test_month_view_shows_the_current_month_and_fits(qtbot, sqlite_rental):
    import calendar

    from app.core.timeutil import local_today

    module, _widgets = _module(qtbot, sqlite_rental)
    board = module.planning
    today = local_today()
    board.go_today()  # the current week (which may start in the previous month)
    board.set_span(31)
    assert board.first_day == today.replace(day=1)
    assert board.days == calendar.monthrange(today.year, today.month)[1]
    assert board.model.headerData(0, Qt.Orientation.Horizontal) == "01"
    board.resize(1024, 600)
    board.show()
    qtbot.waitExposed(board)
    assert board.view.horizontalScrollBar().maximum() == 0  # every day of the month fits at 1024 px
    board.shift_months(1)
    following = (today.replace(day=28) + timedelta(days=4)).replace(day=1)
    assert board.first_day == following
    assert board.days == calendar.monthrange(following.year, following.month)[1]
    board.set_span(7)
    assert board.first_day.weekday() == 0 and board.days == 7
