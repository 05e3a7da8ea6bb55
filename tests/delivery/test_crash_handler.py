"""The crash handler logs, keeps drafts, shows a dialog and leaves the application running."""

from __future__ import annotations

import json
import logging
import threading

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.core.platform.logging_setup import reset_logging, setup_logging
from app.ui.crash_handler import CrashHandler
from app.ui.widgets.drafts import DraftKeeper, draft_path


@pytest.fixture
def log_file(tmp_path):
    root = logging.getLogger()
    level = root.level
    path = setup_logging(folder=tmp_path / "logs", native_crashes=False)
    yield path
    reset_logging()
    root.setLevel(level)


@pytest.fixture
def shown(monkeypatch):
    """Replaces the modal dialog: records (text, informative text, details) and returns Ok."""
    boxes = []

    def fake_exec(box):
        boxes.append((box.windowTitle(), box.text(), box.informativeText(), box.detailedText()))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return boxes


@pytest.fixture
def handler(qapp, log_file):
    crash = CrashHandler(log_file).install()
    yield crash
    crash.uninstall()


class ContractForm(QWidget):
    """A form whose "Enregistrer" button has a bug."""

    def __init__(self, settings: QSettings):
        super().__init__()
        self.driver = QLineEdit(objectName="driver")
        self.save_button = QPushButton("Enregistrer")
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.driver)
        layout.addWidget(self.save_button)
        self.drafts = DraftKeeper(self, "clerk.liege/contract/crash-test", settings, offer=False)

    def save(self):
        raise ZeroDivisionError("contract total divided by zero days")


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_shows_a_dialog_keeps_the_form_and_the_app(qtbot, handler, shown, log_file, tmp_path):
    form = ContractForm(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(form)
    form.show()
    form.driver.setText("Émile Dupont")
    form.save_button.click()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=3000)
    title, text, informative, details = shown[0]
    assert title == "Erreur inattendue"
    assert "ZeroDivisionError: contract total divided by zero days" in informative
    assert str(log_file) in informative and "saisie est conservée" in informative
    assert "Traceback" in details and "def save" not in details and "in save" in details
    # the application is alive, the form is still open with its input, and a draft was written
    assert form.isVisible() and form.driver.text() == "Émile Dupont"
    draft = json.loads(draft_path("clerk.liege/contract/crash-test").read_text(encoding="utf-8"))
    assert draft["values"]["driver"] == "Émile Dupont"
    assert "contract total divided by zero days" in log_file.read_text(encoding="utf-8")
    # and it keeps working: a second error gets its own report
    form.save_button.click()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=3000)
    assert handler.reported == 2
    form.drafts.clear()


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_worker_thread_is_reported_on_the_gui_thread(qtbot, handler, shown, log_file):
    def work():
        raise ValueError("Car-Pass answer unreadable: password=Hunter2Secret")

    thread = threading.Thread(target=work, name="carpass-send")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=3000)
    assert "ValueError" in shown[0][2] and "Hunter2Secret" not in shown[0][2] + shown[0][3]
    text = log_file.read_text(encoding="utf-8")
    assert "carpass-send" in text and "Hunter2Secret" not in text


@pytest.mark.qt_no_exception_capture
def test_errors_while_the_dialog_is_open_are_logged_not_stacked(qtbot, handler, monkeypatch, log_file):
    shown = []

    def fake_exec(box):
        shown.append(box.informativeText())
        if len(shown) == 1:  # another error happens while the clerk reads the first one
            QTimer.singleShot(0, lambda: 1 / 0)
            qtbot.wait(100)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    QTimer.singleShot(0, lambda: {}["missing"])
    qtbot.waitUntil(lambda: handler.received == 2, timeout=3000)
    qtbot.wait(50)
    assert len(shown) == 1 and handler.reported == 1
    assert "ZeroDivisionError" in log_file.read_text(encoding="utf-8")
    assert QApplication.instance() is not None


@pytest.mark.no_qt_log
def test_qt_warnings_go_to_the_log(qapp, log_file):
    from PySide6.QtCore import qInstallMessageHandler, qWarning

    from app.ui.crash_handler import install_qt_log_bridge

    install_qt_log_bridge()
    try:
        qWarning("QFont: font family not found on this station")
    finally:
        qInstallMessageHandler(None)
    assert "WARNING  " in log_file.read_text(encoding="utf-8")
    assert "qt: QFont: font family not found on this station" in log_file.read_text(encoding="utf-8")
