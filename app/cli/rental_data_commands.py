"""``atelier rental customer|vehicles|tariffs|extras|agreements``: the rental's reference data
from a script (assistance companies, fleet, tariffs, extras and agreements are admin-only,
as in the GUI). Every value goes through the core's checks: bad input exits 2 naming the
field, and nothing is written."""

from __future__ import annotations

import argparse
from dataclasses import fields, replace

from app.cli.context import CliContext
from app.cli.groups import command_group, record_number
from app.core.errors import NotFoundError, ValidationError
from app.core.i18n import msg
from app.core.rental.agreements import AgreementData, agreement_info, list_agreements, save_agreement
from app.core.rental.customers import CustomerData, customer_info, save_customer
from app.core.rental.extras import ExtraData, list_extras, save_extra
from app.core.rental.fleet import VehicleData, list_vehicles, save_vehicle
from app.core.rental.invoicing.formatting import format_amount
from app.core.rental.kinds import LINE_PAYERS, PayerRole
from app.core.rental.pricing import TariffRate
from app.core.rental.tariffs import TariffData, list_tariffs, save_tariff

CUSTOMER_OPTIONS = {"name": "name", "first-name": "first_name", "kind": "kind", "street": "street",
                    "postcode": "postcode", "city": "city", "country": "country", "email": "email", "phone": "phone",
                    "vat": "vat_number", "enterprise-number": "enterprise_number", "peppol-id": "peppol_id",
                    "licence": "licence_number"}


def register(commands: argparse._SubParsersAction) -> None:
    """Add the reference-data commands to ``atelier rental``."""
    group = command_group(commands, "rental", "Location")
    customers = command_group(group, "customer", "add or edit a customer, driver or assistance company "
                                                 "('rental customers' lists them)")
    for name, handler in (("add", customer_add_command), ("edit", customer_edit_command)):
        parser = customers.add_parser(name, help=f"{name} a customer (assistance companies: admin)")
        if name == "edit":
            parser.add_argument("id", type=record_number)
        for option in CUSTOMER_OPTIONS:
            parser.add_argument(f"--{option}", required=name == "add" and option == "name")
        parser.add_argument("--assistance", action=argparse.BooleanOptionalAction, default=None)
        parser.add_argument("--active", action=argparse.BooleanOptionalAction, default=None)
        parser.set_defaults(handler=handler)
    vehicles = command_group(group, "vehicles", "replacement cars of your site (admin)")
    for name, handler in (("add", vehicle_add_command), ("edit", vehicle_edit_command)):
        parser = vehicles.add_parser(name, help=f"{name} a car of your site (admin)")
        if name == "edit":
            parser.add_argument("plate")
        for option in ("plate", "category", "tank", "model", "vin", "km", "status"):
            parser.add_argument(f"--{option}" if not (name == "edit" and option == "plate") else "--new-plate",
                                required=name == "add" and option in ("plate", "category", "tank"))
        parser.set_defaults(handler=handler)
    tariffs = command_group(group, "tariffs", "tariffs and their grid (admin)")
    tariffs.add_parser("list", help="tariffs, their grid and extras").set_defaults(handler=tariffs_list_command)
    for name, handler in (("add", tariff_add_command), ("edit", tariff_edit_command)):
        parser = tariffs.add_parser(name, help=f"{name} a tariff (admin); --rate replaces the whole grid")
        parser.add_argument("code")
        parser.add_argument("--name", required=name == "add")
        for option in ("fuel", "refuel", "cleaning", "deposit"):
            parser.add_argument(f"--{option}")
        parser.add_argument("--rate", action="append",
                            help="CATEGORY:DAYS:PRICE:EXTRA_DAY[:KM_PER_DAY[:EXTRA_KM]], "
                                 "e.g. B:5:175,00:35,00:200:0,25")
        parser.add_argument("--default", action=argparse.BooleanOptionalAction, default=None)
        parser.add_argument("--active", action=argparse.BooleanOptionalAction, default=None)
        parser.set_defaults(handler=handler)
    extras = command_group(group, "extras", "the extras catalogue of each tariff (admin)")
    extra = extras.add_parser("add", help="add an extra to a tariff's catalogue (admin)")
    extra.add_argument("--tariff", required=True, help="tariff code")
    extra.add_argument("--code", required=True)
    extra.add_argument("--label", required=True)
    extra.add_argument("--price", required=True, help="excl. VAT")
    extra.add_argument("--per-day", action="store_true", help="priced per rental day (default: per rental)")
    extra.add_argument("--payer", choices=LINE_PAYERS, default=PayerRole.CLIENT, help="who pays it by default")
    extra.set_defaults(handler=extra_add_command)
    agreements = command_group(group, "agreements", "agreements (accords tarifaires, admin)")
    agreements.add_parser("list", help="the company's agreements").set_defaults(handler=agreements_list_command)
    for name, handler in (("add", agreement_add_command), ("edit", agreement_edit_command)):
        parser = agreements.add_parser(name, help=f"{name} an agreement (admin)")
        if name == "edit":
            parser.add_argument("id", type=record_number)
        parser.add_argument("--label", required=name == "add")
        parser.add_argument("--account", type=record_number, required=name == "add",
                            help="customer id of the account")
        parser.add_argument("--tariff", required=name == "add", help="tariff code")
        parser.add_argument("--pec", action=argparse.BooleanOptionalAction, default=None)
        parser.add_argument("--print", dest="print_recipient", choices=("driver", "pec"))
        parser.add_argument("--insurer-pct", help="share the assistance pays, in % (PEC)")
        parser.add_argument("--daily-cap", help="excl. VAT per covered day, or 'none' (PEC)")
        parser.add_argument("--vat-to-client", action=argparse.BooleanOptionalAction, default=None)
        parser.add_argument("--active", action=argparse.BooleanOptionalAction, default=None)
        parser.set_defaults(handler=handler)


