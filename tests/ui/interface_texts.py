"""The texts a clerk reads on a screen: labels, buttons, tabs, headers, tooltips,
placeholders, combo items and the first rows of every list (for the language tests)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

from app.core.paths import resources_dir

ROWS_READ = 40
# Words of the code that must reach no screen: protocol fields, Python values and classes,
# storage keys of the controls catalogue (``agency_commission_amount.lower``).
INTERNAL = re.compile(r"\b(requestGuid|post/status|status/accepted|None|True|False|keyring\.backends|Traceback)\b"
                      r"|\b[a-z]+(_[a-z0-9]+)+\.[A-Za-z0-9]+\b")
# English words (Car-Pass's states, the catalogue's suffixes) that must not reach a French
# or Dutch screen.
ENGLISH = re.compile(r"\b(Ongoing|Pending|Accepted|Rejected|Processed|Reviewing|BLANK|lower|upper)\b")
# French words that never occur in a Dutch or English sentence.
FRENCH = re.compile(r"\b(le|les|des|du|une|avec|pour|dans|est|sont|aucun|aucune|veuillez|choisissez|"
                    r"enregistrer|annuler|fermer|ouvrir)\b", re.IGNORECASE)


def widget_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of the interface texts under ``root`` (visible widgets only)."""
    found: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root.window()):
            continue
        kind = type(widget).__name__
        if widget.toolTip():
            found.append((f"{kind} tooltip", widget.toolTip()))
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append((kind, widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((kind, widget.title()))
        elif isinstance(widget, QLineEdit):
            found.append((f"{kind} placeholder", widget.placeholderText()))
        elif isinstance(widget, QTabBar):
            found += [(kind, widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QComboBox):
            found += [(kind, widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found += model_texts(widget.model())
    return [(where, text) for where, text in found if text]


def model_texts(model) -> list[tuple[str, str]]:
    """Header titles and the first rows' display and tooltip texts of ``model``."""
    found = []
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model: one column, its columnCount is private in Qt
        columns = 1
    for column in range(columns):
        title = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(title, str):
            found.append(("header", title))
    for row in range(min(model.rowCount(QModelIndex()), ROWS_READ)):
        for column in range(columns):
            index = model.index(row, column)
            for role, where in ((Qt.ItemDataRole.DisplayRole, "cell"), (Qt.ItemDataRole.ToolTipRole, "cell tooltip")):
                value = model.data(index, role)
                if isinstance(value, str):
                    found.append((where, value))
    return found


def french_sources(language: str) -> set[str]:
    """French source texts never translated to themselves in ``language`` and not a
    ``language`` text either: seen on a ``language`` screen, they were left untranslated."""
    sources, kept = set(), set()
    for path in Path(resources_dir(), "i18n").glob(f"*_{language}.ts"):
        for message in ElementTree.parse(path).getroot().iter("message"):
            source, translation = message.findtext("source") or "", message.findtext("translation") or ""
            kept.add(translation)
            if translation == source:
                kept.add(source)
            elif translation and "{" not in source and len(source) > 3:
                sources.add(source)
    return sources - kept


def language_problems(texts: list[tuple[str, str]], language: str, sources: set[str]) -> list[str]:
    """Denied words anywhere; French left in a Dutch or English screen."""
    problems = []
    for where, text in texts:
        denied = INTERNAL.search(text) or (ENGLISH.search(text) if language != "en" else None)
        if denied:
            problems.append(f"{where}: '{denied.group(0)}' in {text[:100]!r}")
        if language != "fr" and not where.startswith("cell"):
            # French words in a Dutch sentence; English screens may quote Car-Pass's
            # French work list, so only whole untranslated texts count there
            if text in sources or (language == "nl" and FRENCH.search(text)):
                problems.append(f"{where}: French in {language}: {text[:100]!r}")
        elif language != "fr" and text in sources:
            problems.append(f"{where}: French in {language}: {text[:100]!r}")
    return problems
