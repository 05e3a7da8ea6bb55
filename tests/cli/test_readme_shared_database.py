"""The README's "Shared database" walk-through, run as written on a new PostgreSQL cluster:
its postgresql.conf and pg_hba.conf lines, then every command of its steps in order (the
server name replaced by the test cluster's address), the machine-wide settings file; then
the users it creates log in at a station."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from app import __version__
from app.core.db.engine import Database
from app.core.db.station_versions import StationRequirements, check_station, shared_requirements
from app.core.errors import AuthenticationError
from app.core.platform.auth import login
from app.core.platform.station_config import MACHINE_CONFIG_ENV, machine_database_url
from tests.pg_cluster import start_cluster

pytestmark = pytest.mark.postgres
ROOT = Path(__file__).resolve().parents[2]
PASSWORDS = {"postgres": None, "it_atelier": "it-atelier-password", "boss": "boss-password-1",
             "anna": "anna-password-1"}


def shared_database_section() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("## Shared database (PostgreSQL)")
    return readme[start:readme.index("\n## ", start + 1)]


def code_blocks(section: str) -> list[tuple[str, str]]:
    """(language, text) of each fenced block, in order."""
    return [(lang, body) for lang, body in re.findall(r"```(\w*)\n(.*?)```", section, flags=re.S)]


@pytest.fixture
def readme_cluster():
    blocks = code_blocks(shared_database_section())
    settings = next(body for lang, body in blocks if lang == "ini" and "auth_delay" in body)
    hba = next(body for lang, body in blocks if lang == "")
    try:
        cluster = start_cluster(settings=settings, hba=hba.replace("192.168.1.0/24", "127.0.0.1/32"))
    except (FileNotFoundError, RuntimeError) as exc:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"PostgreSQL server programs are required under CI=true: {exc}")
        pytest.skip(str(exc))
    PASSWORDS["postgres"] = cluster.password
    yield cluster
    cluster.stop()


def _run(command: str, cluster, tmp_path: Path) -> subprocess.CompletedProcess:
    """One README command: ``atelier`` is this checkout, ``psql``/``createuser`` the cluster's
    programs; the passwords a person would type come from the variables the README names."""
    words = shlex.split(command.replace("dbserver", "127.0.0.1"))
    env = {**os.environ, "PGPORT": str(cluster.port), "QT_QPA_PLATFORM": "offscreen", "ATELIER_LANG": "fr",
           "ATELIER_DATA_DIR": str(tmp_path / "data"), "PATH": f"{cluster.bindir}{os.pathsep}{os.environ['PATH']}"}
    for key in ("ATELIER_DATABASE_URL", "PGPASSWORD", "PGUSER", "ATELIER_PASSWORD", "ATELIER_NEW_PASSWORD"):
        env.pop(key, None)
    stdin = ""
    account = words[words.index("-U") + 1] if "-U" in words else None
    url = next((w for w in words if w.startswith("postgresql://")), "")
    if url and "@" in url.split("//", 1)[1].split("/", 1)[0]:
        account = url.split("//", 1)[1].split("@", 1)[0]
    if account:
        env["PGPASSWORD"] = PASSWORDS[account]
    if "--pwprompt" in words:
        stdin = f"{PASSWORDS[words[-1]]}\n{PASSWORDS[words[-1]]}\n"
    if "--user" in words:
        env["ATELIER_PASSWORD"] = PASSWORDS[words[words.index("--user") + 1]]
    if words[0] == "atelier":
        words = [sys.executable, "-m", "app", *words[1:]]
        new_login = words[words.index("--admin") + 1] if "setup" in words else (
            words[words.index("add") + 1] if "add" in words else None)
        if new_login:
            env["ATELIER_NEW_PASSWORD"] = PASSWORDS[new_login]
    return subprocess.run(words, input=stdin, capture_output=True, text=True, env=env, cwd=ROOT, timeout=300,
                          start_new_session=True)


def test_the_readme_walk_through_sets_a_shared_database_up(readme_cluster, tmp_path, monkeypatch):
    cluster = readme_cluster
    commands = [line.strip() for lang, body in code_blocks(shared_database_section()) if lang == "sh"
                for line in body.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    assert [c.split()[0] for c in commands] == ["psql", "createuser", "atelier", "atelier", "atelier", "atelier",
                                                 "atelier"]
    for command in commands:
        done = _run(command, cluster, tmp_path)
        assert done.returncode == 0, f"{command}\n{done.stdout}\n{done.stderr}"
        assert "mot de passe écrit dans --database" not in done.stderr  # the README never puts one there

    machine = next(body for lang, body in code_blocks(shared_database_section()) if "[database]" in body)
    config = tmp_path / "atelier.ini"
    config.write_text(machine.replace("dbserver", "127.0.0.1").replace("5432", str(cluster.port)))
    monkeypatch.setenv(MACHINE_CONFIG_ENV, str(config))
    url = machine_database_url()
    assert url == f"postgresql://127.0.0.1:{cluster.port}/atelier"
    for user, site, admin in (("boss", "LIE", True), ("anna", "LIE", False)):
        station = Database(url)
        scope = login(station, user, PASSWORDS[user])
        assert (scope.site_code, scope.is_admin) == (site, admin)
        with station.session() as session:
            assert session.execute(text("SELECT current_user")).scalar() == f"{user}@atelier"
            assert session.execute(text("SHOW auth_delay.milliseconds")).scalar() == "2s"
        station.dispose()
    with pytest.raises(AuthenticationError):
        login(Database(url), "anna", "not-her-password")
    check_station(Database(url))  # the stations run the Atelier version the database now requires
    admin = Database(make_url(cluster.admin_url).set(database="atelier").render_as_string(hide_password=False))
    assert shared_requirements(admin) == StationRequirements(__version__, "\\\\fileserver\\deploy\\Atelier")
    with admin.engine.connect() as connection:
        owners = connection.execute(text(
            "SELECT DISTINCT pg_get_userbyid(relowner) FROM pg_class WHERE relnamespace = 'public'::regnamespace "
            "AND relkind = 'r'")).scalars().all()
        maintainer = connection.execute(text("SELECT pg_has_role('it_atelier', 'atelier:owner', 'MEMBER')")).scalar()
    admin.dispose()
    assert owners == ["atelier:owner"] and maintainer
