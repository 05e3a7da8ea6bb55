"""``atelier`` entry point: the GUI with no command, otherwise one command of the CLI.

Exit codes: 0 success, 1 operation failed, 2 bad input (message on stderr).
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import os
import sys

from app import __version__
from app.core.errors import AtelierError, ValidationErrors
from app.core.modules import MODULE_KEYS

COMMAND_MODULES = (
    "app.cli.platform_commands",
    *(f"app.cli.{key}_commands" for key in MODULE_KEYS),
    "app.cli.carpass_sending_commands",
    "app.cli.carpass_proof_commands",
    "app.cli.rental_invoicing_commands",
)


def _global_options(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add the options that come before any command (also the GUI's options)."""
    parser.add_argument("--version", action="version", version=f"atelier {__version__}")
    parser.add_argument("--database", metavar="URL", help="sqlite:///file or postgresql://user@host/db "
                        "(default: ATELIER_DATABASE_URL, then the local file)")
    parser.add_argument("--user", metavar="LOGIN", help="log in as LOGIN (password: ATELIER_PASSWORD or prompt)")
    parser.add_argument("--demo", action="store_true", help="fill an empty database with demo data first")
    parser.add_argument("--lang", choices=("fr", "nl", "en"), help="language of messages")
    parser.add_argument("--self-check", action="store_true", help="check the installation and exit")
    return parser


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with the platform's and every module's commands."""
    parser = _global_options(argparse.ArgumentParser(prog="atelier", description="Atelier — body-shop station software"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        if importlib.util.find_spec(name) is not None:
            importlib.import_module(name).register(commands)
    return parser


def _cli_translator(language: str | None):
    """A translate(context, text) function for the CLI's language (Qt translators, no GUI)."""
    from PySide6.QtCore import QCoreApplication

    from app.ui.i18n import install_language
    from app.ui.settings import language as saved_language
    from app.ui.settings import station_settings

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    install_language(app, language or os.environ.get("ATELIER_LANG") or saved_language(station_settings()))
    return QCoreApplication.translate


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    """The parsed command line. Without a command word (the GUI's start) only the global
    options are parsed: importing every command module (reportlab, requests, …) would add
    a good part of a second before the login dialog appears."""
    argv = sys.argv[1:] if argv is None else list(argv)
    if {"-h", "--help", "--version"} & set(argv):
        return build_parser().parse_args(argv)
    quick = _global_options(argparse.ArgumentParser(prog="atelier", add_help=False, exit_on_error=False))
    try:
        args, rest = quick.parse_known_args(argv)
    except argparse.ArgumentError:  # a bad global option: the full parser reports it
        args, rest = None, argv
    if args is not None and not rest:
        args.command = None
        return args
    return build_parser().parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    args = parse_arguments(argv)
    from app.core.platform.logging_setup import setup_logging

    setup_logging("atelier" if args.command is None and not args.self_check else "atelier-cli")
    if args.demo and not args.database and not os.environ.get("ATELIER_DATABASE_URL"):
        from app.core.paths import demo_database_url

        args.database = demo_database_url()
    if args.self_check:
        from app.cli.self_check import run_self_check

        return run_self_check()
    if args.command is None:
        from app.ui.application import run_gui

        return run_gui(args.database or os.environ.get("ATELIER_DATABASE_URL"), demo=args.demo)
    from app.cli.context import CliContext

    translate = _cli_translator(args.lang)
    ctx = CliContext(args.database, args.user, translate, migrate=getattr(args, "migrate", True))
    try:
        if args.demo:
            from app.core.platform.demo import populate_demo
            from app.core.progress import run_to_end

            run_to_end(populate_demo(ctx.database))
        return int(args.handler(ctx, args) or 0)
    except ValidationErrors as exc:
        print(f"atelier: {exc.render_all(translate)}", file=sys.stderr)
        return exc.exit_code
    except AtelierError as exc:
        print(f"atelier: {exc.message.render(translate)}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 1
    finally:
        ctx.close()
