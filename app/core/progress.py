"""Progress reporting for long core operations.

Long operations are generators yielding :class:`Progress`; the caller (CLI loop or the
Qt task runner) consumes them and may cancel by closing the generator or setting the
:class:`CancelToken` the operation checks between steps.
"""

from __future__ import annotations

import threading
from collections.abc import Generator
from dataclasses import dataclass

from app.core.i18n import Message


@dataclass(frozen=True)
class Progress:
    """One step of a long operation: ``done`` out of ``total`` (0 = unknown)."""

    done: int
    total: int
    message: Message | None = None


class CancelToken:
    """Thread-safe flag a long operation polls to stop cleanly between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the operation to stop at its next step."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """True once :meth:`cancel` was called."""
        return self._event.is_set()


ProgressGenerator = Generator[Progress, None, object]


def run_to_end(operation: ProgressGenerator) -> object:
    """Consume a progress generator without showing anything; return its result."""
    while True:
        try:
            next(operation)
        except StopIteration as stop:
            return stop.value
