"""Platform commands: db prepare-server / upgrade / reset-password / required-version /
installer-location, setup, site add, user add / list / password / set / deactivate /
activate / unlock."""

from __future__ import annotations

import argparse

from app.cli.context import CliContext
from app.core.db.migrate import upgrade_reporting
from app.core.errors import ValidationError
from app.core.i18n import msg
from app.core.platform.setup import SetupRequest, ensure_not_set_up, set_up
from app.core.platform.sites import add_site, find_site_by_code
from app.core.platform.users import (
    UserChange,
    add_user,
    find_user,
    list_users,
    reset_password_as_owner,
    set_password,
    unlock_user,
    update_user,
)


def register(commands: argparse._SubParsersAction) -> None:
    """Add the platform's commands to the CLI."""
    db = commands.add_parser("db", help="database maintenance").add_subparsers(dest="db_command", required=True)
    prepare = db.add_parser("prepare-server", help="PostgreSQL superuser, once: the owner role of the shared "
                                                   "database (see README)")
    prepare.add_argument("--maintainer", metavar="ROLE", help="an existing login role of IT that may upgrade")
    prepare.set_defaults(handler=db_prepare_server, migrate=False)
    db.add_parser("upgrade", help="migrate the database to the newest schema (PostgreSQL: a member of the owner "
                                  "role)").set_defaults(handler=db_upgrade, migrate=False)
    reset = db.add_parser("reset-password", help="set a user's password without an Atelier login (IT)")
    reset.add_argument("login")
    reset.set_defaults(handler=db_reset_password)
    required = db.add_parser("required-version", help="show or set the Atelier version every station must run "
                                                       "(IT; db upgrade raises it to its own)")
    required.add_argument("version", nargs="?")
    required.set_defaults(handler=db_required_version, migrate=False)
    installer = db.add_parser("installer-location", help="show or set where stations find the installer: "
                                                         "\\\\server\\share\\folder or an https URL (IT)")
    installer.add_argument("location", nargs="?")
    installer.add_argument("--clear", action="store_true", help="forget the location")
    installer.set_defaults(handler=db_installer_location, migrate=False)
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
    _register_user_commands(commands)


def _register_user_commands(commands: argparse._SubParsersAction) -> None:
    user = commands.add_parser("user", help="users (admin)").add_subparsers(dest="user_command", required=True)
    user_add = user.add_parser("add", help="add a user")
    user_add.add_argument("login")
    user_add.add_argument("--site", dest="site_code")
    user_add.add_argument("--admin", action="store_true")
    user_add.add_argument("--full-name", default="")
    user_add.set_defaults(handler=user_add_command)
    user.add_parser("list", help="users of the current site").set_defaults(handler=user_list_command)
    password = user.add_parser("password", help="reset a user's password (or change your own)")
    password.add_argument("login")
    password.set_defaults(handler=user_password_command)
    change = user.add_parser("set", help="change a user's site, role or name")
    change.add_argument("login")
    change.add_argument("--site", dest="site_code")
    change.add_argument("--role", choices=("clerk", "admin"))
    change.add_argument("--full-name")
    change.set_defaults(handler=user_set_command)
    for name, active in (("deactivate", False), ("activate", True)):
        parser = user.add_parser(name, help=f"{name} a user")
        parser.add_argument("login")
        parser.set_defaults(handler=user_set_command, active=active, site_code=None, role=None, full_name=None)
    unlock = user.add_parser("unlock", help="lift a lockout after repeated failures")
    unlock.add_argument("login")
    unlock.set_defaults(handler=user_unlock_command)


def db_prepare_server(ctx: CliContext, args) -> int:
    """The PostgreSQL superuser's one-time step: the owner role and its rights."""
    from app.core.db.server_roles import prepare_server

    database = ctx.maintenance_database()
    if not database.is_postgres:
        ctx.print(ctx.text(msg("cli", "Rien à préparer : une base SQLite n'a pas de rôles.")))
        return 0
    with database.engine.begin() as connection:
        done = prepare_server(connection, args.maintainer)
    for line in done:
        ctx.print(line)
    ctx.print(ctx.text(msg("cli", "Serveur préparé pour la base {db}.", db=database.database_name)))
    return 0


def db_upgrade(ctx: CliContext, _args) -> int:
    """Migrate to head, raise the required Atelier version to this one (shared database)
    and say where the database stands."""
    from app.core.db.station_versions import record_upgrade, station_version

    database = ctx.maintenance_database()
    before, state = upgrade_reporting(database)
    ctx.print(ctx.text(msg("cli", "Base de données à jour : révision {old} → {new}", old=before or "-",
                           new=state.current)))
    if database.is_postgres:
        old, new = record_upgrade(database)
        if old != new:
            line = msg("cli", "Version d'Atelier requise des postes : {old} → {new}", old=old or "-", new=new)
        elif new == station_version():
            line = msg("cli", "Version d'Atelier requise des postes : {version} (inchangée)", version=new)
        else:
            line = msg("cli", "Version d'Atelier requise des postes : {version}, plus récente que celle-ci "
                              "({mine}) : inchangée.", version=new, mine=station_version())
        ctx.print(ctx.text(line))
    return 0


