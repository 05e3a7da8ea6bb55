"""Command groups shared by several files (``carpass`` holds list, enrol, send...)."""

from __future__ import annotations

import argparse


def command_group(commands: argparse._SubParsersAction, name: str, help_text: str) -> argparse._SubParsersAction:
    """The sub-command set of ``atelier NAME``, created by whichever file asks first.

    The groups are remembered on this parser's ``commands`` object itself (never in a
    module-level cache, where a new parser could be handed a dead parser's group).
    """
    groups: dict[str, argparse._SubParsersAction] = commands.__dict__.setdefault("_atelier_groups", {})
    if name not in groups:
        parser = commands.add_parser(name, help=help_text)
        groups[name] = parser.add_subparsers(dest=f"{name.replace('-', '_')}_command", required=True,
                                             metavar="COMMAND")
    return groups[name]


MAX_RECORD_NUMBER = 2**31 - 1  # the databases' INTEGER columns (PostgreSQL's int4)


def record_number(text: str) -> int:
    """An argparse type for a contract, payment or record number: a whole number from 1 to
    2,147,483,647 (what the databases store); anything else is a usage error, exit 2."""
    from app.core.numbers import NumberFormatError, parse_int

    try:
        value = parse_int(text)
    except NumberFormatError:
        if text.strip().lstrip("+-").isascii() and text.strip().lstrip("+-").isdigit():  # too many digits
            raise argparse.ArgumentTypeError(f"{text[:40]} is out of range (1 to {MAX_RECORD_NUMBER})") from None
        raise argparse.ArgumentTypeError(f"whole number expected: {text[:40]!r}") from None
    if not 1 <= value <= MAX_RECORD_NUMBER:
        raise argparse.ArgumentTypeError(f"{text[:40]} is out of range (1 to {MAX_RECORD_NUMBER})")
    return value


def signed_record_number(text: str) -> int:
    """Like :func:`record_number`, also negative (Car-Pass internal dossiers), never 0."""
    if text.strip().startswith("-"):
        return -record_number(text.strip()[1:])
    return record_number(text)
