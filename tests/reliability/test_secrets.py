"""Secrets: after real flows — Car-Pass and SMTP passwords set through the services and the
CLI (in-memory keyring), users created and reset with passwords, wrong passwords typed at
login, readings sent to the simulator with bad credentials, invoices mailed with a wrong SMTP
password — no password (plain, UTF-16, or as an HTTP Basic header) appears in the SQLite file
(+ -wal/-shm), in any log file written by ``logging_setup``, in any exception text or in
the CLI's output."""

from __future__ import annotations

import base64
import traceback
from pathlib import Path

import pytest

from app.core.carpass.sending import credentials
from app.core.carpass.sending.actions import check_connection
from app.core.carpass.sending.endpoint import set_endpoint
from app.core.carpass.sending.sender import send_readings
from app.core.errors import AtelierError
from app.core.platform.auth import login
from app.core.platform.logging_setup import reset_logging, setup_logging
from app.core.platform.users import add_user, set_password
from app.core.progress import run_to_end
from app.core.rental.invoicing.invoicing import invoice_dossier
from app.core.rental.invoicing.mailing import save_smtp_settings, send_invoices
from tests.carpass.sending.conftest import (
    ESTABLISHMENT_A,
    ESTABLISHMENT_B,
    FAST,
    PASSWORD_A,
    enrol,
)
from tests.factories import PASSWORD
from tests.rental.invoicing.factories import make_contract, make_rental_world

USER_FIRST = "Usr-Initial-Pw-8261"
USER_RESET = "Usr-Changed-Pw-4410"
USER_WRONG = "Usr-Wrong-Pw-9917"
CLI_WRONG = "Cli-Wrong-Pw-3321"
CLI_NEW_USER = "Cli-New-User-Pw-7754"
CARPASS_WRONG = "Wrong-Carpass-5531"
CARPASS_BAD_B = "Bad-B-Secret-6612"
SMTP_RIGHT = "smtp-secret"  # what the loopback SMTP server accepts
SMTP_WRONG = "Wrong-Smtp-Secret-55"
SECRETS = (PASSWORD, USER_FIRST, USER_RESET, USER_WRONG, CLI_WRONG, CLI_NEW_USER, PASSWORD_A, CARPASS_WRONG,
           CARPASS_BAD_B, SMTP_RIGHT, SMTP_WRONG)


def _forms(secret: str) -> list[bytes]:
    forms = [secret.encode(), secret.encode("utf-16-le")]
    for establishment in (ESTABLISHMENT_A, ESTABLISHMENT_B, "atelier"):
        forms.append(base64.b64encode(f"{establishment}:{secret}".encode()))
    forms.append(base64.b64encode(f"\0atelier\0{secret}".encode()))  # SMTP AUTH PLAIN
    return forms


def _hits(blob: bytes) -> list[str]:
    return [secret for secret in SECRETS if any(form in blob for form in _forms(secret))]


