"""DraftKeeper: a form's unsaved input survives on disk until the form is saved."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QDate, QDateTime, QSettings, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.ui.widgets.drafts import DraftKeeper, draft_path, save_all_drafts


def make_form() -> QWidget:
    """A contract-like form with one named widget of each kind, a password and an unnamed field."""
    form = QWidget()
    layout = QFormLayout(form)
    widgets = {
        "driver": QLineEdit(), "notes": QPlainTextEdit(), "fuel": QComboBox(), "km": QSpinBox(),
        "deposit": QDoubleSpinBox(), "pec": QCheckBox("PEC"), "start_date": QDateEdit(),
        "return_at": QDateTimeEdit(), "smtp_password": QLineEdit(), "vehicle": QComboBox(),
    }
    widgets["fuel"].addItem("Plein", "full")
    widgets["fuel"].addItem("Demi", "half")
    widgets["fuel"].addItem("Réserve", "empty")
    widgets["vehicle"].setEditable(True)
    widgets["vehicle"].addItems(["1-ABC-123", "2-DEF-456"])
    widgets["km"].setRange(0, 999_999)
    widgets["deposit"].setRange(0, 10_000)
    widgets["smtp_password"].setEchoMode(QLineEdit.EchoMode.Password)
    widgets["start_date"].setDate(QDate(2026, 1, 5))
    widgets["return_at"].setDateTime(QDateTime(QDate(2026, 1, 10), QTime(9, 30)))
    for name, widget in widgets.items():
        widget.setObjectName(name)
        layout.addRow(name, widget)
    layout.addRow("sans nom", QLineEdit())
    return form


def fill(form: QWidget) -> None:
    form.findChild(QLineEdit, "driver").setText("Émile Dupont")
    form.findChild(QPlainTextEdit, "notes").setPlainText("Rayure portière\narrière gauche")
    form.findChild(QComboBox, "fuel").setCurrentIndex(1)
    form.findChild(QSpinBox, "km").setValue(48250)
    form.findChild(QDoubleSpinBox, "deposit").setValue(250.5)
    form.findChild(QCheckBox, "pec").setChecked(True)
    form.findChild(QDateEdit, "start_date").setDate(QDate(2026, 2, 27))
    form.findChild(QDateTimeEdit, "return_at").setDateTime(QDateTime(QDate(2026, 3, 2), QTime(17, 45)))
    form.findChild(QLineEdit, "smtp_password").setText("NeverOnDisk42")
    form.findChild(QComboBox, "vehicle").setEditText("9-XYZ-999")


def open_form(qtbot) -> QWidget:
    form = make_form()
    qtbot.addWidget(form)
    form.show()
    return form


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def key(request) -> str:
    key = f"clerk.liege/rental-contract/new/{request.node.name}"
    yield key
    draft_path(key).unlink(missing_ok=True)


def test_draft_keeps_every_named_input_but_never_a_password(qtbot, settings, key):
    form = make_form()
    qtbot.addWidget(form)
    keeper = DraftKeeper(form, key, settings, offer=False)
    assert keeper.save_now() is None and not keeper.has_draft()  # untouched form: no draft
    fill(form)
    path = keeper.save_now()
    assert path == draft_path(key) and path.exists()
    raw = path.read_text(encoding="utf-8")
    assert "NeverOnDisk42" not in raw
    values = json.loads(raw)["values"]
    assert set(values) == {"driver", "notes", "fuel", "km", "deposit", "pec", "start_date", "return_at", "vehicle"}
    assert values["driver"] == "Émile Dupont" and values["km"] == 48250 and values["pec"] is True
    assert values["fuel"]["data"] == "half" and values["start_date"] == "2026-02-27"


def test_reopened_form_offers_the_draft_and_restores_it(qtbot, settings, key, monkeypatch):
    first = open_form(qtbot)
    DraftKeeper(first, key, settings, offer=False)
    fill(first)
    assert save_all_drafts() == [draft_path(key)]  # what the crash handler calls
    first.close()
    assert save_all_drafts() == []  # a closed form keeps no draft

    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kw: asked.append(args) or QMessageBox.StandardButton.Yes)
    second = open_form(qtbot)
    keeper = DraftKeeper(second, key, settings)
    with qtbot.waitSignal(keeper.restored, timeout=3000):
        pass
    assert len(asked) == 1 and "conservée" in asked[0][2]
    assert second.findChild(QLineEdit, "driver").text() == "Émile Dupont"
    assert second.findChild(QPlainTextEdit, "notes").toPlainText() == "Rayure portière\narrière gauche"
    assert second.findChild(QComboBox, "fuel").currentData() == "half"
    assert second.findChild(QSpinBox, "km").value() == 48250
    assert second.findChild(QDoubleSpinBox, "deposit").value() == 250.5
    assert second.findChild(QCheckBox, "pec").isChecked()
    assert second.findChild(QDateEdit, "start_date").date() == QDate(2026, 2, 27)
    assert second.findChild(QDateTimeEdit, "return_at").dateTime() == QDateTime(QDate(2026, 3, 2), QTime(17, 45))
    assert second.findChild(QComboBox, "vehicle").currentText() == "9-XYZ-999"
    assert second.findChild(QLineEdit, "smtp_password").text() == ""

    keeper.clear()  # the clerk saved the contract
    assert not draft_path(key).exists()
    assert keeper.save_now() is None  # saved values are the new baseline: no draft


def test_declining_the_offer_deletes_the_draft(qtbot, settings, key, monkeypatch):
    first = open_form(qtbot)
    DraftKeeper(first, key, settings, offer=False)
    fill(first)
    save_all_drafts()
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: QMessageBox.StandardButton.No)
    second = make_form()
    qtbot.addWidget(second)
    keeper = DraftKeeper(second, key, settings, offer=False)
    assert keeper.offer_restore() is False
    assert not draft_path(key).exists()
    assert second.findChild(QLineEdit, "driver").text() == ""


def test_draft_is_saved_periodically(qtbot, settings, key):
    settings.setValue("drafts/interval_seconds", 1)
    form = open_form(qtbot)
    keeper = DraftKeeper(form, key, settings, offer=False)
    assert keeper.timer.interval() == 1000
    form.findChild(QLineEdit, "driver").setText("Jan Peeters")
    with qtbot.waitSignal(keeper.saved, timeout=3000):
        pass
    assert json.loads(draft_path(key).read_text(encoding="utf-8"))["values"]["driver"] == "Jan Peeters"
    form.findChild(QLineEdit, "driver").setText("")  # back to the baseline: the draft goes away
    keeper.save_now()
    assert not draft_path(key).exists()


def test_other_keys_do_not_see_the_draft(qtbot, settings, key, monkeypatch):
    first = open_form(qtbot)
    DraftKeeper(first, key, settings, offer=False)
    fill(first)
    save_all_drafts()
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kw: asked.append(args) or QMessageBox.StandardButton.Yes)
    other = make_form()
    qtbot.addWidget(other)
    keeper = DraftKeeper(other, "clerk.gent/rental-contract/new", settings)
    qtbot.wait(50)
    assert asked == [] and not keeper.has_draft()
    assert other.findChild(QLineEdit, "driver").text() == ""
