"""History tab: the site's readings (sent, refused, anomalies, à vérifier, queued) with the
server's message, their work descriptions and corrections, and the clerk's actions:
confirm, correct, resend, mark received, check the status, details, print the confirmation
of a reading or of a day."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.core.carpass.sending.anomaly_confirmation import answer_anomaly, confirm_blocked
from app.core.carpass.sending.followups import km_received_by_carpass
from app.core.carpass.sending.history import HistorySource, actions_for, calls_of
from app.core.carpass.sending.labels import (
    cause_text,
    followup_text,
    kind_text,
    resolution_text,
    server_status_text,
    state_label,
)
from app.core.carpass.sending.resolution import mark_followup_received, resend, resend_followup
from app.core.carpass.sending.states import RECEIVED_STATES, ReadingState
from app.core.carpass.sending.status import poll_statuses
from app.core.changes import DataKind
from app.core.errors import AtelierError
from app.core.i18n import msg
from app.core.progress import Progress
from app.core.timeutil import format_date, format_local
from app.ui.app_context import AppContext
from app.ui.carpass.sending.confirmation_actions import print_confirmation, print_day
from app.ui.carpass.sending.correction_action import correction_dialog
from app.ui.carpass.sending.history_dialogs import CallsDialog, MarkReceivedDialog
from app.ui.carpass.sending.reason_dialog import ReasonDialog
from app.ui.carpass.sending.send_action import send_entries
from app.ui.errors import confirm, show_error
from app.ui.i18n import render, tr
from app.ui.task_runner import TaskRunner
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.grid_view import GridView
from app.ui.widgets.lazy_table_model import Index, LazyTableModel
from app.ui.widgets.live_view import LiveView

COLOURS = {ReadingState.FAILED: "#f6c9c9", ReadingState.ANOMALY: "#ffe3a6", ReadingState.BLOCKED: "#ffe3a6",
           ReadingState.UNCERTAIN: "#e3d7f4", ReadingState.QUEUED: "#d6e8f7", ReadingState.SENDING: "#d6e8f7"}


class HistoryModel(LazyTableModel):
    """Readings with a colour per state and the reasons in the tooltip."""

    def __init__(self, source: HistorySource, parent=None):
        super().__init__(source, parent, formatters={
            "reading_date": format_date, "sent_at": format_local,
            "state": lambda state: render(state_label(state)),
            "server_status": lambda status: render(server_status_text(status)) if status else "",
        })

    def display(self, key: str, value: Any, row: dict[str, Any]) -> str | None:
        if key == "followups":
            return "; ".join(render(followup_text(f.kind, f.state, f.codes, f.corrected_km, f.reason, f.created_by))
                             for f in row["followup_items"])
        return super().display(key, value, row)

    def row_data(self, index: Index, role: int, row: dict[str, Any]):
        if role == Qt.ItemDataRole.BackgroundRole:
            # a received reading whose description or correction is à vérifier shows it too
            state = ReadingState.UNCERTAIN if actions_for(row).followup is not None else row["state"]
            return QBrush(QColor(COLOURS[state])) if state in COLOURS else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return describe_row(row)
        return None


def describe_row(row: dict[str, Any]) -> str:
    """Everything the clerk should know about a reading, one fact per line."""
    lines = [tr("carpass", "Dossier {dossier} — {km} km le {date} — {state}", dossier=row["dossier"],
                km=row["odometer"], date=format_date(row["reading_date"]), state=render(state_label(row["state"])))]
    if row["state"] == ReadingState.UNCERTAIN or row["uncertain_cause"]:
        lines.append(tr("carpass", "À vérifier : {cause}", cause=render(cause_text(row["uncertain_cause"]))))
    if row["state"] == ReadingState.UNCERTAIN:
        lines.append(tr("carpass", "Vérifiez sur le portail Car-Pass : s'il y figure, « Marquer comme reçu » avec "
                                   "sa référence ; sinon « Renvoyer »."))
    if row["resolution"]:
        lines.append(tr("carpass", "Décision : {what}, par {user} le {when}",
                        what=render(resolution_text(row["resolution"])), user=row["resolved_by"] or "?",
                        when=format_local(row["resolved_at"]) if row["resolved_at"] else "?"))
    if row["message"]:
        lines.append(tr("carpass", "Message : {message}", message=row["message"]))
    lines += [tr("carpass", "Bloqué : {reason}", reason=render(r)) for r in row["reasons"]]
    lines += [tr("carpass", "Attention : {reason}", reason=render(r)) for r in row["warnings"]]
    if row["confirmed_by"]:
        lines.append(tr("carpass", "Confirmé par {user} le {when}", user=row["confirmed_by"],
                        when=format_local(row["confirmed_at"])))
    if row["confirm_reason"]:
        lines.append(tr("carpass", "Raison de la confirmation : {reason}", reason=row["confirm_reason"]))
    if row["request_guid"]:
        lines.append(tr("carpass", "Référence Car-Pass : {guid}", guid=row["request_guid"]))
    for item in row["followup_items"]:
        line = tr("carpass", "{what} — demandé par {user} le {when}",
                  what=render(followup_text(item.kind, item.state, item.codes, item.corrected_km)),
                  user=item.created_by or "?", when=format_local(item.created_at))
        if item.reason:
            line += " — " + tr("carpass", "raison : {reason}", reason=item.reason)
        if item.state == ReadingState.UNCERTAIN:
            line += " — " + render(cause_text(item.uncertain_cause))
        elif item.message and item.state != ReadingState.SENT:
            line += " — " + item.message
        lines.append(line)
    if actions_for(row).followup is not None:
        lines.append(tr("carpass", "Vérifiez sur le portail Car-Pass : si la demande y figure, "
                                   "« Marquer comme reçu » ; sinon « Renvoyer »."))
    if row["state"] == ReadingState.QUEUED and row["next_attempt_at"]:
        lines.append(tr("carpass", "Nouvel essai après {when}", when=format_local(row["next_attempt_at"])))
    return "\n".join(lines)


def one_shot(text: str, function):
    """A progress generator around one blocking call (a single network request)."""
    def operation(_token):
        yield Progress(0, 0, msg("carpass", "{label}", label=text))
        return function()
    return operation


def _kind_name(kind: str) -> str:
    return render(kind_text(kind))


class HistoryView(QWidget):
    """The site's Car-Pass sending history."""

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.model = HistoryModel(HistorySource(context.database, context.scope), self)
        self.grid = GridView(self.model, self, export_name="carpass_historique")
        self.state_filter = QComboBox()
        for label, states in (
                (tr("carpass", "Tous les états"), None),
                (tr("carpass", "Envoyés"), [ReadingState.SENT]),
                (tr("carpass", "Refusés"), [ReadingState.FAILED]),
                (tr("carpass", "Anomalies (à confirmer)"), [ReadingState.ANOMALY, ReadingState.BLOCKED]),
                (tr("carpass", "À vérifier"), [ReadingState.UNCERTAIN]),
                (tr("carpass", "En file"), [ReadingState.QUEUED, ReadingState.SENDING])):
            self.state_filter.addItem(label, states)
        self.grid.toolbar.insertWidget(0, self.state_filter)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(48)
        self.confirm_button = QPushButton(tr("carpass", "Confirmer le relevé…"))
        self.resend_button = QPushButton(tr("carpass", "Renvoyer…"))
        self.received_button = QPushButton(tr("carpass", "Marquer comme reçu…"))
        self.correct_button = QPushButton(tr("carpass", "Corriger…"))
        self.correct_button.setToolTip(tr("carpass", "Envoyer à Car-Pass le bon kilométrage d'un relevé déjà reçu, "
                                                     "avec la raison"))
        self.details_button = QPushButton(tr("carpass", "Appels et réponses…"))
        self.print_button = QPushButton(tr("carpass", "Imprimer la confirmation"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.setToolTip(tr("carpass", "PDF prouvant que Car-Pass a reçu le relevé choisi (Ctrl+P)"))
        self.day_button = QPushButton(tr("carpass", "Confirmations du jour…"))
        self.status_button = QPushButton(tr("carpass", "Vérifier l'état des envois"))
        self.queue_button = QPushButton(tr("carpass", "Envoyer la file"))
        actions = FlowLayout()  # wraps on a narrow screen instead of widening the window
        for button in (self.confirm_button, self.correct_button, self.resend_button, self.received_button,
                       self.details_button, self.print_button, self.day_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.status_button)
        actions.addWidget(self.queue_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.detail)
        layout.addLayout(actions)
        self.runner: TaskRunner | None = None
        self.state_filter.currentIndexChanged.connect(self.apply_state_filter)
        self.grid.table.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        self.model.modelReset.connect(self.update_actions)
        self.grid.activated.connect(lambda _row: self.show_calls())
        self.confirm_button.clicked.connect(self.confirm_current)
        self.resend_button.clicked.connect(self.resend_current)
        self.received_button.clicked.connect(self.mark_current_received)
        self.correct_button.clicked.connect(self.correct_current)
        self.details_button.clicked.connect(self.show_calls)
        self.print_button.clicked.connect(self.print_current)
        self.day_button.clicked.connect(lambda: print_day(self, self.context))
        self.status_button.clicked.connect(self.check_status)
        self.queue_button.clicked.connect(self.send_queue)
        for column, width in enumerate((70, 105, 165, 95, 105, 140, 125, 105, 260, 110, 55, 300)):
            self.grid.table.setColumnWidth(column, width)
        self.grid.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)  # newest first
        self.update_actions()
        self.live = LiveView(self, context, {DataKind.CARPASS_READINGS}, self.reload, grids=[self.grid])

    def reload(self) -> None:
        """Re-read the history (after an action or a sending)."""
        self.model.reload()

    def apply_state_filter(self) -> None:
        """Show only the chosen states."""
        states = self.state_filter.currentData()
        self.model.query.filters["states"] = states
        self.model.reload()

    def current(self) -> dict[str, Any] | None:
        """The selected reading's row, if any."""
        rows = self.grid.selected_rows()
        return rows[0] if rows else None

    def update_actions(self) -> None:
        """Enable the actions the selected reading allows and show its details."""
        row = self.current()
        allowed = actions_for(row) if row else None
        self.confirm_button.setEnabled(bool(allowed and allowed.confirm))
        self.resend_button.setEnabled(bool(allowed and allowed.resend))
        self.received_button.setEnabled(bool(allowed and allowed.mark_received))
        self.correct_button.setEnabled(bool(allowed and allowed.correct))
        self.details_button.setEnabled(row is not None)
        self.print_button.setEnabled(row is not None and row["state"] in RECEIVED_STATES)
        self.detail.setText(describe_row(row) if row else tr("carpass", "Choisissez une ligne pour voir le détail."))

    def select_reading(self, reading_id: int) -> bool:
        """Select the row of a reading (loaded rows only)."""
        for position in range(self.model.rowCount()):
            if self.model.row_at(position)["id"] == reading_id:
                self.grid.table.selectRow(position)
                return True
        return False

    def confirm_current(self) -> None:
        """Confirm that the selected reading is right: blocked by the checks, with a mandatory
        reason, then sent; flagged by Car-Pass, answered to Car-Pass (once)."""
        row = self.current()
        if row is None:
            return
        reasons = "\n".join(render(r) for r in row["reasons"]) or (row["message"] or "")
        if row["state"] == ReadingState.BLOCKED:
            intro = tr("carpass", "Vous confirmez que le relevé de {km} km du dossier {dossier} est correct malgré "
                                  "les contrôles :\n\n{reasons}\n\nIl sera envoyé à Car-Pass.",
                       km=row["odometer"], dossier=row["dossier"], reasons=reasons)
            self.reason_dialog = ReasonDialog(tr("carpass", "Confirmer le relevé"), intro,
                                              tr("carpass", "Confirmer et envoyer"), self,
                                              on_ok=lambda dialog: self._confirm_blocked(row, dialog.reason()))
            self.reason_dialog.accepted.connect(lambda: send_entries(self, self.context, [row["entry_id"]],
                                                                     self.reload))
            self.reason_dialog.open()
            return
        question = tr("carpass", "Confirmez-vous que le relevé de {km} km du dossier {dossier} est correct ?\n\n"
                                 "{reasons}\n\nVotre confirmation est enregistrée avec votre nom.",
                      km=row["odometer"], dossier=row["dossier"], reasons=reasons)
        question += "\n\n" + tr("carpass", "Car-Pass n'accepte qu'une seule réponse à une anomalie.")
        if not confirm(self, tr("carpass", "Confirmer le relevé"), question):
            return
        self._run(tr("carpass", "Confirmation à Car-Pass"), one_shot(
            tr("carpass", "Confirmation à Car-Pass…"),
            lambda: answer_anomaly(self.context.database, self.context.scope, row["id"])),
            lambda result: QMessageBox.information(self, tr("carpass", "Car-Pass"), render(result)))

    def _confirm_blocked(self, row: dict[str, Any], reason: str) -> bool:
        try:
            confirm_blocked(self.context.database, self.context.scope, row["id"], reason)
        except AtelierError as error:
            show_error(self.reason_dialog, error)
            return False
        self.reload()
        return True

    def resend_current(self) -> None:
        """Send the selected refused or à vérifier reading — or its work description or
        correction à vérifier — again (after a warning when Car-Pass may already have it)."""
        row = self.current()
        if row is None:
            return
        followup = actions_for(row).followup
        if followup is not None and row["state"] not in (ReadingState.UNCERTAIN, ReadingState.FAILED):
            if not confirm(self, tr("carpass", "Renvoyer la demande"), tr(
                    "carpass", "Car-Pass a peut-être déjà reçu la {what} du dossier {dossier} ({cause}).\n\n"
                               "Vérifiez d'abord sur le portail Car-Pass : si elle y figure, utilisez « Marquer "
                               "comme reçu ».\n\nRenvoyer quand même ?", what=_kind_name(followup.kind),
                    dossier=row["dossier"], cause=render(cause_text(followup.uncertain_cause)))):
                return
            action = lambda: resend_followup(self.context.database, self.context.scope, followup.id)  # noqa: E731
        else:
            if row["state"] == ReadingState.UNCERTAIN and not confirm(
                    self, tr("carpass", "Renvoyer le relevé"),
                    tr("carpass", "Car-Pass a peut-être déjà reçu le relevé de {km} km du dossier {dossier} "
                                  "({cause}).\n\nVérifiez d'abord sur le portail Car-Pass : s'il y figure, utilisez "
                                  "« Marquer comme reçu ». Renvoyer un relevé déjà reçu l'enregistre deux fois.\n\n"
                                  "Renvoyer quand même ?", km=row["odometer"], dossier=row["dossier"],
                       cause=render(cause_text(row["uncertain_cause"])))):
                return
            action = lambda: resend(self.context.database, self.context.scope, row["id"])  # noqa: E731
        try:
            action()
        except AtelierError as error:
            show_error(self, error)
            return
        self.reload()
        send_entries(self, self.context, [row["entry_id"]], self.reload)

    def print_current(self) -> TaskRunner | None:
        """The confirmation PDF of the selected reading, opened to be printed."""
        row = self.current()
        if row is None or row["state"] not in RECEIVED_STATES:
            return None
        self.runner = print_confirmation(self, self.context, row["id"])
        return self.runner

    def mark_current_received(self) -> None:
        """What is à vérifier for the selected reading is on the Car-Pass portal: the reading
        (its requestGuid is asked), or its work description or correction."""
        row = self.current()
        if row is None:
            return
        followup = actions_for(row).followup
        if followup is not None and row["state"] != ReadingState.UNCERTAIN:
            if not confirm(self, tr("carpass", "Marquer comme reçu"), tr(
                    "carpass", "La {what} du dossier {dossier} figure-t-elle sur le portail Car-Pass ? Elle sera "
                               "enregistrée comme reçue, sans être renvoyée.", what=_kind_name(followup.kind),
                    dossier=row["dossier"])):
                return
            try:
                mark_followup_received(self.context.database, self.context.scope, followup.id)
            except AtelierError as error:
                show_error(self, error)
            self.reload()
            return
        self.received_dialog = MarkReceivedDialog(self.context, row, self)
        self.received_dialog.accepted.connect(self.reload)
        self.received_dialog.open()

    def correct_current(self) -> None:
        """Send Car-Pass the right km of the selected received reading, with a reason."""
        row = self.current()
        if row is None:
            return
        received = km_received_by_carpass(self.context.database, self.context.scope, row["dossier_id"])
        intro = tr("carpass", "Car-Pass a reçu {km} km pour le dossier {dossier} ({vin}, relevé du {date}). Le relevé "
                              "reçu reste tel quel ; la correction est envoyée à part et gardée dans l'historique.",
                   km=received if received is not None else row["odometer"], dossier=row["dossier"], vin=row["vin"],
                   date=format_date(row["reading_date"]))

        self.correction_dialog = correction_dialog(self, self.context, row["dossier"], row["entry_id"],
                                                   received if received is not None else row["odometer"], intro,
                                                   self.reload)
        self.correction_dialog.open()

    def show_calls(self) -> None:
        """The calls of the selected reading with their raw answers."""
        row = self.current()
        if row is None:
            return
        try:
            calls = calls_of(self.context.database, self.context.scope, row["id"])
        except AtelierError as error:
            show_error(self, error)
            return
        self.calls_dialog = CallsDialog(calls, self)
        self.calls_dialog.open()

    def check_status(self) -> None:
        """Ask Car-Pass the state of the recent readings."""
        def report(summary) -> None:
            text = tr("carpass", "{n} relevé(s) vérifié(s), {changed} changement(s).", n=summary.polled,
                      changed=len(summary.changed))
            if summary.errors:
                text += "\n" + "\n".join(summary.errors[:10])
            QMessageBox.information(self, tr("carpass", "État des envois"), text)

        self._run(tr("carpass", "État des envois"),
                  lambda token: poll_statuses(self.context.database, self.context.scope, token=token), report)

    def send_queue(self) -> None:
        """Send every pending reading of the site."""
        send_entries(self, self.context, None, self.reload)

    def _run(self, title: str, factory, on_result) -> TaskRunner:
        self.runner = TaskRunner(self, title, factory)
        self.runner.finished.connect(lambda result: (self.reload(), result is not None and on_result(result)))
        self.runner.failed.connect(lambda error: (self.reload(), show_error(self, error)))
        return self.runner.start()
