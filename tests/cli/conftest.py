"""Runs ``atelier`` in-process (a QApplication must exist first for the translators)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from app.cli.main import main
from tests.factories import PASSWORD


@dataclass
class CliResult:
    """Exit code and captured output of one command."""

    code: int
    out: str
    err: str


@pytest.fixture
def run_cli(qapp, capsys, monkeypatch):
    """``run_cli(db, "--user", "clerk.a", "carpass", "list")`` → CliResult."""

    def run(database, *args: str, password: str = PASSWORD, env: dict[str, str] | None = None) -> CliResult:
        monkeypatch.setenv("ATELIER_PASSWORD", password)
        for key, value in (env or {}).items():
            monkeypatch.setenv(key, value)
        capsys.readouterr()
        code = main(["--database", database.url, *args])
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run
