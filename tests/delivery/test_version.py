"""One version number, written once in app/__init__.py and read by everything else."""

from __future__ import annotations

import importlib.metadata
import re
import tomllib
from pathlib import Path

import app

ROOT = Path(__file__).resolve().parents[2]
WRITTEN_ONCE = re.compile(r"""(?<![\d.])\d+\.\d+\.\d+(?![\d.])""")


def test_pyproject_reads_the_version_from_the_package():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"] and "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "app.__version__"}
    assert importlib.metadata.version("atelier") == app.__version__


def test_bundle_and_installer_read_it_too():
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert "from app import APP_NAME, APP_BUILDER, __version__" in spec
    installer = (ROOT / "installer" / "atelier.nsi").read_text(encoding="utf-8")
    assert re.search(r'!searchparse /file "\$\{__FILEDIR__\}\\\.\.\\app\\__init__\.py" `__version__ = "` VERSION',
                     installer)
    for path in (ROOT / "build.spec", ROOT / "installer" / "atelier.nsi", ROOT / "installer" / "strings.nsh",
                 ROOT / "pyproject.toml"):
        assert app.__version__ not in path.read_text(encoding="utf-8"), path.name


def test_the_version_is_a_plain_three_part_number():
    assert WRITTEN_ONCE.fullmatch(app.__version__)  # the installer's VIProductVersion needs X.Y.Z
