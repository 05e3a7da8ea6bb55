"""The login gate of a shared PostgreSQL database.

Before a user's own connection exists a station needs answers the user's role cannot give
yet: is the schema the one this Atelier expects, which Atelier version the database
requires and where its installer is, and is this login locked after repeated failures? The
gate role ``<db>:gate`` (public password, no table grant) may only run
``atelier_schema_revision``, ``atelier_station_requirements``, ``atelier_login_begin`` and
``atelier_login_failed``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, LiteralString

from app.core.db.server_roles import GATE, GATE_PASSWORD, group_role
from app.core.errors import DatabaseUnavailableError, SchemaTooOldError
from app.core.i18n import msg

if TYPE_CHECKING:
    import psycopg

    from app.core.db.engine import Database
    from app.core.db.migrate import SchemaState
    from app.core.db.station_versions import StationRequirements

AUTHENTICATION_FAILED = ("28P01", "28000")  # invalid_password, invalid_authorization_specification
CONNECT_TIMEOUT_S = 15


def is_authentication_failure(exc: BaseException) -> bool:
    """True when the server refused the role or its password (not a network failure)."""
    orig = getattr(exc, "orig", exc)
    if getattr(orig, "sqlstate", None) in AUTHENTICATION_FAILED:
        return True
    # Connection-time refusals come from libpq as text, without a SQLSTATE.
    text = str(orig).lower()
    return ("password authentication failed" in text or "no password supplied" in text
            or "is not permitted to log in" in text or ('role "' in text and "does not exist" in text))


@contextmanager
def gate_connection(database: Database) -> Iterator[psycopg.Connection]:
    """A short autocommit connection as the gate role of ``database``."""
    import psycopg
    from psycopg.conninfo import make_conninfo

    role = group_role(database.database_name, GATE)
    try:
        connection = psycopg.connect(make_conninfo("", **database.connection_parameters()), user=role,
                                     password=GATE_PASSWORD, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S,
                                     application_name="atelier-gate")
    except psycopg.OperationalError as exc:
        if is_authentication_failure(exc):
            raise SchemaTooOldError(msg("db", "Cette base partagée n'est pas prête pour cette version d'Atelier "
                                              "(rôle {role} absent). Un administrateur doit la préparer : « atelier "
                                              "db prepare-server » puis « atelier db upgrade » (voir le README).",
                                        role=role)) from None
        raise DatabaseUnavailableError(msg("db", "le serveur de base de données ne répond pas : {detail}",
                                           detail=str(exc).strip().splitlines()[0] if str(exc).strip() else "?")
                                       ) from None
    try:
        yield connection
    finally:
        connection.close()


def _value(connection: psycopg.Connection, query: LiteralString, params: tuple[str, ...] = ()) -> Any:
    """What the gate function called by ``query`` returns (``Any``: the driver's value of a
    SQL function's result, int or text)."""
    row = connection.execute(query, params).fetchone()
    if row is None:  # not reached: calling a scalar function always returns one row
        raise DatabaseUnavailableError(msg("db", "le serveur de base de données ne répond pas : {detail}",
                                           detail=query))
    return row[0]


def station_requirements_state(database: Database) -> tuple[SchemaState, StationRequirements | None]:
    """The schema state and, when the schema is this Atelier's or newer, what the database
    requires of its stations (None when it cannot tell), read through the gate."""
    from app.core.db.migrate import state_of_revision

    with gate_connection(database) as connection:
        state = state_of_revision(_value(connection, "SELECT atelier_schema_revision()"))
        if state.up_to_date or state.newer_than_app:
            return state, _requirements(connection)
    return state, None


def _requirements(connection: psycopg.Connection) -> StationRequirements | None:
    import psycopg

    from app.core.db.station_versions import StationRequirements

    try:
        row = connection.execute("SELECT required_version, installer_location "
                                 "FROM atelier_station_requirements()").fetchone()
    except (psycopg.errors.UndefinedFunction, psycopg.errors.InsufficientPrivilege):
        return None  # a newer schema without the function: the station only knows it is older
    return StationRequirements(row[0] or None, row[1] or None) if row else None


def login_begin(database: Database, login: str) -> int:
    """Count one login attempt before the password is tried; the seconds the login stays
    locked (0: the password may be tried)."""
    with gate_connection(database) as connection:
        return int(_value(connection, "SELECT atelier_login_begin(%s)", (login,)))


def login_failed(database: Database, login: str) -> int:
    """Report a refused password; the seconds the login is now locked (0: not locked)."""
    with gate_connection(database) as connection:
        return int(_value(connection, "SELECT atelier_login_failed(%s)", (login,)))
