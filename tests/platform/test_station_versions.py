"""The Atelier version a shared database requires and where its installer is: how versions
compare, which locations are accepted, what a station decides, and on PostgreSQL who may
read and write them (docs/decisions/platform-station-versions.md)."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

import app
from app.core.db.migrate import SCHEMA_HEAD, SchemaState
from app.core.db.opening import open_for_station
from app.core.db.server_roles import GATE_PASSWORD
from app.core.db.station_versions import (
    StationRequirements,
    check_station,
    clean_installer_location,
    installer_file,
    parse_version,
    record_upgrade,
    require_station_in_step,
    set_installer_location,
    set_required_version,
    shared_requirements,
)
from app.core.errors import (
    AtelierError,
    PermissionDeniedError,
    SchemaTooOldError,
    StationTooNewError,
    StationUpdateRequiredError,
    ValidationError,
)
from tests.factories import PASSWORD

AT_HEAD = SchemaState(current=SCHEMA_HEAD, head=SCHEMA_HEAD, known=True)
NEWER_SCHEMA = SchemaState(current="0099_future", head=SCHEMA_HEAD, known=False)
OLDER_SCHEMA = SchemaState(current="0011_database_roles", head=SCHEMA_HEAD, known=True)
SHARE = "\\\\srv-deploy\\atelier"


@pytest.mark.parametrize(("older", "newer"), [
    ("0.9.0", "0.10.0"),        # numbers, not text
    ("1.0.0rc1", "1.0.0"),      # a release candidate comes before its release
    ("0.2.0", "0.2.0.post1"),   # a post-release (hotfix) after it
    ("0.2.0.dev3", "0.2.0a1"),
    ("1!0.1", "1!0.2"),
])
def test_versions_compare_as_pep_440(older, newer):
    assert parse_version(older) < parse_version(newer)


def test_equal_versions_written_differently_are_equal():
    assert parse_version("0.3") == parse_version("0.3.0") == parse_version(" 0.3.0 ")
    assert parse_version("v1.0") == parse_version("1.0")


@pytest.mark.parametrize("bad", ["", "abc", "0.3.0-final-2", "1..2", "latest"])
def test_an_unreadable_version_is_refused_naming_the_field(bad):
    with pytest.raises(ValidationError) as info:
        parse_version(bad, "required_version")
    assert info.value.field == "required_version" and "numéro de version invalide" in str(info.value)


@pytest.mark.parametrize("location", [
    "\\\\srv-deploy\\atelier", "\\\\srv-deploy\\atelier\\", "\\\\srv\\deploy$\\Atelier\\2026",
    "\\\\srv\\deploy\\Atelier-0.3.0-setup.exe", "https://deploy.garage.be/atelier/",
    "https://deploy.garage.be/atelier/Atelier-0.3.0-setup.exe",
])
def test_unc_paths_and_https_urls_are_accepted(location):
    assert clean_installer_location(f"  {location} ") == location


@pytest.mark.parametrize(("location", "reason"), [
    ("", "obligatoire"),
    ("http://deploy.garage.be/atelier/", "https seulement"),
    ("https://it:secret@deploy.garage.be/atelier/", "mot de passe"),
    ("https:///atelier/", "illisible"),
    ("C:\\Deploy\\Atelier", "lettre de lecteur"),
    ("S:\\Atelier", "lettre de lecteur"),
    ("\\\\srv-deploy", "chemin réseau illisible"),
    ("\\\\srv\\share\\a|b", "chemin réseau illisible"),
    ("/mnt/deploy/atelier", "chemin réseau"),
])
def test_other_locations_are_refused_with_the_reason(location, reason):
    with pytest.raises(ValidationError) as info:
        clean_installer_location(location)
    assert "Emplacement de l'installateur" in str(info.value) and reason in str(info.value)


def test_the_installer_file_of_a_version():
    assert installer_file(SHARE, "0.3.0") == SHARE + "\\Atelier-0.3.0-setup.exe"
    assert installer_file(SHARE + "\\", "0.3.0") == SHARE + "\\Atelier-0.3.0-setup.exe"
    assert installer_file("https://d.be/atelier/", "0.3.0") == "https://d.be/atelier/Atelier-0.3.0-setup.exe"
    assert installer_file(SHARE + "\\Setup.EXE", "0.3.0") == SHARE + "\\Setup.EXE"  # the file itself
    assert StationRequirements("0.3.0", None).installer_for() is None
    assert StationRequirements(None, SHARE).installer_for() is None


def test_a_station_at_the_required_version_passes():
    require_station_in_step(AT_HEAD, StationRequirements("0.3.0", SHARE), "0.3.0")
    require_station_in_step(AT_HEAD, StationRequirements("0.3", None), "0.3.0")
    require_station_in_step(AT_HEAD, StationRequirements(None, None), "0.3.0")  # nothing recorded yet
    require_station_in_step(AT_HEAD, None, "0.3.0")


def test_an_older_station_must_be_updated_and_is_told_from_where():
    with pytest.raises(StationUpdateRequiredError) as info:
        require_station_in_step(AT_HEAD, StationRequirements("0.3.0", SHARE), "0.2.0")
    error = info.value
    assert (error.required_version, error.station_version, error.installer_location) == ("0.3.0", "0.2.0", SHARE)
    assert str(error).startswith("Mise à jour requise : la base de données partagée demande Atelier 0.3.0, ce poste "
                                 "a la version 0.2.0.")
    assert SHARE + "\\Atelier-0.3.0-setup.exe" in str(error)
    with pytest.raises(StationUpdateRequiredError) as info:
        require_station_in_step(AT_HEAD, StationRequirements("0.10.0", None), "0.9.0")
    assert "service informatique" in str(info.value) and info.value.installer_location is None


def test_a_newer_schema_also_means_an_update_is_required():
    with pytest.raises(StationUpdateRequiredError) as info:
        require_station_in_step(NEWER_SCHEMA, StationRequirements("0.4.0", SHARE), "0.3.0")
    assert info.value.required_version == "0.4.0" and "Atelier-0.4.0-setup.exe" in str(info.value)
    with pytest.raises(StationUpdateRequiredError) as info:  # a newer schema that cannot say more
        require_station_in_step(NEWER_SCHEMA, None, "0.3.0")
    assert "0099_future" in str(info.value) and info.value.required_version is None
    with pytest.raises(StationUpdateRequiredError) as info:  # a recorded version that would not help
        require_station_in_step(NEWER_SCHEMA, StationRequirements("0.2.0", SHARE), "0.3.0")
    assert "0099_future" in str(info.value) and info.value.required_version is None
    assert "Atelier-0.2.0-setup.exe" not in str(info.value) and info.value.installer_location == SHARE


def test_a_newer_station_asks_for_an_administrators_upgrade():
    with pytest.raises(StationTooNewError) as info:
        require_station_in_step(AT_HEAD, StationRequirements("0.2.0", SHARE), "0.3.0")
    assert isinstance(info.value, SchemaTooOldError)
    assert "0.3.0" in str(info.value) and "0.2.0" in str(info.value) and "atelier db upgrade" in str(info.value)
    with pytest.raises(SchemaTooOldError) as info:  # an older schema says the same, as before
        require_station_in_step(OLDER_SCHEMA, None, "0.3.0")
    assert "atelier db upgrade" in str(info.value)


def test_an_unreadable_recorded_version_names_the_fix():
    with pytest.raises(AtelierError) as info:
        require_station_in_step(AT_HEAD, StationRequirements("next week", None), "0.3.0")
    assert "« next week »" in str(info.value) and "atelier db required-version" in str(info.value)


def test_sqlite_records_nothing_and_checks_nothing(sqlite_db, monkeypatch):
    monkeypatch.setattr(app, "__version__", "9.9.9")
    assert record_upgrade(sqlite_db) == (None, None)
    assert shared_requirements(sqlite_db) is None
    with pytest.raises(ValidationError) as info:
        set_installer_location(sqlite_db, SHARE)
    assert "PostgreSQL" in str(info.value)
    with pytest.raises(ValidationError):
        set_required_version(sqlite_db, "1.0")
    open_for_station(sqlite_db.url).dispose()  # any version opens its own file
    with sqlite_db.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM database_setting")).scalar() == 0


@pytest.mark.postgres
def test_upgrade_raises_the_required_version_and_never_lowers_it(pg_db, monkeypatch):
    monkeypatch.setattr(app, "__version__", "0.2.0")
    assert record_upgrade(pg_db) == (None, "0.2.0")
    assert record_upgrade(pg_db) == ("0.2.0", "0.2.0")
    monkeypatch.setattr(app, "__version__", "0.10.0")
    assert record_upgrade(pg_db) == ("0.2.0", "0.10.0")
    monkeypatch.setattr(app, "__version__", "0.9.1")
    assert record_upgrade(pg_db) == ("0.10.0", "0.10.0")  # an older Atelier's upgrade keeps it
    assert set_required_version(pg_db, "0.9.1") == "0.9.1"  # IT may lower it on purpose
    assert shared_requirements(pg_db).required_version == "0.9.1"
    with pg_db.engine.begin() as connection:
        connection.execute(text("UPDATE database_setting SET value = 'garbage' WHERE key = 'atelier.required_version'"))
    assert record_upgrade(pg_db) == ("garbage", "0.9.1")  # repaired by the next upgrade
    with pg_db.engine.connect() as connection:
        who = connection.execute(text("SELECT updated_by FROM database_setting")).scalars().all()
    assert who == ["postgres"]  # the connected login, not the owner role it acts as


@pytest.mark.postgres
def test_a_station_checks_through_the_gate_before_the_login(pg_world, monkeypatch):
    db = pg_world.db
    monkeypatch.setattr(app, "__version__", "0.3.0")
    record_upgrade(db)
    set_installer_location(db, SHARE)
    check_station(db)
    open_for_station(db.url).dispose()
    monkeypatch.setattr(app, "__version__", "0.2.0")
    with pytest.raises(StationUpdateRequiredError) as info:
        open_for_station(db.url)
    assert (info.value.required_version, info.value.installer_location) == ("0.3.0", SHARE)
    monkeypatch.setattr(app, "__version__", "0.4.0")
    with pytest.raises(StationTooNewError):
        open_for_station(db.url)
    set_installer_location(db, None)
    monkeypatch.setattr(app, "__version__", "0.2.0")
    with pytest.raises(StationUpdateRequiredError) as info:
        check_station(db)
    assert info.value.installer_location is None


@pytest.mark.postgres
def test_the_gate_reads_the_requirements_and_no_table(pg_db):
    set_installer_location(pg_db, SHARE)
    set_required_version(pg_db, "0.3.0")
    url = make_url(pg_db.url)
    with psycopg.connect(host=url.host, port=url.port, dbname=url.database, user=f"{url.database}:gate",
                         password=GATE_PASSWORD, autocommit=True) as gate:
        row = gate.execute("SELECT required_version, installer_location FROM atelier_station_requirements()").fetchone()
        assert row == ("0.3.0", SHARE)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            gate.execute("SELECT * FROM database_setting")


@pytest.mark.postgres
def test_users_read_the_requirements_and_only_it_writes_them(pg_world, station):
    db = pg_world.db
    set_installer_location(db, SHARE)
    for login in ("clerk.a", "admin.a"):
        user = station(db, login)
        assert shared_requirements(user) == StationRequirements(None, SHARE)
        for statement in ("UPDATE database_setting SET value = '\\\\evil\\share'",
                          "INSERT INTO database_setting (key, value, updated_at) VALUES ('x', 'y', now())",
                          "DELETE FROM database_setting"):
            with pytest.raises(Exception) as denied, user.engine.begin() as connection:
                connection.execute(text(statement))
            assert "permission denied" in str(denied.value), statement
        with pytest.raises(PermissionDeniedError):  # nor through Atelier: only the owner role's members
            set_installer_location(user, "\\\\evil\\share")
    assert shared_requirements(db).installer_location == SHARE
    user = station(db, "admin.a", PASSWORD)
    with pytest.raises(PermissionDeniedError):
        set_required_version(user, "99.0")
