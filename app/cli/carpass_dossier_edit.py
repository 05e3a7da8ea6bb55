"""``dossiers edit N [--owner …] [--damage-km K] …``: change some fields of a dossier of the
user's site (the others stay as they are). When the km Car-Pass received for the dossier
no longer matches, the command says how to correct it: ``carpass correct N --km K
--reason TEXT``."""

from __future__ import annotations

import argparse
from dataclasses import replace

from app.cli.context import CliContext
from app.cli.groups import command_group
from app.core.carpass.dossiers import DossierDetail, DossierInput, find_dossier, update_dossier
from app.core.carpass.sendability import sent_mileage
from app.core.carpass.sending.followups import correction_needed, correction_question
from app.core.errors import ValidationError
from app.core.i18n import msg

FIELDS = ("owner", "plate", "vin", "first-registration", "original-km", "damage-km", "repair-km", "invoice-total")


def register(commands: argparse._SubParsersAction) -> None:
    """Add ``dossiers edit``."""
    dossiers = command_group(commands, "dossiers", "repair dossiers of your site")
    edit = dossiers.add_parser("edit", help="change fields of a dossier (the others are kept)")
    edit.add_argument("number")
    for name in FIELDS:
        edit.add_argument(f"--{name}", default=None, help="new value ('' empties an optional field)")
    edit.set_defaults(handler=edit_command)


def _current(detail: DossierDetail) -> DossierInput:
    """The dossier's stored values as the input of a save."""
    return DossierInput(number=detail.number, owner=detail.owner, plate=detail.plate, vin=detail.vin,
                        first_registration=detail.first_registration, original_km=detail.original_km,
                        damage_km=detail.damage_km, repair_km=detail.repair_km, merged=detail.merged,
                        create_vat_number=detail.create_vat_number, invoice_total=detail.invoice_total)


def edit_command(ctx: CliContext, args: argparse.Namespace) -> int:
    """Save the given fields; print the warnings, the enrolment, and the correction hint."""
    changes = {name.replace("-", "_"): getattr(args, name.replace("-", "_")) for name in FIELDS}
    changes = {key: value for key, value in changes.items() if value is not None}
    if not changes:
        raise ValidationError("number", msg("carpass", "indiquez au moins un champ à modifier (--damage-km, …)"))
    scope = ctx.scope()
    detail = find_dossier(ctx.database, scope, args.number)
    result = update_dossier(ctx.database, scope, detail.id, detail.version, replace(_current(detail), **changes))
    saved = result.dossier
    ctx.print(ctx.text(msg("carpass", "Dossier {number} enregistré.", number=saved.number)))
    for warning in saved.warnings:
        ctx.print(ctx.text(msg("carpass", "Attention : {warning}", warning=warning)))
    if result.enrolled:
        ctx.print(ctx.text(msg("carpass", "Inscrit automatiquement dans la liste Car-Pass.")))
    km = sent_mileage(saved.original_km, saved.damage_km)
    received = correction_needed(ctx.database, scope, saved.id, km)
    if received is not None and km != sent_mileage(detail.original_km, detail.damage_km):
        ctx.print(ctx.text(correction_question(received)))
        ctx.print(ctx.text(msg("carpass", "Pour corriger : atelier carpass correct {number} --km {km} --reason "
                                          "TEXTE", number=saved.number, km=km)))
    return 0
