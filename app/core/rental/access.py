"""Scoped look-ups: a clerk only ever reaches their site's fleet and dossiers, and their
company's customers, tariffs and agreements."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.core.errors import NotFoundError
from app.core.i18n import msg
from app.core.platform.scope import UserScope
from app.core.rental.models import Agreement, Customer, FleetVehicle, RentalDossier, Tariff


def get_dossier(session: Session, scope: UserScope, dossier_id: int, *, for_update: bool = False) -> RentalDossier:
    """The dossier of the scope's site, or NotFoundError."""
    dossier = session.get(RentalDossier, dossier_id, with_for_update=for_update or None)
    if dossier is None or dossier.site_id != scope.site_id:
        raise NotFoundError(msg("rental", "Dossier de location introuvable."))
    return dossier


def get_vehicle(session: Session, scope: UserScope, vehicle_id: int, *, for_update: bool = False) -> FleetVehicle:
    """The fleet vehicle of the scope's site, or NotFoundError."""
    vehicle = session.get(FleetVehicle, vehicle_id, with_for_update=for_update or None)
    if vehicle is None or vehicle.site_id != scope.site_id:
        raise NotFoundError(msg("rental", "Véhicule de remplacement introuvable."))
    return vehicle


def get_customer(session: Session, scope: UserScope, customer_id: int) -> Customer:
    """The company's customer, or NotFoundError."""
    customer = session.get(Customer, customer_id)
    if customer is None or customer.company_id != scope.company_id:
        raise NotFoundError(msg("rental", "Client introuvable."))
    return customer


def get_tariff(session: Session, scope: UserScope, tariff_id: int) -> Tariff:
    """The company's tariff, or NotFoundError."""
    tariff = session.get(Tariff, tariff_id)
    if tariff is None or tariff.company_id != scope.company_id:
        raise NotFoundError(msg("rental", "Tarif introuvable."))
    return tariff


def get_agreement(session: Session, scope: UserScope, agreement_id: int) -> Agreement:
    """The company's agreement, or NotFoundError."""
    agreement = session.get(Agreement, agreement_id)
    if agreement is None or agreement.company_id != scope.company_id:
        raise NotFoundError(msg("rental", "Accord tarifaire introuvable."))
    return agreement
