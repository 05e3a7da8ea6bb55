"""Measures what a clerk cannot read: widgets whose text is cut at the window's size.

Used by the 1024×700 layout tests. Each probe compares the width the text needs
(``fontMetrics().horizontalAdvance``) with the width the widget has on screen.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTabBar,
    QToolButton,
    QWidget,
)

SCREEN_WIDTH, SCREEN_HEIGHT = 1024, 700
_TAGS = re.compile(r"<[^>]+>")
# Padding Qt styles put around a header section's text (margins plus sort indicator room).
HEADER_PADDING = 8


def _visible(widget: QWidget) -> bool:
    return widget.isVisibleTo(widget.window()) and widget.width() > 0


def _plain(text: str) -> str:
    return _TAGS.sub("", text.replace("&&", "\x00").replace("&", "").replace("\x00", "&"))


def _label_cut(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + 1:
            return f"wrapped label needs {needed}px height, has {label.height()}"
        # a single word longer than the width is cut even when wrapping
        words = _plain(text).split()
        longest = max((label.fontMetrics().horizontalAdvance(w) for w in words), default=0)
        if longest > label.contentsRect().width() - 2 * label.margin() + 1:
            return f"word of {longest}px in {label.contentsRect().width()}px"
        return None
    lines = [_plain(line) for line in re.split(r"<br\s*/?>|\n", text)]
    needed = max(label.fontMetrics().horizontalAdvance(line) for line in lines)
    available = label.contentsRect().width() - 2 * label.margin() - 2 * label.indent() * (label.indent() > 0)
    if needed > available + 1:
        return f"needs {needed}px, has {available}"
    return None


def _button_cut(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    hint = button.sizeHint().width()
    if isinstance(button, (QCheckBox, QRadioButton)):
        hint = button.minimumSizeHint().width()
    if hint > button.width() + 1:
        return f"needs {hint}px, has {button.width()}"
    return None


def _header_cuts(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None:
        return []
    cuts = []
    metrics = header.fontMetrics()
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        lines = str(text).split("\n")
        needed = max(metrics.horizontalAdvance(line) for line in lines) + HEADER_PADDING
        size = header.sectionSize(section)
        if header.orientation() == Qt.Orientation.Horizontal and needed > size + 1:
            cuts.append(f"header '{text}': needs {needed}px, has {size}")
    return cuts


def _tab_cuts(bar: QTabBar) -> list[str]:
    cuts = []
    for index in range(bar.count()):
        text = _plain(bar.tabText(index))
        needed = bar.fontMetrics().horizontalAdvance(text)
        if needed > bar.tabRect(index).width() - 4:
            cuts.append(f"tab '{text}': needs {needed}px, has {bar.tabRect(index).width()}")
    return cuts


def cut_texts(root: QWidget) -> list[str]:
    """Descriptions of every visible text under ``root`` that does not fit its widget."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _visible(widget):
            continue
        name = f"{type(widget).__name__}({widget.objectName() or ''})"
        if isinstance(widget, QLabel):
            cut = _label_cut(widget)
            if cut:
                found.append(f"{name} '{_plain(widget.text())[:60]}': {cut}")
        elif isinstance(widget, (QPushButton, QCheckBox, QRadioButton, QToolButton)):
            if isinstance(widget, QToolButton) and widget.parent() is not None \
                    and isinstance(widget.parent(), QTabBar):
                continue  # the tab bar's scroll arrows
            cut = _button_cut(widget)
            if cut:
                found.append(f"{name} '{_plain(widget.text())}': {cut}")
        elif isinstance(widget, QGroupBox) and widget.title():
            needed = widget.fontMetrics().horizontalAdvance(_plain(widget.title())) + 16
            if needed > widget.width():
                found.append(f"{name} '{widget.title()}': needs {needed}px, has {widget.width()}")
        elif isinstance(widget, QHeaderView):
            found += [f"{name} of {type(widget.parent()).__name__}: {cut}" for cut in _header_cuts(widget)]
        elif isinstance(widget, QTabBar):
            found += [f"{name}: {cut}" for cut in _tab_cuts(widget)]
        elif isinstance(widget, QComboBox) and widget.currentText():
            needed = widget.minimumSizeHint().width()
            if widget.sizeAdjustPolicy() != QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon \
                    and widget.sizeHint().width() > widget.width() + 1:
                found.append(f"{name} '{widget.currentText()}': needs {widget.sizeHint().width()}px, "
                             f"has {widget.width()} (min {needed})")
    return found


def too_large(widget: QWidget) -> str | None:
    """Why ``widget`` (a window or dialog) cannot be shown on a 1024×700 screen, if it cannot."""
    hint = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    if hint.width() > SCREEN_WIDTH or hint.height() > SCREEN_HEIGHT:
        return f"{type(widget).__name__} needs at least {hint.width()}×{hint.height()}"
    return None


def item_views(root: QWidget) -> list[QAbstractItemView]:
    """The visible item views under ``root``."""
    return [view for view in root.findChildren(QAbstractItemView) if _visible(view)]
