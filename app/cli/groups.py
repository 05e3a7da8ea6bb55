"""Command groups shared by several files (``carpass`` holds list, enrol, send...)."""

from __future__ import annotations

import argparse

_GROUPS: dict[tuple[int, str], argparse._SubParsersAction] = {}


def command_group(commands: argparse._SubParsersAction, name: str, help_text: str) -> argparse._SubParsersAction:
    """The sub-command set of ``atelier NAME``, created by whichever file asks first."""
    key = (id(commands), name)
    if key not in _GROUPS:
        parser = commands.add_parser(name, help=help_text)
        _GROUPS[key] = parser.add_subparsers(dest=f"{name.replace('-', '_')}_command", required=True,
                                             metavar="COMMAND")
    return _GROUPS[key]
