"""The one rule of the outbox: what an answer does to a reading, its list entry and the
entry's history. Pure: no database, no network."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.carpass.models import EntryStatus
from app.core.carpass.sending.labels import cause_text
from app.core.carpass.sending.protocol import Answer, AnswerKind
from app.core.carpass.sending.states import RECEIVED_STATES, ReadingState, UncertainCause

STATE_OF_ANSWER = {
    AnswerKind.ACCEPTED: ReadingState.SENT,
    AnswerKind.ANOMALY: ReadingState.ANOMALY,
    AnswerKind.REJECTED: ReadingState.FAILED,
    AnswerKind.UNCERTAIN: ReadingState.UNCERTAIN,
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
NETWORK_ERROR = "error"  # what the call history keeps as outcome of a call that got no answer


@dataclass(frozen=True)
class Decision:
    """Everything one answer changes.

    ``state``: the reading's new state; ``entry_status``: its list entry's; the history
    gets an event named after the state (detail: the requestGuid, else the message),
    except when the reading goes back to the queue (only the entry's message changes).
    """

    kind: AnswerKind
    state: ReadingState
    entry_status: EntryStatus
    call_outcome: str
    message: str | None
    request_guid: str | None
    server_status: str | None
    cause: UncertainCause | None

    @property
    def requeued(self) -> bool:
        """True when the reading waits for another attempt."""
        return self.state == ReadingState.QUEUED

    @property
    def received(self) -> bool:
        """True when Car-Pass holds the reading."""
        return self.state in RECEIVED_STATES

    @property
    def entry_message(self) -> str | None:
        """What the list shows on the entry: for a reading à vérifier, what happened (in
        French, as the blocked readings' reasons are kept) and the technical detail."""
        if self.state != ReadingState.UNCERTAIN:
            return self.message
        return f"{cause_text(self.cause).render()} ({self.message or '-'})"

    @property
    def event_detail(self) -> str | None:
        """What the entry's history keeps with the event."""
        return self.request_guid or self.message


def decide(answer: Answer, answered: bool = True) -> Decision:
    """The decision for one call: ``answer`` as :mod:`protocol` read it (``answered``: an
    HTTP answer came; else the call history keeps the outcome ``error``).

    Only an answer proving the service never acted on the request sends the reading back
    to the queue; one that may have been acted on without an acknowledgement (timeout,
    connection lost, 5xx, no requestGuid) makes it à vérifier: never re-posted without
    the clerk."""
    state = STATE_OF_ANSWER[answer.kind]
    return Decision(answer.kind, state, ENTRY_STATUS_OF_STATE[state], answer.kind if answered else NETWORK_ERROR,
                    answer.message or None, answer.request_guid, answer.server_status,
                    answer.cause if state == ReadingState.UNCERTAIN else None)
