"""carpass_last_reading: the last reading Car-Pass holds for a VIN, company-wide, for a
clerk whose connection sees only his own site's readings (row-level security).

PostgreSQL: ``atelier_carpass_last_reading(company, vin, except_entry)``, SECURITY DEFINER,
owned by the owner role (this migration runs as it), search path pinned, EXECUTE for the
clerk group only. It returns at most one row — the km, the reading date and the Brussels
day it was sent of the company's last reading in state sent/anomaly for that VIN (another
entry's) — and nothing else: no site, dossier, plate or requestGuid. An Atelier user always
gets his own company's (the argument is ignored); only a session that bypasses row-level
security anyway (superuser, owner) names the company. ``ROWS 1`` tells the planner what
it returns (the default guess, 1,000 rows, made the list's page query 15 times slower);
in SQL it costs about 0.05 ms a call (PL/pgSQL's RETURN QUERY: about 1 ms). SQLite: nothing to do (no RLS).

Revision ID: 0016_carpass_last_reading
Revises: 0015_tamper_evidence
"""

import sqlalchemy as sa
from alembic import op

revision = "0016_carpass_last_reading"
down_revision = "0015_tamper_evidence"
branch_labels = None
depends_on = None

SIGNATURE = "atelier_carpass_last_reading(integer, text, integer)"
FUNCTION = """
CREATE FUNCTION atelier_carpass_last_reading(p_company integer, p_vin text, p_except_entry integer)
RETURNS TABLE (odometer integer, reading_date date, sent_on date)
LANGUAGE sql STABLE SECURITY DEFINER ROWS 1 SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT r.odometer, r.reading_date,
           coalesce((r.sent_at AT TIME ZONE 'Europe/Brussels')::date, r.reading_date)
      FROM public.carpass_reading r JOIN public.site s ON s.id = r.site_id
     WHERE r.vin = p_vin AND r.state IN ('sent', 'anomaly')
       AND r.entry_id IS DISTINCT FROM p_except_entry
       AND s.company_id = coalesce(public.atelier_session_company(),
                                   (SELECT p_company FROM pg_catalog.pg_roles
                                     WHERE rolname = session_user AND (rolsuper OR rolbypassrls)))
     ORDER BY r.reading_date DESC, r.odometer DESC, r.id DESC
     LIMIT 1
$$;
"""


def upgrade() -> None:
    """The function, executable by the clerk group only (PostgreSQL)."""
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        return
    from app.core.db.server_roles import CLERK, group_role

    name = connection.execute(sa.text("SELECT current_database()")).scalar_one()
    op.execute(FUNCTION)
    op.execute(f"REVOKE EXECUTE ON FUNCTION {SIGNATURE} FROM PUBLIC")
    op.execute(f'GRANT EXECUTE ON FUNCTION {SIGNATURE} TO "{group_role(name, CLERK)}"')


def downgrade() -> None:
    """Drop the function."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP FUNCTION IF EXISTS {SIGNATURE}")
