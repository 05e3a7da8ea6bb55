"""Module tabs: each business module's ``app.ui.<key>`` package exposes ``tabs(context)``."""

from __future__ import annotations

import importlib
import importlib.util

from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

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


class ModuleTabs(QTabWidget):
    """A module's screens as sub-tabs under the module's own tab."""

    def __init__(self, key: str, pages: list[tuple[str, QWidget]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"module_{key}")
        for title, widget in pages:
            self.addTab(widget, title)

    def unsaved_changes(self) -> list[str]:
        """Unsaved edits of every sub-tab, for the main window's close/switch warning."""
        found: list[str] = []
        for index in range(self.count()):
            probe = getattr(self.widget(index), "unsaved_changes", None)
            if probe is not None:
                found += [f"{self.tabText(index)} : {item}" for item in probe()]
        return found


def build_tabs(context: AppContext) -> list[tuple[str, QWidget]]:
    """One tab per module the user's role may see (its screens as sub-tabs), in module order."""
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
            pages = factory(context)
            if len(pages) == 1:
                tabs.append(pages[0])
            elif pages:
                tabs.append((module_titles()[key], ModuleTabs(key, pages)))
    if context.scope.is_admin:
        from app.ui.platform.admin_view import AdminView

        tabs.append((tr("modules", "Administration"), AdminView(context)))
    return tabs
