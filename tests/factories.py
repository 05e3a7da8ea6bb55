"""Test data builders: a company with two sites and users, inserted directly (fast)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from app.core.db.engine import Database
from app.core.platform.auth import scope_for
from app.core.platform.models import ROLE_ADMIN, ROLE_CLERK, Company, Site, User
from app.core.platform.passwords import hash_password
from app.core.platform.scope import UserScope

PASSWORD = "test-password-1"


@cache
def password_hash() -> str:
    """One argon2id hash of PASSWORD per test process (hashing is deliberately slow)."""
    return hash_password(PASSWORD)


@dataclass
class World:
    """What most tests need: the database and the four users' scopes."""

    db: Database
    company_id: int
    site_a: int
    site_b: int
    admin_a: UserScope
    clerk_a: UserScope
    admin_b: UserScope
    clerk_b: UserScope


def give_server_roles(db: Database, session, users) -> None:
    """PostgreSQL: the login role of each user, with PASSWORD, as ``user add`` makes them
    (through the same server function; the test connection is a superuser's)."""
    from sqlalchemy import text

    from app.core.db.server_roles import scram_verifier

    verifier = scram_verifier(session.connection(), "any", PASSWORD)  # SCRAM verifiers ignore the name
    for user in users:
        user.password_hash = ""
        session.flush()
        session.execute(text("SELECT atelier_sync_user_role(:id, :v)"), {"id": user.id, "v": verifier})


def make_world(db: Database, uses_vat_register: bool = False) -> World:
    """Company 0426753973 with sites A (2026402650) and B (2123456791); on PostgreSQL each
    user also gets a login role with PASSWORD."""
    with db.session() as session:
        company = Company(name="Carrosserie Test SA", enterprise_number="0426753973",
                          uses_vat_register=uses_vat_register, street="Rue du Test 1", postcode="4000",
                          city="Liège")
        session.add(company)
        session.flush()
        site_a = Site(company_id=company.id, code="A", name="Site A", establishment_number="2026402650")
        site_b = Site(company_id=company.id, code="B", name="Site B", establishment_number="2123456791")
        session.add_all([site_a, site_b])
        session.flush()
        users = {}
        for login, site, role in (("admin.a", site_a, ROLE_ADMIN), ("clerk.a", site_a, ROLE_CLERK),
                                  ("admin.b", site_b, ROLE_ADMIN), ("clerk.b", site_b, ROLE_CLERK)):
            user = User(login=login, full_name=login.title(), password_hash=password_hash(), site_id=site.id, role=role)
            session.add(user)
            users[login] = user
        session.flush()
        if db.is_postgres:
            give_server_roles(db, session, users.values())
        scopes = {login: scope_for(session, user) for login, user in users.items()}
        return World(db, company.id, site_a.id, site_b.id, scopes["admin.a"], scopes["clerk.a"],
                     scopes["admin.b"], scopes["clerk.b"])
