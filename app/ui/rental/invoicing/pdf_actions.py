"""What the clerk does with a PDF: preview it in the station's PDF viewer, print it, save
it; and the dialog choosing which of the dossier's invoices (the clerk picks one before
printing or mailing, docs/decisions/rental-invoicing-pdf-mail.md)."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.core.rental.invoicing.formatting import format_amount
from app.core.rental.invoicing.invoicing import InvoiceSummary
from app.core.rental.invoicing.payers import role_label
from app.ui.i18n import render, tr
from app.ui.widgets.pdf_view import save_pdf_as, show_pdf

log = logging.getLogger(__name__)


def temporary_pdf(data: bytes, name: str) -> Path:
    """Write ``data`` to a fresh file in the temporary folder (kept for the viewer)."""
    folder = Path(tempfile.mkdtemp(prefix="atelier-pdf-"))
    path = folder / f"{name}.pdf"
    path.write_bytes(data)
    return path


def preview_pdf(data: bytes, name: str, parent: QWidget | None = None) -> Path | None:
    """Open the PDF in the station's PDF viewer; return the file shown. Without a viewer,
    say so and offer to save the file (returned; None when the clerk does not save it)."""
    return show_pdf(temporary_pdf(data, name), parent)


def send_to_printer(path: Path) -> None:
    """Hand the file to the station's default printer (Windows shell "print" verb, ``lp``
    elsewhere). Raises OSError / SubprocessError when no printing application answers."""
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows stations
        os.startfile(str(path), "print")  # noqa: S606
    elif shutil.which("lp"):
        subprocess.run(["lp", str(path)], check=True, capture_output=True, timeout=60)  # noqa: S603, S607
    else:
        raise FileNotFoundError("no lp command")


def print_pdf(data: bytes, name: str, parent: QWidget | None = None) -> Path | None:
    """Print the PDF. When the print verb fails (no PDF application registered for
    "print", as on many fresh Windows PCs), open it in the PDF viewer so the clerk prints
    from there; when that fails too, offer to save it. Each fallback says why.
    Returns the file printed, shown or saved (None when the clerk cancelled the saving)."""
    path = temporary_pdf(data, name)
    try:
        send_to_printer(path)
        return path
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("printing %s failed: %s", path, exc)
        reason = str(exc) or type(exc).__name__
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        _tell(parent, QMessageBox.Icon.Information, tr(
            "pdf", "L'impression directe n'a pas fonctionné ({reason}). Le document est ouvert dans votre "
            "lecteur PDF : imprimez-le depuis celui-ci (Ctrl+P).", reason=reason))
        return path
    _tell(parent, QMessageBox.Icon.Warning, tr(
        "pdf", "Le document n'a pu être ni imprimé ({reason}) ni ouvert : aucun lecteur PDF n'est installé. "
        "Enregistrez-le pour l'imprimer depuis un autre poste.", reason=reason))
    return save_pdf_as(data, name, parent)


def _tell(parent: QWidget | None, icon: QMessageBox.Icon, text: str) -> None:
    box = QMessageBox(icon, tr("pdf", "Impression"), text, QMessageBox.StandardButton.Ok, parent)
    box.exec()


class InvoiceChoiceDialog(QDialog):
    """Check boxes, one per invoice, all checked; :meth:`chosen` gives the checked ids."""

    def __init__(self, invoices: list[InvoiceSummary], title: str, with_email: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.boxes: list[tuple[QCheckBox, InvoiceSummary]] = []
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("rental", "Quelles factures ?")))
        for invoice in invoices:
            text = tr("rental", "{reference} — {payer} ({role}) — {total}", reference=invoice.reference,
                      payer=invoice.payer_name, role=render(role_label(invoice.payer_role)),
                      total=format_amount(invoice.total_incl))
            if with_email:
                text += f" → {invoice.payer_email or tr('rental', '(pas d’adresse e-mail)')}"
            box = QCheckBox(text)
            box.setChecked(True)
            box.setObjectName(f"choice_{invoice.id}")
            layout.addWidget(box)
            self.boxes.append((box, invoice))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> list[int]:
        """Ids of the checked invoices, in the order shown."""
        return [invoice.id for box, invoice in self.boxes if box.isChecked()]


def choose_invoices(parent: QWidget, invoices: list[InvoiceSummary], title: str, with_email: bool = False) -> list[int]:
    """The invoices the clerk wants: all of them when there is one, else asked ([] = cancelled)."""
    if len(invoices) <= 1:
        return [i.id for i in invoices]
    dialog = InvoiceChoiceDialog(invoices, title, with_email, parent)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else []
