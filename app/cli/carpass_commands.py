"""Car-Pass part 1 commands: ``carpass list/enrol/remove``, ``dossiers import/add/show/describe/clock``,
``technicians add/list``."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from datetime import date, datetime
from decimal import Decimal

from app.cli.context import CliContext
from app.cli.groups import command_group
from app.core.carpass.carpass_list import CarpassListSource
from app.core.carpass.clocking import add_technician, clock, list_technicians
from app.core.carpass.dossier_import import import_dossiers
from app.core.carpass.dossiers import (
    DossierInput,
    create_dossier,
    enrol_number,
    find_dossier,
)
from app.core.carpass.entries import remove_number
from app.core.carpass.state_names import state_name
from app.core.carpass.work_description import catalogue, describe_number
from app.core.carpass.work_schedule import set_work_schedule, work_schedule
from app.core.csv_cells import safe_cell
from app.core.errors import ValidationError
from app.core.grid import GridQuery
from app.core.i18n import msg
from app.core.repair_link import rentals_of_repair
from app.core.timeutil import format_date, format_local, from_local, utcnow

LIST_KEYS = ("dossier", "owner", "work_started_at", "plate", "vin", "first_registration", "original_km",
             "damage_km", "repair_km", "invoice_total", "sendable", "problems", "warnings", "described", "status",
             "state")


def register(commands: argparse._SubParsersAction) -> None:
    """Add the Car-Pass list and dossier commands."""
    carpass = command_group(commands, "carpass", "the Car-Pass list of your site")
    listing = carpass.add_parser("list", help="the Car-Pass list (rows still to send; --all adds the history)")
    listing.add_argument("--format", choices=("table", "json", "csv"), default="table")
    listing.add_argument("--all", action="store_true", help="include sent and removed rows")
    listing.add_argument("--red-only", action="store_true", help="only rows that cannot be sent")
    listing.add_argument("--search", default="", help="filter on dossier, owner, plate or VIN")
    listing.set_defaults(handler=list_command)
    enrol = carpass.add_parser("enrol", help="put a dossier in the list manually (whatever rules 1-7 say)")
    enrol.add_argument("number")
    enrol.set_defaults(handler=enrol_command)
    remove = carpass.add_parser("remove", help="take a dossier off the list, with a reason")
    remove.add_argument("number")
    remove.add_argument("--reason", required=True)
    remove.set_defaults(handler=remove_command)

    dossiers = command_group(commands, "dossiers", "repair dossiers of your site")
    importer = dossiers.add_parser("import", help="import dossiers from a CSV file (all or nothing)")
    importer.add_argument("file")
    importer.set_defaults(handler=import_command)
    add = dossiers.add_parser("add", help="create a dossier")
    add.add_argument("number")
    for name in ("owner", "plate", "vin", "first-registration", "original-km", "damage-km", "repair-km",
                 "invoice-total"):
        add.add_argument(f"--{name}", default=None)
    add.add_argument("--merged", action="store_true")
    add.add_argument("--create-vat-number", action="store_true")
    add.set_defaults(handler=add_command)
    show = dossiers.add_parser("show", help="show a dossier")
    show.add_argument("number")
    show.add_argument("--format", choices=("text", "json"), default="text")
    show.set_defaults(handler=show_command)
    describe = dossiers.add_parser("describe", help="the work description of a dossier (codes of Car-Pass's "
                                   "standard list of work); without options, print it")
    describe.add_argument("number")
    describe.add_argument("--activity", action="append", dest="activities", metavar="CODE",
                          help="a descriptor code (repeatable; replaces the description)")
    describe.add_argument("--clear", action="store_true", help="remove the description")
    describe.add_argument("--list-codes", action="store_true", help="print the site's standard list of work")
    describe.set_defaults(handler=describe_command)
    schedule = dossiers.add_parser("schedule", help="when the work is expected to end / ended (the replacement "
                                                    "car follows it); shows the linked rentals")
    schedule.add_argument("number")
    schedule.add_argument("--planned-end", help="'dd-mm-yyyy HH:MM', or 'none'")
    schedule.add_argument("--finished", help="'dd-mm-yyyy HH:MM', 'now', or 'none'")
    schedule.set_defaults(handler=schedule_command)
    clock_parser = dossiers.add_parser("clock", help="clock a technician in (or out) on a dossier")
    clock_parser.add_argument("number")
    clock_parser.add_argument("badge")
    clock_parser.set_defaults(handler=clock_command)

    technicians = command_group(commands, "technicians", "workshop technicians of your site")
    tech_add = technicians.add_parser("add", help="register a technician (admin)")
    tech_add.add_argument("code")
    tech_add.add_argument("--name", required=True)
    tech_add.set_defaults(handler=technician_add_command)
    technicians.add_parser("list", help="active technicians").set_defaults(handler=technician_list_command)


def _json_value(value):
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def list_rows(ctx: CliContext, args) -> list[dict]:
    """The same rows as the grid, as dicts with the documented keys."""
    filters = {"all": args.all, "red_only": args.red_only}
    source = CarpassListSource(ctx.database, ctx.scope(), ctx.translate)
    rows = source.all_rows(GridQuery(text=args.search, filters=filters))
    return [{key: _json_value(getattr(row, key)) for key in LIST_KEYS} | {"_detail": row.detail,
                                                                          "_status": row.status_text}
            for row in rows]


def list_command(ctx: CliContext, args) -> int:
    """Print the site's Car-Pass list as a table, JSON or CSV."""
    rows = list_rows(ctx, args)
    if args.format == "json":
        ctx.print(json.dumps([{k: r[k] for k in LIST_KEYS} for r in rows], ensure_ascii=False, indent=2))
        return 0
    if args.format == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(LIST_KEYS)
        for r in rows:
            writer.writerow([safe_cell(";".join(r[k]) if isinstance(r[k], list) else r[k]) for k in LIST_KEYS])
        ctx.out.write(buffer.getvalue())
        return 0
    for r in rows:
        started = format_local(datetime.fromisoformat(r["work_started_at"])) if r["work_started_at"] else "-"
        mark = "✘" if not r["sendable"] else ("!" if r["warnings"] else "✔")
        mileage = r["damage_km"] if r["damage_km"] is not None else r["original_km"]
        ctx.print(f"{mark} {r['dossier']:>7}  {(r['owner'] or '-')[:28]:<28} {started:<16} {r['plate'] or '-':<10} "
                  f"{r['vin'] or '-':<20} {'' if mileage is None else mileage:>8} "
                  f"{r['invoice_total'] or '':>10}  {r['_status']:<12} {r['_detail']}")
    ctx.print(ctx.text(msg("carpass", "{n} ligne(s)", n=len(rows))))
    return 0


