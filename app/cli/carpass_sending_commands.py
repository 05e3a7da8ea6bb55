"""Car-Pass sending commands: send, status, confirm, correct, resend, mark-received,
credentials, endpoint; and the simulator.

``atelier --user L carpass send [--dossier N ...]`` is meant for scheduled sending
(Windows Task Scheduler): one line per reading, exit 0 only if all were accepted. A
reading that may have reached Car-Pass without an acknowledgement is listed
``uncertain`` (à vérifier) and never posted again by ``send``: the clerk checks the
Car-Pass portal, then ``carpass mark-received N --guid G`` or ``carpass resend N --yes``.
"""

from __future__ import annotations

import argparse
import os
import sys

from app.cli.context import CliContext
from app.cli.groups import command_group, signed_record_number
from app.core.carpass.sending import credentials
from app.core.carpass.sending.actions import check_connection, reading_of_dossier
from app.core.carpass.sending.anomaly_confirmation import answer_anomaly, confirm_blocked
from app.core.carpass.sending.endpoint import read_settings, set_endpoint
from app.core.carpass.sending.followups import correct_reading, followup_to_check
from app.core.carpass.sending.models import CarpassReading
from app.core.carpass.sending.resolution import mark_followup_received, mark_received, resend, resend_followup
from app.core.carpass.sending.sender import SendOptions, send_readings
from app.core.carpass.sending.states import ReadingState
from app.core.carpass.sending.status import poll_statuses
from app.core.carpass.sending.username import read_login, set_username
from app.core.carpass.vehicle_rules import clean_number
from app.core.errors import AtelierError, ValidationError
from app.core.i18n import msg
from app.core.progress import run_to_end

SIM_ACCOUNTS_VARIABLE = "ATELIER_CARPASS_SIM_ACCOUNTS"


