"""A dialog asking a mandatory free-text reason (and, for a correction, the right km): OK
stays disabled until a reason is typed; the core checks everything again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.ui.i18n import tr

MAX_KM = 1_999_999


class ReasonDialog(QDialog):
    """``intro`` says what is confirmed; the reason is typed below it. With ``km`` given, a
    km field comes first (a correction), starting at that value. ``on_ok(dialog)`` does the
    work when OK is pressed; when it returns False (refused: the error was shown) the
    dialog stays open with what the clerk typed."""

    def __init__(self, title: str, intro: str, ok_text: str, parent: QWidget | None = None, km: int | None = None,
                 on_ok: Callable[[ReasonDialog], bool] | None = None):
        super().__init__(parent)
        self.on_ok = on_ok
        self.setWindowTitle(title)
        text = QLabel(intro)
        text.setWordWrap(True)
        self.km_edit: QSpinBox | None = None
        form = QFormLayout()
        if km is not None:
            self.km_edit = QSpinBox()
            self.km_edit.setRange(0, MAX_KM)
            self.km_edit.setGroupSeparatorShown(True)
            self.km_edit.setSuffix(" km")
            self.km_edit.setValue(km)
            form.addRow(tr("carpass", "Kilométrage correct :"), self.km_edit)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setPlaceholderText(tr("carpass", "Obligatoire : gardée dans l'historique avec votre nom"))
        self.reason_edit.setFixedHeight(80)
        form.addRow(tr("carpass", "Raison :"), self.reason_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.reason_edit.textChanged.connect(self._update)
        self._update()
        (self.km_edit or self.reason_edit).setFocus()
        self.resize(560, 300)

    def accept(self) -> None:
        """Run ``on_ok``; close only when it succeeded."""
        if self.on_ok is not None and not self.on_ok(self):
            return
        super().accept()

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.reason().strip()))

    def reason(self) -> str:
        """The typed reason."""
        return self.reason_edit.toPlainText()

    def km(self) -> int | None:
        """The typed km (None without a km field)."""
        return self.km_edit.value() if self.km_edit is not None else None
