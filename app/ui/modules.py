"""Module tabs: each business module's ``app.ui.<key>`` package exposes ``tabs(context)``."""

from __future__ import annotations

import importlib
import importlib.util

from PySide6.QtWidgets import QLabel, QWidget

from app.core.modules import MODULE_KEYS
from app.ui.app_context import AppContext
from app.ui.i18n import tr


def module_titles() -> dict[str, str]:
    """Translated module names, for placeholders and menus."""
    return {
        "carpass": tr("modules", "Car-Pass"),
        "controls": tr("modules", "Contrôles commerce véhicules"),
        "rental": tr("modules", "Location"),
    }


def build_tabs(context: AppContext) -> list[tuple[str, QWidget]]:
    """Every tab the user's role may see, in module order."""
    tabs: list[tuple[str, QWidget]] = []
    for key in MODULE_KEYS:
        name = f"app.ui.{key}"
        package = importlib.import_module(name) if importlib.util.find_spec(name) else None
        factory = getattr(package, "tabs", None)
        if factory is None:
            placeholder = QLabel(tr("modules", "Ce module arrive bientôt."))
            placeholder.setObjectName(f"placeholder_{key}")
            tabs.append((module_titles()[key], placeholder))
        else:
            tabs.extend(factory(context))
    if context.scope.is_admin:
        from app.ui.platform.admin_view import AdminView

        tabs.append((tr("modules", "Administration"), AdminView(context)))
    return tabs
