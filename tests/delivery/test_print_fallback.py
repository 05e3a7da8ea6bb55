"""Printing a PDF falls back to the viewer, then to saving, saying why each time."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.ui.rental.invoicing import pdf_actions

PDF = b"%PDF-1.4 test"


@pytest.fixture
def shown(monkeypatch):
    """Texts of the message boxes shown (none is really opened)."""
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: texts.append(box.text()) or 0)
    return texts


def no_print_verb(path):
    raise OSError(1155, "No application is associated with the specified file for this operation")


def test_printed_directly_says_nothing(qapp, monkeypatch, shown):
    sent = []
    monkeypatch.setattr(pdf_actions, "send_to_printer", sent.append)
    path = pdf_actions.print_pdf(PDF, "F-1")
    assert sent == [path] and path.read_bytes() == PDF and shown == []


def test_failed_print_verb_opens_the_viewer_with_a_message(qapp, monkeypatch, shown):
    opened = []
    monkeypatch.setattr(pdf_actions, "send_to_printer", no_print_verb)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    path = pdf_actions.print_pdf(PDF, "F-2")
    assert opened == [str(path)]
    assert len(shown) == 1 and "lecteur PDF" in shown[0] and "No application is associated" in shown[0]


def test_no_viewer_either_offers_to_save(qapp, monkeypatch, shown, tmp_path):
    monkeypatch.setattr(pdf_actions, "send_to_printer",
                        lambda path: (_ for _ in ()).throw(subprocess.CalledProcessError(1, ["lp"])))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    target = tmp_path / "saved.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    assert pdf_actions.print_pdf(PDF, "F-3") == target
    assert target.read_bytes() == PDF
    assert len(shown) == 1 and "Enregistrez-le" in shown[0]


def test_cancelled_save_returns_none(qapp, monkeypatch, shown):
    monkeypatch.setattr(pdf_actions, "send_to_printer", no_print_verb)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: ("", ""))
    assert pdf_actions.print_pdf(PDF, "F-4") is None
