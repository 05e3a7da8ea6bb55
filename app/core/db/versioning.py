"""Optimistic locking helpers: never overwrite a row someone else saved meanwhile."""

from __future__ import annotations

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.core.db.base import Versioned
from app.core.db.engine import database_error
from app.core.errors import ConflictError
from app.core.i18n import Message


def check_version(row: Versioned, expected_version: int, what: Message) -> None:
    """Raise ConflictError naming who saved ``row`` if it moved past ``expected_version``."""
    if row.version != expected_version:
        raise ConflictError(what, row.updated_by, row.updated_at)


def stamp(row: Versioned, login: str) -> None:
    """Record who is saving ``row`` (its version and time advance at flush)."""
    row.updated_by = login


def flush_versioned(session: Session, row: Versioned, what: Message) -> None:
    """Flush, turning a concurrent UPDATE (StaleDataError) into a ConflictError."""
    try:
        session.flush()
    except OperationalError as exc:
        session.rollback()
        raise database_error(exc) from exc
    except StaleDataError:
        session.rollback()
        fresh = session.get(type(row), row.id, populate_existing=True)
        raise ConflictError(what, getattr(fresh, "updated_by", None), getattr(fresh, "updated_at", None)) from None
