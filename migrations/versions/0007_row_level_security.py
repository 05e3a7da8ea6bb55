"""PostgreSQL row-level security: site-owned rows visible only to the sites the process
published in ``atelier.site_ids`` (see ``Database.restrict_to_sites``).

Every table with a ``site_id`` column gets the policy, except ``app_user`` (login reads it
before any site is known). A connection that published nothing (migrations, maintenance)
sees everything; superusers and table owners with BYPASSRLS are not affected, so the
application should connect with an ordinary role. SQLite: nothing to do.

Revision ID: 0007_row_level_security
Revises: 0006_rental_invoicing
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_row_level_security"
down_revision = "0006_rental_invoicing"
branch_labels = None
depends_on = None

EXCLUDED = {"app_user"}
POLICY = "site_isolation"
CONDITION = (
    "coalesce(current_setting('atelier.site_ids', true), '') = '' "
    "OR site_id = ANY (string_to_array(current_setting('atelier.site_ids', true), ',')::int[])"
)


def site_owned_tables(connection) -> list[str]:
    """Tables holding a site_id column, in a stable order."""
    inspector = sa.inspect(connection)
    return sorted(
        name for name in inspector.get_table_names()
        if name not in EXCLUDED and any(c["name"] == "site_id" for c in inspector.get_columns(name))
    )


def upgrade() -> None:
    """Enable RLS with the site policy on every site-owned table."""
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        return
    for table in site_owned_tables(connection):
        op.execute(f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY')
        op.execute(f'ALTER TABLE "{table}" FORCE ROW LEVEL SECURITY')
        op.execute(f'CREATE POLICY {POLICY} ON "{table}" USING ({CONDITION}) WITH CHECK ({CONDITION})')


def downgrade() -> None:
    """Remove the policies."""
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        return
    for table in site_owned_tables(connection):
        op.execute(f'DROP POLICY IF EXISTS {POLICY} ON "{table}"')
        op.execute(f'ALTER TABLE "{table}" NO FORCE ROW LEVEL SECURITY')
        op.execute(f'ALTER TABLE "{table}" DISABLE ROW LEVEL SECURITY')
