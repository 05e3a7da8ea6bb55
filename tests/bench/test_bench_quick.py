"""Every benchmark script in bench/ runs once in ``--quick`` mode (tiny data, one
repetition) so the scripts keep working; the figures themselves are not checked here.
Without a PostgreSQL server (outside CI) the scripts run on SQLite only."""

from __future__ import annotations

import importlib
import importlib.util
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.conftest import IN_CI, PG_ADMIN_URL

BENCH = Path(__file__).resolve().parents[2] / "bench"
HELPERS = {"harness.py", "startup_probe.py", "history_site.py"}
SCRIPTS = sorted(p.name for p in BENCH.glob("*.py") if p.name not in HELPERS and not p.name.startswith("_"))
QUICK_TIMEOUT = 300  # seconds; a loaded machine is several times slower than CI


def _postgres_available() -> bool:
    try:
        engine = create_engine(PG_ADMIN_URL)
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        engine.dispose()
        return True
    except Exception:
        return False


def test_every_figure_of_the_issue_has_a_script():
    assert {"cold_start.py", "memory.py", "carpass_grid.py", "carpass_import.py", "controls_paging.py",
            "invoice_pdf.py", "carpass_send.py", "invoicing_concurrency.py"} <= set(SCRIPTS)


def _command(script: str, postgres: bool) -> list[str]:
    command = [sys.executable, str(BENCH / script), "--quick"]
    source = (BENCH / script).read_text(encoding="utf-8")
    if ("--backend" in source or "backends=(" in source) and not postgres:
        command += ["--backend", "sqlite"]
    return command


@pytest.fixture(scope="module")
def quick_runs() -> dict[str, subprocess.CompletedProcess]:
    """Every script's quick run, two at a time (the smoke runs use one CPU each)."""
    postgres = IN_CI or _postgres_available()
    env = {k: v for k, v in os.environ.items() if k != "ATELIER_DATABASE_URL"}
    env["QT_QPA_PLATFORM"] = "offscreen"

    def run(script: str) -> subprocess.CompletedProcess:
        try:
            return subprocess.run(_command(script, postgres), capture_output=True, text=True,
                                  timeout=QUICK_TIMEOUT, env=env)
        except subprocess.TimeoutExpired as exc:
            return subprocess.CompletedProcess(exc.cmd, -9, str(exc.stdout or ""), f"timed out after {QUICK_TIMEOUT} s")

    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(zip(SCRIPTS, pool.map(run, SCRIPTS), strict=True))


@pytest.mark.slow
@pytest.mark.xdist_group("bench")
@pytest.mark.parametrize("script", SCRIPTS)
def test_script_runs_in_quick_mode(script, quick_runs):
    done = quick_runs[script]
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    assert done.returncode == 0, f"{script} exited {done.returncode}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    assert lines, f"{script} printed nothing\n{done.stderr[-3000:]}"
    last = lines[-1]
    skipped = re.match(r"SKIPPED: .* not installed \((\S+) (is missing|has no (\w+))\)$", last)
    if skipped:
        module, _, attribute = skipped.groups()
        try:
            exists = importlib.util.find_spec(module) is not None
        except ModuleNotFoundError:
            exists = False
        if attribute is None:
            assert not exists, f"{script} skipped although {module} exists"
        else:
            assert not exists or not hasattr(importlib.import_module(module), attribute), \
                f"{script} skipped although {module}.{attribute} exists"
        return
    assert last.startswith("RESULT "), f"{script}: last line is not the result: {last!r}"
    assert "QUICK RUN" in last
    assert re.search(r"= [+-]?\d", last), last
