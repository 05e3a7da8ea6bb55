"""The site's rental dossiers as a grid source (sorted, filtered and flagged in SQL)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, RowMapping, Select, String, case, cast, func, or_, select
from sqlalchemy.orm import QueryableAttribute

from app.core.db.base import Base
from app.core.db.engine import Database
from app.core.grid import GridColumn, GridQuery
from app.core.i18n import Message, Translator, identity_translator, msg
from app.core.platform.scope import UserScope
from app.core.rental.models import Agreement, Customer, FleetVehicle, RentalDossier

KIND_TEXTS: dict[str, Message] = {
    "quote": msg("rental", "Devis"),
    "reservation": msg("rental", "Réservation"),
    "contract": msg("rental", "Contrat"),
}
STATE_TEXTS: dict[str, Message] = {
    "cancelled": msg("rental", "annulé"),
    "invoiced": msg("rental", "facturé"),
    "returned": msg("rental", "rentré"),
    "out": msg("rental", "en cours"),
    "open": msg("rental", "ouvert"),
}

COLUMNS: tuple[GridColumn, ...] = (
    GridColumn("number", msg("rental", "N°"), align_right=True),
    GridColumn("kind", msg("rental", "Type")),
    GridColumn("customer", msg("rental", "Client")),
    GridColumn("plate", msg("rental", "Véhicule")),
    GridColumn("category", msg("rental", "Cat.")),
    GridColumn("agreement", msg("rental", "Accord PEC")),
    GridColumn("pec_file_number", msg("rental", "N° assistance")),
    GridColumn("departure", msg("rental", "Départ")),
    GridColumn("return", msg("rental", "Retour")),
    GridColumn("days", msg("rental", "Jours"), align_right=True),
    GridColumn("state", msg("rental", "État")),
)

SelectColumn = ColumnElement[Any] | QueryableAttribute[Any] | type[Base]  # what a grid query selects
CUSTOMER_NAME = func.trim(Customer.name + " " + Customer.first_name)
STATE = case((RentalDossier.cancelled.is_(True), "cancelled"), (RentalDossier.invoiced.is_(True), "invoiced"),
             (RentalDossier.actual_return.is_not(None), "returned"),
             (RentalDossier.actual_departure.is_not(None), "out"), else_="open")
SORTS = {
    "number": RentalDossier.number, "kind": RentalDossier.kind, "customer": CUSTOMER_NAME,
    "plate": FleetVehicle.plate, "category": FleetVehicle.category, "agreement": Agreement.label,
    "pec_file_number": RentalDossier.pec_file_number, "departure": RentalDossier.booked_from,
    "return": RentalDossier.booked_until, "days": RentalDossier.booked_days, "state": STATE,
}


def like_pattern(text: str) -> str:
    """``%text%`` with LIKE wildcards escaped (escape character ``\\``)."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def base_query(*columns: SelectColumn) -> Select[*tuple[Any, ...]]:
    """Dossiers joined with their customer, vehicle and agreement."""
    return (select(*columns).select_from(RentalDossier)
            .outerjoin(Customer, Customer.id == RentalDossier.customer_id)
            .outerjoin(FleetVehicle, FleetVehicle.id == RentalDossier.vehicle_id)
            .outerjoin(Agreement, Agreement.id == RentalDossier.agreement_id))


def text_condition(text: str) -> ColumnElement[bool]:
    """Free-text search on number, customer, plate, agreement and assistance file number."""
    pattern = like_pattern(text.strip().lower())
    return or_(cast(RentalDossier.number, String).like(pattern, escape="\\"),
               func.lower(CUSTOMER_NAME).like(pattern, escape="\\"),
               func.lower(FleetVehicle.plate).like(pattern, escape="\\"),
               func.lower(Agreement.label).like(pattern, escape="\\"),
               func.lower(RentalDossier.pec_file_number).like(pattern, escape="\\"))


class DossierListSource:
    """RowSource of the site's dossiers. Filters: ``kind`` (str), ``pec_only`` (bool),
    ``include_cancelled`` (bool)."""

    columns: Sequence[GridColumn] = COLUMNS

    def __init__(self, database: Database, scope: UserScope, translate: Translator = identity_translator):
        self.database = database
        self.scope = scope
        self.translate = translate

    def _where(self, query: GridQuery) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = [RentalDossier.site_id == self.scope.site_id]
        if query.filters.get("kind"):
            conditions.append(RentalDossier.kind == query.filters["kind"])
        if query.filters.get("pec_only"):
            conditions.append(RentalDossier.is_pec.is_(True))
        if not query.filters.get("include_cancelled"):
            conditions.append(RentalDossier.cancelled.is_(False))
        if (query.text or "").strip():
            conditions.append(text_condition(query.text))
        return conditions

    def count(self, query: GridQuery) -> int:
        """Dossiers matching ``query``."""
        with self.database.session() as session:
            return session.scalar(base_query(func.count()).where(*self._where(query))) or 0

    def fetch(self, query: GridQuery, offset: int, limit: int) -> list[dict[str, Any]]:
        """One page of dossiers."""
        sort = SORTS.get(query.sort_key or "number", RentalDossier.number)
        order = [sort.desc() if query.descending else sort.asc(), RentalDossier.number.desc()]
        statement = base_query(
            RentalDossier.id, RentalDossier.version, RentalDossier.number, RentalDossier.kind, RentalDossier.is_pec,
            CUSTOMER_NAME.label("customer"), FleetVehicle.plate, FleetVehicle.category, Agreement.label,
            RentalDossier.pec_file_number, RentalDossier.booked_from, RentalDossier.booked_until,
            RentalDossier.booked_days, STATE.label("state"), RentalDossier.vehicle_id,
        ).where(*self._where(query)).order_by(*order).offset(offset).limit(limit)
        with self.database.session() as session:
            return [self._row(r._mapping) for r in session.execute(statement)]

    def _row(self, m: RowMapping) -> dict[str, Any]:
        return {
            "id": m["id"], "version": m["version"], "number": m["number"], "kind_code": m["kind"],
            "kind": KIND_TEXTS[m["kind"]].render(self.translate), "is_pec": bool(m["is_pec"]),
            "customer": m["customer"] or "", "plate": m["plate"] or "", "category": m["category"] or "",
            "agreement": m["label"] or "", "pec_file_number": m["pec_file_number"], "departure": m["booked_from"],
            "return": m["booked_until"], "days": m["booked_days"], "state_code": m["state"],
            "state": STATE_TEXTS[m["state"]].render(self.translate), "vehicle_id": m["vehicle_id"],
        }
