"""``atelier rental``: dossiers, pricing, extensions, the incomplete-authorisations report,
fleet and site settings."""

from __future__ import annotations

import argparse
from datetime import datetime

from app.cli.context import CliContext
from app.cli.groups import command_group, record_number
from app.core.errors import ValidationError
from app.core.grid import GridQuery
from app.core.i18n import msg
from app.core.rental.authorisation import extension_history, requester_label
from app.core.rental.dossier_list import DossierListSource
from app.core.rental.dossiers import (
    convert_dossier,
    extend_by_assistance,
    extend_by_client,
    find_by_number,
    price_of,
)
from app.core.rental.fields import integer
from app.core.rental.fleet import list_vehicles
from app.core.rental.incomplete_authorisations import IncompleteAuthorisationsSource
from app.core.rental.kinds import DOSSIER_KINDS, PayerRole
from app.core.rental.pricing import PricingResult
from app.core.rental.settings import save_rental_settings
from app.core.timeutil import format_local, from_local


def register(commands: argparse._SubParsersAction) -> None:
    """Add ``rental dossiers|price|convert|extend|report|fleet|settings`` to the CLI."""
    group = command_group(commands, "rental", "replacement-car rentals with prise en charge (PEC)")
    dossiers = command_group(group, "dossiers", "dossiers of your site")
    listing = dossiers.add_parser("list", help="list the dossiers (newest first)")
    listing.add_argument("--kind", choices=DOSSIER_KINDS)
    listing.add_argument("--search", default="", help="number, customer, plate, agreement or assistance file")
    listing.add_argument("--pec", action="store_true", help="only dossiers with prise en charge")
    listing.set_defaults(handler=list_command)
    price = group.add_parser("price", help="the priced lines and totals of a dossier (PEC and client)")
    price.add_argument("number", type=record_number)
    price.set_defaults(handler=price_command)
    convert = group.add_parser("convert", help="quote → reservation → contract")
    convert.add_argument("number", type=record_number)
    convert.set_defaults(handler=convert_command)
    extend = group.add_parser("extend", help="extend a rental: days granted by the assistance (PEC) or a later "
                                             "return asked by the client; kept in the authorisation's history")
    extend.add_argument("number", type=record_number)
    extend.add_argument("--by", choices=("assistance", "client"), required=True)
    extend.add_argument("--days", help="days the assistance grants in addition (--by assistance)")
    extend.add_argument("--return", dest="return_at",
                        help="new planned return 'dd-mm-yyyy HH:MM' (required --by client; --by assistance: "
                             "default the end of the new covered period)")
    extend.add_argument("--reference", default="", help="the assistance's reference for the extension")
    extend.add_argument("--note", default="")
    extend.set_defaults(handler=extend_command)
    history = group.add_parser("history", help="the authorisation's history of a dossier (extensions)")
    history.add_argument("number", type=record_number)
    history.set_defaults(handler=history_command)
    report = group.add_parser("report", help="reports").add_subparsers(dest="rental_report_command", required=True,
                                                                       metavar="REPORT")
    report.add_parser("incomplete", help="PEC contracts running past what the assistance covers").set_defaults(
        handler=incomplete_command)
    group.add_parser("fleet", help="the replacement cars of your site").set_defaults(handler=fleet_command)
    settings = group.add_parser("settings", help="VAT rate and grace period of your site (admin)")
    settings.add_argument("--vat", required=True, help="VAT rate in percent, e.g. 21")
    settings.add_argument("--grace", required=True, help="grace period in minutes, e.g. 59")
    settings.set_defaults(handler=settings_command)


def _table(ctx: CliContext, rows: list[list[str]]) -> None:
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        ctx.print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())


def _when(value) -> str:
    return format_local(value) if value else ""


def list_command(ctx: CliContext, args) -> int:
    """Print the site's dossiers."""
    scope = ctx.scope()
    source = DossierListSource(ctx.database, scope, ctx.translate)
    filters = {"kind": args.kind, "pec_only": args.pec}
    rows = source.fetch(GridQuery(sort_key="number", descending=True, text=args.search, filters=filters), 0, 10_000)
    header = [ctx.text(c.title) for c in source.columns]
    lines = [header] + [[str(r["number"]), r["kind"], r["customer"], r["plate"], r["category"], r["agreement"],
                         r["pec_file_number"], _when(r["departure"]), _when(r["return"]), str(r["days"]), r["state"]]
                        for r in rows]
    _table(ctx, lines)
    ctx.print(ctx.text(msg("rental", "{n} dossier(s)", n=len(rows))))
    return 0


def print_pricing(ctx: CliContext, result: PricingResult) -> None:
    """The lines of both payers, their totals and the day rule."""
    for payer, title in ((PayerRole.PEC, msg("rental", "Prise en charge (assistance)")),
                         (PayerRole.CLIENT, msg("rental", "Client bénéficiaire"))):
        lines = result.lines_of(payer)
        ctx.print(ctx.text(title))
        for line in lines:
            ctx.print(f"  {line.code:<8} {ctx.text(line.label)}")
            ctx.print(f"           {line.quantity} × {line.unit_price} = {line.amount} €  — {ctx.text(line.reason)}")
        if not lines:
            ctx.print("  " + ctx.text(msg("rental", "rien à payer")))
    ctx.print(ctx.text(msg("rental", "Total PEC : {excl} € HTVA, TVA {vat} €, {incl} € TVAC",
                           excl=result.pec_total_excl, vat=result.pec_vat, incl=result.pec_total_incl)))
    ctx.print(ctx.text(msg("rental", "Total client : {excl} € HTVA, TVA {vat} €, {incl} € TVAC",
                           excl=result.client_total_excl, vat=result.client_vat, incl=result.client_total_incl)))
    ctx.print(ctx.text(msg("rental", "{days} jour(s) ; TVA {rate} %", days=result.days, rate=result.vat_rate)))
    ctx.print(ctx.text(result.day_rule))
    if result.estimated:
        ctx.print(ctx.text(msg("rental", "Estimation : le retour réel n'est pas encore saisi.")))
    for warning in result.warnings:
        ctx.print(ctx.text(msg("rental", "Attention : {text}", text=warning)))