def table(ctx: CliContext, rows: list[list[str]]) -> None:
    """Columns padded to their widest cell."""
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        ctx.print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())


def _given(args, mapping: dict[str, str]) -> dict[str, object]:
    return {field: getattr(args, option.replace("-", "_")) for option, field in mapping.items()
            if getattr(args, option.replace("-", "_")) is not None}


def _save_customer(ctx: CliContext, args, base: CustomerData, customer_id: int | None) -> int:
    changes = _given(args, CUSTOMER_OPTIONS)
    if args.assistance is not None:
        changes["is_assistance"] = args.assistance
    if args.active is not None:
        changes["active"] = args.active
    info = save_customer(ctx.database, ctx.scope(), replace(base, **changes), customer_id)
    ctx.print(ctx.text(msg("rental", "Client {id} enregistré : {name}", id=info.id, name=info.display_name)))
    return 0


def customer_add_command(ctx: CliContext, args) -> int:
    """Create a customer."""
    return _save_customer(ctx, args, CustomerData(name=args.name), None)


def customer_edit_command(ctx: CliContext, args) -> int:
    """Change a customer (only the options given)."""
    return _save_customer(ctx, args, customer_info(ctx.database, ctx.scope(), args.id).data, args.id)


def _vehicle_changes(args) -> dict[str, object]:
    return {name: value for name, value in (("category", args.category), ("tank_litres", args.tank),
                                            ("model", args.model), ("vin", args.vin), ("current_km", args.km),
                                            ("status", args.status)) if value is not None}


def vehicle_add_command(ctx: CliContext, args) -> int:
    """Add a car to the admin's site."""
    data = VehicleData(plate=args.plate, category=args.category, tank_litres=args.tank)
    info = save_vehicle(ctx.database, ctx.scope(), replace(data, **_vehicle_changes(args)))
    ctx.print(ctx.text(msg("rental", "Véhicule {plate} enregistré.", plate=info.data.plate)))
    return 0


def vehicle_edit_command(ctx: CliContext, args) -> int:
    """Change a car of the admin's site (found by its plate)."""
    scope = ctx.scope()
    wanted = (args.plate or "").strip().upper().replace(" ", "-")
    found = next((v for v in list_vehicles(ctx.database, scope) if v.data.plate == wanted), None)
    if found is None:
        raise NotFoundError(msg("rental", "Véhicule {plate} introuvable sur ce site.", plate=args.plate))
    changes = _vehicle_changes(args)
    if args.new_plate:
        changes["plate"] = args.new_plate
    info = save_vehicle(ctx.database, scope, replace(found.data, **changes), found.id, found.version)
    ctx.print(ctx.text(msg("rental", "Véhicule {plate} enregistré.", plate=info.data.plate)))
    return 0


def parse_rate(text: str, index: int) -> TariffRate:
    """``B:5:175,00:35,00:200:0,25`` as a grid row (the core checks each number)."""
    parts = [p.strip() for p in text.split(":")]
    if len(parts) not in (4, 5, 6):
        raise ValidationError(
            "--rate", msg("rental", "ligne {row} : CATÉGORIE:JOURS:PRIX:JOUR_SUPP[:KM_JOUR[:PRIX_KM]]", row=index))
    km = parts[4] if len(parts) > 4 and parts[4] else None
    return TariffRate(parts[0], parts[1], parts[2], parts[3], km, parts[5] if len(parts) > 5 else "0")


def _tariff(ctx: CliContext, code: str):
    wanted = (code or "").strip().upper()
    found = next((t for t in list_tariffs(ctx.database, ctx.scope(), include_inactive=True) if t.data.code == wanted),
                 None)
    if found is None:
        raise NotFoundError(msg("rental", "Tarif {code} introuvable.", code=code))
    return found