def register(commands: argparse._SubParsersAction) -> None:
    """Add ``carpass send/status/credentials/endpoint`` and ``carpass-simulator``."""
    carpass = command_group(commands, "carpass", "Car-Pass")
    send = carpass.add_parser("send", help="send the site's pending readings to Car-Pass")
    send.add_argument("--dossier", type=signed_record_number, action="append", dest="dossiers", metavar="N",
                      help="only this dossier number (repeatable)")
    send.add_argument("--timeout", type=float, default=20.0, help="seconds to wait for an answer (default 20)")
    send.add_argument("--retry-delay", type=float, default=2.0, help="first retry delay in seconds, doubled "
                      "per failure (default 2)")
    send.add_argument("--patience", type=float, default=30.0, help="seconds this run keeps retrying before "
                      "leaving readings queued for the next run (default 30)")
    send.add_argument("--stale-after", type=float, default=120.0, help="seconds after which a reading left "
                      "'sending' by a stopped run becomes 'to check' (default 120)")
    send.add_argument("--ignore-maintenance-window", action="store_true",
                      help="call Car-Pass even on Thursday 19:00-24:00")
    send.set_defaults(handler=send_command)
    status = carpass.add_parser("status", help="ask Car-Pass the state of the readings sent recently")
    status.set_defaults(handler=status_command)
    resend_parser = carpass.add_parser("resend", help="post again the reading of dossier N (refused, or 'to "
                                                      "check' after checking the Car-Pass portal) and send it")
    resend_parser.add_argument("number", metavar="N", help="dossier number")
    resend_parser.add_argument("--yes", action="store_true", help="required for a reading 'to check': Car-Pass may "
                               "already have it, posting it again records it twice")
    resend_parser.add_argument("--timeout", type=float, default=20.0, help="seconds to wait for an answer")
    resend_parser.set_defaults(handler=resend_command)
    confirm_parser = carpass.add_parser("confirm", help="confirm, with a reason, the reading of dossier N that the "
                                                        "checks blocked (then send it) or that Car-Pass flagged")
    confirm_parser.add_argument("number", metavar="N", help="dossier number")
    confirm_parser.add_argument("--reason", required=True, metavar="TEXT", help="why the reading is right (kept in "
                                "the history)")
    confirm_parser.add_argument("--timeout", type=float, default=20.0, help="seconds to wait for an answer")
    confirm_parser.set_defaults(handler=confirm_command)
    correct = carpass.add_parser("correct", help="correct the km of the reading Car-Pass received for dossier N, "
                                                 "with a reason, and send the correction")
    correct.add_argument("number", metavar="N", help="dossier number")
    correct.add_argument("--km", required=True, metavar="K", help="the right km")
    correct.add_argument("--reason", required=True, metavar="TEXT", help="why (kept in the history)")
    correct.add_argument("--timeout", type=float, default=20.0, help="seconds to wait for an answer")
    correct.set_defaults(handler=correct_command)
    received = carpass.add_parser("mark-received", help="record what is 'to check' for dossier N as received: its "
                                                        "reading (with the requestGuid the Car-Pass portal shows), "
                                                        "else its work description or correction")
    received.add_argument("number", metavar="N", help="dossier number")
    received.add_argument("--guid", metavar="G", help="requestGuid of the reading (xxxxxxxx-xxxx-xxxx-xxxx-"
                          "xxxxxxxxxxxx)")
    received.set_defaults(handler=mark_received_command)
    creds = carpass.add_parser("credentials", help="the site's Car-Pass password (admin)").add_subparsers(
        dest="carpass_credentials_command", required=True, metavar="COMMAND")
    creds.add_parser("set", help="store the password (ATELIER_CARPASS_PASSWORD or prompt) in the keyring"
                     ).set_defaults(handler=credentials_set_command)
    creds.add_parser("clear", help="remove the password from the keyring").set_defaults(
        handler=credentials_clear_command)
    creds.add_parser("test", help="call Car-Pass with the stored password (also refreshes the standard list "
                     "of work)").set_defaults(handler=credentials_test_command)
    username = creds.add_parser("username", help="the site's Car-Pass user name (default: the establishment "
                                "number); without options, print it")
    username_choice = username.add_mutually_exclusive_group()
    username_choice.add_argument("--set", metavar="USER", dest="username", help="use this user name (admin)")
    username_choice.add_argument("--default", action="store_true", help="back to the establishment number (admin)")
    username.set_defaults(handler=credentials_username_command)
    endpoint = carpass.add_parser("endpoint", help="the site's Car-Pass address (admin)").add_subparsers(
        dest="carpass_endpoint_command", required=True, metavar="COMMAND")
    endpoint_set = endpoint.add_parser("set", help="use another Car-Pass environment (e.g. the test one)")
    endpoint_set.add_argument("url")
    endpoint_set.set_defaults(handler=endpoint_set_command)
    endpoint.add_parser("show", help="print the site's Car-Pass address").set_defaults(handler=endpoint_show_command)
    simulator = commands.add_parser("carpass-simulator", help="run the Car-Pass simulator on this computer")
    simulator.add_argument("--port", type=int, default=8765, help="TCP port on 127.0.0.1 (0: any free port)")
    simulator.add_argument("--account", action="append", default=[], metavar="NUMBER=PASSWORD",
                           help=f"an establishment and its password (repeatable; also {SIM_ACCOUNTS_VARIABLE}="
                                "N1=P1,N2=P2)")
    simulator.add_argument("--fault-rate", type=float, default=0.0, help="share of calls that fail (0 to 1)")
    simulator.add_argument("--seed", type=int, default=1, help="seed of the fault sequence")
    simulator.add_argument("--timeout-delay", type=float, default=30.0, help="seconds a 'timeout' fault hangs")
    simulator.add_argument("--maintenance-window", action="store_true",
                           help="answer 503 on Thursday 19:00-24:00 (Brussels) like the real service")
    simulator.add_argument("--honour-idempotency-key", action="store_true",
                           help="replay the first answer for a repeated Idempotency-Key (the real service "
                                "publishes no such feature: off by default)")
    simulator.set_defaults(handler=simulator_command, migrate=False)


def send_command(ctx: CliContext, args) -> int:
    """Send every sendable pending reading of the user's site (or the given dossiers)."""
    scope = ctx.scope()
    options = SendOptions(timeout=(min(10.0, args.timeout), args.timeout), base_delay=args.retry_delay,
                          patience=args.patience, stale_after=args.stale_after,
                          respect_maintenance=not args.ignore_maintenance_window)
    summary = run_to_end(send_readings(ctx.database, scope, dossier_numbers=args.dossiers, options=options))
    return print_summary(ctx, summary)


def print_summary(ctx: CliContext, summary) -> int:
    """One line per entry (dossier, outcome, detail); exit 0 only if all were accepted."""
    for line in summary.lines:
        text = line.text if isinstance(line.text, str) else ctx.text(line.text)
        ctx.print(f"{line.dossier}\t{line.label}\t{text}")
    if not summary.lines:
        ctx.print(ctx.text(msg("carpass", "Aucun relevé à envoyer.")))
    if summary.stopped is not None:
        print(f"atelier: {ctx.text(summary.stopped)}", file=ctx.err)
    return 0 if summary.all_accepted else 1


