"""The one Save/Cancel form dialog: the core call's refusal is shown under the form and the
dialog stays open with the clerk's input; it closes only once the save succeeded."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLayout, QVBoxLayout, QWidget

from app.core.errors import AtelierError
from app.ui.i18n import error_text


def form_layout(rows: Sequence[tuple[str, QWidget]]) -> QFormLayout:
    """A form layout of (label, widget) rows."""
    form = QFormLayout()
    for label, widget in rows:
        form.addRow(label, widget)
    return form


class FormDialog(QDialog):
    """A form with Save/Cancel. Give ``submit`` (a callable) or override :meth:`submit`;
    whatever it returns is kept in :attr:`result_info`."""

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
        self.accept()
