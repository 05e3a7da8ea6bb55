"""Drafts of unsaved forms: kept on disk until the form is saved, offered back when it reopens.

A :class:`DraftKeeper` watches one form. Every few seconds (and when the crash handler
asks) it writes the values of the form's named input widgets to
``<data folder>/drafts/<key>.json``; when the same form opens again with a draft on disk it
asks the clerk whether to restore it. :meth:`DraftKeeper.clear` after a successful save (or
a deliberate cancel) deletes the draft. Password fields and read-only fields are never kept.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import weakref
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QObject, QSettings, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QTextEdit,
    QTimeEdit,
    QWidget,
)
from shiboken6 import isValid

from app.core.paths import user_data_dir
from app.core.timeutil import format_local, utcnow
from app.ui.i18n import tr

log = logging.getLogger(__name__)
INTERVAL_KEY = "drafts/interval_seconds"
DEFAULT_INTERVAL_SECONDS = 20
TYPING_DELAY_MS = 700  # a draft is written this long after the clerk stops typing
INPUT_TYPES = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QCheckBox, QRadioButton)
_keepers: weakref.WeakSet[DraftKeeper] = weakref.WeakSet()
# Drafts the clerk already chose to take back at start-up: restored without asking again.
_restore_without_asking: set[str] = set()


def drafts_dir() -> Path:
    """Where drafts are written (inside the user's data folder)."""
    folder = user_data_dir() / "drafts"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def draft_path(key: str) -> Path:
    """The file of ``key``'s draft: a readable slug plus a hash (keys may hold any character)."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "_", key).strip("._")[:60] or "draft"
    return drafts_dir() / f"{slug}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:10]}.json"


def waiting_drafts(login: str) -> list[dict[str, Any]]:
    """The drafts on disk of ``login`` (left by a crash or a power cut), oldest first."""
    found = []
    for path in sorted(drafts_dir().glob("*.json")):
        try:
            payload = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            log.warning("unreadable draft %s ignored", path)
            continue
        if isinstance(payload, dict) and str(payload.get("key", "")).startswith(f"{login}/"):
            found.append(payload)
    return sorted(found, key=lambda p: str(p.get("saved_at", "")))


def restore_without_asking(key: str) -> None:
    """The clerk chose to take back ``key``'s draft: the form restores it when it opens."""
    _restore_without_asking.add(key)


def discard_draft(key: str) -> None:
    """Delete ``key``'s draft."""
    draft_path(key).unlink(missing_ok=True)


def save_all_drafts() -> list[Path]:
    """Write the draft of every open form now (the crash handler calls this first)."""
    saved = []
    for keeper in list(_keepers):
        if not keeper.is_open():
            continue
        try:
            path = keeper.save_now()
        except Exception:  # one broken form must not stop the others being saved
            log.exception("could not save the draft %s", getattr(keeper, "key", "?"))
            continue
        if path is not None:
            saved.append(path)
    return saved


def _is_own_input(widget: QWidget, form: QWidget) -> bool:
    """True for a named, editable input that is not a part of another input (e.g. the line
    edit inside a spin box or an editable combo box)."""
    name = widget.objectName()
    if not name or name.startswith("qt_"):
        return False
    if isinstance(widget, QLineEdit) and (widget.echoMode() != QLineEdit.EchoMode.Normal or widget.isReadOnly()):
        return False
    if isinstance(widget, (QPlainTextEdit, QTextEdit, QAbstractSpinBox)) and widget.isReadOnly():
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not form:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return False
        parent = parent.parentWidget()
    return True


def read_value(widget: QWidget) -> Any:
    """The JSON-able value of one input widget."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        data = data if isinstance(data, (str, int, float, bool)) or data is None else None
        return {"text": widget.currentText(), "data": data, "index": widget.currentIndex()}
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        return widget.value()
    if isinstance(widget, QTimeEdit):
        return widget.time().toString(Qt.DateFormat.ISODateWithMs)
    if isinstance(widget, QDateEdit):
        return widget.date().toString(Qt.DateFormat.ISODate)
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime().toString(Qt.DateFormat.ISODateWithMs)
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    return None


def _connect_change(widget: QWidget, slot) -> None:
    """Call ``slot()`` whenever the clerk changes ``widget``'s value."""
    if isinstance(widget, QLineEdit):
        widget.textEdited.connect(slot)
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(slot)
        widget.editTextChanged.connect(slot)
    elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        widget.valueChanged.connect(slot)
    elif isinstance(widget, QDateTimeEdit):  # also QDateEdit and QTimeEdit
        widget.dateTimeChanged.connect(slot)
    elif isinstance(widget, QAbstractButton):
        widget.toggled.connect(slot)


def write_value(widget: QWidget, value: Any) -> None:
    """Put a value read by :func:`read_value` back into ``widget``."""
    if isinstance(widget, QLineEdit):
        widget.setText(str(value))
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        widget.setPlainText(str(value))
    elif isinstance(widget, QComboBox):
        index = widget.findData(value.get("data")) if value.get("data") is not None else -1
        if index < 0:
            index = widget.findText(value.get("text", ""))
        if index >= 0:
            widget.setCurrentIndex(index)
        elif widget.isEditable():
            widget.setEditText(value.get("text", ""))
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(value))
    elif isinstance(widget, QDoubleSpinBox):
        widget.setValue(float(value))
    elif isinstance(widget, QTimeEdit):
        widget.setTime(QTime.fromString(value, Qt.DateFormat.ISODateWithMs))
    elif isinstance(widget, QDateEdit):
        widget.setDate(QDate.fromString(value, Qt.DateFormat.ISODate))
    elif isinstance(widget, QDateTimeEdit):
        widget.setDateTime(QDateTime.fromString(value, Qt.DateFormat.ISODateWithMs))
    elif isinstance(widget, QAbstractButton):
        widget.setChecked(bool(value))


