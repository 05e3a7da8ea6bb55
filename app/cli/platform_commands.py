"""Platform commands: db upgrade, setup, site add, user add."""

from __future__ import annotations

import argparse

from app.cli.context import CliContext
from app.core.db.engine import Database
from app.core.db.migrate import schema_state, upgrade_to_head
from app.core.i18n import msg
from app.core.platform.setup import SetupRequest, ensure_not_set_up, set_up
from app.core.platform.sites import add_site, find_site_by_code
from app.core.platform.users import add_user


def register(commands: argparse._SubParsersAction) -> None:
    """Add the platform's commands to the CLI."""
    db = commands.add_parser("db", help="database maintenance").add_subparsers(dest="db_command", required=True)
    db.add_parser("upgrade", help="migrate the database to the newest schema").set_defaults(handler=db_upgrade,
                                                                                            migrate=False)
    setup = commands.add_parser("setup", help="bootstrap an empty database")
    setup.add_argument("--company-name", required=True)
    setup.add_argument("--enterprise-number", required=True)
    setup.add_argument("--uses-vat-register", action="store_true")
    setup.add_argument("--site", required=True, dest="site_code")
    setup.add_argument("--site-name", required=True)
    setup.add_argument("--establishment-number", required=True)
    setup.add_argument("--admin", required=True)
    setup.set_defaults(handler=setup_command)
    site = commands.add_parser("site", help="sites (admin)").add_subparsers(dest="site_command", required=True)
    site_add = site.add_parser("add", help="add a site")
    site_add.add_argument("code")
    site_add.add_argument("--name", required=True)
    site_add.add_argument("--establishment-number", required=True)
    site_add.set_defaults(handler=site_add_command)
    user = commands.add_parser("user", help="users (admin)").add_subparsers(dest="user_command", required=True)
    user_add = user.add_parser("add", help="add a user")
    user_add.add_argument("login")
    user_add.add_argument("--site", dest="site_code")
    user_add.add_argument("--admin", action="store_true")
    user_add.add_argument("--full-name", default="")
    user_add.set_defaults(handler=user_add_command)


def db_upgrade(ctx: CliContext, _args) -> int:
    """Migrate to head and say where the database stands."""
    database = Database(ctx.database_url)
    before = schema_state(database).current
    state = upgrade_to_head(database)
    ctx.print(ctx.text(msg("cli", "Base de données à jour : révision {old} → {new}", old=before or "-",
                           new=state.current)))
    database.dispose()
    return 0


def setup_command(ctx: CliContext, args) -> int:
    """Create company, first site and admin."""
    ensure_not_set_up(ctx.database)
    password = ctx.secret("ATELIER_NEW_PASSWORD", msg("cli", "Mot de passe du nouvel administrateur : "))
    set_up(ctx.database, SetupRequest(
        company_name=args.company_name, enterprise_number=args.enterprise_number,
        uses_vat_register=args.uses_vat_register, site_code=args.site_code, site_name=args.site_name,
        establishment_number=args.establishment_number, admin_login=args.admin, admin_password=password))
    ctx.print(ctx.text(msg("cli", "Base configurée : site {site}, administrateur {admin}.", site=args.site_code.upper(),
                           admin=args.admin.lower())))
    return 0


def site_add_command(ctx: CliContext, args) -> int:
    """Add a site to the company."""
    site = add_site(ctx.database, ctx.scope(), args.code, args.name, args.establishment_number)
    ctx.print(ctx.text(msg("cli", "Site {code} créé.", code=site.code)))
    return 0


def user_add_command(ctx: CliContext, args) -> int:
    """Add a user to a site (the admin's own by default)."""
    scope = ctx.scope()
    site_id = find_site_by_code(ctx.database, scope, args.site_code).id if args.site_code else None
    scope.require_admin()
    password = ctx.secret("ATELIER_NEW_PASSWORD", msg("cli", "Mot de passe du nouvel utilisateur : "))
    user = add_user(ctx.database, scope, args.login, password, site_id=site_id, admin=args.admin,
                    full_name=args.full_name)
    ctx.print(ctx.text(msg("cli", "Utilisateur {login} créé.", login=user.login)))
    return 0
