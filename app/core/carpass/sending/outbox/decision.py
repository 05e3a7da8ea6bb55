"""The one rule of the outbox: what an answer does to a reading, its list entry and the
entry's history. Pure: no database, no network."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.carpass.models import EntryStatus
from app.core.carpass.sending.client import CallResult
from app.core.carpass.sending.protocol import Answer, AnswerKind
from app.core.carpass.sending.states import RECEIVED_STATES, ReadingState

STATE_OF_ANSWER = {
    AnswerKind.ACCEPTED: ReadingState.SENT,
    AnswerKind.ANOMALY: ReadingState.ANOMALY,
    AnswerKind.REJECTED: ReadingState.FAILED,
    AnswerKind.UNKNOWN: ReadingState.UNCERTAIN,
    AnswerKind.RETRY: ReadingState.QUEUED,
    AnswerKind.AUTH: ReadingState.QUEUED,  # the credentials are wrong, not the reading
}
ENTRY_STATUS_OF_STATE = {
    ReadingState.QUEUED: EntryStatus.PENDING,
    ReadingState.SENDING: EntryStatus.PENDING,
    ReadingState.SENT: EntryStatus.SENT,
    ReadingState.ANOMALY: EntryStatus.ANOMALY,
    ReadingState.FAILED: EntryStatus.FAILED,
    ReadingState.UNCERTAIN: EntryStatus.UNCERTAIN,
}
NETWORK_ERROR = "error"  # what the call history keeps as outcome when no answer came


@dataclass(frozen=True)
class Decision:
    """Everything one answer changes.

    ``state``: the reading's new state; ``entry_status``: its list entry's; the history
    gets an event named after the state (detail: the requestGuid, else the message),
    except when the reading goes back to the queue (only the entry's message changes).
    """

    kind: AnswerKind | None
    state: ReadingState
    entry_status: EntryStatus
    call_outcome: str
    message: str | None
    request_guid: str | None
    server_status: str | None

    @property
    def requeued(self) -> bool:
        """True when the reading waits for another attempt."""
        return self.state == ReadingState.QUEUED

    @property
    def received(self) -> bool:
        """True when Car-Pass holds the reading."""
        return self.state in RECEIVED_STATES

    @property
    def event_detail(self) -> str | None:
        """What the entry's history keeps with the event."""
        return self.request_guid or self.message


def decide(result: CallResult, answer: Answer | None) -> Decision:
    """The decision for one call: ``answer`` as :mod:`protocol` read it, or None when the
    call got no answer (``result.error`` says why)."""
    if answer is None:
        return Decision(None, ReadingState.QUEUED, EntryStatus.PENDING, NETWORK_ERROR, result.error or None, None,
                        None)
    state = STATE_OF_ANSWER[answer.kind]
    return Decision(answer.kind, state, ENTRY_STATUS_OF_STATE[state], answer.kind, answer.message or None,
                    answer.request_guid, answer.server_status)
