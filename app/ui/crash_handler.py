"""Unhandled exceptions in the GUI: log them, keep the clerk's input, say what happened.

:func:`install_crash_handler` replaces ``sys.excepthook`` and ``threading.excepthook``.
An exception that nothing caught (in a slot, an event handler, a worker thread) is written
to the log with its traceback, every open form's draft is saved
(:func:`app.ui.widgets.drafts.save_all_drafts`), and a dialog tells the clerk what happened
and where the log is. The application keeps running: the form stays open with its input.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QTimer, QtMsgType, Signal, Slot, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from app.core.platform.logging_setup import current_log_file, redact
from app.ui.i18n import tr

log = logging.getLogger("atelier.crash")
ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class CrashHandler(QObject):
    """Receives unhandled exceptions from any thread and reports them on the GUI thread.

    While one report dialog is open, further exceptions are only logged (no dialog storm);
    ``reported`` counts the dialogs shown, ``received`` every exception.
    """

    exception_received = Signal(str, str, str)  # summary, traceback text, thread name

    def __init__(self, log_file: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.log_file = log_file
        self.received = 0
        self.reported = 0
        self._showing = False
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        # Automatic connection: queued from a worker thread, direct on the GUI thread, where
        # _report_later then defers the dialog to the event loop (never inside the failing
        # slot). Naming Qt.ConnectionType here would build every enum of the Qt namespace
        # at start-up (~20 ms before the login dialog).
        self.exception_received.connect(self._report_later)

    def install(self) -> CrashHandler:
        """Become ``sys.excepthook`` and ``threading.excepthook``."""
        self._previous_hook, sys.excepthook = sys.excepthook, self.excepthook
        self._previous_thread_hook, threading.excepthook = threading.excepthook, self.thread_excepthook
        return self

    def uninstall(self) -> None:
        """Give the hooks back (tests, shutdown)."""
        if sys.excepthook == self.excepthook:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self.thread_excepthook:
            threading.excepthook = self._previous_thread_hook

    def excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        """``sys.excepthook``: log, save drafts, queue the dialog; never exits."""
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_hook(exc_type, exc, tb)
            return
        self._handle((exc_type, exc, tb), threading.current_thread().name)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        """``threading.excepthook``: same as :meth:`excepthook` for worker threads."""
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        thread = args.thread.name if args.thread is not None else "?"
        self._handle((args.exc_type, args.exc_value, args.exc_traceback), thread)

    def _handle(self, info: ExcInfo, thread: str) -> None:
        self.received += 1
        try:
            log.critical("Unhandled exception in thread %s", thread, exc_info=info)
        except Exception:  # a broken log file must not hide the error from the clerk
            pass
        if threading.current_thread() is threading.main_thread():
            _save_drafts()
        summary = redact(f"{info[0].__name__}: {info[1]}")
        details = redact("".join(traceback.format_exception(*info)))
        if QApplication.instance() is None:
            self._previous_hook(*info)
            return
        self.exception_received.emit(summary, details, thread)

    @Slot(str, str, str)
    def _report_later(self, summary: str, details: str, thread: str) -> None:
        QTimer.singleShot(0, self, lambda: self._report(summary, details, thread))

    def _report(self, summary: str, details: str, thread: str) -> None:
        """Show the dialog on the GUI thread (drafts are saved first)."""
        _save_drafts()
        if self._showing:
            return
        self._showing = True
        self.reported += 1
        try:
            self.show_dialog(summary, details)
        finally:
            self._showing = False

    def show_dialog(self, summary: str, details: str) -> None:
        """The clerk-facing report: what happened, that the input is kept, where the log is."""
        # Imported here: each Qt class costs its set-up at first use (~3 ms before the login).
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices
        from PySide6.QtWidgets import QMessageBox

        log_file = self.log_file or current_log_file()
        where = str(log_file) if log_file else tr("crash", "(pas de journal configuré)")
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(tr("crash", "Erreur inattendue"))
        box.setText(tr("crash", "Une erreur inattendue s'est produite : l'opération en cours n'a pas abouti."))
        box.setInformativeText(tr(
            "crash", "{error}\n\nAtelier reste ouvert et votre saisie est conservée. Si le problème se "
            "reproduit, transmettez le journal à votre support :\n{log}", error=summary, log=where))
        box.setDetailedText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        open_folder = None
        if log_file:
            open_folder = box.addButton(tr("crash", "Ouvrir le dossier du &journal"), QMessageBox.ButtonRole.ActionRole)
        box.exec()
        if open_folder is not None and box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(log_file).parent)))


def _save_drafts() -> None:
    try:
        from app.ui.widgets.drafts import save_all_drafts  # only after a crash: costly Qt types

        saved = save_all_drafts()
        if saved:
            log.info("drafts kept after the error: %s", ", ".join(p.name for p in saved))
    except Exception:  # keeping drafts is best effort once something already went wrong
        log.exception("drafts could not be saved")


def _qt_message(mode: QtMsgType, context, message: str) -> None:
    level = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
             QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
             QtMsgType.QtFatalMsg: logging.CRITICAL}.get(mode, logging.WARNING)
    logging.getLogger("qt").log(level, "%s (%s:%s)", message, context.file or "?", context.line)


def install_qt_log_bridge() -> None:
    """Send Qt's own warnings to the log instead of a stderr a windowed program lacks."""
    qInstallMessageHandler(_qt_message)


def install_crash_handler(app: QApplication, log_file: Path | None = None) -> CrashHandler:
    """Install the handler for ``app`` (kept alive as the application's child)."""
    handler = CrashHandler(log_file, parent=app).install()
    install_qt_log_bridge()
    return handler