def _save_tariff(ctx: CliContext, args, base: TariffData, info) -> int:
    changes = {name: value for name, value in (("name", args.name), ("fuel_price_per_litre", args.fuel),
                                               ("refuelling_fee", args.refuel), ("cleaning_fee", args.cleaning),
                                               ("deposit", args.deposit), ("is_default", args.default),
                                               ("active", args.active)) if value is not None}
    if args.rate:
        changes["rates"] = tuple(parse_rate(text, i) for i, text in enumerate(args.rate, start=1))
    saved = save_tariff(ctx.database, ctx.scope(), replace(base, **changes), info.id if info else None,
                        info.version if info else None)
    ctx.print(ctx.text(msg("rental", "Tarif {code} enregistré ({n} ligne(s) de grille).", code=saved.data.code,
                           n=len(saved.data.rates))))
    return 0


def tariff_add_command(ctx: CliContext, args) -> int:
    """Create a tariff with its grid."""
    return _save_tariff(ctx, args, TariffData(code=args.code, name=args.name or ""), None)


def tariff_edit_command(ctx: CliContext, args) -> int:
    """Change a tariff (the grid is replaced only when --rate is given)."""
    info = _tariff(ctx, args.code)
    return _save_tariff(ctx, args, info.data, info)


def tariffs_list_command(ctx: CliContext, _args) -> int:
    """Print the tariffs, their grid and their extras."""
    scope = ctx.scope()
    extras = list_extras(ctx.database, scope)
    for tariff in list_tariffs(ctx.database, scope, include_inactive=True):
        d = tariff.data
        ctx.print(f"{d.code}  {d.name}{'  *' if d.is_default else ''}{'' if d.active else '  (inactif)'}  "
                  f"{ctx.text(msg('rental', 'caution'))} {format_amount(d.deposit)}")
        for r in d.rates:
            km = "∞" if r.km_per_day is None else r.km_per_day
            ctx.print(f"    {r.category} {r.days} j : {format_amount(r.price)} + {format_amount(r.extra_day_price)}/j, "
                      f"{km} km/j, {r.extra_km_price} €/km")
        for e in (x for x in extras if x.data.tariff_id == tariff.id):
            ctx.print(f"    + {e.data.code} {e.data.label} {format_amount(e.data.price)} "
                      f"({e.data.unit}, {e.data.default_payer})")
    return 0


def extra_add_command(ctx: CliContext, args) -> int:
    """Add an extra to a tariff's catalogue."""
    tariff = _tariff(ctx, args.tariff)
    info = save_extra(ctx.database, ctx.scope(), ExtraData(tariff.id, args.code, args.label, args.price,
                                                           "day" if args.per_day else "rental", args.payer))
    ctx.print(ctx.text(msg("rental", "Supplément {code} ajouté au tarif {tariff}.", code=info.data.code,
                           tariff=tariff.data.code)))
    return 0


def agreements_list_command(ctx: CliContext, _args) -> int:
    """Print the agreements with their split rules."""
    rows = [["id", ctx.text(msg("rental", "Intitulé")), ctx.text(msg("rental", "Compte")),
             ctx.text(msg("rental", "Tarif")), "PEC", "%", ctx.text(msg("rental", "Plafond")),
             ctx.text(msg("rental", "TVA client")), ctx.text(msg("rental", "Actif"))]]
    for a in list_agreements(ctx.database, ctx.scope()):
        d = a.data
        rows.append([str(a.id), d.label, a.account_name, a.tariff_name, "x" if d.is_pec else "", str(d.insurer_pct),
                     format_amount(d.daily_cap) if d.daily_cap else "", "x" if d.vat_to_client else "",
                     "x" if d.active else ""])
    table(ctx, rows)
    return 0


def _save_agreement(ctx: CliContext, args, base: AgreementData, agreement_id: int | None, version) -> int:
    changes = {name: value for name, value in (("label", args.label), ("account_id", args.account),
                                               ("is_pec", args.pec), ("print_recipient", args.print_recipient),
                                               ("insurer_pct", args.insurer_pct), ("vat_to_client", args.vat_to_client),
                                               ("active", args.active)) if value is not None}
    if args.tariff is not None:
        changes["tariff_id"] = _tariff(ctx, args.tariff).id
    if args.daily_cap is not None:
        changes["daily_cap"] = None if args.daily_cap.strip().lower() in ("none", "") else args.daily_cap
    info = save_agreement(ctx.database, ctx.scope(), replace(base, **changes), agreement_id, version)
    ctx.print(ctx.text(msg("rental", "Accord {id} enregistré : {label}", id=info.id, label=info.data.label)))
    return 0


def agreement_add_command(ctx: CliContext, args) -> int:
    """Create an agreement."""
    ctx.scope().require_admin()
    base = AgreementData(label=args.label, account_id=args.account, tariff_id=_tariff(ctx, args.tariff).id)
    return _save_agreement(ctx, args, base, None, None)


def agreement_edit_command(ctx: CliContext, args) -> int:
    """Change an agreement (only the options given)."""
    info = agreement_info(ctx.database, ctx.scope(), args.id)
    data = AgreementData(**{f.name: getattr(info.data, f.name) for f in fields(AgreementData)})
    return _save_agreement(ctx, args, data, args.id, info.version)
