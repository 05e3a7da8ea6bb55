"""Module tabs: :data:`UI_MODULES` says, per business module, its title, how to build its
screens and what to import ahead (see docs/decisions/module-registry.md).

The main window gets one :class:`LazyModuleTab` per module: the module's package is imported
and its screens built the first time its tab is shown, so the window appears after building
only the current module (see docs/decisions/lazy-module-tabs.md).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.core.modules import ModuleKey
from app.ui.app_context import AppContext
from app.ui.i18n import tr

Pages = list[tuple[str, QWidget]]


@dataclass(frozen=True)
class UiModule:
    """A business module as the main window sees it."""

    key: ModuleKey
    title: Callable[[], str]
    tabs: Callable[[AppContext], Pages]
    preload: Callable[[], None]


def _carpass_tabs(context: AppContext) -> Pages:
    from app.ui.carpass import tabs

    return tabs(context)


def _carpass_preload() -> None:
    from app.ui.carpass import preload

    preload()


def _controls_tabs(context: AppContext) -> Pages:
    from app.ui.controls import tabs

    return tabs(context)


def _controls_preload() -> None:
    import app.ui.controls.controls_view  # noqa: F401


def _rental_tabs(context: AppContext) -> Pages:
    from app.ui.rental import tabs

    return tabs(context)


def _rental_preload() -> None:
    import app.ui.rental  # noqa: F401


UI_MODULES: tuple[UiModule, ...] = (
    UiModule(ModuleKey.CARPASS, lambda: tr("modules", "Car-Pass"), _carpass_tabs, _carpass_preload),
    UiModule(ModuleKey.CONTROLS, lambda: tr("modules", "Contrôles commerce véhicules"), _controls_tabs,
             _controls_preload),
    UiModule(ModuleKey.RENTAL, lambda: tr("modules", "Location"), _rental_tabs, _rental_preload),
)


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

    def savable(self) -> bool:
        """True when the module's screens can save their unsaved edits themselves."""
        return hasattr(self._content, "save_unsaved")

    def save_unsaved(self) -> bool:
        """Save the module's unsaved edits; False when a save is refused (nothing to save: True)."""
        save = getattr(self._content, "save_unsaved", None)
        return save() if save is not None else True


def build_module(module: UiModule, context: AppContext) -> QWidget:
    """Build a module's screens: one widget, or sub-tabs."""
    pages = module.tabs(context)
    return pages[0][1] if len(pages) == 1 else ModuleTabs(module.key, pages)


def _admin_view(context: AppContext) -> QWidget:
    from app.ui.platform.admin_view import AdminView

    return AdminView(context)


def build_tabs(context: AppContext) -> list[tuple[str, LazyModuleTab]]:
    """One tab per module the user's role may see, in module order, each built when first
    shown; the administration tab last for admins."""
    tabs = [(module.title(), LazyModuleTab(module.key, lambda m=module: build_module(m, context)))
            for module in UI_MODULES]
    if context.scope.is_admin:
        tabs.append((tr("modules", "Administration"), LazyModuleTab("admin", lambda: _admin_view(context))))
    return tabs
