"""GUI of the carpass module: the Car-Pass list, the dossiers and the workshop station,
followed by the sending screens (history, settings)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def preload() -> None:
    """Import the module's screens without building them (see ``app.ui.preload``)."""
    import app.ui.carpass.clock_station
    import app.ui.carpass.dossiers_view
    import app.ui.carpass.list_view
    import app.ui.carpass.sending.tabs  # noqa: F401


def tabs(context) -> list[tuple[str, QWidget]]:
    """Car-Pass list, Dossiers and Pointage tabs (+ the sending module's); each reloads
    itself when the data it shows changes (see app/ui/widgets/live_view.py)."""
    from app.ui.carpass.clock_station import ClockStationView
    from app.ui.carpass.dossiers_view import DossiersView
    from app.ui.carpass.list_view import CarpassListView
    from app.ui.carpass.sending.tabs import tabs as sending_tabs
    from app.ui.i18n import tr

    carpass = CarpassListView(context)
    dossiers = DossiersView(context)
    carpass.open_dossier = dossiers.open_dossier
    station = ClockStationView(context)
    return [
        (tr("modules", "Car-Pass"), carpass),
        (tr("carpass", "Dossiers"), dossiers),
        (tr("carpass", "Pointage"), station),
        *sending_tabs(context),
    ]
