"""station_versions: the shared database records the Atelier version its stations must run
and where IT put the installer (``database_setting``), readable before a login through
``atelier_station_requirements()``.

``database_setting`` holds settings of the whole database (not of a site): every user may
read it, only the owner role writes it (``atelier db upgrade``, ``db required-version``,
``db installer-location``, run by IT's maintenance login). The gate role reads no table: it
runs ``atelier_station_requirements()``, which later migrations must keep (name and two
text columns): an older station calls it on a newer schema to learn what to install.
Design: docs/decisions/platform-station-versions.md. SQLite: the table only.

Revision ID: 0012_station_versions
Revises: 0011_database_roles
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_station_versions"
down_revision = "0011_database_roles"
branch_labels = None
depends_on = None

REQUIREMENTS_FUNCTION = """
CREATE FUNCTION atelier_station_requirements() RETURNS TABLE (required_version text, installer_location text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT (SELECT value FROM public.database_setting WHERE key = 'atelier.required_version'),
           (SELECT value FROM public.database_setting WHERE key = 'atelier.installer_location')
$$
"""


def _run(statement: str) -> None:
    """Run ``statement`` through the driver (no placeholder parsing in the function body)."""
    op.get_bind().connection.driver_connection.execute(statement)


def upgrade() -> None:
    """Create database_setting; on PostgreSQL its policy, grants and the gate's function."""
    op.create_table(
        "database_setting",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_database_setting")),
    )
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        return
    name = connection.execute(sa.text("SELECT current_database()")).scalar_one()
    clerk, gate = f'"{name}:clerk"', f'"{name}:gate"'
    # As every table since revision 0011: RLS enabled and forced, nothing for PUBLIC; the
    # values are no secret, so every user reads them; only the owner (BYPASSRLS) writes.
    _run("ALTER TABLE database_setting ENABLE ROW LEVEL SECURITY")
    _run("ALTER TABLE database_setting FORCE ROW LEVEL SECURITY")
    _run("REVOKE ALL ON database_setting FROM PUBLIC")
    _run("CREATE POLICY atelier_read ON database_setting FOR SELECT USING (true)")
    _run(f"GRANT SELECT ON database_setting TO {clerk}")
    _run(REQUIREMENTS_FUNCTION)
    _run("REVOKE EXECUTE ON FUNCTION atelier_station_requirements() FROM PUBLIC")
    _run(f"GRANT EXECUTE ON FUNCTION atelier_station_requirements() TO {gate}, {clerk}")


def downgrade() -> None:
    """Drop the function and the table."""
    if op.get_bind().dialect.name == "postgresql":
        _run("DROP FUNCTION IF EXISTS atelier_station_requirements()")
    op.drop_table("database_setting")
