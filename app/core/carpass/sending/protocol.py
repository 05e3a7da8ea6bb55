"""The Car-Pass REST protocol in ONE place: request paths, payload, headers, answers.

Only public facts are known about the service (see ../shared/reference/carpass-protocol.md):
the body of ``POST /observation``, HTTP Basic auth, the three ``client-software-*``
headers and the ``requestGuid`` answer. Everything the real service may do differently
(error schema, anomaly answer, status names, idempotency) is decided here and nowhere
else, so adapting to the real schema means editing this file only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from app import APP_BUILDER, APP_NAME, __version__

PRODUCTION_URL = "https://ws-professionals.car-pass.be/api"

OBSERVATION_PATH = "/observation"
ACTIVITIES_PATH = "/activities"  # authenticated, harmless GET: used by "test connection"

# Header carrying the reading's own key. A server that honours it answers a repeated
# POST with the first answer instead of recording the reading twice (the simulator does).
IDEMPOTENCY_HEADER = "Idempotency-Key"
# True: a POST interrupted by a crash (outcome never recorded) is posted again with the
# same key. Set False if the real service ignores the key: such readings then become
# "unknown" for the clerk to check instead of being re-posted.
RESEND_INTERRUPTED_WITH_SAME_KEY = True

UNIFIER = 2  # as in the public example; meaning not published
OBSERVATION_TYPE = "VEHICLE_HISTORY_DOCUMENT"


class AnswerKind(StrEnum):
    """Answers of POST /observation (and of the follow-up requests), as the sender understands them."""

    ACCEPTED = "accepted"    # requestGuid received: the reading is at Car-Pass
    ANOMALY = "anomaly"      # requestGuid received, but Car-Pass flagged the reading
    REJECTED = "rejected"    # 4xx: the server refused this reading (its message is kept)
    AUTH = "auth"            # 401/403: credentials refused (not the reading's fault)
    RETRY = "retry"          # 5xx, maintenance: try again later with the same key
    UNKNOWN = "unknown"      # 2xx without a readable requestGuid: never re-posted silently


# Processing states returned by GET /observation/{guid}/status.
STATUS_REJECTED = {"rejected"}
STATUS_REVIEWING = {"reviewing"}


@dataclass(frozen=True)
class ReadingFacts:
    """What the sender knows about one reading, before it becomes a payload."""

    vin: str
    license_plate: str
    first_use_date: date | None
    reading_date: date
    odometer: int
    enterprise_number: str
    establishment_number: str


@dataclass(frozen=True)
class Answer:
    """One HTTP answer interpreted: kind, requestGuid, the server's own message."""

    kind: AnswerKind
    request_guid: str | None = None
    message: str = ""
    server_status: str | None = None
    data: dict[str, Any] = field(default_factory=dict)


def observation_payload(facts: ReadingFacts) -> dict[str, Any]:
    """The JSON body of ``POST /observation`` for one reading."""
    return {
        "vin": facts.vin,
        "licensePlate": facts.license_plate or "",
        "unifier": UNIFIER,
        "firstUseDate": facts.first_use_date.isoformat() if facts.first_use_date else None,
        "odometerReadingDate": facts.reading_date.isoformat(),
        "odometerReading": int(facts.odometer),
        "observationType": OBSERVATION_TYPE,
        "enterpriseOrganisation": facts.enterprise_number,
        "enteredOrganisation": facts.establishment_number,
    }


def payload_summary(payload: dict[str, Any]) -> tuple[str, int, date]:
    """(VIN, odometer, reading date) read back from a stored payload."""
    return payload["vin"], int(payload["odometerReading"]), date.fromisoformat(payload["odometerReadingDate"])


def software_headers() -> dict[str, str]:
    """The three headers naming the software, sent with every request."""
    return {
        "client-software-builder": APP_BUILDER,
        "client-software-name": APP_NAME,
        "client-software-version": __version__,
        "Accept": "application/json",
    }


def status_path(request_guid: str) -> str:
    """Path of the processing state of one request."""
    return f"{OBSERVATION_PATH}/{request_guid}/status"


def confirm_path(request_guid: str) -> str:
    """Path answering an anomaly with "the reading is right"."""
    return f"{OBSERVATION_PATH}/{request_guid}/confirm"


def _json(body: bytes) -> dict[str, Any] | None:
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def server_message(body: bytes, status_code: int | None = None) -> str:
    """The server's own words from an answer body (JSON message or the raw text)."""
    data = _json(body)
    if data:
        for key in ("message", "detail", "error_description", "error", "title"):
            value = data.get(key)
            if isinstance(value, str) and value.strip():
                return value.strip()
        errors = data.get("errors")
        if isinstance(errors, list) and errors:
            return "; ".join(str(e.get("message", e)) if isinstance(e, dict) else str(e) for e in errors)
    text = body.decode("utf-8", "replace").replace("\x00", "\\x00").strip()
    if text:
        return text[:500]
    return f"HTTP {status_code}" if status_code else ""


def _anomaly_message(data: dict[str, Any]) -> str:
    anomalies = data.get("anomalies") or []
    texts = [str(a.get("message") or a.get("code")) if isinstance(a, dict) else str(a) for a in anomalies]
    return "; ".join(texts)


def parse_observation_answer(status_code: int, body: bytes) -> Answer:
    """Interpret the answer to ``POST /observation`` (or a confirm)."""
    if status_code in (401, 403):
        return Answer(AnswerKind.AUTH, message=server_message(body, status_code))
    if status_code >= 500 or status_code in (408, 429):
        return Answer(AnswerKind.RETRY, message=server_message(body, status_code))
    if 400 <= status_code < 500:
        return Answer(AnswerKind.REJECTED, message=server_message(body, status_code))
    data = _json(body)
    guid = data.get("requestGuid") if data else None
    if not isinstance(guid, str) or not guid.strip():
        return Answer(AnswerKind.UNKNOWN, message=server_message(body, status_code))
    status = data.get("status") if isinstance(data.get("status"), str) else None
    if data.get("anomalies") or (status and status.lower() in STATUS_REVIEWING):
        return Answer(AnswerKind.ANOMALY, guid.strip(), _anomaly_message(data) or str(status), status, data)
    return Answer(AnswerKind.ACCEPTED, guid.strip(), str(data.get("message") or ""), status, data)


def parse_status_answer(status_code: int, body: bytes) -> Answer:
    """Interpret the answer to ``GET /observation/{guid}/status``."""
    if status_code in (401, 403):
        return Answer(AnswerKind.AUTH, message=server_message(body, status_code))
    if status_code >= 500 or status_code in (408, 429):
        return Answer(AnswerKind.RETRY, message=server_message(body, status_code))
    if status_code >= 400:
        return Answer(AnswerKind.REJECTED, message=server_message(body, status_code))
    data = _json(body)
    status = data.get("status") if data else None
    if not isinstance(status, str) or not status.strip():
        return Answer(AnswerKind.UNKNOWN, message=server_message(body, status_code))
    message = str(data.get("message") or "") or _anomaly_message(data)
    return Answer(AnswerKind.ACCEPTED, data.get("requestGuid"), message, status.strip(), data)


def is_rejected_status(server_status: str | None) -> bool:
    """True when a polled status means Car-Pass refused the reading after all."""
    return bool(server_status) and server_status.strip().lower() in STATUS_REJECTED


def is_reviewing_status(server_status: str | None) -> bool:
    """True when Car-Pass is reviewing the reading (an anomaly to answer)."""
    return bool(server_status) and server_status.strip().lower() in STATUS_REVIEWING
