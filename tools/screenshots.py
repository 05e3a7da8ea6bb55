"""Screenshots of every main-window tab, the VZSHE50 controls page and the dossier dialogs
on a fresh demo database, at the smallest screen Atelier supports (1024×700), for README
and review.

Run under a real X server so fonts and styles are those a clerk sees:
    xvfb-run -a -s "-screen 0 1024x700x24" .venv/bin/python tools/screenshots.py OUT_DIR [LANG]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("ATELIER_DATA_DIR", tempfile.mkdtemp(prefix="atelier-shots-"))

from PySide6.QtWidgets import QApplication, QTabWidget  # noqa: E402

from app.core.db.engine import Database  # noqa: E402
from app.core.db.migrate import upgrade_to_head  # noqa: E402
from app.core.demo import populate_demo  # noqa: E402
from app.core.platform.auth import login  # noqa: E402
from app.core.platform.demo import DEMO_PASSWORD, demo_logins  # noqa: E402
from app.core.progress import run_to_end  # noqa: E402
from app.ui.app_context import AppContext  # noqa: E402
from app.ui.application import make_application  # noqa: E402
from app.ui.carpass.dossier_dialog import DossierDialog as CarpassDossierDialog  # noqa: E402
from app.ui.i18n import install_language  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from app.ui.platform.login_dialog import LoginDialog  # noqa: E402
from app.ui.rental.dossier_dialog import DossierDialog as RentalDossierDialog  # noqa: E402
from app.ui.settings import station_settings  # noqa: E402


def settle(app: QApplication, rounds: int = 20) -> None:
    """Let layouts and lazy loads finish."""
    for _ in range(rounds):
        app.processEvents()


def _first_dossier(window: MainWindow) -> int:
    with window.context.database.engine.connect() as connection:
        return connection.exec_driver_sql("SELECT min(id) FROM dossier WHERE site_id = ?",
                                          (window.context.scope.site_id,)).scalar_one()


def open_rental(window: MainWindow) -> RentalDossierDialog:
    """The PEC contract of the demo's first car (on its PEC tab)."""
    with window.context.database.engine.connect() as connection:
        dossier_id = connection.exec_driver_sql("SELECT min(id) FROM rental_dossier WHERE site_id = ?",
                                                (window.context.scope.site_id,)).scalar_one()
    return RentalDossierDialog(window.context, dossier_id)


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    language = sys.argv[2] if len(sys.argv) > 2 else "fr"
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    install_language(app, language)
    database = Database(f"sqlite:///{(Path(os.environ['ATELIER_DATA_DIR']) / 'shots.sqlite3').as_posix()}")
    upgrade_to_head(database)
    run_to_end(populate_demo(database))
    dialog = LoginDialog(database, demo_logins())
    dialog.show()
    settle(app)
    dialog.grab().save(str(out / f"login_{language}.png"))
    scope = login(database, sys.argv[3] if len(sys.argv) > 3 else "admin.liege", DEMO_PASSWORD)
    window = MainWindow(AppContext(database, scope, station_settings()))
    window.showNormal()
    window.resize(1024, 700)
    window.show()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        page = window.tabs.widget(index)
        page = page.content() if hasattr(page, "content") else page  # modules are built on first display
        subpages = [page] if not isinstance(page, QTabWidget) else [page.widget(i) for i in range(page.count())]
        for sub, widget in enumerate(subpages):
            if isinstance(page, QTabWidget):
                page.setCurrentIndex(sub)
            settle(app)
            name = widget.__class__.__name__.lower()
            window.grab().save(str(out / f"tab{index}.{sub}_{name}_{language}.png"))
            if name == "controlsview":
                widget.show_page([form.page.id for form in widget.forms].index("VZSHE50"))
                settle(app)
                window.grab().save(str(out / f"controls_vzshe50_{language}.png"))
    for name, factory in (("carpass_dossier", lambda: CarpassDossierDialog(window.context, _first_dossier(window))),
                          ("rental_dossier", lambda: open_rental(window))):
        dialog = factory()
        dialog.show()
        settle(app)
        dialog.grab().save(str(out / f"{name}_{language}.png"))
        dialog.done(0)
    window.closing_confirmed = True
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
