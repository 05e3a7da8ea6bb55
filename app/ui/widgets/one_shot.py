"""A progress generator around one blocking call (one network request), for the TaskRunner."""

from __future__ import annotations

from collections.abc import Callable

from app.core.i18n import Message
from app.core.progress import Progress


def one_shot(label: Message, function: Callable[[], object]):
    """The TaskRunner factory running ``function`` once, showing ``label``."""
    def operation(_token):
        yield Progress(0, 0, label)
        return function()
    return operation
