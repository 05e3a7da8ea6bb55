"""alembic environment: one metadata for every module, batch mode on SQLite."""

from __future__ import annotations

import os

from alembic import context

from app.core.db.engine import Database
from app.core.db.migrate import prepare_migration_connection
from app.core.db.types import ScaledDecimal, UTCDateTime
from app.core.modules import load_all_models
from app.core.paths import default_database_url

config = context.config
target_metadata = load_all_models()


def _database() -> Database:
    given = config.attributes.get("database")
    if given is not None:
        return given
    url = (
        context.get_x_argument(as_dictionary=True).get("database")
        or config.get_main_option("sqlalchemy.url")
        or os.environ.get("ATELIER_DATABASE_URL")
        or default_database_url()
    )
    return Database(url)


def render_item(type_, obj, autogen_context):
    """Render Atelier's TypeDecorators as their plain storage types in migration files."""
    if type_ == "type" and isinstance(obj, ScaledDecimal):
        return "sa.BigInteger()"
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def run_migrations_offline() -> None:
    """Emit SQL without a connection (``alembic upgrade head --sql``)."""
    url = config.get_main_option("sqlalchemy.url") or os.environ.get("ATELIER_DATABASE_URL") or default_database_url()
    context.configure(url=url, target_metadata=target_metadata, literal_binds=True, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Run the migrations on a live connection."""
    database = _database()
    with database.engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=database.is_sqlite,
            compare_type=True,
            render_item=render_item,
        )
        with context.begin_transaction():
            # PostgreSQL: as the owner role, one upgrade at a time (advisory lock).
            prepare_migration_connection(connection, config.attributes.get("upgrade_report"))
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
