"""Translation in the GUI and CLI: Qt translators for Atelier's strings and Qt's own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.core.paths import resources_dir

if TYPE_CHECKING:  # imported where a message is rendered: not needed before the login dialog
    from app.core.i18n import Message

LANGUAGES = {"fr": "Français", "nl": "Nederlands", "en": "English"}
DEFAULT_LANGUAGE = "fr"
_installed: list[QTranslator] = []
_current = {"language": DEFAULT_LANGUAGE}


def current_language() -> str:
    """The language whose translators are installed."""
    return _current["language"]


def tr(context: str, text: str, **params) -> str:
    """Translate ``text`` in ``context`` with Qt, then fill ``{params}``."""
    translated = QCoreApplication.translate(context, text)
    return translated.format(**params) if params else translated


def render(message: Message) -> str:
    """A core :class:`Message` in the current language."""
    return message.render(QCoreApplication.translate)


def error_text(error: Exception) -> str:
    """What a clerk reads for an error raised by the core (translated)."""
    render_all = getattr(error, "render_all", None)
    if render_all is not None:
        return render_all(QCoreApplication.translate)
    from app.core.i18n import Message

    message = getattr(error, "message", None)
    if isinstance(message, Message):
        return render(message)
    return str(error)


def install_language(app: QCoreApplication, language: str) -> list[str]:
    """Replace the installed translators with those of ``language``; return files loaded.

    French is the source language: only Qt's own French strings are loaded for it.
    """
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded = []
    qt_dirs = [resources_dir() / "i18n" / "qt", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    for directory in qt_dirs:
        translator = QTranslator(app)
        if translator.load(f"qtbase_{language}", str(directory)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(f"qtbase_{language}")
            break
    if language != DEFAULT_LANGUAGE:
        for qm in sorted((resources_dir() / "i18n").glob(f"*_{language}.qm")):
            translator = QTranslator(app)
            if translator.load(str(qm)):
                app.installTranslator(translator)
                _installed.append(translator)
                loaded.append(qm.name)
    QLocale.setDefault(QLocale({"fr": "fr_BE", "nl": "nl_BE", "en": "en_GB"}[language]))
    _current["language"] = language
    return loaded
