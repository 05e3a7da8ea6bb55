"""session_functions_plpgsql: the row-level-security functions keep their query plans for the
session.

Every policy calls ``atelier_session_sites()`` (or ``atelier_session_company()``) once per
table a statement reads or writes: twelve calls for the statement that records one
Car-Pass answer. As SQL functions with ``SECURITY DEFINER`` and ``SET search_path`` they
cannot be inlined, so PostgreSQL plans their join again at every call, and the user
function each of them calls again as well. In PL/pgSQL, with the user function's condition
written out, each is planned once per session: one Car-Pass answer went from ~2 x the time
without row-level security to about the same (bench in docs/performance.md). Same results
(the user is the active ``app_user`` whose role is the session's), same owner, same grants:
the functions are replaced in place (``CREATE OR REPLACE`` keeps their privileges and the
policies that use them). SQLite: nothing to do.

Revision ID: 0019_session_functions_plpgsql
Revises: 0018_ledger_queue
"""

from alembic import op

revision = "0019_session_functions_plpgsql"
down_revision = "0018_ledger_queue"
branch_labels = None
depends_on = None

HEADER = "LANGUAGE {language} STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$"
# atelier_session_user_id()'s condition, written out (a SQL function called from PL/pgSQL
# would be planned again at every call).
SESSION_USER = ("u.login = left(session_user::text, -(length(current_database()) + 1))\n"
                "               AND session_user::text = u.login || '@' || current_database() AND u.active")
QUERIES = {
    ("atelier_session_sites", "integer[]"): (
        "SELECT coalesce(array_agg(s.id ORDER BY s.id), '{{}}')\n"
        "              FROM public.app_user u JOIN public.site home ON home.id = u.site_id\n"
        "              JOIN public.site s ON s.company_id = home.company_id\n"
        "                AND (u.role = 'admin' OR s.id = u.site_id)\n"
        "             WHERE {user}"),
    ("atelier_session_company", "integer"): (
        "SELECT s.company_id FROM public.app_user u JOIN public.site s ON s.id = u.site_id\n"
        "             WHERE {user}"),
    ("atelier_session_is_admin", "boolean"): (
        "SELECT coalesce((SELECT u.role = 'admin' FROM public.app_user u\n"
        "             WHERE {user}), false)"),
}
SQL_USER = "u.id = atelier_session_user_id()"  # revision 0011's form


def _plpgsql(name: str, returns: str, query: str) -> str:
    return (f"CREATE OR REPLACE FUNCTION {name}() RETURNS {returns}\n{HEADER.format(language='plpgsql')}\n"
            f"BEGIN\n    RETURN ({query.format(user=SESSION_USER)});\nEND $$")


def _sql(name: str, returns: str, query: str) -> str:
    return (f"CREATE OR REPLACE FUNCTION {name}() RETURNS {returns}\n{HEADER.format(language='sql')}\n"
            f"    {query.format(user=SQL_USER)}\n$$")


def upgrade() -> None:
    """PostgreSQL: the three functions in PL/pgSQL."""
    if op.get_bind().dialect.name == "postgresql":
        for (name, returns), query in QUERIES.items():
            op.execute(_plpgsql(name, returns, query))


def downgrade() -> None:
    """PostgreSQL: the SQL functions of revision 0011 again."""
    if op.get_bind().dialect.name == "postgresql":
        for (name, returns), query in QUERIES.items():
            op.execute(_sql(name, returns, query))
