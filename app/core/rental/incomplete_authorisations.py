"""Report "autorisations incomplètes": PEC contracts with days nobody agreed to pay.

Agreed days are the PEC days (first authorisation plus the assistance's extensions) and
the days the client agreed to pay when extending (:mod:`app.core.rental.authorisation`).
A contract is listed when its booked duration (actual dates when known, planned otherwise)
exceeds the agreed days, when its car is still out after the agreed period, or when the
car's category differs from the covered category. A contract whose client extension is
agreed (and invoiced to them) is not listed. The clerk works through the list to call the
assistance company. Flags are computed in SQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, RowMapping, and_, case, func, or_

from app.core.db.engine import Database
from app.core.grid import GridColumn, GridQuery
from app.core.i18n import Translator, identity_translator, msg
from app.core.platform.scope import UserScope
from app.core.rental.dossier_list import CUSTOMER_NAME, base_query, text_condition
from app.core.rental.kinds import DossierKind
from app.core.rental.models import Agreement, FleetVehicle, RentalDossier
from app.core.timeutil import utcnow

COLUMNS: tuple[GridColumn, ...] = (
    GridColumn("number", msg("rental", "N°"), align_right=True),
    GridColumn("customer", msg("rental", "Bénéficiaire")),
    GridColumn("agreement", msg("rental", "Accord PEC")),
    GridColumn("pec_file_number", msg("rental", "N° assistance")),
    GridColumn("pec_days", msg("rental", "Jours PEC"), align_right=True),
    GridColumn("client_days", msg("rental", "Jours client"), align_right=True),
    GridColumn("days", msg("rental", "Jours loués"), align_right=True),
    GridColumn("pec_category", msg("rental", "Cat. PEC")),
    GridColumn("category", msg("rental", "Cat. véhicule")),
    GridColumn("plate", msg("rental", "Véhicule")),
    GridColumn("return", msg("rental", "Retour")),
    GridColumn("problem", msg("rental", "À demander à l'assistance"), sortable=False),
)


AGREED_DAYS = RentalDossier.covered_days + RentalDossier.client_days_agreed


def _conditions(now: datetime) -> tuple[ColumnElement[bool], ColumnElement[bool], ColumnElement[bool]]:
    days_over = RentalDossier.booked_days > AGREED_DAYS
    overdue = and_(RentalDossier.actual_return.is_(None), RentalDossier.actual_departure.is_not(None),
                   RentalDossier.agreed_until < now)
    category = and_(FleetVehicle.category.is_not(None), RentalDossier.pec_category != "",
                    FleetVehicle.category != RentalDossier.pec_category)
    return days_over, overdue, category


def _flag(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return case((condition, 1), else_=0)


SORTS = {
    "number": RentalDossier.number, "customer": CUSTOMER_NAME, "agreement": Agreement.label,
    "pec_file_number": RentalDossier.pec_file_number, "pec_days": RentalDossier.covered_days,
    "client_days": RentalDossier.client_days_agreed,
    "days": RentalDossier.booked_days, "pec_category": RentalDossier.pec_category,
    "category": FleetVehicle.category, "plate": FleetVehicle.plate, "return": RentalDossier.booked_until,
}


class IncompleteAuthorisationsSource:
    """RowSource of the report for the scope's site (open, non-invoiced PEC contracts)."""

    columns: Sequence[GridColumn] = COLUMNS

    def __init__(self, database: Database, scope: UserScope, translate: Translator = identity_translator,
                 now: datetime | None = None):
        self.database = database
        self.scope = scope
        self.translate = translate
        self.now = now

    def _where(self, query: GridQuery) -> list[ColumnElement[bool]]:
        days_over, overdue, category = _conditions(self.now or utcnow())
        conditions = [RentalDossier.site_id == self.scope.site_id, RentalDossier.kind == DossierKind.CONTRACT,
                      RentalDossier.is_pec.is_(True), RentalDossier.cancelled.is_(False),
                      RentalDossier.invoiced.is_(False), or_(days_over, overdue, category)]
        if (query.text or "").strip():
            conditions.append(text_condition(query.text))
        return conditions

    def count(self, query: GridQuery) -> int:
        """Contracts to follow up."""
        with self.database.session() as session:
            return session.scalar(base_query(func.count()).where(*self._where(query))) or 0

    def fetch(self, query: GridQuery, offset: int, limit: int) -> list[dict[str, Any]]:
        """One page of the report."""
        days_over, overdue, category = _conditions(self.now or utcnow())
        sort = SORTS.get(query.sort_key or "return", RentalDossier.booked_until)
        order = [sort.desc() if query.descending else sort.asc(), RentalDossier.number]
        statement = base_query(
            RentalDossier.id, RentalDossier.version, RentalDossier.number, CUSTOMER_NAME.label("customer"),
            Agreement.label, RentalDossier.pec_file_number, RentalDossier.covered_days,
            RentalDossier.client_days_agreed, RentalDossier.booked_days,
            RentalDossier.pec_category, FleetVehicle.category, FleetVehicle.plate, RentalDossier.booked_until,
            _flag(days_over).label("days_over"), _flag(overdue).label("overdue"),
            _flag(category).label("category_mismatch"),
        ).where(*self._where(query)).order_by(*order).offset(offset).limit(limit)
        with self.database.session() as session:
            return [self._row(r._mapping) for r in session.execute(statement)]

    def _row(self, m: RowMapping) -> dict[str, Any]:
        problems = []
        if m["days_over"] and m["client_days_agreed"]:
            problems.append(msg("rental", "{days} jours pour {pec} couverts et {client} acceptés par le client : "
                                          "{n} jour(s) sans accord", days=m["booked_days"], pec=m["covered_days"],
                                client=m["client_days_agreed"],
                                n=m["booked_days"] - m["covered_days"] - m["client_days_agreed"]))
        elif m["days_over"]:
            problems.append(msg("rental", "{days} jours pour {pec} couverts", days=m["booked_days"],
                                pec=m["covered_days"]))
        if m["overdue"]:
            problems.append(msg("rental", "toujours dehors après la période accordée"))
        if m["category_mismatch"]:
            problems.append(msg("rental", "catégorie {vehicle} au lieu de {pec}", vehicle=m["category"],
                                pec=m["pec_category"]))
        return {
            "id": m["id"], "version": m["version"], "number": m["number"], "customer": m["customer"] or "",
            "agreement": m["label"] or "", "pec_file_number": m["pec_file_number"], "pec_days": m["covered_days"],
            "client_days": m["client_days_agreed"],
            "days": m["booked_days"], "pec_category": m["pec_category"], "category": m["category"] or "",
            "plate": m["plate"] or "", "return": m["booked_until"], "days_over": bool(m["days_over"]),
            "overdue": bool(m["overdue"]), "category_mismatch": bool(m["category_mismatch"]),
            "problem": " ; ".join(p.render(self.translate) for p in problems),
        }
