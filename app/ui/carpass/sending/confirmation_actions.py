""""Imprimer la confirmation" and "Confirmations du jour…" of the Car-Pass history: the PDFs
are drawn off the UI thread (progress and Cancel for a day's batch), then opened in the
station's PDF viewer to be printed or kept."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QWidget

from app.core.carpass.sending.confirmation import day_confirmations, reading_confirmation
from app.core.carpass.sending.confirmation_pdf import write_confirmations
from app.core.progress import Progress
from app.core.timeutil import local_today
from app.ui.app_context import AppContext
from app.ui.errors import show_error
from app.ui.i18n import current_language, tr
from app.ui.task_runner import TaskRunner
from app.ui.widgets.pdf_view import show_pdf


def open_pdf(path: Path, parent: QWidget | None = None) -> Path | None:
    """Show a PDF in the station's viewer (from where the clerk prints it); without a
    viewer, say so and offer to save it."""
    return show_pdf(path, parent)


def _translate(context: str, text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


def print_confirmation(parent: QWidget, context: AppContext, reading_id: int) -> TaskRunner:
    """The confirmation of one received reading, drawn in the background and opened."""
    database, scope, language = context.database, context.scope, current_language()
    folder = Path(tempfile.mkdtemp(prefix="atelier-carpass-"))

    def operation(token):
        yield Progress(0, 1, None)
        confirmation = reading_confirmation(database, scope, reading_id, language)
        path = folder / f"confirmation_carpass_{confirmation.dossier}.pdf"
        pages = yield from write_confirmations(path, [confirmation], scope.login, _translate, token)
        return path if pages else None

    return _run(parent, tr("carpass", "Confirmation Car-Pass"), operation)


class DayDialog(QDialog):
    """Which day's confirmations to print (today by default)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("carpass", "Confirmations du jour"))
        today = local_today()
        self.day_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.day_edit.setObjectName("confirmation_day")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("dd-MM-yyyy")
        self.day_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("carpass", "Relevés reçus par Car-Pass le :"), self.day_edit)
        form.addRow(buttons)

    def day(self) -> date:
        """The chosen day."""
        chosen = self.day_edit.date()
        return date(chosen.year(), chosen.month(), chosen.day())


def print_day(parent: QWidget, context: AppContext, day: date | None = None) -> TaskRunner | None:
    """Ask the day (unless given) and where to save, then write one PDF with a page per
    reading Car-Pass received that day, and open it."""
    if day is None:
        dialog = DayDialog(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        day = dialog.day()
    name, _ = QFileDialog.getSaveFileName(parent, tr("carpass", "Enregistrer les confirmations"),
                                          f"confirmations_carpass_{day.isoformat()}.pdf",
                                          tr("carpass", "Documents PDF (*.pdf)"))
    if not name:
        return None
    path = Path(name)
    database, scope, language = context.database, context.scope, current_language()

    def operation(token):
        yield Progress(0, 0, None)
        confirmations = day_confirmations(database, scope, day, language)
        pages = yield from write_confirmations(path, confirmations, scope.login, _translate, token)
        return path if pages else None

    return _run(parent, tr("carpass", "Confirmations Car-Pass"), operation)


def _run(parent: QWidget, title: str, operation) -> TaskRunner:
    runner = TaskRunner(parent, title, operation)
    runner.finished.connect(lambda path: path is not None and open_pdf(path, parent))
    runner.failed.connect(lambda error: show_error(parent, error))
    return runner.start()
