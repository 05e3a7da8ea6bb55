"""A Peppol access-point simulator: a real HTTP server on the loopback interface speaking
:mod:`.protocol`, for the tests, the demo mode and training (``atelier peppol-simulator``).

- API keys map to sender participants; a wrong key gets 401.
- A lookup finds the registered participants (with the document types they accept).
- A POST is checked with Atelier's validator (refused with the rule ids, 422) and for a
  registered recipient (422 otherwise); accepted documents get a transmission id. A
  repeated ``Idempotency-Key`` replays the first answer: a document is never received twice.
- Delivery comes later: after ``delivery_polls`` status queries the document is
  ``delivered``, or ``rejected`` with a reason for recipients listed in ``rejecting``.
- Faults for the tests: :meth:`fail_next` queues ``unavailable`` (503, nothing recorded),
  ``reset_before`` (connection dropped, nothing recorded), ``reset_after`` (recorded, then
  the connection dropped) or ``server_error`` (recorded, then 500).
"""

from __future__ import annotations

import base64
import binascii
import json
import threading
import uuid
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from app.core.loopback_http import LOOPBACK, JsonHandler, LoopbackService
from app.core.peppol.access_point import protocol

FAULTS = ("unavailable", "reset_before", "reset_after", "server_error")
ALL_TYPES = (protocol.INVOICE_DOCUMENT_TYPE, protocol.CREDIT_NOTE_DOCUMENT_TYPE)
JsonObject = dict[str, object]  # a JSON body the simulator answers (json.dumps writes it)


@dataclass
class Participant:
    """A registered receiver: name and the document types it accepts."""

    name: str
    document_types: tuple[str, ...] = ALL_TYPES


@dataclass
class Transmission:
    """A document the simulated access point accepted."""

    provider_id: str
    document_id: str
    sender: str
    recipient: str
    document_type: str
    xml: bytes
    status: str = "accepted"
    reason: str = ""
    polls: int = 0


@dataclass
class SimulatorState:
    """Everything the server remembers; tests read it."""

    transmissions: dict[str, Transmission] = field(default_factory=dict)  # by document id
    replies: dict[str, tuple[int, bytes]] = field(default_factory=dict)
    posts: int = 0
    lookups: int = 0
    replays: int = 0


