"""GUI of the controls module: the VZSHE10..VZSHE70 parameter pages of the current site."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.ui.app_context import AppContext
from app.ui.i18n import tr


def tabs(context: AppContext) -> list[tuple[str, QWidget]]:
    """The module's one tab, "Contrôles commerce véhicules"."""
    from app.ui.controls.controls_view import ControlsView

    return [(tr("controls", "Contrôles commerce véhicules"), ControlsView(context))]
