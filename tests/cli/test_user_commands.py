"""User administration from the command line, the maintenance commands, and what a station
keeps of its database: on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from app.core.db.engine import Database
from app.core.platform.auth import login
from app.core.platform.station_config import MACHINE_CONFIG_ENV, machine_database_url
from tests.factories import PASSWORD


def test_admin_lists_moves_deactivates_and_unlocks_users(run_cli, world, station):
    listed = run_cli(world.db, "--user", "admin.a", "user", "list")
    assert listed.code == 0 and "clerk.a\temployé\tactif" in listed.out
    moved = run_cli(world.db, "--user", "admin.a", "user", "set", "clerk.a", "--site", "B", "--role", "admin")
    assert moved.code == 0, moved.err
    scope = login(station(world.db), "clerk.a", PASSWORD)
    assert scope.site_code == "B" and scope.is_admin
    off = run_cli(world.db, "--user", "admin.a", "user", "deactivate", "clerk.a")
    assert off.code == 0, off.err
    refused = run_cli(world.db, "--user", "clerk.a", "carpass", "list")
    assert refused.code == 1 and "incorrect" in refused.err
    assert run_cli(world.db, "--user", "admin.a", "user", "activate", "clerk.a").code == 0
    assert run_cli(world.db, "--user", "clerk.a", "carpass", "list").code == 0
    assert run_cli(world.db, "--user", "admin.a", "user", "unlock", "clerk.a").code == 0
    missing = run_cli(world.db, "--user", "admin.a", "user", "unlock", "nobody")
    assert missing.code == 1 and "introuvable" in missing.err


def test_a_clerk_cannot_administer_users_exit_1(run_cli, world):
    for command in (["user", "list"], ["user", "set", "clerk.a", "--role", "admin"], ["user", "unlock", "admin.a"],
                    ["user", "deactivate", "admin.a"], ["user", "password", "admin.a"]):
        result = run_cli(world.db, "--user", "clerk.a", *command, env={"ATELIER_NEW_PASSWORD": "long-enough-pw"})
        assert result.code == 1 and "administrateurs" in result.err, (command, result.err)


def test_an_admin_cannot_deactivate_himself(run_cli, world):
    result = run_cli(world.db, "--user", "admin.a", "user", "deactivate", "admin.a")
    assert result.code == 1 and "propre compte" in result.err


def test_passwords_reset_by_admin_own_change_and_it_maintenance(run_cli, auth_world, station):
    world = auth_world
    reset = run_cli(world.db, "--user", "admin.a", "user", "password", "clerk.a",
                    env={"ATELIER_NEW_PASSWORD": "reset-by-admin-1"})
    assert reset.code == 0, reset.err
    assert login(station(world.db), "clerk.a", "reset-by-admin-1").login == "clerk.a"
    own = run_cli(world.db, "--user", "clerk.a", "user", "password", "clerk.a", password="reset-by-admin-1",
                  env={"ATELIER_NEW_PASSWORD": "chosen-by-clerk-1"})
    assert own.code == 0, own.err
    short = run_cli(world.db, "--user", "clerk.a", "user", "password", "clerk.a", password="chosen-by-clerk-1",
                    env={"ATELIER_NEW_PASSWORD": "short"})
    assert short.code == 2 and "Mot de passe" in short.err
    it = run_cli(world.db, "db", "reset-password", "admin.a", env={"ATELIER_NEW_PASSWORD": "set-by-it-123"})
    assert it.code == 0, it.err
    assert login(station(world.db), "admin.a", "set-by-it-123").is_admin


@pytest.mark.postgres
def test_a_station_role_cannot_use_the_maintenance_commands(run_cli, pg_world):
    """``db reset-password`` and ``db upgrade`` need the owner role: an Atelier admin's own
    server role (a URL naming it) is refused."""
    from sqlalchemy.engine import make_url

    url = make_url(pg_world.db.url).set(username=f"admin.a@{pg_world.db.database_name}")
    as_admin = Database(url.render_as_string(hide_password=False))
    result = run_cli(as_admin, "db", "reset-password", "admin.a", env={"ATELIER_NEW_PASSWORD": "set-by-it-123"})
    assert result.code == 1 and "owner" in result.err
    as_admin.dispose()


def test_a_password_in_database_prints_a_warning(run_cli, sqlite_world, tmp_path):
    class WithPassword:
        url = "postgresql://it:secret@127.0.0.1:1/none"

    result = run_cli(WithPassword, "db", "upgrade")
    assert "mot de passe écrit dans --database" in result.err and "PGPASSFILE" in result.err
    quiet = run_cli(sqlite_world.db, "--user", "clerk.a", "carpass", "list")
    assert "PGPASSFILE" not in quiet.err


def test_machine_wide_settings_take_precedence_and_hold_no_password(tmp_path, monkeypatch, qapp):
    from app.ui.application import choose_database_url
    from app.ui.settings import set_database_url, station_settings

    set_database_url(station_settings(), "sqlite:///somewhere/else.sqlite3")
    config = tmp_path / "atelier.ini"
    config.write_text("[database]\nhost = dbserver\nport = 5433\nname = atelier\nsslmode = require\n")
    monkeypatch.setenv(MACHINE_CONFIG_ENV, str(config))
    assert machine_database_url() == "postgresql://dbserver:5433/atelier?sslmode=require"
    assert choose_database_url(None) == "postgresql://dbserver:5433/atelier?sslmode=require"
    assert choose_database_url("sqlite:///given.sqlite3") == "sqlite:///given.sqlite3"  # --database still wins
    config.write_text("[database]\nhost = dbserver\nname = atelier\npassword = hunter2\n")
    from app.core.errors import ValidationError

    with pytest.raises(ValidationError) as refused:
        machine_database_url()
    assert "password" in str(refused.value) and "hunter2" not in str(refused.value)
    monkeypatch.setenv(MACHINE_CONFIG_ENV, str(tmp_path / "absent.ini"))
    assert machine_database_url() is None
    assert choose_database_url(None) == "sqlite:///somewhere/else.sqlite3"


def test_the_saved_connection_never_keeps_credentials(qapp):
    from app.ui.settings import database_url, set_database_url, station_settings

    settings = station_settings()
    set_database_url(settings, "postgresql://clerk:secret@dbserver:5432/atelier")
    assert database_url(settings) == "postgresql://dbserver:5432/atelier"
    settings.setValue("database/url", "postgresql://station:old-secret@dbserver/atelier")  # an older Atelier's
    assert database_url(settings) == "postgresql://dbserver/atelier"
    assert "old-secret" not in str(settings.value("database/url"))
    settings.sync()
    assert "secret" not in open(settings.fileName(), encoding="utf-8").read()
