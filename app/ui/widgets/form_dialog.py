"""The one Save/Cancel form dialog: the core call's refusal is shown under the form and the
dialog stays open with the clerk's input; it closes only once the save succeeded.
Ctrl+S and F10 save; a form of a module (it has ``self.context``) keeps a draft of its
unsaved input and asks before Cancel drops it (see app/ui/widgets/editing.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLayout, QVBoxLayout, QWidget

from app.core.errors import AtelierError
from app.ui.app_context import AppContext
from app.ui.i18n import error_text
from app.ui.widgets.editing import FormEditing, add_save_shortcuts


def form_layout(rows: Sequence[tuple[str, QWidget]]) -> QFormLayout:
    """A form layout of (label, widget) rows."""
    form = QFormLayout()
    for label, widget in rows:
        form.addRow(label, widget)
    return form


class FormDialog(QDialog):
    """A form with Save/Cancel. Give ``submit`` (a callable) or override :meth:`submit`;
    whatever it returns is kept in :attr:`result_info`. A subclass that sets ``context``
    (and ``info``, the record it edits, with an ``id``) before calling this constructor
    gets a draft kept under its class name."""

    def __init__(self, title: str, body: QWidget | QLayout, submit: Callable[[], object] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self._submit = submit
        self.result_info = None
        self.error_label = QLabel()
        self.error_label.setObjectName("form_error")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if isinstance(body, QLayout):
            layout.addLayout(body)
        else:
            layout.addWidget(body)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.editing: FormEditing | None = None
        context = getattr(self, "context", None)
        if isinstance(context, AppContext):
            record = getattr(getattr(self, "info", None), "id", None)
            self.editing = FormEditing(self, context, type(self).__name__, record, self.try_save)
        else:
            add_save_shortcuts(self, self.try_save)

    def submit(self) -> object:
        """Run the save through the core and return what it saved."""
        if self._submit is None:
            raise NotImplementedError
        return self._submit()

    def try_save(self) -> None:
        """Save, or show the refusal under the form and stay open."""
        try:
            self.result_info = self.submit()
        except AtelierError as exc:
            self.error_label.setText(error_text(exc))
            return
        if self.editing is not None:
            self.editing.saved()
        self.accept()

    def reject(self) -> None:
        """Cancel: asks first when the clerk's input would be lost."""
        if self.editing is None or self.editing.confirm_discard():
            super().reject()
