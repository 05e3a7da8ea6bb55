"""A Car-Pass simulator: a real HTTP server on the loopback interface.

Implements the public operations (``POST /observation``, ``GET .../status``,
``POST .../confirm``, ``.../description``, ``.../correction``, ``GET /activities`` — a
realistic standard list of work, see :func:`standard_activities`) with HTTP Basic auth per
establishment number; what the service does with each request is in
:mod:`simulator_service` (it ignores ``Idempotency-Key`` unless told otherwise). A fault
mode (fixed seed) answers some calls with timeouts, 5xx, connection resets, garbage JSON,
a maintenance notice, or accepts the request and then drops the connection without
answering. Used by the tests, the demo mode and for training clerks.
"""

from __future__ import annotations

import base64
import json
import random
import socket
import threading
import uuid
from dataclasses import dataclass
from typing import Any

from app.core.carpass.sending import protocol
from app.core.carpass.sending.maintenance import in_maintenance_window
from app.core.carpass.sending.simulator_service import SimulatedCarpass
from app.core.loopback_http import LOOPBACK, JsonHandler, LoopbackService
from app.core.paths import resources_dir
from app.core.timeutil import utcnow

FAULT_KINDS = ("timeout", "server_error", "reset", "garbage", "maintenance", "accept_drop")


def standard_activities() -> dict[str, Any]:
    """The standard list of work the simulator serves on ``GET /activities``: 7 main
    categories with their descriptors, FR and NL labels (``resources/carpass/activities.json``)."""
    served: dict[str, Any] = json.loads((resources_dir() / "carpass" / "activities.json").read_text(encoding="utf-8"))
    return served


@dataclass
class FaultConfig:
    """How often (``rate``) and how calls fail; ``seed`` makes the sequence repeatable."""

    rate: float = 0.0
    seed: int = 1
    kinds: tuple[str, ...] = FAULT_KINDS
    timeout_delay: float = 3.0


class CarpassSimulator(LoopbackService):
    """Owns the HTTP server and its state; :meth:`start` runs it in a daemon thread."""

    thread_name = "carpass-simulator"

    def __init__(self, accounts: dict[str, str], *, port: int = 0, faults: FaultConfig | None = None,
                 maintenance_window: bool = False, latency: float = 0.0, honour_idempotency_key: bool = False,
                 activities: Any = None):
        self.accounts = dict(accounts)
        self.activities = standard_activities() if activities is None else activities
        self.faults = faults or FaultConfig()
        self.maintenance_window = maintenance_window
        self.latency = latency  # seconds each observation takes to record (a distant service)
        self.service = SimulatedCarpass(honour_idempotency_key)
        self.state = self.service.state
        self._gate = threading.Event()
        self._gate.set()
        self.held = 0  # observation POSTs waiting at the gate
        self.bare_confirm = False  # test hook: /confirm answers 200 without a body
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self._rng = random.Random(self.faults.seed)
        self.listen(port, _Handler)

    @property
    def base_url(self) -> str:
        """What a site's endpoint setting should hold to use this simulator."""
        return f"http://{LOOPBACK}:{self.port}/api"

    def stop(self) -> None:
        """Stop serving (a held or delayed call ends) and close the socket."""
        self.stopping.set()
        super().stop()

    def set_activities(self, activities: Any) -> None:
        """Serve another standard list of work from now on (the real list changes too)."""
        with self.lock:
            self.activities = activities

    def set_fault_rate(self, rate: float) -> None:
        """Change the share of failing calls while running."""
        with self.lock:
            self.faults.rate = rate

    def hold(self) -> None:
        """Test hook: keep every POST /observation waiting until :meth:`release` (so that
        several senders are all under way at the same moment)."""
        self._gate.clear()

    def release(self) -> None:
        """Let the held observations through."""
        self._gate.set()

    def wait_at_gate(self) -> None:
        """Called by the handler before recording an observation."""
        with self.lock:
            self.held += 1
        try:
            while not self._gate.wait(0.05) and not self.stopping.is_set():
                pass
        finally:
            with self.lock:
                self.held -= 1
        if self.latency:
            self.stopping.wait(self.latency)

    def draw_fault(self) -> str | None:
        """The fault of the next call, from the seeded sequence (None: answer normally)."""
        with self.lock:
            self.state.requests += 1
            if self.faults.rate <= 0 or self._rng.random() >= self.faults.rate:
                return None
            kind = self._rng.choice(self.faults.kinds)
            self.state.faults[kind] = self.state.faults.get(kind, 0) + 1
            return kind

    def coin(self) -> bool:
        """A seeded coin toss (resets before or after the reading is recorded)."""
        with self.lock:
            return self._rng.random() < 0.5


