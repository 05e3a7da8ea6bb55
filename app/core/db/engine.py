"""Engine and session factory for a local SQLite file or a shared PostgreSQL server."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import Dialect, make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from app.core.changes import ChangePublisher
from app.core.db.change_tracking import install_change_tracking
from app.core.db.urls import display_name_of
from app.core.errors import DatabaseUnavailableError, ValidationError
from app.core.i18n import msg

if TYPE_CHECKING:
    import sqlite3

SQLITE_BUSY_TIMEOUT_MS = 10_000
NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "afs", "davfs"}


def normalise_url(url: str) -> str:
    """Accept ``postgresql://`` URLs and route them to psycopg 3; validate the rest."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ValidationError(
            "database", msg("db", "adresse de base de données illisible : {url}", url=url)
        ) from None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise ValidationError(
            "database",
            msg("db", "seuls SQLite et PostgreSQL sont pris en charge, pas « {name} »", name=parsed.drivername),
        )
    return parsed.render_as_string(hide_password=False)


def is_network_path(path: Path) -> bool:
    """True when ``path`` lies on a network share, where SQLite locking is unsafe."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows stations
        import ctypes

        drive = os.path.splitdrive(str(path.resolve()))[0] + "\\"
        return ctypes.windll.kernel32.GetDriveTypeW(drive) == 4  # DRIVE_REMOTE
    return _mount_type(path) in NETWORK_FILESYSTEMS


def _mount_type(path: Path) -> str:
    """Filesystem type of the mount holding ``path`` (Linux /proc/mounts)."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return ""
    resolved = str(path.resolve())
    best, best_type = "", ""
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3 and resolved.startswith(parts[1]) and len(parts[1]) > len(best):
            best, best_type = parts[1], parts[2]
    return best_type


def _configure_sqlite(engine: Engine, busy_timeout_ms: int) -> None:
    """WAL, busy timeout, foreign keys; and real BEGIN statements (pysqlite's are lazy)."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "")
        connection.exec_driver_sql(f"BEGIN {mode}".strip())


def _configure_postgres(engine: Engine, database: Database) -> None:
    """Connect with the logged-in user's role and password once they are known.

    Before :meth:`Database.connect_as` the URL's own user name applies (IT's maintenance
    commands; its password comes from ``PGPASSWORD``, ``PGPASSFILE`` or a service file).
    """

    @event.listens_for(engine, "do_connect")
    def _on_connect(_dialect: Dialect, _record: ConnectionPoolEntry, _cargs: tuple[Any, ...],
                    cparams: dict[str, Any]) -> None:
        if database.credentials is not None:
            cparams["user"], cparams["password"] = database.credentials


class Database:
    """One database (SQLite file or PostgreSQL server) and its session factory."""

    def __init__(self, url: str, *, allow_network_sqlite: bool = False, echo: bool = False,
                 busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS) -> None:
        try:
            self.url = normalise_url(url)
            parsed = make_url(self.url)
            parsed.get_backend_name()
        except (ValueError, ArgumentError) as exc:  # e.g. a port that is not a number
            raise DatabaseUnavailableError(msg("db", "adresse de base de données invalide ({detail}) : attendu "
                                                     "sqlite:///chemin/du/fichier ou postgresql+psycopg://serveur:port"
                                                     "/base", detail=_first_line(exc))) from None
        self.backend = parsed.get_backend_name()
        if self.is_sqlite:
            self._check_sqlite_location(parsed.database, allow_network_sqlite)
            self.engine = create_engine(self.url, echo=echo, connect_args={"check_same_thread": False})
            _configure_sqlite(self.engine, busy_timeout_ms)
        else:
            self.engine = create_engine(
                self.url, echo=echo, pool_pre_ping=True, pool_size=5, max_overflow=5
            )
            _configure_postgres(self.engine, self)
        self.credentials: tuple[str, str] | None = None
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        # What each committed unit of work changed, for the views (see app/core/changes.py).
        self.changes = ChangePublisher()
        install_change_tracking(self.engine, self.changes, notify=self.is_postgres)

    def connect_as(self, role: str, password: str) -> None:
        """From now on connect as PostgreSQL ``role`` with ``password`` (the logged-in user:
        row-level security and grants then apply to everything this process does). The
        password stays in this process's memory only, for the pool's reconnections."""
        self.credentials = (role, password)
        self.engine.dispose()

    def forget_user(self) -> None:
        """The user logged out: close every connection made with their role and password and
        forget both (the next login connects as the next user)."""
        self.credentials = None
        self.changes.site_id = None
        self.engine.dispose()

    @property
    def database_name(self) -> str:
        """The database's name on the server (roles are named after it)."""
        return make_url(self.url).database or ""

    def connection_parameters(self) -> dict[str, str | int]:
        """libpq parameters of the server and database, without user or password (the
        login gate and the first connection of a login use them). A key the URL gives
        twice (``?host=a&host=b``) becomes libpq's comma-separated list (``host=a,b``)."""
        parsed = make_url(self.url)
        params: dict[str, str | int] = {key: value if isinstance(value, str) else ",".join(value)
                                        for key, value in parsed.query.items()}
        params.update(parsed.translate_connect_args(database="dbname", username="user"))
        params.pop("user", None)
        params.pop("password", None)
        return params

    @property
    def is_sqlite(self) -> bool:
        """True for a local SQLite file."""
        return self.backend == "sqlite"

    @property
    def is_postgres(self) -> bool:
        """True for a shared PostgreSQL server."""
        return self.backend == "postgresql"

    def display_name(self) -> str:
        """What the status bar shows: the file path or the server and database, no password."""
        return display_name_of(self.url)

    @staticmethod
    def _check_sqlite_location(database: str | None, allow_network: bool) -> None:
        if not database or database == ":memory:":
            return
        path = Path(database)
        if not path.parent.exists():
            raise ValidationError(
                "database", msg("db", "le dossier {folder} n'existe pas", folder=str(path.parent))
            )
        if is_network_path(path.parent) and not allow_network:
            raise ValidationError(
                "database",
                msg(
                    "db",
                    "le fichier {path} est sur un partage réseau : SQLite y corrompt les données "
                    "quand plusieurs postes écrivent. Utilisez une base PostgreSQL partagée.",
                    path=str(path),
                ),
            )

    @contextmanager
    def session(self, *, immediate: bool = False) -> Iterator[Session]:
        """A unit of work: commits at the end, rolls back on any error.

        ``immediate`` takes SQLite's write lock at BEGIN (sequence counters); PostgreSQL
        relies on row locks taken by the caller instead.
        """
        session = self._sessions()
        try:
            if immediate and self.is_sqlite:
                session.connection(execution_options={"sqlite_begin": "IMMEDIATE"})
            yield session
            session.commit()
        except OperationalError as exc:
            session.rollback()
            self.changes.discard()
            raise database_error(exc) from exc
        except BaseException:
            session.rollback()
            self.changes.discard()
            raise
        finally:
            session.close()
        self.changes.flush()

    def dispose(self) -> None:
        """Close every pooled connection (and stop listening for other stations' changes)."""
        self.changes.closed = True
        self.engine.dispose()


