"""The one Qt adapter for long core operations: runs a progress generator off the UI
thread, shows a progress dialog with Cancel, and reports the result on the UI thread."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.core.progress import CancelToken, Progress, ProgressGenerator
from app.ui.i18n import render, tr

PROGRESS_INTERVAL_S = 0.05


class _Worker(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, factory: Callable[[CancelToken], ProgressGenerator], token: CancelToken):
        super().__init__()
        self._factory = factory
        self._token = token

    def run(self) -> None:
        last_emit = 0.0
        try:
            operation = self._factory(self._token)
            while True:
                if self._token.cancelled:
                    operation.close()
                    self.succeeded.emit(None)
                    return
                try:
                    step: Progress = next(operation)
                except StopIteration as stop:
                    self.succeeded.emit(stop.value)
                    return
                now = time.monotonic()
                if now - last_emit >= PROGRESS_INTERVAL_S or (step.total and step.done >= step.total):
                    # Throttled: a fast operation must not flood the UI thread's event queue.
                    last_emit = now
                    text = render(step.message) if step.message is not None else ""
                    self.progressed.emit(step.done, step.total, text)
        except Exception as exc:  # reported to the UI thread, never swallowed
            self.failed.emit(exc)


class TaskRunner(QObject):
    """Runs one operation; emits ``finished(result)`` or ``failed(exception)`` on the UI thread.

    ``factory`` receives a :class:`CancelToken` and returns the core generator. With a
    parent widget a modal progress dialog (with Cancel) is shown while it runs.
    """

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QWidget | None, title: str,
                 factory: Callable[[CancelToken], ProgressGenerator], *, show_dialog: bool = True):
        super().__init__(parent)
        self.token = CancelToken()
        self.cancelled = False
        self._thread = QThread()
        self._worker = _Worker(factory, self.token)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress)
        self._worker.succeeded.connect(self._on_success)
        self._worker.failed.connect(self._on_failure)
        self.dialog: QProgressDialog | None = None
        if show_dialog:
            self.dialog = QProgressDialog(title, tr("task", "Annuler"), 0, 0, parent)
            self.dialog.setWindowTitle(title)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(300)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.canceled.connect(self.cancel)

    def start(self) -> TaskRunner:
        """Start the operation in its thread."""
        self._thread.start()
        return self

    def cancel(self) -> None:
        """Ask the operation to stop at its next step."""
        self.cancelled = True
        self.token.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText(tr("task", "Annulation en cours…"))

    def is_running(self) -> bool:
        """True while the operation's thread runs."""
        return self._thread.isRunning()

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self.dialog is None:
            return
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        if text and not self.cancelled:
            self.dialog.setLabelText(text)

    def _close(self) -> None:
        self._thread.quit()
        self._thread.wait()
        if self.dialog is not None:
            self.dialog.close()

    def _on_success(self, result: object) -> None:
        self._close()
        self.finished.emit(result)

    def _on_failure(self, error: object) -> None:
        self._close()
        self.failed.emit(error)
