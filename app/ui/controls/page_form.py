"""One VZSHE page laid out like its terminal screen: label, input of the field's width,
allowed values beside it, the reason under an invalid input. Built once, then switched.

Switching pages must fit in one frame, and Qt's cost is per widget laid out and painted:
a row is its label, its input(s) and its allowed values, nothing more. Colours come from
palettes, not per-widget style sheets (one style sheet puts the widget, and what it
paints, on Qt's much slower style-sheet style); the label of a reason is only created
the first time the field has one to show.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontDatabase, QPalette
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from app.core.controls.catalogue import Catalogue, FieldDef, PageDef
from app.core.controls.cross_field_rules import check_rules
from app.core.controls.field_validators import describe_allowed, display_value, validate_slot
from app.core.errors import ValidationError
from app.ui.i18n import render, tr

ERROR_STYLE = "color: #b00020;"
INVALID_INPUT = "QLineEdit { border: 1px solid #b00020; background: #fff0f0; }"
INPUT_WIDTHS = {"date": 10, "day_month": 5}
ERROR_COLOR = QColor("#b00020")
WARNING_COLOR = QColor("#8a5a00")
ALLOWED_COLOR = QColor("#555555")


VEHICLE_TYPES = ("N", "V", "G", "A")
LABEL_WIDTH = 280  # pixels: the labels column; longer labels wrap


def fix_wrapped_size(label: QLabel, width: int) -> None:
    """Wrap ``label``'s text at ``width`` once and fix its size.

    A word-wrapped label asks the layout for height-for-width: every time its page is
    shown, the grid (and its scroll area, twice when the scroll bar comes and goes)
    would re-measure and re-break every label. The labels column has a fixed width, so
    the height is computed here once and the layout sees a fixed-size widget.
    """
    label.setWordWrap(True)
    label.setFixedSize(width, label.heightForWidth(width))
    policy = label.sizePolicy()
    policy.setHeightForWidth(False)
    label.setSizePolicy(policy)


def set_text_color(widget: QWidget, color: QColor) -> None:
    """Draw ``widget``'s text in ``color`` (a palette: no style sheet on the widget)."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, color)
    widget.setPalette(palette)


def suffix_meaning(suffix: str) -> str:
    """What a repeat suffix stands for: the manual's vehicle types N, V, G, A, or a limit."""
    return {
        "N": tr("controls", "N : véhicules neufs"),
        "V": tr("controls", "V : véhicules de démonstration"),
        "G": tr("controls", "G : véhicules d'occasion"),
        "A": tr("controls", "A : véhicules d'agence"),
        "lower": tr("controls", "Limite inférieure"),
        "upper": tr("controls", "Limite supérieure"),
    }.get(suffix, suffix)


def vehicle_type_legend() -> str:
    """One line explaining N, V, G and A for the pages that use them."""
    return tr("controls", "N : neuf · V : démonstration · G : occasion · A : agence")


class FieldEdit(QLineEdit):
    """An input of the form: Enter moves to the next input of the page, like the terminal form."""

    def __init__(self, form: PageForm):
        super().__init__()
        self.form = form

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.form.focus_next(self)
            return
        super().keyPressEvent(event)


