"""Site isolation through the CLI: a clerk of site A runs every command that takes a number,
reference or id against site B's records. Each is refused or not found (exit code not 0),
says nothing of B's data, and leaves every row of the database unchanged. Listing commands
never show B's rows. On SQLite and PostgreSQL."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import inspect, select, text

from app.core.carpass.models import Technician
from app.core.carpass.sending.sender import send_readings
from app.core.progress import run_to_end
from app.core.rental.invoicing.invoicing import invoice_dossier
from app.core.rental.invoicing.payments import record_payment
from app.core.rental.models import RentalDossier
from tests.carpass.sending.conftest import FAST, enrol
from tests.rental.invoicing.factories import make_contract, make_rental_world

B_DOSSIER = 7001      # Car-Pass dossier number that exists on site B only
CHANGING = {"login_attempt", "app_user"}  # the login itself (A's attempt) is allowed to write there


def _snapshot(db) -> dict[str, list]:
    with db.engine.connect() as connection:
        tables = [t for t in inspect(connection).get_table_names() if t not in CHANGING and t != "alembic_version"]
        return {t: sorted((tuple(r) for r in connection.execute(text(f'SELECT * FROM "{t}"'))), key=repr)
                for t in tables}


@pytest.fixture
def site_b(carpass):
    """Site B's records: a Car-Pass dossier in the list with an acknowledged reading, a
    technician, a returned rental contract with its invoice and a payment."""
    world = carpass
    entry = enrol(world.db, world.site_b, B_DOSSIER)
    assert run_to_end(send_readings(world.db, world.clerk_b, entry_ids=[entry], options=FAST)).all_accepted
    enrol(world.db, world.site_b, B_DOSSIER + 1, status="pending")
    rw = make_rental_world(world.db, world.company_id)
    contract = make_contract(world.db, world.site_b, rw)
    open_contract = make_contract(world.db, world.site_b, rw, returned=False)
    (invoice, *_) = invoice_dossier(world.db, world.clerk_b, contract)
    payment, _ = record_payment(world.db, world.clerk_b, contract, "25", "cash", "client")
    with world.db.session() as s:
        numbers = {d.id: d.number for d in s.scalars(select(RentalDossier))}
        badge = s.scalars(select(Technician.code).where(Technician.site_id == world.site_b)).first()
    return {"contract": numbers[contract], "open": numbers[open_contract], "invoice": invoice.reference,
            "payment": payment.id, "badge": badge}


def _commands(b: dict, tmp) -> list[list[str]]:
    return [
        ["carpass", "enrol", str(B_DOSSIER + 1)],
        ["carpass", "remove", str(B_DOSSIER + 1), "--reason", "essai"],
        ["dossiers", "show", str(B_DOSSIER)],
        ["dossiers", "show", str(B_DOSSIER), "--format", "json"],
        ["dossiers", "clock", str(B_DOSSIER), b["badge"]],
        ["carpass", "send", "--dossier", str(B_DOSSIER + 1), "--timeout", "1", "--patience", "1"],
        ["controls", "export", "--site", "B"],
        ["rental", "price", str(b["open"])],
        ["rental", "convert", str(b["open"])],
        ["rental", "extend", str(b["open"]), "--by", "client", "--return", "30-11-2026 09:00"],
        ["rental", "invoice", str(b["contract"])],
        ["rental", "credit-note", b["invoice"], "--reason", "essai"],
        ["rental", "pdf", str(b["contract"]), "--out", str(tmp / "b.pdf")],
        ["rental", "contract", str(b["contract"]), "--out", str(tmp / "c.pdf")],
        ["rental", "pay", str(b["contract"]), "--amount", "10", "--method", "cash", "--payer", "client"],
        ["rental", "reverse", str(b["payment"])],
        ["rental", "payments", str(b["contract"])],
        ["rental", "mail", str(b["contract"])],
    ]


def test_clerk_of_site_a_cannot_reach_site_b_through_any_cli_command(carpass, site_b, run_cli, tmp_path):
    db = carpass.db
    before = _snapshot(db)
    reached = []
    for command in _commands(site_b, tmp_path):
        result = run_cli(db, "--user", "clerk.a", *command)
        leaked = [v for v in (site_b["invoice"], "GRAULICH", "WAUZZZ8V3EA070544") if v in result.out]
        if result.code == 0 or leaked:
            reached.append((command, result.code, result.out[:200], leaked))
    assert reached == []
    assert not (tmp_path / "b.pdf").exists() and not (tmp_path / "c.pdf").exists()
    assert _snapshot(db) == before


def test_listings_of_site_a_never_show_site_b(carpass, site_b, run_cli):
    db = carpass.db
    for command in (["carpass", "list", "--all", "--format", "json"],
                    ["carpass", "list", "--all", "--search", str(B_DOSSIER)],
                    ["rental", "dossiers", "list", "--search", str(site_b["contract"])],
                    ["controls", "export"]):
        result = run_cli(db, "--user", "clerk.a", *command)
        assert result.code == 0, (command, result.err)
        assert str(B_DOSSIER) not in result.out and site_b["invoice"] not in result.out, command
    listed = json.loads(run_cli(db, "--user", "clerk.b", "carpass", "list", "--all", "--format", "json").out)
    assert str(B_DOSSIER) in json.dumps(listed)  # the same listing by B's clerk does show it


def test_the_same_ids_work_for_site_b_s_own_clerk(carpass, site_b, run_cli, tmp_path):
    """Control: the sweep's ids are real (B's clerk reaches them), so its refusals mean something."""
    db = carpass.db
    for command in (["dossiers", "show", str(B_DOSSIER)], ["rental", "price", str(site_b["open"])],
                    ["rental", "payments", str(site_b["contract"])], ["controls", "export", "--site", "B"],
                    ["rental", "pdf", str(site_b["contract"]), "--out", str(tmp_path / "b.pdf")]):
        result = run_cli(db, "--user", "clerk.b", *command)
        assert result.code == 0, (command, result.out, result.err)
    assert (tmp_path / "b.pdf").stat().st_size > 1000
    assert run_cli(db, "--user", "clerk.b", "rental", "reverse", str(site_b["payment"])).code == 0
