"""Translatable messages produced by the Qt-free core.

The core never imports Qt, yet every message it shows a clerk must go through Qt's
translation files. Strings are marked with :func:`QT_TRANSLATE_NOOP` (the name lupdate
recognises) and carried as :class:`Message` objects; the GUI and the CLI translate them
with ``QCoreApplication.translate`` when they show them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Translator = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate knows
    """Mark ``text`` for translation in ``context`` without translating it."""
    return text


def identity_translator(context: str, text: str) -> str:
    """Translator used when no Qt translator is available: the French source text."""
    return text


@dataclass(frozen=True)
class Message:
    """A user-visible message: a translatable source text plus its parameters."""

    context: str
    text: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, translate: Translator = identity_translator) -> str:
        """Return the message translated by ``translate`` with parameters filled in."""
        params = {
            key: value.render(translate) if isinstance(value, Message) else value
            for key, value in self.params.items()
        }
        return translate(self.context, self.text).format(**params)

    def __str__(self) -> str:
        return self.render()


def msg(context: str, text: str, **params: Any) -> Message:
    """Build a :class:`Message`; ``text`` must be a literal so lupdate can find it."""
    return Message(context, text, params)
