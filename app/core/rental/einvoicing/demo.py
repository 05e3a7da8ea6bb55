"""Demo mode: a Peppol access-point simulator on a free loopback port for the demo sites.

``atelier --demo`` calls :func:`start_demo_access_point` after the demo data exist: the demo
sites then send their e-invoices to the simulator (never to a real provider), with a demo
key kept in memory for the session (the OS keyring is not touched). Every demo assistance
company is registered on the simulated network but the last one, which shows the clerk
what "absent de Peppol" looks like; business customers with a Belgian VAT number are
registered too.
"""

from __future__ import annotations

from sqlalchemy import select

from app.core.db.engine import Database
from app.core.peppol import credentials
from app.core.peppol.access_point.simulator import AccessPointSimulator, Participant
from app.core.peppol.participants import participant_for
from app.core.platform.models import Company, Site
from app.core.platform.site_settings import store_setting
from app.core.rental.einvoicing.access_point_settings import ENDPOINT_KEY
from app.core.rental.models import Customer

DEMO_KEY = "peppol-demo"
DEMO_ENTERPRISE_NUMBER = "0426753973"


def start_demo_access_point(database: Database) -> AccessPointSimulator | None:
    """Start the simulator and point the demo company's sites at it (None: not the demo database)."""
    with database.session() as session:
        company = session.scalar(select(Company).where(Company.enterprise_number == DEMO_ENTERPRISE_NUMBER))
        if company is None:
            return None
        sites = list(session.scalars(select(Site).where(Site.company_id == company.id)))
        customers = session.scalars(select(Customer).where(Customer.company_id == company.id,
                                                           Customer.vat_number != "").order_by(Customer.id)).all()
        assistance = [c for c in customers if c.is_assistance]
        participants = {}
        for customer in customers:
            if assistance and customer is assistance[-1] and len(assistance) > 1:
                continue
            participant = participant_for(customer.peppol_id, customer.enterprise_number, customer.vat_number)
            if participant is not None:
                participants[str(participant)] = Participant(customer.name)
    simulator = AccessPointSimulator({DEMO_KEY: f"0208:{DEMO_ENTERPRISE_NUMBER}"}, participants,
                                     delivery_polls=2).start()
    with database.session() as session:
        for site in sites:
            store_setting(session, site.id, ENDPOINT_KEY, simulator.base_url, "demo")
    for site in sites:
        credentials.store_key(site.establishment_number, DEMO_KEY, session_only=True)
    return simulator
