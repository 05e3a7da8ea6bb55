"""Starts the GUI: database choice, login (while the database opens), main window."""

from __future__ import annotations

import logging
import os
import sys
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app import APP_NAME, ORGANISATION, __version__
from app.core.db.opening import DatabaseOpening
from app.core.paths import resources_dir
from app.core.platform.logging_setup import release_held_records
from app.ui.crash_handler import install_crash_handler
from app.ui.i18n import install_language
from app.ui.platform.login_dialog import LoginDialog, opening_error_box
from app.ui.settings import database_url, language, set_database_url, station_settings

if TYPE_CHECKING:
    from app.core.db.engine import Database
    from app.core.platform.scope import UserScope
    from app.ui.main_window import MainWindow

# The main window and the database layer are imported only after the login dialog is on
# screen, the error types where an error is shown (see docs/performance.md, cold start).

log = logging.getLogger(__name__)


def make_application(argv: list[str] | None = None, *, window_icon: bool = True) -> QApplication:
    """The QApplication with Atelier's names and the chosen language installed (and the
    window icon, unless ``window_icon`` is False: the GUI sets it after the first paint).

    Qt's raster painter splits every fill taller than ~96 pixel lines (a grid's background,
    a scroll bar) over a thread pool and waits for it: on a busy station the GUI thread then
    waits for those threads to get a CPU. Atelier's fills are small enough for one thread
    (docs/decisions/grid-painting.md), so the pool is off unless the station's environment
    says otherwise."""
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    if window_icon:
        set_window_icon(app)
    install_language(app, language(station_settings()))
    return app


def set_window_icon(app: QApplication) -> None:
    """Atelier's icon on every window. The GUI sets it once the login dialog is painted
    (~3 ms before it otherwise); until then the bundle's windows show the .exe's own icon."""
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "atelier.png")))


def choose_database_url(url: str | None) -> str | None:
    """The database URL from the command line, the environment, IT's machine-wide settings,
    the user's settings or the first-run dialog. None when the clerk cancels."""
    settings = station_settings()
    if not url:
        from app.core.platform.station_config import machine_database_url

        url = machine_database_url()
    url = url or database_url(settings)
    if not url:
        from app.ui.platform.database_dialog import DatabaseDialog

        dialog = DatabaseDialog()
        if not dialog.exec():
            return None
        url = dialog.url
        set_database_url(settings, url)
    return url


class GuiSession:
    """Owns the current main window and rebuilds it after a language or site change."""

    def __init__(self, app: QApplication, database: Database):
        self.app = app
        self.database = database
        self.settings = station_settings()
        self.window: MainWindow | None = None

    def build(self, scope: UserScope) -> MainWindow:
        """Build (not show) the main window for ``scope`` in the current language."""
        from app.ui.app_context import AppContext
        from app.ui.main_window import MainWindow

        install_language(self.app, language(self.settings))
        return MainWindow(AppContext(self.database, scope, self.settings))

    def show(self, scope: UserScope, prebuilt: MainWindow | None = None) -> MainWindow:
        """(Re)build the main window for ``scope`` in the current language and show it
        (``prebuilt``: the one built for ``scope`` while the password was checked)."""
        old = self.window
        self.window = prebuilt if prebuilt is not None else self.build(scope)
        self.window.rebuild_requested.connect(self.show)
        self.window.logout_requested.connect(self.end_session)
        self.window.show()
        if old is not None:
            old.close()
            old.deleteLater()
        from app.ui.draft_restore import offer_waiting_drafts

        QTimer.singleShot(0, self.window, lambda window=self.window: offer_waiting_drafts(window))
        return self.window


    def end_session(self, logging_out: bool) -> None:
        """Close the user's window and ask for a login again, without restarting. Logging
        out drops the user's database connections, role and session secrets at once and
        quits when the login is cancelled; switching user keeps them until another user has
        logged in, so cancelling brings the same user's window back."""
        from app.core.secrets import forget_session_secrets

        old = self.window
        if old is None:
            return
        previous = old.context.scope
        self.app.setQuitOnLastWindowClosed(False)  # between the window and the login dialog
        try:
            old.close()
            old.deleteLater()
            self.window = None
            if logging_out:
                self.database.forget_user()
                forget_session_secrets()
            dialog = LoginDialog(self.database)
            accepted = bool(dialog.exec()) and dialog.scope is not None
        finally:
            self.app.setQuitOnLastWindowClosed(True)
        if accepted:
            if not logging_out:
                forget_session_secrets()
            self.show(dialog.scope)
        elif logging_out:
            self.app.quit()
        else:
            self.show(previous)


