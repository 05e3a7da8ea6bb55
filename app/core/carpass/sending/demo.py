"""Demo mode: a Car-Pass simulator on a free loopback port for the demo company's sites.

``atelier --demo`` calls :func:`start_demo_simulator` after the demo data exist: the demo
sites then send to the simulator (never to the real Car-Pass) with a demo password kept
in memory for the session (the OS keyring is not touched).
"""

from __future__ import annotations

from sqlalchemy import select

from app.core.carpass.sending.credentials import remember_for_session
from app.core.carpass.sending.endpoint import ENDPOINT_KEY
from app.core.carpass.sending.simulator import CarpassSimulator
from app.core.db.engine import Database
from app.core.platform.demo import DEMO_SITES
from app.core.platform.models import Company, Site
from app.core.platform.site_settings import store_setting

DEMO_CARPASS_PASSWORD = "carpass-demo"
DEMO_ENTERPRISE_NUMBER = "0426753973"


def demo_sites(database: Database) -> list[Site]:
    """The demo company's sites (none when the database is not the demo one)."""
    pairs = {(site[0], site[2]) for site in DEMO_SITES}
    with database.session() as session:
        sites = session.scalars(select(Site).join(Company, Company.id == Site.company_id).where(
            Company.enterprise_number == DEMO_ENTERPRISE_NUMBER))
        return [site for site in sites if (site.code, site.establishment_number) in pairs]


def start_demo_simulator(database: Database) -> CarpassSimulator | None:
    """Start the simulator in a background thread and point the demo sites at it.

    Returns the running simulator (stopped with the process or by ``stop()``), or None
    when the database holds no demo site.
    """
    sites = demo_sites(database)
    if not sites:
        return None
    simulator = CarpassSimulator({site.establishment_number: DEMO_CARPASS_PASSWORD for site in sites}).start()
    with database.session() as session:
        for site in sites:
            store_setting(session, site.id, ENDPOINT_KEY, simulator.base_url, "demo")
    for site in sites:
        remember_for_session(site.establishment_number, DEMO_CARPASS_PASSWORD)
    return simulator
