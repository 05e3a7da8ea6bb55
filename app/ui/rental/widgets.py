"""Small input widgets of the rental screens: optional numbers, decimals, local date-times, id combos."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateTimeEdit, QHBoxLayout, QLineEdit, QSpinBox, QWidget

from app.core.errors import ValidationError
from app.core.i18n import Message, msg
from app.core.numbers import NumberFormatError, parse_decimal
from app.core.timeutil import from_local, to_local, utcnow

DATETIME_FORMAT = "dd-MM-yyyy HH:mm"


class OptionalSpin(QSpinBox):
    """A whole number or nothing: the minimum shows ``—`` (or ``special``) and reads as None."""

    def __init__(self, maximum: int, parent=None, *, empty: int = -1, special: str = "—"):
        super().__init__(parent)
        self.empty = empty
        self.setRange(empty, maximum)
        self.setSpecialValueText(special)
        self.setValue(empty)

    def optional_value(self) -> int | None:
        """The number, or None when empty."""
        return None if self.value() == self.empty else self.value()

    def set_optional(self, value: int | None) -> None:
        """Show ``value`` (None = empty)."""
        self.setValue(self.empty if value is None else value)


class DecimalEdit(QLineEdit):
    """A decimal typed as Belgians do (``1 000,50``, ``1.000,50``, ``1000.50``), read by the
    core's one parser; never a float. A required field left blank is refused, never 0."""

    def __init__(self, field: str, label: Message, parent=None, *, optional: bool = False, places: int = 2,
                 blank_value: Decimal | None = None):
        super().__init__(parent)
        self.field, self.label, self.optional, self.places = field, label, optional, places
        self.blank_value = blank_value
        if blank_value is not None:  # blank is shown as what it means (a discount of 0)
            self.setPlaceholderText(format(blank_value, "f").replace(".", ","))
        elif not optional:
            self.setText("0")  # a required number starts at a visible 0; emptied, it is refused

    def decimal(self) -> Decimal | None:
        """The typed number (None when optional and empty); ValidationError otherwise."""
        text = self.text().strip()
        if not text:
            if self.blank_value is not None:
                return self.blank_value
            if self.optional:
                return None
            raise ValidationError(self.field, msg("validation", "obligatoire"), field_label=self.label)
        try:
            return parse_decimal(text, places=self.places)
        except NumberFormatError as exc:
            raise ValidationError(self.field, exc.reason, field_label=self.label) from None

    def set_decimal(self, value: Decimal | None) -> None:
        """Show ``value`` with a comma."""
        self.setText("" if value is None else format(value.normalize(), "f").replace(".", ","))


class LocalDateTimeEdit(QDateTimeEdit):
    """Edits an aware UTC instant as Brussels wall-clock time."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(DATETIME_FORMAT)

    def instant(self) -> datetime:
        """The aware UTC instant shown."""
        return from_local(self.dateTime().toPython().replace(second=0, microsecond=0))

    def set_instant(self, value: datetime) -> None:
        """Show ``value`` in Brussels time."""
        self.setDateTime(QDateTime(to_local(value).replace(tzinfo=None)))


class OptionalDateTime(QWidget):
    """A check box "entered" plus a date-time: None while unchecked."""

    changed = Signal()

    def __init__(self, text: str, parent=None):
        super().__init__(parent)
        self.check = QCheckBox(text)
        self.edit = LocalDateTimeEdit()
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self._ticked)
        self.check.toggled.connect(self.changed)
        self.edit.dateTimeChanged.connect(self.changed)

    def _ticked(self, checked: bool) -> None:
        """Ticked by the clerk: the car leaves or comes back now (never later than now)."""
        if checked and not self.signalsBlocked() and self.edit.instant() > utcnow():
            self.edit.set_instant(utcnow())

    def instant(self) -> datetime | None:
        """The instant, or None when not entered."""
        return self.edit.instant() if self.check.isChecked() else None

    def set_instant(self, value: datetime | None, fallback: datetime) -> None:
        """Show ``value``; when None, uncheck and preset ``fallback``."""
        self.check.setChecked(value is not None)
        self.edit.set_instant(value or fallback)


class IdCombo(QComboBox):
    """A combo of (text, id) items, with an optional empty first item."""

    def __init__(self, empty_text: str | None = None, parent=None):
        super().__init__(parent)
        self.empty_text = empty_text

    def set_items(self, items: list[tuple[str, object]], keep: object = None) -> None:
        """Replace the items, keeping the current id (or ``keep``) selected when present."""
        current = self.current_id() if keep is None else keep
        self.blockSignals(True)
        self.clear()
        if self.empty_text is not None:
            self.addItem(self.empty_text, None)
        for text, item_id in items:
            self.addItem(text, item_id)
        self.blockSignals(False)
        self.set_id(current)

    def current_id(self):
        """The id of the selected item (None for the empty item)."""
        return self.currentData()

    def set_id(self, item_id) -> None:
        """Select the item with ``item_id`` (the empty one when absent)."""
        index = self.findData(item_id) if item_id is not None else -1
        if index < 0:
            index = 0 if self.empty_text is not None or self.count() == 0 else -1
        self.setCurrentIndex(index)
