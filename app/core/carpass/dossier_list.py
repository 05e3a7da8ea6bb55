"""The site's repair dossiers as a grid source (Dossiers tab): one SQL query per page."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, UnaryExpression, func, select

from app.core.carpass.carpass_list import text_condition
from app.core.carpass.list_flags import reading_state_column
from app.core.carpass.models import CarpassEntry, Dossier
from app.core.carpass.state_names import shown_state, state_name
from app.core.db.engine import Database
from app.core.grid import GridColumn, GridQuery
from app.core.i18n import Translator, identity_translator, msg
from app.core.platform.scope import UserScope

COLUMNS: tuple[GridColumn, ...] = (
    GridColumn("number", msg("carpass", "Dossier"), align_right=True),
    GridColumn("owner", msg("carpass", "Propriétaire")),
    GridColumn("plate", msg("carpass", "Immatriculation")),
    GridColumn("vin", msg("carpass", "Numéro de châssis")),
    GridColumn("work_started_at", msg("carpass", "Début travaux")),
    GridColumn("invoice_total", msg("carpass", "Total de la facture"), align_right=True),
    GridColumn("carpass", msg("carpass", "Liste Car-Pass")),
)
SORTS = {
    "number": Dossier.number,
    "owner": Dossier.owner,
    "plate": Dossier.plate,
    "vin": Dossier.vin,
    "work_started_at": Dossier.work_started_at,
    "invoice_total": Dossier.invoice_total,
    "carpass": CarpassEntry.status,
}


class DossierListSource:
    """RowSource of the user's site's dossiers, newest number first by default."""

    columns: Sequence[GridColumn] = COLUMNS

    def __init__(self, database: Database, scope: UserScope, translate: Translator = identity_translator):
        self.database = database
        self.scope = scope
        self.translate = translate

    def _where(self, query: GridQuery) -> list[ColumnElement[bool]]:
        conditions = [Dossier.site_id == self.scope.site_id]
        condition = text_condition(query.text, self.database.is_sqlite)
        if condition is not None:
            conditions.append(condition)
        return conditions

    def count(self, query: GridQuery) -> int:
        """Dossiers matching ``query``."""
        with self.database.session() as session:
            return session.scalar(select(func.count()).select_from(Dossier).where(*self._where(query))) or 0

    def fetch(self, query: GridQuery, offset: int, limit: int) -> list[dict[str, Any]]:
        """One page of dossiers with their Car-Pass list status."""
        key = query.sort_key or "number"
        sort = SORTS.get(key, Dossier.number)
        descending = query.descending if query.sort_key else True
        order: list[UnaryExpression[Any]] = [sort.desc() if descending else sort.asc()]
        if sort is not Dossier.number:
            order.append(Dossier.number.desc() if descending else Dossier.number.asc())
        statement = (
            select(Dossier.id, Dossier.version, Dossier.number, Dossier.owner, Dossier.plate, Dossier.vin,
                   Dossier.work_started_at, Dossier.invoice_total, CarpassEntry.status, reading_state_column())
            .select_from(Dossier)
            .outerjoin(CarpassEntry, CarpassEntry.dossier_id == Dossier.id)
            .where(*self._where(query)).order_by(*order).offset(offset).limit(limit)
        )
        with self.database.session() as session:
            return [
                {"dossier_id": r.id, "version": r.version, "number": r.number, "owner": r.owner, "plate": r.plate,
                 "vin": r.vin, "work_started_at": r.work_started_at, "invoice_total": r.invoice_total,
                 "status": r.status,
                 "carpass": state_name(shown_state(r.status, r.reading_state)).render(self.translate)
                 if r.status else ""}
                for r in session.execute(statement)
            ]