def test_no_password_in_database_logs_exceptions_or_output(sqlite_world, simulator, smtp_server, memory_keyring,
                                                           run_cli, monkeypatch, tmp_path):
    world, db = sqlite_world, sqlite_world.db
    monkeypatch.setenv("ATELIER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ATELIER_LOG_LEVEL", "DEBUG")
    log_dir = tmp_path / "data" / "logs"
    setup_logging("reliability", level="DEBUG", folder=log_dir, native_crashes=False)
    texts: list[str] = []

    def refused(call, *args, **kwargs):
        with pytest.raises(Exception) as info:
            call(*args, **kwargs)
        texts.append("".join(traceback.format_exception(info.value)))
        return info.value

    try:
        # users and logins
        user = add_user(db, world.admin_a, "nouvel.employe", USER_FIRST)
        set_password(db, world.admin_a, user.id, USER_RESET)
        assert refused(login, db, "nouvel.employe", USER_WRONG)
        assert refused(login, db, "nouvel.employe", USER_FIRST)
        assert refused(login, db, "inconnu", USER_WRONG)
        assert login(db, "nouvel.employe", USER_RESET).login == "nouvel.employe"
        # Car-Pass: right password for A, wrong ones tried, wrong one stored for B
        for admin in (world.admin_a, world.admin_b):
            set_endpoint(db, admin, simulator.base_url)
        credentials.store_password(db, world.admin_a, PASSWORD_A)
        assert "réussie" in str(check_connection(db, world.admin_a))
        refused(check_connection, db, world.admin_a, password=CARPASS_WRONG)
        entry_a = enrol(db, world.site_a, 1095)
        assert run_to_end(send_readings(db, world.clerk_a, entry_ids=[entry_a], options=FAST)).all_accepted
        credentials.store_password(db, world.admin_b, CARPASS_BAD_B)
        entry_b = enrol(db, world.site_b, 2095)
        try:
            summary = run_to_end(send_readings(db, world.clerk_b, entry_ids=[entry_b], options=FAST))
            texts.append(repr(summary) + " ".join(str(line.text) for line in summary.lines) + str(summary.stopped))
        except AtelierError as exc:
            texts.append("".join(traceback.format_exception(exc)))
        refused(check_connection, db, world.admin_b)
        # SMTP: invoices mailed with the right, then a wrong password
        rw = make_rental_world(db, world.company_id)
        dossier = make_contract(db, world.site_a, rw)
        invoices = invoice_dossier(db, world.clerk_a, dossier)
        save_smtp_settings(db, world.admin_a, "127.0.0.1", smtp_server.port, False, "atelier",
                           "location@carrosserie.example", SMTP_RIGHT)
        assert all(o.sent for o in send_invoices(db, world.clerk_a, dossier, [invoices[0].id]))
        save_smtp_settings(db, world.admin_a, "127.0.0.1", smtp_server.port, False, "atelier",
                           "location@carrosserie.example", SMTP_WRONG)
        failed = send_invoices(db, world.clerk_a, dossier, [invoices[0].id])
        assert not failed[0].sent
        texts.append(repr(failed))
        # the CLI: wrong login password, new user, Car-Pass and SMTP passwords from the environment
        outputs = [
            run_cli(db, "--user", "clerk.a", "carpass", "list", password=CLI_WRONG),
            run_cli(db, "--user", "admin.a", "user", "add", "cli.user", env={"ATELIER_NEW_PASSWORD": CLI_NEW_USER}),
            run_cli(db, "--user", "admin.a", "carpass", "credentials", "set",
                    env={"ATELIER_CARPASS_PASSWORD": PASSWORD_A}),
            run_cli(db, "--user", "admin.a", "carpass", "credentials", "test"),
            run_cli(db, "--user", "admin.a", "rental", "smtp", "--host", "127.0.0.1", "--port",
                    str(smtp_server.port), "--no-starttls", "--user", "atelier", "--sender", "a@carrosserie.example",
                    env={"ATELIER_SMTP_PASSWORD": SMTP_WRONG}),
            run_cli(db, "--user", "clerk.a", "rental", "mail", str(_number(db, dossier))),
        ]
        assert [o.code for o in outputs][:4] == [1, 0, 0, 0], outputs
        texts.extend(o.out + o.err for o in outputs)
    finally:
        reset_logging()
    assert smtp_server.logins == ["atelier"]  # the right SMTP password was really used once
    assert memory_keyring.store  # and the secrets went to the keyring
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
    database_file = Path(db.url.removeprefix("sqlite:///"))
    files = sorted(database_file.parent.glob(database_file.name + "*"))
    blob = b"".join(p.read_bytes() for p in files)
    db.dispose()
    assert b"nouvel.employe" in blob and b"2026402650" in blob  # readable: the search means something
    logs = sorted(log_dir.glob("*.log*"))
    assert {p.name for p in logs} >= {"reliability.log", "atelier-cli.log"}
    log_text = b"".join(p.read_bytes() for p in logs)
    assert b"login: nouvel.employe" in log_text and b"clerk.a" in log_text
    found = {"database": _hits(blob), "logs": _hits(log_text),
             "exceptions": _hits("\n".join(texts).encode())}
    assert len(texts) >= 8
    # the scan does find secrets
    assert _hits(repr(memory_keyring.store).encode()) == [PASSWORD_A, CARPASS_BAD_B, SMTP_WRONG]
    assert found == {"database": [], "logs": [], "exceptions": []}


def _number(db, dossier_id: int) -> int:
    from app.core.rental.models import RentalDossier

    with db.session() as s:
        return s.get(RentalDossier, dossier_id).number


def test_password_typed_into_the_login_field_is_not_kept(sqlite_world, tmp_path):
    db = sqlite_world.db
    setup_logging("reliability", level="DEBUG", folder=tmp_path / "logs", native_crashes=False)
    try:
        for _ in range(5):
            with pytest.raises(AtelierError):
                login(db, USER_RESET, USER_RESET)  # the clerk typed the password in both fields
    finally:
        reset_logging()
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
    database_file = Path(db.url.removeprefix("sqlite:///"))
    blob = b"".join(p.read_bytes() for p in sorted(database_file.parent.glob(database_file.name + "*"))).lower()
    db.dispose()
    log_text = b"".join(p.read_bytes() for p in (tmp_path / "logs").glob("*.log*")).lower()
    assert USER_RESET.lower().encode() not in blob
    assert USER_RESET.lower().encode() not in log_text
