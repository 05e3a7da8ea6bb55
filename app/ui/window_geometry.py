"""The first size of the main window: what the screen really has room for.

A body shop's PC is often a 1366×768 laptop at 150 % scaling: Qt then works in logical
pixels, 910×512 less the taskbar. A fixed 1280×800 window opened larger than the screen
with its status bar and buttons out of reach. The size comes from the screen's available
geometry (taskbar excluded, logical pixels); on a screen too small for the preferred size
the window opens maximised.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1280, 800)
# Room for the title bar and borders the window manager adds around the client area.
FRAME = QSize(16, 40)


def first_geometry(available: QRect, preferred: QSize = PREFERRED) -> tuple[QRect, bool]:
    """(client rectangle, maximised) for a window opened for the first time on a screen
    whose available geometry is ``available``."""
    room = QSize(available.width() - FRAME.width(), available.height() - FRAME.height())
    if room.width() < preferred.width() or room.height() < preferred.height():
        return QRect(available.topLeft(), room), True
    rect = QRect(0, 0, preferred.width(), preferred.height())
    rect.moveCenter(available.center())
    return rect, False


def place_window(window: QWidget, saved_geometry=None) -> None:
    """Restore the saved geometry (Qt brings it back onto a screen) or size the window
    from the screen it opens on."""
    if saved_geometry is not None and window.restoreGeometry(saved_geometry):
        return
    screen = window.screen() or QGuiApplication.primaryScreen()
    rect, maximised = first_geometry(screen.availableGeometry())
    window.setGeometry(rect)
    if maximised:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
