"""The controls pages write numbers and dates as the rest of Atelier does (150,00 and
01-01-2024), take them back as typed, and explain N, V, G and A."""

from __future__ import annotations

from app.core.controls.values_service import read_page
from app.core.platform.auth import login
from app.core.platform.demo import DEMO_PASSWORD
from app.ui.app_context import AppContext
from app.ui.controls.controls_view import ControlsView
from app.ui.i18n import install_language
from app.ui.settings import station_settings


def _view(qtbot, demo_db) -> ControlsView:
    view = ControlsView(AppContext(demo_db, login(demo_db, "admin.liege", DEMO_PASSWORD), station_settings()))
    qtbot.addWidget(view)
    view.show()
    return view


def _page(view: ControlsView, page_id: str):
    view.show_page([form.page.id for form in view.forms].index(page_id))
    return view.form


def test_numbers_and_dates_in_the_belgian_format_and_typed_back(qtbot, demo_db):
    view = _view(qtbot, demo_db)
    vzshe50 = _page(view, "VZSHE50")
    amount = vzshe50.inputs["agency_commission_amount.lower"]
    assert amount.text() == "150,00"

    vzshe60 = _page(view, "VZSHE60")
    assert vzshe60.inputs["employer_share_periods.1.valid_from"].text() == "01-01-2024"
    assert vzshe60.inputs["employer_share_periods.1.percentage"].text() == "21,5"
    vzshe50 = _page(view, "VZSHE50")
    amount.setFocus()
    amount.selectAll()
    qtbot.keyClicks(amount, "175,5")
    view.save_button.click()
    assert "enregistrée" in view.message.text(), view.message.text()
    stored = read_page(demo_db, view.context.scope, "VZSHE50").values
    assert stored["agency_commission_amount.lower"] == "175.50"
    assert amount.text() == "175,50"


def test_vehicle_types_are_explained_in_dutch(qtbot, qapp, demo_db):
    install_language(qapp, "nl")
    try:
        view = _view(qtbot, demo_db)
        form = _page(view, "VZSHE50")
        assert form.inputs["overhead_monthly_fixed.G"].toolTip() == "G: tweedehandsvoertuigen"
        assert "V: demonstratie" in form.vehicle_legend.text() and form.vehicle_legend.isVisible()
        assert not hasattr(_page(view, "VZSHE10"), "vehicle_legend")  # no N/V/G/A on that page
    finally:
        install_language(qapp, "fr")
