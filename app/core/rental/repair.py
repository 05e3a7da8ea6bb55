"""The rental's side of the link to the repair dossier (the car in the shop): find it by
number, read it, link or unlink it, and the return it proposes once the work is finished.

The repair dossier is read through :mod:`app.core.repair_link` (never the Car-Pass module).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.core.db.engine import Database
from app.core.errors import NotFoundError
from app.core.i18n import msg
from app.core.platform.scope import UserScope
from app.core.rental.access import get_dossier
from app.core.rental.dossier_data import DossierInfo
from app.core.rental.dossiers import dossier_info, update_dossier
from app.core.repair_link import RepairSummary, find_repair, repair_summary


def repair_by_number(database: Database, scope: UserScope, number: int) -> RepairSummary:
    """The site's repair dossier with that number, or NotFoundError."""
    with database.session() as session:
        repair = find_repair(session, scope.site_id, number)
    if repair is None:
        raise NotFoundError(msg("rental", "Dossier de réparation {number} introuvable sur ce site.", number=number))
    return repair


def repair_of_dossier(database: Database, scope: UserScope, dossier_id: int) -> RepairSummary | None:
    """The repair dossier a rental is linked to, if any."""
    with database.session() as session:
        dossier = get_dossier(session, scope, dossier_id)
        return repair_summary(session, scope.site_id, dossier.repair_dossier_id)


def link_repair(database: Database, scope: UserScope, dossier_id: int, expected_version: int,
                repair_number: int | None) -> DossierInfo:
    """Link the rental to the repair dossier ``repair_number`` (None: unlink)."""
    repair_id = None if repair_number is None else repair_by_number(database, scope, repair_number).id
    info = dossier_info(database, scope, dossier_id)
    return update_dossier(database, scope, dossier_id, expected_version,
                          replace(info.data, repair_dossier_id=repair_id))


def proposed_return(info: DossierInfo, repair: RepairSummary | None) -> datetime | None:
    """When the repair is finished and the replacement car is still out, its planned return
    becomes the end of the work (None when there is nothing to propose)."""
    if repair is None or repair.work_finished_at is None or info.data.actual_return is not None:
        return None
    start = info.data.actual_departure or info.data.planned_departure
    finished = repair.work_finished_at
    if finished <= start or finished == info.data.planned_return:
        return None
    return finished
