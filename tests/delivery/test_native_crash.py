"""A hard crash (segfault in native code) is reported at the next start; the native-crash
log is rotated like the others."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from app.core.platform import logging_setup

ROOT = Path(__file__).resolve().parents[2]
RUN = """
import sys, faulthandler
from pathlib import Path
from app.core.platform.logging_setup import setup_logging, previous_crash
setup_logging("atelier", folder=Path(sys.argv[1]), track_session=True, max_bytes=int(sys.argv[3]))
crash = previous_crash()
print("previous:", "none" if crash is None else crash.report.splitlines()[0], flush=True)
if sys.argv[2] == "crash":
    faulthandler._sigsegv()
"""


def start(folder: Path, action: str, max_bytes: int = 2 * 1024 * 1024) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", RUN, str(folder), action, str(max_bytes)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_a_hard_crash_is_reported_once_at_the_next_start(tmp_path):
    assert start(tmp_path, "exit").stdout.strip() == "previous: none"
    crashed = start(tmp_path, "crash")
    assert crashed.returncode != 0  # killed by the segfault
    after = start(tmp_path, "exit")
    assert after.stdout.strip() == "previous: Fatal Python error: Segmentation fault"
    assert start(tmp_path, "exit").stdout.strip() == "previous: none"  # reported once


def test_a_normal_exit_with_noise_in_the_native_log_is_not_a_crash(tmp_path):
    start(tmp_path, "exit")
    with open(tmp_path / "atelier-native.log", "a", encoding="utf-8") as native:
        native.write("Windows fatal exception: code 0xe06d7363\n")  # a C++ exception Qt caught
    # The run that wrote it ended normally (its marker is gone): nothing to report.
    assert start(tmp_path, "exit").stdout.strip() == "previous: none"


def test_the_native_log_is_rotated(tmp_path):
    native = tmp_path / "atelier-native.log"
    native.write_text("x" * 5000, encoding="utf-8")
    start(tmp_path, "exit", max_bytes=1000)
    assert (tmp_path / "atelier-native.log.1").read_text(encoding="utf-8") == "x" * 5000
    assert native.stat().st_size == 0
    native.write_text("y" * 5000, encoding="utf-8")
    start(tmp_path, "exit", max_bytes=1000)
    assert (tmp_path / "atelier-native.log.2").read_text(encoding="utf-8") == "x" * 5000
    assert (tmp_path / "atelier-native.log.1").read_text(encoding="utf-8") == "y" * 5000


def test_the_gui_tells_the_clerk(qapp, monkeypatch, tmp_path):
    from app.ui import application

    crash = logging_setup.PreviousCrash(tmp_path / "atelier-native.log", "Fatal Python error: Segmentation fault")
    monkeypatch.setattr(logging_setup, "_previous_crash", crash)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.text(), box.detailedText())) or 0)
    application.report_previous_crash()
    assert shown and "brutalement" in shown[0][0] and str(crash.log_file) in shown[0][0]
    assert shown[0][1] == crash.report
