"""What the dossier window shows, read in one transaction, and what the clerk may do with it.

The window (``app/ui/rental/dossier_dialog.py``) asks for one :class:`DossierSnapshot` off the
GUI thread and shows it; the rules deciding the allowed actions and the PEC tariff in force
live here, not in the window (docs/decisions/rental-dossier-snapshot.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from app.core.db.engine import Database
from app.core.errors import AtelierError
from app.core.i18n import Message
from app.core.platform.scope import UserScope
from app.core.rental.access import get_dossier
from app.core.rental.agreements import AgreementInfo, agreement_choices_in
from app.core.rental.authorisation import ExtensionInfo, history_in
from app.core.rental.day_count import days_later
from app.core.rental.dossier_data import DossierData, DossierInfo, info_of
from app.core.rental.dossiers import NEXT_KIND
from app.core.rental.kinds import DossierKind
from app.core.rental.models import FleetVehicle
from app.core.rental.pricing import PricingResult, price_dossier
from app.core.rental.pricing_input import load_pricing_input
from app.core.rental.repair import proposed_return
from app.core.rental.settings import grace_minutes
from app.core.rental.vehicle_picker import VehicleChoice, vehicle_choices_in
from app.core.repair_link import RepairSummary, repair_summary


@dataclass(frozen=True)
class DossierActions:
    """What the clerk may do with a dossier in its current state."""

    save: bool                       # change its fields (not once invoiced or cancelled)
    convert_to: DossierKind | None   # quote → reservation → contract
    extend: bool                     # by the assistance or by the client
    cancel: bool                     # a contract whose car left is returned, never cancelled
    invoice: bool                    # issue its invoices (and preview their draft)


NEW_DOSSIER_ACTIONS = DossierActions(save=True, convert_to=None, extend=False, cancel=False, invoice=False)


def dossier_actions(info: DossierInfo | None) -> DossierActions:
    """The actions open on a saved dossier (``None``: a new one, which can only be saved)."""
    if info is None:
        return NEW_DOSSIER_ACTIONS
    editable = not (info.invoiced or info.cancelled)
    contract = info.kind == DossierKind.CONTRACT
    return DossierActions(
        save=editable,
        convert_to=NEXT_KIND.get(info.kind) if editable else None,
        extend=editable and info.kind != DossierKind.QUOTE,
        cancel=editable and not (contract and info.data.actual_departure is not None),
        invoice=contract and editable,
    )


def picker_window(data: DossierData) -> tuple[datetime, datetime]:
    """The period the vehicle picker checks: the planned one, at least a day long."""
    start, end = data.planned_departure, data.planned_return
    return start, end if end > start else days_later(start, 1)


@dataclass(frozen=True)
class DossierSnapshot:
    """One dossier as its window shows it, read in one transaction."""

    info: DossierInfo
    history: tuple[ExtensionInfo, ...]
    repair: RepairSummary | None
    proposed_return: datetime | None     # end of the finished repair, offered as the planned return
    grace_minutes: int
    actions: DossierActions
    price: PricingResult | None
    price_problem: Message | None        # why the saved dossier cannot be priced yet
    vehicles: tuple[VehicleChoice, ...]  # the picker's cars, best first
    agreements: tuple[AgreementInfo, ...]


def load_dossier(database: Database, scope: UserScope, dossier_id: int) -> DossierSnapshot:
    """The dossier ``dossier_id`` of the user's site with everything its window shows."""
    with database.session() as session:
        return snapshot_in(session, scope, dossier_id)


def snapshot_in(session: Session, scope: UserScope, dossier_id: int) -> DossierSnapshot:
    """:func:`load_dossier` within the caller's session."""
    row = get_dossier(session, scope, dossier_id)
    info = info_of(row, scope.site_code)
    data = info.data
    repair = repair_summary(session, scope.site_id, data.repair_dossier_id)
    editable = not (info.invoiced or info.cancelled)
    price: PricingResult | None = None
    problem: Message | None = None
    try:
        price = price_dossier(load_pricing_input(session, scope, dossier_id))
    except AtelierError as exc:  # e.g. a quote without vehicle: the header says why
        problem = exc.message
    category = data.pec_category if data.is_pec else ""
    if not category and data.vehicle_id is not None:
        vehicle = session.get(FleetVehicle, data.vehicle_id)
        category = vehicle.category if vehicle is not None else ""
    start, end = picker_window(data)
    return DossierSnapshot(
        info=info,
        history=tuple(history_in(session, dossier_id)),
        repair=repair,
        proposed_return=proposed_return(info, repair) if editable else None,
        grace_minutes=grace_minutes(session, scope.site_id),
        actions=dossier_actions(info),
        price=price,
        price_problem=problem,
        vehicles=tuple(vehicle_choices_in(session, scope, category, start, end, dossier_id)),
        agreements=tuple(agreement_choices_in(session, scope, pec=data.is_pec, current_id=data.agreement_id)),
    )
