"""build.spec parses and bundles every run-time folder (the full build runs in tools/build_bundle.sh)."""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build.spec"


@pytest.fixture(scope="module")
def spec(tmp_path_factory) -> dict:
    """The spec's helpers, executed the way PyInstaller reads the file but without building."""
    namespace = {"SPECPATH": str(ROOT), "workpath": str(tmp_path_factory.mktemp("work")), "__name__": "build_spec"}
    saved = list(sys.path)
    try:
        exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    finally:
        sys.path[:] = saved
    return namespace


@pytest.fixture(scope="module")
def datas(spec) -> list[tuple[Path, str]]:
    return [(Path(source), dest.replace("\\", "/")) for source, dest in spec["bundle_datas"](ROOT, spec["WORK"])]


def test_spec_is_valid_python_building_two_executables():
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    calls = {node.func.id for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}
    assert {"Analysis", "PYZ", "EXE", "COLLECT"} <= calls
    names = {kw.value.value for node in ast.walk(tree) if isinstance(node, ast.Call)
             and getattr(node.func, "id", "") == "EXE" for kw in node.keywords if kw.arg == "name"}
    assert names == {"atelier", "atelier-cli"}


def test_migrations_and_resources_are_bundled(datas):
    dests = {(source.name, dest) for source, dest in datas}
    folders = {dest for _, dest in datas}
    assert ("env.py", "migrations") in dests
    for script in (ROOT / "migrations" / "versions").glob("*.py"):
        assert (script.name, "migrations/versions") in dests
    assert {"resources/i18n", "resources/i18n/qt", "resources/icons", "resources/fonts"} <= folders
    for folder in (ROOT / "resources").iterdir():
        if folder.is_dir() and any(p.suffix not in {".ts", ".py", ".pyc", ".qm"} for p in folder.rglob("*.*")):
            assert any(dest.startswith(f"resources/{folder.name}") for dest in folders), folder.name
    assert ("atelier.ico", "resources/icons") in dests
    assert not [s for s, d in datas if d.startswith("resources") and s.suffix in {".ts", ".py"}]


def test_every_translation_is_compiled_and_qt_translations_shipped(datas):
    shipped = {source.name for source, dest in datas if dest == "resources/i18n"}
    expected = {ts.with_suffix(".qm").name for ts in (ROOT / "resources" / "i18n").glob("*.ts")}
    assert expected and expected == shipped
    compiled = [source for source, dest in datas if dest == "resources/i18n"]
    assert all(source.stat().st_size > 0 for source in compiled)
    assert {source.name for source, dest in datas if dest == "resources/i18n/qt"} == {
        "qtbase_fr.qm", "qtbase_nl.qm", "qtbase_en.qm"}


def test_migration_scripts_imports_become_hidden_imports(spec):
    imports = spec["migration_imports"](ROOT)
    assert "alembic" in imports and "sqlalchemy" in imports


def test_unused_qt_parts_are_left_out(spec):
    keep = spec["keep_binary"]
    assert keep("PySide6/Qt/plugins/platforms/libqoffscreen.so")
    assert keep("PySide6/plugins/platforms/qwindows.dll")
    assert keep("PySide6/Qt/lib/libQt6Widgets.so.6")
    assert not keep("PySide6/Qt/plugins/qmltooling/libqmldbg_debugger.so")
    assert not keep("PySide6/Qt/lib/libQt6Quick.so.6")
    assert not keep("PySide6/Qt6WebEngineCore.dll")
    assert not spec["keep_data"]("PySide6/Qt/translations/qtbase_de.qm")
    assert {"PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtWebEngineCore", "PySide6.QtMultimedia"} <= set(
        spec["QT_EXCLUDES"])


def test_windows_version_resource_comes_from_the_package_version(spec, tmp_path):
    from app import __version__

    text = Path(spec["version_file"](tmp_path)).read_text(encoding="utf-8")
    ast.parse(text)  # PyInstaller evaluates it as a Python expression
    numbers = tuple(int(part) for part in __version__.split(".")[:3])
    numbers += (0,) * (4 - len(numbers))
    assert f"'FileVersion', '{__version__}'" in text and f"filevers={numbers}" in text


@pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None, reason="PyInstaller not installed")
def test_keyring_backends_metadata_is_bundled(spec):
    dests = {dest.replace("\\", "/") for _, dest in spec["keyring_metadata"]()}
    assert any(dest.startswith("keyring-") and dest.endswith(".dist-info") for dest in dests)


def test_nothing_the_app_imports_is_excluded(spec):
    used = set()
    for path in (ROOT / "app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            for name in names:
                parts = name.split(".")
                used.update(".".join(parts[:depth]) for depth in (1, 2))
    assert {"PySide6.QtCore", "PySide6.QtWidgets", "reportlab", "keyring"} <= used
    excluded = set(spec["QT_EXCLUDES"]) | set(spec["PY_EXCLUDES"])
    assert not used & excluded, f"build.spec excludes what the app imports: {sorted(used & excluded)}"
