"""The Car-Pass REST protocol in ONE place: request paths, payload, headers, answers.

Only public facts are known about the service (docs/decisions/carpass-sending-protocol.md):
the body of ``POST /observation``, HTTP Basic auth, the three ``client-software-*``
headers and the ``requestGuid`` answer. Everything the real service may do differently
(error schema, anomaly answer, status names, the follow-up requests' bodies, which
failures happen before the service got a request) is decided here and nowhere else, so
adapting to the real schema means editing this file only.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from app import APP_BUILDER, APP_NAME, __version__
from app.core.carpass.sending.states import UncertainCause

PRODUCTION_URL = "https://ws-professionals.car-pass.be/api"

OBSERVATION_PATH = "/observation"
ACTIVITIES_PATH = "/activities"  # authenticated, harmless GET: used by "test connection"

# Header carrying the reading's own key. Car-Pass publishes no such feature: it is sent in
# case the service ever honours it, but nothing relies on it — a request that may have
# reached the service is never re-posted without the clerk.
IDEMPOTENCY_HEADER = "Idempotency-Key"
# Statuses meaning "the service did not act on the request": retried automatically.
# 408: the request did not arrive whole; 429: refused before processing; 503: down or in
# maintenance. Any other 5xx may come after the reading was recorded: à vérifier.
RETRY_STATUSES = (408, 429, 503)

UNIFIER = 2  # as in the public example; meaning not published
OBSERVATION_TYPE = "VEHICLE_HISTORY_DOCUMENT"


class AnswerKind(StrEnum):
    """Answers of POST /observation (and of the follow-up requests), as the sender understands them."""

    ACCEPTED = "accepted"    # requestGuid received: the reading is at Car-Pass
    ANOMALY = "anomaly"      # requestGuid received, but Car-Pass flagged the reading
    REJECTED = "rejected"    # 4xx: the server refused this reading (its message is kept)
    AUTH = "auth"            # 401/403: credentials refused (not the reading's fault)
    RETRY = "retry"          # not received (refused connection, 503, 429…): try again later
    UNCERTAIN = "uncertain"  # may have been received (timeout, connection lost, 5xx, no requestGuid)


class NoAnswer(StrEnum):
    """How a call ended without an HTTP answer (told by the client)."""

    NOT_SENT = "not_sent"                # connection never established: the service got nothing
    TIMEOUT = "timeout"                  # sent, no answer in time
    CONNECTION_LOST = "connection_lost"  # connection closed or reset after the request left


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
    cause: UncertainCause | None = None  # what happened, for an UNCERTAIN answer


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


def description_path(request_guid: str) -> str:
    """Path of the work description of an accepted reading."""
    return f"{OBSERVATION_PATH}/{request_guid}/description"


def correction_path(request_guid: str) -> str:
    """Path correcting the km of an accepted reading."""
    return f"{OBSERVATION_PATH}/{request_guid}/correction"


def followup_path(kind: str, request_guid: str) -> str:
    """Path of a follow-up request (``description`` or ``correction``) of an accepted reading."""
    return {"description": description_path, "correction": correction_path}[kind](request_guid)


def description_payload(codes: list[str]) -> dict[str, Any]:
    """Body of the work description: the codes of Car-Pass's standard list (assumed field
    name: the specification is not public)."""
    return {"activityCodes": list(codes)}


def description_codes(payload: dict[str, Any]) -> list[str]:
    """The codes read back from a stored description body."""
    return list(payload.get("activityCodes", []))


def correction_payload(odometer: int, reason: str) -> dict[str, Any]:
    """Body of a correction: the right km and why (assumed field names)."""
    return {"odometerReading": int(odometer), "reason": reason}


_GUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def clean_request_guid(text: str | None) -> str | None:
    """A requestGuid typed by a clerk (copied from the Car-Pass portal), lower-case, or None
    when it is not a GUID (``8-4-4-4-12`` hexadecimal digits; braces and spaces ignored)."""
    value = (text or "").strip().strip("{}").strip().lower()
    return value if _GUID.fullmatch(value) else None


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


def no_answer(failure: NoAnswer, error: str | None) -> Answer:
    """A call that got no HTTP answer: retried when the service certainly got nothing,
    else à vérifier."""
    if failure == NoAnswer.NOT_SENT:
        return Answer(AnswerKind.RETRY, message=error or "")
    cause = UncertainCause.TIMEOUT if failure == NoAnswer.TIMEOUT else UncertainCause.CONNECTION_LOST
    return Answer(AnswerKind.UNCERTAIN, message=error or "", cause=cause)


def _failure_status(status_code: int, body: bytes) -> Answer | None:
    """The answer of a non-2xx status, the same for every operation; None for 2xx/3xx."""
    if status_code in (401, 403):
        return Answer(AnswerKind.AUTH, message=server_message(body, status_code))
    if status_code in RETRY_STATUSES:
        return Answer(AnswerKind.RETRY, message=server_message(body, status_code))
    if status_code >= 500:
        return Answer(AnswerKind.UNCERTAIN, message=server_message(body, status_code),
                      cause=UncertainCause.SERVER_ERROR)
    if status_code >= 400:
        return Answer(AnswerKind.REJECTED, message=server_message(body, status_code))
    return None


def parse_observation_answer(status_code: int, body: bytes) -> Answer:
    """Interpret the answer to ``POST /observation``."""
    failed = _failure_status(status_code, body)
    if failed is not None:
        return failed
    data = _json(body)
    guid = data.get("requestGuid") if data else None
    if data is None or status_code >= 300 or not isinstance(guid, str) or not guid.strip():
        return Answer(AnswerKind.UNCERTAIN, message=server_message(body, status_code),
                      cause=UncertainCause.UNREADABLE)
    status = data.get("status") if isinstance(data.get("status"), str) else None
    if data.get("anomalies") or (status and status.lower() in STATUS_REVIEWING):
        return Answer(AnswerKind.ANOMALY, guid.strip(), _anomaly_message(data) or str(status), status, data)
    return Answer(AnswerKind.ACCEPTED, guid.strip(), str(data.get("message") or ""), status, data)


def parse_followup_answer(status_code: int, body: bytes) -> Answer:
    """Interpret the answer to a description or a correction: any 2xx means received
    (their answer body is not published: nothing is required in it)."""
    failed = _failure_status(status_code, body)
    if failed is not None:
        return failed
    if status_code >= 300:
        return Answer(AnswerKind.UNCERTAIN, message=server_message(body, status_code),
                      cause=UncertainCause.UNREADABLE)
    data = _json(body) or {}
    status = data.get("status") if isinstance(data.get("status"), str) else None
    return Answer(AnswerKind.ACCEPTED, None, str(data.get("message") or ""), status, data)


def parse_confirm_answer(status_code: int, body: bytes) -> Answer:
    """Interpret the answer to ``POST …/confirm``: any 2xx is a confirmation taken, with or
    without a ``status`` in the body (the answer body is not published)."""
    answer = parse_followup_answer(status_code, body)
    if answer.kind == AnswerKind.ACCEPTED and answer.server_status and answer.server_status.lower() in \
            STATUS_REVIEWING:
        return Answer(AnswerKind.ANOMALY, None, answer.message or answer.server_status, answer.server_status,
                      answer.data)
    return answer


def parse_status_answer(status_code: int, body: bytes) -> Answer:
    """Interpret the answer to ``GET /observation/{guid}/status``."""
    failed = _failure_status(status_code, body)
    if failed is not None:
        return failed
    data = _json(body)
    status = data.get("status") if data else None
    if data is None or not isinstance(status, str) or not status.strip():
        return Answer(AnswerKind.UNCERTAIN, message=server_message(body, status_code),
                      cause=UncertainCause.UNREADABLE)
    message = str(data.get("message") or "") or _anomaly_message(data)
    return Answer(AnswerKind.ACCEPTED, data.get("requestGuid"), message, status.strip(), data)


def is_rejected_status(server_status: str | None) -> bool:
    """True when a polled status means Car-Pass refused the reading after all."""
    return server_status is not None and server_status.strip().lower() in STATUS_REJECTED


def is_reviewing_status(server_status: str | None) -> bool:
    """True when Car-Pass is reviewing the reading (an anomaly to answer)."""
    return server_status is not None and server_status.strip().lower() in STATUS_REVIEWING


# --- Work description: Car-Pass's standard list of work (``GET /activities``) -------------
# Assumed answer (the simulator's): {"categories": [{"code", "label": {"fr", "nl"},
# "activities": [{"code", "label": {"fr", "nl"}}]}]}. Also read: a bare list of categories,
# sub-items under "items" / "descriptors" / "subCategories", labels as "labels" or
# "labelFr" / "labelNl" (or "descriptionFr" / "descriptionNl"), and a flat list of
# activities each naming its "category".
CODE_MAX = 40
LABEL_MAX = 200
_CHILDREN = ("activities", "items", "descriptors", "subCategories", "children")


@dataclass(frozen=True)
class ActivityDescriptor:
    """One descriptor of the standard list, with its main category and FR/NL labels."""

    code: str
    category_code: str
    category_label_fr: str
    category_label_nl: str
    label_fr: str
    label_nl: str
    position: int


def _labels(item: dict[str, Any]) -> tuple[str, str]:
    """(FR, NL) labels of a category or descriptor; a missing language takes the other one."""
    found = {"fr": "", "nl": ""}
    for key in ("label", "labels", "description", "descriptions", "name"):
        value = item.get(key)
        if isinstance(value, dict):
            for language in found:
                text = value.get(language) or value.get(language.upper())
                if isinstance(text, str) and not found[language]:
                    found[language] = text.strip()
        elif isinstance(value, str) and not found["fr"]:
            found["fr"] = value.strip()
    for language in found:
        for key in (f"label{language.title()}", f"description{language.title()}", f"label_{language}"):
            text = item.get(key)
            if isinstance(text, str) and not found[language]:
                found[language] = text.strip()
    fr = found["fr"] or found["nl"]
    nl = found["nl"] or found["fr"]
    return fr[:LABEL_MAX], nl[:LABEL_MAX]


def _code(item: dict[str, Any]) -> str:
    value = item.get("code", item.get("id"))
    text = str(value).strip() if isinstance(value, (str, int)) and not isinstance(value, bool) else ""
    return text if len(text) <= CODE_MAX else ""


def parse_activities_answer(body: bytes) -> list[ActivityDescriptor] | None:
    """The descriptors of a ``GET /activities`` answer in the order served, or None when the
    body is not a list of work descriptions. Items without a usable code are skipped; a
    code served twice keeps its first place."""
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if isinstance(data, dict):
        data = data.get("categories", data.get("activities"))
    if not isinstance(data, list):
        return None
    found: dict[str, ActivityDescriptor] = {}

    def add(item: dict[str, Any], category: str, category_fr: str, category_nl: str) -> None:
        code = _code(item)
        if code and code not in found:
            fr, nl = _labels(item)
            found[code] = ActivityDescriptor(code, category, category_fr, category_nl, fr or code, nl or code,
                                             len(found))

    for entry in data:
        if not isinstance(entry, dict):
            continue
        children = next((entry[key] for key in _CHILDREN if isinstance(entry.get(key), list)), None)
        if children is not None:  # a main category with its descriptors
            category = _code(entry)
            category_fr, category_nl = _labels(entry)
            for child in children:
                if isinstance(child, dict) and category:
                    add(child, category, category_fr or category, category_nl or category)
            continue
        parent = entry.get("category", entry.get("categoryCode"))
        if isinstance(parent, dict):  # a flat descriptor naming its category
            category = _code(parent)
            category_fr, category_nl = _labels(parent)
        else:
            category = str(parent or "").strip()[:CODE_MAX]
            category_fr = category_nl = category
        add(entry, category, category_fr or category, category_nl or category)  # category may be ""
    return list(found.values())


def vehicle_history_path(request_guid: str, language: str = "FR") -> str:
    """Path of the vehicle history report of one accepted request (``FR`` or ``NL``)."""
    return f"{OBSERVATION_PATH}/{request_guid}/status/vhr?language={language}"