def enrol_command(ctx: CliContext, args) -> int:
    """Manual enrolment, like the Car-Pass button."""
    result = enrol_number(ctx.database, ctx.scope(), args.number)
    ctx.print(ctx.text(result.explanation()))
    return 0


def remove_command(ctx: CliContext, args) -> int:
    """Take a dossier off the list with a reason."""
    number = remove_number(ctx.database, ctx.scope(), args.number, args.reason)
    ctx.print(ctx.text(msg("carpass", "Dossier {number} retiré de la liste Car-Pass.", number=number)))
    return 0


def import_command(ctx: CliContext, args) -> int:
    """Import a CSV file of dossiers into the user's site; progress on stderr."""
    operation = import_dossiers(ctx.database, ctx.scope(), args.file)
    interactive = sys.stderr.isatty()
    while True:
        try:
            step = next(operation)
        except StopIteration as stop:
            result = stop.value
            break
        if interactive and step.message is not None:
            print("\r" + ctx.text(step.message), end="", file=ctx.err, flush=True)
    if interactive:
        print(file=ctx.err)
    ctx.print(ctx.text(msg("carpass", "{n} dossier(s) importé(s), dont {enrolled} inscrit(s) dans la liste Car-Pass.",
                           n=result.imported, enrolled=result.enrolled)))
    return 0


def add_command(ctx: CliContext, args) -> int:
    """Create a dossier; prints warnings and whether it entered the Car-Pass list."""
    result = create_dossier(ctx.database, ctx.scope(), DossierInput(
        number=args.number, owner=args.owner, plate=args.plate, vin=args.vin,
        first_registration=args.first_registration, original_km=args.original_km, damage_km=args.damage_km,
        repair_km=args.repair_km, merged=args.merged, create_vat_number=args.create_vat_number,
        invoice_total=args.invoice_total))
    ctx.print(ctx.text(msg("carpass", "Dossier {number} créé.", number=result.dossier.number)))
    for warning in result.dossier.warnings:
        ctx.print(ctx.text(msg("carpass", "Attention : {warning}", warning=warning)))
    if result.enrolled:
        ctx.print(ctx.text(msg("carpass", "Inscrit automatiquement dans la liste Car-Pass.")))
    return 0


def show_command(ctx: CliContext, args) -> int:
    """Print one dossier."""
    d = find_dossier(ctx.database, ctx.scope(), args.number)
    values = {
        "number": d.number, "owner": d.owner, "plate": d.plate, "vin": d.vin,
        "first_registration": d.first_registration, "original_km": d.original_km, "damage_km": d.damage_km,
        "repair_km": d.repair_km, "merged": d.merged, "create_vat_number": d.create_vat_number,
        "invoice_total": d.invoice_total, "work_started_at": d.work_started_at, "carpass_status": d.carpass_status,
        "carpass_state": ctx.text(state_name(d.carpass_state)) if d.carpass_state else None,
        "version": d.version, "warnings": [ctx.text(w) for w in d.warnings], "activities": list(d.activities),
    }
    if args.format == "json":
        ctx.print(json.dumps({k: _json_value(v) for k, v in values.items()}, ensure_ascii=False, indent=2))
        return 0
    for key, value in values.items():
        if isinstance(value, datetime):
            value = format_local(value)
        elif isinstance(value, date):
            value = format_date(value)
        elif isinstance(value, list):
            value = "; ".join(value) or "-"
        ctx.print(f"{key:<20} {'-' if value is None else value}")
    return 0


