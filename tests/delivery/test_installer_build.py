"""The installer's build helpers: the contents check, and the signing hook that signs the
two programs before makensis packs them (CI's Linux bundle has no .exe to show it)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
tools_needed = pytest.mark.skipif(not (shutil.which("makensis") and shutil.which("osslsigncode")
                                       and shutil.which("7z") and shutil.which("openssl")),
                                  reason="makensis, osslsigncode, 7z and openssl (CI installs them)")


def _contents_tool():
    spec = importlib.util.spec_from_file_location("installer_contents", ROOT / "tools" / "installer_contents.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_contents_check_names_every_difference():
    tool = _contents_tool()
    listing = "\n\n".join([
        "Path = $PLUGINSDIR/nsExec.dll\nSize = 11264\nFolder = -",
        "Path = atelier.exe\nSize = 10\nFolder = -",
        "Path = _internal/base_library.zip\nSize = 7\nFolder = -",
        "Path = stray.txt\nSize = 1\nFolder = -",
        "Path = uninstall.exe\nSize = 5\nFolder = -",
    ])
    listed = tool.read_listing(listing)
    bundle = {"atelier.exe": 10, "_internal/base_library.zip": 8, "atelier-cli.exe": 10}
    assert tool.compare(listed, bundle) == [
        "missing from the installer: atelier-cli.exe",
        "size differs: _internal/base_library.zip (7 in the installer, 8 in the bundle)",
        "not from the bundle: stray.txt",
    ]
    assert tool.compare(listed, {"atelier.exe": 10, "_internal/base_library.zip": 7, "stray.txt": 1}) == []


@tools_needed
def test_signing_hook_signs_both_programs_the_uninstaller_and_the_installer(tmp_path):
    # A tiny NSIS program is a real PE file: it stands for atelier.exe / atelier-cli.exe.
    (tmp_path / "tiny.nsi").write_text('Unicode true\nOutFile "tiny.exe"\nSilentInstall silent\nSection\nSectionEnd\n')
    subprocess.run(["makensis", "-V1", str(tmp_path / "tiny.nsi")], check=True, cwd=tmp_path)
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    for name in ("atelier.exe", "atelier-cli.exe"):
        shutil.copy(tmp_path / "tiny.exe", bundle / name)
    (bundle / "_internal" / "data.txt").write_text("x")
    certificate = subprocess.run(["bash", "tools/sign.sh", "--test-certificate", str(tmp_path / "cert")], cwd=ROOT,
                                 check=True, capture_output=True, text=True).stdout
    env = {**os.environ, **dict(line.split("=", 1) for line in certificate.split())}
    env.pop("ATELIER_TIMESTAMP_URL", None)
    setup = tmp_path / "setup.exe"
    subprocess.run(["makensis", "-V1", "-NOCD", f"-DBUNDLE={bundle}", f"-DOUTFILE={setup}", "-DCOMPRESSOR=zlib",
                    f"-DSIGN_COMMAND=bash {ROOT}/tools/sign.sh", "installer/atelier.nsi"],
                   cwd=ROOT, env=env, check=True, capture_output=True)
    subprocess.run(["7z", "e", "-y", f"-o{tmp_path / 'out'}", str(setup), "atelier.exe", "atelier-cli.exe",
                    "uninstall.exe"], check=True, capture_output=True)
    for signed in (setup, *(tmp_path / "out" / name for name in ("atelier.exe", "atelier-cli.exe", "uninstall.exe"))):
        verify = subprocess.run(["osslsigncode", "verify", "-CAfile", env["ATELIER_SIGN_CAFILE"], "-in", str(signed)],
                                capture_output=True, text=True)
        assert verify.returncode == 0 and "Signature verification: ok" in verify.stdout, (signed.name, verify.stdout)
    unsigned = subprocess.run(["osslsigncode", "verify", "-in", str(tmp_path / "tiny.exe")], capture_output=True)
    assert unsigned.returncode != 0  # the check can fail
