"""Which readings are due for a run, when to wake up for the next retry, and back-off."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import and_, or_, select

from app.core.carpass.sending.models import CarpassReading
from app.core.carpass.sending.states import ReadingState
from app.core.db.batches import in_batches
from app.core.db.engine import Database


def backoff(attempts: int, base: float, cap: float) -> timedelta:
    """Delay before the next try: ``base`` doubled per failed attempt, at most ``cap``."""
    return timedelta(seconds=min(cap, base * (2 ** max(0, attempts - 1))))


def due_readings(database: Database, site_id: int, now: datetime, entry_ids: list[int] | None,
                 ignore_schedule: bool) -> list[int]:
    """Ids of the queued readings whose time has come (all queued ones with
    ``ignore_schedule``), of the given entries or of the whole site."""
    with database.session() as session:
        due = CarpassReading.state == ReadingState.QUEUED
        if not ignore_schedule:
            due = and_(due, or_(CarpassReading.next_attempt_at.is_(None), CarpassReading.next_attempt_at <= now))
        query = select(CarpassReading.id).where(CarpassReading.site_id == site_id, due)
        if entry_ids is None:
            return list(session.scalars(query.order_by(CarpassReading.id)))
        found: set[int] = set()
        for batch in in_batches(entry_ids):
            found.update(session.scalars(query.where(CarpassReading.entry_id.in_(batch))))
        return sorted(found)


def next_wakeup(database: Database, reading_ids: list[int], now: datetime, poll: timedelta) -> datetime | None:
    """When a run should look again at ``reading_ids``: the earliest scheduled retry of
    those still queued, or ``now + poll`` while one is being sent by another station (its
    answer is awaited rather than reported as still to send). None: nothing left to wait for."""
    earliest = None
    with database.session() as session:
        for batch in in_batches(reading_ids):
            for state, moment in session.execute(select(CarpassReading.state, CarpassReading.next_attempt_at).where(
                    CarpassReading.id.in_(batch),
                    CarpassReading.state.in_((ReadingState.QUEUED, ReadingState.SENDING)))):
                if state == ReadingState.SENDING:
                    moment = now + poll
                if moment is not None and (earliest is None or moment < earliest):
                    earliest = moment
    return earliest