class DraftKeeper(QObject):
    """Keeps ``form``'s unsaved input in a draft file named after ``key``.

    ``key`` names the form *and* what it edits, including the user, e.g.
    ``f"{scope.login}/rental-contract/{contract_id or 'new'}"``, so a draft is only offered
    back to the same clerk on the same record. Create the keeper after the form shows the
    stored values: those are the baseline, and a form equal to its baseline has no draft.
    ``settings`` (the station's QSettings) may set ``drafts/interval_seconds``.
    With ``offer=True`` an existing draft is offered back as soon as the event loop runs.
    """

    restored = Signal()
    saved = Signal(str)

    def __init__(self, form: QWidget, key: str, settings: QSettings, *, offer: bool = True,
                 meta: dict[str, Any] | None = None):
        super().__init__(form)
        self.form = form
        self.key = key
        self.meta = dict(meta or {})
        self.path = draft_path(key)
        self.baseline = self.values()
        # Written shortly after the clerk stops typing, and every few seconds as well.
        self.typing_timer = QTimer(self, singleShot=True, interval=TYPING_DELAY_MS)
        self.typing_timer.timeout.connect(self._tick)
        for widget in self.inputs().values():
            _connect_change(widget, self.typing_timer.start)
        seconds = int(settings.value(INTERVAL_KEY, DEFAULT_INTERVAL_SECONDS) or DEFAULT_INTERVAL_SECONDS)
        self.timer = QTimer(self)
        self.timer.setInterval(max(1, seconds) * 1000)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        _keepers.add(self)
        if self.key in _restore_without_asking and self.path.exists():
            _restore_without_asking.discard(self.key)
            QTimer.singleShot(0, self, self.restore)
        elif offer and self.path.exists():
            QTimer.singleShot(0, self, self.offer_restore)

    def is_open(self) -> bool:
        """True while the form exists and its window is shown (a closed form keeps no draft)."""
        return isValid(self) and isValid(self.form) and self.form.window().isVisible()

    def _tick(self) -> None:
        if self.is_open():
            self.save_now()

    def inputs(self) -> dict[str, QWidget]:
        """The form's named input widgets by objectName."""
        found: dict[str, QWidget] = {}
        for widget in self.form.findChildren(QWidget):
            if isinstance(widget, INPUT_TYPES) and _is_own_input(widget, self.form):
                found.setdefault(widget.objectName(), widget)
        return found

    def values(self) -> dict[str, Any]:
        """The current value of every kept input."""
        return {name: read_value(widget) for name, widget in sorted(self.inputs().items())}

    def has_draft(self) -> bool:
        """True when a draft of this form waits on disk."""
        return self.path.exists()

    def save_now(self) -> Path | None:
        """Write the draft if the form differs from its baseline (delete it if not)."""
        values = self.values()
        if values == self.baseline:
            self.path.unlink(missing_ok=True)
            return None
        payload = {"key": self.key, "form": type(self.form).__name__, "saved_at": utcnow().isoformat(),
                   **self.meta, "values": values}
        temporary = self.path.with_suffix(".tmp")
        temporary.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(temporary, self.path)
        self.saved.emit(str(self.path))
        return self.path

    def load(self) -> dict[str, Any] | None:
        """The draft on disk (None if absent or unreadable)."""
        try:
            payload = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            log.warning("unreadable draft %s ignored", self.path)
            return None
        return payload if payload.get("key") == self.key else None

    def restore(self) -> int:
        """Put the draft's values into the form; return how many inputs were set."""
        payload = self.load()
        if payload is None:
            return 0
        inputs = self.inputs()
        count = 0
        for name, value in payload.get("values", {}).items():
            widget = inputs.get(name)
            if widget is not None and value is not None:
                try:
                    write_value(widget, value)
                    count += 1
                except (TypeError, ValueError, AttributeError):
                    log.warning("draft value of %s not restored", name)
        self.restored.emit()
        return count

    def offer_restore(self) -> bool:
        """Ask the clerk whether to restore the waiting draft; restore it or delete it."""
        payload = self.load()
        if payload is None or payload.get("values") == self.baseline:
            self.path.unlink(missing_ok=True)
            return False
        try:
            when = format_local(datetime.fromisoformat(payload["saved_at"]))
        except (KeyError, TypeError, ValueError):
            when = "?"
        answer = QMessageBox.question(
            self.form.window(), tr("drafts", "Saisie non enregistrée"),
            tr("drafts", "Une saisie non enregistrée de ce formulaire a été conservée le {when}.\n"
               "Voulez-vous la reprendre ?", when=when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            self.restore()
            return True
        self.clear()
        return False

    def clear(self) -> None:
        """The form was saved (or deliberately abandoned): delete the draft and take the
        current values as the new baseline."""
        self.typing_timer.stop()
        self.path.unlink(missing_ok=True)
        self.baseline = self.values()

    def rekey(self, key: str, **meta: Any) -> None:
        """The form now edits another record (a new one got its id when saved)."""
        self.path.unlink(missing_ok=True)
        self.key = key
        self.meta.update(meta)
        self.path = draft_path(key)

    def is_dirty(self) -> bool:
        """True when the form differs from its baseline (there is something to lose)."""
        return self.values() != self.baseline
