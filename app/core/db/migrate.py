"""Schema migrations with alembic, configured in code so they also run from the bundle.

Opening an up-to-date database, what every start-up does, reads ``alembic_version`` with
plain SQL and compares it with :data:`SCHEMA_HEAD`: alembic (a tenth of the start-up
imports) is only imported when a migration is due or the revision is unknown.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.core.db.engine import Database
from app.core.errors import SchemaTooNewError
from app.core.i18n import msg
from app.core.paths import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config

# The newest revision in migrations/versions; a test fails when a new migration is added
# without updating it.
SCHEMA_HEAD = "0010_carpass_outbox"


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
    head: str
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


def schema_state(database: Database) -> SchemaState:
    """Read the database's revision and compare it with the shipped head."""
    if stored_revision(database) == SCHEMA_HEAD:
        return SchemaState(current=SCHEMA_HEAD, head=SCHEMA_HEAD, known=True)
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    with database.engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    known = current is None
    if current is not None:
        try:
            known = script.get_revision(current) is not None
        except Exception:  # alembic raises several types for an unknown revision
            known = False
    return SchemaState(current=current, head=head, known=known)


def upgrade_to_head(database: Database) -> SchemaState:
    """Migrate to the newest schema; refuse a database made by a newer Atelier."""
    state = schema_state(database)
    if state.newer_than_app:
        raise SchemaTooNewError(
            msg(
                "db",
                "Cette base de données a été mise à jour par une version plus récente "
                "d'Atelier (révision {revision}). Installez la dernière version d'Atelier "
                "avant de l'ouvrir.",
                revision=state.current,
            )
        )
    if not state.up_to_date:
        from alembic import command

        command.upgrade(alembic_config(database), "head")
    return schema_state(database)
