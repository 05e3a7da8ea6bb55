"""The last reading sent to Car-Pass for a VIN is company-wide although a clerk's own
PostgreSQL role sees only his site's readings: the list and the send-time checks of a
clerk of site B take site A's reading (sent over HTTP to the simulator) into account,
through a SECURITY DEFINER function that answers km and dates only, for his company only."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from app.core.carpass.carpass_list import CarpassListSource
from app.core.carpass.models import CarpassEntry, Dossier
from app.core.carpass.sending.models import CarpassReading
from app.core.carpass.sending.readings import prepare, select_entries
from app.core.carpass.sending.sender import send_readings
from app.core.grid import GridQuery
from app.core.platform.models import Company, Site
from app.core.progress import run_to_end
from app.core.timeutil import local_today, utcnow
from tests.carpass.helpers import add_reading
from tests.carpass.sending.conftest import FAST, enrol
from tests.factories import PASSWORD

pytestmark = pytest.mark.postgres

VIN = "WAUZZZ8V3EA070544"
OTHER_VIN = "VF1RFB00X58765432"


@pytest.fixture
def pg_carpass(pg_world, simulator, memory_keyring):
    """Both sites of the PostgreSQL company send to the simulator."""
    from app.core.carpass.sending import credentials
    from app.core.carpass.sending.endpoint import set_endpoint
    from tests.carpass.sending.conftest import PASSWORD_A, PASSWORD_B

    for admin, password in ((pg_world.admin_a, PASSWORD_A), (pg_world.admin_b, PASSWORD_B)):
        set_endpoint(pg_world.db, admin, simulator.base_url)
        credentials.store_password(pg_world.db, admin, password)
    return pg_world


def _other_company_reading(db) -> None:
    """A reading another company sent for OTHER_VIN (written by the superuser)."""
    with db.session() as session:
        company = Company(name="Autre SA", enterprise_number="0403170701", uses_vat_register=False)
        session.add(company)
        session.flush()
        site = Site(company_id=company.id, code="Z", name="Site Z", establishment_number="2000000000")
        session.add(site)
        session.flush()
        dossier = Dossier(site_id=site.id, number=1, plate="1ZZZ999", vin=OTHER_VIN, original_km=90_000,
                          damage_km=90_000, repair_km=90_000, merged=False, create_vat_number=False)
        session.add(dossier)
        session.flush()
        entry = CarpassEntry(site_id=site.id, dossier_id=dossier.id, status="sent")
        session.add(entry)
        session.flush()
        ids = (site.id, entry.id, dossier.id)
    add_reading(db, ids[0], ids[1], ids[2], OTHER_VIN, 90_000, local_today())


def test_a_clerk_of_site_b_is_warned_by_site_a_s_reading(pg_carpass, simulator, station):
    world = pg_carpass
    sent = enrol(world.db, world.site_a, 3001, vin=VIN, damage_km=60_000, repair_km=60_100)
    run_to_end(send_readings(world.db, world.clerk_a, entry_ids=[sent], options=FAST))
    assert len(simulator.state.observations) == 1
    enrol(world.db, world.site_b, 3002, vin=VIN, original_km=50_000, damage_km=50_000, repair_km=50_010)
    clerk_b = station(world.db, "clerk.b")  # connected as clerk.b's own server role
    with clerk_b.session() as session:  # row-level security: site A's reading is out of sight
        assert session.scalar(select(func.count()).select_from(CarpassReading)) == 0
    (row,) = CarpassListSource(clerk_b, world.clerk_b).fetch(GridQuery(filters={"all": True}), 0, 10)
    assert row.dossier == 3002 and row.warnings == ("missing_description", "lower_than_last")
    assert row.last_sent_km == 60_000
    assert "50000 km est inférieur au dernier relevé connu pour ce VIN (60000 km le" in row.detail
    (prepared,) = prepare(clerk_b, world.clerk_b, select_entries(clerk_b, world.clerk_b, dossier_numbers=[3002]),
                          local_today(), utcnow())
    assert prepared.outcome == "blocked" and "60000 km" in str(prepared.reasons[0])


def test_the_function_answers_km_and_dates_of_the_own_company_only(pg_carpass, simulator):
    world = pg_carpass
    sent = enrol(world.db, world.site_a, 3011, vin=VIN, damage_km=61_000, repair_km=61_100)
    run_to_end(send_readings(world.db, world.clerk_a, entry_ids=[sent], options=FAST))
    _other_company_reading(world.db)
    with world.db.session() as session:
        other_company = session.scalar(select(Company.id).where(Company.enterprise_number == "0403170701"))
    url = make_url(world.db.url)
    with psycopg.connect(host=url.host, port=url.port or 5432, dbname=url.database,
                         user=f"clerk.b@{url.database}", password=PASSWORD, autocommit=True) as clerk:
        cursor = clerk.execute("SELECT * FROM atelier_carpass_last_reading(%s, %s, NULL)", (world.company_id, VIN))
        assert [c.name for c in cursor.description] == ["odometer", "reading_date", "sent_on"]
        assert cursor.fetchall() == [(61_000, local_today(), local_today())]
        # another company's id is ignored: the clerk's own company is searched, never another's
        for company in (other_company, 0):
            assert clerk.execute("SELECT * FROM atelier_carpass_last_reading(%s, %s, NULL)",
                                 (company, OTHER_VIN)).fetchall() == []
            assert clerk.execute("SELECT odometer FROM atelier_carpass_last_reading(%s, %s, NULL)",
                                 (company, VIN)).fetchall() == [(61_000,)]
        # the row's own entry is left out; an unknown VIN gives nothing
        assert clerk.execute("SELECT * FROM atelier_carpass_last_reading(%s, %s, %s)",
                             (world.company_id, VIN, sent)).fetchall() == []
        assert clerk.execute("SELECT * FROM atelier_carpass_last_reading(%s, 'NOPE', NULL)",
                             (world.company_id,)).fetchall() == []
    with world.db.session() as session:  # owned by the owner role, SECURITY DEFINER, search path pinned
        owner, definer, config, public = session.execute(text(
            "SELECT pg_get_userbyid(p.proowner), p.prosecdef, p.proconfig, "
            "has_function_privilege('public', p.oid, 'EXECUTE') FROM pg_proc p "
            "WHERE p.proname = 'atelier_carpass_last_reading'")).one()
    assert owner == f"{url.database}:owner" and definer and not public
    assert config == ["search_path=pg_catalog, public, pg_temp"]


def test_a_deactivated_login_gets_nothing(pg_carpass, simulator):
    world = pg_carpass
    add_reading(world.db, world.site_a, enrol(world.db, world.site_a, 3021, vin=VIN), _dossier_id(world, 3021),
                VIN, 40_000, local_today())
    url = make_url(world.db.url)
    with world.db.session() as session:  # a role that is no active Atelier user
        session.execute(text('UPDATE app_user SET active = false WHERE login = \'clerk.b\''))
    with psycopg.connect(host=url.host, port=url.port or 5432, dbname=url.database,
                         user=f"clerk.b@{url.database}", password=PASSWORD, autocommit=True) as clerk:
        assert clerk.execute("SELECT * FROM atelier_carpass_last_reading(%s, %s, NULL)",
                             (world.company_id, VIN)).fetchall() == []


def _dossier_id(world, number: int) -> int:
    with world.db.session() as session:
        return session.scalar(select(Dossier.id).where(Dossier.number == number))