def _shared_maintenance(ctx: CliContext):
    """IT's connection to a shared database at this Atelier's schema."""
    from app.core.db.migrate import require_station_schema, schema_state
    from app.core.db.station_versions import require_shared

    database = ctx.maintenance_database()
    require_shared(database)
    require_station_schema(schema_state(database))
    return database


def db_required_version(ctx: CliContext, args) -> int:
    """Show, or set (IT), the Atelier version every station must run."""
    from app.core.db.station_versions import set_required_version, shared_requirements

    database = _shared_maintenance(ctx)
    if args.version is not None:
        set_required_version(database, args.version)
    requirements = shared_requirements(database)
    ctx.print(ctx.text(msg("cli", "Version d'Atelier requise des postes : {version}",
                           version=requirements.required_version or "-")))
    if requirements.installer_for():
        ctx.print(ctx.text(msg("cli", "Installateur de la version requise : {file}",
                               file=requirements.installer_for())))
    return 0


def db_installer_location(ctx: CliContext, args) -> int:
    """Show, set or clear (IT) where the stations find the installer."""
    from app.core.db.station_versions import set_installer_location, shared_requirements

    if args.clear and args.location is not None:
        raise ValidationError("--clear", msg("cli", "un emplacement ou --clear, pas les deux"))
    database = _shared_maintenance(ctx)
    if args.clear or args.location is not None:
        set_installer_location(database, None if args.clear else args.location)
    requirements = shared_requirements(database)
    ctx.print(ctx.text(msg("cli", "Emplacement de l'installateur : {location}",
                           location=requirements.installer_location or "-")))
    if requirements.installer_for():
        ctx.print(ctx.text(msg("cli", "Installateur de la version requise : {file}",
                               file=requirements.installer_for())))
    return 0


def db_reset_password(ctx: CliContext, args) -> int:
    """Set a user's password as IT (no Atelier login needed)."""
    password = ctx.secret("ATELIER_NEW_PASSWORD", msg("cli", "Nouveau mot de passe de {login} : ", login=args.login))
    reset_password_as_owner(ctx.database, args.login, password)
    ctx.print(ctx.text(msg("cli", "Mot de passe de {login} changé ; blocage levé.", login=args.login.lower())))
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


def user_list_command(ctx: CliContext, _args) -> int:
    """One line per user of the admin's site: login, role, state, name."""
    from app.core.timeutil import format_local

    for user in list_users(ctx.database, ctx.scope()):
        role = msg("roles", "administrateur") if user.is_admin else msg("roles", "employé")
        state = msg("admin", "actif") if user.active else msg("admin", "désactivé")
        if user.locked_until is not None:
            state = msg("admin", "bloqué jusqu'à {when}", when=format_local(user.locked_until))
        ctx.print(f"{user.login}\t{ctx.text(role)}\t{ctx.text(state)}\t{user.full_name}")
    return 0


def user_password_command(ctx: CliContext, args) -> int:
    """Reset a user's password (admin), or change one's own."""
    scope = ctx.scope()
    user_id = scope.user_id if args.login.strip().lower() == scope.login else find_user(ctx.database, scope,
                                                                                        args.login).id
    password = ctx.secret("ATELIER_NEW_PASSWORD", msg("cli", "Nouveau mot de passe de {login} : ", login=args.login))
    set_password(ctx.database, scope, user_id, password)
    ctx.print(ctx.text(msg("cli", "Mot de passe de {login} changé.", login=args.login.strip().lower())))
    return 0


def user_set_command(ctx: CliContext, args) -> int:
    """Change site, role, name or active flag of a user; the rest stays."""
    scope = ctx.scope()
    user = find_user(ctx.database, scope, args.login)
    site_id = find_site_by_code(ctx.database, scope, args.site_code).id if args.site_code else user.site_id
    active = getattr(args, "active", None)
    change = UserChange(version=user.version, full_name=user.full_name if args.full_name is None else args.full_name,
                        site_id=site_id, admin=user.is_admin if args.role is None else args.role == "admin",
                        active=user.active if active is None else active)
    update_user(ctx.database, scope, user.id, change)
    ctx.print(ctx.text(msg("cli", "Utilisateur {login} modifié.", login=user.login)))
    return 0


def user_unlock_command(ctx: CliContext, args) -> int:
    """Lift a user's lockout."""
    scope = ctx.scope()
    user = find_user(ctx.database, scope, args.login)
    unlock_user(ctx.database, scope, user.id)
    ctx.print(ctx.text(msg("cli", "Utilisateur {login} débloqué.", login=user.login)))
    return 0
