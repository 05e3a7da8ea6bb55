"""database_roles: on PostgreSQL the database itself knows who is connected.

Every Atelier user is a PostgreSQL login role ``<login>@<db>`` (SCRAM password); row-level
security keys on the connected role (``session_user``) through ``app_user``, never on a
setting the client could change; tables, sequences and functions belong to ``<db>:owner``
(the role this migration runs as, see ``app.core.db.server_roles``); the groups
``<db>:clerk`` and ``<db>:admin`` hold only the grants they need; users are created and
changed through SECURITY DEFINER functions that check the caller is an admin of the site.

Applied generically to every table present at upgrade time: a table with ``site_id`` gets
the site policy, a child table listed in ``CHILD_TABLES`` its parent's, a table with
``company_id`` the company policy; every table gets RLS enabled and forced (a table this
migration does not know stays closed: RLS without a policy lets nobody but the owner in).
Design: docs/decisions/platform-database-roles.md. SQLite: nothing to do.

Revision ID: 0011_database_roles
Revises: 0010_einvoicing
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_database_roles"
down_revision = "0010_einvoicing"
branch_labels = None
depends_on = None

# Tables without site_id whose rows belong to a parent row: table -> (column, parent table).
CHILD_TABLES = {
    "invoice_line": ("invoice_id", "invoice"),
    "invoice_vat_line": ("invoice_id", "invoice"),
    "clock_event": ("dossier_id", "dossier"),
    "carpass_entry_event": ("entry_id", "carpass_entry"),
    "tariff_price": ("tariff_id", "tariff"),
}
# Written only by admins (the services call scope.require_admin()); clerks read them.
ADMIN_WRITES = {"site_setting", "controls_value", "controls_page", "controls_table_cell", "controls_change",
                "tariff", "tariff_price", "agreement"}
# Legal records: insert only (the 0008 triggers are the floor below this).
INSERT_ONLY = {"invoice_line", "invoice_vat_line", "payment", "journal_entry", "invoice_mail"}
# Platform tables with policies of their own.
SPECIAL = {"company", "site", "app_user", "login_attempt", "alembic_version"}
MAX_FAILURES = 5        # app.core.platform.auth.MAX_FAILURES
LOCKOUT_MINUTES = 5     # app.core.platform.auth.LOCKOUT

SESSION_FUNCTIONS = """
CREATE FUNCTION atelier_session_user_id() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT u.id FROM public.app_user u
     WHERE u.login = left(session_user::text, -(length(current_database()) + 1))
       AND session_user::text = u.login || '@' || current_database() AND u.active
$$;
CREATE FUNCTION atelier_session_company() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT s.company_id FROM public.app_user u JOIN public.site s ON s.id = u.site_id
     WHERE u.id = atelier_session_user_id()
