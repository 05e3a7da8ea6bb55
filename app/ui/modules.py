"""Module tabs: each business module's ``app.ui.<key>`` package exposes ``tabs(context)``.

The main window gets one :class:`LazyModuleTab` per module: the module's package is imported
and its screens built the first time its tab is shown, so the window appears after building
only the current module (see docs/decisions/lazy-module-tabs.md).
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

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


class LazyModuleTab(QWidget):
    """A module's place in the main window; its screens are built on first display."""

    def __init__(self, key: str, build: Callable[[], QWidget], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"tab_{key}")
        self.key = key
        self._build = build
        self._content: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        """True once the module's screens exist."""
        return self._content is not None

    def content(self) -> QWidget:
        """The module's screens, built now if they are not yet."""
        if self._content is None:
            self._content = self._build()
            self.layout().addWidget(self._content)
        return self._content

    def unsaved_changes(self) -> list[str]:
        """Unsaved edits of the module's screens (none before they are built)."""
        probe = getattr(self._content, "unsaved_changes", None)
        return probe() if probe is not None else []


def build_module(key: str, context: AppContext) -> QWidget:
    """Import module ``key``'s GUI and build its screens: one widget, or sub-tabs."""
    name = f"app.ui.{key}"
    package = importlib.import_module(name) if importlib.util.find_spec(name) else None
    factory = getattr(package, "tabs", None)
    if factory is None:
        placeholder = QLabel(tr("modules", "Ce module arrive bientôt."))
        placeholder.setObjectName(f"placeholder_{key}")
        return placeholder
    pages = factory(context)
    return pages[0][1] if len(pages) == 1 else ModuleTabs(key, pages)


def _admin_view(context: AppContext) -> QWidget:
    from app.ui.platform.admin_view import AdminView

    return AdminView(context)


def build_tabs(context: AppContext) -> list[tuple[str, LazyModuleTab]]:
    """One tab per module the user's role may see, in module order, each built when first
    shown; the administration tab last for admins."""
    titles = module_titles()
    tabs = [(titles[key], LazyModuleTab(key, lambda k=key: build_module(k, context))) for key in MODULE_KEYS]
    if context.scope.is_admin:
        tabs.append((tr("modules", "Administration"), LazyModuleTab("admin", lambda: _admin_view(context))))
    return tabs
