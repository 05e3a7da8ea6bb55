"""Starts the GUI: database choice, migrations, optional demo data, login, main window."""

from __future__ import annotations

import logging
import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_NAME, ORGANISATION, __version__
from app.core.db.engine import Database
from app.core.db.migrate import upgrade_to_head
from app.core.errors import AtelierError, SchemaTooNewError
from app.core.paths import resources_dir
from app.core.platform.scope import UserScope
from app.core.platform.sites import restrict_database_to_scope
from app.core.progress import run_to_end
from app.ui.app_context import AppContext
from app.ui.crash_handler import install_crash_handler
from app.ui.i18n import error_text, install_language, tr
from app.ui.main_window import MainWindow
from app.ui.platform.database_dialog import DatabaseDialog
from app.ui.platform.login_dialog import LoginDialog
from app.ui.settings import database_url, language, set_database_url, station_settings

log = logging.getLogger(__name__)


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with Atelier's names and the chosen language installed."""
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "atelier.png")))
    install_language(app, language(station_settings()))
    return app


def open_database(url: str | None) -> Database | None:
    """The database from the command line, the environment, the settings or the first-run
    dialog, migrated to the newest schema. None when the clerk cancels."""
    settings = station_settings()
    url = url or database_url(settings)
    if not url:
        dialog = DatabaseDialog()
        if not dialog.exec():
            return None
        url = dialog.url
        set_database_url(settings, url)
    database = Database(url)
    upgrade_to_head(database)
    return database


class GuiSession:
    """Owns the current main window and rebuilds it after a language or site change."""

    def __init__(self, app: QApplication, database: Database):
        self.app = app
        self.database = database
        self.settings = station_settings()
        self.window: MainWindow | None = None

    def show(self, scope: UserScope) -> MainWindow:
        """(Re)build the main window for ``scope`` in the current language."""
        install_language(self.app, language(self.settings))
        restrict_database_to_scope(self.database, scope)
        old = self.window
        self.window = MainWindow(AppContext(self.database, scope, self.settings))
        self.window.rebuild_requested.connect(self.show)
        self.window.show()
        if old is not None:
            old.close()
            old.deleteLater()
        return self.window


def run_gui(url: str | None = None, demo: bool = False) -> int:
    """Run the desktop application until the last window closes; return the exit code."""
    app = make_application()
    install_crash_handler(app)
    demo_simulator = None
    try:
        database = open_database(url)
        if database is None:
            return 0
        if demo:
            from app.core.platform.demo import populate_demo

            run_to_end(populate_demo(database))
            from app.core.carpass.sending.demo import start_demo_simulator

            # The demo sites send to a loopback Car-Pass simulator, kept running for the session.
            demo_simulator = start_demo_simulator(database)
    except SchemaTooNewError as exc:
        QMessageBox.critical(None, tr("startup", "Base de données trop récente"), error_text(exc))
        return 1
    except AtelierError as exc:
        QMessageBox.critical(None, tr("startup", "Impossible d'ouvrir la base de données"), error_text(exc))
        return 1
    if demo:
        from app.core.platform.demo import demo_logins
    dialog = LoginDialog(database, demo_logins() if demo else None)
    if not dialog.exec() or dialog.scope is None:
        return 0
    session = GuiSession(app, database)
    session.show(dialog.scope)
    code = app.exec()
    if demo_simulator is not None:
        demo_simulator.stop()
    return code
