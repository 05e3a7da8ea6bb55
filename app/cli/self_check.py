"""``atelier --self-check``: proves an installation works, one line per check."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path


def _check_database(folder: Path) -> str:
    from app.core.db.engine import Database
    from app.core.db.migrate import upgrade_to_head

    database = Database(f"sqlite:///{(folder / 'check.sqlite3').as_posix()}")
    state = upgrade_to_head(database)
    database.dispose()
    return f"schema {state.current}"


def _check_translations(_folder: Path) -> str:
    from PySide6.QtCore import QCoreApplication

    from app.ui.i18n import install_language

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    loaded = []
    for language in ("nl", "en", "fr"):
        files = install_language(app, language)
        if not files:
            raise RuntimeError(f"no translation loaded for {language}")
        loaded += files
    return ", ".join(loaded)


def _check_keyring(_folder: Path) -> str:
    import keyring

    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def _check_main_window(folder: Path) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.core.db.engine import Database
    from app.core.db.migrate import upgrade_to_head
    from app.core.platform.auth import login
    from app.core.platform.demo import DEMO_PASSWORD, populate_demo
    from app.core.progress import run_to_end
    from app.ui.app_context import AppContext
    from app.ui.application import make_application
    from app.ui.main_window import MainWindow
    from app.ui.settings import station_settings

    make_application()
    database = Database(f"sqlite:///{(folder / 'window.sqlite3').as_posix()}")
    upgrade_to_head(database)
    run_to_end(populate_demo(database))
    scope = login(database, "admin.liege", DEMO_PASSWORD)
    window = MainWindow(AppContext(database, scope, station_settings()))
    count = window.tabs.count()
    window.close()
    database.dispose()
    return f"{count} tabs"


CHECKS: list[tuple[str, Callable[[Path], str]]] = [
    ("database", _check_database),
    ("translations", _check_translations),
    ("keyring", _check_keyring),
    ("main window", _check_main_window),
]


def run_self_check() -> int:
    """Run every check; exit 0 only if all pass."""
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, check in CHECKS:
            try:
                detail = check(Path(tmp))
                print(f"ok    {name}: {detail}")
            except Exception as exc:  # every failure is reported, then the next check runs
                failures += 1
                print(f"FAIL  {name}: {type(exc).__name__}: {exc}")
    return 1 if failures else 0