def describe_command(ctx: CliContext, args) -> int:
    """Set, clear or print a dossier's work description (the site's list is refreshed first
    when it is missing or a day old and a Car-Pass password is known)."""
    from app.core.carpass.sending.activities import refresh_if_stale
    from app.ui.i18n import current_language

    if args.clear and args.activities:
        raise ValidationError("--clear", msg("carpass", "ne se combine pas avec --activity"))
    scope = ctx.scope()
    language = current_language()
    codes = [] if args.clear else args.activities
    if codes or args.list_codes:
        attempt = refresh_if_stale(ctx.database, scope)
        if attempt.problem is not None:
            print(f"atelier: {ctx.text(attempt.problem)}", file=ctx.err)
    if args.list_codes:
        for category in catalogue(ctx.database, scope, language).categories:
            ctx.print(category.label)
            for item in category.descriptors:
                ctx.print(f"  {item.code:<24} {item.label}")
    result = describe_number(ctx.database, scope, args.number, codes, language)
    if codes is not None:
        text = (msg("carpass", "Dossier {number} : description des travaux effacée.", number=result.number)
                if not codes else msg("carpass", "Dossier {number} : description des travaux enregistrée.",
                                      number=result.number))
        if not result.changed:
            text = msg("carpass", "Dossier {number} : description des travaux inchangée.", number=result.number)
        ctx.print(ctx.text(text))
    if not result.descriptors:
        ctx.print(ctx.text(msg("carpass", "Aucune description des travaux.")))
    for item in result.descriptors:
        gone = "" if item.active else " " + ctx.text(msg("carpass", "(retiré de la liste Car-Pass)"))
        described = ctx.text(msg("carpass", "{category} : {label}", category=item.category_label, label=item.label))
        ctx.print(f"{item.code:<24} {described}{gone}")
    return 0


def clock_command(ctx: CliContext, args) -> int:
    """Clock a technician in or out (like the workshop station)."""
    result = clock(ctx.database, ctx.scope(), args.number, args.badge)
    if result.action == "in":
        ctx.print(ctx.text(msg("carpass", "{name} pointe sur le dossier {number}.", name=result.technician_name,
                               number=result.dossier_number)))
    else:
        ctx.print(ctx.text(msg("carpass", "{name} dépointe du dossier {number}.", name=result.technician_name,
                               number=result.dossier_number)))
    if result.enrolled:
        ctx.print(ctx.text(msg("carpass", "Inscrit automatiquement dans la liste Car-Pass.")))
    return 0


def technician_add_command(ctx: CliContext, args) -> int:
    """Register a technician at the admin's site."""
    info = add_technician(ctx.database, ctx.scope(), args.code, args.name)
    ctx.print(ctx.text(msg("carpass", "Technicien {code} enregistré.", code=info.code)))
    return 0


def technician_list_command(ctx: CliContext, args) -> int:
    """List the site's active technicians."""
    for info in list_technicians(ctx.database, ctx.scope()):
        ctx.print(f"{info.code:<10} {info.name}")
    return 0



def _moment(value: str | None, field: str, current):
    """A typed date-time option: unchanged when absent, cleared by 'none', now by 'now'."""
    if value is None:
        return current
    text = value.strip().lower()
    if text in ("none", "aucun", ""):
        return None
    if text == "now":
        return utcnow().replace(second=0, microsecond=0)
    try:
        return from_local(datetime.strptime(value.strip(), "%d-%m-%Y %H:%M"))
    except ValueError:
        raise ValidationError(field, msg("carpass", "date et heure attendues (jj-mm-aaaa HH:MM)")) from None


def schedule_command(ctx: CliContext, args) -> int:
    """Set (or show) the dates of the work and list the replacement-car rentals."""
    scope = ctx.scope()
    dossier = find_dossier(ctx.database, scope, args.number)
    current = work_schedule(ctx.database, scope, dossier.id)
    planned = _moment(args.planned_end, "--planned-end", current.planned_end)
    finished = _moment(args.finished, "--finished", current.finished_at)
    if args.planned_end is not None or args.finished is not None:
        current = set_work_schedule(ctx.database, scope, dossier.id, planned, finished)
    ctx.print(ctx.text(msg("carpass", "Dossier {number} : fin prévue {planned} ; terminé le {finished}",
                           number=dossier.number, planned=format_local(current.planned_end) if current.planned_end
                           else "-", finished=format_local(current.finished_at) if current.finished_at else "-")))
    with ctx.database.session() as session:
        rentals = rentals_of_repair(session, scope.site_id, dossier.id)
    for rental in rentals:
        ctx.print(ctx.text(msg("carpass", "Véhicule de remplacement : location {number} ({plate}), retour prévu {when}",
                               number=rental.number, plate=rental.plate or "-",
                               when=format_local(rental.actual_return or rental.planned_return))))
    return 0
