"""Every screen and dialog of the application, opened on the demo data for the layout and
language tests (one place that lists them, so a new dialog is added once)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget
from sqlalchemy import text

from app.core.controls.catalogue import load_catalogue
from app.core.rental.agreements import list_agreements
from app.core.rental.customers import list_customers
from app.core.rental.dossiers import dossier_info
from app.core.rental.extras import list_extras
from app.core.rental.fleet import list_vehicles
from app.core.rental.planning import new_dossier_defaults
from app.core.rental.tariffs import list_tariffs
from app.core.timeutil import local_today
from app.ui.app_context import AppContext
from app.ui.main_window import MainWindow
from app.ui.rental.planning_board import MONTH_SPAN


def settle(app: QApplication, rounds: int = 6) -> None:
    """Let lazy loads and layouts finish (no sleeping: only queued events run)."""
    for _ in range(rounds):
        app.processEvents()


def main_window_pages(app: QApplication, window: MainWindow) -> Iterator[str]:
    """Show every module tab and sub-tab of ``window`` in turn (and the planning's month
    view); yields the name of what is on screen."""
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        page = window.tabs.widget(index).content()
        if hasattr(page, "forms"):  # the controls: every VZSHE page
            for number, form in enumerate(page.forms):
                page.show_page(number)
                settle(app)
                yield f"{window.tabs.tabText(index)} / {form.page.id}"
            page.show_page(0)
            continue
        if not isinstance(page, QTabWidget):
            settle(app)
            yield window.tabs.tabText(index)
            continue
        for sub in range(page.count()):
            page.setCurrentIndex(sub)
            settle(app)
            yield f"{window.tabs.tabText(index)} / {page.tabText(sub)}"
            board = page.widget(sub)
            if board.objectName() == "rental_planning":
                board.span_group.button(MONTH_SPAN).click()
                settle(app)
                yield f"{window.tabs.tabText(index)} / {page.tabText(sub)} (mois)"


def _first(database, sql: str) -> int:
    with database.engine.connect() as connection:
        return connection.execute(text(sql)).scalar_one()


def dialogs(context: AppContext) -> list[tuple[str, Callable[[], QDialog]]]:
    """(name, factory) of every editing and viewing dialog, filled from the demo data."""
    from app.ui.carpass.dossier_dialog import DossierDialog as CarpassDossierDialog
    from app.ui.carpass.sending.confirmation_actions import DayDialog
    from app.ui.controls.dialogs import CompareSitesDialog, HistoryDialog
    from app.ui.platform.database_dialog import DatabaseDialog
    from app.ui.platform.login_dialog import LoginDialog
    from app.ui.rental.back_office_dialogs import AgreementDialog, ExtraDialog, TariffDialog, VehicleDialog
    from app.ui.rental.customer_dialog import CustomerDialog
    from app.ui.rental.damage_dialogs import DamageDialog
    from app.ui.rental.dossier_dialog import DossierDialog as RentalDossierDialog
    from app.ui.rental.extension_dialog import ExtensionDialog
    from app.ui.rental.invoicing.peppol_dialog import PeppolDialog
    from app.ui.rental.invoicing.smtp_dialog import SmtpDialog
    from app.ui.rental.invoicing.statement_dialog import StatementDialog

    database, scope = context.database, context.scope
    catalogue = load_catalogue()
    carpass_id = _first(database, f"SELECT min(id) FROM dossier WHERE site_id = {scope.site_id}")
    rental_id = _first(database, f"SELECT max(id) FROM rental_dossier WHERE site_id = {scope.site_id}")
    vehicle = list_vehicles(database, scope)[0]
    return [
        ("login", lambda: LoginDialog(database)),
        ("database", lambda: DatabaseDialog()),
        ("carpass dossier (new)", lambda: CarpassDossierDialog(context)),
        ("carpass dossier", lambda: CarpassDossierDialog(context, carpass_id)),
        ("carpass day", lambda: DayDialog()),
        ("controls history", lambda: HistoryDialog(context, catalogue, "agency_commission_amount.lower")),
        ("controls compare", lambda: CompareSitesDialog(context, catalogue, "VZSHE50")),
        ("rental dossier (new)", lambda: RentalDossierDialog(
            context, defaults=new_dossier_defaults(database, scope, vehicle.id, local_today()))),
        ("rental dossier", lambda: RentalDossierDialog(context, rental_id)),
        ("rental extension", lambda: ExtensionDialog(dossier_info(database, scope, rental_id), "assistance", 60)),
        ("customer", lambda: CustomerDialog(context, list_customers(database, scope)[0])),
        ("vehicle", lambda: VehicleDialog(context, vehicle)),
        ("tariff", lambda: TariffDialog(context, list_tariffs(database, scope)[0])),
        ("agreement", lambda: AgreementDialog(context, list_agreements(database, scope)[0])),
        ("extra", lambda: ExtraDialog(context, list_extras(database, scope)[0])),
        ("damage", lambda: DamageDialog(context, vehicle.id, rental_id)),
        ("statement", lambda: StatementDialog(context)),
        ("smtp", lambda: SmtpDialog(context)),
        ("peppol", lambda: PeppolDialog(context)),
    ]


def all_widgets(root: QWidget) -> list[QWidget]:
    """``root`` and every widget under it."""
    return [root, *root.findChildren(QWidget)]