class AccessPointSimulator(LoopbackService):
    """Owns the HTTP server and its state; :meth:`start` serves in a daemon thread."""

    thread_name = "peppol-simulator"

    def __init__(self, keys: dict[str, str], participants: dict[str, Participant], *, port: int = 0,
                 rejecting: dict[str, str] | None = None, delivery_polls: int = 1, validate: bool = True,
                 open_registration: bool = False):
        self.keys = dict(keys)
        self.participants = dict(participants)
        self.rejecting = dict(rejecting or {})
        self.delivery_polls = delivery_polls
        self.validate = validate
        self.open_registration = open_registration  # training: every well-formed id is registered
        self.state = SimulatorState()
        self.lock = threading.Lock()
        self.faults: deque[str] = deque()
        self.listen(port, _Handler)

    @property
    def base_url(self) -> str:
        """What a site's access-point setting holds to use this simulator."""
        return f"http://{LOOPBACK}:{self.port}/api/v1"

    def fail_next(self, kind: str, count: int = 1) -> None:
        """Make the next ``count`` POSTs fail with ``kind`` (one of :data:`FAULTS`)."""
        if kind not in FAULTS:
            raise ValueError(kind)
        with self.lock:
            self.faults.extend([kind] * count)

    def received(self, recipient: str | None = None) -> list[Transmission]:
        """Documents accepted (for one recipient)."""
        with self.lock:
            return [t for t in self.state.transmissions.values() if recipient in (None, t.recipient)]

    # -- operations ---------------------------------------------------------------------
    def lookup(self, participant: str) -> tuple[int, JsonObject]:
        """The registration of a participant, or 404."""
        with self.lock:
            self.state.lookups += 1
            found = self._registered(participant)
        if found is None:
            return 404, {"message": f"{participant} n'est pas inscrit sur le réseau Peppol"}
        return 200, {"participantId": participant, "name": found.name, "documentTypes": list(found.document_types)}

    def post(self, sender: str, key: str | None, payload: Any) -> tuple[int, JsonObject]:
        """Record one document (or replay the first answer of its key)."""
        from app.core.peppol.validation import validate_ubl

        with self.lock:
            self.state.posts += 1
            if key and key in self.state.replies:
                self.state.replays += 1
                status, body = self.state.replies[key]
                return status, json.loads(body)
        problem = _check(payload)
        if problem:
            return 400, {"message": problem}
        try:
            xml = base64.b64decode(payload["document"], validate=True)
        except (binascii.Error, ValueError):
            return 400, {"message": "document : base64 illisible"}
        recipient = str(payload["recipient"])
        with self.lock:
            registered = self._registered(recipient)
        if registered is None or payload["documentType"] not in registered.document_types:
            answer: tuple[int, JsonObject] = (422, {
                "message": f"destinataire {recipient} injoignable sur Peppol pour ce type de document",
                "code": "RECIPIENT_NOT_REGISTERED"})
        elif self.validate and not (report := validate_ubl(xml)).valid:
            answer = (422, {"message": "document refusé par la validation Peppol BIS 3.0",
                            "errors": [{"rule": f.rule, "message": f.message} for f in report.fatal[:50]]})
        else:
            provider_id = str(uuid.uuid4())
            transmission = Transmission(provider_id, str(payload["documentId"]), sender, recipient,
                                        payload["documentType"], xml)
            with self.lock:
                self.state.transmissions[transmission.document_id] = transmission
            answer = (201, {"id": provider_id, "status": "accepted"})
        with self.lock:
            if key:
                self.state.replies[key] = (answer[0], json.dumps(answer[1]).encode())
        return answer

    def _registered(self, participant: str) -> Participant | None:
        found = self.participants.get(participant)
        if found is None and self.open_registration:
            from app.core.errors import ValidationError
            from app.core.peppol.participants import parse_participant

            try:
                parse_participant(participant)
            except ValidationError:
                return None
            return Participant(participant)
        return found

    def status(self, document_id: str) -> tuple[int, JsonObject]:
        """The transmission state; delivery (or the buyer's rejection) after a few queries."""
        with self.lock:
            transmission = self.state.transmissions.get(document_id)
            if transmission is None:
                return 404, {"message": f"document {document_id} inconnu"}
            transmission.polls += 1
            if transmission.status == "accepted" and transmission.polls >= self.delivery_polls:
                reason = self.rejecting.get(transmission.recipient)
                transmission.status, transmission.reason = ("rejected", reason) if reason else ("delivered", "")
            return 200, {"id": transmission.provider_id, "documentId": document_id, "status": transmission.status,
                         "reason": transmission.reason}


def _check(payload: Any) -> str | None:
    if not isinstance(payload, dict):
        return "corps JSON attendu"
    missing = [k for k in ("documentId", "recipient", "documentType", "document") if not payload.get(k)]
    return "champs manquants : " + ", ".join(missing) if missing else None


class _Handler(JsonHandler):
    server_version = "PeppolAccessPointSimulator/1.0"

    @property
    def sim(self) -> AccessPointSimulator:
        simulator: AccessPointSimulator = self.server.service
        return simulator

    def handle_call(self, method: str) -> None:
        """Route one call of the access-point protocol."""
        raw = self.read_body()
        path = self.path.split("?", 1)[0].removeprefix("/api/v1")
        header = self.headers.get("Authorization") or ""
        sender = self.sim.keys.get(header.removeprefix("Bearer ").strip()) if header.startswith("Bearer ") else None
        if sender is None:
            return self.send_json(401, {"message": "clé API absente ou refusée"})
        parts = [p for p in path.split("/") if p]
        if method == "GET" and parts == ["me"]:
            return self.send_json(200, {"participantId": sender, "name": "Atelier"})
        if method == "GET" and len(parts) == 2 and parts[0] == "participants":
            return self.send_json(*self.sim.lookup(parts[1]))
        if method == "GET" and len(parts) == 2 and parts[0] == "documents":
            return self.send_json(*self.sim.status(parts[1]))
        if method == "POST" and parts == ["documents"]:
            return self._post(sender, raw)
        return self.send_json(404, {"message": f"opération inconnue : {method} {path}"})

    def _post(self, sender: str, raw: bytes) -> None:
        with self.sim.lock:
            fault = self.sim.faults.popleft() if self.sim.faults else None
        if fault == "unavailable":
            return self.send_json(503, {"message": "service momentanément indisponible"})
        if fault == "reset_before":
            return self.reset_connection()
        try:
            payload = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return self.send_json(400, {"message": "JSON illisible"})
        status, answer = self.sim.post(sender, self.headers.get(protocol.IDEMPOTENCY_HEADER), payload)
        if fault == "reset_after":
            return self.reset_connection()
        if fault == "server_error":
            return self.send_json(500, {"message": "erreur interne"})
        return self.send_json(status, answer)