def status_command(ctx: CliContext, _args) -> int:
    """Poll the processing state of the site's recent readings."""
    summary = run_to_end(poll_statuses(ctx.database, ctx.scope()))
    for reading_id, old, new in summary.changed:
        ctx.print(f"{reading_id}\t{old or '-'} -> {new}")
    ctx.print(ctx.text(msg("carpass", "{n} relevé(s) vérifié(s), {changed} changement(s).", n=summary.polled,
                           changed=len(summary.changed))))
    for error in summary.errors:
        print(f"atelier: {error}", file=ctx.err)
    if summary.stopped is not None:
        print(f"atelier: {ctx.text(summary.stopped)}", file=ctx.err)
    return 0 if not summary.errors and summary.stopped is None else 1


def resend_command(ctx: CliContext, args) -> int:
    """Post again, on the clerk's order, what is refused or à vérifier for dossier N (its
    reading, else its work description or correction), then send it."""
    scope = ctx.scope()
    reading_id = reading_of_dossier(ctx.database, scope, args.number)
    with ctx.database.session() as session:
        state = session.get(CarpassReading, reading_id).state
    followup = followup_to_check(ctx.database, scope, reading_id)
    if (state == ReadingState.UNCERTAIN or followup is not None) and not args.yes:
        raise ValidationError("--yes", msg("carpass", "Car-Pass a peut-être déjà reçu ce relevé : vérifiez sur le "
                                                      "portail Car-Pass (s'il y figure : carpass mark-received), "
                                                      "puis relancez avec --yes pour le renvoyer"))
    if state in (ReadingState.UNCERTAIN, ReadingState.FAILED) or followup is None:
        resend(ctx.database, scope, reading_id)
    else:
        resend_followup(ctx.database, scope, followup)
    options = SendOptions(timeout=(min(10.0, args.timeout), args.timeout))
    number = clean_number(args.number)
    return print_summary(ctx, run_to_end(send_readings(ctx.database, scope, dossier_numbers=[number],
                                                       options=options)))


def confirm_command(ctx: CliContext, args) -> int:
    """Confirm the blocked (then send it) or Car-Pass-flagged reading of dossier N."""
    scope = ctx.scope()
    reading_id = reading_of_dossier(ctx.database, scope, args.number)
    with ctx.database.session() as session:
        state = session.get(CarpassReading, reading_id).state
    timeout = (min(10.0, args.timeout), args.timeout)
    if state == ReadingState.ANOMALY:
        ctx.print(ctx.text(answer_anomaly(ctx.database, scope, reading_id, args.reason, timeout)))
        with ctx.database.session() as session:
            return 0 if session.get(CarpassReading, reading_id).state == ReadingState.SENT else 1
    confirm_blocked(ctx.database, scope, reading_id, args.reason)
    number = clean_number(args.number)
    return print_summary(ctx, run_to_end(send_readings(ctx.database, scope, dossier_numbers=[number],
                                                       options=SendOptions(timeout=timeout))))


def mark_received_command(ctx: CliContext, args) -> int:
    """Record what is à vérifier for dossier N as received by Car-Pass."""
    scope = ctx.scope()
    number = clean_number(args.number)
    reading_id = reading_of_dossier(ctx.database, scope, number)
    with ctx.database.session() as session:
        state = session.get(CarpassReading, reading_id).state
    followup = followup_to_check(ctx.database, scope, reading_id)
    if state != ReadingState.UNCERTAIN and followup is not None:
        mark_followup_received(ctx.database, scope, followup)
        ctx.print(ctx.text(msg("carpass", "Demande du dossier {number} enregistrée comme reçue par Car-Pass.",
                               number=number)))
        return 0
    guid = mark_received(ctx.database, scope, reading_id, args.guid or "")
    ctx.print(ctx.text(msg("carpass", "Relevé du dossier {number} enregistré comme reçu par Car-Pass (requestGuid "
                                      "{guid}).", number=number, guid=guid)))
    return 0


def correct_command(ctx: CliContext, args) -> int:
    """Queue the correction of dossier N's accepted reading and send it."""
    scope = ctx.scope()
    number = clean_number(args.number)
    correct_reading(ctx.database, scope, number, args.km, args.reason)
    options = SendOptions(timeout=(min(10.0, args.timeout), args.timeout))
    return print_summary(ctx, run_to_end(send_readings(ctx.database, scope, dossier_numbers=[number],
                                                       options=options)))


