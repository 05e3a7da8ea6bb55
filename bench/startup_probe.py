"""Child process of ``cold_start.py`` and ``memory.py``: the real ``atelier`` start-up.

Runs ``app.cli.main.main(["--database", URL])`` (what ``atelier --database URL`` does with
no command) on the database named by ``BENCH_DATABASE_URL``, with hooks instead of a human:

- ``login``: when the login dialog would wait for the clerk, it is shown, painted once,
  ``READY`` is printed and the dialog is cancelled (the application exits).
- ``main``: the clerk's typing is replaced by waiting for the dialog's background work (the
  database opening and the imports that follow) with the event loop running; then ``MARK enter`` and the dialog's real
  ``try_login()`` with ``BENCH_LOGIN`` / ``BENCH_PASSWORD``; when the main window is shown
  and painted, ``MARK main_window_shown`` and ``READY`` are printed, then ``ARGON2 <s>``
  (one verification of the user's hash, timed in this process), and the application quits.
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
    """Print a timestamp the parent reads (one write: marks come from two threads, and
    ``print`` writes the line and its end apart)."""
    sys.stdout.write(f"MARK {name} {time.perf_counter()!r}\n")
    sys.stdout.flush()


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
        # The clerk types (the database opens and what follows the login is imported in
        # the background meanwhile, as the dialog does), then presses Enter.
        from app.ui.preload import preload_after_login

        dialog.login_edit.setText(os.environ["BENCH_LOGIN"])
        dialog.password_edit.setText(os.environ["BENCH_PASSWORD"])
        dialog.opening.start_in_background(lambda: None, then=preload_after_login)
        dialog.opening.open()
        _wait_with_events(dialog.opening)
        mark("enter")
        dialog.try_login()
        if dialog.scope is None:
            raise RuntimeError(f"login refused: {dialog.error_label.text()}")
        mark("logged_in")
        dialog.hide()
        return 1

    LoginDialog.exec = login_exec
    from app.ui.platform import login_dialog

    original_check = login_dialog._PasswordCheck._run

    def password_check(self, *args):
        original_check(self, *args)
        mark("password_checked")  # on the check's thread, when auth.login returned

    login_dialog._PasswordCheck._run = password_check
    original_show = application.GuiSession.show

    def session_show(self, scope, prebuilt=None):
        window = original_show(self, scope, prebuilt)
        mark("main_window_built")
        _paint(window)
        mark("main_window_shown")
        extra = ""
        if mode == "main-carpass":
            extra = _open_carpass(window)
        _ready(extra)
        _time_argon2(self.database, scope)
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        QTimer.singleShot(0, QApplication.quit)
        return window

    application.GuiSession.show = session_show
    original_build = application.GuiSession.build

    def session_build(self, scope):
        mark("window_build_start")
        window = original_build(self, scope)
        mark("window_build_end")
        return window

    application.GuiSession.build = session_build
    from app.cli.main import main as atelier_main

    return atelier_main(["--database", os.environ["BENCH_DATABASE_URL"]])


def _wait_with_events(opening) -> None:
    """Wait for the dialog's background work as a clerk typing does: the event loop keeps
    running (what the dialog schedules after its first paint runs meanwhile)."""
    from PySide6.QtWidgets import QApplication

    thread = opening._thread
    while thread is not None and thread.is_alive():
        QApplication.processEvents()
        thread.join(0.005)
    opening.wait()
    QApplication.processEvents()


def _time_argon2(database, scope) -> None:
    """Print ``ARGON2 <seconds>``: one verification of the user's password hash in this
    process (the login's own cost, with the same parameters, measured in the same run)."""
    from sqlalchemy import select

    from app.core.platform.models import User
    from app.core.platform.passwords import verify_password

    with database.session() as session:
        stored = session.scalars(select(User.password_hash).where(User.id == scope.user_id)).one()
    start = time.perf_counter()
    verify_password(stored, os.environ["BENCH_PASSWORD"])
    print(f"ARGON2 {time.perf_counter() - start!r}", flush=True)


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
