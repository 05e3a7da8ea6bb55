"""The login dialog; lists the demo accounts when the database holds demo data.

The dialog is the first thing a clerk sees, so it is built before the database layer is
even imported: it receives a :class:`DatabaseOpening` and starts it on a worker thread once
it is on screen. Logging in waits for the opening if the clerk was faster than it; an
opening error is shown in a message box and closes the dialog (:attr:`failed`); a station
older than the shared database requires is offered its update instead.

The password check (argon2id, deliberately slow) runs on a worker thread while the GUI
thread builds the main window for the scope the login would get (``window_builder``); the
window is handed over only if the check returns that very scope, and discarded otherwise.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app import APP_NAME
from app.core.db.opening import DatabaseOpening
from app.ui.i18n import error_text, tr
from app.ui.preload import preload_after_login

# The error types and QMessageBox are imported where an error is shown: the dialog is the
# first window painted, and each costs its set-up before that paint.
if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

    from app.core.db.engine import Database
    from app.core.platform.demo import DemoLogin
    from app.core.platform.scope import UserScope


class _Relay(QObject):
    """Carries the worker thread's "opening finished" to the dialog's (GUI) thread."""

    finished = Signal()

    def notify(self) -> None:
        """Called on the worker thread; the connection queues the slot on the GUI thread.
        Passing this bound method keeps the relay alive while the thread runs."""
        self.finished.emit()


def opening_error_box(parent, exc: BaseException) -> bool:
    """Tell the clerk why the database cannot be used; True when an update of Atelier was
    started from there (Atelier must then quit for the installer)."""
    from PySide6.QtWidgets import QMessageBox

    from app.core.errors import SchemaTooNewError, SchemaTooOldError, StationUpdateRequiredError

    if isinstance(exc, StationUpdateRequiredError):
        from app.ui.platform.update_dialog import UpdateRequiredDialog

        dialog = UpdateRequiredDialog(exc, parent)
        dialog.exec()
        return dialog.started
    if isinstance(exc, SchemaTooNewError):
        QMessageBox.critical(parent, tr("startup", "Base de données trop récente"), error_text(exc))
    elif isinstance(exc, SchemaTooOldError):
        QMessageBox.critical(parent, tr("startup", "Base de données à mettre à jour"), error_text(exc))
    else:
        QMessageBox.critical(parent, tr("startup", "Impossible d'ouvrir la base de données"), error_text(exc))
    return False


class LoginDialog(QDialog):
    """Asks login and password; :attr:`scope` holds the user's scope once accepted."""

    first_painted = Signal()  # once, shortly after the dialog's first paint
    AFTER_FIRST_PAINT_MS = 50

    def __init__(self, database: Database | DatabaseOpening, demo_logins: list[DemoLogin] | None = None,
                 parent=None, window_builder: Callable[[UserScope], QWidget] | None = None):
        super().__init__(parent)
        self.opening = database if isinstance(database, DatabaseOpening) else DatabaseOpening(database=database)
        self.scope: UserScope | None = None
        self.window_builder = window_builder
        self._prebuilt: QWidget | None = None
        self.failed = False
        self._login_pending = False
        self._painted = False
        self._opening_started = False
        # No parent: the worker thread may still hold it after the dialog is deleted.
        self._relay = _Relay()
        # Emitted on the worker thread: the automatic connection queues the slot on the GUI thread.
        self._relay.finished.connect(self._database_opened)
        self.setWindowTitle(tr("login", "{app} — Connexion", app=APP_NAME))
        self.login_edit = QLineEdit()
        self.login_edit.setObjectName("login")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("login", "Identifiant :"), self.login_edit)
        form.addRow(tr("login", "Mot de passe :"), self.password_edit)
        # One button at a time: combining StandardButton flags with "|" costs ~20 ms of
        # Python enum set-up, the largest part of building this first window.
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button.setText(tr("login", "Se connecter"))
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{APP_NAME}</h2>")
        layout.addWidget(heading)
        layout.addWidget(QLabel(tr("login", "Base : {db}", db=self.opening.display_name())))
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        if demo_logins:
            layout.addWidget(self._demo_label(demo_logins))
        layout.addWidget(buttons)
        self.login_edit.setFocus()

    @staticmethod
    def _demo_label(demo_logins: list[DemoLogin]) -> QLabel:
        from app.core.platform.demo import DEMO_PASSWORD

        rows = "".join(
            f"<tr><td>{d.login}</td><td>{d.site_code}</td>"
            f"<td>{tr('roles', 'administrateur') if d.role == 'admin' else tr('roles', 'employé')}</td></tr>"
            for d in demo_logins
        )
        demo = QLabel(tr("login", "<b>Comptes de démonstration</b> (mot de passe : <code>{pw}</code>)",
                         pw=DEMO_PASSWORD) + f"<table cellspacing='6'>{rows}</table>")
        demo.setObjectName("demo_logins")
        return demo

    @property
    def database(self) -> Database | None:
        """The open database (None while it is still being opened)."""
        return self.opening.database

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(self.AFTER_FIRST_PAINT_MS, self._after_first_paint)

    def _after_first_paint(self) -> None:
        """The clerk sees the dialog: start the background work now, not before. Worker
        threads started earlier would make the first paint, and its way to the screen
        (the next frames), wait for the GIL: 5 ms slices while they import the database
        layer. Nobody types a login within the few frames of delay."""
        self.first_painted.emit()
        self._start_opening()

    def _start_opening(self) -> None:
        """Open the database on a worker thread (once), then import what follows the login."""
        if not self._opening_started and not self.opening.done:
            self._opening_started = True
            self.opening.start_in_background(self._relay.notify, then=preload_after_login)

    def _database_opened(self) -> None:
        error = self.opening.error
        if error is not None:
            from app.core.errors import AtelierError

            if not isinstance(error, AtelierError):
                raise error  # a bug: the crash handler logs and reports it
            self.failed = not opening_error_box(self, error)  # an update started is no failure
            self.reject()
        elif self._login_pending:
            self.try_login()

    def try_login(self) -> None:
        """Check the credentials; stay open with the reason when refused."""
        if not self.login_edit.text().strip():
            self.error_label.setText(tr("login", "Identifiant : obligatoire"))
            self.login_edit.setFocus()
            return
        if not self.opening.done:
            self._start_opening()  # normally started after the first paint already
            self._login_pending = True
            self.ok_button.setEnabled(False)
            self.error_label.setText(tr("login", "Ouverture de la base de données…"))
            return
        self._login_pending = False
        self.ok_button.setEnabled(True)
        self.error_label.clear()
        database = self.opening.open()
        check = _PasswordCheck(database, self.login_edit.text(), self.password_edit.text())
        prebuilt = None
        try:
            prebuilt = self._build_window_meanwhile(database)
            if prebuilt is not None:
                _prepare_first_paint(prebuilt[1], check)
        finally:
            scope, error = check.result()
        if prebuilt is not None and (error is not None or scope != prebuilt[0]):
            _discard(prebuilt[1])
            prebuilt = None
        if error is not None:
            from app.core.errors import AtelierError

            if not isinstance(error, AtelierError):
                raise error
            self.error_label.setText(error_text(error))
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        self._prebuilt = prebuilt[1] if prebuilt is not None else None
        self.scope = scope
        self.accept()

    def _build_window_meanwhile(self, database: Database) -> tuple[UserScope, QWidget] | None:
        """The main window for the scope the login would get, built while the password is
        checked (None: no builder, or no such user, or a shared database)."""
        if self.window_builder is None:
            return None
        from app.core.platform.auth import candidate_scope

        candidate = candidate_scope(database, self.login_edit.text())
        if candidate is None:
            return None
        return candidate, self.window_builder(candidate)

    def take_prebuilt_window(self) -> QWidget | None:
        """The main window built during the password check, once (None when there is none)."""
        window, self._prebuilt = self._prebuilt, None
        return window


