"""An admin's start-up checks the ledger off the GUI thread: nothing shown while the chains
verify, a red banner naming the first break once a payment was changed behind the app."""

from __future__ import annotations

from app.core.rental.invoicing.invoicing import invoice_dossier
from app.core.rental.invoicing.payments import record_payment
from app.ui.app_context import AppContext
from app.ui.main_window import MainWindow
from app.ui.settings import station_settings
from tests.reliability.attacker import attacker
from tests.rental.invoicing.factories import make_contract, make_rental_world


def _paid_contract(world) -> None:
    rw = make_rental_world(world.db, world.company_id)
    dossier = make_contract(world.db, world.site_a, rw)
    invoice_dossier(world.db, world.clerk_a, dossier)
    record_payment(world.db, world.clerk_a, dossier, "25", "cash", "client")


def test_intact_ledger_shows_no_banner(qtbot, sqlite_world):
    _paid_contract(sqlite_world)
    window = MainWindow(AppContext(sqlite_world.db, sqlite_world.admin_a, station_settings()))
    qtbot.addWidget(window)
    # the result reaches the GUI thread through its event loop: not before waitSignal runs it
    with qtbot.waitSignal(window.ledger_banner.checked, timeout=30_000) as blocker:
        pass
    assert blocker.args == [[]]
    assert window.ledger_banner.isHidden()


def test_a_changed_payment_shows_the_red_banner(qtbot, sqlite_world):
    _paid_contract(sqlite_world)
    with attacker(sqlite_world.db, "payment") as run:
        run("UPDATE payment SET amount = 9999900")
    window = MainWindow(AppContext(sqlite_world.db, sqlite_world.admin_a, station_settings()))
    qtbot.addWidget(window)
    # the result reaches the GUI thread through its event loop: not before waitSignal runs it
    with qtbot.waitSignal(window.ledger_banner.checked, timeout=30_000) as blocker:
        pass
    (broken,) = blocker.args[0]
    assert broken.kind == "payment"
    assert not window.ledger_banner.isHidden()
    assert "Registre altéré : 1 chaîne(s) rompue(s)" in window.ledger_banner.text()
    assert "amount: 25.00 → 99999.00" in window.ledger_banner.text()


def test_a_clerk_start_runs_no_check(qtbot, sqlite_world):
    window = MainWindow(AppContext(sqlite_world.db, sqlite_world.clerk_a, station_settings()))
    qtbot.addWidget(window)
    assert window.ledger_banner.isHidden() and window.ledger_banner.text() == ""
