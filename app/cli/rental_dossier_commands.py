"""``atelier rental dossiers create|edit|show``, ``depart``, ``return``, ``extra``,
``link-repair``, ``damage`` and ``today``: a rental driven from a script or an import —
quote, reservation or contract with its PEC data, departure and return with date, km,
fuel eighths and damage (photos included). Bad input exits 2 naming the option or field;
nothing is written then (photos and damage text are checked before the return is saved)."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from app.cli.context import CliContext
from app.cli.groups import MAX_RECORD_NUMBER, command_group, record_number
from app.cli.rental_commands import parse_local
from app.cli.rental_data_commands import table
from app.core.errors import ValidationError
from app.core.grid import GridQuery
from app.core.i18n import msg
from app.core.rental import fields as f
from app.core.rental.damage_list import DamageListSource
from app.core.rental.damages import PhotoFile, check_damage, mark_repaired, record_damage
from app.core.rental.dossier_data import DossierData
from app.core.rental.dossier_rules import MAX_KM, MAX_RENTAL_DAYS
from app.core.rental.dossiers import create_dossier, find_by_number, update_dossier
from app.core.rental.extras import add_dossier_extra, dossier_extras, list_extras, remove_dossier_extra
from app.core.rental.fleet import list_vehicles
from app.core.rental.kinds import DOSSIER_KINDS, LINE_PAYERS, DossierKind
from app.core.rental.repair import link_repair, repair_by_number, repair_of_dossier
from app.core.rental.tariffs import list_tariffs
from app.core.rental.today import TodaySource
from app.core.timeutil import format_local

INTEGERS = {"customer": "customer_id", "driver": "driver_id", "second-driver": "second_driver_id",
            "agreement": "agreement_id", "pec-days": "pec_days", "pec-extra-km": "pec_extra_km",
            "pec-tariff-days": "pec_tariff_days", "base-days": "pec_base_days"}
INTEGER_MAXIMA = {"customer": MAX_RECORD_NUMBER, "driver": MAX_RECORD_NUMBER, "second-driver": MAX_RECORD_NUMBER,
                  "agreement": MAX_RECORD_NUMBER, "pec-days": MAX_RENTAL_DAYS, "pec-extra-km": MAX_KM,
                  "pec-tariff-days": MAX_RENTAL_DAYS, "base-days": MAX_RENTAL_DAYS}
DECIMALS = {"pec-discount": "pec_discount_pct", "client-discount": "client_discount_pct",
            "daily-cap": "pec_daily_cap", "deposit": "deposit_amount"}
TEXTS = {"file-number": "pec_file_number", "pec-category": "pec_category", "pec-tariff-category": "pec_tariff_category",
         "authorisation": "pec_authorisation_number", "contact": "pec_contact", "contact-phone": "pec_contact_phone",
         "contact-email": "pec_contact_email", "notes": "notes"}


def _dossier_options(parser: argparse.ArgumentParser, creating: bool) -> None:
    parser.add_argument("--departure", required=creating, help="planned departure 'dd-mm-yyyy HH:MM'")
    parser.add_argument("--return", dest="return_at", help="planned return (default: departure + PEC days, or 1 day)")
    parser.add_argument("--vehicle", help="plate of a car of your site")
    for option in (*INTEGERS, *DECIMALS, *TEXTS):
        parser.add_argument(f"--{option}")
    parser.add_argument("--pec", action=argparse.BooleanOptionalAction, default=None, help="prise en charge")
    parser.add_argument("--pec-fuel", action=argparse.BooleanOptionalAction, default=None, help="fuel covered")
    parser.add_argument("--pec-tariff", help="tariff code (default: the agreement's)")
    parser.add_argument("--client-tariff", help="tariff code (default: the company's default tariff)")
    parser.add_argument("--repair", help="repair dossier number the car replaces, or 'none'")


def _moves(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("number", type=record_number)
    parser.add_argument("--at", required=True, help="'dd-mm-yyyy HH:MM' (not in the future)")
    parser.add_argument("--km", required=True)
    parser.add_argument("--fuel", required=True, help="eighths of the tank, 0 to 8")
    parser.add_argument("--damage", help="damage found (noted on the car's history)")
    parser.add_argument("--zone", default="", help="where on the car")
    parser.add_argument("--photo", action="append", type=Path, help="photo of the damage; repeatable")


def register(commands: argparse._SubParsersAction) -> None:
    """Add the dossier commands to ``atelier rental``."""
    group = command_group(commands, "rental", "Location")
    dossiers = command_group(group, "dossiers", "dossiers of your site")
    create = dossiers.add_parser("create", help="a quote, reservation or contract (with PEC data)")
    create.add_argument("--kind", choices=DOSSIER_KINDS, default=DossierKind.QUOTE)
    _dossier_options(create, creating=True)
    create.set_defaults(handler=create_command)
    edit = dossiers.add_parser("edit", help="change a dossier (only the options given)")
    edit.add_argument("number", type=record_number)
    _dossier_options(edit, creating=False)
    edit.set_defaults(handler=edit_command)
    show = dossiers.add_parser("show", help="a dossier's data, authorisation and repair")
    show.add_argument("number", type=record_number)
    show.set_defaults(handler=show_command)
    depart = group.add_parser("depart", help="the car leaves: date, odometer, fuel (and damage seen)")
    _moves(depart)
    depart.set_defaults(handler=depart_command)
    back = group.add_parser("return", help="the car is back: date, odometer, fuel, damage and its photos")
    _moves(back)
    back.add_argument("--damage-amount", help="damage invoiced to the client, excl. VAT")
    back.add_argument("--cleaning", action="store_true", help="cleaning to invoice")
    back.set_defaults(handler=return_command)
    extra = group.add_parser("extra", help="extras of a dossier (catalogue of its tariffs)")
    extra.add_argument("number", type=record_number)
    action = extra.add_mutually_exclusive_group(required=True)
    action.add_argument("--add", metavar="CODE")
    action.add_argument("--remove", metavar="ID", type=record_number)
    action.add_argument("--list", action="store_true")
    extra.add_argument("--quantity", default="1")
    extra.add_argument("--payer", choices=LINE_PAYERS)
    extra.set_defaults(handler=extra_command)
    link = group.add_parser("link-repair", help="link the rental to its repair dossier ('none' unlinks)")
    link.add_argument("number", type=record_number)
    link.add_argument("repair")
    link.set_defaults(handler=link_command)
    damage = command_group(group, "damage", "damages of the fleet")
    listing = damage.add_parser("list", help="open damages (--all: the whole history)")
    listing.add_argument("--plate", default="")
    listing.add_argument("--all", action="store_true")
    listing.set_defaults(handler=damage_list_command)
    repaired = damage.add_parser("repaired", help="mark a damage repaired")
    repaired.add_argument("id", type=record_number)
    repaired.set_defaults(handler=damage_repaired_command)
    group.add_parser("today", help="what needs doing today").set_defaults(handler=today_command)


def _label(option: str):
    """How an option is named in a refusal: ``option --pec-days``."""
    return msg("rental", "option {option}", option=option)


def _vehicle_id(ctx: CliContext, plate: str) -> int:
    wanted = (plate or "").strip().upper().replace(" ", "-")
    found = next((v for v in list_vehicles(ctx.database, ctx.scope()) if v.data.plate == wanted), None)
    if found is None:
        raise ValidationError("--vehicle", msg("rental", "aucun véhicule {plate} sur ce site", plate=plate))
    return found.id


def _tariff_id(ctx: CliContext, code: str, option: str) -> int:
    wanted = (code or "").strip().upper()
    found = next((t for t in list_tariffs(ctx.database, ctx.scope(), include_inactive=True) if t.data.code == wanted),
                 None)
    if found is None:
        raise ValidationError(option, msg("rental", "aucun tarif {code}", code=code))
    return found.id


def _changes(ctx: CliContext, args) -> dict[str, object]:
    """The DossierData fields the options give, each read and checked (exit 2 naming it)."""
    changes: dict[str, object] = {}
    for option, field in INTEGERS.items():
        value = getattr(args, option.replace("-", "_"))
        if value is not None:
            changes[field] = f.integer(f"--{option}", _label(f"--{option}"), value,
                                       minimum=0 if option == "pec-extra-km" else 1, maximum=INTEGER_MAXIMA[option])
    for option, field in DECIMALS.items():
        value = getattr(args, option.replace("-", "_"))
        if value is not None:
            changes[field] = None if value.strip().lower() == "none" else \
                f.decimal(f"--{option}", _label(f"--{option}"), value)
    for option, field in TEXTS.items():
        value = getattr(args, option.replace("-", "_"))
        if value is not None:
            changes[field] = value
    if args.departure is not None:
        changes["planned_departure"] = parse_local(args.departure, "--departure")
    if args.return_at is not None:
        changes["planned_return"] = parse_local(args.return_at, "--return")
    if args.vehicle is not None:
        changes["vehicle_id"] = None if args.vehicle.lower() == "none" else _vehicle_id(ctx, args.vehicle)
    if args.pec is not None:
        changes["is_pec"] = args.pec
    if args.pec_fuel is not None:
        changes["pec_fuel_covered"] = args.pec_fuel
    if args.pec_tariff is not None:
        changes["pec_tariff_id"] = _tariff_id(ctx, args.pec_tariff, "--pec-tariff")
    if args.client_tariff is not None:
        changes["client_tariff_id"] = _tariff_id(ctx, args.client_tariff, "--client-tariff")
    if args.repair is not None:
        repair = None if args.repair.lower() == "none" else f.integer(
            "--repair", _label("--repair"), args.repair, minimum=-MAX_RECORD_NUMBER, maximum=MAX_RECORD_NUMBER)
        changes["repair_dossier_id"] = None if repair is None else repair_by_number(ctx.database, ctx.scope(),
                                                                                    repair).id
    return changes


def _print_saved(ctx: CliContext, info) -> None:
    ctx.print(ctx.text(msg("rental", "Dossier {number} ({kind}) enregistré : {start} → {end}", number=info.number,
                           kind=info.kind, start=format_local(info.data.planned_departure),
                           end=format_local(info.data.planned_return))))


def create_command(ctx: CliContext, args) -> int:
    """Create a quote, reservation or contract; the return defaults from the PEC duration."""
    changes = _changes(ctx, args)
    start = changes["planned_departure"]
    if "planned_return" not in changes:
        from app.core.rental.day_count import days_later

        changes["planned_return"] = days_later(start, changes.get("pec_days") or 1)
    data = DossierData(**changes)
    _print_saved(ctx, create_dossier(ctx.database, ctx.scope(), data, args.kind))
    return 0


def edit_command(ctx: CliContext, args) -> int:
    """Change the options given, keep the rest."""
    info = find_by_number(ctx.database, ctx.scope(), args.number)
    _print_saved(ctx, update_dossier(ctx.database, ctx.scope(), info.id, info.version,
                                     replace(info.data, **_changes(ctx, args))))
    return 0


def show_command(ctx: CliContext, args) -> int:
    """Print the dossier, its coverage and its repair."""
    scope = ctx.scope()
    info = find_by_number(ctx.database, scope, args.number)
    d = info.data
    ctx.print(ctx.text(msg("rental", "Dossier {reference} ({kind}){state}", reference=info.reference, kind=info.kind,
                           state=" — facturé" if info.invoiced else " — annulé" if info.cancelled else "")))
    for key, value in (("planned", f"{format_local(d.planned_departure)} → {format_local(d.planned_return)}"),
                       ("actual", f"{format_local(d.actual_departure) if d.actual_departure else '-'} → "
                                  f"{format_local(d.actual_return) if d.actual_return else '-'}"),
                       ("km", f"{d.km_out} → {d.km_in}"), ("fuel", f"{d.fuel_out} → {d.fuel_in}"),
                       ("pec", f"{d.pec_file_number} {d.pec_authorisation_number} days {d.pec_days} covered "
                               f"{info.covered_days} client {info.client_days_agreed}" if d.is_pec else "-"),
                       ("deposit", d.deposit_amount)):
        ctx.print(f"  {key:<8} {value}")
    repair = repair_of_dossier(ctx.database, scope, info.id)
    if repair is not None:
        ctx.print(f"  repair   {repair.number} {repair.plate} "
                  f"{format_local(repair.work_finished_at) if repair.work_finished_at else '-'}")
    return 0


def _photos(paths: list[Path] | None) -> list[PhotoFile]:
    photos = []
    for path in paths or []:
        try:
            photos.append(PhotoFile(path.name, path.read_bytes()))
        except OSError:
            raise ValidationError("--photo", msg("rental", "fichier illisible : {path}", path=str(path))) from None
    return photos


def _move(ctx: CliContext, args, stage: str, **fields) -> int:
    """Save the departure or return readings; then note the damage (checked beforehand)."""
    scope = ctx.scope()
    info = find_by_number(ctx.database, scope, args.number)
    photos = _photos(args.photo)
    if photos and not args.damage:
        raise ValidationError("--damage", msg("rental", "obligatoire avec --photo : ce que montrent les photos"))
    if args.damage:
        check_damage(args.damage, args.zone, stage, photos)
    info = update_dossier(ctx.database, scope, info.id, info.version, replace(info.data, **fields))
    if args.damage:
        record_damage(ctx.database, scope, info.data.vehicle_id, args.damage, zone=args.zone, stage=stage,
                      dossier_id=info.id, photos=photos)
    ctx.print(ctx.text(msg("rental", "Dossier {number} : {what} le {when}, {km} km, carburant {fuel}/8.",
                           number=info.number, what=msg("rental", "départ") if stage == "departure" else
                           msg("rental", "retour"), when=format_local(parse_local(args.at, "--at")),
                           km=args.km, fuel=args.fuel)))
    return 0


def _readings(args) -> tuple[object, int, int]:
    return (parse_local(args.at, "--at"), f.integer("--km", _label("--km"), args.km, maximum=2_000_000),
            f.integer("--fuel", _label("--fuel"), args.fuel, maximum=8))


def depart_command(ctx: CliContext, args) -> int:
    """The car leaves."""
    at, km, fuel = _readings(args)
    return _move(ctx, args, "departure", actual_departure=at, km_out=km, fuel_out=fuel)


def return_command(ctx: CliContext, args) -> int:
    """The car is back."""
    at, km, fuel = _readings(args)
    fields: dict[str, object] = {"actual_return": at, "km_in": km, "fuel_in": fuel}
    if args.damage_amount is not None:
        fields["damage_amount"] = f.decimal("--damage-amount", _label("--damage-amount"), args.damage_amount)
        fields["damage_in"] = args.damage or ""
    if args.cleaning:
        fields["cleaning_required"] = True
    return _move(ctx, args, "return", **fields)


def extra_command(ctx: CliContext, args) -> int:
    """Add, remove or list a dossier's extras."""
    scope = ctx.scope()
    info = find_by_number(ctx.database, scope, args.number)
    if args.add:
        tariffs = [info.data.client_tariff_id, info.data.pec_tariff_id]
        wanted = args.add.strip().upper()
        extra = next((e for e in list_extras(ctx.database, scope, tariffs, include_inactive=False)
                      if e.data.code == wanted), None)
        if extra is None:
            raise ValidationError("--add", msg("rental", "aucun supplément {code} au catalogue des tarifs du dossier",
                                               code=args.add))
        add_dossier_extra(ctx.database, scope, info.id, extra.id, args.quantity, args.payer)
    elif args.remove is not None:
        remove_dossier_extra(ctx.database, scope, info.id, args.remove)
    rows = [["id", "code", ctx.text(msg("rental", "Supplément")), ctx.text(msg("rental", "Quantité")),
             ctx.text(msg("rental", "Payé par"))]]
    rows += [[str(e.id), e.code, e.label, str(e.quantity), e.payer]
             for e in dossier_extras(ctx.database, scope, info.id)]
    table(ctx, rows)
    return 0


