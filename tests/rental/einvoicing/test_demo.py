"""Demo mode: the demo sites send their e-invoices to a simulator on loopback."""

from __future__ import annotations

from sqlalchemy import select

from app.core.demo import populate_demo
from app.core.peppol import credentials
from app.core.platform.auth import login
from app.core.platform.demo import DEMO_PASSWORD
from app.core.progress import run_to_end
from app.core.rental.einvoicing.access_point_settings import read_settings
from app.core.rental.einvoicing.demo import start_demo_access_point
from app.core.rental.einvoicing.sender import SendOptions, send_einvoices
from app.core.rental.invoicing.models import Invoice


def test_demo_sites_send_to_the_simulator(sqlite_db, memory_keyring):
    run_to_end(populate_demo(sqlite_db))
    simulator = start_demo_access_point(sqlite_db)
    try:
        scope = login(sqlite_db, "clerk.liege", DEMO_PASSWORD)
        current = read_settings(sqlite_db, scope)
        assert current.endpoint_url == simulator.base_url and current.key_stored_in == "session"
        assert not memory_keyring.secrets  # the OS keyring is not touched
        with sqlite_db.session() as s:
            ids = list(s.scalars(select(Invoice.id).where(Invoice.site_id == scope.site_id,
                                                          Invoice.payer_vat_number != "")))
        assert ids, "the demo issues invoices to assistance companies"
        summary = run_to_end(send_einvoices(sqlite_db, scope, ids, options=SendOptions(patience=1)))
        states = {line.state for line in summary.lines}
        assert "sent" in states and states <= {"sent", "not_registered"}
        assert len(simulator.received()) == sum(line.state == "sent" for line in summary.lines)
    finally:
        simulator.stop()
        credentials.forget_session_keys()


def test_no_simulator_for_a_database_without_the_demo_company(sqlite_db):
    assert start_demo_access_point(sqlite_db) is None
