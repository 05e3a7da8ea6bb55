"""Checks an NSIS installer's file list (``7z l -ba -slt``) against the bundle folder.

Usage: python3 tools/installer_contents.py LISTING.txt BUNDLE_FOLDER

Every file of the bundle must be in the installer with the same size; besides them the
installer may only hold NSIS's own plug-ins ($PLUGINSDIR) and the uninstaller. Exit 1
with the differences otherwise. Symbolic links (Linux bundle) count as the file they name,
as makensis packs them.
"""

from __future__ import annotations

import sys
from pathlib import Path

INSTALLER_OWN = ("$PLUGINSDIR/", "uninstall.exe")


def read_listing(text: str) -> dict[str, int]:
    """{path: size} of the files in a ``7z -slt`` listing (folders left out)."""
    entries: dict[str, int] = {}
    for block in text.split("\n\n"):
        fields = dict(line.split(" = ", 1) for line in block.splitlines() if " = " in line)
        if "Path" in fields and fields.get("Folder", "-") != "+":
            entries[fields["Path"].replace("\\", "/")] = int(fields.get("Size") or 0)
    return entries


def bundle_files(folder: Path) -> dict[str, int]:
    """{relative path: size} of every file under ``folder``."""
    return {path.relative_to(folder).as_posix(): path.stat().st_size
            for path in folder.rglob("*") if path.is_file()}


def compare(listed: dict[str, int], bundle: dict[str, int]) -> list[str]:
    """The differences, one line each (empty when the installer holds exactly the bundle)."""
    problems = [f"missing from the installer: {name}" for name in sorted(set(bundle) - set(listed))]
    problems += [f"size differs: {name} ({listed[name]} in the installer, {bundle[name]} in the bundle)"
                 for name in sorted(set(bundle) & set(listed)) if listed[name] != bundle[name]]
    problems += [f"not from the bundle: {name}" for name in sorted(set(listed) - set(bundle))
                 if not name.startswith(INSTALLER_OWN)]
    return problems


def main(argv: list[str]) -> int:
    """Compare and report; 0 when the installer holds every file of the bundle."""
    listing, folder = Path(argv[0]), Path(argv[1])
    listed = read_listing(listing.read_text(encoding="utf-8", errors="replace"))
    bundle = bundle_files(folder)
    problems = compare(listed, bundle)
    if not bundle:
        problems.append(f"the bundle folder {folder} is empty")
    for line in problems[:50]:
        print(f"installer contents: {line}", file=sys.stderr)
    if problems:
        print(f"installer contents: {len(problems)} difference(s)", file=sys.stderr)
        return 1
    own = sorted(name for name in listed if name.startswith(INSTALLER_OWN))
    print(f"installer holds all {len(bundle)} files of the bundle ({sum(bundle.values()) / 1e6:.0f} MB, "
          f"same sizes) plus {', '.join(own)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
