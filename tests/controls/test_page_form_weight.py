"""A page stays light to switch: no per-widget style sheet while values are valid, labels
that need no height-for-width, reasons created when first needed and coloured by palette."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

from app.ui.controls.page_form import ERROR_COLOR, LABEL_WIDTH, WARNING_COLOR, PageForm


def make_form(qtbot, cat, page_id: str) -> PageForm:
    form = PageForm(cat, cat.page(page_id), editable=True)
    qtbot.addWidget(form)
    form.load(cat.defaults(), 0)
    return form


def test_no_style_sheet_and_no_height_for_width_on_a_valid_page(qtbot, cat):
    for page in cat.pages:
        form = make_form(qtbot, cat, page.id)
        styled = [w.objectName() or type(w).__name__ for w in form.findChildren(QWidget) if w.styleSheet()]
        assert styled == [], page.id
        for key, label in form.field_rows.items():
            assert not label.hasHeightForWidth(), key
            assert label.width() == LABEL_WIDTH and label.height() >= label.fontMetrics().height(), key
        assert form.errors == {}  # no reason label until a field has a reason


def test_reason_created_on_demand_in_the_error_colour_then_hidden(qtbot, cat):
    form = make_form(qtbot, cat, "VZSHE10")
    form.show()
    form.inputs["reservation_max_days"].setText("1000")
    form.revalidate()
    error = form.errors["reservation_max_days"]
    assert isinstance(error, QLabel) and error.isVisible() and "de 1 à 999" in error.text()
    assert error.palette().color(QPalette.ColorRole.WindowText) == ERROR_COLOR
    assert form.inputs["reservation_max_days"].styleSheet()  # the red frame while refused
    form.inputs["reservation_max_days"].setText("45")
    form.revalidate()
    assert not error.isVisible() and not form.inputs["reservation_max_days"].styleSheet()
    assert ERROR_COLOR != WARNING_COLOR
