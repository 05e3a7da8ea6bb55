"""HTTP client of a Peppol access point (requests.Session, Bearer key, timeouts).

Returns what happened on the wire and whether the request may have reached the provider;
:mod:`.protocol` interprets the answers and the outbox decides what to do. No automatic
retries here. The API key only travels in the Authorization header, never in a message.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from app.core.peppol.access_point import protocol

DEFAULT_TIMEOUT = (5.0, 30.0)  # connect, read (seconds)
MAX_STORED_BODY = 20_000


@dataclass(frozen=True)
class CallResult:
    """One HTTP exchange: status and body, or ``error`` when no answer came. ``reached`` is
    False only when the request surely never left this computer (refused connection, name
    not resolved, connect timeout, TLS handshake failure)."""

    http_status: int | None
    body: bytes
    error: str | None
    duration_ms: int
    reached: bool = True

    def raw_text(self) -> str:
        """What the call history keeps: the body as text (truncated) or the network error."""
        if self.error is not None:
            return self.error
        return self.body.decode("utf-8", "replace")[:MAX_STORED_BODY].replace("\x00", "\\x00")


class AccessPointClient:
    """Calls one provider's REST API with the site's key."""

    def __init__(self, base_url: str, api_key: str, timeout: tuple[float, float] = DEFAULT_TIMEOUT):
        import requests

        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update(protocol.auth_headers(api_key))

    def close(self) -> None:
        """Close pooled connections."""
        self.session.close()

    def __enter__(self) -> AccessPointClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def lookup(self, participant: str) -> CallResult:
        """``GET /participants/{id}``."""
        return self._call("GET", protocol.participant_path(participant))

    def send(self, document_id: str, recipient: str, document_kind: str, xml: bytes) -> CallResult:
        """``POST /documents`` with the document's own idempotency key."""
        return self._call("POST", protocol.DOCUMENTS_PATH,
                          protocol.send_body(document_id, recipient, document_kind, xml),
                          {protocol.IDEMPOTENCY_HEADER: document_id, "Content-Type": "application/json"})

    def status(self, document_id: str) -> CallResult:
        """``GET /documents/{documentId}``."""
        return self._call("GET", protocol.document_path(document_id))

    def me(self) -> CallResult:
        """``GET /me``: an authenticated call that changes nothing."""
        return self._call("GET", protocol.ME_PATH)

    def _call(self, method: str, path: str, body: str | None = None,
              headers: dict[str, str] | None = None) -> CallResult:
        import requests

        started = time.monotonic()
        try:
            response = self.session.request(method, self.base_url + path, data=body.encode("utf-8") if body else None,
                                            headers=headers, timeout=self.timeout, allow_redirects=False)
            return CallResult(response.status_code, response.content, None, _ms(started))
        except requests.exceptions.ConnectTimeout as exc:
            return CallResult(None, b"", f"connect timeout: {_reason(exc)}", _ms(started), reached=False)
        except requests.exceptions.SSLError as exc:
            return CallResult(None, b"", f"TLS error: {_reason(exc)}", _ms(started), reached=False)
        except requests.exceptions.ConnectionError as exc:
            return CallResult(None, b"", f"connection error: {_reason(exc)}", _ms(started),
                              reached=not _before_sending(exc))
        except requests.exceptions.Timeout as exc:
            return CallResult(None, b"", f"timeout: {_reason(exc)}", _ms(started))
        except requests.RequestException as exc:
            return CallResult(None, b"", f"request error: {_reason(exc)}", _ms(started))


def _before_sending(exc: Exception) -> bool:
    """True when the connection failed before any byte of the request was sent."""
    from urllib3.exceptions import NameResolutionError, NewConnectionError

    seen: set[int] = set()
    current: object = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, NewConnectionError | NameResolutionError | ConnectionRefusedError):
            return True
        reason = getattr(current, "reason", None)
        args = getattr(current, "args", ())
        current = reason if reason is not None else (args[0] if args and isinstance(args[0], BaseException) else
                                                     getattr(current, "__cause__", None))
    return False


def _ms(started: float) -> int:
    return int((time.monotonic() - started) * 1000)


def _reason(exc: Exception) -> str:
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {text}"[:500]
