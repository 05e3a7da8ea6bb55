"""Platform commands: db upgrade, setup, site add, user add, exit codes and messages."""

from __future__ import annotations

import argparse

import pytest
from sqlalchemy import select

from app.core.db.engine import Database
from app.core.platform.auth import login
from app.core.platform.models import User


def test_setup_then_site_and_user(run_cli, tmp_path):
    database = Database(f"sqlite:///{(tmp_path / 'cli.sqlite3').as_posix()}")
    setup = ["setup", "--company-name", "ACME", "--enterprise-number", "0426753973", "--site", "lie",
             "--site-name", "Liège", "--establishment-number", "2026402650", "--admin", "boss"]
    result = run_cli(database, *setup, env={"ATELIER_NEW_PASSWORD": "boss-password"})
    assert result.code == 0, result.err
    again = run_cli(database, *setup, env={"ATELIER_NEW_PASSWORD": "boss-password"})
    assert again.code == 2 and "déjà configurée" in again.err
    site = run_cli(database, "--user", "boss", "site", "add", "GENT", "--name", "Gent",
                   "--establishment-number", "2123456791", password="boss-password")
    assert site.code == 0, site.err
    user = run_cli(database, "--user", "boss", "user", "add", "clerk1", "--site", "GENT",
                   password="boss-password", env={"ATELIER_NEW_PASSWORD": "clerk-password"})
    assert user.code == 0, user.err
    assert login(database, "clerk1", "clerk-password").site_code == "GENT"
    database.dispose()


def test_bad_input_exits_2_naming_the_field(run_cli, world):
    result = run_cli(world.db, "--user", "admin.a", "site", "add", "C", "--name", "C",
                     "--establishment-number", "2026402651")
    assert result.code == 2
    assert "Numéro d'unité d'établissement" in result.err and "modulo 97" in result.err


def test_messages_follow_the_language(run_cli, world):
    result = run_cli(world.db, "--lang", "en", "--user", "admin.a", "site", "add", "C", "--name", "C",
                     "--establishment-number", "12")
    assert result.code == 2 and "Establishment unit number" in result.err


def test_clerk_cannot_add_users_exit_1(run_cli, world):
    result = run_cli(world.db, "--user", "clerk.a", "user", "add", "intruder",
                     env={"ATELIER_NEW_PASSWORD": "long-enough-pw"})
    assert result.code == 1 and "administrateurs" in result.err
    with world.db.session() as session:
        assert session.scalar(select(User).where(User.login == "intruder")) is None


def test_wrong_password_exit_1(run_cli, auth_world):
    world = auth_world
    result = run_cli(world.db, "--user", "admin.a", "site", "add", "C", "--name", "C",
                     "--establishment-number", "2026402650", password="wrong")
    assert result.code == 1 and "incorrect" in result.err


def test_db_upgrade_reports_revision(run_cli, tmp_path):
    database = Database(f"sqlite:///{(tmp_path / 'up.sqlite3').as_posix()}")
    result = run_cli(database, "db", "upgrade")
    assert result.code == 0 and "→" in result.out
    database.dispose()


def test_alembic_upgrade_head_from_repo_root(tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    url = f"sqlite:///{(tmp_path / 'alembic.sqlite3').as_posix()}"
    done = subprocess.run([sys.executable, "-m", "alembic", "-x", f"database={url}", "upgrade", "head"],
                          cwd=root, capture_output=True, text=True, env={**os.environ}, timeout=120)
    assert done.returncode == 0, done.stderr
    database = Database(url)
    from app.core.db.migrate import schema_state

    assert schema_state(database).up_to_date
    database.dispose()


def test_parser_can_be_built_many_times():
    """A new parser never reuses a collected parser's command groups (they were once cached
    at module level): a few builds with a collection in between show it."""
    import gc

    from app.cli.main import build_parser

    for _ in range(4):
        parser = build_parser()
        del parser
        gc.collect()
    assert build_parser().parse_args(["carpass", "list"]).carpass_command == "list"


def test_starting_the_gui_parses_without_importing_command_modules():
    """No command word: only the global options are parsed, no command module is imported
    (they pull reportlab, requests… and slow down the appearance of the login dialog)."""
    import subprocess
    import sys

    probe = ("import sys; from app.cli.main import parse_arguments; "
             "a = parse_arguments(['--database', 'sqlite:///x.db', '--lang', 'nl']); "
             "print(a.command, a.database, a.lang, sorted(m for m in sys.modules if m.endswith('_commands')))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["None", "sqlite:///x.db", "nl", "[]"]


def test_a_command_word_still_gets_the_full_parser():
    from app.cli.main import parse_arguments

    args = parse_arguments(["--database", "sqlite:///x.db", "db", "upgrade"])
    assert args.command == "db" and args.database == "sqlite:///x.db" and callable(args.handler)


@pytest.mark.parametrize("argv", [
    [], ["--database", "sqlite:///x.db"], ["--database", "sqlite:///x.db", "--lang", "nl", "--demo"],
    ["--user", "boss", "--self-check"], ["--database", ""], ["--lang", "en", "--lang", "fr"],
])
def test_the_gui_options_read_without_argparse_match_argparse(argv):
    """The start-up reads full-spelled global options by hand: the same namespace as argparse's."""
    from app.cli.main import _global_options, _plain_global_options

    plain = _plain_global_options(argv)
    parsed, rest = _global_options(argparse.ArgumentParser(add_help=False)).parse_known_args(argv)
    parsed.command = None
    assert rest == [] and plain == parsed


@pytest.mark.parametrize("argv", [
    ["--data", "sqlite:///x.db"], ["--database=sqlite:///x.db"], ["--lang", "de"], ["--database"],
    ["--database", "-x"], ["db", "upgrade"], ["--database", "sqlite:///x.db", "db", "upgrade"],
])
def test_anything_else_is_left_to_argparse(argv):
    from app.cli.main import _plain_global_options

    assert _plain_global_options(argv) is None
