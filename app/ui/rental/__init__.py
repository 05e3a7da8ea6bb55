"""Rental screens: the day's tasks, planning board, dossiers, incomplete authorisations, fleet
damages, invoices, back office."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QWidget

from app.core.changes import DataKind
from app.core.rental.kinds import DossierKind
from app.core.rental.planning import new_dossier_defaults
from app.core.timeutil import local_today
from app.ui.i18n import tr
from app.ui.rental.back_office import BackOfficeView
from app.ui.rental.damages_view import DamagesView
from app.ui.rental.dossier_dialog import open_dossier
from app.ui.rental.invoicing.tabs import tabs as invoicing_tabs
from app.ui.rental.lists import DossiersView, IncompleteView
from app.ui.rental.planning_board import PlanningBoard
from app.ui.rental.today_view import TodayView
from app.ui.widgets.live_view import LiveView


class RentalTabs:
    """Holds the module's tabs and opens dossier windows from them (each tab reloads itself
    when the data it shows changes: see app/ui/widgets/live_view.py)."""

    def __init__(self, context):
        self.context = context
        self.windows: list[QWidget] = []
        self.today = TodayView(context, self.open_dossier)
        self.today.setObjectName("rental_today")
        self.planning = PlanningBoard(context)
        self.planning.setObjectName("rental_planning")
        self.dossiers = DossiersView(context, self.open_dossier, self.new_dossier)
        self.dossiers.setObjectName("rental_dossiers")
        self.incomplete = IncompleteView(context, self.open_dossier)
        self.incomplete.setObjectName("rental_incomplete")
        self.damages = DamagesView(context)
        self.damages.setObjectName("rental_damages")
        self.planning.new_requested.connect(self.new_from_planning)
        self.planning.open_requested.connect(self.open_dossier)
        dossiers = {DataKind.RENTAL_DOSSIERS, DataKind.RENTAL_DATA}
        damages = {DataKind.RENTAL_DAMAGES, DataKind.RENTAL_DATA}
        for view, kinds in ((self.today, dossiers), (self.planning, dossiers), (self.dossiers, dossiers),
                            (self.incomplete, dossiers), (self.damages, damages)):
            grid = getattr(view, "grid", None)
            view.live = LiveView(view, context, kinds, view.reload, grids=[grid] if grid is not None else [])

    def pages(self) -> list[tuple[str, QWidget]]:
        """The module's tabs: planning, dossiers, report, invoices, and the back office for admins."""
        context = self.context
        result = [(tr("rental", "À faire aujourd'hui"), self.today),
                  (tr("rental", "Planning location"), self.planning),
                  (tr("rental", "Dossiers de location"), self.dossiers),
                  (tr("rental", "Autorisations incomplètes"), self.incomplete),
                  (tr("rental", "Dommages flotte"), self.damages)]
        for title, widget in invoicing_tabs(context, open_dossier=self.open_dossier):
            widget.setObjectName(widget.objectName() or "rental_invoices")
            result.append((title, widget))
        if context.scope.is_admin:
            back_office = BackOfficeView(context)
            back_office.setObjectName("rental_back_office")
            for page in (back_office.customers, back_office.fleet, back_office.tariffs, back_office.extras,
                         back_office.agreements):
                page.live = LiveView(page, context, {DataKind.RENTAL_DATA}, page.reload)
            result.append((tr("rental", "Location – back-office"), back_office))
        return result

    def _show(self, **kwargs):
        dialog = open_dossier(self.context, self.planning.window(), **kwargs)
        self.windows = [w for w in self.windows if w.isVisible()] + [dialog]
        return dialog

    def open_dossier(self, dossier_id: int):
        """Open a saved dossier."""
        return self._show(dossier_id=dossier_id)

    def new_dossier(self, kind: str):
        """A new dossier from the module's buttons (from tomorrow 09:00, no vehicle yet)."""
        defaults = new_dossier_defaults(self.context.database, self.context.scope, None,
                                        local_today() + timedelta(days=1))
        return self._show(defaults=defaults, kind=kind)

    def new_from_planning(self, vehicle_id: int, day):
        """A new reservation for the car and day double-clicked on the planning board."""
        defaults = new_dossier_defaults(self.context.database, self.context.scope, vehicle_id, day)
        return self._show(defaults=defaults, kind=DossierKind.RESERVATION)


def tabs(context) -> list[tuple[str, QWidget]]:
    """The module's tabs: planning, dossiers, report, invoices, and the back office for admins."""
    return RentalTabs(context).pages()