$$;
CREATE FUNCTION atelier_session_is_admin() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT coalesce((SELECT u.role = 'admin' FROM public.app_user u WHERE u.id = atelier_session_user_id()), false)
$$;
CREATE FUNCTION atelier_session_sites() RETURNS integer[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT coalesce(array_agg(s.id ORDER BY s.id), '{}')
      FROM public.app_user u JOIN public.site home ON home.id = u.site_id
      JOIN public.site s ON s.company_id = home.company_id AND (u.role = 'admin' OR s.id = u.site_id)
     WHERE u.id = atelier_session_user_id()
$$;
CREATE FUNCTION atelier_schema_revision() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT string_agg(version_num, ',') FROM public.alembic_version
$$;
CREATE FUNCTION atelier_login_key(p_login text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT encode(sha256(convert_to(lower(btrim(p_login)), 'UTF8')), 'hex')
$$;
"""

ROLE_FUNCTIONS = """
CREATE FUNCTION atelier_sync_user_role(p_user_id integer, p_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    u public.app_user%ROWTYPE;
    r text;
    g_clerk text := current_database() || ':clerk';
    g_admin text := current_database() || ':admin';
    locked boolean;
BEGIN
    SELECT * INTO u FROM public.app_user WHERE id = p_user_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'atelier: no user %', p_user_id USING ERRCODE = 'no_data_found';
    END IF;
    IF u.login !~ '^[a-z0-9._-]{2,64}$' THEN
        RAISE EXCEPTION 'atelier: invalid login' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    r := u.login || '@' || current_database();
    IF octet_length(r) > 63 THEN
        RAISE EXCEPTION 'atelier: role name too long: %', r USING ERRCODE = 'name_too_long';
    END IF;
    IF p_verifier IS NOT NULL AND p_verifier !~ '^SCRAM-SHA-256\\$' THEN
        RAISE EXCEPTION 'atelier: only SCRAM verifiers are accepted' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
        -- Never take over a role that is not an Atelier user's (IT's maintenance login…).
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r AND (rolsuper OR rolcreaterole OR rolcreatedb
                       OR rolreplication OR rolbypassrls))
           OR EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                       WHERE m.member = (SELECT oid FROM pg_roles WHERE rolname = r)
                             AND g.rolname NOT IN (g_clerk, g_admin)) THEN
            RAISE EXCEPTION 'atelier: role % exists and is not an Atelier user role', r
                USING ERRCODE = 'duplicate_object';
        END IF;
    ELSE
        EXECUTE format('CREATE ROLE %I NOLOGIN', r);
    END IF;
    locked := EXISTS (SELECT 1 FROM public.login_attempt a WHERE a.login = atelier_login_key(u.login)
                      AND a.locked_until > now());
    EXECUTE format('ALTER ROLE %I %s', r, CASE WHEN u.active AND NOT locked THEN 'LOGIN' ELSE 'NOLOGIN' END);
    IF p_verifier IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', r, p_verifier);
    END IF;
    EXECUTE format('GRANT %I TO %I', g_clerk, r);
    IF u.role = 'admin' THEN
        EXECUTE format('GRANT %I TO %I', g_admin, r);
    ELSE
        EXECUTE format('REVOKE %I FROM %I', g_admin, r);
    END IF;
END $$;

CREATE FUNCTION atelier_require_admin_of(p_site_id integer) RETURNS public.app_user
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    caller public.app_user%ROWTYPE;
BEGIN
    SELECT * INTO caller FROM public.app_user WHERE id = atelier_session_user_id();
    IF NOT FOUND OR caller.role <> 'admin' OR NOT (p_site_id = ANY (atelier_session_sites())) THEN
        RAISE EXCEPTION 'atelier: only an admin of site % may manage its users', p_site_id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN caller;
END $$;

CREATE FUNCTION atelier_user_create(p_login text, p_full_name text, p_site_id integer, p_admin boolean,
                                    p_verifier text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    caller public.app_user%ROWTYPE := atelier_require_admin_of(p_site_id);
    new_id integer;
BEGIN
    IF p_login IS NULL OR p_login !~ '^[a-z0-9._-]{2,64}$' THEN
        RAISE EXCEPTION 'atelier: invalid login' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_verifier IS NULL THEN
        RAISE EXCEPTION 'atelier: a password is required' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM public.app_user WHERE login = p_login) THEN
        RAISE EXCEPTION 'atelier: login % exists', p_login USING ERRCODE = 'unique_violation';
    END IF;
    INSERT INTO public.app_user (login, full_name, password_hash, site_id, role, active, created_at, version,
                                 updated_at, updated_by)
    VALUES (p_login, left(coalesce(nullif(btrim(p_full_name), ''), p_login), 120), '', p_site_id,
            CASE WHEN p_admin THEN 'admin' ELSE 'clerk' END, true, now(), 1, now(), caller.login)
    RETURNING id INTO new_id;
    PERFORM atelier_sync_user_role(new_id, p_verifier);
    RETURN new_id;
END $$;

