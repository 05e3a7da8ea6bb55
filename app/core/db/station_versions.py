"""Stations in step with a shared database: the Atelier version it requires, where its
installer is, and the check every station makes before the login.

The database records (table ``database_setting``, written by the owner role only):

- ``atelier.required_version``: raised to the upgrading Atelier's version by ``atelier db
  upgrade`` (never lowered by it), or set by IT with ``atelier db required-version``;
- ``atelier.installer_location``: a UNC path or an https URL, the installer file itself or
  the folder holding ``Atelier-<version>-setup.exe``, set by IT with ``atelier db
  installer-location``.

A station reads both through the login gate (``atelier_station_requirements()``, no table
access) and runs only when its own version equals the required one: older, it must be
updated; newer, an administrator must upgrade the database first. Versions compare as
PEP 440 versions (``0.3`` equals ``0.3.0``). A SQLite file (one PC) records nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from packaging.version import InvalidVersion, Version
from sqlalchemy import text

from app.core.errors import AtelierError, StationTooNewError, StationUpdateRequiredError, ValidationError
from app.core.i18n import msg

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from app.core.db.engine import Database
    from app.core.db.migrate import SchemaState

REQUIRED_VERSION = "atelier.required_version"
INSTALLER_LOCATION = "atelier.installer_location"
INSTALLER_NAME = "Atelier-{version}-setup.exe"  # what tools/build_installer.sh produces
_UNC = re.compile(r"^\\\\[^\\/:*?\"<>|]+\\[^\\/:*?\"<>|]+(\\[^\\/:*?\"<>|]+)*\\?$")


def station_version() -> str:
    """This Atelier's version (read at each call: tests run two versions side by side)."""
    import app

    return app.__version__


def parse_version(value: str, field: str = "version") -> Version:
    """``value`` as a PEP 440 version; a clear refusal naming ``field`` otherwise."""
    try:
        return Version((value or "").strip())
    except InvalidVersion:
        raise ValidationError(field, msg("validation", "numéro de version invalide : « {value} » (par exemple "
                                                       "0.3.0)", value=value),
                              field_label=msg("fields", "Version")) from None


def clean_installer_location(value: str) -> str:
    """A UNC path (``\\\\server\\share\\…``) or an https URL, trimmed; refused otherwise with
    the reason (the installer runs with administrator rights on every station)."""
    location = (value or "").strip()
    label = msg("fields", "Emplacement de l'installateur")
    if not location:
        raise ValidationError("location", msg("validation", "obligatoire"), field_label=label)
    lowered = location.lower()
    if lowered.startswith("https://"):
        parts = urlsplit(location)
        if not parts.hostname or parts.username or parts.password or " " in location:
            raise ValidationError("location", msg("validation", "adresse https illisible, ou avec un nom "
                                                                "d'utilisateur ou un mot de passe"), field_label=label)
        return location
    if lowered.startswith("http://"):
        raise ValidationError("location", msg("validation", "https seulement : l'installateur est lancé avec les "
                                                            "droits d'administrateur"), field_label=label)
    if location.startswith("\\\\"):
        if not _UNC.match(location):
            raise ValidationError("location", msg("validation", "chemin réseau illisible : \\\\serveur\\partage\\"
                                                                "dossier attendu"), field_label=label)
        return location
    raise ValidationError("location", msg("validation", "chemin réseau (\\\\serveur\\partage\\…) ou adresse https "
                                                        "attendu : une lettre de lecteur diffère d'un PC à l'autre"),
                          field_label=label)


def installer_file(location: str, version: str) -> str:
    """The installer of ``version`` at ``location``: the file itself when it names an .exe,
    else ``Atelier-<version>-setup.exe`` in that folder."""
    if location.lower().endswith(".exe"):
        return location
    name = INSTALLER_NAME.format(version=version)
    if location.lower().startswith("https://"):
        return location.rstrip("/") + "/" + name
    return location.rstrip("\\") + "\\" + name


@dataclass(frozen=True)
class StationRequirements:
    """What the shared database asks of its stations (None: not recorded)."""

    required_version: str | None
    installer_location: str | None

    def installer_for(self) -> str | None:
        """The installer file of the required version, when IT recorded where installers are."""
        if not self.installer_location or not self.required_version:
            return None
        return installer_file(self.installer_location, self.required_version)


def _newer(required: str | None, version: str) -> bool:
    try:
        return required is not None and Version(required) > Version(version)
    except InvalidVersion:
        return False


def _update_required(requirements: StationRequirements | None, version: str,
                     revision: str | None = None) -> StationUpdateRequiredError:
    required = requirements.required_version if requirements else None
    location = requirements.installer_location if requirements else None
    # A newer schema, yet no newer version recorded (or no requirements read): say only that.
    if requirements is None or not _newer(required, version):
        required = None
        requirements = StationRequirements(None, location)
    if required:
        head = msg("db", "Mise à jour requise : la base de données partagée demande Atelier {required}, ce poste a "
                         "la version {version}.", required=required, version=version)
    else:
        head = msg("db", "Mise à jour requise : cette base de données a été mise à jour par une version plus "
                         "récente d'Atelier (révision {revision}) que celle de ce poste ({version}).",
                   revision=revision or "-", version=version)
    found = requirements.installer_for()
    if found:
        tail = msg("db", "L'installateur est à {file}.", file=found)
    else:
        tail = msg("db", "Demandez à votre service informatique d'installer la dernière version sur ce poste.")
    return StationUpdateRequiredError(msg("db", "{head} {tail}", head=head, tail=tail), required, version,
                                      location)


