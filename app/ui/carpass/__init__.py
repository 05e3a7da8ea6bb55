"""GUI of the carpass module: the Car-Pass list, the dossiers and the workshop station,
followed by the sending module's tabs when it is installed."""

from __future__ import annotations

import importlib
import importlib.util

from PySide6.QtWidgets import QWidget

SENDING_TABS = "app.ui.carpass.sending.tabs"


def _sending_tabs(context) -> list[tuple[str, QWidget]]:
    try:
        if importlib.util.find_spec(SENDING_TABS) is None:
            return []
    except ModuleNotFoundError:
        return []
    return list(importlib.import_module(SENDING_TABS).tabs(context))


def preload() -> None:
    """Import the module's screens without building them (see ``app.ui.preload``)."""
    import app.ui.carpass.clock_station
    import app.ui.carpass.dossiers_view
    import app.ui.carpass.list_view  # noqa: F401
    if importlib.util.find_spec(SENDING_TABS) is not None:
        importlib.import_module(SENDING_TABS)


def tabs(context) -> list[tuple[str, QWidget]]:
    """Car-Pass list, Dossiers and Pointage tabs (+ the sending module's), linked together."""
    from app.ui.carpass.clock_station import ClockStationView
    from app.ui.carpass.dossiers_view import DossiersView
    from app.ui.carpass.list_view import CarpassListView
    from app.ui.i18n import tr

    carpass = CarpassListView(context)
    dossiers = DossiersView(context, on_change=carpass.reload)
    carpass.open_dossier = dossiers.open_dossier
    station = ClockStationView(context, on_change=lambda: (carpass.reload(), dossiers.model.reload()))
    return [
        (tr("modules", "Car-Pass"), carpass),
        (tr("carpass", "Dossiers"), dossiers),
        (tr("carpass", "Pointage"), station),
        *_sending_tabs(context),
    ]
