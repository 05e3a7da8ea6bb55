"""The names of where a reading stands and of what a send did with an entry.

The enum values are the ones stored in the database and printed by the CLI; compare
with the members, never with string literals.
"""

from __future__ import annotations

from enum import StrEnum


class ReadingState(StrEnum):
    """State of an outbox reading (also of a follow-up request: never blocked nor anomaly)."""

    BLOCKED = "blocked"        # local anomaly checks failed: waits for the clerk's confirmation
    QUEUED = "queued"          # to send (or to retry after next_attempt_at)
    SENDING = "sending"        # claimed by a sender, network call under way (or interrupted)
    SENT = "sent"              # Car-Pass answered with a requestGuid
    ANOMALY = "anomaly"        # Car-Pass received it with a requestGuid but raised an anomaly
    FAILED = "failed"          # refused by Car-Pass (4xx or rejected status): message kept
    UNCERTAIN = "unknown"      # "à vérifier": may have reached Car-Pass; never re-posted without the clerk
    SUPERSEDED = "superseded"  # replaced by a newer reading of the same entry


READING_STATES = tuple(ReadingState)
# Not yet at Car-Pass, or in doubt: at most one such reading per list entry (unique index).
OPEN_STATES = (ReadingState.BLOCKED, ReadingState.QUEUED, ReadingState.SENDING, ReadingState.UNCERTAIN)
RECEIVED_STATES = (ReadingState.SENT, ReadingState.ANOMALY)  # Car-Pass holds the reading


class SendOutcome(StrEnum):
    """What a send did with one entry (a line of the summary and of ``carpass send``)."""

    SENT = "sent"
    ALREADY_SENT = "already_sent"
    ANOMALY = "anomaly"
    FAILED = "failed"
    UNCERTAIN = "uncertain"
    QUEUED = "queued"
    SENDING = "sending"  # another station's run was posting it when this run ended
    BLOCKED = "blocked"
    NOT_SENDABLE = "not_sendable"
    REMOVED = "removed"
    TO_SEND = "to_send"  # preparation only: a reading waits to be posted


RECEIVED_OUTCOMES = (SendOutcome.SENT, SendOutcome.ALREADY_SENT)


class UncertainCause(StrEnum):
    """Why a reading (or follow-up request) is à vérifier: what happened to its last call."""

    TIMEOUT = "timeout"              # sent, no answer before the read timeout
    CONNECTION_LOST = "connection"   # connection closed or reset while waiting for the answer
    SERVER_ERROR = "server_error"    # 5xx other than 503: the service may have recorded it first
    UNREADABLE = "unreadable"        # 2xx without a readable requestGuid
    INTERRUPTED = "interrupted"      # the sender stopped (crash, kill) during the call


class Resolution(StrEnum):
    """What the clerk decided for a reading à vérifier."""

    RESENT = "resent"                    # posted again on the clerk's order
    MARKED_RECEIVED = "marked_received"  # the clerk saw it on the Car-Pass portal (requestGuid typed)


class FollowupKind(StrEnum):
    """A request about a reading Car-Pass accepted."""

    DESCRIPTION = "description"  # the work done, as codes of Car-Pass's standard list
    CORRECTION = "correction"    # the right km and why


FOLLOWUP_OPEN_STATES = (ReadingState.QUEUED, ReadingState.SENDING, ReadingState.UNCERTAIN)
