"""Revision 0019_session_functions_plpgsql (functions replaced in place) and what must hold
at head: on PostgreSQL the row-level-security functions are PL/pgSQL and still SECURITY
DEFINER; earlier rows are untouched."""

from sqlalchemy import text


def populate(connection) -> None:
    """Nothing new to write."""


def check(connection) -> None:
    """The functions' language and security; the reading of revision 0005 is intact."""
    if connection.dialect.name == "postgresql":
        names = ("atelier_session_sites", "atelier_session_company", "atelier_session_is_admin")
        found = dict(connection.execute(text(
            "SELECT p.proname, l.lanname || ':' || p.prosecdef FROM pg_proc p "
            "JOIN pg_language l ON l.oid = p.prolang "
            "WHERE p.proname = ANY (:names)"), {"names": list(names)}).all())
        assert found == dict.fromkeys(names, "plpgsql:true")
    assert connection.execute(text("SELECT count(*) FROM carpass_reading WHERE id = 1")).scalar() == 1