class PageForm(QWidget):
    """Inputs of one page keyed by value key; validates as the clerk types.

    Listeners registered with :meth:`on_change` are plain callbacks rather than a Qt
    signal: emitting a Python-defined signal leaks a reference to ``True`` with
    PySide6 6.12 on CPython 3.11, and this one fires on every keystroke.
    """

    def __init__(self, catalogue: Catalogue, page: PageDef, editable: bool, parent=None):
        super().__init__(parent)
        self._listeners: list[Callable[[], None]] = []
        self.context_values: Callable[[], Mapping[str, str]] = lambda: {}
        self.catalogue = catalogue
        self.page = page
        self.editable = editable
        self.inputs: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}  # created on the first reason of their field
        self._error_places: dict[str, tuple[list[str], tuple[int, int, int, int]]] = {}
        self.field_rows: dict[str, QWidget] = {}
        self.stored: dict[str, str] = {}
        self.version = 0
        self.invalid: dict[str, str] = {}
        self.warnings: dict[str, str] = {}
        self._shown: dict[str, tuple[str, str]] = {}
        self._font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        grid_host = QWidget()
        self.grid = QGridLayout(grid_host)
        self.grid.setColumnStretch(3, 1)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(2)
        row = 0
        for definition in page.fields:
            row = self._add_field(definition, row)
        self.grid.setRowStretch(row, 1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(grid_host)
        self.extra = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(self.extra)
        if any(set(definition.repeat or ()) & set(VEHICLE_TYPES) for definition in page.fields):
            self.vehicle_legend = QLabel(vehicle_type_legend())
            self.vehicle_legend.setObjectName("vehicle_type_legend")
            self.vehicle_legend.setWordWrap(True)
            set_text_color(self.vehicle_legend, ALLOWED_COLOR)
            self.extra.addWidget(self.vehicle_legend)

    def on_change(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` after every edit and every load."""
        self._listeners.append(callback)

    def _notify(self) -> None:
        for callback in self._listeners:
            callback()

    # --- building -------------------------------------------------------------------------

    def _line_edit(self, key: str, definition: FieldDef) -> QLineEdit:
        edit = FieldEdit(self)
        edit.setObjectName(f"input_{key}")
        edit.setProperty("value_key", key)
        edit.setFont(self._font)
        width = INPUT_WIDTHS.get(definition.type) or definition.length or 10
        if definition.type in ("choice", "integer", "text") and definition.length:
            edit.setMaxLength(max(definition.length, 1) + (1 if definition.type == "integer" else 0))
        edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("0") * (width + 2) + 12)
        edit.setReadOnly(not self.editable)
        edit.textEdited.connect(lambda _text, k=key: self._edited(k))
        self.inputs[key] = edit
        return edit

    def _reserve_errors(self, keys: list[str], place: tuple[int, int, int, int]) -> None:
        """Where the reasons of ``keys`` go (grid row, column, spans) once there is one."""
        for key in keys:
            self._error_places[key] = (keys, place)

    def _error_label(self, key: str) -> QLabel:
        """The reason label of ``key``, created with those of its neighbours on first use."""
        if key not in self.errors:
            keys, (row, column, rows, columns) = self._error_places[key]
            box = QVBoxLayout()
            for neighbour in keys:
                label = QLabel()
                label.setObjectName(f"error_{neighbour}")
                label.setWordWrap(True)
                label.hide()
                box.addWidget(label)
                self.errors[neighbour] = label
            self.grid.addLayout(box, row, column, rows, columns)
        return self.errors[key]

    def _add_field(self, definition: FieldDef, row: int) -> int:
        label = QLabel(render(definition.label))
        fix_wrapped_size(label, LABEL_WIDTH)
        label.setToolTip(render(definition.help) or render(definition.label))
        self.grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
        self.field_rows[definition.key] = label
        if definition.type == "table":
            return self._add_table(definition, row + 1)
        keys = definition.value_keys()
        if definition.repeat:
            box = QWidget()
            line = QHBoxLayout(box)
            line.setContentsMargins(0, 0, 0, 0)
            for key in keys:
                suffix = key.rsplit(".", 1)[1]
                caption = QLabel(self._suffix_text(suffix))
                edit = self._line_edit(key, definition)
                caption.setToolTip(suffix_meaning(suffix))
                edit.setToolTip(suffix_meaning(suffix))
                line.addWidget(caption)
                line.addWidget(edit)
            line.addStretch(1)
            self.grid.addWidget(box, row, 1)
        else:
            [key] = keys
            self.grid.addWidget(self._line_edit(key, definition), row, 1,
                                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        allowed = QLabel(render(describe_allowed(definition)))
        set_text_color(allowed, ALLOWED_COLOR)
        self.grid.addWidget(allowed, row, 2, Qt.AlignmentFlag.AlignTop)
        self._reserve_errors(keys, (row + 1, 1, 1, 3))
        return row + 2

    @staticmethod
    def _suffix_text(suffix: str) -> str:
        return {"lower": tr("controls", "min."), "upper": tr("controls", "max.")}.get(suffix, suffix)

    def _add_table(self, definition: FieldDef, row: int) -> int:
        header = QWidget()
        titles = QHBoxLayout(header)
        titles.setContentsMargins(0, 0, 0, 0)
        widths = []
        for column in definition.columns:
            title = QLabel(f"{render(column.label)}<br><span style='color:#555'>"
                           f"{render(describe_allowed(column))}</span>")
            probe = self._line_edit("__probe__", column)
            widths.append(max(probe.width(), title.sizeHint().width()))
            del self.inputs["__probe__"]
            probe.deleteLater()
            title.setFixedWidth(widths[-1])
            titles.addWidget(title)
        titles.addStretch(1)
        self.grid.addWidget(QLabel(tr("controls", "Ligne")), row, 0,
                            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self.grid.addWidget(header, row, 1, 1, 2)
        row += 1
        for number in range(1, definition.rows + 1):
            self.grid.addWidget(QLabel(f"{number:>2}"), row, 0, Qt.AlignmentFlag.AlignRight)
            box = QWidget()
            line = QHBoxLayout(box)
            line.setContentsMargins(0, 0, 0, 0)
            keys = []
            for column, width in zip(definition.columns, widths, strict=True):
                key = f"{definition.key}.{number}.{column.key}"
                edit = self._line_edit(key, column)
                edit.setFixedWidth(width)
                line.addWidget(edit)
                keys.append(key)
            line.addStretch(1)
            self.grid.addWidget(box, row, 1)
            self._reserve_errors(keys, (row, 2, 1, 2))
            row += 1
        return row

    # --- values ---------------------------------------------------------------------------

    def load(self, stored: Mapping[str, str], version: int) -> None:
        """Show the stored values (as typed forms) and forget edits and errors."""
        self.stored = dict(stored)
        self.version = version
        for key, edit in self.inputs.items():
            edit.setText(display_value(self.catalogue.slot(key).validator_field, self.stored.get(key, "")))
        self.invalid.clear()
        self.warnings.clear()
        self._show_reasons()
        self._notify()

    def typed(self) -> dict[str, str]:
        """What is in every input now."""
        return {key: edit.text() for key, edit in self.inputs.items()}

    def changed_values(self) -> dict[str, str]:
        """Inputs whose text differs from the stored value (as displayed)."""
        result = {}
        for key, edit in self.inputs.items():
            shown = display_value(self.catalogue.slot(key).validator_field, self.stored.get(key, ""))
            if edit.text().strip() != shown:
                result[key] = edit.text()
        return result

    def is_dirty(self) -> bool:
        """True when something was typed that is not saved."""
        return bool(self.changed_values())

    def normalised(self) -> dict[str, str]:
        """Valid typed values in stored form (invalid ones keep the stored value)."""
        values = dict(self.stored)
        for key, text in self.typed().items():
            try:
                values[key] = validate_slot(self.catalogue.slot(key), text)
            except ValidationError:
                pass
        return values

    # --- validation -----------------------------------------------------------------------

    def _edited(self, key: str) -> None:
        self.revalidate(self.context_values())
        self._notify()

    def revalidate(self, site_values: Mapping[str, str] | None = None) -> None:
        """Check every input and the page's cross-field rules (other pages' values from
        ``site_values``); show the reasons."""
        self.invalid.clear()
        self.warnings.clear()
        for key, edit in self.inputs.items():
            try:
                validate_slot(self.catalogue.slot(key), edit.text())
            except ValidationError as exc:
                self.invalid[key] = render(exc.reason)
        merged = dict(site_values or {})
        merged.update(self.normalised())
        for finding in check_rules(self.catalogue, merged, {self.page.id}):
            if finding.key in self.inputs and finding.key not in self.invalid:
                target = self.invalid if finding.blocking else self.warnings
                target.setdefault(finding.key, render(finding.reason))
        self._show_reasons()

    def show_errors(self, errors: list[ValidationError]) -> list[ValidationError]:
        """Put the reasons of a refused save under their inputs; return those not on this page."""
        elsewhere = []
        for error in errors:
            if error.field in self.inputs:
                self.invalid[error.field] = render(error.reason)
            else:
                elsewhere.append(error)
        self._show_reasons()
        return elsewhere

    def _show_reasons(self) -> None:
        for key in self.inputs:
            reason = self.invalid.get(key) or self.warnings.get(key) or ""
            state = "error" if key in self.invalid else "warning" if reason else ""
            if self._shown.get(key, ("", "")) == (state, reason):
                continue  # touch only what changed
            self._shown[key] = (state, reason)
            label = self._error_label(key)
            label.setVisible(bool(reason))
            label.setText(reason)
            set_text_color(label, ERROR_COLOR if state == "error" else WARNING_COLOR)
            # the red frame of a refused value: a style sheet, but only while the value is refused
            self.inputs[key].setStyleSheet(INVALID_INPUT if state == "error" else "")

    # --- focus ----------------------------------------------------------------------------

    def ordered_inputs(self) -> list[QLineEdit]:
        """Inputs in screen order."""
        return list(self.inputs.values())

    def focus_next(self, current) -> None:
        """Move the focus to the input after ``current`` (wrapping to the first)."""
        inputs = self.ordered_inputs()
        index = inputs.index(current) if current in inputs else -1
        target = inputs[(index + 1) % len(inputs)]
        target.setFocus(Qt.FocusReason.TabFocusReason)
        target.selectAll()
        self.scroll.ensureWidgetVisible(target)

    def focus_key(self, key: str) -> None:
        """Put the cursor in the input of ``key`` (or the first input of a field key)."""
        edit = self.inputs.get(key) or next((e for k, e in self.inputs.items() if k.startswith(f"{key}.")), None)
        if edit is not None:
            edit.setFocus(Qt.FocusReason.OtherFocusReason)
            edit.selectAll()
            self.scroll.ensureWidgetVisible(edit)

    def focused_key(self) -> str | None:
        """The value key of the input holding the focus."""
        for key, edit in self.inputs.items():
            if edit.hasFocus():
                return key
        return None
