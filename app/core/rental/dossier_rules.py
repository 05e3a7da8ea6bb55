"""Validation of a dossier before it is saved: every bad field named, nothing half-saved."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal
from typing import TypeVar

from sqlalchemy.orm import Session

from app.core.errors import AtelierError, FieldErrors, NotFoundError, ValidationError, ValidationErrors
from app.core.i18n import Message, msg
from app.core.platform.scope import UserScope
from app.core.rental import fields as f
from app.core.rental.access import get_agreement, get_customer, get_tariff, get_vehicle
from app.core.rental.customers import EMAIL
from app.core.rental.dossier_data import DossierData
from app.core.rental.kinds import DossierKind
from app.core.rental.models import CUSTOMER_INDIVIDUAL, VEHICLE_OUT_OF_SERVICE, FleetVehicle, RentalDossier
from app.core.rental.tariffs import default_tariff_id, effective_pec_tariff
from app.core.repair_link import repair_summary
from app.core.timeutil import format_local, utcnow

_T = TypeVar("_T")

LABELS = {
    "planned_departure": msg("rental", "Départ prévu"),
    "planned_return": msg("rental", "Retour prévu"),
    "actual_departure": msg("rental", "Départ réel"),
    "actual_return": msg("rental", "Retour réel"),
    "vehicle_id": msg("rental", "Véhicule"),
    "customer_id": msg("rental", "Client"),
    "driver_id": msg("rental", "Conducteur"),
    "agreement_id": msg("rental", "PEC Accord National"),
    "pec_file_number": msg("rental", "Accord (n° de dossier d'assistance)"),
    "pec_category": msg("rental", "PEC Catégorie"),
    "pec_days": msg("rental", "PEC Durée"),
    "pec_extra_km": msg("rental", "PEC Km Supp"),
    "pec_tariff_id": msg("rental", "Tarif de base"),
    "pec_tariff_category": msg("rental", "Catégorie tarif"),
    "pec_tariff_days": msg("rental", "Durée tarif"),
    "pec_base_days": msg("rental", "Jours Base"),
    "pec_discount_pct": msg("rental", "Remise PEC"),
    "client_tariff_id": msg("rental", "Tarif client"),
    "client_discount_pct": msg("rental", "Remise client"),
    "km_out": msg("rental", "Kilométrage départ"),
    "km_in": msg("rental", "Kilométrage retour"),
    "fuel_out": msg("rental", "Carburant départ (huitièmes)"),
    "fuel_in": msg("rental", "Carburant retour (huitièmes)"),
    "damage_amount": msg("rental", "Montant des dommages"),
    "pec_authorisation_number": msg("rental", "N° d'autorisation"),
    "pec_contact": msg("rental", "Contact à l'assistance"),
    "pec_contact_phone": msg("rental", "Téléphone du contact"),
    "pec_contact_email": msg("rental", "E-mail du contact"),
    "pec_daily_cap": msg("rental", "Plafond journalier"),
    "deposit_amount": msg("rental", "Caution"),
    "repair_dossier_id": msg("rental", "Dossier de réparation"),
}


def error(field: str, reason: Message) -> ValidationError:
    """A ValidationError on a dossier field with its screen label."""
    return ValidationError(field, reason, field_label=LABELS.get(field))


def refuse_if_invoiced(dossier: RentalDossier) -> None:
    """An invoiced dossier is frozen: every change is refused."""
    if dossier.invoiced:
        raise AtelierError(msg("rental", "Le dossier {number} est facturé : il ne peut plus être modifié. Annulez "
                                         "d'abord la facture par une note de crédit.", number=dossier.number))


class _Collector(FieldErrors):
    """FieldErrors with a shorthand for a refusal found by hand."""

    def add(self, field: str, reason: Message) -> None:
        """Keep a refusal of ``field``."""
        self.errors.append(error(field, reason))


def _owned(session: Session, scope: UserScope, getter: Callable[[Session, UserScope, int], _T], value: int | None,
           field: str) -> _T | None:
    if value is None:
        return None
    try:
        return getter(session, scope, value)
    except NotFoundError as exc:
        raise error(field, exc.message) from None


MAX_RENTAL_DAYS = 366  # a replacement car for a year at most; beyond, a typing slip (year 9999)
MAX_KM = 1_000_000


def within_rental_span(start: datetime, end: datetime) -> bool:
    """True when ``end`` is at most ``MAX_RENTAL_DAYS`` days after ``start``."""
    return end - start <= timedelta(days=MAX_RENTAL_DAYS)


def span_refusal() -> Message:
    """Why a return too far after the departure is refused."""
    return msg("rental", "une location dure au plus {n} jours", n=MAX_RENTAL_DAYS)


def validate_dossier(session: Session, scope: UserScope, data: DossierData, kind: str,
                     existing: RentalDossier | None = None) -> tuple[DossierData, FleetVehicle | None]:
    """Check ``data`` for a dossier of ``kind``; return cleaned data (defaults filled) and its vehicle."""
    c = _Collector()
    if data.planned_return <= data.planned_departure:
        c.add("planned_return", msg("rental", "le retour prévu doit suivre le départ prévu"))
    elif not within_rental_span(data.planned_departure, data.planned_return):
        c.add("planned_return", span_refusal())
    if data.actual_return is not None and data.actual_departure is not None \
            and not within_rental_span(data.actual_departure, data.actual_return):
        c.add("actual_return", span_refusal())
    if data.actual_return is not None and data.actual_departure is None:
        c.add("actual_departure", msg("rental", "obligatoire quand le retour réel est saisi"))
    if data.actual_return is not None and data.actual_departure is not None \
            and data.actual_return <= data.actual_departure:
        c.add("actual_return", msg("rental", "le retour réel doit suivre le départ réel"))
    _check_not_future(c, data)
    vehicle = c.run(_owned, session, scope, get_vehicle, data.vehicle_id, "vehicle_id")
    if vehicle is None and data.vehicle_id is None and kind != DossierKind.QUOTE:
        c.add("vehicle_id", msg("rental", "obligatoire pour une réservation ou un contrat"))
    if vehicle is not None and vehicle.status == VEHICLE_OUT_OF_SERVICE \
            and (existing is None or existing.vehicle_id != vehicle.id):
        c.add("vehicle_id", msg("rental", "le véhicule {plate} est hors service", plate=vehicle.plate))
    _check_readings(c, data, vehicle, existing)
    customer = c.run(_owned, session, scope, get_customer, data.customer_id, "customer_id")
    driver = c.run(_owned, session, scope, get_customer, data.driver_id, "driver_id")
    c.run(_owned, session, scope, get_customer, data.second_driver_id, "driver_id")
    if data.customer_id is None and kind != DossierKind.QUOTE:
        c.add("customer_id", msg("rental", "obligatoire pour une réservation ou un contrat"))
    if kind == DossierKind.CONTRACT:
        main_driver = driver or (customer if customer is not None and customer.kind == CUSTOMER_INDIVIDUAL else None)
        if main_driver is None:
            c.add("driver_id", msg("rental", "un contrat demande un conducteur"))
        elif not main_driver.licence_number:
            c.add("driver_id", msg("rental", "le conducteur {name} n'a pas de numéro de permis", name=main_driver.name))
    for name in ("pec_discount_pct", "client_discount_pct"):
        c.run(f.decimal, name, LABELS[name], getattr(data, name), maximum=Decimal(100))
    if data.damage_amount is not None:
        c.run(f.decimal, "damage_amount", LABELS["damage_amount"], data.damage_amount)
    relinked = existing is None or existing.repair_dossier_id != data.repair_dossier_id
    if data.repair_dossier_id is not None and relinked and \
            repair_summary(session, scope.site_id, data.repair_dossier_id) is None:
        c.add("repair_dossier_id", msg("rental", "dossier de réparation introuvable sur ce site"))
    if data.deposit_amount is not None:
        c.run(f.decimal, "deposit_amount", LABELS["deposit_amount"], data.deposit_amount, maximum=Decimal(100_000))
    client_tariff_id = data.client_tariff_id
    if client_tariff_id is None and not data.is_pec and data.agreement_id is not None:
        account = c.run(_owned, session, scope, get_agreement, data.agreement_id, "agreement_id")
        client_tariff_id = account.tariff_id if account is not None else None  # the account's negotiated tariff
    if client_tariff_id is None:
        client_tariff_id = default_tariff_id(session, scope)
    client_tariff = c.run(_owned, session, scope, get_tariff, client_tariff_id, "client_tariff_id")
    if data.deposit_amount is None and kind != DossierKind.QUOTE and client_tariff is not None \
            and client_tariff.deposit:
        data = replace(data, deposit_amount=client_tariff.deposit)  # the tariff's deposit, unless one was typed
    data = replace(data, client_tariff_id=client_tariff_id, pec_file_number=(data.pec_file_number or "").strip(),
                   pec_category=(data.pec_category or "").strip().upper(),
                   pec_tariff_category=(data.pec_tariff_category or "").strip().upper())
    if data.is_pec:
        data = _check_pec(c, session, scope, data, vehicle, existing)
    elif data.agreement_id is not None:
        agreement = c.run(_owned, session, scope, get_agreement, data.agreement_id, "agreement_id")
        if agreement is not None and not agreement.active and (existing is None
                                                                or existing.agreement_id != agreement.id):
            c.add("agreement_id", msg("rental", "l'accord {label} n'est plus actif", label=agreement.label))
    if c.errors:
        raise c.errors[0] if len(c.errors) == 1 else ValidationErrors(c.errors)
    return data, vehicle


def _check_not_future(c: _Collector, data: DossierData) -> None:
    """A departure or a return is recorded once it happened: never later than now."""
    now = utcnow()
    for name in ("actual_departure", "actual_return"):
        value = getattr(data, name)
        if value is not None and value > now:
            c.add(name, msg("rental", "ne peut pas être dans le futur ({when}) : saisissez-le quand le véhicule "
                                      "part ou rentre", when=format_local(value)))


def _check_readings(c: _Collector, data: DossierData, vehicle: FleetVehicle | None,
                    existing: RentalDossier | None) -> None:
    for name in ("fuel_out", "fuel_in"):
        value = getattr(data, name)
        if value is not None and not 0 <= value <= 8:
            c.add(name, msg("rental", "entre 0 et 8 huitièmes"))
    if data.km_out is not None and data.km_out < 0:
        c.add("km_out", msg("rental", "ne peut pas être négatif"))
    if data.km_in is not None and data.km_out is None:
        c.add("km_out", msg("rental", "obligatoire quand le kilométrage retour est saisi"))
    if data.km_in is not None and data.km_out is not None and data.km_in < data.km_out:
        c.add("km_in", msg("rental", "le compteur ne peut pas baisser : {km_in} km au retour pour {km_out} km au "
                                     "départ", km_in=data.km_in, km_out=data.km_out))
    changed = existing is None or existing.km_out != data.km_out or existing.vehicle_id != data.vehicle_id
    if vehicle is not None and data.km_out is not None and changed and data.km_out < vehicle.current_km:
        c.add("km_out", msg("rental", "le compteur ne peut pas baisser : le véhicule {plate} affiche déjà {km} km",
                            plate=vehicle.plate, km=vehicle.current_km))


def _check_pec(c: _Collector, session: Session, scope: UserScope, data: DossierData, vehicle: FleetVehicle | None,
               existing: RentalDossier | None) -> DossierData:
    agreement = None
    if data.agreement_id is None:
        c.add("agreement_id", msg("rental", "obligatoire pour une prise en charge"))
    else:
        agreement = c.run(_owned, session, scope, get_agreement, data.agreement_id, "agreement_id")
    kept = existing is not None and existing.agreement_id == data.agreement_id
    if agreement is not None and not agreement.is_pec:
        c.add("agreement_id", msg("rental", "l'accord {label} n'est pas un accord de prise en charge",
                                  label=agreement.label))
    if agreement is not None and not agreement.active and not kept:
        c.add("agreement_id", msg("rental", "l'accord {label} n'est plus actif", label=agreement.label))
    if not data.pec_file_number:
        c.add("pec_file_number", msg("rental", "obligatoire pour une prise en charge"))
    elif len(data.pec_file_number) > 40:
        c.add("pec_file_number", msg("validation", "{n} caractères au plus", n=40))
    if data.pec_days is None or data.pec_days < 1:
        c.add("pec_days", msg("rental", "au moins 1 jour"))
    elif data.pec_days > MAX_RENTAL_DAYS:
        c.add("pec_days", msg("validation", "au plus {max}", max=MAX_RENTAL_DAYS))
    if data.pec_extra_km is None or data.pec_extra_km < 0:
        c.add("pec_extra_km", msg("rental", "ne peut pas être négatif"))
    if data.pec_base_days is not None and data.pec_base_days < 1:
        c.add("pec_base_days", msg("rental", "au moins 1 jour (vide = jours couverts)"))
    if (data.pec_extra_km or 0) > MAX_KM:
        c.add("pec_extra_km", msg("validation", "au plus {max}", max=MAX_KM))
    for name in ("pec_base_days", "pec_tariff_days"):
        if (getattr(data, name) or 0) > MAX_RENTAL_DAYS:
            c.add(name, msg("validation", "au plus {max}", max=MAX_RENTAL_DAYS))
    for name, limit in (("pec_authorisation_number", 40), ("pec_contact", 120), ("pec_contact_phone", 40),
                        ("pec_contact_email", 120)):
        c.run(f.text, name, LABELS[name], getattr(data, name), limit)
    email = (data.pec_contact_email or "").strip()
    if email and not EMAIL.match(email):
        c.add("pec_contact_email", msg("rental", "adresse e-mail invalide"))
    if data.pec_daily_cap is not None:
        c.run(f.decimal, "pec_daily_cap", LABELS["pec_daily_cap"], data.pec_daily_cap, minimum=Decimal("0.01"),
              maximum=Decimal(10_000))
    if data.pec_tariff_days is not None and data.pec_tariff_days < 1:
        c.add("pec_tariff_days", msg("rental", "au moins 1 jour (vide = automatique)"))
    pec_tariff_id = effective_pec_tariff(data.pec_tariff_id, agreement.tariff_id if agreement is not None else None)
    c.run(_owned, session, scope, get_tariff, pec_tariff_id, "pec_tariff_id")
    category = data.pec_category or (vehicle.category if vehicle is not None else "")
    if not category:
        c.add("pec_category", msg("rental", "obligatoire pour une prise en charge"))
    return replace(data, pec_tariff_id=pec_tariff_id, pec_category=category,
                   pec_authorisation_number=(data.pec_authorisation_number or "").strip(),
                   pec_contact=(data.pec_contact or "").strip(),
                   pec_contact_phone=(data.pec_contact_phone or "").strip(), pec_contact_email=email)
