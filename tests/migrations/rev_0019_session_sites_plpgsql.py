"""Revision 0019_session_sites_plpgsql (a function replaced in place) and what must hold at
head: on PostgreSQL the site function is PL/pgSQL and still SECURITY DEFINER; earlier rows
are untouched."""

from sqlalchemy import text


def populate(connection) -> None:
    """Nothing new to write."""


def check(connection) -> None:
    """The function's language and security; the reading of revision 0005 is intact."""
    if connection.dialect.name == "postgresql":
        language, definer = connection.execute(text(
            "SELECT l.lanname, p.prosecdef FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang "
            "WHERE p.proname = 'atelier_session_sites'")).one()
        assert (language, definer) == ("plpgsql", True)
    assert connection.execute(text("SELECT count(*) FROM carpass_reading WHERE id = 1")).scalar() == 1
