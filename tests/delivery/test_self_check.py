"""``atelier --self-check`` from the source tree: every check passes (or is not installed yet)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.self_check import CHECKS

ROOT = Path(__file__).resolve().parents[2]


def test_self_check_from_source_passes(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ATELIER_DATA_DIR": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "HOME": str(tmp_path)}
    env.pop("ATELIER_DATABASE_URL", None)
    result = subprocess.run([sys.executable, "-m", "app", "--self-check"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    assert lines[0].startswith("Atelier ") and "(source: " in lines[0]
    for name, _check in CHECKS:
        line = next((li for li in lines if re.match(rf"(ok|skip|FAIL) +{re.escape(name)}: ", li)), None)
        assert line is not None, f"no line for {name}: {result.stdout}"
        assert not line.startswith("FAIL"), line
    assert lines[-1] == "all checks passed"
    # the check works in its own folders: nothing was written to the station's data folder
    assert not list((tmp_path / "data").glob("*.sqlite3"))


def test_self_check_reports_a_failure_with_exit_code_1(tmp_path):
    # A check that raises is reported as FAIL; the checks after it still run.
    script = ("import sys\nfrom app.cli import self_check\n"
              "def broken(folder):\n    raise RuntimeError('disk full')\n"
              "self_check.CHECKS[:] = [('database', broken), *self_check.CHECKS[1:2]]\n"
              "sys.exit(self_check.run_self_check())\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ATELIER_DATA_DIR": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 1
    assert "FAIL  database: RuntimeError: disk full" in result.stdout
    assert re.search(r"^ok    translations: ", result.stdout, re.M)
    assert result.stdout.splitlines()[-1] == "1 check(s) FAILED"


def test_platform_plugin_check_loads_the_real_plugin(qapp, tmp_path, monkeypatch):
    from PySide6.QtCore import QCoreApplication

    from app.cli import self_check

    assert "loads (platform" in self_check._check_platform_plugin(tmp_path)
    empty = tmp_path / "plugins"
    (empty / "platforms").mkdir(parents=True)
    monkeypatch.setattr(QCoreApplication, "libraryPaths", staticmethod(lambda: [str(empty)]))
    with pytest.raises(RuntimeError, match="not found"):
        self_check._check_platform_plugin(tmp_path)
    name = self_check.PLATFORM_PLUGINS.get(sys.platform, "qxcb")
    suffix = ".dll" if sys.platform == "win32" else ".so"
    (empty / "platforms" / f"lib{name}{suffix}").write_bytes(b"not a library")
    with pytest.raises(RuntimeError, match="does not load"):
        self_check._check_platform_plugin(tmp_path)
