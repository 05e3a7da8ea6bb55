"""Logging for the GUI and the CLI: a rotating file in the user's log folder, secrets redacted.

A windowed Windows program has no stdout/stderr, so the file is the only trace a clerk's PC
keeps. Code must never log a password; :class:`RedactingFilter` is the second line of
defence that masks what still looks like one (``password=…``, URL credentials, HTTP
``Authorization`` values, argon2 hashes, and any value registered with :func:`add_secret`).
"""

from __future__ import annotations

import atexit
import faulthandler
import logging
import os
import re
import sys
import threading
from pathlib import Path
from typing import NamedTuple, TextIO

from app.core.paths import user_log_dir

MASK = "***"
LOG_FORMAT = "%(asctime)s %(levelname)-8s %(process)d %(threadName)s %(name)s: %(message)s"
MAX_BYTES = 2 * 1024 * 1024
BACKUP_COUNT = 5

_KEY = r"[\w.-]*(?:password|passwd|passphrase|pwd|secret|token|api[_-]?key|credential|authorization)[\w.-]*"
_PATTERN_SOURCES: tuple[tuple[str, str], ...] = (
    # argon2 hashes (before key=value: a hash contains "," and "=")
    (r"\$argon2(?:id|i|d)\$[^\s\"',]+(?:,[^\s\"',]+)*", f"$argon2{MASK}"),
    # scheme://user:secret@host
    (r"(?i)\b([a-z][a-z0-9+.-]*://[^/\s:@]*:)([^@\s/]+)(@)", rf"\1{MASK}\3"),
    # Authorization values: Basic xxx / Bearer xxx
    (r"\b(Basic|Bearer|Digest)(\s+)[A-Za-z0-9+/=._~-]{8,}", rf"\1\2{MASK}"),
    # "key": "quoted value", key='quoted value'
    (rf"(?i)(\b{_KEY}[\"']?\s*[=:]\s*)([\"'])(?:\\.|(?!\2).)*\2", rf"\1\2{MASK}\2"),
    # key=value, key: value
    (rf"(?i)(\b{_KEY}[\"']?\s*[=:]\s*[\"']?)([^\s\"',;&}}\]]+)", rf"\1{MASK}"),
)
_patterns: list[tuple[re.Pattern[str], str]] = []  # compiled at the first redaction (~3 ms at start-up)
_secrets: set[str] = set()
_secrets_lock = threading.Lock()
_installed: list[logging.Handler] = []
_log_file: Path | None = None
_fault_file: TextIO | None = None
_previous_crash: PreviousCrash | None = None
_session_marker: Path | None = None


class PreviousCrash(NamedTuple):
    """The last run of the program ended in a hard crash: what faulthandler wrote then.
    (A named tuple, not a dataclass: ``dataclasses`` costs ~2 ms before the login dialog.)"""

    log_file: Path
    report: str


def add_secret(value: str | None) -> None:
    """Mask every later occurrence of ``value`` in log records (e.g. a password read from
    the keyring). Values shorter than 4 characters are ignored (they would mask words)."""
    if value and len(value) >= 4:
        with _secrets_lock:
            _secrets.add(value)


def redact(text: str) -> str:
    """``text`` with secret-looking parts replaced by ``***``."""
    with _secrets_lock:
        known = sorted(_secrets, key=len, reverse=True)
    for secret in known:
        text = text.replace(secret, MASK)
    if not _patterns:
        _patterns[:] = [(re.compile(source), replacement) for source, replacement in _PATTERN_SOURCES]
    for pattern, replacement in _patterns:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites each record's message, traceback and stack so no secret reaches a handler."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact in place; never drops a record."""
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the record
            message = f"{record.msg!r} {record.args!r}"
        record.msg, record.args = redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def current_log_file() -> Path | None:
    """The file :func:`setup_logging` writes to (None before it ran)."""
    return _log_file


def previous_crash() -> PreviousCrash | None:
    """The hard crash of the previous run, found by :func:`setup_logging` with ``track_session``."""
    return _previous_crash


def rotate(path: Path, max_bytes: int, backup_count: int) -> None:
    """Rotate ``path`` like the log handler does (``.1`` … ``.backup_count``) once it is
    larger than ``max_bytes``. Best effort: a file another process holds open stays."""
    try:
        if not path.exists() or path.stat().st_size <= max_bytes:
            return
        for index in range(backup_count - 1, 0, -1):
            older = path.with_name(f"{path.name}.{index}")
            if older.exists():
                os.replace(older, path.with_name(f"{path.name}.{index + 1}"))
        os.replace(path, path.with_name(f"{path.name}.1"))
    except OSError:
        pass


def _open_session(folder: Path, name: str, native: Path) -> PreviousCrash | None:
    """Compare the native-crash log with what the previous run's marker recorded; a marker
    still there with the log grown since means that run ended in a hard crash. Then mark
    this run (removed at a normal exit)."""
    global _session_marker
    marker = folder / f"{name}.running"
    found = None
    try:
        if marker.exists():
            offset = int(marker.read_text(encoding="ascii").strip() or 0)
            with open(native, "rb") as log_file:
                log_file.seek(offset if offset <= native.stat().st_size else 0)
                report = log_file.read(20_000).decode("utf-8", "replace").strip()
            if report:
                found = PreviousCrash(native, report)
    except (OSError, ValueError):
        pass
    try:
        marker.write_text(str(native.stat().st_size if native.exists() else 0), encoding="ascii")
        _session_marker = marker
        atexit.register(end_session)
    except OSError:
        pass
    return found


def end_session() -> None:
    """This run ends normally: no crash to report at the next start."""
    global _session_marker
    if _session_marker is not None:
        try:
            _session_marker.unlink()
        except OSError:
            pass
        _session_marker = None


