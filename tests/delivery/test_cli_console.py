"""``atelier`` prints through a cp1252 console or a redirected output without failing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_cli(tmp_path: Path, *args: str, encoding: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": encoding, "ATELIER_DATA_DIR": str(tmp_path / "data"),
           "QT_QPA_PLATFORM": "offscreen", "ATELIER_LANG": "fr"}
    env.pop("PYTHONUTF8", None)
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, env=env, capture_output=True,
                          timeout=300)


def test_db_upgrade_prints_its_arrow_in_cp1252(tmp_path):
    url = f"sqlite:///{(tmp_path / 'c.sqlite3').as_posix()}"
    result = run_cli(tmp_path, "--database", url, "db", "upgrade", encoding="cp1252")
    assert result.returncode == 0, result.stderr.decode("cp1252")
    out = result.stdout.decode("cp1252")
    assert "UnicodeEncodeError" not in result.stderr.decode("cp1252")
    assert "révision - ? " in out  # "→" replaced, the accented letters cp1252 has kept

