"""Car-Pass proof commands: ``carpass confirmation N --out F.pdf``, ``carpass confirmations
--date D --out F.pdf`` and ``carpass history [--from D] [--to D] [--format csv|json]``."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path

from app.cli.context import CliContext
from app.cli.groups import command_group
from app.core.carpass.sending.confirmation import day_confirmations, dossier_confirmation
from app.core.carpass.sending.confirmation_pdf import write_confirmations
from app.core.carpass.sending.history_export import history_rows, write_csv, write_json
from app.core.carpass.vehicle_rules import clean_number
from app.core.errors import ValidationError
from app.core.i18n import msg
from app.core.progress import run_to_end


def register(commands: argparse._SubParsersAction) -> None:
    """Add ``carpass confirmation``, ``carpass confirmations`` and ``carpass history``."""
    carpass = command_group(commands, "carpass", "Car-Pass")
    one = carpass.add_parser("confirmation", help="PDF proving Car-Pass received the last reading of a dossier")
    one.add_argument("number", help="dossier number")
    one.add_argument("--out", required=True, type=Path, help="PDF file to write")
    one.set_defaults(handler=confirmation_command)
    day = carpass.add_parser("confirmations", help="one PDF with a page per reading Car-Pass received on a day")
    day.add_argument("--date", required=True, help="dd-mm-yyyy or yyyy-mm-dd (Brussels day)")
    day.add_argument("--out", required=True, type=Path, help="PDF file to write")
    day.set_defaults(handler=confirmations_command)
    history = carpass.add_parser("history", help="every reading of the site (CSV or JSON, on stdout or --out)")
    history.add_argument("--from", dest="date_from", help="first reading date (dd-mm-yyyy or yyyy-mm-dd)")
    history.add_argument("--to", dest="date_to", help="last reading date")
    history.add_argument("--format", choices=("csv", "json"), default="csv")
    history.add_argument("--out", type=Path, help="file to write instead of stdout")
    history.set_defaults(handler=history_command)


def parse_day(value: str, option: str) -> date:
    """``dd-mm-yyyy``, ``yyyy-mm-dd`` or ``dd/mm/yyyy``; a bad one names the option."""
    for pattern in ("%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(value.strip(), pattern).date()
        except ValueError:
            continue
    raise ValidationError(option, msg("carpass", "date attendue au format jj-mm-aaaa : {value}", value=value))


def _language() -> str:
    from app.ui.i18n import current_language

    return current_language()


def _pdf_path(path: Path) -> Path:
    if not path.parent.exists():
        raise ValidationError("--out", msg("carpass", "dossier inexistant : {folder}", folder=str(path.parent)))
    return path


def confirmation_command(ctx: CliContext, args) -> int:
    """Write the confirmation PDF of a dossier's last reading Car-Pass received."""
    number = clean_number(args.number)
    path = _pdf_path(args.out)
    scope = ctx.scope()
    confirmation = dossier_confirmation(ctx.database, scope, number, _language())
    run_to_end(write_confirmations(path, [confirmation], scope.login, ctx.translate))
    ctx.print(ctx.text(msg("carpass", "Confirmation du dossier {number} (requestGuid {guid}) : {path}",
                           number=number, guid=confirmation.request_guid, path=str(path))))
    return 0


def confirmations_command(ctx: CliContext, args) -> int:
    """Write one PDF with the confirmations of a day's readings."""
    day = parse_day(args.date, "--date")
    path = _pdf_path(args.out)
    scope = ctx.scope()
    confirmations = day_confirmations(ctx.database, scope, day, _language())
    pages = run_to_end(write_confirmations(path, confirmations, scope.login, ctx.translate))
    ctx.print(ctx.text(msg("carpass", "{n} confirmation(s) : {path}", n=pages, path=str(path))))
    return 0


def history_command(ctx: CliContext, args) -> int:
    """Print (or write) the site's readings as CSV or JSON."""
    date_from = parse_day(args.date_from, "--from") if args.date_from else None
    date_to = parse_day(args.date_to, "--to") if args.date_to else None
    if args.out is not None:
        _pdf_path(args.out)
    rows = history_rows(ctx.database, ctx.scope(), date_from, date_to, ctx.translate)
    write = write_json if args.format == "json" else write_csv
    if args.out is None:
        write(rows, ctx.out)
        return 0
    partial = args.out.with_name(args.out.name + ".part")
    try:  # the file appears complete or not at all
        with partial.open("w", encoding="utf-8-sig" if args.format == "csv" else "utf-8", newline="") as handle:
            count = write(rows, handle)
        partial.replace(args.out)
    finally:
        partial.unlink(missing_ok=True)
    print(ctx.text(msg("carpass", "{n} relevé(s) : {path}", n=count, path=str(args.out))), file=sys.stderr)
    return 0
