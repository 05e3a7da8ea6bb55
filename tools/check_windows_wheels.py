"""Proves every run-time dependency of Atelier has a Windows wheel for the supported Python.

The versions are the ones installed in this environment (what the bundle ships); pip
resolves them for Windows x64 / CPython 3.11 with binary wheels only, in a dry run that
reads the wheels' metadata without downloading them. pip evaluates environment markers
for the machine it runs on, so the dependencies that only Windows needs (keyring's
pywin32-ctypes…) are found here from the resolved metadata with Windows' markers and
added, until the Windows closure is complete. Exit 1 when one has no such wheel.

Usage: python tools/check_windows_wheels.py [--python-version 3.11]
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

PLATFORM = "win_amd64"


def windows_environment(python_version: str) -> dict[str, str]:
    """Marker variables of CPython ``python_version`` on Windows x64."""
    environment = default_environment()
    environment.update(sys_platform="win32", platform_system="Windows", os_name="nt", platform_machine="AMD64",
                       implementation_name="cpython", platform_python_implementation="CPython",
                       python_version=python_version, python_full_version=f"{python_version}.0",
                       platform_release="10")
    return environment


def applies(requirement: Requirement, environment: dict[str, str], extras: set[str]) -> bool:
    """Whether ``requirement`` holds on that platform for a distribution asked with ``extras``."""
    if requirement.marker is None:
        return True
    return any(requirement.marker.evaluate({**environment, "extra": extra}) for extra in extras | {""})


def windows_closure(installs: list[dict], roots: list[str], environment: dict[str, str]) -> tuple[set[str], set[str]]:
    """(names in the Windows dependency closure of ``roots``, names it needs that pip did not resolve)."""
    by_name = {canonicalize_name(item["metadata"]["name"]): item["metadata"] for item in installs}
    wanted: dict[str, set[str]] = {}
    todo = [Requirement(text) for text in roots]
    while todo:
        requirement = todo.pop()
        name = canonicalize_name(requirement.name)
        extras = wanted.setdefault(name, set())
        if name in by_name and (not extras or not requirement.extras <= extras):
            extras |= set(requirement.extras)
            for text in by_name[name].get("requires_dist", []):
                dependency = Requirement(text)
                if applies(dependency, environment, extras):
                    todo.append(dependency)
        extras |= set(requirement.extras)
    return set(wanted) & set(by_name), set(wanted) - set(by_name)


def pinned_requirements(distribution: str = "atelier") -> list[str]:
    """The distribution's run-time requirements (no extras), each pinned to the installed version."""
    pins = []
    for text in importlib.metadata.requires(distribution) or []:
        requirement = Requirement(text)
        if requirement.marker is not None and "extra" in str(requirement.marker):
            continue
        extras = f"[{','.join(sorted(requirement.extras))}]" if requirement.extras else ""
        try:
            pins.append(f"{requirement.name}{extras}=={importlib.metadata.version(requirement.name)}")
        except importlib.metadata.PackageNotFoundError:  # not installed here: let pip choose
            pins.append(str(requirement))
    return pins


def installed_constraints() -> list[str]:
    """name==version of every installed distribution (transitive dependencies keep the
    versions the bundle was built with)."""
    seen = {}
    for dist in importlib.metadata.distributions():
        name = canonicalize_name(dist.metadata["Name"])
        if name not in ("atelier",) and name not in seen:
            seen[name] = f"{name}=={dist.version}"
    return sorted(seen.values())


def main(argv: list[str] | None = None) -> int:
    """Run the dry-run resolution and print one line per dependency."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python-version", default="3.11")
    args = parser.parse_args(argv)
    environment = windows_environment(args.python_version)
    roots = pinned_requirements()
    requirements = list(roots)
    for _round in range(5):
        installs = resolve(requirements, args.python_version)
        if installs is None:
            return 1
        closure, unresolved = windows_closure(installs, roots, environment)
        if not unresolved:
            break
        requirements += sorted(unresolved)
    else:
        print(f"Windows wheels: could not resolve {sorted(unresolved)}", file=sys.stderr)
        return 1
    installs = [item for item in installs if canonicalize_name(item["metadata"]["name"]) in closure]
    for item in sorted(installs, key=lambda i: i["metadata"]["name"].lower()):
        wheel = item["download_info"]["url"].rsplit("/", 1)[-1]
        if not re.search(r"\.whl$", wheel):
            print(f"Windows wheels: {wheel} is not a wheel", file=sys.stderr)
            return 1
        print(f"  {item['metadata']['name']} {item['metadata']['version']}: {wheel}")
    print(f"Windows wheels: all {len(installs)} run-time distributions have a {PLATFORM} wheel "
          f"for CPython {args.python_version}")
    return 0


def resolve(requirements: list[str], python_version: str) -> list[dict] | None:
    """pip's dry-run report of ``requirements`` for Windows (None, after printing why, when
    something has no Windows wheel)."""
    abi = "cp" + python_version.replace(".", "")
    with tempfile.TemporaryDirectory(prefix="atelier-wheels-") as tmp:
        constraints = Path(tmp) / "constraints.txt"
        constraints.write_text("\n".join(installed_constraints()) + "\n", encoding="utf-8")
        report = Path(tmp) / "report.json"
        command = [sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed", "--quiet",
                   "--disable-pip-version-check", "--report", str(report), "--target", str(Path(tmp) / "target"),
                   "--platform", PLATFORM, "--python-version", python_version, "--implementation", "cp",
                   "--abi", abi, "--abi", "abi3", "--abi", "none", "--only-binary=:all:",
                   "-c", str(constraints), *requirements]
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            print(result.stdout + result.stderr, file=sys.stderr)
            print(f"Windows wheels: a dependency has no {PLATFORM} wheel for Python {python_version}", file=sys.stderr)
            return None
        return json.loads(report.read_text(encoding="utf-8"))["install"]


if __name__ == "__main__":
    sys.exit(main())
