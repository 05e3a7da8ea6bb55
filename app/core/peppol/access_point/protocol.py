"""The access point's REST protocol in ONE place: paths, headers, request body, answers.

Peppol access points do not share one client API; the big European and Belgian providers
publish REST APIs of the same shape, which this module follows:

- ``GET  /participants/{scheme}:{id}``: lookup of a receiver in the SMP/directory — 200 with
  the document types it accepts, 404 when it is not on Peppol;
- ``POST /documents``: one UBL document, JSON ``{documentId, recipient, documentType,
  process, document (base64)}``, the client's ``documentId`` repeated in the
  ``Idempotency-Key`` header so a repeated POST replays the first answer — 201/202 with the
  provider's transmission ``id``; 400/422 with the reasons (rule ids) of a refusal;
- ``GET  /documents/{documentId}``: the transmission state — accepted, sent, delivered,
  rejected or failed, with a reason;
- ``GET  /me``: the sender's own registration (the "test connection" call).

Authentication: ``Authorization: Bearer <API key>``. Adapting Atelier to a provider whose API
differs means editing this file (and :mod:`.client` for the transport) only.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from typing import Any

from app import __version__

INVOICE_DOCUMENT_TYPE = ("urn:oasis:names:specification:ubl:schema:xsd:Invoice-2::Invoice##urn:cen.eu:en16931:2017"
                         "#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0::2.1")
CREDIT_NOTE_DOCUMENT_TYPE = ("urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2::CreditNote##urn:cen.eu:"
                             "en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0::2.1")
BILLING_PROCESS = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0"
DOCUMENT_TYPES = {"invoice": INVOICE_DOCUMENT_TYPE, "credit_note": CREDIT_NOTE_DOCUMENT_TYPE}

DOCUMENTS_PATH = "/documents"
ME_PATH = "/me"
IDEMPOTENCY_HEADER = "Idempotency-Key"

# What an answer means to the sender.
ACCEPTED = "accepted"      # the provider took the document (transmission id received)
REFUSED = "refused"        # the provider refused it (reasons kept): never re-posted as is
AUTH = "auth"              # 401/403: key refused, not the document's fault
RETRY = "retry"            # 429/503: not processed, try again later
UNKNOWN = "unknown"        # any other answer: the provider may hold it — the clerk checks
REGISTERED = "registered"
NOT_REGISTERED = "not_registered"

# Transmission states of GET /documents/{id}, as Atelier understands them.
STATUS_SENT = {"accepted", "received", "sending", "sent", "processing"}
DELIVERED = "delivered"   # the buyer's access point acknowledged it (status answers only)
STATUS_DELIVERED = {"delivered", "acknowledged", "accepted_by_buyer"}
STATUS_REFUSED = {"rejected", "failed", "refused", "undeliverable"}


@dataclass(frozen=True)
class Answer:
    """One HTTP answer interpreted: kind, the provider's id and status, its message."""

    kind: str
    provider_id: str | None = None
    status: str | None = None
    message: str = ""
    data: dict[str, Any] = field(default_factory=dict)


def user_agent() -> str:
    """How Atelier introduces itself to the provider."""
    return f"Atelier/{__version__}"


def auth_headers(api_key: str) -> dict[str, str]:
    """The headers carrying the site's API key."""
    return {"Authorization": f"Bearer {api_key}", "Accept": "application/json", "User-Agent": user_agent()}


def participant_path(participant: str) -> str:
    """``/participants/0208:0457247904``."""
    return f"/participants/{participant}"


def document_path(document_id: str) -> str:
    """``/documents/{documentId}``."""
    return f"{DOCUMENTS_PATH}/{document_id}"


def send_body(document_id: str, recipient: str, document_kind: str, xml: bytes) -> str:
    """The JSON body of ``POST /documents``."""
    return json.dumps({"documentId": document_id, "recipient": recipient,
                       "documentType": DOCUMENT_TYPES[document_kind], "process": BILLING_PROCESS,
                       "document": base64.b64encode(xml).decode("ascii")})


def _json(body: bytes) -> dict[str, Any] | None:
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def reasons(data: dict[str, Any]) -> str:
    """The provider's message and its list of rule errors, as one text."""
    parts = [str(data.get("message") or data.get("reason") or "")]
    for error in data.get("errors") or []:
        if isinstance(error, dict):
            parts.append(f"[{error.get('rule') or error.get('code') or '?'}] {error.get('message') or ''}".strip())
    return " ; ".join(p for p in parts if p)[:2000]


def parse_send_answer(http_status: int, body: bytes) -> Answer:
    """What a ``POST /documents`` answer means (replays of a repeated key included)."""
    data = _json(body)
    if http_status in (401, 403):
        return Answer(AUTH, message=reasons(data or {}) or f"HTTP {http_status}")
    if http_status in (429, 503):
        return Answer(RETRY, message=reasons(data or {}) or f"HTTP {http_status}")
    if 200 <= http_status < 300 or http_status == 409:
        if data and data.get("id"):
            return Answer(ACCEPTED, str(data["id"]), str(data.get("status") or "accepted"), reasons(data), data)
        return Answer(UNKNOWN, message=f"HTTP {http_status} sans identifiant de transmission")
    if http_status in (400, 422) and data is not None:
        return Answer(REFUSED, message=reasons(data) or f"HTTP {http_status}", data=data)
    return Answer(UNKNOWN, message=(reasons(data) if data else "") or f"HTTP {http_status}")


def parse_lookup_answer(http_status: int, body: bytes, document_kind: str) -> Answer:
    """Registered (and accepting this kind of document) or not; anything else is retried."""
    data = _json(body) or {}
    if http_status == 404:
        return Answer(NOT_REGISTERED, message=reasons(data) or "participant inconnu du réseau Peppol")
    if http_status in (401, 403):
        return Answer(AUTH, message=reasons(data) or f"HTTP {http_status}")
    if http_status == 200 and data:
        accepted = data.get("documentTypes") or []
        if DOCUMENT_TYPES[document_kind] not in accepted:
            return Answer(NOT_REGISTERED, message="inscrit sur Peppol mais n'accepte pas ce type de document",
                          data=data)
        return Answer(REGISTERED, message=str(data.get("name") or ""), data=data)
    return Answer(RETRY, message=reasons(data) or f"HTTP {http_status}")


def parse_status_answer(http_status: int, body: bytes) -> Answer:
    """The transmission state: sent, delivered, refused; 404 means the provider never got it."""
    data = _json(body) or {}
    if http_status == 404:
        return Answer(NOT_REGISTERED, message="document inconnu du fournisseur")
    if http_status in (401, 403):
        return Answer(AUTH, message=reasons(data) or f"HTTP {http_status}")
    if http_status != 200 or not data.get("status"):
        return Answer(RETRY, message=reasons(data) or f"HTTP {http_status}")
    status = str(data["status"]).lower()
    provider_id = str(data.get("id")) if data.get("id") else None
    if status in STATUS_DELIVERED:
        return Answer(DELIVERED, provider_id, status, reasons(data), data)
    if status in STATUS_REFUSED:
        return Answer(REFUSED, provider_id, status, reasons(data) or status, data)
    return Answer(ACCEPTED, provider_id, status, reasons(data), data)
