"""Schema migrations with alembic, configured in code so they also run from the bundle.

Opening an up-to-date database, what every start-up does, reads ``alembic_version`` with
plain SQL and compares it with :data:`SCHEMA_HEAD`: alembic (a tenth of the start-up
imports) is only imported when a migration is due or the revision is unknown.

A SQLite file is migrated by the station that opens it. A shared PostgreSQL database is
only ever migrated by ``atelier db upgrade``: as the database's owner role, by a member of
it, under an advisory lock (docs/decisions/platform-migrations.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, TypedDict

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from app.core.db.engine import Database
from app.core.errors import SchemaTooNewError, SchemaTooOldError
from app.core.i18n import msg
from app.core.paths import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config

# The newest revision in migrations/versions; a test fails when a new migration is added
# without updating it.
SCHEMA_HEAD = "0019_session_functions_plpgsql"


def alembic_config(database: Database | None = None) -> Config:
    """An alembic Config pointing at the shipped ``migrations/`` folder."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    if database is not None:
        config.set_main_option("sqlalchemy.url", database.url.replace("%", "%%"))
        config.attributes["database"] = database
    return config


@dataclass(frozen=True)
class SchemaState:
    """Where the database stands relative to the migrations this app ships."""

    current: str | None
    head: str | None  # None only when the shipped migrations folder holds no revision
    known: bool

    @property
    def up_to_date(self) -> bool:
        """True when no migration is pending."""
        return self.current == self.head

    @property
    def newer_than_app(self) -> bool:
        """True when a newer Atelier migrated this database."""
        return self.current is not None and not self.known


def stored_revision(database: Database) -> str | None:
    """The revision recorded in ``alembic_version``; None for an empty database."""
    with database.engine.connect() as connection:
        try:
            with connection.begin():
                rows = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
        except DBAPIError:  # no alembic_version table yet (or unreachable: the full check reports it)
            return None
    return rows[0] if len(rows) == 1 else None


def state_of_revision(current: str | None) -> SchemaState:
    """Where a database at revision ``current`` stands for this build."""
    if current == SCHEMA_HEAD:
        return SchemaState(current=SCHEMA_HEAD, head=SCHEMA_HEAD, known=True)
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    known = current is None
    if current is not None:
        try:
            known = script.get_revision(current) is not None
        except Exception:  # alembic raises several types for an unknown revision
            known = False
    return SchemaState(current=current, head=script.get_current_head(), known=known)


def schema_state(database: Database) -> SchemaState:
    """Read the database's revision and compare it with the shipped head."""
    if stored_revision(database) == SCHEMA_HEAD:
        return SchemaState(current=SCHEMA_HEAD, head=SCHEMA_HEAD, known=True)
    from alembic.runtime.migration import MigrationContext

    with database.engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    return state_of_revision(current)


def too_new_error(state: SchemaState) -> SchemaTooNewError:
    """What an older Atelier says of a database a newer one migrated."""
    return SchemaTooNewError(msg("db", "Cette base de données a été mise à jour par une version plus récente "
                                       "d'Atelier (révision {revision}). Installez la dernière version d'Atelier "
                                       "avant de l'ouvrir.", revision=state.current))


def require_station_schema(state: SchemaState) -> None:
    """A station opens a shared database only at exactly its own schema: it never migrates
    it, refuses a newer one and asks for an administrator's upgrade of an older one."""
    if state.newer_than_app:
        raise too_new_error(state)
    if not state.up_to_date:
        raise SchemaTooOldError(msg("db", "La base de données partagée n'est pas encore à jour pour cette version "
                                          "d'Atelier (révision {current}, attendue {head}). Un administrateur doit "
                                          "lancer « atelier db upgrade » ; les postes ne la mettent jamais à jour "
                                          "eux-mêmes.", current=state.current or "-", head=state.head))


class UpgradeReport(TypedDict, total=False):
    """What ``migrations/env.py`` reports back to :func:`upgrade_reporting` (through the
    alembic config's ``upgrade_report`` attribute)."""

    before: str | None  # the revision the migrations started from, read under the upgrade lock


def prepare_migration_connection(connection: Connection, report: UpgradeReport | None = None) -> None:
    """Called by ``migrations/env.py`` in the migration's transaction. PostgreSQL: check the
    connected role may act as the owner, switch to it (``SET LOCAL ROLE``: every object the
    migrations create belongs to it), then wait for any other upgrade of this database to
    finish (transaction-level advisory lock, released at commit or rollback)."""
    if connection.dialect.name != "postgresql":
        return
    from app.core.db.server_roles import UPGRADE_LOCK_KEY, act_as_owner

    act_as_owner(connection)
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": UPGRADE_LOCK_KEY})
    if report is not None:  # what this upgrade starts from, now that no other one runs
        from alembic.runtime.migration import MigrationContext

        report["before"] = MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(database: Database) -> SchemaState:
    """Migrate to the newest schema; refuse a database made by a newer Atelier. On
    PostgreSQL only a member of the database's owner role may (``atelier db upgrade``)."""
    return upgrade_reporting(database)[1]


def upgrade_reporting(database: Database) -> tuple[str | None, SchemaState]:
    """:func:`upgrade_to_head`, also returning the revision the migrations started from
    (read under the upgrade lock: a second upgrade that waited for the first finds the
    head and migrates nothing)."""
    state = schema_state(database)
    if state.newer_than_app:
        raise too_new_error(state)
    before = state.current
    if not state.up_to_date:
        from alembic import command

        if database.is_postgres:
            from app.core.db.server_roles import require_owner_rights

            with database.engine.connect() as connection:
                require_owner_rights(connection)
        config = alembic_config(database)
        report: UpgradeReport = {}
        config.attributes["upgrade_report"] = report
        command.upgrade(config, "head")
        before = report.get("before", before)
    return before, schema_state(database)
