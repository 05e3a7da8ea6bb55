"""User management by an admin, on SQLite and on PostgreSQL — there through the admin's own
server role (the ``atelier_user_*`` functions), and the effect checked on the server: the
user's login role, its LOGIN right, its groups, and what it then sees."""

from __future__ import annotations

import threading

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from app.core.errors import AuthenticationError, ConflictError, PermissionDeniedError, ValidationError
from app.core.platform import auth
from app.core.platform.users import UserChange, add_user, find_user, list_users, set_password, unlock_user, update_user
from tests.factories import PASSWORD, make_world

NEW_PASSWORD = "a-new-long-password"


def _admin_process(world, station, login: str = "admin.a"):
    """The admin's logged-in process: on PostgreSQL connected as the admin's own role."""
    return station(world.db, login)


def _role(db, login: str) -> dict | None:
    if not db.is_postgres:
        return None
    with db.engine.connect() as connection:
        row = connection.execute(text(
            "SELECT rolcanlogin, pg_has_role(oid, :c, 'MEMBER') AS clerk, pg_has_role(oid, :a, 'MEMBER') AS admin "
            "FROM pg_roles WHERE rolname = :r"),
            {"r": f"{login}@{db.database_name}", "c": f"{db.database_name}:clerk",
             "a": f"{db.database_name}:admin"}).mappings().first()
    return dict(row) if row else None


def test_admin_adds_a_user_who_gets_a_login_role(world, station):
    process = _admin_process(world, station)
    user = add_user(process, world.admin_a, "New.Clerk", NEW_PASSWORD, full_name="Nouveau")
    assert (user.login, user.site_id, user.role) == ("new.clerk", world.site_a, "clerk")
    if world.db.is_postgres:
        assert _role(world.db, "new.clerk") == {"rolcanlogin": True, "clerk": True, "admin": False}
    assert auth.login(station(world.db), "new.clerk", NEW_PASSWORD).login == "new.clerk"
    with pytest.raises(ValidationError) as taken:
        add_user(process, world.admin_a, "new.clerk", NEW_PASSWORD)
    assert "existe déjà" in str(taken.value)


def test_admin_moves_promotes_deactivates_and_reactivates_a_user(world, station):
    process = _admin_process(world, station)
    clerk = find_user(process, world.admin_a, "clerk.a")
    moved = update_user(process, world.admin_a, clerk.id,
                        UserChange(clerk.version, "Clerk A", world.site_b, True, True))
    assert (moved.site_id, moved.role, moved.version) == (world.site_b, "admin", clerk.version + 1)
    if world.db.is_postgres:
        assert _role(world.db, "clerk.a") == {"rolcanlogin": True, "clerk": True, "admin": True}
    scope = auth.login(station(world.db), "clerk.a", PASSWORD)
    assert scope.site_id == world.site_b and scope.is_admin
    off = update_user(process, world.admin_a, clerk.id,
                      UserChange(moved.version, "Clerk A", world.site_a, False, False))
    assert not off.active
    if world.db.is_postgres:
        assert _role(world.db, "clerk.a") == {"rolcanlogin": False, "clerk": True, "admin": False}
    with pytest.raises(AuthenticationError):
        auth.login(station(world.db), "clerk.a", PASSWORD)
    update_user(process, world.admin_a, clerk.id, UserChange(off.version, "Clerk A", world.site_a, False, True))
    assert auth.login(station(world.db), "clerk.a", PASSWORD).site_id == world.site_a


def test_stale_edits_self_demotion_and_clerks_are_refused(world, station):
    process = _admin_process(world, station)
    clerk = find_user(process, world.admin_a, "clerk.a")
    update_user(process, world.admin_a, clerk.id, UserChange(clerk.version, "Renamed", world.site_a, False, True))
    with pytest.raises(ConflictError):
        update_user(process, world.admin_a, clerk.id, UserChange(clerk.version, "Again", world.site_a, False, True))
    me = find_user(process, world.admin_a, "admin.a")
    for change in (UserChange(me.version, "Me", world.site_a, False, True),
                   UserChange(me.version, "Me", world.site_a, True, False)):
        with pytest.raises(PermissionDeniedError):
            update_user(process, world.admin_a, me.id, change)
    clerk_process = station(world.db, "clerk.b")
    with pytest.raises(PermissionDeniedError):
        update_user(clerk_process, world.clerk_b, clerk.id,
                    UserChange(clerk.version + 1, "X", world.site_b, True, True))
    with pytest.raises(PermissionDeniedError):
        list_users(clerk_process, world.clerk_b)
    assert find_user(process, world.admin_a, "clerk.a").full_name == "Renamed"