def database_error(exc: Exception) -> DatabaseUnavailableError:
    """A clerk-readable error for a failure of the database itself (lock, disk, network)."""
    detail = _first_line(exc)
    lowered = detail.lower()
    if "disk is full" in lowered or "no space" in lowered or "database or disk is full" in lowered:
        return DatabaseUnavailableError(msg("db", "le disque de la base de données est plein : rien n'a été "
                                                  "enregistré. Libérez de l'espace puis recommencez."))
    if "file is not a database" in lowered or "file is encrypted" in lowered:
        return DatabaseUnavailableError(msg("db", "ce fichier n'est pas une base de données Atelier : choisissez le "
                                                  "bon fichier (ou restaurez une sauvegarde)."))
    if "readonly" in lowered or "read-only" in lowered:
        return DatabaseUnavailableError(msg("db", "la base de données est en lecture seule : donnez à ce poste le "
                                                  "droit d'écrire le fichier et son dossier."))
    if "unable to open database file" in lowered:
        return DatabaseUnavailableError(msg("db", "le fichier de la base de données ne peut pas être ouvert : "
                                                  "vérifiez le chemin et les droits."))
    if "invalid port" in lowered:
        return DatabaseUnavailableError(msg("db", "le port du serveur de base de données est invalide : {detail}",
                                            detail=detail))
    if "locked" in lowered or "busy" in lowered:
        return DatabaseUnavailableError(msg("db", "la base de données est verrouillée par un autre programme : rien "
                                                  "n'a été enregistré. Réessayez dans un instant."))
    return DatabaseUnavailableError(msg("db", "la base de données ne répond pas ou est verrouillée : {detail}",
                                        detail=detail))


def _first_line(exc: Exception) -> str:
    text = str(getattr(exc, "orig", exc)) or exc.__class__.__name__
    return text.splitlines()[0]
