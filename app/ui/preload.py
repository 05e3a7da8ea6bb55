"""What the main window needs right after the login, imported while the clerk types.

The login dialog runs :func:`preload_after_login` on its database-opening thread once the
database is open: the imports (the ORM models, the main window, the first module's screens)
then overlap the clerk's typing and the password check, and building the window after the
login only has widgets left to create. Importing is all it does: widgets are created on the
GUI thread only. This module imports nothing heavy itself (the login dialog imports it).
"""

from __future__ import annotations

import importlib
import importlib.util

from app.core.modules import MODULE_KEYS


def preload_after_login() -> None:
    """Import the login service, the main window and the first module's screens."""
    importlib.import_module("app.core.platform.auth")
    importlib.import_module("app.ui.main_window")
    name = f"app.ui.{MODULE_KEYS[0]}"
    if importlib.util.find_spec(name) is not None:
        preload = getattr(importlib.import_module(name), "preload", None)
        if preload is not None:
            preload()
