"""``atelier rental einvoice`` (Peppol e-invoices of rental invoices), ``atelier rental peppol``
(the site's access point) and ``atelier peppol-simulator``.

    atelier --user L rental einvoice REF --out FILE.xml       the UBL of an invoice / credit note
    atelier --user L rental einvoice send REF [REF ...]       send through the access point
    atelier --user L rental einvoice send --pending           send the site's queue (scheduled task)
    atelier --user L rental einvoice status REF [--refresh]   its state (--refresh: ask the provider)
    atelier --user L rental einvoice resend REF [--checked]   after a refusal, or a check (--checked)
    atelier --user L rental customers [--search TEXT]         customers with their VAT and Peppol ids
    atelier --user L rental customer-ids ID [--vat-number V] [--enterprise-number N] [--peppol-id P]

REF is an invoice reference (``A-2026-00012``, ``NC-A-2026-00003``) or its id, as for
``rental credit-note``. ``send`` exits 0 only when every invoice is with the provider.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.context import CliContext
from app.cli.groups import command_group, record_number
from app.core.errors import AtelierError, ValidationError
from app.core.i18n import msg
from app.core.progress import run_to_end
from app.core.rental.einvoicing import access_point_settings as settings
from app.core.rental.einvoicing.actions import (
    describe_status,
    einvoice_status,
    einvoice_xml,
    poll_statuses,
    prepare_resend,
)
from app.core.rental.einvoicing.invoice_document import find_invoice
from app.core.rental.einvoicing.models import UNKNOWN
from app.core.rental.einvoicing.sender import SendOptions, send_einvoices
from app.core.rental.einvoicing.states import state_label
from app.core.timeutil import format_local

ACTIONS = ("send", "status", "resend")
SIM_KEY = "demo-key"
SIM_SENDER = "0208:0426753973"


def register(commands: argparse._SubParsersAction) -> None:
    """Add ``rental einvoice``, ``rental peppol`` and ``peppol-simulator``."""
    group = command_group(commands, "rental", "Location")
    einvoice = group.add_parser("einvoice", help="Peppol e-invoice of an invoice: REF --out F.xml | send REF | "
                                                 "status REF | resend REF")
    einvoice.add_argument("words", nargs="*", metavar="[send|status|resend] REF",
                          help="an action (default: write the XML) and invoice references or ids")
    einvoice.add_argument("--out", type=Path, help="where to write the UBL XML")
    einvoice.add_argument("--pending", action="store_true", help="send: every queued e-invoice of the site")
    einvoice.add_argument("--refresh", action="store_true", help="status: ask the access point first")
    einvoice.add_argument("--checked", action="store_true",
                          help="resend: you checked with the provider that an 'à vérifier' e-invoice did not arrive")
    einvoice.add_argument("--timeout", type=float, default=30.0, help="seconds to wait for an answer (default 30)")
    einvoice.add_argument("--patience", type=float, default=20.0,
                          help="seconds a run keeps retrying before leaving e-invoices queued (default 20)")
    einvoice.set_defaults(handler=einvoice_command)
    customers = group.add_parser("customers", help="customers with their VAT number and Peppol id")
    customers.add_argument("--search", default="")
    customers.set_defaults(handler=customers_command)
    ids = group.add_parser("customer-ids", help="a customer's VAT number, enterprise number and Peppol id")
    ids.add_argument("customer_id", type=record_number)
    ids.add_argument("--vat-number")
    ids.add_argument("--enterprise-number")
    ids.add_argument("--peppol-id", help="scheme:identifier, e.g. 0208:0457247904 ('' to clear)")
    ids.set_defaults(handler=customer_ids_command)
    peppol = group.add_parser("peppol", help="the site's Peppol access point (admin)").add_subparsers(
        dest="rental_peppol_command", required=True, metavar="COMMAND")
    peppol.add_parser("show", help="print the access point settings").set_defaults(handler=peppol_show_command)
    endpoint = peppol.add_parser("endpoint", help="the provider's API address (https://…)")
    endpoint.add_argument("url")
    endpoint.set_defaults(handler=peppol_endpoint_command)
    key = peppol.add_parser("key", help="the provider's API key (set: from ATELIER_PEPPOL_API_KEY or a prompt)")
    key.add_argument("operation", choices=("set", "clear"))
    key.set_defaults(handler=peppol_key_command)
    peppol.add_parser("test", help="call the access point with the stored key").set_defaults(
        handler=peppol_test_command)
    simulator = commands.add_parser("peppol-simulator", help="run a Peppol access-point simulator on this computer")
    simulator.add_argument("--port", type=int, default=8766, help="TCP port on 127.0.0.1 (0: any free port)")
    simulator.add_argument("--key", action="append", default=[], metavar="KEY=PARTICIPANT",
                           help=f"an API key and its sender id (repeatable; default {SIM_KEY}={SIM_SENDER})")
    simulator.add_argument("--participant", action="append", default=[], metavar="ID=NAME",
                           help="a registered receiver (repeatable; default: every valid Belgian id is registered)")
    simulator.add_argument("--rejecting", action="append", default=[], metavar="ID=REASON",
                           help="a receiver that rejects what it gets, with this reason (repeatable)")
    simulator.add_argument("--delivery-polls", type=int, default=1,
                           help="status queries before a document is delivered (default 1)")
    simulator.set_defaults(handler=simulator_command, migrate=False)


def _pairs(values: list[str], option: str) -> dict[str, str]:
    pairs = {}
    for value in values:
        left, sep, right = value.partition("=")
        if not sep or not left.strip() or not right.strip():
            raise ValidationError(option, msg("peppol", "VALEUR=VALEUR attendu : {value}", value=value))
        pairs[left.strip()] = right.strip()
    return pairs


def _invoice_ids(ctx: CliContext, references: list[str]) -> list[int]:
    with ctx.database.session() as session:
        return [find_invoice(session, ctx.scope(), reference).id for reference in references]


def einvoice_command(ctx: CliContext, args) -> int:
    """Dispatch ``rental einvoice``."""
    words = list(args.words)
    action = words.pop(0) if words and words[0] in ACTIONS else "xml"
    if action == "send" and args.pending:
        if words:
            raise ValidationError("--pending", msg("peppol", "soit --pending, soit des références, pas les deux"))
        return _send(ctx, args, None)
    if not words:
        raise ValidationError("REF", msg("peppol", "référence de facture attendue (ex. A-2026-00012)"))
    if action == "xml":
        if len(words) != 1 or args.out is None:
            raise ValidationError("--out", msg("peppol", "une référence et --out FICHIER.xml"))
        reference, xml = einvoice_xml(ctx.database, ctx.scope(), words[0], ctx.translate)
        args.out.write_bytes(xml)
        ctx.print(ctx.text(msg("peppol", "Facture électronique {reference} écrite : {path}", reference=reference,
                               path=str(args.out))))
        return 0
    if action == "send":
        return _send(ctx, args, _invoice_ids(ctx, words))
    if action == "resend":
        targets: list[int] = []
        for invoice_id in _invoice_ids(ctx, words):
            status = einvoice_status(ctx.database, ctx.scope(), str(invoice_id))
            if status.state == UNKNOWN and not args.checked:
                raise ValidationError("--checked", msg(
                    "peppol", "{reference} est à vérifier : confirmez avec --checked que le fournisseur ne l'a pas "
                              "reçue", reference=status.reference))
            targets += prepare_resend(ctx.database, ctx.scope(), invoice_id)
        return _send(ctx, args, targets)
    if args.refresh:
        summary = run_to_end(poll_statuses(ctx.database, ctx.scope(), _invoice_ids(ctx, words)))
        for error in summary.errors:
            print(f"atelier: {error}", file=ctx.err)
    for reference in words:
        status = einvoice_status(ctx.database, ctx.scope(), reference)
        ctx.print(ctx.text(describe_status(status)))
        if status.recipient:
            ctx.print(ctx.text(msg("peppol", "  destinataire {recipient}, document {document}, transmission "
                                             "{transmission}, {attempts} essai(s)", recipient=status.recipient,
                                   document=status.document_id, transmission=status.provider_id or "-",
                                   attempts=status.attempts)))
        if status.sent_at:
            ctx.print(ctx.text(msg("peppol", "  envoyée le {when}", when=format_local(status.sent_at))))
        if status.delivered_at:
            ctx.print(ctx.text(msg("peppol", "  livrée le {when}", when=format_local(status.delivered_at))))
        if status.hint is not None:
            ctx.print("  " + ctx.text(status.hint))
    return 0


def _send(ctx: CliContext, args, invoice_ids: list[int] | None) -> int:
    options = SendOptions(timeout=(min(10.0, args.timeout), args.timeout), patience=args.patience)
    summary = run_to_end(send_einvoices(ctx.database, ctx.scope(), invoice_ids, options=options,
                                        translate=ctx.translate))
    for line in summary.lines:
        ctx.print(f"{line.reference}\t{ctx.text(state_label(line.state))}\t{line.message}")
    if not summary.lines:
        ctx.print(ctx.text(msg("peppol", "Aucune facture électronique à envoyer.")))
    if summary.stopped is not None:
        print(f"atelier: {ctx.text(summary.stopped)}", file=ctx.err)
    return 0 if summary.all_sent else 1


def customers_command(ctx: CliContext, args) -> int:
    """List the company's customers with their identifiers."""
    from app.core.peppol.participants import participant_for
    from app.core.rental.customers import list_customers

    for info in list_customers(ctx.database, ctx.scope(), args.search, include_inactive=True, limit=10_000):
        data = info.data
        try:
            participant = participant_for(data.peppol_id, data.enterprise_number, data.vat_number)
        except ValidationError:
            participant = None
        ctx.print(f"{info.id}\t{info.display_name}\t{data.vat_number or '-'}\t{data.enterprise_number or '-'}\t"
                  f"{participant or '-'}")
    return 0