class _Handler(JsonHandler):
    server_version = "CarpassSimulator/1.0"
    disable_nagle_algorithm = True  # one answer = one segment: no 40 ms delayed-ACK stalls
    wbufsize = 64 * 1024  # headers and body leave together (flushed after each request)

    @property
    def sim(self) -> CarpassSimulator:
        simulator: CarpassSimulator = self.server.service
        return simulator

    def handle_call(self, method: str) -> None:
        """Route one call of the Car-Pass protocol, with the configured fault."""
        raw = self.read_body()
        path = self.path.split("?", 1)[0].removeprefix("/api")
        fault = self.sim.draw_fault()
        if self.sim.maintenance_window and in_maintenance_window(utcnow()):
            fault = "maintenance"
        if fault == "maintenance":
            return self.send_json(503, {"message": "Service Car-Pass en maintenance, réessayez plus tard"})
        if fault == "server_error":
            return self.send_json(500, {"message": "Erreur interne du serveur"})
        if fault == "reset" and self.sim.coin():
            return self.reset_connection()
        establishment = self._authenticate()
        if establishment is None:
            return self.send_json(401, {"message": "Authentification requise ou refusée"},
                              {"WWW-Authenticate": 'Basic realm="Car-Pass"'})
        missing = [h for h in protocol.software_headers() if h.startswith("client-") and not self.headers.get(h)]
        if missing:
            return self.send_json(400, {"message": "En-têtes manquants : " + ", ".join(missing)})
        status, answer = self._route(method, path, raw, establishment)
        if fault == "reset":
            return self.reset_connection()
        if fault == "accept_drop":
            return self._drop()
        if fault == "timeout":
            self.sim.stopping.wait(self.sim.faults.timeout_delay)
        if fault == "garbage":
            return self.send_bytes(200, b'{"requestGuid": "' + uuid.uuid4().hex[:7].encode() + b"\x00<html>")
        return self.send_json(status, answer)

    def _route(self, method: str, path: str, raw: bytes, establishment: str) -> tuple[int, dict[str, Any]]:
        parts = [p for p in path.split("/") if p]
        service, key = self.sim.service, self.headers.get(protocol.IDEMPOTENCY_HEADER)
        operation = parts[2] if len(parts) == 3 and parts[0] == "observation" else None
        if method == "POST" and (parts == ["observation"] or operation in ("description", "correction")):
            try:
                payload = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, ValueError):
                return 400, {"message": "JSON illisible"}
            if operation == "description":
                return service.describe(establishment, parts[1], key, payload)
            if operation == "correction":
                return service.correct(establishment, parts[1], key, payload)
            self.sim.wait_at_gate()
            return service.post_observation(establishment, key, payload, "{}:{}".format(*self.client_address[:2]))
        if method == "GET" and operation == "status":
            return service.status_of(establishment, parts[1])
        if method == "POST" and operation == "confirm":
            return service.confirm(establishment, parts[1], self.sim.bare_confirm)
        if method == "GET" and parts == ["activities"]:
            with self.sim.lock:
                return 200, self.sim.activities
        return 404, {"message": f"Opération inconnue : {method} {path}"}

    def _authenticate(self) -> str | None:
        header = self.headers.get("Authorization") or ""
        if not header.startswith("Basic "):
            return None
        try:
            user, _, password = base64.b64decode(header[6:]).decode("utf-8").partition(":")
        except (ValueError, UnicodeDecodeError):
            return None
        expected = self.sim.accounts.get(user)
        return user if expected is not None and expected == password else None

    def _drop(self) -> None:
        """The request was accepted (and recorded): close the connection without answering."""
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
