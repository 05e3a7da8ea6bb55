"""The first main window fits a 1366×768 laptop at 150 % scaling (910×480 logical pixels
once the taskbar is off), every module's page built, and a big screen gets 1280×800."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QRect

from app.ui.window_geometry import PREFERRED, first_geometry

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import json, sys, tempfile
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.core.db.engine import Database
from app.core.db.migrate import upgrade_to_head
from app.core.demo import populate_demo
from app.core.platform.auth import login
from app.core.platform.demo import DEMO_PASSWORD
from app.core.progress import run_to_end
from app.ui.app_context import AppContext
from app.ui.main_window import MainWindow
folder = Path(tempfile.mkdtemp())
database = Database(f"sqlite:///{(folder / 'w.sqlite3').as_posix()}")
upgrade_to_head(database)
run_to_end(populate_demo(database))
settings = QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
window = MainWindow(AppContext(database, login(database, "admin.liege", DEMO_PASSWORD), settings))
window.show()
app.processEvents()
for index in range(window.tabs.count()):
    window.tabs.setCurrentIndex(index)
    app.processEvents()
screen = window.screen()
available, frame = screen.availableGeometry(), window.frameGeometry()
print(json.dumps({"available": available.getRect(), "frame": frame.getRect(), "dpr": screen.devicePixelRatio(),
                  "maximised": window.isMaximized(), "tabs": window.tabs.count(),
                  "minimum": window.minimumSizeHint().toTuple()}))
database.dispose()
"""


def show_main_window(tmp_path: Path, width: int, height: int, dpr: float) -> dict:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": width, "height": height,
                                                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": dpr}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "ATELIER_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def inside(frame: list[int], available: list[int]) -> bool:
    fx, fy, fw, fh = frame
    ax, ay, aw, ah = available
    return ax <= fx and ay <= fy and fx + fw <= ax + aw and fy + fh <= ay + ah


def test_laptop_at_150_percent(tmp_path):
    shown = show_main_window(tmp_path, 910, 480, 1.5)
    assert shown["dpr"] == 1.5 and shown["tabs"] >= 4
    assert shown["maximised"]
    assert inside(shown["frame"], shown["available"]), shown
    width, height = shown["minimum"]
    assert width <= 910 and height <= 480, shown  # no page forces the window past the screen


def test_big_screen_gets_the_preferred_size_centred():
    rect, maximised = first_geometry(QRect(0, 0, 1920, 1040))
    assert not maximised
    assert (rect.width(), rect.height()) == (PREFERRED.width(), PREFERRED.height())
    assert rect.center() == QRect(0, 0, 1920, 1040).center()


def test_small_screen_opens_maximised_within_the_available_area():
    available = QRect(0, 0, 1366, 728)  # 1366×768 at 100 %, taskbar at the bottom
    rect, maximised = first_geometry(available)
    assert maximised and available.contains(rect)