def credentials_set_command(ctx: CliContext, _args) -> int:
    """Store the site's Car-Pass password in the OS keyring."""
    scope = ctx.scope()
    scope.require_admin()
    status = credentials.keyring_status()
    if not status.usable:
        raise AtelierError(msg("carpass", "Aucun trousseau du système utilisable ({backend}) : le mot de passe "
                                          "ne peut pas être gardé. Pour un envoi planifié, définissez "
                                          "ATELIER_CARPASS_PASSWORD dans la tâche.", backend=status.backend))
    password = ctx.secret(credentials.PASSWORD_VARIABLE, msg("carpass", "Mot de passe Car-Pass de l'établissement : "))
    credentials.store_password(ctx.database, scope, password)
    ctx.print(ctx.text(msg("carpass", "Mot de passe Car-Pass enregistré dans le trousseau ({backend}).",
                           backend=status.backend)))
    return 0


def credentials_clear_command(ctx: CliContext, _args) -> int:
    """Remove the site's Car-Pass password."""
    credentials.clear_password(ctx.database, ctx.scope())
    ctx.print(ctx.text(msg("carpass", "Mot de passe Car-Pass effacé.")))
    return 0


def credentials_test_command(ctx: CliContext, _args) -> int:
    """Call Car-Pass with the stored credentials."""
    ctx.print(ctx.text(check_connection(ctx.database, ctx.scope())))
    return 0


def credentials_username_command(ctx: CliContext, args) -> int:
    """Print or change the site's Car-Pass user name."""
    scope = ctx.scope()
    if args.username is not None:
        if not args.username.strip():
            raise ValidationError("--set", msg("validation", "obligatoire"))
        login = set_username(ctx.database, scope, args.username)
    elif args.default:
        login = set_username(ctx.database, scope, None)
    else:
        login = read_login(ctx.database, scope)
    text = (msg("carpass", "Utilisateur Car-Pass du site : {username} (numéro d'établissement)",
                username=login.username) if login.is_default else
            msg("carpass", "Utilisateur Car-Pass du site : {username} (établissement {number})",
                username=login.username, number=login.establishment))
    ctx.print(ctx.text(text))
    return 0


def endpoint_set_command(ctx: CliContext, args) -> int:
    """Point the site at another Car-Pass address (admin)."""
    url = set_endpoint(ctx.database, ctx.scope(), args.url)
    ctx.print(ctx.text(msg("carpass", "Adresse Car-Pass du site : {url}", url=url)))
    return 0


def endpoint_show_command(ctx: CliContext, _args) -> int:
    """Print the site's Car-Pass address and auto-send setting."""
    settings = read_settings(ctx.database, ctx.scope())
    ctx.print(ctx.text(msg("carpass", "Adresse Car-Pass du site : {url}", url=settings.endpoint_url)))
    return 0


def parse_accounts(values: list[str], environment: str | None) -> dict[str, str]:
    """``NUMBER=PASSWORD`` pairs from the options and the environment variable."""
    pairs = list(values) + [p for p in (environment or "").split(",") if p.strip()]
    accounts = {}
    for pair in pairs:
        number, sep, password = pair.strip().partition("=")
        if not sep or not number.strip().isdigit() or not password:
            raise ValidationError("--account", msg("carpass", "NUMÉRO=MOT_DE_PASSE attendu"))
        accounts[number.strip()] = password
    if not accounts:
        raise ValidationError("--account", msg("carpass", "au moins un établissement (--account ou {variable})",
                                               variable=SIM_ACCOUNTS_VARIABLE))
    return accounts


def simulator_command(ctx: CliContext, args) -> int:
    """Serve the simulator on 127.0.0.1 until Ctrl+C."""
    from app.core.carpass.sending.simulator import CarpassSimulator, FaultConfig

    if not 0 <= args.fault_rate <= 1:
        raise ValidationError("--fault-rate", msg("carpass", "entre 0 et 1"))
    accounts = parse_accounts(args.account, os.environ.get(SIM_ACCOUNTS_VARIABLE))
    simulator = CarpassSimulator(accounts, port=args.port, maintenance_window=args.maintenance_window,
                                 faults=FaultConfig(rate=args.fault_rate, seed=args.seed,
                                                    timeout_delay=args.timeout_delay),
                                 honour_idempotency_key=args.honour_idempotency_key)
    ctx.print(ctx.text(msg("carpass", "Simulateur Car-Pass sur {url} (établissements : {numbers}). Ctrl+C pour "
                                      "arrêter.", url=simulator.base_url, numbers=", ".join(sorted(accounts)))))
    sys.stdout.flush()
    simulator.serve_until_interrupted()
    return 0
