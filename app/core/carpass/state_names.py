"""One name per Car-Pass state, wherever it is shown: the list, the history, the dossier
screen, the CLI and the confirmations (French source, Dutch and English translations).

A list row shows its entry's status, or its current reading's state when that says more
(a reading blocked by the checks is "à confirmer" in the list as in the history).
"""

from __future__ import annotations

from app.core.i18n import Message, msg

PENDING = "pending"
BLOCKED = "blocked"
QUEUED = "queued"
SENDING = "sending"
SENT = "sent"
ANOMALY = "anomaly"
FAILED = "failed"
UNKNOWN = "unknown"
REMOVED = "removed"
SUPERSEDED = "superseded"

STATE_NAMES: dict[str, Message] = {
    PENDING: msg("carpass", "à envoyer"),
    BLOCKED: msg("carpass", "à confirmer"),
    QUEUED: msg("carpass", "en file"),
    SENDING: msg("carpass", "en cours d'envoi"),
    SENT: msg("carpass", "envoyé"),
    ANOMALY: msg("carpass", "anomalie Car-Pass"),
    FAILED: msg("carpass", "refusé"),
    UNKNOWN: msg("carpass", "à vérifier"),
    REMOVED: msg("carpass", "retiré"),
    SUPERSEDED: msg("carpass", "remplacé"),
}


def state_name(state: str) -> Message:
    """The name of a state (an unknown code is shown as it is)."""
    return STATE_NAMES.get(state) or msg("carpass", "{state}", state=state)


def shown_state(entry_status: str, reading_state: str | None) -> str:
    """The state a list row shows for its entry status and current reading state."""
    if entry_status == ANOMALY and reading_state == BLOCKED:
        return BLOCKED
    if entry_status == PENDING and reading_state in (QUEUED, SENDING):
        return reading_state
    return entry_status
