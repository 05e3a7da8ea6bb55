"""Fixtures of the Car-Pass tests: the CLI run in-process."""

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
def atelier(qapp, capsys, monkeypatch):
    """``atelier(db, "--user", "clerk.a", "carpass", "list")`` → CliResult."""

    def run(database, *args: str, password: str = PASSWORD) -> CliResult:
        monkeypatch.setenv("ATELIER_PASSWORD", password)
        capsys.readouterr()
        code = main(["--database", database.url, *args])
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run
