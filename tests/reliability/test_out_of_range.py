"""Values far out of range through the CLI: refused with exit 2 and a sentence (never a
traceback), nothing written (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app.core.rental.models import Customer, RentalDossier
from tests.conftest import CliResult
from tests.rental.invoicing.factories import make_contract, make_rental_world

TABLES = ("rental_dossier", "rental_extension", "rental_payment", "rental_invoice", "journal_entry",
          "rental_tariff_rate")
HUGE_ID = str(2**70)


def _snapshot(db) -> dict[str, list]:
    with db.engine.connect() as connection:
        existing = {name for name in TABLES
                    if connection.execute(text("SELECT count(*) FROM information_schema.tables WHERE table_name = :t")
                                          if db.is_postgres else
                                          text("SELECT count(*) FROM sqlite_master WHERE name = :t"),
                                          {"t": name}).scalar()}
        return {name: [tuple(row) for row in connection.execute(text(f"SELECT * FROM {name} ORDER BY 1"))]
                for name in sorted(existing)}


@pytest.fixture
def contract(world):
    """An unreturned PEC contract of site A whose driver has a licence; its number."""
    rw = make_rental_world(world.db, world.company_id)
    dossier_id = make_contract(world.db, world.site_a, rw, returned=False)
    with world.db.session() as session:
        session.get(Customer, rw.beneficiary_id).licence_number = "B123456789"
        return str(session.get(RentalDossier, dossier_id).number)


@pytest.fixture
def cli(run_cli, capsys):
    """``run_cli`` that also reports argparse's own refusals (SystemExit 2) as results."""

    def run(db, *args):
        try:
            return run_cli(db, *args)
        except SystemExit as exc:
            return CliResult(int(exc.code), "", capsys.readouterr().err)

    return run


def _attempts(contract: str) -> list[tuple[tuple[str, ...], str]]:
    """(command, what its refusal names)."""
    return [
        (("rental", "extend", contract, "--by", "client", "--return", "31-12-9999 10:00"), "366 jours"),
        (("rental", "extend", contract, "--by", "assistance", "--days", "99999999999"), "au plus"),
        (("rental", "extend", contract, "--by", "assistance", "--days", "30", "--return", "01-06-2030 10:00"),
         "366 jours"),
        (("rental", "dossiers", "edit", contract, "--pec-days", "99999999999"), "--pec-days"),
        (("rental", "dossiers", "edit", contract, "--pec-days", "400"), "au plus 366"),
        (("rental", "dossiers", "edit", contract, "--customer", HUGE_ID), "--customer"),
        (("rental", "dossiers", "edit", contract, "--return", "31-12-9999 10:00"), "366 jours"),
        (("rental", "dossiers", "edit", contract, "--deposit", "99999999999999"), "au plus"),
        (("rental", "dossiers", "edit", HUGE_ID, "--notes", "x"), "out of range"),
        (("rental", "price", HUGE_ID), "out of range"),
        (("rental", "invoice", HUGE_ID), "out of range"),
        (("rental", "pay", HUGE_ID, "--amount", "10", "--method", "cash", "--payer", "client"), "out of range"),
        (("rental", "pay", contract, "--amount", "1000000", "--method", "cash", "--payer", "client"), "trop élevé"),
        (("rental", "reverse", HUGE_ID), "out of range"),
        (("rental", "payments", "-" + HUGE_ID), "out of range"),
        (("rental", "tariffs", "add", "BIG", "--name", "Big", "--rate", "B:1:2000000:1"), "au plus"),
    ]


def test_out_of_range_values_exit_2_and_write_nothing(world, cli, contract):
    before = _snapshot(world.db)
    for attempt, reason in _attempts(contract):
        user = ("--user", "admin.a") if "tariffs" in attempt else ("--user", "clerk.a")
        result = cli(world.db, *user, *attempt)
        assert result.code == 2, (attempt, result.code, result.err)
        assert "Traceback" not in result.err and reason in result.err, (attempt, result.err)
    assert _snapshot(world.db) == before


def test_the_same_commands_work_within_range(world, cli, contract):
    """Control: the refusals above come from the values, not from the commands."""
    user = ("--user", "clerk.a")
    extended = cli(world.db, *user, "rental", "extend", contract, "--by", "assistance", "--days", "3")
    assert extended.code == 0, extended.err
    assert cli(world.db, *user, "rental", "dossiers", "edit", contract, "--pec-days", "6").code == 2  # fixed now
    assert cli(world.db, *user, "rental", "price", contract).code == 0