def customer_ids_command(ctx: CliContext, args) -> int:
    """Change a customer's identifiers (validated like the customer form)."""
    from dataclasses import replace

    from app.core.rental.customers import customer_info, save_customer

    info = customer_info(ctx.database, ctx.scope(), args.customer_id)
    changes = {name: value for name, value in (("vat_number", args.vat_number),
                                               ("enterprise_number", args.enterprise_number),
                                               ("peppol_id", args.peppol_id)) if value is not None}
    if not changes:
        raise ValidationError("--peppol-id", msg("peppol", "rien à changer : --vat-number, --enterprise-number ou "
                                                           "--peppol-id"))
    saved = save_customer(ctx.database, ctx.scope(), replace(info.data, **changes), info.id, info.version)
    ctx.print(ctx.text(msg("peppol", "{name} : TVA {vat}, entreprise {enterprise}, Peppol {peppol}",
                           name=saved.display_name, vat=saved.data.vat_number or "-",
                           enterprise=saved.data.enterprise_number or "-", peppol=saved.data.peppol_id or "-")))
    return 0


def peppol_show_command(ctx: CliContext, _args) -> int:
    """Print the site's access point settings."""
    current = settings.read_settings(ctx.database, ctx.scope())
    ctx.print(ctx.text(msg("peppol", "Adresse de l'API : {url}", url=current.endpoint_url or "-")))
    ctx.print(ctx.text(msg("peppol", "Clé API : {where}", where=current.key_stored_in or "-")))
    return 0


