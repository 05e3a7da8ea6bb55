"""``atelier rental``: invoice, credit-note, pdf, contract, pay, reverse, payments, journal,
mail and smtp (rental invoicing)."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path

from app.cli.context import CliContext
from app.cli.groups import command_group, record_number
from app.core.errors import ValidationError
from app.core.i18n import msg
from app.core.progress import run_to_end
from app.core.rental.dossiers import find_by_number
from app.core.rental.invoicing.draft_preview import draft_invoices_pdf
from app.core.rental.invoicing.exports import export_journals
from app.core.rental.invoicing.formatting import format_amount
from app.core.rental.invoicing.invoicing import credit_note_for, dossier_invoices, invoice_dossier
from app.core.rental.invoicing.mailing import save_smtp_settings, send_invoices
from app.core.rental.invoicing.models import PAYMENT_METHODS
from app.core.rental.invoicing.payers import role_label
from app.core.rental.invoicing.payments import (
    list_payments,
    method_label,
    payer_balances,
    record_payment,
    reverse_payment,
)
from app.core.rental.invoicing.printing import contract_pdf, current_invoice_ids, dossier_invoices_pdf
from app.core.rental.kinds import PAYER_ROLES


def register(commands: argparse._SubParsersAction) -> None:
    """Add the invoicing commands to ``atelier rental``."""
    group = command_group(commands, "rental", "Location")
    invoice = group.add_parser("invoice", help="invoice a returned contract (one or two invoices; freezes it)")
    invoice.add_argument("number", type=record_number, help="contract number")
    invoice.add_argument("--preview", action="store_true",
                         help="write the draft of the invoices (no number, nothing saved) to --out instead")
    invoice.add_argument("--out", type=Path, help="PDF file of the draft (with --preview)")
    invoice.set_defaults(handler=invoice_command)
    credit = group.add_parser("credit-note", help="cancel an invoice with a credit note")
    credit.add_argument("invoice", help="invoice reference, e.g. LIEGE-2026-00012")
    credit.add_argument("--reason", default="")
    credit.set_defaults(handler=credit_note_command)
    pdf = group.add_parser("pdf", help="the contract's invoices as one PDF (or the chosen ones)")
    pdf.add_argument("number", type=record_number, help="contract number")
    pdf.add_argument("--out", required=True, type=Path)
    pdf.add_argument("--invoice", action="append", help="only this invoice (reference or number); repeatable")
    pdf.set_defaults(handler=pdf_command)
    contract = group.add_parser("contract", help="the contract document for signature as PDF")
    contract.add_argument("number", type=record_number)
    contract.add_argument("--out", required=True, type=Path)
    contract.set_defaults(handler=contract_command)
    pay = group.add_parser("pay", help="record a payment line (creates its journal entry)")
    pay.add_argument("number", type=record_number, help="contract number")
    pay.add_argument("--amount", required=True)
    pay.add_argument("--method", required=True, choices=PAYMENT_METHODS)
    pay.add_argument("--payer", required=True, choices=PAYER_ROLES)
    pay.add_argument("--date", help="payment date dd-mm-yyyy (default: today)")
    pay.add_argument("--note", default="")
    pay.add_argument("--advance", action="store_true",
                     help="an advance (acompte): may precede the invoice or exceed the payer's balance")
    pay.set_defaults(handler=pay_command)
    close = group.add_parser("close-period", help="close the books up to a day: no payment line dated on or "
                                                  "before it (admin)")
    close.add_argument("--until", required=True, help="last closed day dd-mm-yyyy")
    close.set_defaults(handler=close_period_command)
    reverse = group.add_parser("reverse", help="cancel a payment line with a reversing line")
    reverse.add_argument("payment_id", type=record_number)
    reverse.add_argument("--note", default="")
    reverse.set_defaults(handler=reverse_command)
    payments = group.add_parser("payments", help="payment lines and balances of a contract")
    payments.add_argument("number", type=record_number)
    payments.set_defaults(handler=payments_command)
    journal = group.add_parser("journal", help="sales journal and payments of a period as CSV")
    journal.add_argument("--from", dest="date_from", required=True, help="dd-mm-yyyy or yyyy-mm-dd")
    journal.add_argument("--to", dest="date_to", required=True)
    journal.add_argument("--out", required=True, type=Path, help="sales journal CSV")
    journal.add_argument("--payments-out", type=Path, help="payments CSV (default: <out>_reglements.csv)")
    journal.set_defaults(handler=journal_command)
    mail = group.add_parser("mail", help="e-mail invoices as PDF to their payers")
    mail.add_argument("number", type=record_number)
    mail.add_argument("--invoice", action="append", help="only this invoice (reference or number); repeatable")
    mail.set_defaults(handler=mail_command)
    smtp = group.add_parser("smtp", help="SMTP settings of your site (admin; password from ATELIER_SMTP_PASSWORD)")
    smtp.add_argument("--host", required=True)
    smtp.add_argument("--port", default="587")
    smtp.add_argument("--no-starttls", action="store_true")
    smtp.add_argument("--user", dest="smtp_user", default="")
    smtp.add_argument("--sender", required=True)
    smtp.set_defaults(handler=smtp_command)


def parse_day(value: str, field: str) -> date:
    """``dd-mm-yyyy`` or ``yyyy-mm-dd``."""
    for pattern in ("%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(value.strip(), pattern).date()
        except ValueError:
            continue
    raise ValidationError(field, msg("rental", "date attendue au format jj-mm-aaaa : {value}", value=value))


def _dossier_id(ctx: CliContext, number: int) -> int:
    return find_by_number(ctx.database, ctx.scope(), number).id


def _chosen(ctx: CliContext, dossier_id: int, wanted: list[str] | None) -> list[int] | None:
    if not wanted:
        return None
    invoices = dossier_invoices(ctx.database, ctx.scope(), dossier_id)
    chosen = []
    for item in wanted:
        text = item.strip().upper()
        match = [i for i in invoices if i.reference == text or (text.isdigit() and i.reference.endswith(
            f"-{int(text):05d}") and not i.reference.startswith("NC-"))]
        if not match:
            raise ValidationError("--invoice", msg("rental", "facture {reference} absente de ce contrat",
                                                   reference=item))
        chosen.append(match[0].id)
    return chosen


def invoice_command(ctx: CliContext, args) -> int:
    """Invoice the contract and print the invoice numbers (or write the draft with --preview)."""
    if args.preview or args.out:
        if not (args.preview and args.out):
            field = "--out" if args.preview else "--preview"
            raise ValidationError(field, msg("rental", "--preview et --out vont ensemble : le projet s'écrit dans "
                                                       "un fichier PDF"))
        data = draft_invoices_pdf(ctx.database, ctx.scope(), _dossier_id(ctx, args.number), ctx.translate)
        args.out.write_bytes(data)
        ctx.print(ctx.text(msg("rental", "Projet de facture (sans numéro, rien d'enregistré) écrit : {path}",
                               path=str(args.out))))
        return 0
    invoices = invoice_dossier(ctx.database, ctx.scope(), _dossier_id(ctx, args.number), ctx.translate)
    for invoice in invoices:
        ctx.print(ctx.text(msg("rental", "Facture {reference} : {payer} ({role}), {total} TVAC, {ogm}",
                               reference=invoice.reference, payer=invoice.payer_name,
                               role=role_label(invoice.payer_role), total=format_amount(invoice.total_incl),
                               ogm=invoice.structured_communication)))
    return 0


def credit_note_command(ctx: CliContext, args) -> int:
    """Cancel one invoice."""
    note = credit_note_for(ctx.database, ctx.scope(), args.invoice, args.reason)
    ctx.print(ctx.text(msg("rental", "Note de crédit {reference} : annule {invoice} ({total} TVAC).",
                           reference=note.reference, invoice=note.cancels_reference,
                           total=format_amount(note.total_incl))))
    return 0


def pdf_command(ctx: CliContext, args) -> int:
    """Write the invoices PDF."""
    dossier_id = _dossier_id(ctx, args.number)
    data = dossier_invoices_pdf(ctx.database, ctx.scope(), dossier_id, _chosen(ctx, dossier_id, args.invoice),
                                ctx.translate)
    args.out.write_bytes(data)
    ctx.print(ctx.text(msg("rental", "PDF écrit : {path}", path=str(args.out))))
    return 0


def contract_command(ctx: CliContext, args) -> int:
    """Write the contract PDF."""
    args.out.write_bytes(contract_pdf(ctx.database, ctx.scope(), _dossier_id(ctx, args.number), ctx.translate))
    ctx.print(ctx.text(msg("rental", "PDF écrit : {path}", path=str(args.out))))
    return 0


def pay_command(ctx: CliContext, args) -> int:
    """Record one payment line; warn when it does not match the payer's balance."""
    paid_on = parse_day(args.date, "--date") if args.date else None
    payment, warning = record_payment(ctx.database, ctx.scope(), _dossier_id(ctx, args.number), args.amount,
                                      args.method, args.payer, paid_on, args.note, advance=args.advance)
    ctx.print(ctx.text(msg("rental", "Règlement {id} enregistré : {amount} ({method}) par {payer}.", id=payment.id,
                           amount=format_amount(payment.amount), method=method_label(payment.method),
                           payer=payment.payer_name)))
    if warning is not None:
        print(ctx.text(msg("rental", "Attention : {warning}", warning=warning)), file=ctx.err)
    return 0


