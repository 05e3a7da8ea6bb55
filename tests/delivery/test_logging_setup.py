"""Rotating log file, redaction of secrets, no stderr handler without a stderr."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.platform import logging_setup
from app.core.platform.logging_setup import add_secret, current_log_file, redact, reset_logging, setup_logging

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def restore_logging():
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    yield
    reset_logging()
    root.setLevel(level)
    for handler in handlers:
        for f in [f for f in handler.filters if isinstance(f, logging_setup.RedactingFilter)]:
            handler.removeFilter(f)


def _text(folder: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("atelier*.log*")))


def test_log_file_rotates_and_keeps_the_configured_backups(tmp_path, restore_logging):
    path = setup_logging(folder=tmp_path, native_crashes=False, max_bytes=2_000, backup_count=3)
    assert path == tmp_path / "atelier.log" == current_log_file()
    log = logging.getLogger("atelier.test")
    for number in range(200):
        log.info("line %04d of the rotation test", number)
    files = sorted(p.name for p in tmp_path.glob("atelier.log*"))
    assert files == ["atelier.log", "atelier.log.1", "atelier.log.2", "atelier.log.3"]
    assert all(p.stat().st_size <= 2_200 for p in tmp_path.glob("atelier.log*"))
    assert "line 0199 of the rotation test" in path.read_text(encoding="utf-8")
    assert "line 0000" not in _text(tmp_path)  # the oldest lines were rotated away


def test_secrets_never_reach_the_log_file(tmp_path, restore_logging, capsys):
    setup_logging(folder=tmp_path, native_crashes=False)
    log = logging.getLogger("atelier.test")
    add_secret("Tr0ub4dor&3")
    log.warning("login with password=%s refused", "hunter22")
    log.warning("connecting to %s", "postgresql+psycopg://atelier:S3cretPg@db.local/atelier")
    log.warning("headers %s", {"Authorization": "Basic YWRtaW46c2VjcmV0cGFzcw=="})
    log.warning('{"password": "with spaces inside", "site": "LIEGE"}')
    log.warning("the keyring returned Tr0ub4dor&3 for site 1")
    log.info("hash $argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo stored")
    try:
        raise RuntimeError("SMTP login failed for smtp_password=MailPass99")
    except RuntimeError:
        log.exception("sending failed")
    text = _text(tmp_path)
    for secret in ("hunter22", "S3cretPg", "YWRtaW46c2VjcmV0cGFzcw", "with spaces inside", "Tr0ub4dor",
                   "aGFzaGhhc2hoYXNo", "MailPass99"):
        assert secret not in text, secret
    assert "password=***" in text and "site 1" in text and '"site": "LIEGE"' in text
    assert "Traceback" in text and "RuntimeError" in text
    assert "hunter22" not in capsys.readouterr().err  # the stderr handler redacts too


def test_redact_leaves_ordinary_text_alone():
    text = "Contrat 2026-0042 facturé : 232,93 € (basic settings, 5 jours)"
    assert redact(text) == text


def test_no_stderr_handler_when_the_process_has_no_stderr(tmp_path, restore_logging, monkeypatch):
    monkeypatch.setattr(sys, "stderr", None)
    setup_logging(folder=tmp_path, native_crashes=False)
    streams = [h for h in logging_setup._installed if type(h) is logging.StreamHandler]
    assert streams == []
    logging.getLogger("atelier.test").error("still written to the file")
    assert "still written to the file" in _text(tmp_path)


def test_hard_crash_leaves_a_native_traceback(tmp_path):
    script = ("import ctypes\nfrom pathlib import Path\nfrom app.core.platform.logging_setup import setup_logging\n"
              f"setup_logging(folder=Path({str(tmp_path)!r}))\nctypes.string_at(0)\n")
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, timeout=60)
    assert result.returncode != 0
    native = (tmp_path / "atelier-native.log").read_text(encoding="utf-8")
    assert "Fatal Python error" in native and "string_at" in native


def test_held_records_are_written_once_released(tmp_path, restore_logging):
    """The GUI holds its start-up records until the login dialog is painted: none is lost,
    the order is kept, and the records after the release are written at once."""
    path = setup_logging(folder=tmp_path, native_crashes=False, hold_records=True)
    log = logging.getLogger("atelier.test")
    log.info("first, held with password=hunter22")
    assert not path.exists() or "first" not in path.read_text(encoding="utf-8")
    logging_setup.release_held_records()
    log.info("second, written at once")
    text = path.read_text(encoding="utf-8")
    assert text.index("first, held") < text.index("second, written at once")
    assert "hunter22" not in text


def test_an_error_releases_the_held_records_at_once(tmp_path, restore_logging):
    path = setup_logging(folder=tmp_path, native_crashes=False, hold_records=True)
    log = logging.getLogger("atelier.test")
    log.info("before the error")
    try:
        raise RuntimeError("start-up failed")
    except RuntimeError:
        log.exception("unhandled")
    text = path.read_text(encoding="utf-8")
    assert "before the error" in text and "RuntimeError: start-up failed" in text


def test_held_records_are_written_at_the_exit(tmp_path):
    script = ("import logging\nfrom pathlib import Path\nfrom app.core.platform.logging_setup import setup_logging\n"
              f"setup_logging(folder=Path({str(tmp_path)!r}), hold_records=True)\n"
              "logging.getLogger('atelier.test').info('held until the exit')\n")
    subprocess.run([sys.executable, "-c", script], cwd=ROOT, check=True, timeout=60)
    assert "held until the exit" in (tmp_path / "atelier.log").read_text(encoding="utf-8")
