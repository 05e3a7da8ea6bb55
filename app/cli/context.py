"""What every command gets: the database, the authenticated scope, translation, output."""

from __future__ import annotations

import getpass
import os
import sys
from typing import TextIO

from sqlalchemy.exc import DBAPIError

from app.core.db.engine import Database, database_error
from app.core.db.migrate import require_station_schema, schema_state, upgrade_to_head
from app.core.errors import ValidationError
from app.core.i18n import Message, msg
from app.core.paths import default_database_url
from app.core.platform.auth import login
from app.core.platform.scope import UserScope


class CliContext:
    """Lazily opens the database and logs the ``--user`` in (password from the
    ``ATELIER_PASSWORD`` variable or a prompt).

    A SQLite file is migrated on first use. A shared PostgreSQL database never is (only
    ``db upgrade`` does): with ``--user`` its schema and the Atelier version it requires are
    checked through the login gate and the user's own role then connects; without ``--user``
    (IT's maintenance commands) the URL's user connects, its password from ``PGPASSWORD``,
    ``PGPASSFILE`` or a service file.
    """

    def __init__(self, database_url: str | None, user: str | None, translate, out: TextIO | None = None,
                 err: TextIO | None = None, migrate: bool = True):
        self.database_url = database_url or os.environ.get("ATELIER_DATABASE_URL") or default_database_url()
        self.user = user
        self.translate = translate
        self.out = out or sys.stdout
        self.err = err or sys.stderr
        self.migrate = migrate
        self._database: Database | None = None
        self._scope: UserScope | None = None

    @property
    def database(self) -> Database:
        """The database: a SQLite file migrated to head on first use, a PostgreSQL database
        checked to be at this Atelier's schema (unless the command is ``db upgrade``)."""
        if self._database is None:
            database = Database(self.database_url)
            try:
                if database.is_sqlite and self.migrate:
                    upgrade_to_head(database)
                elif database.is_postgres and self.migrate:
                    if self.user:
                        from app.core.db.station_versions import check_station

                        check_station(database)
                    else:
                        self._authenticate_maintenance(database)
                        require_station_schema(schema_state(database))
            except DBAPIError as exc:  # not a database, read-only file, server gone: one sentence
                database.dispose()
                raise database_error(exc) from None
            except BaseException:
                database.dispose()
                raise
            self._database = database
        return self._database

    def maintenance_database(self) -> Database:
        """The database for IT's maintenance commands (``db prepare-server``, ``db upgrade``):
        never migrated here; on PostgreSQL connected as the URL's user."""
        if self._database is None:
            database = Database(self.database_url)
            try:
                if database.is_postgres:
                    self._authenticate_maintenance(database)
            except BaseException:
                database.dispose()
                raise
            self._database = database
        return self._database

    def _authenticate_maintenance(self, database: Database) -> None:
        """Connect once as the URL's user; when the server wants a password libpq could not
        find (``PGPASSWORD``, ``PGPASSFILE``, service file), ask for it at a terminal."""
        from sqlalchemy import text as sql
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import DBAPIError

        from app.core.db.engine import database_error
        from app.core.db.gate import is_authentication_failure
        from app.core.errors import AuthenticationError

        try:
            with database.engine.connect() as connection:
                connection.execute(sql("SELECT 1"))
            return
        except DBAPIError as exc:
            if not is_authentication_failure(exc):
                raise database_error(exc) from exc
            missing = "no password supplied" in str(exc)
        role = make_url(self.database_url).username or os.environ.get("PGUSER") or getpass.getuser()
        if missing and sys.stdin and sys.stdin.isatty():
            database.connect_as(role, getpass.getpass(self.text(msg("cli", "Mot de passe PostgreSQL de {role} : ",
                                                                          role=role))))
            try:
                with database.engine.connect() as connection:
                    connection.execute(sql("SELECT 1"))
                return
            except DBAPIError as exc:
                if not is_authentication_failure(exc):
                    raise database_error(exc) from exc
        raise AuthenticationError(msg("cli", "Le serveur PostgreSQL a refusé le rôle {role}. Donnez son mot de passe "
                                             "par la variable PGPASSWORD, un fichier PGPASSFILE ou un fichier de "
                                             "service (voir le README, base partagée).", role=role))

    def text(self, message: Message) -> str:
        """A core message in the CLI's language."""
        return message.render(self.translate)

    def print(self, line: str = "") -> None:
        """One line on standard output (quietly stops when a pipe reader such as ``head`` quit)."""
        try:
            print(line, file=self.out)
        except BrokenPipeError:
            # Point stdout at the null device so Python's final flush does not fail again.
            if self.out is sys.stdout:
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            self.out = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process

    def secret(self, variable: str, prompt: Message) -> str:
        """A secret from ``variable`` or typed at a hidden prompt (never echoed or logged)."""
        value = os.environ.get(variable)
        if value:
            return value
        if not sys.stdin or not sys.stdin.isatty():
            raise ValidationError(variable, msg("cli", "à définir dans la variable d'environnement (aucun terminal "
                                                       "pour le demander)"))
        return getpass.getpass(self.text(prompt))

    def scope(self) -> UserScope:
        """The scope of ``--user``, authenticated once."""
        if self._scope is None:
            if not self.user:
                raise ValidationError("--user", msg("cli", "obligatoire pour cette commande"))
            password = self.secret("ATELIER_PASSWORD", msg("cli", "Mot de passe de {user} : ", user=self.user))
            self._scope = login(self.database, self.user, password)
        return self._scope

    def close(self) -> None:
        """Release database connections."""
        if self._database is not None:
            self._database.dispose()