CREATE FUNCTION atelier_user_update(p_user_id integer, p_version integer, p_full_name text, p_site_id integer,
                                    p_admin boolean, p_active boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    target public.app_user%ROWTYPE;
    caller public.app_user%ROWTYPE;
BEGIN
    SELECT * INTO target FROM public.app_user WHERE id = p_user_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'atelier: no user %', p_user_id USING ERRCODE = 'insufficient_privilege';
    END IF;
    caller := atelier_require_admin_of(target.site_id);
    PERFORM atelier_require_admin_of(p_site_id);
    IF target.version <> p_version THEN
        RAISE EXCEPTION 'atelier: user % changed since it was read', p_user_id
            USING ERRCODE = 'serialization_failure';
    END IF;
    IF target.id = caller.id AND (NOT p_active OR NOT p_admin) THEN
        RAISE EXCEPTION 'atelier: an admin cannot deactivate or demote himself' USING ERRCODE = 'check_violation';
    END IF;
    UPDATE public.app_user
       SET full_name = left(coalesce(nullif(btrim(p_full_name), ''), login), 120), site_id = p_site_id,
           role = CASE WHEN p_admin THEN 'admin' ELSE 'clerk' END, active = p_active,
           version = version + 1, updated_at = now(), updated_by = caller.login
     WHERE id = p_user_id;
    PERFORM atelier_sync_user_role(p_user_id, NULL);
END $$;

CREATE FUNCTION atelier_user_set_password(p_user_id integer, p_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    target public.app_user%ROWTYPE;
    caller public.app_user%ROWTYPE;
BEGIN
    SELECT * INTO target FROM public.app_user WHERE id = p_user_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'atelier: no user %', p_user_id USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_user_id = atelier_session_user_id() THEN
        SELECT * INTO caller FROM public.app_user WHERE id = p_user_id;
    ELSE
        caller := atelier_require_admin_of(target.site_id);
    END IF;
    IF p_verifier IS NULL THEN
        RAISE EXCEPTION 'atelier: a password is required' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE public.app_user SET version = version + 1, updated_at = now(), updated_by = caller.login
     WHERE id = p_user_id;
    PERFORM atelier_sync_user_role(p_user_id, p_verifier);
END $$;

CREATE FUNCTION atelier_user_locks() RETURNS TABLE (user_id integer, locked_until timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT u.id, a.locked_until FROM public.app_user u
      JOIN public.login_attempt a ON a.login = atelier_login_key(u.login) AND a.locked_until > now()
     WHERE atelier_session_is_admin() AND u.site_id = ANY (atelier_session_sites())
$$;

CREATE FUNCTION atelier_user_unlock(p_user_id integer) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    target public.app_user%ROWTYPE;
BEGIN
    SELECT * INTO target FROM public.app_user WHERE id = p_user_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'atelier: no user %', p_user_id USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM atelier_require_admin_of(target.site_id);
    DELETE FROM public.login_attempt WHERE login = atelier_login_key(target.login);
    PERFORM atelier_sync_user_role(p_user_id, NULL);
END $$;
"""

GATE_FUNCTIONS = f"""
CREATE FUNCTION atelier_login_begin(p_login text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    k text := atelier_login_key(p_login);
    a public.login_attempt%ROWTYPE;
    uid integer;
BEGIN
    -- Called before the password is tried: the attempt is counted first, so parallel guesses
    -- never check more than {MAX_FAILURES} passwords per lockout window.
    INSERT INTO public.login_attempt (login, failures) VALUES (k, 0) ON CONFLICT (login) DO NOTHING;
    SELECT * INTO a FROM public.login_attempt WHERE login = k FOR UPDATE;
    SELECT id INTO uid FROM public.app_user WHERE login = lower(btrim(p_login));
    IF a.locked_until IS NOT NULL AND a.locked_until > now() THEN
        RETURN greatest(1, ceil(extract(epoch FROM a.locked_until - now())))::integer;
    END IF;
    IF a.locked_until IS NOT NULL THEN
        UPDATE public.login_attempt SET failures = 0, locked_until = NULL WHERE login = k;
        a.failures := 0;
        IF uid IS NOT NULL THEN
            PERFORM atelier_sync_user_role(uid, NULL);
        END IF;
    END IF;
    IF a.failures >= {MAX_FAILURES} THEN
        UPDATE public.login_attempt SET failures = 0, locked_until = now() + interval '{LOCKOUT_MINUTES} minutes'
         WHERE login = k;
        IF uid IS NOT NULL THEN
            PERFORM atelier_sync_user_role(uid, NULL);
        END IF;
        RETURN {LOCKOUT_MINUTES * 60};
    END IF;
    UPDATE public.login_attempt SET failures = failures + 1 WHERE login = k;
    RETURN 0;
END $$;

CREATE FUNCTION atelier_login_failed(p_login text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    k text := atelier_login_key(p_login);
    uid integer;
BEGIN
    UPDATE public.login_attempt SET failures = 0, locked_until = now() + interval '{LOCKOUT_MINUTES} minutes'
     WHERE login = k AND failures >= {MAX_FAILURES} AND locked_until IS NULL;
    IF NOT FOUND THEN
        RETURN 0;
    END IF;
    SELECT id INTO uid FROM public.app_user WHERE login = lower(btrim(p_login));
    IF uid IS NOT NULL THEN
        PERFORM atelier_sync_user_role(uid, NULL);
    END IF;
    RETURN {LOCKOUT_MINUTES * 60};
END $$;

CREATE FUNCTION atelier_login_succeeded() RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    uid integer := atelier_session_user_id();
BEGIN
    IF uid IS NOT NULL THEN
        DELETE FROM public.login_attempt
         WHERE login = (SELECT atelier_login_key(login) FROM public.app_user WHERE id = uid);
    END IF;
    RETURN uid;
END $$;
"""

FUNCTIONS = ("atelier_session_user_id()", "atelier_session_company()", "atelier_session_is_admin()",
             "atelier_session_sites()", "atelier_schema_revision()", "atelier_login_key(text)",
             "atelier_sync_user_role(integer, text)", "atelier_require_admin_of(integer)",
             "atelier_user_create(text, text, integer, boolean, text)",
             "atelier_user_update(integer, integer, text, integer, boolean, boolean)",
             "atelier_user_set_password(integer, text)", "atelier_user_unlock(integer)", "atelier_user_locks()",
             "atelier_login_begin(text)", "atelier_login_failed(text)", "atelier_login_succeeded()")
CLERK_FUNCTIONS = ("atelier_session_user_id()", "atelier_session_company()", "atelier_session_is_admin()",
                   "atelier_session_sites()", "atelier_schema_revision()", "atelier_login_succeeded()",
                   "atelier_user_set_password(integer, text)")
ADMIN_FUNCTIONS = ("atelier_user_create(text, text, integer, boolean, text)",
                   "atelier_user_update(integer, integer, text, integer, boolean, boolean)",
                   "atelier_user_unlock(integer)", "atelier_user_locks()")
GATE_ONLY = ("atelier_login_begin(text)", "atelier_login_failed(text)", "atelier_schema_revision()")

SITES = "(SELECT atelier_session_sites())::integer[]"
COMPANY = "(SELECT atelier_session_company())"
OLD_SITE_CONDITION = (
    "coalesce(current_setting('atelier.site_ids', true), '') = '' "
    "OR site_id = ANY (string_to_array(current_setting('atelier.site_ids', true), ',')::int[])"
)


def _run(statement: str) -> None:
    """Run ``statement`` as is: through the driver, so neither SQLAlchemy (``:name``) nor
    psycopg (``%``) reads placeholders into the function bodies."""
    op.get_bind().connection.driver_connection.execute(statement)


def q(name: str) -> str:
    """A quoted SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def _tables(connection) -> dict[str, set[str]]:
    rows = connection.execute(sa.text(
        "SELECT c.relname, a.attname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
        "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')")).all()
    tables: dict[str, set[str]] = {}
    for table, column in rows:
        tables.setdefault(table, set()).add(column)
    return tables


def _policy(table: str, name: str, using: str, check: str | None = None, command: str = "ALL") -> None:
    check_sql = "" if command in ("SELECT", "DELETE") else f" WITH CHECK ({check or using})"
    using_sql = "" if command == "INSERT" else f" USING ({using})"
    _run(f"CREATE POLICY {name} ON {q(table)} FOR {command}{using_sql}{check_sql}")


def _secure_table(table: str, columns: set[str], clerk: str, admin: str) -> None:
    """Enable and force RLS on ``table``, give it its policy and its group grants."""
    connection = op.get_bind()
    for (policy,) in connection.execute(sa.text(
            "SELECT policyname FROM pg_policies WHERE schemaname = 'public' AND tablename = :t"), {"t": table}):
        _run(f"DROP POLICY {q(policy)} ON {q(table)}")
    _run(f"ALTER TABLE {q(table)} ENABLE ROW LEVEL SECURITY")
    _run(f"ALTER TABLE {q(table)} FORCE ROW LEVEL SECURITY")
    _run(f"REVOKE ALL ON {q(table)} FROM PUBLIC")
    if table in SPECIAL:
        _secure_platform_table(table, clerk, admin)
        return
    if "site_id" in columns:
        _policy(table, "atelier_site", f"site_id = ANY ({SITES})")
    elif table in CHILD_TABLES:
        column, parent = CHILD_TABLES[table]
        _policy(table, "atelier_parent",
                f"EXISTS (SELECT 1 FROM {q(parent)} p WHERE p.id = {q(table)}.{q(column)})")
    elif "company_id" in columns:
        _policy(table, "atelier_company", f"company_id = {COMPANY}")
    else:
        return  # unknown shape: closed to everyone but the owner (tests list such tables)
    if table in INSERT_ONLY:
        _run(f"GRANT SELECT, INSERT ON {q(table)} TO {q(clerk)}")
    elif table in ADMIN_WRITES:
        _run(f"GRANT SELECT ON {q(table)} TO {q(clerk)}")
        _run(f"GRANT INSERT, UPDATE, DELETE ON {q(table)} TO {q(admin)}")
    else:
        _run(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {q(table)} TO {q(clerk)}")


def _secure_platform_table(table: str, clerk: str, admin: str) -> None:
    if table == "company":
        _policy(table, "atelier_company", f"id = {COMPANY}")
        _run(f"GRANT SELECT ON company TO {q(clerk)}")
        _run(f"GRANT UPDATE ON company TO {q(admin)}")
    elif table == "site":
        _policy(table, "atelier_site_read",
                f"company_id = {COMPANY} AND ((SELECT atelier_session_is_admin()) OR id = ANY ({SITES}))",
                command="SELECT")
        _policy(table, "atelier_site_insert", "",
                check=f"company_id = {COMPANY} AND (SELECT atelier_session_is_admin())", command="INSERT")
        _policy(table, "atelier_site_update", f"company_id = {COMPANY} AND (SELECT atelier_session_is_admin())",
                command="UPDATE")
        _run(f"GRANT SELECT ON site TO {q(clerk)}")
        _run(f"GRANT INSERT, UPDATE ON site TO {q(admin)}")
    elif table == "app_user":
        # Readable for the login (one's own row) and within one's sites; written only through
        # the atelier_user_* functions, which check the caller is an admin of the site.
        _policy(table, "atelier_user_read",
                f"id = (SELECT atelier_session_user_id()) OR site_id = ANY ({SITES})", command="SELECT")
        _run(f"GRANT SELECT ON app_user TO {q(clerk)}")
    elif table == "alembic_version":
        # Everyone may read the revision: an older station, even with a pre-0011 shared
        # account, then refuses the newer schema with a clear message.
        _policy(table, "atelier_read", "true", command="SELECT")
        _run("GRANT SELECT ON alembic_version TO PUBLIC")
    # login_attempt: no policy and no grant; only the login-gate functions touch it.


def _create_role(connection, name: str, options: str) -> None:
    if not connection.execute(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": name}).scalar():
        _run(f"CREATE ROLE {q(name)} {options}")


def _pg_upgrade(connection) -> None:
    from app.core.db.server_roles import ADMIN, CLERK, GATE, GATE_PASSWORD, group_role, require_owner_rights

    owner = require_owner_rights(connection)
    name = connection.execute(sa.text("SELECT current_database()")).scalar_one()
    clerk, admin, gate = (group_role(name, kind) for kind in (CLERK, ADMIN, GATE))
    _create_role(connection, clerk, "NOLOGIN")
    _create_role(connection, admin, "NOLOGIN")
    _create_role(connection, gate, "LOGIN CONNECTION LIMIT 50")
    _run(f"ALTER ROLE {q(gate)} PASSWORD '{GATE_PASSWORD}'")
    for group in (clerk, admin):
        _run(f"GRANT {q(group)} TO {q(owner)} WITH ADMIN OPTION")
    _run(f"GRANT CONNECT ON DATABASE {q(name)} TO {q(clerk)}, {q(gate)}")
    # USAGE stays with PUBLIC (every object in the schema decides for itself; an older
    # station's account reads alembic_version); nobody but the owner creates anything.
    _run("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    _run("GRANT USAGE ON SCHEMA public TO PUBLIC")
    _run(SESSION_FUNCTIONS)
    _run(ROLE_FUNCTIONS)
    _run(GATE_FUNCTIONS)
    _run("REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC")
    _run(f"GRANT EXECUTE ON FUNCTION {', '.join(CLERK_FUNCTIONS)} TO {q(clerk)}")
    _run(f"GRANT EXECUTE ON FUNCTION {', '.join(ADMIN_FUNCTIONS)} TO {q(admin)}")
    _run(f"GRANT EXECUTE ON FUNCTION {', '.join(GATE_ONLY)} TO {q(gate)}")
    for table, columns in sorted(_tables(connection).items()):
        _secure_table(table, columns, clerk, admin)
    _run("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC")
    _run(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {q(clerk)}")
    # The argon2id hashes are not used on PostgreSQL (the server checks SCRAM passwords) and
    # colleagues may read their site's app_user rows: drop them. Existing users get their role
    # without a password: an admin (or IT, `atelier db reset-password`) gives them one.
    _run("UPDATE app_user SET password_hash = ''")
    for (user_id,) in connection.execute(sa.text("SELECT id FROM app_user ORDER BY id")).all():
        _run(f"SELECT atelier_sync_user_role({int(user_id)}, NULL)")


def upgrade() -> None:
    """Roles, grants, policies and user-management functions on PostgreSQL."""
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        _pg_upgrade(connection)


def downgrade() -> None:
    """Back to the 0007 policies keyed on ``atelier.site_ids``; the roles are dropped."""
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        return
    name = connection.execute(sa.text("SELECT current_database()")).scalar_one()
    tables = _tables(connection)
    for table in tables:
        for (policy,) in connection.execute(sa.text(
                "SELECT policyname FROM pg_policies WHERE schemaname = 'public' AND tablename = :t"), {"t": table}):
            _run(f"DROP POLICY {q(policy)} ON {q(table)}")
        if "site_id" in tables[table] and table != "app_user":
            _run(f"CREATE POLICY site_isolation ON {q(table)} USING ({OLD_SITE_CONDITION}) "
                       f"WITH CHECK ({OLD_SITE_CONDITION})")
        else:
            _run(f"ALTER TABLE {q(table)} NO FORCE ROW LEVEL SECURITY")
            _run(f"ALTER TABLE {q(table)} DISABLE ROW LEVEL SECURITY")
    for function in FUNCTIONS:
        _run(f"DROP FUNCTION IF EXISTS {function}")
    users = connection.execute(sa.text("SELECT login FROM app_user")).scalars().all()
    for login in users:
        _run(f"DROP ROLE IF EXISTS {q(login + '@' + name)}")
    for kind in ("gate", "admin", "clerk"):
        role = f"{name}:{kind}"
        if connection.execute(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).scalar():
            _run(f"DROP OWNED BY {q(role)}")
            _run(f"DROP ROLE {q(role)}")
