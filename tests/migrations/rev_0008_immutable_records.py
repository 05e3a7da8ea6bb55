"""Revision 0008 adds triggers only: the issued rows written at 0005 and 0006 survive the
upgrade and are then protected (a raw UPDATE is refused at head)."""

from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, InternalError, OperationalError


def populate(connection) -> None:
    """No table created by this revision."""


def _refused(connection, statement: str) -> bool:
    savepoint = connection.begin_nested()
    try:
        connection.execute(text(statement))
    except (IntegrityError, OperationalError, InternalError):
        savepoint.rollback()
        return True
    savepoint.rollback()
    return False


def check(connection) -> None:
    """The 0006 invoice and payment and the acknowledged 0005 reading are intact and frozen."""
    assert connection.execute(text("SELECT total_incl FROM invoice WHERE id = 1")).scalar() == 21175
    assert _refused(connection, "UPDATE invoice SET total_incl = 1 WHERE id = 1")
    assert _refused(connection, "DELETE FROM payment WHERE id = 1")
    assert connection.execute(text("SELECT request_guid FROM carpass_reading WHERE id = 1")).scalar() == "guid-0001"
    assert _refused(connection, "UPDATE carpass_reading SET odometer = 1 WHERE id = 1")
