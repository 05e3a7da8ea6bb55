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