class _DemoSimulators:
    """The loopback simulators the demo sites talk to (Car-Pass, Peppol access point)."""

    def __init__(self, *simulators):
        self.simulators = [s for s in simulators if s is not None]

    def stop(self) -> None:
        """Stop every simulator."""
        for simulator in self.simulators:
            simulator.stop()


def _start_demo(opening: DatabaseOpening):
    """Open the database now, fill it with demo data; return the loopback simulators the
    demo sites send to (kept running for the session)."""
    from app.core.carpass.sending.demo import start_demo_simulator
    from app.core.demo import populate_demo
    from app.core.progress import run_to_end
    from app.core.rental.einvoicing.demo import start_demo_access_point

    database = opening.open()
    run_to_end(populate_demo(database))
    return _DemoSimulators(start_demo_simulator(database), start_demo_access_point(database))


def report_previous_crash() -> None:
    """Tell the clerk that Atelier stopped abruptly last time, and where the report is."""
    from app.core.platform.logging_setup import previous_crash

    crash = previous_crash()
    if crash is None:
        return
    from PySide6.QtWidgets import QMessageBox

    from app.ui.i18n import tr

    log.warning("the previous run ended in a hard crash, reported in %s", crash.log_file)
    box = QMessageBox(QMessageBox.Icon.Warning, tr("crash", "Atelier s'est arrêté brutalement"),
                      tr("crash", "La dernière fois, Atelier s'est arrêté brutalement. Les brouillons de vos "
                         "formulaires sont proposés à leur réouverture. "
                         "Transmettez ce rapport à votre support :\n{log}",
                         log=str(crash.log_file)))
    box.setDetailedText(crash.report)
    box.exec()


def run_gui(url: str | None = None, demo: bool = False, password_on_command_line: bool = False) -> int:
    """Run the desktop application until the last window closes; return the exit code.
    A second start in the same user session brings the running Atelier to the front."""
    from app.ui.single_instance import SingleInstance, bring_to_front

    app = make_application(window_icon=False)
    instance = SingleInstance(parent=app)
    if not instance.claim():
        return 0
    instance.activation_requested.connect(bring_to_front)
    try:
        install_crash_handler(app)
        if password_on_command_line:
            from app.core.db.urls import password_warning
            from app.ui.i18n import render

            log.warning("a database password was given on the command line")
            print(f"atelier: {render(password_warning())}", file=sys.stderr)
        report_previous_crash()
        return _run_session(app, url, demo)
    finally:
        instance.release()
        release_held_records()


def _after_first_paint(app: QApplication) -> None:
    """The login dialog is on screen: write the start-up's log records, held in memory
    until now (app.cli.main; an error record is written at once), on a worker thread, and
    give the windows their icon in the next turn of the event loop."""
    threading.Thread(target=release_held_records, name="log-writer").start()
    QTimer.singleShot(0, app, lambda: set_window_icon(app))


def _is_atelier_error(exc: Exception) -> bool:
    """``exc`` is an error the core reports to a clerk (the error types are imported only
    when an error happens: they cost ~3 ms before the login dialog)."""
    from app.core.errors import AtelierError

    return isinstance(exc, AtelierError)


def _run_session(app: QApplication, url: str | None, demo: bool) -> int:
    try:
        url = choose_database_url(url)
    except Exception as exc:  # IT's machine-wide settings are unusable
        if not _is_atelier_error(exc):
            raise
        opening_error_box(None, exc)
        return 1
    if url is None:
        return 0
    opening = DatabaseOpening(url)
    demo_simulator = None
    demo_accounts = None
    if demo:
        try:
            demo_simulator = _start_demo(opening)
        except Exception as exc:
            if not _is_atelier_error(exc):
                raise
            opening_error_box(None, exc)
            return 1
        from app.core.platform.demo import demo_logins

        demo_accounts = demo_logins()
    sessions: list[GuiSession] = []

    def build_window(scope: UserScope) -> MainWindow:
        """The main window, built while the password is checked (shown only if it passes)."""
        if not sessions:
            sessions.append(GuiSession(app, opening.open()))
        return sessions[0].build(scope)

    dialog = LoginDialog(opening, demo_accounts, window_builder=build_window)
    dialog.first_painted.connect(lambda: _after_first_paint(app))
    if not dialog.exec() or dialog.scope is None:
        return 1 if dialog.failed else 0
    session = sessions[0] if sessions else GuiSession(app, opening.open())
    session.show(dialog.scope, dialog.take_prebuilt_window())
    code = app.exec()
    if demo_simulator is not None:
        demo_simulator.stop()
    return code
