"""Drafts of the editing forms: written as the clerk types, deleted on save or on a
confirmed cancel, offered back at the next start after a crash (a process killed with
SIGKILL)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.ui.app_context import AppContext
from app.ui.carpass.dossier_dialog import DossierDialog
from app.ui.settings import station_settings
from app.ui.widgets.drafts import draft_path

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def context(sqlite_world):
    return AppContext(sqlite_world.db, sqlite_world.clerk_a, station_settings())


def _open(qtbot, context, dossier_id=None):
    dialog = DossierDialog(context, dossier_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_draft_is_written_as_the_clerk_types_and_deleted_on_save(qtbot, context):
    dialog = _open(qtbot, context)
    path = draft_path("clerk.a/carpass-dossier/new")
    assert not path.exists()  # an untouched form has no draft
    qtbot.keyClicks(dialog.edits["owner"], "GRAULICH")
    qtbot.waitUntil(path.exists)
    for name, value in (("number", "1095"), ("plate", "1ABC123")):
        dialog.edits[name].setText(value)
    qtbot.keyClick(dialog.edits["owner"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.saved and dialog.detail is not None, dialog.general_error.text()
    assert not path.exists() and not draft_path(f"clerk.a/carpass-dossier/{dialog.detail.id}").exists()


def test_cancel_asks_and_a_confirmed_cancel_deletes_the_draft(qtbot, context, monkeypatch):
    dialog = _open(qtbot, context)
    path = draft_path("clerk.a/carpass-dossier/new")
    qtbot.keyClicks(dialog.edits["owner"], "GRAULICH")
    qtbot.waitUntil(path.exists)
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (asked.append(a[2]), answers.pop(0))[1])
    qtbot.keyClick(dialog.edits["owner"], Qt.Key.Key_Escape)
    assert dialog.isVisible() and path.exists() and "pas enregistrées" in asked[0]  # kept typing
    qtbot.keyClick(dialog.edits["owner"], Qt.Key.Key_Escape)
    assert not dialog.isVisible() and not path.exists()


def test_a_killed_process_leaves_its_draft_and_the_next_start_restores_it(sqlite_world):
    url = sqlite_world.db.url
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    script = str(ROOT / "tests" / "ui" / "draft_crash_app.py")
    typing = subprocess.Popen([sys.executable, script, "type", url], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = typing.stdout.readline()
        assert line.strip() == "TYPED", typing.stderr.read() if typing.poll() is not None else line
        typing.send_signal(signal.SIGKILL)
        assert typing.wait(timeout=30) == -signal.SIGKILL
    finally:
        if typing.poll() is None:
            typing.kill()
        typing.stdout.close()
        typing.stderr.close()
    assert draft_path("clerk.a/carpass-dossier/new").exists()
    restarted = subprocess.run([sys.executable, script, "restart", url], cwd=ROOT, env=env,
                               capture_output=True, text=True, timeout=120)
    assert restarted.returncode == 0, restarted.stderr
    assert "RESTORED GRAULICH BENOIT" in restarted.stdout
