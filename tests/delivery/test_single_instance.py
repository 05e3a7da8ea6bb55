"""One Atelier per user session, checked with real processes on the local socket."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from app.ui.single_instance import instance_key

ROOT = Path(__file__).resolve().parents[2]
FIRST = """
import sys
from PySide6.QtWidgets import QApplication, QWidget
from app.ui.single_instance import SingleInstance
app = QApplication([])
window = QWidget(); window.setWindowTitle("first"); window.show()
instance = SingleInstance(sys.argv[1])
assert instance.claim()
def activated():
    print("activated", flush=True)
    app.quit()
instance.activation_requested.connect(activated)
print("listening", flush=True)
app.exec()
"""
SECOND = """
import sys
from PySide6.QtCore import QCoreApplication
from app.ui.single_instance import SingleInstance
app = QCoreApplication([])
sys.exit(0 if SingleInstance(sys.argv[1]).claim() else 3)
"""


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ATELIER_DATA_DIR": str(tmp_path / "data")}


def test_a_second_process_brings_the_first_to_the_front(tmp_path):
    key = f"atelier-test-{os.getpid()}-{tmp_path.name}"
    first = subprocess.Popen([sys.executable, "-c", FIRST, key], cwd=ROOT, env=_env(tmp_path),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert first.stdout.readline().strip() == "listening", first.stderr.read()
        second = subprocess.run([sys.executable, "-c", SECOND, key], cwd=ROOT, env=_env(tmp_path), timeout=120)
        assert second.returncode == 3  # found the first one and handed over
        out, err = first.communicate(timeout=120)
        assert "activated" in out, err
        assert first.returncode == 0
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()
    # The first one is gone: a new start is the first again (its socket was released).
    again = subprocess.run([sys.executable, "-c", SECOND, key], cwd=ROOT, env=_env(tmp_path), timeout=120)
    assert again.returncode == 0


def test_the_key_depends_on_the_data_folder_and_session(monkeypatch, tmp_path):
    monkeypatch.setenv("ATELIER_DATA_DIR", str(tmp_path / "a"))
    first = instance_key()
    monkeypatch.setenv("ATELIER_DATA_DIR", str(tmp_path / "b"))
    assert instance_key() != first
    assert first.startswith("atelier-") and len(first) < 40  # a valid pipe / socket name


@pytest.mark.skipif(sys.platform == "win32", reason="the socket file is how this test sees the first start")
def test_starting_atelier_twice_opens_one_window(tmp_path):
    env = _env(tmp_path)
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    url = f"sqlite:///{(tmp_path / 'one.sqlite3').as_posix()}"
    key = subprocess.run([sys.executable, "-c",
                          "from app.ui.single_instance import instance_key; print(instance_key())"],
                         cwd=ROOT, env=env, capture_output=True, text=True, check=True).stdout.strip()
    first = subprocess.Popen([sys.executable, "-m", "app", "--database", url], cwd=ROOT, env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        log = tmp_path / "data" / "logs" / "atelier.log"
        socket_file = Path(tempfile.gettempdir()) / key  # where QLocalServer puts it on Unix
        while not socket_file.exists():  # the first start listens once its QApplication exists
            assert first.poll() is None, first.stderr.read()
            time.sleep(0.1)
        second = subprocess.run([sys.executable, "-m", "app", "--database", url], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=120)
        assert second.returncode == 0, second.stderr
        assert "already runs in this session" in log.read_text(encoding="utf-8")
        assert first.poll() is None  # the first one is still there, showing its login dialog
    finally:
        first.kill()
        first.wait()
