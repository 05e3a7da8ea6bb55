"""Car-Pass maintenance window: Thursday 19:00-24:00, Brussels time (calls then fail)."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from app.core.timeutil import BRUSSELS, from_local, to_local

THURSDAY = 3
WINDOW_START = time(19, 0)


def in_maintenance_window(moment: datetime) -> bool:
    """True when ``moment`` (aware) falls on a Thursday between 19:00 and midnight in Brussels."""
    local = to_local(moment)
    return local.weekday() == THURSDAY and local.time() >= WINDOW_START


def window_end(moment: datetime) -> datetime:
    """The UTC instant the window containing ``moment`` ends (Friday 00:00 Brussels)."""
    local = to_local(moment)
    friday = datetime.combine(local.date() + timedelta(days=1), time(0, 0))
    return from_local(friday.replace(tzinfo=BRUSSELS))
