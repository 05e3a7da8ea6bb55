"""Bootstrap an empty database: the company, its first site and first admin."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, text

from app.core.db.engine import Database
from app.core.db.server_roles import act_as_owner, check_user_role_length, scram_verifier, user_role
from app.core.errors import AtelierError, ValidationError
from app.core.i18n import msg
from app.core.platform.identifiers import clean_enterprise_number, clean_establishment_number
from app.core.platform.models import ROLE_ADMIN, Company, Site, User
from app.core.platform.passwords import check_password_strength, hash_password
from app.core.platform.sites import clean_site_code, require_text
from app.core.platform.users import clean_login


@dataclass(frozen=True)
class SetupRequest:
    """What ``atelier setup`` asks for."""

    company_name: str
    enterprise_number: str
    uses_vat_register: bool
    site_code: str
    site_name: str
    establishment_number: str
    admin_login: str
    admin_password: str
    admin_full_name: str = ""


def is_set_up(database: Database) -> bool:
    """True once a company exists."""
    with database.session() as session:
        if database.is_postgres and database.credentials is None:
            act_as_owner(session.connection())  # IT's role sees no row of its own
        return session.execute(select(func.count()).select_from(Company)).scalar_one() > 0


def set_up(database: Database, request: SetupRequest) -> int:
    """Create company, first site and admin in one transaction; return the company id.
    On PostgreSQL the admin is a login role of the server, created by IT's maintenance role
    acting as the database's owner."""
    company_name = require_text("company_name", request.company_name, msg("fields", "Nom de la société"))
    enterprise = clean_enterprise_number(request.enterprise_number)
    code = clean_site_code(request.site_code)
    site_name = require_text("site_name", request.site_name, msg("fields", "Nom du site"))
    establishment = clean_establishment_number(request.establishment_number)
    login = clean_login(request.admin_login)
    check_password_strength(request.admin_password)
    if database.is_postgres:
        check_user_role_length(database.database_name, login)
    password_hash = "" if database.is_postgres else hash_password(request.admin_password)
    with database.session(immediate=True) as session:
        if database.is_postgres:  # IT's maintenance role, as the owner: no Atelier user exists yet
            act_as_owner(session.connection())
        if session.execute(select(func.count()).select_from(Company)).scalar_one() > 0:
            raise AtelierError(msg("setup", "Cette base de données est déjà configurée ; rien n'a été modifié."))
        company = Company(name=company_name, enterprise_number=enterprise, uses_vat_register=request.uses_vat_register)
        session.add(company)
        session.flush()
        site = Site(company_id=company.id, code=code, name=site_name, establishment_number=establishment)
        session.add(site)
        session.flush()
        admin = User(login=login, full_name=request.admin_full_name or login, password_hash=password_hash,
                     site_id=site.id, role=ROLE_ADMIN)
        session.add(admin)
        session.flush()
        if database.is_postgres:
            verifier = scram_verifier(session.connection(), user_role(database.database_name, login),
                                      request.admin_password)
            session.execute(text("SELECT atelier_sync_user_role(:id, :v)"), {"id": admin.id, "v": verifier})
        return company.id


def ensure_not_set_up(database: Database) -> None:
    """Refuse early when the database already holds a company."""
    if is_set_up(database):
        raise ValidationError("database", msg("setup", "cette base de données est déjà configurée"))
