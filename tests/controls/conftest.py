"""Fixtures of the controls tests: the small fixture catalogue, as a file and parsed."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest

from app.cli.main import main
from app.core.controls.catalogue import Catalogue, load_catalogue
from tests.controls.fixture_catalogue import CATALOGUE
from tests.factories import PASSWORD


@pytest.fixture
def catalogue_file(tmp_path):
    """The fixture catalogue written as a JSON file."""
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps(CATALOGUE, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def cat(catalogue_file) -> Catalogue:
    """The fixture catalogue, loaded through the real loader."""
    return load_catalogue(catalogue_file)


@dataclass
class CliResult:
    """Exit code and captured output of one command."""

    code: int
    out: str
    err: str


@pytest.fixture
def run_cli(qapp, capsys, monkeypatch):
    """``run_cli(db, "--user", "clerk.a", "controls", "export")`` → CliResult (in-process)."""

    def run(database, *args: str, password: str = PASSWORD, env: dict[str, str] | None = None) -> CliResult:
        monkeypatch.setenv("ATELIER_PASSWORD", password)
        for key, value in (env or {}).items():
            monkeypatch.setenv(key, value)
        capsys.readouterr()
        code = main(["--database", database.url, *args])
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


@pytest.fixture(scope="session", autouse=True)
def _guard_singleton_refcounts():
    """Work around PySide6 6.12 on CPython 3.11: every void Qt call drops a reference to
    ``None`` and every Python-side ``Signal.emit`` one to ``True``, so after enough GUI
    tests the interpreter aborts at exit ("deallocating None/True"). CPython 3.12+ makes
    these objects immortal; here their counts are raised once so they can never reach 0.
    (Reported for the shared tests/conftest.py and the application start-up.)"""
    import ctypes
    import sys

    if sys.version_info < (3, 12):
        for singleton in (None, True, False):
            ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40
    yield
