"""What the simulated Car-Pass service does with each request (no HTTP here): record
readings, work descriptions and corrections, flag lower readings, answer status and
confirm. :mod:`simulator` serves it over HTTP, with faults.

The public specification publishes no idempotency feature, so by default every POST is
a new request — a reading posted twice is recorded twice, as the real service may do.
``honour_idempotency_key`` keeps the old behaviour (a repeated ``Idempotency-Key``
replays the first answer) for comparisons.
"""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from app.core.carpass.sending import protocol
from app.core.timeutil import local_today, utcnow

Reply = tuple[int, dict[str, Any]]


@dataclass
class Observation:
    """A reading the simulated Car-Pass received."""

    guid: str
    establishment: str
    payload: dict[str, Any]
    received_at: datetime
    status: str
    client: str = ""  # the sender's address and port: which connection posted it
    anomaly: str | None = None
    polls: int = 0
    answered: bool = False


@dataclass
class SimulatorState:
    """Everything the service remembers; tests read it to count what it received."""

    observations: dict[str, Observation] = field(default_factory=dict)
    replies: dict[tuple[str, str, str], tuple[int, bytes]] = field(default_factory=dict)
    last_by_vin: dict[str, tuple[int, str]] = field(default_factory=dict)
    descriptions: dict[str, list[list[str]]] = field(default_factory=dict)  # requestGuid -> codes received
    corrections: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # requestGuid -> (km, reason)
    duplicates: int = 0  # repeated keys replayed (only with honour_idempotency_key)
    requests: int = 0
    observation_posts: int = 0  # every POST /observation that reached the service, answered or not
    faults: dict[str, int] = field(default_factory=dict)

    def accepted_for(self, establishment: str) -> list[Observation]:
        """Observations received from one establishment."""
        return [o for o in self.observations.values() if o.establishment == establishment]

    def observations_of_vin(self, vin: str) -> list[Observation]:
        """Every observation recorded for a VIN (more than one: a duplicate)."""
        return [o for o in self.observations.values() if o.payload.get("vin") == vin]

    def descriptions_for(self, guid: str) -> list[list[str]]:
        """Test hook: the work descriptions received for a reading, oldest first."""
        return list(self.descriptions.get(guid, []))

    def corrections_for(self, guid: str) -> list[tuple[int, str]]:
        """Test hook: the corrections received for a reading, oldest first."""
        return list(self.corrections.get(guid, []))


