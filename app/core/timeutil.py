"""Time rules: store UTC, show Europe/Brussels."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

BRUSSELS = ZoneInfo("Europe/Brussels")


def utcnow() -> datetime:
    """The current instant, timezone-aware in UTC."""
    return datetime.now(UTC)


def to_local(moment: datetime) -> datetime:
    """Convert an aware instant to Brussels time (naive input is taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(BRUSSELS)


def format_local(moment: datetime, with_seconds: bool = False) -> str:
    """Format an instant for a clerk: ``dd-mm-yyyy HH:MM`` in Brussels time."""
    pattern = "%d-%m-%Y %H:%M:%S" if with_seconds else "%d-%m-%Y %H:%M"
    return to_local(moment).strftime(pattern)


def format_date(value: date) -> str:
    """Format a calendar date as Belgian clerks write it: ``dd-mm-yyyy``."""
    return value.strftime("%d-%m-%Y")


def local_today() -> date:
    """Today's date in Brussels."""
    return utcnow().astimezone(BRUSSELS).date()


def from_local(value: datetime) -> datetime:
    """Take a naive Brussels wall-clock time (as typed) and return the aware UTC instant."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=BRUSSELS)
    return value.astimezone(UTC)
