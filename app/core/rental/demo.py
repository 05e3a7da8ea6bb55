"""Demo data of the rental module: assistance companies, agreements, tariffs, fleet and
dossiers on every site, made through the real services. The first car's first contract is
the worked example: a 5-day PEC rental fully covered by the assistance, returned on time with
3/8 of the tank missing, left for the clerk to invoice."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select

from app.core.db.engine import Database
from app.core.errors import ValidationError
from app.core.i18n import msg
from app.core.platform.auth import scope_for
from app.core.platform.models import ROLE_ADMIN, Site, User
from app.core.platform.scope import UserScope
from app.core.progress import Progress
from app.core.rental.agreements import AgreementData, save_agreement
from app.core.rental.customers import CustomerData, save_customer
from app.core.rental.damages import record_damage
from app.core.rental.dossier_data import DossierData, DossierInfo
from app.core.rental.dossiers import create_dossier, update_dossier
from app.core.rental.extras import ExtraData, add_dossier_extra, list_extras, save_extra
from app.core.rental.fleet import VehicleData, save_vehicle
from app.core.rental.kinds import DossierKind
from app.core.rental.models import CUSTOMER_COMPANY
from app.core.rental.pricing import TariffRate
from app.core.rental.tariffs import TariffData, save_tariff
from app.core.timeutil import from_local, local_today, to_local, utcnow

ASSISTANCES = (
    ("Europ Assistance Belgium", "Bruxelles", "pec@europ-assistance.example"),
    ("AXA Assistance", "Bruxelles", "autorisations@axa-assistance.example"),
    ("Touring Assistance", "Bruxelles", "replacement@touring.example"),
)
CATEGORIES = {  # category: (model names, tank litres, PEC price per day, public price per day)
    "A": (("Toyota Aygo X", "Kia Picanto"), Decimal("35.0"), Decimal("29.00"), Decimal("39.00")),
    "B": (("Renault Clio", "Peugeot 208", "VW Polo"), Decimal("42.0"), Decimal("35.00"), Decimal("49.00")),
    "C": (("VW Golf", "Skoda Octavia"), Decimal("50.0"), Decimal("44.00"), Decimal("62.00")),
    "U": (("Renault Kangoo", "Ford Transit Custom"), Decimal("70.0"), Decimal("59.00"), Decimal("79.00")),
}
FIRST_NAMES = ("Marie", "Luc", "Sophie", "Pieter", "Nathalie", "Jan", "Chloé", "Koen", "Julie", "Thomas")
LAST_NAMES = ("Dupont", "Peeters", "Janssens", "Maes", "Lambert", "Dubois", "Claes", "Wouters", "Leclercq", "Goossens")


def belgian_vat(rng: random.Random) -> str:
    """A syntactically valid Belgian VAT number (mod-97 check digits)."""
    base = rng.randint(2_000_000, 9_999_999)
    return f"BE0{base:07d}{97 - base % 97:02d}"


def _grid(per_day_index: int) -> tuple[TariffRate, ...]:
    rates = []
    for category, (_models, _tank, pec_day, public_day) in CATEGORIES.items():
        day = (pec_day, public_day)[per_day_index]
        km = 200 if per_day_index == 0 else 150
        for days, factor in ((1, Decimal("1")), (3, Decimal("2.8")), (5, Decimal("4.5")), (7, Decimal("6"))):
            rates.append(TariffRate(category, days, (day * factor).quantize(Decimal("0.01")),
                                    (day * Decimal("0.9")).quantize(Decimal("0.01")), km, Decimal("0.250")))
    return tuple(rates)


def _admin_scopes(database: Database) -> list[UserScope]:
    with database.session() as session:
        scopes = []
        for site in session.scalars(select(Site).order_by(Site.id)):
            admin = session.scalar(select(User).where(User.site_id == site.id, User.role == ROLE_ADMIN)
                                   .order_by(User.id))
            if admin is not None:
                scopes.append(scope_for(session, admin))
        return scopes


def populate(database: Database, rng: random.Random, scale: int = 1) -> Iterator[Progress]:
    """Create the rental reference data once, then a fleet and dossiers per site."""
    scopes = _admin_scopes(database)
    if not scopes:
        return
    yield Progress(0, 0, msg("rental", "Location : tarifs et accords de démonstration…"))
    first = scopes[0]
    pec_tariff = save_tariff(database, first, TariffData("PEC-NAT", "Assistance – tarif national", _grid(0),
                                                         Decimal("1.950"), Decimal("15.00"), Decimal("35.00"))).id
    public = save_tariff(database, first, TariffData("PUBLIC", "Tarif public", _grid(1), Decimal("2.150"),
                                                     Decimal("20.00"), Decimal("45.00"), is_default=True,
                                                     deposit=Decimal("250.00"))).id
    for tariff, code, label, price, unit, payer in (
            (public, "SIEGE", "Siège enfant", Decimal("5.00"), "day", "client"),
            (public, "COND2", "Conducteur supplémentaire", Decimal("12.50"), "rental", "client"),
            (public, "NETT-INT", "Nettoyage intérieur", Decimal("35.00"), "rental", "client"),
            (pec_tariff, "LIVR", "Livraison et reprise à domicile", Decimal("25.00"), "rental", "pec")):
        save_extra(database, first, ExtraData(tariff, code, label, price, unit, payer))
    agreements = []
    for name, city, email in ASSISTANCES:
        account = save_customer(database, first, CustomerData(name=name, kind=CUSTOMER_COMPANY, is_assistance=True,
                                                              city=city, email=email, vat_number=belgian_vat(rng),
                                                              street="Boulevard du Roi Albert II 1", postcode="1000"))
        agreements.append(save_agreement(database, first, AgreementData(
            f"{name} – national", account.id, pec_tariff, is_pec=True, print_recipient="pec")).id)
    save_agreement(database, first, AgreementData("AXA Assistance – accord 2024", account.id, pec_tariff,
                                                  is_pec=True, active=False))
    for index, scope in enumerate(scopes):
        yield from _populate_site(database, rng, scale, scope, index, agreements, public)


def _populate_site(database: Database, rng: random.Random, scale: int, scope: UserScope, index: int,
                   agreements: list[int], public: int) -> Iterator[Progress]:
    cars = []
    for category, (models, tank, _pec, _public) in CATEGORIES.items():
        for n in range((3 if category == "B" else 2) * scale):
            plate = f"{index + 1}-{category}{chr(65 + n % 26)}{chr(65 + n // 26 % 26)}-{rng.randint(100, 999)}"
            try:
                cars.append(save_vehicle(database, scope, VehicleData(
                    plate, category, tank, model=rng.choice(models), current_km=rng.randint(5_000, 60_000))))
            except ValidationError:
                continue  # plate drawn twice: skip it
    customers = [save_customer(database, scope, CustomerData(
        name=rng.choice(LAST_NAMES), first_name=rng.choice(FIRST_NAMES), licence_number=f"B{rng.randint(10**6, 10**7)}",
        email=f"client{index}{n}@example.be", phone=f"+32 47{rng.randint(1000000, 9999999)}",
        city=("Liège", "Gent")[index % 2])).id for n in range(6 * scale)]
    today = local_today()
    total = len(cars)
    for n, car in enumerate(cars):
        yield Progress(n, total, msg("rental", "Location : dossiers du site {site}…", site=scope.site_code))
        day = today - timedelta(days=rng.randint(8, 12))
        worked_example = n == 0
        while day < today + timedelta(days=21):
            length = 5 if worked_example else rng.choice((2, 3, 4, 5, 5, 7))
            departure = from_local(datetime.combine(day, time(rng.choice((8, 9, 10, 14)))))
            back = departure + timedelta(days=length)
            pec = worked_example or rng.random() < 0.7
            covered = length if worked_example else max(1, length - rng.choice((0, 0, 0, 0, 1, 2)))
            data = DossierData(planned_departure=departure, planned_return=back, vehicle_id=car.id,
                               customer_id=rng.choice(customers), is_pec=pec,
                               agreement_id=rng.choice(agreements) if pec else None,
                               pec_file_number=f"AS-{rng.randint(100000, 999999)}" if pec else "",
                               pec_category=car.data.category if pec else "", pec_days=covered if pec else None)
            started = departure <= utcnow()
            kind = DossierKind.CONTRACT if started else rng.choice((DossierKind.RESERVATION, DossierKind.RESERVATION,
                                                                  DossierKind.QUOTE))
            info = create_dossier(database, scope, data, kind)
            if started:
                km_out = car.data.current_km + 1
                _depart_and_return(database, scope, info, car.id, km_out, rng, worked_example,
                                   to_local(back).date() < today)
                car = replace(car, data=replace(car.data, current_km=km_out + 600))
            worked_example = False
            day = to_local(back).date() + timedelta(days=rng.randint(1, 3))
    yield Progress(total, total, msg("rental", "Location : dossiers du site {site}…", site=scope.site_code))


def _depart_and_return(database: Database, scope: UserScope, info: DossierInfo, vehicle_id: int, km_out: int,
                       rng: random.Random, worked_example: bool, returned: bool) -> None:
    """Record the departure (and the return when past); the worked example comes back on
    time with 3/8 of the tank missing."""
    data = replace(info.data, actual_departure=info.data.planned_departure, km_out=km_out, fuel_out=8,
                   damage_out="rayure pare-chocs arrière" if rng.random() < 0.2 else "")
    if returned:
        data = replace(data, actual_return=data.planned_return, km_in=km_out + rng.randint(150, 600),
                       fuel_in=5 if worked_example else rng.choice((8, 8, 8, 7, 6)))
    info = update_dossier(database, scope, info.id, info.version, data)
    if data.damage_out:
        record_damage(database, scope, vehicle_id, data.damage_out, zone="pare-chocs arrière",
                      stage="departure", dossier_id=info.id)
    if not worked_example and info.data.client_tariff_id is not None and rng.random() < 0.25:
        offered = list_extras(database, scope, [info.data.client_tariff_id], include_inactive=False)
        if offered:
            add_dossier_extra(database, scope, info.id, rng.choice(offered).id)
    if returned and not worked_example and rng.random() < 0.6:
        # Most past contracts are already invoiced; the worked example is left for the clerk.
        from app.core.rental.invoicing.invoicing import invoice_dossier

        invoice_dossier(database, scope, info.id)