def require_station_in_step(state: SchemaState, requirements: StationRequirements | None,
                            version: str | None = None) -> None:
    """Refuse a station that is not at the shared database's schema and required version:
    older, it must be updated (:class:`StationUpdateRequiredError`); newer, an administrator
    must upgrade the database (:class:`SchemaTooOldError`, :class:`StationTooNewError`)."""
    from app.core.db.migrate import require_station_schema

    version = version or station_version()
    if state.newer_than_app:
        raise _update_required(requirements, version, state.current)
    require_station_schema(state)
    required = requirements.required_version if requirements else None
    if not required:
        return
    try:
        needed = Version(required)
    except InvalidVersion:
        raise AtelierError(msg("db", "La version d'Atelier requise enregistrée dans la base est illisible (« {value} »)"
                                     " : le service informatique doit la corriger avec « atelier db "
                                     "required-version ».", value=required)) from None
    mine = parse_version(version)
    if mine < needed:
        raise _update_required(requirements, version)
    if mine > needed:
        raise StationTooNewError(msg("db", "Ce poste a Atelier {version}, plus récent que la version que demande la "
                                           "base de données partagée ({required}). Un administrateur doit d'abord "
                                           "lancer « atelier db upgrade » avec cette version ; les autres postes se "
                                           "mettront ensuite à jour.", version=version, required=required))


def check_station(database: Database) -> None:
    """The check a station makes before the login on a shared database (through the gate)."""
    from app.core.db.gate import station_requirements_state

    require_station_in_step(*station_requirements_state(database))


def require_shared(database: Database) -> None:
    """Refuse a SQLite file: only a shared database records requirements for its stations."""
    if not database.is_postgres:
        raise ValidationError("--database", msg("db", "réservé à une base partagée PostgreSQL (une base SQLite ne "
                                                      "sert qu'un poste)"))


def _read(connection: Connection) -> StationRequirements:
    rows: dict[str, str] = dict(connection.execute(
        text("SELECT key, value FROM database_setting WHERE key IN (:v, :l)"),
        {"v": REQUIRED_VERSION, "l": INSTALLER_LOCATION}).all())
    return StationRequirements(rows.get(REQUIRED_VERSION) or None, rows.get(INSTALLER_LOCATION) or None)


def _write(connection: Connection, key: str, value: str | None) -> None:
    if value is None:
        connection.execute(text("DELETE FROM database_setting WHERE key = :k"), {"k": key})
        return
    connection.execute(text(
        "INSERT INTO database_setting (key, value, updated_at, updated_by) VALUES (:k, :v, now(), session_user) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, "
        "updated_by = excluded.updated_by"), {"k": key, "v": value})


def _as_owner(connection: Connection, lock: bool = True) -> None:
    """IT's maintenance login acts as the owner role; a change waits for any upgrade or
    other change (the upgrade's advisory lock)."""
    from app.core.db.server_roles import UPGRADE_LOCK_KEY, act_as_owner

    act_as_owner(connection)
    if lock:
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": UPGRADE_LOCK_KEY})


def shared_requirements(database: Database) -> StationRequirements | None:
    """The requirements as the connected user reads them (Administration tab); None on a
    SQLite file. IT's maintenance login reads them as the owner role."""
    if not database.is_postgres:
        return None
    with database.session() as session:
        connection = session.connection()
        if database.credentials is None:
            _as_owner(connection, lock=False)
        return _read(connection)


def record_upgrade(database: Database) -> tuple[str | None, str | None]:
    """After ``db upgrade``: raise the required version to this Atelier's, never lower it.
    Returns (before, after); (None, None) on a SQLite file."""
    if not database.is_postgres:
        return None, None
    mine = station_version()
    with database.session() as session:
        connection = session.connection()
        _as_owner(connection)
        before = _read(connection).required_version
        try:
            keep = before is not None and Version(before) >= Version(mine)
        except InvalidVersion:  # set by hand to something unreadable: this upgrade repairs it
            keep = False
        if not keep:
            _write(connection, REQUIRED_VERSION, mine)
        return before, before if keep else mine


def set_required_version(database: Database, value: str) -> str:
    """IT sets the version every station must run (may lower it); returns it as stored."""
    require_shared(database)
    version = str(parse_version(value))
    with database.session() as session:
        connection = session.connection()
        _as_owner(connection)
        _write(connection, REQUIRED_VERSION, version)
    return version


def set_installer_location(database: Database, value: str | None) -> str | None:
    """IT records where the installers are (None: forget it); returns it as stored."""
    require_shared(database)
    location = None if value is None else clean_installer_location(value)
    with database.session() as session:
        connection = session.connection()
        _as_owner(connection)
        _write(connection, INSTALLER_LOCATION, location)
    return location