def close_period_command(ctx: CliContext, args) -> int:
    """Close the site's books up to a day."""
    from app.core.rental.invoicing.closed_period import close_period

    until = close_period(ctx.database, ctx.scope(), parse_day(args.until, "--until"))
    ctx.print(ctx.text(msg("rental", "Période clôturée jusqu'au {until} inclus.", until=until.strftime("%d-%m-%Y"))))
    return 0


def reverse_command(ctx: CliContext, args) -> int:
    """Reverse one payment line."""
    reversal = reverse_payment(ctx.database, ctx.scope(), args.payment_id, args.note)
    ctx.print(ctx.text(msg("rental", "Extourne {id} enregistrée : {amount}.", id=reversal.id,
                           amount=format_amount(reversal.amount))))
    return 0


def payments_command(ctx: CliContext, args) -> int:
    """Print payment lines and balances per payer."""
    dossier_id = _dossier_id(ctx, args.number)
    for p in list_payments(ctx.database, ctx.scope(), dossier_id):
        ctx.print(f"{p.id:>5}  {p.paid_on.strftime('%d-%m-%Y')}  {format_amount(p.amount):>14}  "
                  f"{ctx.text(method_label(p.method)):<10}  {p.payer_name}")
    for b in payer_balances(ctx.database, ctx.scope(), dossier_id):
        ctx.print(ctx.text(msg("rental", "{payer} : facturé {invoiced}, payé {paid}, reste dû {due}", payer=b.name,
                               invoiced=format_amount(b.invoiced), paid=format_amount(b.paid),
                               due=format_amount(b.due))))
    return 0


