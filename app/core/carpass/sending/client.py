"""HTTP client of the Car-Pass service (requests.Session, Basic auth, timeouts).

Returns what happened on the wire — status code and raw body, or the network error and
whether the request may have reached the service — and leaves the interpretation to
:mod:`protocol`. No automatic retries here: the outbox decides when to try again. The
password is only handed to requests' Basic auth.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.core.carpass.sending import protocol
from app.core.https import configure_session

if TYPE_CHECKING:
    import requests

# requests (a tenth of a second to import) is imported by the first client, not with the
# module: the Car-Pass screens import this module when they are built.

DEFAULT_TIMEOUT = (5.0, 20.0)  # connect, read (seconds)
MAX_STORED_BODY = 20_000


@dataclass(frozen=True)
class CallResult:
    """One HTTP exchange: status and raw body, or ``error`` when no answer came.

    ``failure`` says how a call without answer ended: ``NOT_SENT`` only when the request
    certainly never reached the service (connection refused, name not resolved, connect
    timeout, TLS set-up failed); after a read timeout or a connection lost while waiting
    the service may have acted on it.
    """

    http_status: int | None
    body: bytes
    error: str | None
    duration_ms: int
    failure: protocol.NoAnswer | None = None

    def answer(self, parse: Callable[[int, bytes], protocol.Answer]) -> protocol.Answer:
        """The call interpreted by ``parse`` (a :mod:`protocol` parser), or by
        :func:`protocol.no_answer` when no HTTP answer came."""
        if self.http_status is None:
            return protocol.no_answer(self.failure or protocol.NoAnswer.CONNECTION_LOST, self.error)
        return parse(self.http_status, self.body)

    def raw_text(self) -> str:
        """What the history keeps: the body as text (truncated) or the network error."""
        if self.error is not None:
            return self.error
        # NUL cannot be stored in a PostgreSQL text column: kept visible as \x00
        return self.body.decode("utf-8", "replace")[:MAX_STORED_BODY].replace("\x00", "\\x00")


class CarpassClient:
    """Calls one site's Car-Pass endpoint with its user name (the establishment number
    unless an admin changed it, see ``username.py``) and password."""

    def __init__(self, base_url: str, username: str, password: str,
                 timeout: tuple[float, float] = DEFAULT_TIMEOUT):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        import requests
        from requests.auth import HTTPBasicAuth

        self.session = requests.Session()
        self.session.auth = HTTPBasicAuth(username, password)
        self.session.headers.update(protocol.software_headers())
        _settle_environment(self.session, self.base_url)
        configure_session(self.session)  # the OS certificate store (app.core.https)

    def close(self) -> None:
        """Close pooled connections."""
        self.session.close()

    def __enter__(self) -> CarpassClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def post_observation(self, payload: dict[str, Any] | str, idempotency_key: str) -> CallResult:
        """``POST /observation`` with the reading's own key (``payload``: a dict, or the JSON
        text the outbox stored, posted as is)."""
        return self._call("POST", protocol.OBSERVATION_PATH, payload,
                          {protocol.IDEMPOTENCY_HEADER: idempotency_key})

    def post(self, path: str, payload: dict[str, Any] | str, idempotency_key: str) -> CallResult:
        """``POST {base}{path}`` of a follow-up request (path and body from :mod:`protocol`)."""
        return self._call("POST", path, payload, {protocol.IDEMPOTENCY_HEADER: idempotency_key})

    def get_status(self, request_guid: str) -> CallResult:
        """``GET /observation/{guid}/status``."""
        return self._call("GET", protocol.status_path(request_guid))

    def confirm(self, request_guid: str) -> CallResult:
        """``POST /observation/{guid}/confirm``: the reading Car-Pass flagged is right."""
        return self._call("POST", protocol.confirm_path(request_guid), {})

    def activities(self) -> CallResult:
        """``GET /activities``: an authenticated call that changes nothing (test connection)."""
        return self._call("GET", protocol.ACTIVITIES_PATH)

    def _call(self, method: str, path: str, payload: dict[str, Any] | str | None = None,
              headers: dict[str, str] | None = None) -> CallResult:
        started = time.monotonic()
        if isinstance(payload, str):
            data: bytes | None = payload.encode("utf-8")
        else:
            data = json.dumps(payload).encode("utf-8") if payload is not None else None
        import requests  # already imported by __init__: a dictionary lookup

        all_headers = dict(headers or {})
        if data is not None:
            all_headers["Content-Type"] = "application/json"
        try:
            response = self.session.request(method, self.base_url + path, data=data, headers=all_headers,
                                            timeout=self.timeout, allow_redirects=False)
            return CallResult(response.status_code, response.content, None, _ms(started))
        except requests.RequestException as exc:
            return CallResult(None, b"", failure_text(exc), _ms(started), failure_of(exc))


def _settle_environment(session: requests.Session, base_url: str) -> None:
    """Read the proxy and CA-bundle settings of the environment ONCE for this client.

    A client talks to one endpoint, so what requests would look up again on every call
    (every environment variable scanned twice; the registry on Windows) is the same for
    all of them: resolved here, kept on the session, and the per-call lookup turned off.
    Proxies configured for the station (``HTTPS_PROXY``, ``NO_PROXY``…) and a CA bundle
    (``REQUESTS_CA_BUNDLE``) are honoured exactly as before. The Basic auth is explicit,
    so requests' other use of the environment (``.netrc``) never applied here.
    """
    settings = session.merge_environment_settings(base_url, {}, None, None, None)
    session.proxies.update(settings["proxies"])
    session.verify = settings["verify"]
    session.trust_env = False


def failure_of(exc: Exception) -> protocol.NoAnswer:
    """``NOT_SENT`` only for failures known to happen before the request left this computer:
    the connection was never established (refused, name not resolved, connect timeout,
    proxy or TLS set-up failed) or the request could not be built. Anything else may have
    reached the service."""
    import requests
    from urllib3.exceptions import MaxRetryError, NewConnectionError

    if isinstance(exc, (requests.ConnectTimeout, requests.exceptions.SSLError, requests.exceptions.ProxyError,
                        requests.exceptions.InvalidURL, requests.exceptions.MissingSchema,
                        requests.exceptions.InvalidSchema, requests.exceptions.InvalidHeader)):
        return protocol.NoAnswer.NOT_SENT
    if isinstance(exc, requests.Timeout):
        return protocol.NoAnswer.TIMEOUT
    if isinstance(exc, requests.ConnectionError):
        cause = exc.args[0] if exc.args else None
        # requests wraps a failed connection in MaxRetryError (its retries are off); a failure
        # after the connection was made arrives as a ProtocolError instead.
        if isinstance(cause, MaxRetryError) and isinstance(cause.reason, NewConnectionError):
            return protocol.NoAnswer.NOT_SENT
    return protocol.NoAnswer.CONNECTION_LOST


def failure_text(exc: Exception) -> str:
    """What the history keeps of a call that got no answer."""
    import requests

    if isinstance(exc, requests.Timeout):
        return f"timeout: {type(exc).__name__}"
    if isinstance(exc, requests.ConnectionError):
        return f"connection error: {_reason(exc)}"
    return f"request error: {_reason(exc)}"


def _ms(started: float) -> int:
    return int((time.monotonic() - started) * 1000)


def _reason(exc: Exception) -> str:
    """The error's class and first line (requests' texts hold the URL, never the auth header)."""
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {text}"[:500]
