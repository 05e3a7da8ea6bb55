"""When the work on a repair dossier is expected to end, and when it ended.

The replacement-car rental reads both (through :mod:`app.core.repair_link`): a finished
repair proposes the rental's return, a repair ending after the assistance's coverage asks
for an extension. Like ``work_started_at`` (see docs/decisions/carpass-data.md) the dates
are written with a plain UPDATE that leaves the dossier's version alone: setting them must
not make a colleague's open dossier form fail with a conflict.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import update

from app.core.carpass.dossiers import load_dossier
from app.core.carpass.models import Dossier
from app.core.db.engine import Database
from app.core.errors import FieldErrors, ValidationError
from app.core.i18n import msg
from app.core.platform.scope import UserScope
from app.core.timeutil import format_local, utcnow


@dataclass(frozen=True)
class WorkSchedule:
    """The dates of the work on a repair dossier."""

    dossier_id: int
    version: int
    started_at: datetime | None
    planned_end: datetime | None
    finished_at: datetime | None


def set_work_schedule(database: Database, scope: UserScope, dossier_id: int, planned_end: datetime | None,
                      finished_at: datetime | None) -> WorkSchedule:
    """Store the planned end and the end of the work; the end cannot be in the future nor
    before the work started."""
    checks = FieldErrors()
    if finished_at is not None and finished_at > utcnow():
        checks.keep(ValidationError("work_finished_at", msg("carpass", "ne peut pas être dans le futur ({when})",
                                                            when=format_local(finished_at)),
                                    field_label=msg("carpass", "Travaux terminés le")))
    with database.session() as session:
        dossier = load_dossier(session, scope, dossier_id)
        start = dossier.work_started_at
        if finished_at is not None and start is not None and finished_at < start:
            checks.keep(ValidationError("work_finished_at", msg("carpass", "avant le début des travaux ({when})",
                                                                when=format_local(start)),
                                        field_label=msg("carpass", "Travaux terminés le")))
        checks.raise_if_any()
        session.execute(update(Dossier).where(Dossier.id == dossier.id)
                        .values(work_planned_end=planned_end, work_finished_at=finished_at)
                        .execution_options(synchronize_session=False))
        return WorkSchedule(dossier.id, dossier.version, start, planned_end, finished_at)


def work_schedule(database: Database, scope: UserScope, dossier_id: int) -> WorkSchedule:
    """The dates of the work on a dossier of the user's site."""
    with database.session() as session:
        dossier = load_dossier(session, scope, dossier_id)
        return WorkSchedule(dossier.id, dossier.version, dossier.work_started_at, dossier.work_planned_end,
                            dossier.work_finished_at)
