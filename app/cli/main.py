"""``atelier`` entry point: the GUI with no command, otherwise one command of the CLI.

Exit codes: 0 success, 1 operation failed, 2 bad input (message on stderr).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from app import __version__

if TYPE_CHECKING:
    from app.core.modules import ModuleKey

# Only what the GUI's start needs is imported here: the error types and the module keys
# are imported where a command runs (they cost ~5 ms before the login dialog).
Commands = argparse._SubParsersAction


def _platform_commands(commands: Commands) -> None:
    from app.cli import audit_commands, platform_commands

    platform_commands.register(commands)
    audit_commands.register(commands)


def _carpass_commands(commands: Commands) -> None:
    from app.cli import carpass_commands, carpass_dossier_edit, carpass_proof_commands, carpass_sending_commands

    carpass_commands.register(commands)
    carpass_dossier_edit.register(commands)
    carpass_sending_commands.register(commands)
    carpass_proof_commands.register(commands)


def _controls_commands(commands: Commands) -> None:
    from app.cli import controls_commands

    controls_commands.register(commands)


def _rental_commands(commands: Commands) -> None:
    from app.cli import (
        rental_commands,
        rental_data_commands,
        rental_dossier_commands,
        rental_einvoicing_commands,
        rental_invoicing_commands,
        rental_money_commands,
    )

    rental_commands.register(commands)
    rental_data_commands.register(commands)
    rental_dossier_commands.register(commands)
    rental_invoicing_commands.register(commands)
    rental_money_commands.register(commands)
    rental_einvoicing_commands.register(commands)


def _command_groups() -> tuple[tuple[ModuleKey | None, Callable[[Commands], None]], ...]:
    from app.core.modules import ModuleKey

    return (
        (None, _platform_commands),
        (ModuleKey.CARPASS, _carpass_commands),
        (ModuleKey.CONTROLS, _controls_commands),
        (ModuleKey.RENTAL, _rental_commands),
    )


def __getattr__(name: str) -> object:
    """``COMMAND_GROUPS``: the platform's commands, then each business module's (the core's
    ModuleKey order), made when first asked for (the GUI's start does not need them)."""
    if name == "COMMAND_GROUPS":
        return _command_groups()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


LANGUAGES = ("fr", "nl", "en")
_FLAGS = {"--demo": "demo", "--self-check": "self_check"}
_VALUED = {"--database": "database", "--user": "user", "--lang": "lang"}


def _global_options(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add the options that come before any command (also the GUI's options)."""
    parser.add_argument("--version", action="version", version=f"atelier {__version__}")
    parser.add_argument("--database", metavar="URL", help="sqlite:///file or postgresql://user@host/db "
                        "(default: ATELIER_DATABASE_URL, then the local file)")
    parser.add_argument("--user", metavar="LOGIN", help="log in as LOGIN (password: ATELIER_PASSWORD or prompt)")
    parser.add_argument("--demo", action="store_true", help="fill an empty database with demo data first")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of messages")
    parser.add_argument("--self-check", action="store_true", help="check the installation and exit")
    return parser


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with the platform's and every module's commands."""
    parser = _global_options(argparse.ArgumentParser(prog="atelier",
                                                     description="Atelier — body-shop station software"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for _key, register in _command_groups():
        register(commands)
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


def _plain_global_options(argv: list[str]) -> argparse.Namespace | None:
    """The global options when each is spelled in full and apart from its value
    (``--database URL --demo``, what shortcuts and scripts use), read without argparse:
    each parser looks up argparse's own translations on disk (~2 ms before the login
    dialog). None for anything else (a command, ``--opt=value``, an abbreviation, a value
    that looks like an option, a bad language): argparse then decides, as before."""
    values: dict[str, object] = {"database": None, "user": None, "demo": False, "lang": None,
                                 "self_check": False}
    index = 0
    while index < len(argv):
        word = argv[index]
        if word in _FLAGS:
            values[_FLAGS[word]] = True
            index += 1
        elif word in _VALUED and index + 1 < len(argv) and not argv[index + 1].startswith("-"):
            values[_VALUED[word]] = argv[index + 1]
            index += 2
        else:
            return None
    if values["lang"] is not None and values["lang"] not in LANGUAGES:
        return None
    return argparse.Namespace(**values, command=None)


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    """The parsed command line. Without a command word (the GUI's start) only the global
    options are parsed: importing every command module (reportlab, requests, …) would add
    a good part of a second before the login dialog appears."""
    argv = sys.argv[1:] if argv is None else list(argv)
    if {"-h", "--help", "--version"} & set(argv):
        return build_parser().parse_args(argv)
    plain = _plain_global_options(argv)
    if plain is not None:
        return plain
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
    from app.cli.console import make_output_tolerant

    make_output_tolerant()
    args = parse_arguments(argv)
    from app.core.platform.logging_setup import setup_logging

    gui = args.command is None and not args.self_check
    # The GUI writes its records once the login dialog is painted (app.ui.application).
    setup_logging("atelier" if gui else "atelier-cli", track_session=gui, hold_records=gui)
    if args.demo and not args.database and not os.environ.get("ATELIER_DATABASE_URL"):
        from app.core.paths import demo_database_url

        args.database = demo_database_url()
    if args.self_check:
        from app.cli.self_check import run_self_check

        return run_self_check()
    from app.core.db.urls import has_password, password_warning

    password_in_url = has_password(args.database)
    if args.command is None:
        from app.ui.application import run_gui

        return run_gui(args.database or os.environ.get("ATELIER_DATABASE_URL"), demo=args.demo,
                       password_on_command_line=password_in_url)
    from app.cli.context import CliContext
    from app.core.errors import AtelierError, ValidationErrors

    translate = _cli_translator(args.lang)
    if password_in_url:
        print(f"atelier: {password_warning().render(translate)}", file=sys.stderr)
    ctx = CliContext(args.database, args.user, translate, migrate=getattr(args, "migrate", True))
    try:
        if args.demo:
            from app.core.demo import populate_demo
            from app.core.progress import run_to_end

            run_to_end(populate_demo(ctx.database))
        return int(args.handler(ctx, args) or 0)
    except ValidationErrors as exc:
        print(f"atelier: {exc.render_all(translate)}", file=sys.stderr)
        return exc.exit_code
    except AtelierError as exc:
        print(f"atelier: {exc.message.render(translate)}", file=sys.stderr)
        return exc.exit_code
    except OSError as exc:  # a file to write or read (--out to a missing folder, a full disk…)
        from app.core.i18n import msg

        refusal = msg("cli", "fichier {path} inutilisable : {reason}", path=str(exc.filename or "?"),
                      reason=exc.strerror or str(exc))
        print(f"atelier: {refusal.render(translate)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 1
    finally:
        ctx.close()