def journal_command(ctx: CliContext, args) -> int:
    """Export the period's sales journal and payments."""
    date_from, date_to = parse_day(args.date_from, "--from"), parse_day(args.date_to, "--to")
    payments_out = args.payments_out or args.out.with_name(f"{args.out.stem}_reglements.csv")
    run_to_end(export_journals(ctx.database, ctx.scope(), date_from, date_to, args.out, payments_out, ctx.translate))
    ctx.print(ctx.text(msg("rental", "Journal des ventes : {sales} ; règlements : {payments}", sales=str(args.out),
                           payments=str(payments_out))))
    return 0


def mail_command(ctx: CliContext, args) -> int:
    """E-mail the chosen (default: all current) invoices; exit 1 if one failed."""
    dossier_id = _dossier_id(ctx, args.number)
    chosen = _chosen(ctx, dossier_id, args.invoice) or current_invoice_ids(ctx.database, ctx.scope(), dossier_id)
    failed = 0
    for outcome in send_invoices(ctx.database, ctx.scope(), dossier_id, chosen, ctx.translate):
        if outcome.sent:
            ctx.print(ctx.text(msg("rental", "{reference} envoyée à {to}.", reference=outcome.reference,
                                   to=outcome.recipient)))
        else:
            failed += 1
            print(ctx.text(msg("rental", "{reference} non envoyée à {to} : {error}", reference=outcome.reference,
                               to=outcome.recipient, error=outcome.error)), file=ctx.err)
    return 1 if failed else 0


def smtp_command(ctx: CliContext, args) -> int:
    """Save the site's SMTP settings; the password (if any) goes to the keyring."""
    scope = ctx.scope()
    scope.require_admin()
    password = None
    if args.smtp_user:
        password = ctx.secret("ATELIER_SMTP_PASSWORD", msg("rental", "Mot de passe SMTP : "))
    save_smtp_settings(ctx.database, scope, args.host, args.port, not args.no_starttls, args.smtp_user, args.sender,
                       password)
    ctx.print(ctx.text(msg("rental", "Paramètres SMTP du site {site} enregistrés.", site=scope.site_code)))
    return 0
