"""The demo company, its two sites and their users (``atelier --demo``, the benchmarks);
every module's demo data is added by :func:`app.core.demo.populate_demo`."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.core.db.engine import Database
from app.core.platform.models import ROLE_ADMIN, ROLE_CLERK, Company, Site, User
from app.core.platform.passwords import hash_password
from app.core.platform.setup import is_set_up

DEMO_PASSWORD = "atelier-demo"


@dataclass(frozen=True)
class DemoLogin:
    """A demo account shown on the login dialog."""

    login: str
    role: str
    site_code: str


DEMO_SITES = (
    ("LIEGE", "Carrosserie Liège", "2026402650", "Rue de Herve 120", "4030", "Liège"),
    ("GENT", "Carrosserie Gent", "2123456791", "Brusselsesteenweg 12", "9050", "Gent"),
)


def demo_logins() -> list[DemoLogin]:
    """The demo accounts: one admin and one clerk per site, all with ``DEMO_PASSWORD``."""
    logins = []
    for code, *_ in DEMO_SITES:
        logins.append(DemoLogin(f"admin.{code.lower()}", ROLE_ADMIN, code))
        logins.append(DemoLogin(f"clerk.{code.lower()}", ROLE_CLERK, code))
    return logins


def populate_platform(database: Database) -> bool:
    """Create the demo company, sites and users in an empty database; False (nothing done)
    when the database is already set up."""
    if is_set_up(database):
        return False
    password_hash = hash_password(DEMO_PASSWORD)
    with database.session() as session:
        company = Company(name="Carrosserie Démo SA", enterprise_number="0426753973", uses_vat_register=False,
                          street="Quai de la Boverie 1", postcode="4020", city="Liège",
                          email="facturation@demo.example", phone="+32 4 000 00 00",
                          iban="BE71096123456769")
        session.add(company)
        session.flush()
        for code, name, establishment, street, postcode, city in DEMO_SITES:
            site = Site(company_id=company.id, code=code, name=name, establishment_number=establishment,
                        street=street, postcode=postcode, city=city)
            session.add(site)
            session.flush()
        sites = {s.code: s for s in session.scalars(select(Site))}
        for demo in demo_logins():
            session.add(User(login=demo.login, full_name=demo.login.replace(".", " ").title(),
                             password_hash=password_hash, site_id=sites[demo.site_code].id, role=demo.role))
    return True
