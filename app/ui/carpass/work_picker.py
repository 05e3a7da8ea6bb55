""""Travaux effectués": the site's Car-Pass standard list of work, grouped by main category,
searchable from the keyboard (accents and case ignored), several descriptors ticked."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.core.carpass.work_description import Catalogue, Descriptor
from app.core.timeutil import format_local
from app.ui.i18n import tr

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
ERROR_STYLE = "color: #b00020;"
NOTE_STYLE = "color: #555555;"


def folded(text: str) -> str:
    """``text`` lower-case without accents, for searching (« electricite » finds « Électricité »)."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


class _SearchProxy(QSortFilterProxyModel):
    """Keeps descriptors whose label, code or category match every word typed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.words: list[str] = []
        self.setRecursiveFilteringEnabled(True)

    def set_search(self, text: str) -> None:
        """Filter on the words of ``text``."""
        if hasattr(self, "endFilterChange"):  # Qt 6.10+: invalidateFilter() is deprecated
            self.beginFilterChange()
            self.words = folded(text).split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.words = folded(text).split()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        if not self.words:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        haystack = index.data(SEARCH_ROLE) or ""
        if source_parent.isValid():  # a descriptor: its category's words count too
            haystack += " " + (source_parent.data(SEARCH_ROLE) or "")
        return all(word in haystack for word in self.words)


class WorkPicker(QWidget):
    """Choose the descriptors of a dossier's work; :meth:`codes` gives them in the order
    chosen (codes the list does not show any more are kept as they were)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._chosen: list[str] = []
        self._descriptors: dict[str, Descriptor] = {}
        self._filling = False
        self.search = QLineEdit()
        self.search.setObjectName("work_search")
        self.search.setPlaceholderText(tr("carpass", "Rechercher un travail (Ctrl+K)…"))
        self.search.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.proxy = _SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView()
        self.tree.setObjectName("work_tree")
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setMinimumHeight(220)
        self.summary = QLabel()
        self.summary.setObjectName("work_summary")
        self.summary.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("work_note")
        self.note.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("error_activities")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.clear_button = QPushButton(tr("carpass", "Tout décocher"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.error)
        layout.addWidget(self.note)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.toggle_first_match)
        self.model.itemChanged.connect(self._item_changed)
        self.clear_button.clicked.connect(lambda: self.set_codes([]))
        QShortcut(QKeySequence("Ctrl+K"), self, activated=self.focus_search,
                  context=Qt.ShortcutContext.WindowShortcut)
        self.search.installEventFilter(self)
        self._show_summary()

    # -- content -----------------------------------------------------------------------
    def set_catalogue(self, catalogue: Catalogue, chosen: Sequence[str] | None = None) -> None:
        """Show ``catalogue`` with ``chosen`` ticked (None: keep the current choice)."""
        if chosen is not None:
            self._chosen = list(dict.fromkeys(chosen))
        self._descriptors = dict(catalogue.by_code)
        self._filling = True
        self.model.clear()
        bold = QFont()
        bold.setBold(True)
        for category in catalogue.categories:
            parent = QStandardItem(category.label or tr("carpass", "(sans catégorie)"))
            parent.setFont(bold)
            parent.setEditable(False)
            parent.setSelectable(False)
            parent.setData(folded(category.label), SEARCH_ROLE)
            for item in category.descriptors:
                label = item.label if item.active else tr("carpass", "{label} (retiré de la liste Car-Pass)",
                                                          label=item.label)
                child = QStandardItem(label)
                child.setEditable(False)
                child.setCheckable(True)
                child.setCheckState(Qt.CheckState.Checked if item.code in self._chosen else Qt.CheckState.Unchecked)
                child.setData(item.code, CODE_ROLE)
                child.setData(folded(f"{item.label} {item.code}"), SEARCH_ROLE)
                child.setToolTip(item.code)
                if not item.active:
                    child.setForeground(Qt.GlobalColor.darkGray)
                parent.appendRow(child)
            self.model.appendRow(parent)
        self._filling = False
        self.tree.expandAll()
        if catalogue.empty:
            self.set_note(tr("carpass", "La liste des travaux Car-Pass n'est pas encore chargée pour ce site : un "
                                        "administrateur doit tester la connexion (onglet Paramètres Car-Pass)."), True)
        elif catalogue.fetched_at is not None:
            self.set_note(tr("carpass", "Liste Car-Pass reçue le {when}.", when=format_local(catalogue.fetched_at)))
        self._show_summary()

    def codes(self) -> list[str]:
        """The chosen codes, in the order they were ticked."""
        return list(self._chosen)

    def set_codes(self, codes: Sequence[str]) -> None:
        """Tick exactly ``codes``."""
        self._chosen = list(dict.fromkeys(codes))
        self._filling = True
        for item in self._leaves():
            item.setCheckState(Qt.CheckState.Checked if item.data(CODE_ROLE) in self._chosen
                               else Qt.CheckState.Unchecked)
        self._filling = False
        self._show_summary()
        self.changed.emit()

    def set_note(self, text: str, error: bool = False) -> None:
        """A line under the list: when it was received, or why it is missing."""
        self.note.setText(text)
        self.note.setStyleSheet(ERROR_STYLE if error else NOTE_STYLE)

    def show_error(self, text: str) -> None:
        """Show a refusal of the chosen codes (empty text hides it)."""
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # -- keyboard ----------------------------------------------------------------------
    def focus_search(self) -> None:
        """Ctrl+K: put the cursor in the search box."""
        self.search.setFocus()
        self.search.selectAll()

    def toggle_first_match(self) -> None:
        """Enter in the search box ticks (or unticks) the first descriptor shown."""
        leaf = self._first_visible_leaf()
        if leaf.isValid():
            item = self.model.itemFromIndex(self.proxy.mapToSource(leaf))
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            self.search.selectAll()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        """Down arrow from the search box goes into the list (Space ticks there); Escape
        empties the search before it closes the dialog."""
        if watched is self.search and event.type() == event.Type.KeyPress:
            if event.key() == Qt.Key.Key_Down:
                leaf = self._first_visible_leaf()
                if leaf.isValid():
                    self.tree.setFocus()
                    self.tree.setCurrentIndex(leaf)
                return True
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(watched, event)

    # -- internals ---------------------------------------------------------------------
    def _leaves(self) -> list[QStandardItem]:
        root = self.model.invisibleRootItem()
        return [root.child(c).child(r) for c in range(root.rowCount()) for r in range(root.child(c).rowCount())]

    def _first_visible_leaf(self) -> QModelIndex:
        for row in range(self.proxy.rowCount()):
            category = self.proxy.index(row, 0)
            if self.proxy.rowCount(category):
                return self.proxy.index(0, 0, category)
        return QModelIndex()

    def _filter(self, text: str) -> None:
        self.proxy.set_search(text)
        self.tree.expandAll()

    def _item_changed(self, item: QStandardItem) -> None:
        code = item.data(CODE_ROLE)
        if self._filling or code is None:
            return
        if item.checkState() == Qt.CheckState.Checked and code not in self._chosen:
            self._chosen.append(code)
        elif item.checkState() != Qt.CheckState.Checked and code in self._chosen:
            self._chosen.remove(code)
        self.show_error("")
        self._show_summary()
        self.changed.emit()

    def _show_summary(self) -> None:
        if not self._chosen:
            self.summary.setText(tr("carpass", "Aucun travail choisi : la ligne Car-Pass restera orange."))
            return
        labels = [self._descriptors[c].label if c in self._descriptors else c for c in self._chosen]
        self.summary.setText(tr("carpass", "{n} travail(aux) choisi(s) : {labels}", n=len(labels),
                                labels=" ; ".join(labels)))
