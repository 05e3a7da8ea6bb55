"""Audit commands: ``audit verify`` checks the hash chains of the legal records (admin)."""

from __future__ import annotations

import argparse

from app.cli.context import CliContext


def register(commands: argparse._SubParsersAction) -> None:
    """Add the audit commands to the CLI."""
    audit = commands.add_parser("audit", help="tamper evidence (admin)").add_subparsers(dest="audit_command",
                                                                                       required=True)
    audit.add_parser("verify", help="check the hash chains of invoices, credit notes, payments, journal entries "
                                    "and accepted Car-Pass readings; exit 1 when one is broken"
                     ).set_defaults(handler=audit_verify_command)


def audit_verify_command(ctx: CliContext, _args) -> int:
    """One line per chain of the sites the admin reaches: length and head hash, or the first
    record that does not match. Exit 1 when any chain is broken."""
    from app.core.ledger.verify import broken_chains, verify_ledger

    reports = verify_ledger(ctx.database, ctx.scope())
    for report in reports:
        ctx.print(ctx.text(report.describe()))
    return 1 if broken_chains(reports) else 0