def price_command(ctx: CliContext, args) -> int:
    """Print the priced lines and totals of one dossier."""
    scope = ctx.scope()
    info = find_by_number(ctx.database, scope, args.number)
    ctx.print(ctx.text(msg("rental", "Dossier {reference}", reference=info.reference)))
    print_pricing(ctx, price_of(ctx.database, scope, info.id))
    return 0


def convert_command(ctx: CliContext, args) -> int:
    """Convert a dossier to the next kind."""
    scope = ctx.scope()
    info = find_by_number(ctx.database, scope, args.number)
    info = convert_dossier(ctx.database, scope, info.id, info.version)
    ctx.print(ctx.text(msg("rental", "Dossier {number} converti en {kind}", number=info.number, kind=info.kind)))
    return 0


def parse_local(value: str, field: str) -> datetime:
    """A Brussels wall-clock ``dd-mm-yyyy HH:MM`` as an aware UTC instant."""
    try:
        return from_local(datetime.strptime(value.strip(), "%d-%m-%Y %H:%M"))
    except ValueError:
        raise ValidationError(field, msg("rental", "date et heure attendues (jj-mm-aaaa HH:MM)")) from None


def extend_command(ctx: CliContext, args) -> int:
    """Extend a dossier by the assistance (days granted) or by the client (later return)."""
    scope = ctx.scope()
    new_return = parse_local(args.return_at, "--return") if args.return_at else None
    if args.by == "assistance":
        if args.days is None:
            raise ValidationError("--days", msg("rental", "obligatoire pour une prolongation par l'assistance"))
        days = integer("--days", msg("rental", "Jours accordés"), args.days, minimum=1, maximum=365)
        info = find_by_number(ctx.database, scope, args.number)
        info = extend_by_assistance(ctx.database, scope, info.id, info.version, days, new_return, args.reference,
                                    args.note)
    else:
        if new_return is None:
            raise ValidationError("--return", msg("rental", "obligatoire pour une prolongation par le client"))
        info = find_by_number(ctx.database, scope, args.number)
        info = extend_by_client(ctx.database, scope, info.id, info.version, new_return, args.note)
    ctx.print(ctx.text(msg("rental", "Dossier {number} prolongé jusqu'au {when}", number=info.number,
                           when=format_local(info.data.planned_return))))
    print_pricing(ctx, price_of(ctx.database, scope, info.id))
    return 0


def history_command(ctx: CliContext, args) -> int:
    """Print what the assistance first authorised and every extension."""
    scope = ctx.scope()
    info = find_by_number(ctx.database, scope, args.number)
    data = info.data
    ctx.print(ctx.text(msg("rental", "Dossier {reference} : accord {file}, autorisation {auth}, contact {contact}",
                           reference=info.reference, file=data.pec_file_number or "-",
                           auth=data.pec_authorisation_number or "-", contact=data.pec_contact or "-")))
    ctx.print(ctx.text(msg("rental", "Accordé au départ : {first} jour(s) ; couverts par l'assistance : {covered} "
                                     "jour(s) ; acceptés par le client : {client} jour(s).", first=data.pec_days or 0,
                           covered=info.covered_days or 0, client=info.client_days_agreed)))
    for entry in extension_history(ctx.database, scope, info.id):
        ctx.print(ctx.text(msg("rental", "{when}  {by}  +{days} j  {old} → {new}  {reference}  ({user}) {note}",
                               when=format_local(entry.entered_at), by=requester_label(entry.requested_by),
                               days=entry.days, old=format_local(entry.previous_return),
                               new=format_local(entry.new_return), reference=entry.reference,
                               user=entry.entered_by, note=entry.note)))
    return 0


def incomplete_command(ctx: CliContext, _args) -> int:
    """Print the incomplete-authorisations report."""
    scope = ctx.scope()
    source = IncompleteAuthorisationsSource(ctx.database, scope, ctx.translate)
    rows = source.fetch(GridQuery(), 0, 10_000)
    lines = [[ctx.text(c.title) for c in source.columns]]
    lines += [[str(r["number"]), r["customer"], r["agreement"], r["pec_file_number"], str(r["pec_days"]),
               str(r["client_days"]), str(r["days"]), r["pec_category"], r["category"], r["plate"],
               _when(r["return"]), r["problem"]]
              for r in rows]
    _table(ctx, lines)
    ctx.print(ctx.text(msg("rental", "{n} contrat(s) à régulariser", n=len(rows))))
    return 0


def fleet_command(ctx: CliContext, _args) -> int:
    """Print the site's replacement cars."""
    vehicles = list_vehicles(ctx.database, ctx.scope())
    lines = [[ctx.text(msg("rental", "Plaque")), ctx.text(msg("rental", "Catégorie")),
              ctx.text(msg("rental", "Modèle")),
              ctx.text(msg("rental", "Kilométrage actuel")), ctx.text(msg("rental", "Statut"))]]
    lines += [[v.data.plate, v.data.category, v.data.model, str(v.data.current_km), v.data.status] for v in vehicles]
    _table(ctx, lines)
    return 0


def settings_command(ctx: CliContext, args) -> int:
    """Store the site's VAT rate and grace period."""
    save_rental_settings(ctx.database, ctx.scope(), args.vat, args.grace)
    ctx.print(ctx.text(msg("rental", "Paramètres de location enregistrés.")))
    return 0
