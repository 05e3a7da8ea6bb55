"""Two Atelier versions side by side on one shared PostgreSQL database: each runs as a real
process from its own copy of the package, the two copies differing only by their version
number (0.2.0 and 0.3.0). The path IT follows to upgrade a fleet, and what each station
says at every step (docs/it-deployment.md, "Stations stay in step")."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.core.db.engine import Database
from app.core.db.server_roles import drop_database_roles, prepare_server
from tests.factories import PASSWORD

pytestmark = pytest.mark.postgres
ROOT = Path(__file__).resolve().parents[2]
OLD, NEW = "0.2.0", "0.3.0"
SHARE = "\\\\srv-deploy\\atelier\\"
SETUP = ("setup", "--company-name", "Carrosserie Dupont SA", "--enterprise-number", "0426753973", "--site", "LIE",
         "--site-name", "Carrosserie Liège", "--establishment-number", "2026402650", "--admin", "boss")


@pytest.fixture(scope="module")
def copies(tmp_path_factory) -> dict[str, Path]:
    """A copy of the package per version: ``app/`` with its version number changed, the
    shipped ``resources/`` and ``migrations/`` beside it as in an installed folder."""
    folders = {}
    for version in (OLD, NEW):
        folder = tmp_path_factory.mktemp(f"atelier-{version}")
        shutil.copytree(ROOT / "app", folder / "app", ignore=shutil.ignore_patterns("__pycache__"))
        init = folder / "app" / "__init__.py"
        source, count = re.subn(r'^__version__ = "[^"]*"$', f'__version__ = "{version}"',
                                init.read_text(encoding="utf-8"), flags=re.M)
        assert count == 1
        init.write_text(source, encoding="utf-8")
        for shipped in ("resources", "migrations"):
            (folder / shipped).symlink_to(ROOT / shipped)
        folders[version] = folder
    return folders


@pytest.fixture
def shared_url(pg_url):
    """A new database whose server roles are prepared (README step 2), nothing else."""
    admin = create_engine(make_url(pg_url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    name = make_url(pg_url).database + "_steps"
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        drop_database_roles(connection, name)
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(pg_url).set(database=name).render_as_string(hide_password=False)
    database = Database(url)
    with database.engine.begin() as connection:
        prepare_server(connection)
    database.dispose()
    yield url
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        drop_database_roles(connection, name)
    admin.dispose()


def atelier(copies, tmp_path, url, version: str, *args: str, lang: str = "fr") -> subprocess.CompletedProcess:
    """``atelier --database URL ARGS`` run by the copy of ``version``, in its own process."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ATELIER_LANG": lang, "PYTHONPATH": str(copies[version]),
           "ATELIER_DATA_DIR": str(tmp_path / version), "ATELIER_PASSWORD": PASSWORD,
           "ATELIER_NEW_PASSWORD": PASSWORD}
    env.pop("ATELIER_DATABASE_URL", None)
    return subprocess.run([sys.executable, "-m", "app", "--database", url, *args], cwd=copies[version], env=env,
                          capture_output=True, text=True, timeout=300)


@pytest.mark.slow
def test_a_fleet_is_upgraded_in_step(copies, shared_url, tmp_path):
    def run(version, *args, **options):
        return atelier(copies, tmp_path, shared_url, version, *args, **options)

    def ok(version, *args):
        done = run(version, *args)
        assert done.returncode == 0, f"{version} {args}\n{done.stdout}\n{done.stderr}"
        return done.stdout

    def station(version, lang="fr"):  # a clerk's command at a station: the gate's check first
        return run(version, "--user", "boss", "user", "list", lang=lang)

    assert ok(OLD, "--version").strip() == f"atelier {OLD}" and ok(NEW, "--version").strip() == f"atelier {NEW}"

    # IT sets the database up with the version the shop runs, and says where installers go.
    assert f"Version d'Atelier requise des postes : - → {OLD}" in ok(OLD, "db", "upgrade")
    ok(OLD, *SETUP)
    assert f"Installateur de la version requise : {SHARE}Atelier-{OLD}-setup.exe" in ok(
        OLD, "db", "installer-location", SHARE)
    assert "boss\tadministrateur" in ok(OLD, "--user", "boss", "user", "list")

    # One PC got the new version before the database: an administrator must upgrade first.
    early = station(NEW)
    assert early.returncode == 1 and "Traceback" not in early.stderr
    assert f"Ce poste a Atelier {NEW}, plus récent que la version que demande la base de données partagée ({OLD})" \
           in early.stderr and "atelier db upgrade" in early.stderr

    # IT upgrades the database with the new version: the new station works, the old ones must update.
    assert f"Version d'Atelier requise des postes : {OLD} → {NEW}" in ok(NEW, "db", "upgrade")
    assert station(NEW).returncode == 0
    late = station(OLD)
    assert late.returncode == 1 and "Traceback" not in late.stderr
    assert (f"Mise à jour requise : la base de données partagée demande Atelier {NEW}, ce poste a la version {OLD}. "
            f"L'installateur est à {SHARE}Atelier-{NEW}-setup.exe.") in late.stderr
    dutch = station(OLD, lang="nl")
    assert dutch.returncode == 1 and f"{SHARE}Atelier-{NEW}-setup.exe" in dutch.stderr
    assert "Mise à jour requise" not in dutch.stderr and "Update vereist" in dutch.stderr

    # An old Atelier's upgrade lowers nothing; IT may roll back on purpose.
    assert f"Version d'Atelier requise des postes : {NEW}, plus récente que celle-ci ({OLD}) : inchangée." in ok(
        OLD, "db", "upgrade")
    assert station(OLD).returncode == 1
    assert f"Version d'Atelier requise des postes : {OLD}" in ok(NEW, "db", "required-version", OLD)
    assert station(OLD).returncode == 0 and station(NEW).returncode == 1

    # A bad value from IT is refused as bad input, naming the field.
    refused = run(NEW, "db", "installer-location", "C:\\Deploy")
    assert refused.returncode == 2 and "Emplacement de l'installateur" in refused.stderr
