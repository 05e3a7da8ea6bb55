"""Day-count rule: 24-hour periods from the departure time, with a grace period, at least one.

Periods are counted on the Brussels wall clock, so a rental over a daylight-saving change
returned at the departure hour is not charged an extra day.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from app.core.i18n import Message, msg
from app.core.timeutil import from_local, to_local

DEFAULT_GRACE_MINUTES = 59
MINUTES_PER_DAY = 24 * 60


def rental_minutes(departure: datetime, return_at: datetime) -> int:
    """Whole minutes between departure and return on the Brussels wall clock."""
    start = to_local(departure).replace(tzinfo=None)
    end = to_local(return_at).replace(tzinfo=None)
    return int((end - start).total_seconds() // 60)


def count_days(departure: datetime, return_at: datetime, grace_minutes: int = DEFAULT_GRACE_MINUTES) -> int:
    """Days charged: each started 24-hour period beyond the grace period, at least one."""
    minutes = rental_minutes(departure, return_at) - grace_minutes
    if minutes <= 0:
        return 1
    return max(1, -(-minutes // MINUTES_PER_DAY))


def day_rule(grace_minutes: int) -> Message:
    """The rule as printed on the contract."""
    return msg("rental", "Jour de location = 24 heures à partir de l'heure de départ ; un dépassement de "
                         "{grace} minutes au plus n'est pas compté ; minimum 1 jour.", grace=grace_minutes)


def covered_until(departure: datetime, days: int, grace_minutes: int = DEFAULT_GRACE_MINUTES) -> datetime:
    """Last instant a return costs no day beyond ``days``: departure + days (Brussels clock) + grace."""
    local = to_local(departure).replace(tzinfo=None) + timedelta(days=days, minutes=grace_minutes)
    return from_local(local)


def days_later(moment: datetime, days: int) -> datetime:
    """``days`` days after ``moment`` at the same Brussels wall-clock time (a PEC of N days
    from Monday 09:00 ends on the N-th day at 09:00, over a DST change too)."""
    return from_local(to_local(moment).replace(tzinfo=None) + timedelta(days=days))
