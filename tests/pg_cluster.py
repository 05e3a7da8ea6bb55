"""A throw-away PostgreSQL cluster that checks passwords (SCRAM), for the tests of the
shared database's authentication: the development server trusts local connections, so a
wrong password would pass there.

``initdb`` refuses to run as root: as root the cluster belongs to a system user made for it
(``atelier-pgtest``) and every server program runs through ``runuser``. The server loads
``auth_delay`` as the README asks production servers to.
"""

from __future__ import annotations

import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

OS_USER = "atelier-pgtest"
AUTH_DELAY_MS = 100


def bin_dir() -> Path | None:
    """The newest installed PostgreSQL's program folder (``ATELIER_TEST_PG_BIN`` overrides)."""
    override = os.environ.get("ATELIER_TEST_PG_BIN")
    if override:
        return Path(override)
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _as_cluster_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    if subprocess.run(["id", "-u", OS_USER], capture_output=True).returncode != 0:
        subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", OS_USER],
                       check=True, capture_output=True)
    return ["runuser", "-u", OS_USER, "--", *command]


@dataclass
class Cluster:
    """A running cluster: its folder, port and superuser password."""

    folder: Path
    bindir: Path
    port: int
    password: str

    @property
    def admin_url(self) -> str:
        """The superuser's URL (database ``postgres``)."""
        return f"postgresql+psycopg://postgres:{self.password}@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        """Stop the server at once and remove its files."""
        subprocess.run(_as_cluster_user([str(self.bindir / "pg_ctl"), "-D", str(self.folder / "data"), "-m",
                                         "immediate", "-w", "stop"]), capture_output=True)
        shutil.rmtree(self.folder, ignore_errors=True)


DEFAULT_SETTINGS = ("password_encryption = 'scram-sha-256'\nshared_preload_libraries = 'auth_delay'\n"
                    f"auth_delay.milliseconds = {AUTH_DELAY_MS}\n")
DEFAULT_HBA = "host all all 127.0.0.1/32 scram-sha-256\n"


def start_cluster(settings: str = DEFAULT_SETTINGS, hba: str = DEFAULT_HBA) -> Cluster:
    """initdb a SCRAM-only cluster on a free port and start it (waits until it accepts);
    ``settings`` go to postgresql.conf, ``hba`` to pg_hba.conf (after a local SCRAM line)."""
    bindir = bin_dir()
    if bindir is None or not (bindir / "initdb").exists():
        raise FileNotFoundError("no PostgreSQL server programs (initdb) on this machine")
    folder = Path(tempfile.mkdtemp(prefix="atelier-scram-"))
    folder.chmod(0o755)
    password = secrets.token_hex(16)
    (folder / "pw").write_text(password)
    if os.geteuid() == 0:
        _as_cluster_user(["true"])  # makes the OS user
        shutil.chown(folder, OS_USER)
        shutil.chown(folder / "pw", OS_USER)
    data = folder / "data"
    subprocess.run(_as_cluster_user([str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-E", "UTF8",
                                     "--no-locale", "--auth=scram-sha-256", f"--pwfile={folder / 'pw'}"]),
                   check=True, capture_output=True)
    (folder / "pw").unlink()
    (data / "pg_hba.conf").write_text("local all all scram-sha-256\n" + hba)
    last_error = ""
    for _ in range(5):  # another test process may take the free port first
        port = _free_port()
        with open(data / "postgresql.conf", "a") as conf:
            conf.write(f"\nport = {port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '{folder}'\n"
                       f"fsync = off\nmax_connections = 60\n{settings}\n")
        started = subprocess.run(_as_cluster_user([str(bindir / "pg_ctl"), "-D", str(data), "-l",
                                                   str(folder / "server.log"), "-w", "-t", "120", "start"]),
                                 capture_output=True, text=True)
        if started.returncode == 0:
            return Cluster(folder, bindir, port, password)
        last_error = started.stderr + (folder / "server.log").read_text(errors="replace")[-2000:]
    shutil.rmtree(folder, ignore_errors=True)
    raise RuntimeError(f"the throw-away PostgreSQL cluster did not start: {last_error}")
