"""``atelier rental deposit receive|refund|apply`` and ``atelier rental statement``: the
deposit (caution) through payment lines and the monthly statement of an assistance
company (PDF and/or CSV)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.context import CliContext
from app.cli.groups import command_group, record_number
from app.cli.rental_invoicing_commands import parse_day
from app.core.errors import ValidationError
from app.core.i18n import msg
from app.core.rental.customers import list_customers
from app.core.rental.dossiers import find_by_number
from app.core.rental.invoicing.deposits import apply_deposit, deposit_state, record_deposit, refund_deposit
from app.core.rental.invoicing.formatting import format_amount
from app.core.rental.invoicing.models import PAYMENT_METHODS
from app.core.rental.invoicing.payments import kind_label
from app.core.rental.invoicing.statement import monthly_statement, parse_month, write_statement_csv
from app.core.rental.invoicing.statement_pdf import render_statement


def register(commands: argparse._SubParsersAction) -> None:
    """Add the deposit and statement commands to ``atelier rental``."""
    group = command_group(commands, "rental", "Location")
    deposit = command_group(group, "deposit", "the deposit (caution) of a contract")
    receive = deposit.add_parser("receive", help="the deposit received (journal: treasury → 488000)")
    receive.add_argument("number", type=record_number)
    receive.add_argument("--amount", help="default: the amount the dossier asks")
    receive.add_argument("--method", required=True, choices=PAYMENT_METHODS)
    receive.add_argument("--date", help="dd-mm-yyyy (default: today)")
    receive.set_defaults(handler=receive_command)
    refund = deposit.add_parser("refund", help="give the deposit back (default: all that is held)")
    refund.add_argument("number", type=record_number)
    refund.add_argument("--amount")
    refund.add_argument("--method", choices=PAYMENT_METHODS, help="default: as it was received")
    refund.add_argument("--date")
    refund.set_defaults(handler=refund_command)
    apply = deposit.add_parser("apply", help="keep the deposit to pay the invoices (default: what is due)")
    apply.add_argument("number", type=record_number)
    apply.add_argument("--amount")
    apply.add_argument("--date")
    apply.set_defaults(handler=apply_command)
    statement = group.add_parser("statement", help="monthly statement of an assistance company (PDF and/or CSV)")
    statement.add_argument("--assistance", required=True, help="customer id or name of the assistance company")
    statement.add_argument("--month", required=True, help="yyyy-mm")
    statement.add_argument("--out", type=Path, help="PDF file")
    statement.add_argument("--csv", type=Path, help="CSV file")
    statement.set_defaults(handler=statement_command)


def _done(ctx: CliContext, line, number: int) -> int:
    state = deposit_state(ctx.database, ctx.scope(), find_by_number(ctx.database, ctx.scope(), number).id)
    ctx.print(ctx.text(msg("rental", "{kind} : {amount} ({journal} {debit} / {credit}) ; caution détenue : {held}.",
                           kind=kind_label(line.kind), amount=format_amount(abs(line.amount)), journal=line.journal,
                           debit=line.debit_account, credit=line.credit_account, held=format_amount(state.held))))
    return 0


def receive_command(ctx: CliContext, args) -> int:
    """Record the deposit received."""
    scope = ctx.scope()
    info = find_by_number(ctx.database, scope, args.number)
    amount = args.amount if args.amount is not None else info.data.deposit_amount
    if amount is None:
        raise ValidationError("--amount", msg("rental", "obligatoire : le dossier ne demande pas de caution"))
    line = record_deposit(ctx.database, scope, info.id, amount, args.method,
                          parse_day(args.date, "--date") if args.date else None)
    return _done(ctx, line, args.number)


def refund_command(ctx: CliContext, args) -> int:
    """Give the deposit back."""
    scope = ctx.scope()
    info = find_by_number(ctx.database, scope, args.number)
    line = refund_deposit(ctx.database, scope, info.id, args.amount, args.method,
                          parse_day(args.date, "--date") if args.date else None)
    return _done(ctx, line, args.number)


def apply_command(ctx: CliContext, args) -> int:
    """Keep the deposit for the invoices."""
    scope = ctx.scope()
    info = find_by_number(ctx.database, scope, args.number)
    line = apply_deposit(ctx.database, scope, info.id, args.amount,
                         parse_day(args.date, "--date") if args.date else None)
    return _done(ctx, line, args.number)


def _assistance_id(ctx: CliContext, text: str) -> int:
    companies = list_customers(ctx.database, ctx.scope(), assistance=True, include_inactive=True, limit=10_000)
    if text.strip().isdigit():
        match = [c for c in companies if c.id == int(text)]
    else:
        match = [c for c in companies if text.strip().lower() in c.display_name.lower()]
    if len(match) != 1:
        raise ValidationError("--assistance", msg("rental", "{n} société(s) d'assistance pour « {text} » : donnez "
                                                            "son numéro de client", n=len(match), text=text))
    return match[0].id


def statement_command(ctx: CliContext, args) -> int:
    """Write the month's statement of an assistance company."""
    if not args.out and not args.csv:
        raise ValidationError("--out", msg("rental", "--out (PDF) ou --csv : où écrire le relevé ?"))
    year, month = parse_month(args.month, "--month")
    statement = monthly_statement(ctx.database, ctx.scope(), _assistance_id(ctx, args.assistance), year, month)
    if args.out:
        args.out.write_bytes(render_statement(statement, ctx.translate))
    if args.csv:
        write_statement_csv(statement, args.csv, ctx.translate)
    ctx.print(ctx.text(msg("rental", "Relevé {company} : reporté {opening}, facturé {invoiced}, crédité {credited}, "
                                     "payé {paid}, solde dû {closing}.", company=statement.company_name,
                           opening=format_amount(statement.opening), invoiced=format_amount(statement.invoiced),
                           credited=format_amount(statement.credited), paid=format_amount(statement.paid),
                           closing=format_amount(statement.closing))))
    return 0