def setup_logging(name: str = "atelier", *, level: str | int | None = None, folder: Path | None = None,
                  stderr_level: str | int = logging.WARNING, native_crashes: bool = True,
                  max_bytes: int = MAX_BYTES, backup_count: int = BACKUP_COUNT,
                  track_session: bool = False, hold_records: bool = False) -> Path:
    """Send every log record to ``<folder>/<name>.log`` (rotating, UTF-8) and, when the
    process has a stderr, warnings to stderr. Idempotent; returns the log file.

    ``level`` defaults to ``ATELIER_LOG_LEVEL`` or INFO. The GUI uses ``atelier``, the
    command line ``atelier-cli`` so a scheduled command never rotates the GUI's open file.
    ``native_crashes`` also writes Python tracebacks of hard crashes (faulthandler) to
    ``<name>-native.log``, rotated like the log. ``track_session`` (the GUI, one per user)
    finds a hard crash of the previous run for :func:`previous_crash`. ``hold_records``
    (the GUI) keeps the records in memory until :func:`release_held_records` — after the
    login dialog is painted — rather than writing them (and importing what writing needs)
    before; an error record, a full buffer or the exit releases them at once.
    """
    global _log_file, _fault_file, _previous_crash
    folder = folder or user_log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    level = level or os.environ.get("ATELIER_LOG_LEVEL", "INFO")
    root = logging.getLogger()
    reset_logging()
    redacting = RedactingFilter()
    path = folder / f"{name}.log"
    file_handler = DeferredRotatingFileHandler(path, max_bytes, backup_count)
    file_handler.setFormatter(logging.Formatter(LOG_FORMAT))
    file_handler.addFilter(redacting)
    _installed.append(file_handler)
    stream = sys.stderr
    if stream is not None:
        console = logging.StreamHandler(stream)
        console.setLevel(stderr_level)
        console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        console.addFilter(redacting)
        _installed.append(console)
    for handler in root.handlers:  # handlers someone installed before (basicConfig…) redact too
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(redacting)
    if hold_records:
        held = HeldRecords(list(_installed))
        _installed.insert(0, held)
        root.addHandler(held)
        atexit.register(release_held_records)
    else:
        for handler in _installed:
            root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)
    if native_crashes:
        native = folder / f"{name}-native.log"
        if track_session:
            _previous_crash = _open_session(folder, name, native)
        rotate(native, max_bytes, backup_count)
        if track_session and _session_marker is not None:
            _session_marker.write_text(str(native.stat().st_size if native.exists() else 0), encoding="ascii")
        _fault_file = open(native, "a", encoding="utf-8")  # noqa: SIM115 - kept open
        faulthandler.enable(_fault_file)
    _log_file = path
    return path


def release_held_records() -> None:
    """Write the records :func:`setup_logging` held (``hold_records``) and every later one
    straight away. Idempotent; thread-safe."""
    for handler in _installed:
        if isinstance(handler, HeldRecords):
            handler.stop_holding()


class HeldRecords(logging.Handler):
    """Keeps the start-up's records in memory, then hands them, and every later record, to
    ``targets`` (each with its own level and filters) once :meth:`stop_holding` is called.

    The start-up must not pay for writing a record before its first window is painted
    (formatting, redaction patterns, ``logging.handlers``). No record is lost: one of level
    ERROR or above (an unhandled exception) or the ``capacity``-th releases at once, and
    :func:`setup_logging` releases at the exit.
    """

    def __init__(self, targets: list[logging.Handler], capacity: int = 1000):
        super().__init__()
        self.targets = targets
        self.capacity = capacity
        self._held: list[logging.LogRecord] | None = []

    def emit(self, record: logging.LogRecord) -> None:
        # handle() holds this handler's (reentrant) lock: records keep their order.
        if self._held is None:
            self._forward(record)
            return
        self._held.append(record)
        if record.levelno >= logging.ERROR or len(self._held) >= self.capacity:
            self.stop_holding()

    def stop_holding(self) -> None:
        """Write the held records; forward every later one at once. (Not ``release``: that
        is ``logging.Handler``'s lock release.)"""
        with self.lock:  # type: ignore[union-attr]  # created by Handler.__init__
            held, self._held = self._held, None
            for record in held or ():
                self._forward(record)

    def _forward(self, record: logging.LogRecord) -> None:
        for target in self.targets:
            if record.levelno >= target.level:
                target.handle(record)

    def flush(self) -> None:
        for target in self.targets:
            target.flush()

    def close(self) -> None:
        self.stop_holding()
        super().close()


class DeferredRotatingFileHandler(logging.Handler):
    """A size-rotated log file whose ``RotatingFileHandler`` is made at the first record.

    ``logging.handlers`` imports sockets, pickle and queues (~9 ms): not worth paying before
    the login dialog when nothing has been logged yet.
    """

    def __init__(self, path: Path, max_bytes: int, backup_count: int):
        super().__init__()
        self.path = path
        self.max_bytes = max_bytes
        self.backup_count = backup_count
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        # handle() holds this handler's lock: the file handler is made once.
        if self._file is None:
            import logging.handlers

            self._file = logging.handlers.RotatingFileHandler(
                self.path, maxBytes=self.max_bytes, backupCount=self.backup_count, encoding="utf-8", delay=True)
            self._file.setFormatter(self.formatter)
        self._file.emit(record)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def reset_logging() -> None:
    """Remove and close what :func:`setup_logging` installed (tests, re-configuration)."""
    global _log_file, _fault_file
    root = logging.getLogger()
    for handler in _installed:
        root.removeHandler(handler)
        handler.close()
    _installed.clear()
    if _fault_file is not None:
        faulthandler.disable()
        _fault_file.close()
        _fault_file = None
    _log_file = None
