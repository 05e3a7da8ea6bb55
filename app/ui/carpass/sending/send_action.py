""""Envoyer à Car-Pass": runs the core sender off the UI thread with a progress dialog and
Cancel, then shows a summary. The Car-Pass list tab calls :func:`send_entries`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.carpass.sending.states import FollowupKind, ReadingState, SendOutcome
from app.core.carpass.state_names import STATE_NAMES, state_name
from app.core.errors import AtelierError
from app.ui.app_context import AppContext
from app.ui.errors import show_error
from app.ui.i18n import render, tr
from app.ui.task_runner import TaskRunner
from app.ui.widgets.records_model import RecordColumn, RecordsTableModel

if TYPE_CHECKING:
    from app.core.carpass.sending.sender import SendLine, SendSummary

# The sending core (HTTP client, keyring) is imported when the clerk sends, not when the
# Car-Pass tab is built: it weighs a good part of the main window's start-up.

_running: set[SendAction] = set()


def outcome_labels() -> dict[str, str]:
    """How each outcome of a send is named for the clerk: a state's outcome by the state's
    one name (``state_names.py``), the others by their own."""
    return {
        **{state: render(name) for state, name in STATE_NAMES.items()},
        SendOutcome.UNCERTAIN: render(state_name(ReadingState.UNCERTAIN)),
        SendOutcome.ALREADY_SENT: tr("carpass", "déjà envoyé"),
        SendOutcome.NOT_SENDABLE: tr("carpass", "incomplet"),
        SendOutcome.SENDING: tr("carpass", "en cours (autre poste)"),
    }


class SendSummaryDialog(QDialog):
    """What the run did: counts per outcome, one line per dossier with the reason."""

    def __init__(self, summary: SendSummary, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("carpass", "Envoi à Car-Pass terminé"))
        labels = outcome_labels()
        counts = summary.counts()
        parts = [f"{labels.get(k, k)} : {n}" for k, n in sorted(counts.items())]
        self.heading = QLabel(tr("carpass", "{n} relevé(s) — {detail}", n=len(summary.lines),
                                 detail=", ".join(parts) or "-"))
        self.heading.setWordWrap(True)
        self.stopped = QLabel(render(summary.stopped) if summary.stopped else "")
        self.stopped.setStyleSheet("color: #b00020;")
        self.stopped.setWordWrap(True)
        self.stopped.setVisible(summary.stopped is not None)
        self.model = RecordsTableModel([
            RecordColumn(tr("carpass", "Dossier"), lambda line: line.dossier, align_right=True),
            RecordColumn(tr("carpass", "Résultat"), lambda line: outcome_label(line, labels)),
            RecordColumn(tr("carpass", "Détail"), _line_text),
        ], summary.lines, self)
        table = QTableView()
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.setSortingEnabled(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.stopped)
        layout.addWidget(table, 1)
        layout.addWidget(buttons)
        self.resize(760, 420)


def outcome_label(line: SendLine, labels: dict[str, str]) -> str:
    """The result column: the outcome, prefixed for a work description or a correction."""
    label = labels.get(line.outcome, line.outcome)
    if line.kind == FollowupKind.DESCRIPTION:
        return tr("carpass", "description : {outcome}", outcome=label)
    if line.kind == FollowupKind.CORRECTION:
        return tr("carpass", "correction : {outcome}", outcome=label)
    return label


def _line_text(line: SendLine) -> str:
    return line.text if isinstance(line.text, str) else render(line.text)


class SendAction(QObject):
    """One sending run started from the GUI; ``done(summary or None)`` when it ends."""

    done = Signal(object)

    def __init__(self, parent: QWidget, context: AppContext, entry_ids: list[int] | None,
                 on_done: Callable[[], None] | None):
        super().__init__(parent)
        self.parent_widget = parent
        self.context = context
        self.on_done = on_done
        self.summary: SendSummary | None = None
        self.dialog: SendSummaryDialog | None = None
        self.error: BaseException | None = None
        from app.core.carpass.sending.sender import send_readings

        scope, database = context.scope, context.database
        self.runner = TaskRunner(parent, tr("carpass", "Envoi à Car-Pass"),
                                 lambda token: send_readings(database, scope, entry_ids=entry_ids, token=token))
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)

    def start(self) -> SendAction:
        """Start the run in its thread."""
        _running.add(self)
        self.runner.start()
        return self

    def _finished(self, summary: SendSummary | None) -> None:
        self.summary = summary
        if summary is not None:
            self.dialog = SendSummaryDialog(summary, self.parent_widget)
            self.dialog.open()
        self._end()

    def _failed(self, error: BaseException) -> None:
        self.error = error
        show_error(self.parent_widget, error, tr("carpass", "Envoi à Car-Pass impossible"))
        self._end()

    def _end(self) -> None:
        _running.discard(self)
        if self.on_done is not None:
            self.on_done()
        self.done.emit(self.summary)


def ensure_password(parent: QWidget, context: AppContext) -> bool:
    """True when a Car-Pass password is available; without a usable keyring, ask for one
    for this session only (never stored)."""
    from app.core.carpass.sending import credentials

    establishment = credentials.establishment_of(context.database, context.scope)
    if credentials.password_for(establishment)[0]:
        return True
    status = credentials.keyring_status()
    if status.usable:
        show_error(parent, AtelierError(credentials.missing_password_message(establishment)),
                   tr("carpass", "Envoi à Car-Pass impossible"))
        return False
    password, ok = QInputDialog.getText(
        parent, tr("carpass", "Mot de passe Car-Pass"),
        tr("carpass", "Aucun trousseau du système utilisable : le mot de passe Car-Pass de "
                      "l'établissement {number} sera gardé en mémoire pour cette session seulement.\n\n"
                      "Mot de passe :", number=establishment),
        QLineEdit.EchoMode.Password)
    if not ok or not password:
        return False
    try:
        credentials.use_for_session(context.database, context.scope, password)
    except AtelierError as error:
        show_error(parent, error)
        return False
    return True


def send_entries(parent: QWidget, context: AppContext, entry_ids: list[int] | None,
                 on_done: Callable[[], None] | None = None) -> SendAction | None:
    """Send the given Car-Pass list entries (None: every pending entry of the site) with a
    progress dialog and Cancel; a summary is shown at the end, then ``on_done()`` runs."""
    if not ensure_password(parent, context):
        return None
    return SendAction(parent, context, list(entry_ids) if entry_ids is not None else None, on_done).start()


def auto_send(parent: QWidget, context: AppContext, entry_ids: list[int],
              on_done: Callable[[], None] | None = None) -> SendAction | None:
    """For the dossier screens, after a save: when the site sends automatically, send the
    given entries that are pending and sendable (others are left alone); else nothing."""
    from app.core.carpass.models import EntryStatus
    from app.core.carpass.sending.endpoint import read_settings
    from app.core.carpass.sending.readings import select_entries

    if not read_settings(context.database, context.scope).auto_send:
        return None
    entries = select_entries(context.database, context.scope, entry_ids=list(entry_ids))
    ready = [e.entry_id for e in entries if e.status == EntryStatus.PENDING and not e.problems()]
    if not ready:
        return None
    return send_entries(parent, context, ready, on_done)