class SimulatedCarpass:
    """The service's rules; every operation takes the authenticated establishment."""

    def __init__(self, honour_idempotency_key: bool = False):
        self.honour_idempotency_key = honour_idempotency_key
        self.state = SimulatorState()
        self.lock = threading.Lock()

    def post_observation(self, establishment: str, key: str | None, payload: Any, client: str = "") -> Reply:
        """Record one reading (a repeated key replays the first answer only when honoured)."""
        with self.lock:
            self.state.observation_posts += 1
            return self._once(establishment, "observation", key,
                              lambda: self._check_and_record(establishment, payload, client))

    def _once(self, establishment: str, operation: str, key: str | None, act: Callable[[], Reply]) -> Reply:
        replay_key = (establishment, operation, key or "")
        if self.honour_idempotency_key and key and replay_key in self.state.replies:
            self.state.duplicates += 1
            status, body = self.state.replies[replay_key]
            return status, json.loads(body)
        status, answer = act()
        if self.honour_idempotency_key and key:
            self.state.replies[replay_key] = (status, json.dumps(answer).encode())
        return status, answer

    def _check_and_record(self, establishment: str, payload: Any, client: str) -> Reply:
        problem = validate_observation(payload, establishment)
        if problem:
            return 400, {"code": "VALIDATION", "message": problem}
        vin, km = payload["vin"].upper(), int(payload["odometerReading"])
        guid = str(uuid.uuid4())
        observation = Observation(guid, establishment, dict(payload), utcnow(), "Ongoing", client)
        last = self.state.last_by_vin.get(vin)
        if last is not None and km < last[0]:
            observation.status = "Reviewing"
            observation.anomaly = (f"Kilométrage {km} inférieur au dernier relevé connu "
                                   f"({last[0]} km le {last[1]})")
        else:
            self.state.last_by_vin[vin] = (km, payload["odometerReadingDate"])
        self.state.observations[guid] = observation
        answer: dict[str, Any] = {"requestGuid": guid, "status": observation.status}
        if observation.anomaly:
            answer["anomalies"] = [{"code": "ODOMETER_LOWER_THAN_PREVIOUS", "message": observation.anomaly}]
        return 201, answer

    def _observation(self, establishment: str, guid: str) -> Observation | None:
        observation = self.state.observations.get(guid)
        return observation if observation is not None and observation.establishment == establishment else None

    def status_of(self, establishment: str, guid: str) -> Reply:
        """Processing state: Ongoing, then Processed; Reviewing until an anomaly is answered."""
        with self.lock:
            observation = self._observation(establishment, guid)
            if observation is None:
                return 404, {"message": f"Demande {guid} inconnue"}
            observation.polls += 1
            if observation.status == "Ongoing" and observation.polls > 1:
                observation.status = "Processed"
            answer: dict[str, Any] = {"requestGuid": guid, "status": observation.status}
            if observation.status == "Reviewing":
                answer["anomalies"] = [{"code": "ODOMETER_LOWER_THAN_PREVIOUS", "message": observation.anomaly}]
            return 200, answer

    def confirm(self, establishment: str, guid: str, bare: bool = False) -> Reply:
        """"Previous data correct": accepted once per anomaly, then contact Car-Pass.
        ``bare``: answer 200 with an empty body, as a service may (no status field)."""
        with self.lock:
            observation = self._observation(establishment, guid)
            if observation is None:
                return 404, {"message": f"Demande {guid} inconnue"}
            if observation.status != "Reviewing" or observation.answered:
                return 409, {"message": "Cette anomalie a déjà reçu une réponse : contactez Car-Pass."}
            observation.answered = True
            observation.status = "Processed"
            vin = observation.payload["vin"].upper()
            self.state.last_by_vin[vin] = (int(observation.payload["odometerReading"]),
                                           observation.payload["odometerReadingDate"])
            return 200, ({} if bare else {"requestGuid": guid, "status": observation.status})

    def describe(self, establishment: str, guid: str, key: str | None, payload: Any) -> Reply:
        """Record the work description of a received reading: a non-empty list of codes."""
        with self.lock:
            if self._observation(establishment, guid) is None:
                return 404, {"message": f"Demande {guid} inconnue"}
            codes = payload.get("activityCodes") if isinstance(payload, dict) else None
            if not isinstance(codes, list) or not codes or not all(isinstance(c, str) and c.strip() for c in codes):
                return 400, {"code": "VALIDATION", "message": "activityCodes : liste non vide de codes attendue"}

            def record() -> Reply:
                self.state.descriptions.setdefault(guid, []).append(list(codes))
                return 201, {"requestGuid": guid, "message": "Description des travaux enregistrée"}

            return self._once(establishment, f"description/{guid}", key, record)

    def correct(self, establishment: str, guid: str, key: str | None, payload: Any) -> Reply:
        """Record a correction of a received reading: the right km and a reason."""
        with self.lock:
            observation = self._observation(establishment, guid)
            if observation is None:
                return 404, {"message": f"Demande {guid} inconnue"}
            km = payload.get("odometerReading") if isinstance(payload, dict) else None
            reason = payload.get("reason") if isinstance(payload, dict) else None
            if not isinstance(km, int) or isinstance(km, bool) or km < 0:
                return 400, {"code": "VALIDATION", "message": "odometerReading doit être un entier positif"}
            if not isinstance(reason, str) or not reason.strip():
                return 400, {"code": "VALIDATION", "message": "reason : motif de la correction obligatoire"}

            def record() -> Reply:
                self.state.corrections.setdefault(guid, []).append((km, reason))
                vin = observation.payload["vin"].upper()
                if self.state.last_by_vin.get(vin, (None,))[0] == int(observation.payload["odometerReading"]):
                    self.state.last_by_vin[vin] = (km, observation.payload["odometerReadingDate"])
                return 201, {"requestGuid": guid, "message": "Correction enregistrée"}

            return self._once(establishment, f"correction/{guid}", key, record)


def validate_observation(payload: Any, establishment: str) -> str | None:
    """The server-side checks of a submitted reading (400 with this message)."""
    if not isinstance(payload, dict):
        return "Corps JSON attendu"
    missing = [k for k in ("vin", "odometerReading", "odometerReadingDate", "observationType",
                           "enterpriseOrganisation", "enteredOrganisation") if payload.get(k) in (None, "")]
    if missing:
        return "Champs manquants : " + ", ".join(missing)
    vin = str(payload["vin"])
    if not 3 <= len(vin) <= 17 or not vin.isalnum():
        return f"VIN invalide : {vin}"
    km = payload["odometerReading"]
    if not isinstance(km, int) or isinstance(km, bool) or km < 0:
        return "odometerReading doit être un entier positif"
    try:
        reading_date = date.fromisoformat(payload["odometerReadingDate"])
        if payload.get("firstUseDate"):
            date.fromisoformat(payload["firstUseDate"])
    except (TypeError, ValueError):
        return "Date illisible (AAAA-MM-JJ attendu)"
    if reading_date > local_today():
        return "La date du relevé est dans le futur"
    if payload["observationType"] != protocol.OBSERVATION_TYPE:
        return f"observationType inconnu : {payload['observationType']}"
    if payload["enteredOrganisation"] != establishment:
        return "enteredOrganisation ne correspond pas à l'établissement authentifié"
    return None