class _PasswordCheck:
    """:func:`app.core.platform.auth.login` on a worker thread (argon2 releases the GIL, so
    the GUI thread builds the main window meanwhile).

    While it runs the interpreter hands the GIL over every 0.5 ms instead of 5 ms: the
    check's own Python work (its database reads and writes around argon2) then waits for
    the window being built at most that long each time it needs the GIL back, instead of
    being held back 5 ms each time, which put the check, not the window, last.
    """

    SWITCH_INTERVAL = 0.0005

    def __init__(self, database: Database, login_name: str, password: str):
        self._scope: UserScope | None = None
        self._error: BaseException | None = None
        self._switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(min(self._switch_interval, self.SWITCH_INTERVAL))
        self._thread = threading.Thread(target=self._run, args=(database, login_name, password),
                                        name="password-check")
        self._thread.start()

    def _run(self, database: Database, login_name: str, password: str) -> None:
        from app.core.platform.auth import login

        try:
            self._scope = login(database, login_name, password)
        except BaseException as exc:  # handed to the GUI thread by result()
            self._error = exc

    def running(self) -> bool:
        """True while the password is still being checked."""
        return self._thread.is_alive()

    def result(self) -> tuple[UserScope | None, BaseException | None]:
        """Wait for the check; the scope, or the error it raised."""
        self._thread.join()
        sys.setswitchinterval(self._switch_interval)
        return self._scope, self._error


def _prepare_first_paint(window: QWidget, check: _PasswordCheck, strips: int = 4) -> None:
    """Render the hidden window while the password is still checked (the GUI thread would
    only wait): every widget is polished and laid out at its size, the first tab's grid
    reads and formats its visible cells, the style and glyph caches fill, so that the paint
    after ``show()`` only paints. In horizontal strips, stopping as soon as the check is
    over: the window then waits at most one strip (~10 ms idle). Nothing is shown."""
    from PySide6.QtCore import QRect

    height = window.height()
    for index in range(strips):
        if not check.running():
            return
        window.grab(QRect(0, index * height // strips, window.width(), height // strips + 1))


def _discard(window: QWidget) -> None:
    """Drop a main window built for a login that was refused: never shown, so not closed
    either (closing would store its geometry as the clerk's)."""
    window.deleteLater()
