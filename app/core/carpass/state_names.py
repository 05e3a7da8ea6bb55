"""One name per Car-Pass state, wherever it is shown: the list, the history, the dossier
screen, the send summary, the CLI and the confirmations (French source, Dutch and English
translations).

The names are keyed by the stored enums — :class:`EntryStatus` (a list entry) and
:class:`ReadingState` (an outbox reading, or a work description / correction request);
a value both enums share ("sent", "anomaly", "unknown"…) has one name. A list row shows
its entry's status, or its current reading's state when that says more (a reading
blocked by the checks is "à confirmer" in the list as in the history).
"""

from __future__ import annotations

from app.core.carpass.models import EntryStatus
from app.core.carpass.sending.states import ReadingState
from app.core.i18n import Message, msg

STATE_NAMES: dict[str, Message] = {
    EntryStatus.PENDING: msg("carpass", "à envoyer"),
    ReadingState.BLOCKED: msg("carpass", "à confirmer"),
    ReadingState.QUEUED: msg("carpass", "en file"),
    ReadingState.SENDING: msg("carpass", "en cours d'envoi"),
    ReadingState.SENT: msg("carpass", "envoyé"),
    ReadingState.ANOMALY: msg("carpass", "anomalie Car-Pass"),
    ReadingState.FAILED: msg("carpass", "refusé"),
    ReadingState.UNCERTAIN: msg("carpass", "à vérifier"),
    EntryStatus.REMOVED: msg("carpass", "retiré"),
    ReadingState.SUPERSEDED: msg("carpass", "remplacé"),
}


def state_name(state: str) -> Message:
    """The name of a state (an unknown code is shown as it is)."""
    return STATE_NAMES.get(state) or msg("carpass", "{state}", state=state)


def shown_state(entry_status: str, reading_state: str | None) -> str:
    """The state a list row shows for its entry status and current reading state."""
    if entry_status == EntryStatus.ANOMALY and reading_state == ReadingState.BLOCKED:
        return ReadingState.BLOCKED
    if entry_status == EntryStatus.PENDING and reading_state in (ReadingState.QUEUED, ReadingState.SENDING):
        return reading_state
    return entry_status