def link_command(ctx: CliContext, args) -> int:
    """Link the rental to its repair dossier, or unlink it."""
    scope = ctx.scope()
    info = find_by_number(ctx.database, scope, args.number)
    number = None if args.repair.strip().lower() == "none" else f.integer("repair", msg("rental", "Réparation"),
                                                                           args.repair, minimum=None)
    info = link_repair(ctx.database, scope, info.id, info.version, number)
    repair = repair_of_dossier(ctx.database, scope, info.id)
    ctx.print(ctx.text(msg("rental", "Dossier {number} lié à la réparation {repair}.", number=info.number,
                           repair=repair.number)) if repair else
              ctx.text(msg("rental", "Dossier {number} sans réparation liée.", number=info.number)))
    return 0


def damage_list_command(ctx: CliContext, args) -> int:
    """Print the site's damages."""
    source = DamageListSource(ctx.database, ctx.scope(), ctx.translate)
    rows = source.fetch(GridQuery(text=args.plate, filters={"open_only": not args.all}), 0, 10_000)
    lines = [["id"] + [ctx.text(c.title) for c in source.columns]]
    lines += [[str(r["id"]), format_local(r["recorded_at"]), r["plate"], r["stage"], r["zone"], r["description"],
               r["dossier"], str(r["photos"]), r["recorded_by"],
               format_local(r["repaired_at"]) if r["repaired_at"] else ""] for r in rows]
    table(ctx, lines)
    return 0


def damage_repaired_command(ctx: CliContext, args) -> int:
    """Mark a damage repaired."""
    mark_repaired(ctx.database, ctx.scope(), args.id)
    ctx.print(ctx.text(msg("rental", "Dommage {id} marqué réparé.", id=args.id)))
    return 0


def today_command(ctx: CliContext, _args) -> int:
    """Print the day's tasks."""
    source = TodaySource(ctx.database, ctx.scope(), ctx.translate)
    rows = source.fetch(GridQuery(), 0, 10_000)
    lines = [[ctx.text(c.title) for c in source.columns]]
    lines += [[r["task"], format_local(r["moment"]) if r["moment"] else "", r["reference"], r["customer"], r["plate"],
               r["detail"]] for r in rows]
    table(ctx, lines)
    ctx.print(ctx.text(msg("rental", "{n} tâche(s)", n=len(rows))))
    return 0
