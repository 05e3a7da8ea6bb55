"""PostgreSQL roles of a shared Atelier database: their names, the superuser's one-time
preparation, and the SCRAM verifier a new password is sent as.

Roles are cluster-wide while an Atelier database is one database of the cluster, so every
role carries the database's name (see docs/decisions/platform-database-roles.md):

- ``<db>:owner`` (NOLOGIN, CREATEROLE, BYPASSRLS) owns every table, sequence, function and
  trigger; nobody logs in as it: ``atelier db upgrade`` switches to it with ``SET ROLE``.
- ``<db>:clerk`` and ``<db>:admin`` (NOLOGIN groups) carry the grants of every user and of
  admins; ``<db>:gate`` (LOGIN, public password) may only ask whether a login is locked and
  count an attempt, before the user's own connection exists.
- ``<login>@<db>`` (LOGIN, SCRAM password) is one Atelier user; ``@`` cannot occur in a login.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.engine import Connection

from app.core.errors import AtelierError, DatabaseUnavailableError, PermissionDeniedError, ValidationError
from app.core.i18n import msg

if TYPE_CHECKING:
    import psycopg

OWNER, CLERK, ADMIN, GATE = "owner", "clerk", "admin", "gate"
# The gate's password is public by design (printed in the README): the gate can read no
# table, it only runs the three login-gate functions (docs/decisions/platform-login.md).
GATE_PASSWORD = "atelier-login-gate"
MAX_ROLE_NAME = 63  # PostgreSQL's NAMEDATALEN - 1 bytes
UPGRADE_LOCK_KEY = 0x41_54_45_4C_49_45_52  # "ATELIER": the advisory lock of schema upgrades
_FORBIDDEN_IN_DATABASE_NAME = re.compile(r"[@:\"]")


def group_role(database_name: str, kind: str) -> str:
    """The name of the owner, clerk, admin or gate role of ``database_name``."""
    return f"{database_name}:{kind}"


def user_role(database_name: str, login: str) -> str:
    """The PostgreSQL login role of the Atelier user ``login`` in ``database_name``."""
    return f"{login}@{database_name}"


def check_user_role_length(database_name: str, login: str) -> None:
    """Refuse a login whose role name would exceed PostgreSQL's 63 bytes."""
    room = MAX_ROLE_NAME - len(f"@{database_name}".encode())
    if len(login.encode()) > room:
        raise ValidationError("login", msg("validation", "{n} caractères au plus pour cette base partagée", n=room),
                              field_label=msg("fields", "Identifiant"))


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _role_exists(connection: Connection, name: str) -> bool:
    return bool(connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": name}).scalar())


def database_name(connection: Connection) -> str:
    """The name of the connected database."""
    name: str = connection.execute(text("SELECT current_database()")).scalar_one()
    return name


def prepare_server(connection: Connection, maintainer: str | None = None) -> list[str]:
    """The superuser's one-time preparation of the connected database (idempotent): create
    the owner role, hand it the database, the ``public`` schema and every object already
    there (an older installation's tables belonged to the stations' role), close the
    database to PUBLIC, and let ``maintainer`` (an existing login role of IT) act as owner.

    Returns what was done, one line each. Runs in the caller's transaction.
    """
    if not connection.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).scalar():
        raise PermissionDeniedError(msg("db", "La préparation du serveur demande un superutilisateur PostgreSQL "
                                              "(par exemple postgres)."))
    name = database_name(connection)
    if _FORBIDDEN_IN_DATABASE_NAME.search(name) or len(group_role(name, OWNER).encode()) > MAX_ROLE_NAME:
        raise ValidationError("database", msg("db", "nom de base inutilisable pour Atelier : pas de @, : ni \" et "
                                                    "{n} caractères au plus", n=MAX_ROLE_NAME - len(":owner")))
    owner = group_role(name, OWNER)
    done: list[str] = []
    if not _role_exists(connection, owner):
        connection.execute(text(f"CREATE ROLE {_quote(owner)} NOLOGIN CREATEROLE BYPASSRLS"))
        done.append(f"CREATE ROLE {owner}")
    else:
        connection.execute(text(f"ALTER ROLE {_quote(owner)} NOLOGIN CREATEROLE BYPASSRLS"))
    connection.execute(text(f"ALTER DATABASE {_quote(name)} OWNER TO {_quote(owner)}"))
    connection.execute(text(f"ALTER SCHEMA public OWNER TO {_quote(owner)}"))
    # CONNECT stays (pg_hba.conf decides who may connect): an older station's shared account
    # must still read the schema revision, to refuse a newer schema with a clear message.
    connection.execute(text(f"REVOKE TEMPORARY, CREATE ON DATABASE {_quote(name)} FROM PUBLIC"))
    connection.execute(text("REVOKE CREATE ON SCHEMA public FROM PUBLIC"))
    objects = connection.execute(text(
        "SELECT CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' ELSE 'TABLE' END, c.relname "
        "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'S') "
        "AND c.relowner <> (SELECT oid FROM pg_roles WHERE rolname = :o) "
        "AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid "
        "AND d.deptype IN ('a', 'i')))"), {"o": owner}).all()
    for kind, relation in objects:
        connection.execute(text(f"ALTER {kind} public.{_quote(relation)} OWNER TO {_quote(owner)}"))
        done.append(f"ALTER {kind} {relation} OWNER TO {owner}")
    functions = connection.execute(text(
        "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = 'public' "
        "AND p.proowner <> (SELECT oid FROM pg_roles WHERE rolname = :o)"), {"o": owner}).scalars().all()
    for function in functions:
        connection.execute(text(f"ALTER FUNCTION {function} OWNER TO {_quote(owner)}"))
        done.append(f"ALTER FUNCTION {function} OWNER TO {owner}")
    connection.execute(text(f"ALTER DEFAULT PRIVILEGES FOR ROLE {_quote(owner)} REVOKE EXECUTE ON FUNCTIONS "
                            "FROM PUBLIC"))
    if maintainer:
        if not _role_exists(connection, maintainer):
            raise ValidationError("--maintainer", msg("db", "le rôle PostgreSQL {role} n'existe pas : créez-le "
                                                            "d'abord (CREATE ROLE … LOGIN)", role=maintainer))
        connection.execute(text(f"GRANT {_quote(owner)} TO {_quote(maintainer)}"))
        done.append(f"GRANT {owner} TO {maintainer}")
    return done


