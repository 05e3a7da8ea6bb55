"""The invoices tab is current: invoices and payments just made appear in "Factures
location" and "Règlements" without touching the period."""

from __future__ import annotations

from app.core.rental.invoicing.invoicing import invoice_dossier
from app.core.rental.invoicing.payments import record_payment
from app.ui.app_context import AppContext
from app.ui.rental.invoicing.tabs import tabs
from app.ui.settings import station_settings
from tests.rental.invoicing.factories import make_contract, make_rental_world


def test_invoices_and_payments_just_made_appear(sqlite_world, qtbot):
    rw = make_rental_world(sqlite_world.db, sqlite_world.company_id)
    dossier_id = make_contract(sqlite_world.db, sqlite_world.site_a, rw)
    context = AppContext(sqlite_world.db, sqlite_world.clerk_a, station_settings())
    [(_title, view)] = tabs(context)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    assert view.sales_model.rowCount() == 0 and view.payments_model.rowCount() == 0
    invoice_dossier(sqlite_world.db, sqlite_world.clerk_a, dossier_id)
    qtbot.waitUntil(lambda: view.sales_model.rowCount() == 2)
    record_payment(sqlite_world.db, sqlite_world.clerk_a, dossier_id, "61,24", "card", "client")
    view.inner.setCurrentIndex(1)
    qtbot.waitUntil(lambda: view.payments_model.rowCount() == 1)
    context.close()
