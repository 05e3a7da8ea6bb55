"""Child process of ``cold_start.py`` and ``memory.py``: the real ``atelier`` start-up.

Runs ``app.cli.main.main(["--database", URL])`` (what ``atelier --database URL`` does with
no command) on the database named by ``BENCH_DATABASE_URL``, with hooks instead of a human:

- ``login``: when the login dialog would wait for the clerk, it is shown, painted once,
  ``READY`` is printed and the dialog is cancelled (the application exits).
- ``main``: the dialog logs in with ``BENCH_LOGIN`` / ``BENCH_PASSWORD`` through its real
  ``try_login()`` (after the database it opens in the background is ready); when the main window is shown and painted, ``READY`` is printed and
  the application quits.
- ``main-carpass``: as ``main``, then the Car-Pass tab is made current and painted
  (with ``BENCH_SCROLL=1`` also scrolled to its last row); ``GRID_ROWS <n>`` is printed.

Marks are printed as ``MARK <name> <time.perf_counter()>`` (a system-wide monotonic clock
on Linux and Windows, so the parent can subtract its own spawn time). With ``BENCH_RSS=1``
the resident memory is printed as ``RSS <bytes>`` at ``READY``.
"""

from __future__ import annotations

import os
import sys
import time

MARKS_START = time.perf_counter()


def mark(name: str) -> None:
    """Print a timestamp the parent reads."""
    print(f"MARK {name} {time.perf_counter()!r}", flush=True)


def _ready(extra: str = "") -> None:
    import gc

    if os.environ.get("BENCH_RSS") == "1":
        gc.collect()
        from harness import rss_bytes

        print(f"RSS {rss_bytes()}", flush=True)
    if extra:
        print(extra, flush=True)
    print(f"READY {time.perf_counter()!r}", flush=True)


def _paint(widget) -> None:
    """Process pending events until ``widget`` has been exposed and painted once."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    widget.repaint()
    QApplication.processEvents()


def main(mode: str) -> int:
    """Run the application with the hooks of ``mode``."""
    mark("interpreter")
    from app.ui import application
    from app.ui.platform.login_dialog import LoginDialog

    def login_exec(dialog) -> int:
        mark("login_dialog_built")
        dialog.show()
        _paint(dialog)
        mark("login_dialog_shown")
        if mode == "login":
            _ready()
            return 0
        # The clerk types and presses Enter; the real try_login() waits for the database
        # the dialog is opening in the background (as it does when the clerk is fast).
        dialog.login_edit.setText(os.environ["BENCH_LOGIN"])
        dialog.password_edit.setText(os.environ["BENCH_PASSWORD"])
        dialog.opening.start_in_background(lambda: None)
        dialog.opening.open()
        dialog.try_login()
        if dialog.scope is None:
            raise RuntimeError(f"login refused: {dialog.error_label.text()}")
        mark("logged_in")
        dialog.hide()
        return 1

    LoginDialog.exec = login_exec
    original_show = application.GuiSession.show

    def session_show(self, scope):
        window = original_show(self, scope)
        mark("main_window_built")
        _paint(window)
        extra = ""
        if mode == "main-carpass":
            extra = _open_carpass(window)
        _ready(extra)
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        QTimer.singleShot(0, QApplication.quit)
        return window

    application.GuiSession.show = session_show
    from app.cli.main import main as atelier_main

    return atelier_main(["--database", os.environ["BENCH_DATABASE_URL"]])


def _open_carpass(window) -> str:
    """Make the Car-Pass tab current and paint it; report the rows the grid loaded."""
    from PySide6.QtWidgets import QTableView

    tabs = window.tabs
    for index in range(tabs.count()):
        if "car-pass" in tabs.tabText(index).lower():
            tabs.setCurrentIndex(index)
            break
    page = tabs.currentWidget()
    _paint(window)
    views = page.findChildren(QTableView) if page is not None else []
    models = [v.model() for v in views if v.model() is not None and v.isVisible()]
    mark("carpass_shown")
    if os.environ.get("BENCH_SCROLL") == "1":
        from PySide6.QtWidgets import QApplication

        for view in (v for v in views if v.isVisible()):
            while view.model().canFetchMore(view.rootIndex()):
                view.scrollToBottom()
                QApplication.processEvents()
        mark("carpass_scrolled")
    rows = max((m.rowCount() for m in models), default=0)
    return f"GRID_ROWS {rows}"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "login"))
