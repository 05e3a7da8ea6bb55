"""session_sites_plpgsql: the row-level-security function that lists the connected user's
sites keeps its query plan for the session.

Every policy calls ``atelier_session_sites()`` once per table a statement reads or writes
(a Car-Pass answer recorded in one statement touches five tables). As a SQL function with
``SECURITY DEFINER`` and ``SET search_path`` it cannot be inlined, and PostgreSQL plans its
three-table join again at every call (~0.1 ms); the same query in PL/pgSQL is planned once
per session and then costs about half. Same body, same result, same owner, same grants:
the function is replaced in place (``CREATE OR REPLACE`` keeps its privileges and the
policies that use it). SQLite: nothing to do.

Revision ID: 0019_session_sites_plpgsql
Revises: 0018_ledger_queue
"""

from alembic import op

revision = "0019_session_sites_plpgsql"
down_revision = "0018_ledger_queue"
branch_labels = None
depends_on = None

PLPGSQL = """
CREATE OR REPLACE FUNCTION atelier_session_sites() RETURNS integer[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    RETURN (SELECT coalesce(array_agg(s.id ORDER BY s.id), '{}')
              FROM public.app_user u JOIN public.site home ON home.id = u.site_id
              JOIN public.site s ON s.company_id = home.company_id AND (u.role = 'admin' OR s.id = u.site_id)
             WHERE u.id = atelier_session_user_id());
END $$
"""

SQL = """
CREATE OR REPLACE FUNCTION atelier_session_sites() RETURNS integer[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT coalesce(array_agg(s.id ORDER BY s.id), '{}')
      FROM public.app_user u JOIN public.site home ON home.id = u.site_id
      JOIN public.site s ON s.company_id = home.company_id AND (u.role = 'admin' OR s.id = u.site_id)
     WHERE u.id = atelier_session_user_id()
$$
"""


def upgrade() -> None:
    """PostgreSQL: the function in PL/pgSQL."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(PLPGSQL)


def downgrade() -> None:
    """PostgreSQL: the SQL function of revision 0011 again."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(SQL)