def peppol_endpoint_command(ctx: CliContext, args) -> int:
    """Point the site at its provider's API (admin)."""
    url = settings.set_endpoint(ctx.database, ctx.scope(), args.url)
    ctx.print(ctx.text(msg("peppol", "Adresse de l'API : {url}", url=url)))
    return 0


def peppol_key_command(ctx: CliContext, args) -> int:
    """Store or clear the site's API key (admin)."""
    scope = ctx.scope()
    scope.require_admin()
    if args.operation == "clear":
        settings.clear_key(ctx.database, scope)
        ctx.print(ctx.text(msg("peppol", "Clé API effacée.")))
        return 0
    key = ctx.secret("ATELIER_PEPPOL_API_KEY", msg("peppol", "Clé API du fournisseur Peppol : "))
    settings.store_key(ctx.database, scope, key)
    ctx.print(ctx.text(msg("peppol", "Clé API enregistrée dans le trousseau du système.")))
    return 0


def peppol_test_command(ctx: CliContext, _args) -> int:
    """Call ``GET /me`` with the stored key."""
    ctx.print(ctx.text(settings.check_connection(ctx.database, ctx.scope())))
    return 0


def simulator_command(ctx: CliContext, args) -> int:
    """Serve the simulator on 127.0.0.1 until Ctrl+C."""
    from app.core.peppol.access_point.simulator import AccessPointSimulator, Participant

    if args.delivery_polls < 1:
        raise ValidationError("--delivery-polls", msg("peppol", "1 au moins"))
    keys = _pairs(args.key, "--key") or {SIM_KEY: SIM_SENDER}
    participants = {k: Participant(v) for k, v in _pairs(args.participant, "--participant").items()}
    try:
        simulator = AccessPointSimulator(keys, participants, port=args.port,
                                         rejecting=_pairs(args.rejecting, "--rejecting"),
                                         delivery_polls=args.delivery_polls, open_registration=not participants)
    except OSError as exc:
        raise AtelierError(msg("peppol", "Port {port} indisponible : {detail}", port=args.port, detail=str(exc))) \
            from None
    ctx.print(ctx.text(msg("peppol", "Simulateur de point d'accès Peppol sur {url} (clés : {keys} ; inscrits : "
                                     "{participants}). Ctrl+C pour arrêter.", url=simulator.base_url,
                           keys=", ".join(sorted(keys)),
                           participants=", ".join(sorted(participants)) or ctx.text(msg("peppol", "tous")))))
    sys.stdout.flush()
    simulator.serve_until_interrupted()
    return 0
