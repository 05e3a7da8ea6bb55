"""Fixtures of the e-invoicing tests: an in-memory keyring, the test set, and an access-point
simulator on loopback configured as the site's provider."""

from __future__ import annotations

import pytest

from app.core.peppol import credentials
from app.core.peppol.access_point.simulator import AccessPointSimulator, Participant
from app.core.rental.einvoicing.access_point_settings import set_endpoint, store_key
from tests.rental.einvoicing.document_set import ASSISTANCE_PEPPOL, BUSINESS_VAT, build_test_set
from tests.rental.invoicing.conftest import memory_keyring  # noqa: F401 - fixture

API_KEY = "ap-key-site-a"


@pytest.fixture
def test_set(world):
    return build_test_set(world.db, world.company_id, world.clerk_a, world.site_b, world.clerk_b)


@pytest.fixture
def simulator():
    sim = AccessPointSimulator({API_KEY: "0208:0426753973", "ap-key-site-b": "0208:0426753973"},
                               {ASSISTANCE_PEPPOL: Participant("Europ Assistance Belgium"),
                                f"0208:{BUSINESS_VAT[2:]}": Participant("Garage Dubois SRL")}).start()
    yield sim
    sim.stop()
    credentials.forget_session_keys()


@pytest.fixture
def connected(world, simulator, memory_keyring):  # noqa: F811 - fixture
    """Site A points at the simulator with its key in the (memory) keyring."""
    set_endpoint(world.db, world.admin_a, simulator.base_url)
    store_key(world.db, world.admin_a, API_KEY)
    return simulator
