"""The workshop station (Pointage): dossier number then badge, by keyboard or badge scanner.

A scanner types the code followed by Enter: Enter in the dossier field moves to the badge
field, Enter in the badge field clocks in (or out) and returns to the dossier field. A
single scan of ``NUMBER*BADGE`` or ``NUMBER BADGE`` in the dossier field does both at once.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.carpass.clocking import CLOCK_IN, add_technician, clock, list_technicians, open_clocks
from app.core.changes import DataKind
from app.core.errors import AtelierError
from app.core.timeutil import format_local
from app.ui.app_context import AppContext
from app.ui.errors import show_error
from app.ui.i18n import error_text, tr
from app.ui.widgets.live_view import LiveView
from app.ui.widgets.records_model import RecordColumn, RecordsTableModel

_COMBINED = re.compile(r"^\s*(-?\d+)\s*[*\s/]\s*([A-Za-z0-9_-]+)\s*$")


class ClockStationView(QWidget):
    """Clock technicians in and out; shows who is working on what."""

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        big = QFont()
        big.setPointSize(16)
        self.dossier_edit = QLineEdit()
        self.dossier_edit.setObjectName("clock_dossier")
        self.dossier_edit.setPlaceholderText(tr("carpass", "scannez ou tapez le n° de dossier"))
        self.badge_edit = QLineEdit()
        self.badge_edit.setObjectName("clock_badge")
        self.badge_edit.setPlaceholderText(tr("carpass", "scannez votre badge"))
        for edit in (self.dossier_edit, self.badge_edit):
            edit.setFont(big)
            edit.setMinimumHeight(40)
        self.clock_button = QPushButton(tr("carpass", "Pointer / dépointer"))
        self.clock_button.setMinimumHeight(40)
        self.result_label = QLabel(tr("carpass", "Prêt."))
        self.result_label.setObjectName("clock_result")
        self.result_label.setFont(big)
        self.result_label.setWordWrap(True)
        self.result_label.setMinimumHeight(80)
        self.result_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        form = QFormLayout()
        form.addRow(tr("carpass", "Dossier :"), self.dossier_edit)
        form.addRow(tr("carpass", "Badge :"), self.badge_edit)
        station = QGroupBox(tr("carpass", "Poste de pointage"))
        station_box = QVBoxLayout(station)
        station_box.addLayout(form)
        station_box.addWidget(self.clock_button)
        station_box.addWidget(self.result_label)
        station_box.addStretch(1)
        self.open_model = RecordsTableModel([
            RecordColumn(tr("carpass", "Technicien"), lambda c: f"{c.technician_code} — {c.technician_name}"),
            RecordColumn(tr("carpass", "Dossier"), lambda c: c.dossier_number, align_right=True),
            RecordColumn(tr("carpass", "Depuis"), lambda c: format_local(c.since)),
        ])
        self.technicians_model = RecordsTableModel([
            RecordColumn(tr("carpass", "Badge"), lambda t: t.code),
            RecordColumn(tr("carpass", "Nom"), lambda t: t.name),
        ])
        working = self._table_group(tr("carpass", "Au travail maintenant"), self.open_model)
        staff = self._table_group(tr("carpass", "Techniciens du site"), self.technicians_model)
        self.add_technician_button = QPushButton(tr("carpass", "Nouveau technicien…"))
        self.add_technician_button.setVisible(context.scope.is_admin)
        self.add_technician_button.clicked.connect(self.ask_new_technician)
        staff.layout().addWidget(self.add_technician_button)
        side = QVBoxLayout()
        side.addWidget(working, 2)
        side.addWidget(staff, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(station, 1)
        layout.addLayout(side, 1)
        self.dossier_edit.returnPressed.connect(self._dossier_entered)
        self.badge_edit.returnPressed.connect(self.submit)
        self.clock_button.clicked.connect(self.submit)
        self.refresh()
        self.live = LiveView(self, context, {DataKind.CARPASS_DOSSIERS}, self.refresh)

    @staticmethod
    def _table_group(title: str, model: RecordsTableModel) -> QGroupBox:
        group = QGroupBox(title)
        table = QTableView()
        table.setModel(model)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        model.modelReset.connect(table.resizeColumnsToContents)
        QVBoxLayout(group).addWidget(table)
        return group

    def refresh(self) -> None:
        """Re-read who is clocked in and the technicians."""
        self.open_model.set_records(open_clocks(self.context.database, self.context.scope))
        self.technicians_model.set_records(list_technicians(self.context.database, self.context.scope))

    def ask_new_technician(self) -> None:
        """Admins: register a badge code and a name."""
        code, ok = QInputDialog.getText(self, tr("carpass", "Nouveau technicien"), tr("carpass", "Code du badge :"))
        if not ok:
            return
        name, ok = QInputDialog.getText(self, tr("carpass", "Nouveau technicien"), tr("carpass", "Nom :"))
        if not ok:
            return
        try:
            add_technician(self.context.database, self.context.scope, code, name)
        except AtelierError as error:
            show_error(self, error)
            return
        self.refresh()

    def _dossier_entered(self) -> None:
        match = _COMBINED.match(self.dossier_edit.text())
        if match:
            self.dossier_edit.setText(match.group(1))
            self.badge_edit.setText(match.group(2))
            self.submit()
            return
        self.badge_edit.setFocus()
        self.badge_edit.selectAll()

    def submit(self) -> None:
        """Clock in or out with the two fields, then get ready for the next scan."""
        number, badge = self.dossier_edit.text().strip(), self.badge_edit.text().strip()
        if not number:
            self.dossier_edit.setFocus()
            return
        if not badge:
            self.badge_edit.setFocus()
            return
        try:
            result = clock(self.context.database, self.context.scope, number, badge)
        except AtelierError as error:
            self._show(error_text(error), "#b00020")
            self.badge_edit.clear()
            self.dossier_edit.setFocus()
            self.dossier_edit.selectAll()
            return
        when = format_local(result.at)
        if result.action == CLOCK_IN:
            text = tr("carpass", "{name} pointe sur le dossier {number} à {when}.", name=result.technician_name,
                      number=result.dossier_number, when=when)
            if result.closed_dossier_number is not None:
                text += "\n" + tr("carpass", "(dépointé du dossier {number})", number=result.closed_dossier_number)
            if result.work_started:
                text += "\n" + tr("carpass", "Début des travaux enregistré.")
            if result.enrolled:
                text += "\n" + tr("carpass", "Dossier inscrit dans la liste Car-Pass.")
            self._show(text, "#1b5e20")
        else:
            self._show(tr("carpass", "{name} dépointe du dossier {number} à {when}.", name=result.technician_name,
                          number=result.dossier_number, when=when), "#0d47a1")
        self.dossier_edit.clear()
        self.badge_edit.clear()
        self.dossier_edit.setFocus()
        self.refresh()

    def _show(self, text: str, colour: str) -> None:
        self.result_label.setStyleSheet(f"color: {colour};")
        self.result_label.setText(text)
