"""Revision 0011 adds no table: at head, on PostgreSQL, the users that existed before it
(``old.admin`` of revision 0001) have a login role without a password, and their argon2id
hashes, no longer used, are gone; SQLite keeps them."""

from sqlalchemy import text


def populate(connection) -> None:
    """No table created by this revision."""


def check(connection) -> None:
    """Existing users moved to server roles on PostgreSQL, untouched on SQLite."""
    stored = connection.execute(text("SELECT password_hash FROM app_user WHERE login = 'old.admin'")).scalar()
    if connection.dialect.name != "postgresql":
        assert stored == "$argon2id$x"
        return
    role = connection.execute(text(
        "SELECT r.rolcanlogin, a.rolpassword IS NULL FROM pg_roles r JOIN pg_authid a ON a.oid = r.oid "
        "WHERE r.rolname = 'old.admin@' || current_database()")).one()
    admins = connection.execute(text(
        "SELECT pg_has_role('old.admin@' || current_database(), current_database() || '\\:admin', 'MEMBER')")).scalar()
    assert stored == "" and tuple(role) == (True, True) and admins
