"""The end of the work on a repair dossier (planned, done) and the replacement car that
follows it: a row of the dossier window and its small dialog."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QHBoxLayout, QLabel, QPushButton, QWidget

from app.core.carpass.work_schedule import WorkSchedule, set_work_schedule, work_schedule
from app.core.repair_link import rentals_of_repair
from app.core.timeutil import format_local, from_local, to_local, utcnow
from app.ui.i18n import tr
from app.ui.widgets.form_dialog import FormDialog, form_layout


class OptionalMoment(QWidget):
    """A check box and a Brussels date-time: None while unchecked."""

    def __init__(self, text: str, value: datetime | None, parent=None):
        super().__init__(parent)
        self.check = QCheckBox(text)
        self.edit = QDateTimeEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd-MM-yyyy HH:mm")
        moment = value or utcnow().replace(second=0, microsecond=0)
        self.edit.setDateTime(QDateTime(to_local(moment).replace(tzinfo=None)))
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.check.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)

    def value(self) -> datetime | None:
        """The aware UTC instant, or None."""
        if not self.check.isChecked():
            return None
        return from_local(self.edit.dateTime().toPython().replace(second=0, microsecond=0))


class WorkScheduleDialog(FormDialog):
    """Planned end and end of the work of one dossier."""

    def __init__(self, context, schedule: WorkSchedule, parent=None):
        self.context, self.schedule = context, schedule
        self.planned = OptionalMoment(tr("carpass", "prévue"), schedule.planned_end)
        self.finished = OptionalMoment(tr("carpass", "terminés"), schedule.finished_at)
        body = form_layout([(tr("carpass", "Fin des travaux :"), self.planned),
                            (tr("carpass", "Travaux terminés le :"), self.finished)])
        super().__init__(tr("carpass", "Fin des travaux"), body, parent=parent)

    def submit(self) -> WorkSchedule:
        return set_work_schedule(self.context.database, self.context.scope, self.schedule.dossier_id,
                                 self.planned.value(), self.finished.value())


class WorkRow(QWidget):
    """"Fin prévue …, terminés …; véhicule de remplacement …" and the button editing the dates."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context, self.dossier_id = context, None
        self.text = QLabel("-")
        self.text.setObjectName("work_schedule")
        self.text.setWordWrap(True)
        self.button = QPushButton(tr("carpass", "Fin des travaux…"))
        self.button.setEnabled(False)
        self.button.clicked.connect(self.edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)

    def show_dossier(self, dossier_id: int) -> None:
        """Read the dates and the linked rentals of a stored dossier."""
        self.dossier_id = dossier_id
        self.schedule = work_schedule(self.context.database, self.context.scope, dossier_id)
        with self.context.database.session() as session:
            rentals = rentals_of_repair(session, self.context.scope.site_id, dossier_id)
        parts = [tr("carpass", "fin prévue {when}", when=format_local(self.schedule.planned_end))
                 if self.schedule.planned_end else tr("carpass", "fin non planifiée")]
        if self.schedule.finished_at:
            parts.append(tr("carpass", "terminés le {when}", when=format_local(self.schedule.finished_at)))
        for rental in rentals:
            parts.append(tr("carpass", "véhicule de remplacement {plate} (location {number}, retour {when})",
                            plate=rental.plate or "-", number=rental.number,
                            when=format_local(rental.actual_return or rental.planned_return)))
        self.text.setText(" ; ".join(parts))
        self.button.setEnabled(True)

    def edit(self) -> None:
        """Open the dates; show them again once saved."""
        if self.dossier_id is not None and WorkScheduleDialog(self.context, self.schedule, self).exec():
            self.show_dossier(self.dossier_id)
