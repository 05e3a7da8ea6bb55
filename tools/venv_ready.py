"""Exit 0 when this virtualenv already holds Atelier (editable, from this folder) and every
requirement of the given extras at a satisfying version, so the set-up scripts can skip pip
and a second run works offline. Run with the virtualenv's Python:

    .venv/bin/python tools/venv_ready.py [EXTRA...]

Prints what is missing otherwise (exit 1).
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import sys
from pathlib import Path

from pip._vendor.packaging.requirements import Requirement  # the venv always has pip

ROOT = Path(__file__).resolve().parents[1]
STAMP = Path(sys.prefix) / "atelier-installed.txt"


def stamp_text(extras: list[str]) -> str:
    """What the stamp records: the hash of the project file and of the version's module
    (the installed metadata carries the version), and the extras installed with them."""
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()
                            + (ROOT / "app" / "__init__.py").read_bytes()).hexdigest()
    return f"{digest} {','.join(sorted(extras))}\n"


def missing(extras: list[str]) -> list[str]:
    """Requirements not satisfied by what is installed (empty when ready)."""
    try:
        requires = importlib.metadata.requires("atelier") or []
    except importlib.metadata.PackageNotFoundError:
        return ["atelier itself"]
    problems = []
    todo = [Requirement(text) for text in requires]
    seen = set()
    while todo:
        requirement = todo.pop()
        marker = requirement.marker
        if marker is not None and not any(marker.evaluate({"extra": e}) for e in [*extras, ""]):
            continue
        key = (requirement.name.lower(), frozenset(requirement.extras))
        if key in seen:
            continue
        seen.add(key)
        try:
            version = importlib.metadata.version(requirement.name)
        except importlib.metadata.PackageNotFoundError:
            problems.append(str(requirement))
            continue
        if not requirement.specifier.contains(version, prereleases=True):
            problems.append(f"{requirement} (installed {version})")
        if requirement.extras:  # e.g. psycopg[binary]: the extra's own requirements too
            for text in importlib.metadata.requires(requirement.name) or []:
                inner = Requirement(text)
                if inner.marker is not None and any(inner.marker.evaluate({"extra": e}) for e in requirement.extras):
                    inner.marker = None
                    todo.append(inner)
    return problems


def main(argv: list[str]) -> int:
    """Check, or with --stamp record that pip just installed ``argv``'s extras."""
    if argv[:1] == ["--stamp"]:
        STAMP.write_text(stamp_text(argv[1:]), encoding="utf-8")
        return 0
    if not STAMP.exists() or STAMP.read_text(encoding="utf-8") not in (stamp_text(argv), stamp_text([*argv, "dev"])):
        print("pyproject.toml changed since the last install (or never installed)")
        return 1
    problems = missing(argv)
    for problem in problems:
        print(f"missing: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