def require_owner_rights(connection: Connection) -> str:
    """Check that the connected role may act as the database's owner role; return its name.

    Only a superuser or IT's maintenance role (granted the owner role by
    :func:`prepare_server`) passes: no station's role is ever a member of it.
    """
    owner = group_role(database_name(connection), OWNER)
    if not _role_exists(connection, owner):
        raise AtelierError(msg("db", "Le serveur n'est pas préparé pour Atelier : le rôle {owner} n'existe pas. "
                                     "Un superutilisateur PostgreSQL doit d'abord lancer « atelier db "
                                     "prepare-server » (voir le README, base partagée).", owner=owner))
    if not connection.execute(text("SELECT pg_has_role(current_user, :o, 'MEMBER')"), {"o": owner}).scalar():
        raise PermissionDeniedError(msg("db", "Seul un administrateur de la base (membre du rôle {owner}) peut "
                                              "modifier son schéma ; les postes n'en ont pas le droit.", owner=owner))
    return owner


def act_as_owner(connection: Connection) -> None:
    """Switch the current transaction to the owner role (``SET LOCAL ROLE``)."""
    owner = require_owner_rights(connection)
    connection.execute(text(f"SET LOCAL ROLE {_quote(owner)}"))


def scram_verifier(connection: Connection, role: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of ``password``, computed on this PC by libpq: the clear
    password never travels to the server nor reaches its logs."""
    raw: psycopg.Connection | None = connection.connection.driver_connection
    if raw is None:  # not reached: only an invalidated connection has no driver connection
        raise DatabaseUnavailableError(msg("db", "la base de données ne répond pas ou est verrouillée : {detail}",
                                           detail="connection closed"))
    return raw.pgconn.encrypt_password(password.encode(), role.encode(), b"scram-sha-256").decode()


def drop_database_roles(connection: Connection, name: str) -> None:
    """Drop every role of database ``name`` (after the database itself was dropped)."""
    like_users = name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    roles = connection.execute(text(
        "SELECT rolname FROM pg_roles WHERE rolname LIKE :u OR rolname IN (:o, :c, :a, :g) "
        "ORDER BY rolname LIKE :u DESC, rolname = :o"),
        {"u": f"%@{like_users}", "o": group_role(name, OWNER), "c": group_role(name, CLERK),
         "a": group_role(name, ADMIN), "g": group_role(name, GATE)}).scalars().all()
    for role in roles:
        connection.execute(text(f"DROP ROLE IF EXISTS {_quote(role)}"))
