"""Fixtures of the Car-Pass tests: the CLI run in-process."""

from __future__ import annotations

import pytest


@pytest.fixture
def atelier(run_cli):
    """``atelier(db, "--user", "clerk.a", "carpass", "list")`` → CliResult (the shared run_cli)."""
    return run_cli
