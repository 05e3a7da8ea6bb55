"""Fixtures of the controls tests: the small fixture catalogue, as a file and parsed."""

from __future__ import annotations

import json

import pytest

from app.core.controls.catalogue import Catalogue, load_catalogue
from tests.controls.fixture_catalogue import CATALOGUE


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


@pytest.fixture
def cli(run_cli, catalogue_file):
    """run_cli with the fixture catalogue."""
    def run(database, *args, **kwargs):
        env = {"ATELIER_CONTROLS_CATALOGUE": str(catalogue_file), **kwargs.pop("env", {})}
        return run_cli(database, *args, env=env, **kwargs)
    return run
