"""The business modules, in tab order; each has a package under app/core and app/ui."""

from __future__ import annotations

import importlib
import importlib.util
from types import ModuleType

MODULE_KEYS = ("carpass", "controls", "rental")


def optional_module(module_key: str, name: str) -> ModuleType | None:
    """Import ``app.core.<module_key>.<name>`` if that module exists."""
    full = f"app.core.{module_key}.{name}"
    if importlib.util.find_spec(full) is None:
        return None
    return importlib.import_module(full)
