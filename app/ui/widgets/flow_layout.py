"""A row of buttons that wraps onto a second line when the window is narrow.

A plain QHBoxLayout of eight buttons asks for their summed width: in Dutch that pushed the
main window past a 1024-pixel screen. This layout places its items left to right and
starts a new line when the next one does not fit (Qt's "flow layout" example), so its
minimum width is that of its widest item.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem


class FlowLayout(QLayout):
    """Items left to right, wrapping to the next line; a stretch pushes what follows right
    on its line (see :meth:`addStretch`)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._breaks: set[int] = set()  # item indexes after which the line's rest goes right
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        """Append a layout item (Qt calls this)."""
        self._items.append(item)

    def addWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt's name
        """Append ``widget`` to the flow."""
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))

    def addStretch(self, _stretch: int = 1) -> None:  # noqa: N802 - Qt's name
        """Put the items added after this at the right end of their line when they fit on
        the same line as those before."""
        self._breaks.add(len(self._items))

    def count(self) -> int:
        """How many items the flow holds."""
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        """The item at ``index`` (None past the end)."""
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        """Remove and return the item at ``index``."""
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        """The flow never asks for more room than its lines need."""
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        """The height depends on the width: narrower means more lines."""
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        """The height the lines take at ``width``."""
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        """Place the items in ``rect``, line by line."""
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Every item on one line."""
        width = sum(item.sizeHint().width() for item in self._visible()) + self.spacing() * max(
            len(self._visible()) - 1, 0)
        height = max((item.sizeHint().height() for item in self._visible()), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        """The widest item: the flow wraps everything else."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize().expandedTo(item.sizeHint()))
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _lines(self, width: int) -> list[list[tuple[int, QLayoutItem]]]:
        lines: list[list[tuple[int, QLayoutItem]]] = [[]]
        used = 0
        for index, item in enumerate(self._items):
            if item.isEmpty():
                continue
            item_width = item.sizeHint().width()
            if lines[-1] and used + self.spacing() + item_width > width:
                lines.append([])
                used = 0
            used += (self.spacing() if lines[-1] else 0) + item_width
            lines[-1].append((index, item))
        return lines

    def _place(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        y = area.y()
        for line in self._lines(area.width()):
            if not line:
                continue
            height = max(item.sizeHint().height() for _, item in line)
            if move:
                # items after a stretch go to the right end of the line
                split = next((n for n, (index, _) in enumerate(line) if index >= min(self._breaks, default=1 << 30)
                              and n > 0), len(line))
                x = area.x()
                for _, item in line[:split]:
                    item.setGeometry(QRect(QPoint(x, y), item.sizeHint()))
                    x += item.sizeHint().width() + self.spacing()
                x = area.right() + 1
                for _, item in reversed(line[split:]):
                    x -= item.sizeHint().width()
                    item.setGeometry(QRect(QPoint(x, y), item.sizeHint()))
                    x -= self.spacing()
            y += height + self.spacing()
        return y - self.spacing() - rect.y() + margins.bottom()