def test_a_clerk_changes_only_his_own_password(auth_world, station):
    world = auth_world
    clerk_process = station(world.db, "clerk.a")
    set_password(clerk_process, world.clerk_a, world.clerk_a.user_id, NEW_PASSWORD)
    assert auth.login(station(world.db), "clerk.a", NEW_PASSWORD).login == "clerk.a"
    with pytest.raises(AuthenticationError):
        auth.login(station(world.db), "clerk.a", PASSWORD)
    with pytest.raises(PermissionDeniedError):
        set_password(clerk_process, world.clerk_a, world.admin_a.user_id, NEW_PASSWORD)
    set_password(_admin_process(world, station), world.admin_a, world.clerk_a.user_id, PASSWORD)
    assert auth.login(station(world.db), "clerk.a", PASSWORD).login == "clerk.a"


def test_admin_sees_and_lifts_a_lockout(auth_world, station):
    world = auth_world
    for _ in range(auth.MAX_FAILURES):
        with pytest.raises(AuthenticationError):
            auth.login(station(world.db), "clerk.a", "wrong-password")
    process = _admin_process(world, station)
    locked = {u.login: u.locked_until for u in list_users(process, world.admin_a)}
    assert locked["clerk.a"] is not None and locked["admin.a"] is None
    with pytest.raises(AuthenticationError) as still:
        auth.login(station(world.db), "clerk.a", PASSWORD)
    assert isinstance(still.value, auth.LoginLockedError)
    unlock_user(process, world.admin_a, world.clerk_a.user_id)
    assert auth.login(station(world.db), "clerk.a", PASSWORD).login == "clerk.a"


@pytest.mark.postgres
def test_the_server_enforces_the_lockout_against_direct_connections(scram_db, station):
    """Locked after five failures through Atelier, the role cannot log in at all, even
    with the right password and without Atelier; the admin's unlock gives LOGIN back."""
    world = make_world(scram_db)
    url = make_url(scram_db.url)

    def direct():
        return psycopg.connect(host=url.host, port=url.port, dbname=url.database,
                               user=f"clerk.a@{url.database}", password=PASSWORD)

    direct().close()
    for _ in range(auth.MAX_FAILURES):
        with pytest.raises(AuthenticationError):
            auth.login(station(scram_db), "clerk.a", "wrong-password")
    with pytest.raises(psycopg.OperationalError) as refused:
        direct()
    assert "not permitted to log in" in str(refused.value)
    unlock_user(_admin_process(world, station), world.admin_a, world.clerk_a.user_id)
    direct().close()


@pytest.mark.postgres
def test_parallel_guesses_check_at_most_five_passwords(scram_db, station):
    """Twelve stations guessing at once: every attempt is counted before its password is
    tried, so no more than MAX_FAILURES passwords reach the server's check."""
    make_world(scram_db)
    outcomes: list[str] = []
    barrier = threading.Barrier(12)

    def guess(n: int) -> None:
        database = station(scram_db)
        barrier.wait()
        try:
            auth.login(database, "clerk.a", f"guess-{n}")
            outcomes.append("in")
        except AuthenticationError as exc:
            outcomes.append("locked" if isinstance(exc, auth.LoginLockedError) else "checked")

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(outcomes) == 12 and "in" not in outcomes
    assert outcomes.count("checked") <= auth.MAX_FAILURES and outcomes.count("locked") >= 12 - auth.MAX_FAILURES
    with pytest.raises(AuthenticationError) as locked:
        auth.login(station(scram_db), "clerk.a", PASSWORD)
    assert isinstance(locked.value, auth.LoginLockedError)


@pytest.mark.postgres
def test_the_server_slows_password_guessing_down(scram_db):
    """auth_delay, as the README sets production servers up, is loaded."""
    with scram_db.engine.connect() as connection:
        assert connection.execute(text("SHOW auth_delay.milliseconds")).scalar() == "100ms"
