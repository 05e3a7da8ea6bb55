"""What every editing form shares: Ctrl+S and F10 save, a draft of the unsaved input, and a
question before the clerk's input is dropped.

A form creates one :class:`FormEditing` and tells it when a save succeeded::

    self.editing = FormEditing(self, context, "carpass-dossier", dossier_id, self.save)
    ...
    def save(self):
        ...                                  # the core call succeeded
        self.editing.saved(result.id)
    def reject(self):
        if self.editing.confirm_discard():
            super().reject()

The draft keeper is created when the form is first shown (the form then shows the stored
values: the baseline); its key names the user, the kind of form and the record, so a draft
is only offered back to the same clerk on the same record (see
docs/decisions/delivery-logs-crashes-drafts.md).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QWidget

from app.ui.app_context import AppContext
from app.ui.i18n import tr
from app.ui.widgets.drafts import INPUT_TYPES, DraftKeeper


def add_save_shortcuts(widget: QWidget, save: Callable[[], object],
                       context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut) -> list[QShortcut]:
    """Ctrl+S and F10 call ``save()`` while ``widget``'s window (or, with
    ``WidgetWithChildrenShortcut``, the widget) has the focus."""
    keys = (QKeySequence(QKeySequence.StandardKey.Save), QKeySequence(Qt.Key.Key_F10))
    return [QShortcut(sequence, widget, activated=lambda: save(), context=context) for sequence in keys]


def name_inputs(root: QWidget) -> None:
    """Give each unnamed input held in an attribute of ``root`` that attribute's name, and
    each one held by a widget in an attribute of ``root`` ``holder.attribute``, so that
    drafts can find it again."""
    holders: list[tuple[str, object]] = [("", root)] + [
        (f"{name}.", value) for name, value in vars(root).items() if isinstance(value, QWidget)]
    for prefix, holder in holders:
        for attribute, value in list(vars(holder).items()):
            if isinstance(value, INPUT_TYPES) and not value.objectName():
                value.setObjectName(prefix + attribute)


def draft_key(context: AppContext, kind: str, record: object | None) -> str:
    """``login/kind/record`` (``new`` for a record not saved yet)."""
    return f"{context.scope.login}/{kind}/{'new' if record is None else record}"


class FormEditing(QObject):
    """Save shortcuts, draft and discard question for one editing form ``widget``.

    ``kind`` names the form for the start-up offer (``app.ui.modules.DRAFT_OPENERS`` knows
    how to reopen it); ``record`` is what it edits (None: a new one). ``form`` is the part
    of ``widget`` whose inputs are kept (default: all of it). ``restored`` fires after a
    draft was put back into the form.
    """

    restored = Signal()

    def __init__(self, widget: QWidget, context: AppContext, kind: str, record: object | None,
                 save: Callable[[], object], *, form: QWidget | None = None,
                 shortcut_context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
                 wait_for_load: bool = False):
        super().__init__(widget)
        self.widget = widget
        self.form = form or widget
        self.context = context
        self.kind = kind
        self.record = record
        self.keeper: DraftKeeper | None = None
        self._closed_by_program = False
        self._waiting_for_load = wait_for_load  # a form filled later keeps drafts from then on
        self.shortcuts = add_save_shortcuts(widget, save, shortcut_context)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Start keeping drafts when the form is first shown; note whether a close comes from
        the clerk or from the program (the window or the application closing)."""
        if watched is self.widget:
            if event.type() == QEvent.Type.Show:
                self._closed_by_program = False
                if self.keeper is None and not self._waiting_for_load:
                    self.start_keeping()
            elif event.type() == QEvent.Type.Close:
                self._closed_by_program = not event.spontaneous()
        return False

    def start_keeping(self) -> DraftKeeper:
        """Take the form's current values as the baseline and keep drafts from now on (an
        existing draft is offered back)."""
        if self.keeper is None:
            name_inputs(self.form)
            self.keeper = DraftKeeper(self.form, draft_key(self.context, self.kind, self.record),
                                      self.context.settings, meta=self._meta())
            self.keeper.restored.connect(self.restored)
        return self.keeper

    def loaded(self) -> None:
        """A form built with ``wait_for_load`` now shows its record: keep drafts from these
        values on (its draft, if a crash left one, is offered back over them)."""
        if self._waiting_for_load:
            self._waiting_for_load = False
            if self.widget.isVisible() and self.keeper is None:
                self.start_keeping()

    def _meta(self) -> dict[str, Any]:
        return {"kind": self.kind, "record": self.record, "title": self.widget.window().windowTitle()}

    def saved(self, record: object | None = None) -> None:
        """The form was saved: delete the draft; ``record`` is the id a new record got."""
        if record is not None and record != self.record:
            self.record = record
            if self.keeper is not None:
                self.keeper.rekey(draft_key(self.context, self.kind, record), **self._meta())
        if self.keeper is not None:
            self.keeper.meta["title"] = self.widget.window().windowTitle()
            self.keeper.clear()

    def saved_part(self, part: QWidget) -> None:
        """One part of the form (a page) was saved: its inputs take their stored values as
        baseline, the others keep theirs; the draft then holds only the other parts' input."""
        if self.keeper is None:
            return
        current = self.keeper.values()
        inside = {name for name, widget in self.keeper.inputs().items() if part.isAncestorOf(widget)}
        self.keeper.baseline = {name: current[name] if name in inside else self.keeper.baseline.get(name)
                                for name in current}
        self.keeper.save_now()

    def is_dirty(self) -> bool:
        """True when the clerk typed something not saved yet."""
        return self.keeper is not None and self.keeper.is_dirty()

    def confirm_discard(self) -> bool:
        """Before closing: True when nothing is unsaved or the clerk agrees to drop it (the
        draft is then deleted). Closed by the program (the application quits, the clerk logs
        out) the form closes without asking and its draft stays for the next start."""
        if self._closed_by_program:
            self._closed_by_program = False
            if self.keeper is not None and self.is_dirty():
                self.keeper.save_now()
            return True
        if self.is_dirty():
            answer = QMessageBox.question(
                self.widget, tr("drafts", "Saisie non enregistrée"),
                tr("drafts", "Vos modifications ne sont pas enregistrées. Les abandonner ?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return False
        if self.keeper is not None:
            self.keeper.clear()
        return True
