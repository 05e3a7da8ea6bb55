"""The clerk's "À faire aujourd'hui": what needs doing on the site's rentals today.

One SQL query (a UNION of one SELECT per task, sorted, filtered and paged in the database):

- ``departure`` — a reservation or contract leaving today and not gone yet;
- ``due_today`` — a car out, due back later today;
- ``overdue`` — a car out whose planned return has passed;
- ``extension`` — a PEC car out (or about to leave) whose agreed period ends before the
  linked repair is planned to end: ask the assistance for an extension;
- ``repair_done`` — the linked repair is finished and the car is still out: propose the
  return (call the client);
- ``to_invoice`` — a contract back and not invoiced yet.

The repair's dates come from the shared repair table (:mod:`app.core.repair_link`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    RowMapping,
    Select,
    String,
    Subquery,
    and_,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import QueryableAttribute

from app.core.db.engine import Database
from app.core.grid import GridColumn, GridQuery
from app.core.i18n import Message, Translator, identity_translator, msg
from app.core.platform.scope import UserScope
from app.core.rental.dossier_data import dossier_reference
from app.core.rental.dossier_list import CUSTOMER_NAME, like_pattern
from app.core.rental.kinds import DossierKind
from app.core.rental.models import Customer, FleetVehicle, RentalDossier
from app.core.rental.planning import window_bounds
from app.core.repair_link import REPAIR
from app.core.timeutil import format_local, to_local, utcnow

TASKS = ("overdue", "repair_done", "extension", "due_today", "departure", "to_invoice")
TASK_TEXTS: dict[str, Message] = {
    "overdue": msg("rental", "Retour en retard"),
    "repair_done": msg("rental", "Réparation terminée : proposer le retour"),
    "extension": msg("rental", "Demander une prolongation à l'assistance"),
    "due_today": msg("rental", "Retour prévu aujourd'hui"),
    "departure": msg("rental", "Départ prévu aujourd'hui"),
    "to_invoice": msg("rental", "Rentré, à facturer"),
}
COLUMNS: tuple[GridColumn, ...] = (
    GridColumn("task", msg("rental", "À faire")),
    GridColumn("moment", msg("rental", "Quand")),
    GridColumn("number", msg("rental", "Dossier"), align_right=True),
    GridColumn("customer", msg("rental", "Client")),
    GridColumn("plate", msg("rental", "Véhicule")),
    GridColumn("detail", msg("rental", "Détail"), sortable=False),
)


def _task(name: str, moment: ColumnElement[Any] | QueryableAttribute[Any], *conditions: ColumnElement[bool],
          repair: bool = False) -> Select[*tuple[Any, ...]]:
    """One kind of task: the dossiers meeting ``conditions`` with the moment that matters."""
    query = (select(literal(TASKS.index(name), Integer).label("rank"), literal(name, String).label("task"),
                    moment.label("moment"), RentalDossier.id.label("dossier_id"), RentalDossier.number,
                    CUSTOMER_NAME.label("customer"), FleetVehicle.plate, RentalDossier.pec_until,
                    RentalDossier.agreed_until, REPAIR.c.number.label("repair_number"),
                    REPAIR.c.work_planned_end, REPAIR.c.work_finished_at)
             .select_from(RentalDossier)
             .outerjoin(Customer, Customer.id == RentalDossier.customer_id)
             .outerjoin(FleetVehicle, FleetVehicle.id == RentalDossier.vehicle_id))
    join = REPAIR.c.id == RentalDossier.repair_dossier_id
    query = query.join(REPAIR, join) if repair else query.outerjoin(REPAIR, join)
    return query.where(*conditions)


class TodaySource:
    """RowSource of the site's tasks of the day. Filter ``task``: one of :data:`TASKS`."""

    columns: Sequence[GridColumn] = COLUMNS

    def __init__(self, database: Database, scope: UserScope, translate: Translator = identity_translator,
                 now: datetime | None = None):
        self.database, self.scope, self.translate, self.now = database, scope, translate, now

    def _union(self) -> Subquery:
        now = self.now or utcnow()
        day_start, day_end = window_bounds(to_local(now).date(), 1)
        d = RentalDossier
        live = (d.site_id == self.scope.site_id, d.cancelled.is_(False), d.kind != DossierKind.QUOTE)
        out = and_(d.actual_departure.is_not(None), d.actual_return.is_(None))
        agreed_end = func.coalesce(d.agreed_until, d.pec_until)
        return union_all(
            _task("departure", d.planned_departure, *live, d.actual_departure.is_(None),
                  d.planned_departure >= day_start, d.planned_departure < day_end),
            _task("due_today", d.planned_return, *live, out, d.planned_return >= now, d.planned_return < day_end),
            _task("overdue", d.planned_return, *live, out, d.planned_return < now),
            _task("extension", agreed_end, *live, d.is_pec.is_(True), d.actual_return.is_(None),
                  REPAIR.c.work_finished_at.is_(None), REPAIR.c.work_planned_end.is_not(None),
                  agreed_end < REPAIR.c.work_planned_end, repair=True),
            _task("repair_done", REPAIR.c.work_finished_at, *live, out, REPAIR.c.work_finished_at.is_not(None),
                  repair=True),
            _task("to_invoice", d.actual_return, *live, d.kind == DossierKind.CONTRACT, d.actual_return.is_not(None),
                  d.invoiced.is_(False)),
        ).subquery("today")

    def _filtered(self, union: Subquery, query: GridQuery) -> Select[*tuple[Any, ...]]:
        statement = select(union).select_from(union)
        if query.filters.get("task"):
            statement = statement.where(union.c.task == query.filters["task"])
        if (query.text or "").strip():
            pattern = like_pattern(query.text.strip().lower())
            statement = statement.where(or_(func.lower(union.c.customer).like(pattern, escape="\\"),
                                            func.lower(union.c.plate).like(pattern, escape="\\"),
                                            func.cast(union.c.number, String).like(pattern, escape="\\")))
        return statement

    def count(self, query: GridQuery) -> int:
        """Tasks matching ``query``."""
        filtered = self._filtered(self._union(), query).subquery()
        with self.database.session() as session:
            return session.scalar(select(func.count()).select_from(filtered)) or 0

    def fetch(self, query: GridQuery, offset: int, limit: int) -> list[dict[str, Any]]:
        """One page of tasks: the most urgent kind first, then by moment."""
        union = self._union()
        sorts = {"task": union.c.rank, "moment": union.c.moment, "number": union.c.number,
                 "customer": union.c.customer, "plate": union.c.plate}
        key = sorts.get(query.sort_key or "", None)
        order = [key.desc() if query.descending else key.asc()] if key is not None else []
        statement = self._filtered(union, query).order_by(*order, union.c.rank, union.c.moment, union.c.number)
        with self.database.session() as session:
            return [self._row(r._mapping) for r in session.execute(statement.offset(offset).limit(limit))]

    def _row(self, m: RowMapping) -> dict[str, Any]:
        task = m["task"]
        detail: Message | None = None
        if task == "extension":
            detail = msg("rental", "accord jusqu'au {agreed}, réparation {repair} prévue jusqu'au {end}",
                         agreed=format_local(m["moment"]), repair=m["repair_number"],
                         end=format_local(m["work_planned_end"]))
        elif task == "repair_done":
            detail = msg("rental", "réparation {repair} terminée le {when}", repair=m["repair_number"],
                         when=format_local(m["work_finished_at"]))
        return {"id": m["dossier_id"], "task_code": task, "task": TASK_TEXTS[task].render(self.translate),
                "moment": m["moment"], "number": m["number"],
                "reference": dossier_reference(self.scope.site_code, m["number"]), "customer": m["customer"] or "",
                "plate": m["plate"] or "", "detail": detail.render(self.translate) if detail is not None else ""}
