"""GUI of the controls module: the VZSHE10..VZSHE70 parameter pages of the current site."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.ui.app_context import AppContext
from app.ui.i18n import tr


def tabs(context: AppContext) -> list[tuple[str, QWidget]]:
    """The module's one tab, "Contrôles commerce véhicules"."""
    from app.core.errors import AtelierError
    from app.ui.controls.controls_view import ControlsView
    from app.ui.i18n import render

    title = tr("controls", "Contrôles commerce véhicules")
    try:
        return [(title, ControlsView(context))]
    except AtelierError as exc:  # a missing or broken catalogue must not take the window down
        label = QLabel(render(exc.message))
        label.setObjectName("controls_unavailable")
        label.setWordWrap(True)
        return [(title, label)]
