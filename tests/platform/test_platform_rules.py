"""Platform rules: identifiers, passwords, login lockout, setup, sites and users scope."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, text

from app.core.errors import AtelierError, AuthenticationError, PermissionDeniedError, ValidationError
from app.core.platform import auth
from app.core.platform.identifiers import clean_enterprise_number, clean_establishment_number
from app.core.platform.models import LoginAttempt, User
from app.core.platform.setup import SetupRequest, is_set_up, set_up
from app.core.platform.sites import add_site, get_site, list_sites, switch_site
from app.core.platform.users import add_user, list_users, set_password
from app.core.timeutil import utcnow
from tests.factories import PASSWORD


@pytest.mark.parametrize("raw, expected", [("0426753973", "0426753973"), ("BE 0426.753.973", "0426753973"),
                                           ("426753973", "0426753973")])
def test_enterprise_number_accepts_valid_forms(raw, expected):
    assert clean_enterprise_number(raw) == expected


@pytest.mark.parametrize("raw", ["0426753974", "12345", "2426753973", ""])
def test_enterprise_number_rejects_with_field(raw):
    with pytest.raises(ValidationError) as info:
        clean_enterprise_number(raw)
    assert info.value.field == "enterprise_number"
    assert "Numéro d'entreprise" in str(info.value)


@pytest.mark.parametrize("raw, ok", [("2026402650", True), ("2123456791", True), ("2026402651", False),
                                     ("1026402650", False), ("20264026", False)])
def test_establishment_number(raw, ok):
    if ok:
        assert clean_establishment_number(raw) == raw
    else:
        with pytest.raises(ValidationError):
            clean_establishment_number(raw)


def test_setup_creates_company_site_admin_once(sqlite_db):
    request = SetupRequest("ACME", "0426753973", True, "lie", "Liège", "2026402650", "Boss", "long-enough-pw")
    assert not is_set_up(sqlite_db)
    set_up(sqlite_db, request)
    assert is_set_up(sqlite_db)
    scope = auth.login(sqlite_db, "boss", "long-enough-pw")
    assert scope.is_admin and scope.site_code == "LIE"
    with pytest.raises(AtelierError):
        set_up(sqlite_db, request)


def test_setup_refuses_bad_input_without_writing(sqlite_db):
    request = SetupRequest("ACME", "0426753973", False, "LIE", "Liège", "2026402650", "boss", "short")
    with pytest.raises(ValidationError) as info:
        set_up(sqlite_db, request)
    assert info.value.field == "password"
    assert not is_set_up(sqlite_db)


def test_password_is_hashed_with_argon2id_or_kept_by_the_server(world):
    """SQLite: an argon2id hash. PostgreSQL: nothing in app_user, a SCRAM verifier in the
    server's catalogue for the user's role."""
    with world.db.session() as session:
        stored = session.scalar(select(User.password_hash).where(User.login == "clerk.a"))
        if world.db.is_postgres:
            verifier = session.scalar(text("SELECT rolpassword FROM pg_authid WHERE rolname = :r"),
                                      {"r": f"clerk.a@{world.db.database_name}"})
    if world.db.is_sqlite:
        assert stored.startswith("$argon2id$") and PASSWORD not in stored
    else:
        assert stored == "" and verifier.startswith("SCRAM-SHA-256$") and PASSWORD not in verifier


def test_login_success_and_generic_failure(auth_world, station):
    assert auth.login(station(auth_world.db), "Clerk.A", PASSWORD).site_id == auth_world.site_a
    with pytest.raises(AuthenticationError) as wrong_password:
        auth.login(station(auth_world.db), "clerk.a", "nope")
    with pytest.raises(AuthenticationError) as unknown_user:
        auth.login(station(auth_world.db), "ghost", "nope")
    assert str(wrong_password.value) == str(unknown_user.value)


@pytest.mark.parametrize("login", ["clerk.a", "ghost"])
def test_lockout_after_five_failures_same_for_unknown_login(auth_world, login, station):
    for _ in range(auth.MAX_FAILURES):
        with pytest.raises(AuthenticationError) as refused:
            auth.login(station(auth_world.db), login, "bad")
        assert "incorrect" in str(refused.value)
    with pytest.raises(AuthenticationError) as locked:
        auth.login(station(auth_world.db), login, PASSWORD)
    assert isinstance(locked.value, auth.LoginLockedError)
    assert str(locked.value) == str(refused.value)
    with auth_world.db.session() as session:
        attempt = session.get(LoginAttempt, auth.attempt_key(login))
        attempt.locked_until = utcnow() - timedelta(seconds=1)
    if login == "clerk.a":
        assert auth.login(station(auth_world.db), login, PASSWORD).login == "clerk.a"


def test_clerk_cannot_manage_sites_or_users(world):
    with pytest.raises(PermissionDeniedError):
        add_site(world.db, world.clerk_a, "C", "Site C", "2200000030")
    with pytest.raises(PermissionDeniedError):
        add_user(world.db, world.clerk_a, "newbie", "long-enough-pw")
    with pytest.raises(PermissionDeniedError):
        list_users(world.db, world.clerk_a)
    with pytest.raises(PermissionDeniedError):
        switch_site(world.db, world.clerk_a, world.site_b)


def test_clerk_sees_only_own_site(world):
    assert [s.code for s in list_sites(world.db, world.clerk_a)] == ["A"]
    assert [s.code for s in list_sites(world.db, world.admin_a)] == ["A", "B"]
    with world.db.session() as session, pytest.raises(PermissionDeniedError):
        get_site(session, world.clerk_a, world.site_b)


def test_admin_adds_site_and_user_and_switches(world):
    site = add_site(world.db, world.admin_a, "c", "Site C", "2200000018".replace("18", str(97 - 22000000 % 97)))
    user = add_user(world.db, world.admin_a, "New.User", "long-enough-pw", site_id=site.id)
    assert user.login == "new.user" and user.site_id == site.id
    switched = switch_site(world.db, world.admin_a, site.id)
    assert switched.site_code == "C" and switched.home_site_id == world.site_a
    with pytest.raises(ValidationError):
        add_user(world.db, world.admin_a, "new.user", "long-enough-pw")
    with pytest.raises(ValidationError):
        add_site(world.db, world.admin_a, "C", "dup", "2026402650")


def test_password_reset_rules(auth_world, station):
    world = auth_world
    set_password(world.db, world.clerk_a, world.clerk_a.user_id, "another-long-pw")
    assert auth.login(station(world.db), "clerk.a", "another-long-pw")
    with pytest.raises(PermissionDeniedError):
        set_password(world.db, world.clerk_a, world.clerk_b.user_id, "another-long-pw")
