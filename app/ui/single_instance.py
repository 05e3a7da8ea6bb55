"""One Atelier per user session: a second start brings the first window to the front.

The first process listens on a local socket (a named pipe on Windows, a Unix socket
elsewhere) whose name is made from the user and the session, so two Windows users of one
PC (fast user switching, Remote Desktop) each have their own Atelier. A later start
connects, asks the first to show itself, and exits.
"""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QCryptographicHash, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)
ACTIVATE = b"activate\n"
CONNECT_MS = 1000


def _session_id() -> str:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        session = ctypes.c_ulong()
        ctypes.windll.kernel32.ProcessIdToSessionId(os.getpid(), ctypes.byref(session))
        return str(session.value)
    return os.environ.get("XDG_SESSION_ID") or os.environ.get("DISPLAY", "")


def _user_name() -> str:
    """``getpass.getuser()``, without importing getpass (and its terminal modules)."""
    for variable in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        user = os.environ.get(variable)
        if user:
            return user
    if sys.platform == "win32":  # pragma: no cover - Windows names the user in USERNAME
        import getpass

        return getpass.getuser()
    import pwd

    return pwd.getpwuid(os.getuid())[0]


def instance_key() -> str:
    """The socket name for this user, session and data folder."""
    user = f"{os.environ.get('USERDOMAIN', '')}\\{_user_name()}"
    parts = "|".join([user, _session_id(), os.environ.get("ATELIER_DATA_DIR", "")])
    # Qt's SHA-256 (same digest as hashlib's, which loads OpenSSL: ~3 ms before the login dialog).
    digest = QCryptographicHash.hash(parts.encode("utf-8"), QCryptographicHash.Algorithm.Sha256)
    return "atelier-" + bytes(digest.toHex().data()).decode("ascii")[:24]


def _allow_foreground() -> None:
    """Let the first process take the foreground (Windows refuses it to background processes)."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        ctypes.windll.user32.AllowSetForegroundWindow(-1)  # ASFW_ANY


class SingleInstance(QObject):
    """:meth:`claim` once at start; ``activation_requested`` fires when a later start asks."""

    activation_requested = Signal()

    def __init__(self, key: str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.key = key or instance_key()
        self.server: QLocalServer | None = None

    def claim(self) -> bool:
        """True when this process is the first (it now listens); False when another one
        was found and asked to come to the front."""
        if self._ask_running_instance():
            return False
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.key):
            # A socket file left by a crashed Atelier (Unix): nobody answered it above.
            QLocalServer.removeServer(self.key)
            if not server.listen(self.key):
                log.warning("single instance: cannot listen on %s: %s", self.key, server.errorString())
                return True
        server.newConnection.connect(self._on_connection)
        self.server = server
        return True

    def release(self) -> None:
        """Stop listening (end of the GUI session)."""
        if self.server is not None:
            self.server.close()
            self.server = None

    def _ask_running_instance(self) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.key)
        if not socket.waitForConnected(CONNECT_MS):
            return False
        _allow_foreground()
        socket.write(ACTIVATE)
        socket.waitForBytesWritten(CONNECT_MS)
        socket.disconnectFromServer()
        log.info("Atelier already runs in this session: asked it to come to the front")
        return True

    def _on_connection(self) -> None:
        while self.server is not None and self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(connection.deleteLater)
            if connection.bytesAvailable():
                self._read(connection)

    def _read(self, connection: QLocalSocket) -> None:
        if bytes(connection.readAll()).startswith(ACTIVATE.strip()):
            self.activation_requested.emit()


def bring_to_front() -> None:
    """Show the window the clerk works in (a dialog if one is open) above the others."""
    from PySide6.QtWidgets import QApplication

    window = QApplication.activeModalWidget() or next(
        (w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow() and w.windowTitle()), None)
    if window is None:
        return
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
