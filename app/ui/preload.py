"""What the main window needs right after the login, imported while the clerk types.

The login dialog runs :func:`preload_after_login` on its database-opening thread once the
database is open: the imports (the ORM models, the main window, the first module's screens)
then overlap the clerk's typing and the password check, and building the window after the
login only has widgets left to create. Importing is all it does: widgets are created on the
GUI thread only. This module imports nothing heavy itself (the login dialog imports it).
"""

from __future__ import annotations


def preload_after_login() -> None:
    """Import the login service, the main window and the first module's screens."""
    import app.core.platform.auth
    import app.ui.main_window  # noqa: F401
    from app.ui.modules import UI_MODULES

    UI_MODULES[0].preload()
