"""Car-Pass passwords: keyring only (keyed by establishment), session-only fallback without a
usable keyring, never in the database file, a log line or an exception text."""

from __future__ import annotations

import base64
import logging
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from app.core.carpass.sending import credentials
from app.core.carpass.sending.actions import check_connection
from app.core.carpass.sending.credentials import SERVICE, store_password
from app.core.carpass.sending.endpoint import set_endpoint
from app.core.carpass.sending.sender import send_readings
from app.core.errors import AtelierError, PermissionDeniedError
from app.core.progress import run_to_end
from tests.carpass.sending.conftest import ESTABLISHMENT_A, ESTABLISHMENT_B, FAST, PASSWORD_A, PASSWORD_B, enrol

ROOT = Path(__file__).resolve().parents[3]


def test_passwords_are_in_the_keyring_keyed_by_establishment(carpass, memory_keyring):
    assert memory_keyring.store == {(SERVICE, ESTABLISHMENT_A): PASSWORD_A, (SERVICE, ESTABLISHMENT_B): PASSWORD_B}
    assert credentials.password_for(ESTABLISHMENT_A) == (PASSWORD_A, "keyring")
    credentials.clear_password(carpass.db, carpass.admin_a)
    assert credentials.password_for(ESTABLISHMENT_A) == (None, None)
    assert (SERVICE, ESTABLISHMENT_B) in memory_keyring.store


def test_only_admins_set_or_clear_the_password(carpass):
    with pytest.raises(PermissionDeniedError):
        store_password(carpass.db, carpass.clerk_a, "x" * 10)
    with pytest.raises(PermissionDeniedError):
        credentials.clear_password(carpass.db, carpass.clerk_a)
    with pytest.raises(PermissionDeniedError):
        check_connection(carpass.db, carpass.clerk_a)


def test_password_never_in_the_database_file_or_logs(sqlite_world, simulator, memory_keyring, caplog):
    world = sqlite_world
    caplog.set_level(logging.DEBUG)
    set_endpoint(world.db, world.admin_a, simulator.base_url)
    store_password(world.db, world.admin_a, PASSWORD_A)
    assert "réussie" in str(check_connection(world.db, world.admin_a))
    entry = enrol(world.db, world.site_a, 1095)
    assert run_to_end(send_readings(world.db, world.clerk_a, entry_ids=[entry], options=FAST)).all_accepted
    # a refused password: its text is not in the error either
    with pytest.raises(AtelierError) as refused:
        check_connection(world.db, world.admin_a, password="Wrong-Secret-42")
    assert "Wrong-Secret-42" not in str(refused.value)
    with world.db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(FULL)")
    world.db.dispose()
    path = Path(world.db.url.removeprefix("sqlite:///"))
    blobs = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    assert b"2026402650" in blobs  # the file is readable: the search below is meaningful
    basic = base64.b64encode(f"{ESTABLISHMENT_A}:{PASSWORD_A}".encode())
    for secret in (PASSWORD_A.encode(), PASSWORD_A.encode("utf-16-le"), basic, b"Wrong-Secret-42"):
        assert secret not in blobs
    assert caplog.records  # urllib3 and the sender did log at DEBUG
    assert PASSWORD_A not in caplog.text and basic.decode() not in caplog.text


def test_without_a_usable_keyring_the_password_is_kept_for_the_session_only(carpass, simulator):
    keyring.set_keyring(fail.Keyring())
    status = credentials.keyring_status()
    assert not status.usable and "fail" in status.backend
    with pytest.raises(AtelierError) as refused:
        store_password(carpass.db, carpass.admin_a, PASSWORD_A)
    assert "cette session" in str(refused.value) and PASSWORD_A not in str(refused.value)
    assert credentials.password_for(ESTABLISHMENT_A) == (None, None)
    assert store_password(carpass.db, carpass.admin_a, PASSWORD_A, session_only=True) == "session"
    entry = enrol(carpass.db, carpass.site_a, 1112)
    assert run_to_end(send_readings(carpass.db, carpass.clerk_a, entry_ids=[entry], options=FAST)).all_accepted
    credentials.forget_session_passwords()
    with pytest.raises(AtelierError) as missing:
        run_to_end(send_readings(carpass.db, carpass.clerk_a, options=FAST))
    assert "Aucun mot de passe" in str(missing.value)


def test_python_keyring_backend_variable_is_honoured(tmp_path):
    code = ("from app.core.carpass.sending.credentials import keyring_status; s = keyring_status(); "
            "print(s.backend, s.usable)")
    env = {"PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring", "PATH": "/usr/bin:/bin",
           "HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    output = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, cwd=ROOT,
                            timeout=60)
    assert output.stdout.strip() == "keyring.backends.null.Keyring False", output.stderr


def test_environment_variable_is_the_last_resort(memory_keyring, monkeypatch):
    assert credentials.password_for("2999999990") == (None, None)
    monkeypatch.setenv(credentials.PASSWORD_VARIABLE, "from-env-1")
    assert credentials.password_for("2999999990") == ("from-env-1", "environment")
