"""Dossier details (vehicle details): edit the fields, each checked where typed, the work
done ("Travaux effectués", Car-Pass's standard list) and the Car-Pass button that enrols
the dossier manually."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.carpass import vehicle_rules as rules
from app.core.carpass.dossiers import (
    DossierDetail,
    DossierInput,
    create_dossier,
    enrol_dossier,
    get_dossier,
    update_dossier,
)
from app.core.carpass.enrolment import rules_text
from app.core.carpass.sendability import CODE_TEXTS, REPAIR_BELOW_DAMAGE, sent_mileage
from app.core.carpass.sending.activities import is_stale, refresh_if_stale
from app.core.carpass.sending.followups import correction_needed, correction_question, km_received_by_carpass, km_text
from app.core.carpass.state_names import state_name
from app.core.carpass.work_description import catalogue
from app.core.errors import AtelierError, ConflictError, ValidationError, ValidationErrors
from app.core.numbers import plain_int
from app.core.progress import Progress
from app.core.timeutil import format_date, format_local
from app.ui.app_context import AppContext
from app.ui.carpass.sending.correction_action import correction_dialog
from app.ui.carpass.work_picker import WorkPicker
from app.ui.carpass.work_schedule_dialog import WorkRow
from app.ui.errors import ask_reload_after_conflict, show_error
from app.ui.i18n import current_language, render, tr
from app.ui.task_runner import TaskRunner
from app.ui.widgets.editing import FormEditing

TEXT_FIELDS = ("number", "owner", "plate", "vin", "first_registration", "original_km", "damage_km", "repair_km",
               "invoice_total")
ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #8a5a00;"
INVALID_INPUT = "QLineEdit { border: 1px solid #b00020; background: #fff0f0; }"
_refreshing: set[TaskRunner] = set()  # background fetches of the list of work, kept until they end


def _field_check(name: str):
    """The rule that checks one field as soon as the clerk leaves it."""
    checks = {
        "number": rules.clean_number,
        "owner": rules.clean_owner,
        "plate": rules.clean_plate,
        "vin": rules.clean_vin,
        "first_registration": rules.clean_first_registration,
        "original_km": lambda v: rules.clean_km("original_km", v),
        "damage_km": lambda v: rules.clean_km("damage_km", v),
        "repair_km": lambda v: rules.clean_km("repair_km", v),
        "invoice_total": lambda v: rules.clean_amount("invoice_total", v),
    }
    return checks[name]


DRAFT_KIND = "carpass-dossier"


class DossierDialog(QDialog):
    """Create or edit one dossier of the user's site."""

    def __init__(self, context: AppContext, dossier_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.detail: DossierDetail | None = None
        self.saved = False
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        labels = {
            "number": tr("carpass", "N° de dossier :"), "owner": tr("carpass", "Propriétaire :"),
            "plate": tr("carpass", "Immatriculation :"), "vin": tr("carpass", "Numéro de châssis (VIN) :"),
            "first_registration": tr("carpass", "Première immatriculation :"),
            "original_km": tr("carpass", "Kilométrage à la réception :"), "damage_km": tr("carpass", "Km dégât :"),
            "repair_km": tr("carpass", "Km réparation :"), "invoice_total": tr("carpass", "Total de la facture (€) :"),
        }
        self.vin_warning = QLabel()
        self.vin_warning.setObjectName("vin_warning")
        self.vin_warning.setStyleSheet(WARNING_STYLE)
        self.vin_warning.setWordWrap(True)
        self.vin_warning.hide()
        self.repair_km_warning = QLabel()  # repair km below damage km, said while typing
        self.repair_km_warning.setObjectName("repair_km_warning")
        self.repair_km_warning.setStyleSheet(WARNING_STYLE)
        self.repair_km_warning.setWordWrap(True)
        self.repair_km_warning.hide()
        for name in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"field_{name}")
            error = QLabel()
            error.setObjectName(f"error_{name}")
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(edit)
            box.addWidget(error)
            if name == "vin":
                box.addWidget(self.vin_warning)
            if name == "repair_km":
                box.addWidget(self.repair_km_warning)
            form.addRow(labels[name], box)
            self.edits[name] = edit
            self.errors[name] = error
            edit.editingFinished.connect(lambda n=name: self.check_field(n))
            if name in ("original_km", "damage_km"):
                edit.editingFinished.connect(self.show_km_warning)
        for name in ("damage_km", "repair_km"):
            self.edits[name].textChanged.connect(self._check_repair_km)
        self.edits["first_registration"].setPlaceholderText(tr("carpass", "JJ-MM-AAAA"))
        self.edits["number"].setPlaceholderText(tr("carpass", "négatif = dossier interne"))
        self.merged = QCheckBox(tr("carpass", "Fait partie d'une fusion"))
        self.create_vat = QCheckBox(tr("carpass", "Créer N° TVA"))
        form.addRow("", self.merged)
        form.addRow("", self.create_vat)
        self.work_started = QLabel("-")
        self.carpass_status = QLabel("-")
        self.carpass_status.setObjectName("carpass_status")
        self.carpass_status.setWordWrap(True)
        form.addRow(tr("carpass", "Début des travaux :"), self.work_started)
        form.addRow(tr("carpass", "Liste Car-Pass :"), self.carpass_status)
        self.received_km: int | None = None  # the km Car-Pass holds for this dossier, if any
        self.km_warning = QLabel()
        self.km_warning.setObjectName("carpass_km_warning")
        self.km_warning.setStyleSheet(WARNING_STYLE + " font-weight: bold;")
        self.km_warning.setWordWrap(True)
        self.correct_button = QPushButton(tr("carpass", "Corriger chez Car-Pass…"))
        self.correct_button.setObjectName("carpass_correct_button")
        self.correct_button.setToolTip(tr("carpass", "Envoie à Car-Pass le kilométrage corrigé avec une raison "
                                                     "obligatoire ; le relevé reçu reste dans l'historique."))
        self.correct_button.clicked.connect(lambda: self.open_correction())
        warning_row = QHBoxLayout()
        warning_row.addWidget(self.km_warning, 1)
        warning_row.addWidget(self.correct_button)
        self.km_warning_box = QWidget()
        self.km_warning_box.setLayout(warning_row)
        warning_row.setContentsMargins(0, 0, 0, 0)
        self.km_warning_box.hide()
        form.addRow("", self.km_warning_box)
        self.correction: QDialog | None = None
        self.work = WorkRow(context)
        form.addRow(tr("carpass", "Travaux :"), self.work)
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.carpass_button = QPushButton(tr("carpass", "Car-Pass"))
        self.carpass_button.setObjectName("carpass_button")
        self.carpass_button.setToolTip(tr("carpass", "Inscrit ce dossier manuellement dans la liste Car-Pass, même si "
                                                     "les règles d'inscription automatique ne sont pas remplies."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.carpass_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        self.picker = WorkPicker()
        work = QGroupBox(tr("carpass", "&Travaux effectués"))
        work.setObjectName("work_group")
        QVBoxLayout(work).addWidget(self.picker)
        work.setFocusProxy(self.picker.search)
        columns = QHBoxLayout()
        columns.addLayout(form, 1)
        columns.addWidget(work, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.general_error)
        layout.addLayout(bottom)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.carpass_button.clicked.connect(self.enrol)
        self.setMinimumWidth(980)
        self.refresh_runner: TaskRunner | None = None
        if dossier_id is not None:
            self.load(get_dossier(context.database, context.scope, dossier_id))
        else:
            self.setWindowTitle(tr("carpass", "Nouveau dossier"))
            self.carpass_button.setEnabled(False)
            self.show_catalogue([])
        self.refresh_catalogue()
        self.editing = FormEditing(self, context, DRAFT_KIND, dossier_id, self.save)

    # -- showing --------------------------------------------------------------------
    def load(self, detail: DossierDetail) -> None:
        """Fill the form from a stored dossier."""
        self.detail = detail
        self.setWindowTitle(tr("carpass", "Dossier {number}", number=detail.number))
        values = {
            "number": str(detail.number), "owner": detail.owner or "", "plate": detail.plate, "vin": detail.vin or "",
            "first_registration": format_date(detail.first_registration) if detail.first_registration else "",
            "original_km": "" if detail.original_km is None else str(detail.original_km),
            "damage_km": "" if detail.damage_km is None else str(detail.damage_km),
            "repair_km": "" if detail.repair_km is None else str(detail.repair_km),
            "invoice_total": "" if detail.invoice_total is None else f"{detail.invoice_total:.2f}".replace(".", ","),
        }
        for name, value in values.items():
            self.edits[name].setText(value)
            self._mark(name, None)
        self.merged.setChecked(detail.merged)
        self.create_vat.setChecked(detail.create_vat_number)
        self.work_started.setText(format_local(detail.work_started_at) if detail.work_started_at
                                  else tr("carpass", "pas encore de pointage"))
        if detail.carpass_state:
            self.carpass_status.setText(render(state_name(detail.carpass_state)))
        elif detail.unmet_rules:  # say why, and how to list it anyway
            self.carpass_status.setText(tr("carpass", "pas dans la liste : {why} (bouton Car-Pass pour l'y mettre "
                                                      "quand même)", why=render(rules_text(detail.unmet_rules))))
        else:
            self.carpass_status.setText(tr("carpass", "pas dans la liste"))
        self.carpass_button.setEnabled(True)
        self.received_km = km_received_by_carpass(self.context.database, self.context.scope, detail.id)
        self.show_km_warning()
        self.work.show_dossier(detail.id)
        self._show_vin_warnings(detail.warnings)
        self.general_error.clear()
        self.show_catalogue(list(detail.activities))
        if hasattr(self, "editing"):  # re-read (after a save or a conflict): the new baseline of the draft
            self.editing.saved(detail.id)

    # -- work description --------------------------------------------------------------
    def show_catalogue(self, chosen: list[str] | None = None) -> None:
        """Show the site's standard list of work in the picker, ``chosen`` ticked (None:
        the picker's current choice)."""
        codes = self.picker.codes() if chosen is None else chosen
        known = set(self.detail.activities) if self.detail is not None else set()
        self.picker.set_catalogue(catalogue(self.context.database, self.context.scope, current_language(),
                                            keep=known | set(codes)), chosen)

    def refresh_catalogue(self) -> TaskRunner | None:
        """When the standard list is missing or a day old, fetch it in the background; the
        picker stays usable meanwhile and is refreshed after (ticks kept). The fetch may
        outlive the dialog: it then only stores the list for the next one."""
        database, scope = self.context.database, self.context.scope
        if not is_stale(database, scope):
            return None

        def operation(_token):
            yield Progress(0, 0)
            return refresh_if_stale(database, scope)

        runner = TaskRunner(None, tr("carpass", "Liste des travaux Car-Pass"), operation, show_dialog=False)
        _refreshing.add(runner)
        runner.finished.connect(lambda _result: _refreshing.discard(runner))
        runner.failed.connect(lambda _error: _refreshing.discard(runner))
        runner.finished.connect(self._catalogue_refreshed)
        runner.failed.connect(self._catalogue_failed)
        self.refresh_runner = runner
        return runner.start()

    def _catalogue_failed(self, error: BaseException) -> None:
        self.picker.set_note(render(error.message) if isinstance(error, AtelierError) else str(error), True)

    def _catalogue_refreshed(self, attempt) -> None:
        if attempt is None:
            return
        if attempt.update is not None:
            self.show_catalogue()
        elif attempt.problem is not None:
            empty = not self.picker.model.rowCount()
            prefix = "" if empty else self.picker.note.text() + " "
            self.picker.set_note(prefix + tr("carpass", "Mise à jour impossible : {reason}",
                                             reason=render(attempt.problem)), empty)

    def _show_vin_warnings(self, warnings) -> None:
        text = "\n".join(render(w) for w in warnings)
        self.vin_warning.setText(text)
        self.vin_warning.setVisible(bool(text))

    def show_field_error(self, error: ValidationError) -> None:
        """Put the reason under its field (the typed text stays)."""
        if error.field == "activities":
            self.picker.show_error(render(error.reason))
            return
        label = self.errors.get(error.field)
        if label is None:
            self.general_error.setText(render(error.message))
            return
        self._mark(error.field, render(error.reason))

    def _mark(self, name: str, reason: str | None) -> None:
        """Show ``reason`` under field ``name`` with a red frame, or clear both (None)."""
        self.errors[name].setText(reason or "")
        self.errors[name].setVisible(reason is not None)
        self.edits[name].setStyleSheet(INVALID_INPUT if reason is not None else "")

    def _focus_first_error(self) -> None:
        """Put the cursor in the first refused field, in screen order."""
        for name in TEXT_FIELDS:
            if self.errors[name].isVisibleTo(self):
                self.edits[name].setFocus(Qt.FocusReason.OtherFocusReason)
                self.edits[name].selectAll()
                return

    def _check_repair_km(self) -> None:
        """Warn while typing when the repair km is below the damage km (the list would flag it)."""
        try:
            damage = plain_int(self.edits["damage_km"].text().strip())
            repair = plain_int(self.edits["repair_km"].text().strip())
        except ValueError:
            self.repair_km_warning.hide()
            return
        below = repair < damage
        if below:
            self.repair_km_warning.setText(tr(
                "carpass", "Attention : {reason} ({repair} < {damage} km), faute de frappe ?",
                reason=render(CODE_TEXTS[REPAIR_BELOW_DAMAGE]), repair=repair, damage=damage))
        self.repair_km_warning.setVisible(below)

    def check_field(self, name: str) -> bool:
        """Check one field where it was typed; show the reason or the VIN warnings."""
        self._mark(name, None)
        try:
            value = _field_check(name)(self.edits[name].text())
        except ValidationError as error:
            self.show_field_error(error)
            return False
        if name == "vin":
            self.edits["vin"].setText(value.value or "")
            self._show_vin_warnings(value.warnings)
        return True

    # -- the km Car-Pass received ------------------------------------------------------
    def form_mileage(self) -> int | None:
        """The km a reading of this form would send (damage km, else reception km); None
        while a km field holds no valid number."""
        try:
            return sent_mileage(rules.clean_km("original_km", self.edits["original_km"].text()),
                                rules.clean_km("damage_km", self.edits["damage_km"].text()))
        except ValidationError:
            return None

    def show_km_warning(self) -> None:
        """"Car-Pass a reçu 50 000 km ; corriger ?" while the km differs from what Car-Pass holds."""
        km = self.form_mileage()
        differs = self.received_km is not None and km is not None and km != self.received_km
        if differs and self.received_km is not None and km is not None:
            self.km_warning.setText(tr("carpass", "{question} Le dossier indique {km}.",
                                       question=render(correction_question(self.received_km)), km=km_text(km)))
        self.km_warning_box.setVisible(differs)

    def ask_correction(self, before: int | None) -> None:
        """After a save that changed the km of a dossier Car-Pass has: ask whether to correct it."""
        if self.detail is None:
            return
        km = sent_mileage(self.detail.original_km, self.detail.damage_km)
        received = correction_needed(self.context.database, self.context.scope, self.detail.id, km)
        if received is None or km is None or km == before:
            return
        answer = QMessageBox.question(
            self, tr("carpass", "Car-Pass"),
            tr("carpass", "{question}\n\nLe dossier indique maintenant {km}. Le relevé reçu par Car-Pass reste tel "
                          "quel ; une correction lui envoie le bon kilométrage avec une raison.",
               question=render(correction_question(received)), km=km_text(km)))
        if answer == QMessageBox.StandardButton.Yes:
            self.open_correction()

    def open_correction(self) -> QDialog | None:
        """The correction dialog (right km and mandatory reason), starting at the form's km."""
        detail = self.detail
        if detail is None or detail.carpass_entry_id is None or self.received_km is None:
            return None
        intro = tr("carpass", "Car-Pass a reçu {km} pour le dossier {dossier}. Le relevé reçu reste tel quel ; la "
                              "correction est envoyée à part et gardée dans l'historique.",
                   km=km_text(self.received_km), dossier=detail.number)
        entry_id = detail.carpass_entry_id
        self.correction = correction_dialog(self, self.context, detail.number, entry_id,
                                            self.form_mileage() or self.received_km, intro, self._corrected)
        self.correction.open()
        return self.correction

    def _corrected(self) -> None:
        if self.detail is not None:
            self.load(get_dossier(self.context.database, self.context.scope, self.detail.id))

    # -- actions ----------------------------------------------------------------------
    def form_input(self) -> DossierInput:
        """What the clerk typed."""
        text = {name: self.edits[name].text() for name in TEXT_FIELDS}
        return DossierInput(merged=self.merged.isChecked(), create_vat_number=self.create_vat.isChecked(),
                            activities=self.picker.codes(), **text)

    def reject(self) -> None:
        """Close (Échap): asks first when typed input would be lost."""
        if self.editing.confirm_discard():
            super().reject()

    def save(self) -> bool:
        """Validate every field and save (also Ctrl+S, F10); nothing is saved while a field
        is refused."""
        for name in TEXT_FIELDS:
            self._mark(name, None)
        self.picker.show_error("")
        self.general_error.clear()
        before = sent_mileage(self.detail.original_km, self.detail.damage_km) if self.detail is not None else None
        try:
            if self.detail is None:
                result = create_dossier(self.context.database, self.context.scope, self.form_input())
            else:
                result = update_dossier(self.context.database, self.context.scope, self.detail.id,
                                        self.detail.version, self.form_input())
        except ValidationErrors as many:
            for error in many.errors:
                self.show_field_error(error)
            self._focus_first_error()
            return False
        except ValidationError as error:
            self.show_field_error(error)
            self._focus_first_error()
            return False
        except ConflictError as error:
            if ask_reload_after_conflict(self, error):
                self.load(get_dossier(self.context.database, self.context.scope, self.detail.id))
            return False
        except AtelierError as error:
            show_error(self, error)
            return False
        self.saved = True
        self.load(result.dossier)
        if result.enrolled:
            self.general_error.setStyleSheet("color: #1b5e20;")
            self.general_error.setText(tr("carpass", "Enregistré ; le dossier est entré automatiquement dans la "
                                                     "liste Car-Pass."))
        self.auto_send()
        self.ask_correction(before)
        return True

    def auto_send(self) -> None:
        """When the site sends automatically, send this dossier's reading once it is sendable."""
        entry_id = self.detail.carpass_entry_id if self.detail is not None else None
        if entry_id is None:
            return
        from app.ui.carpass.sending.send_action import auto_send

        auto_send(self, self.context, [entry_id])

    def enrol(self) -> None:
        """The Car-Pass button: manual enrolment, whatever rules 1-7 say, and say so."""
        if self.detail is None:
            return
        try:
            result = enrol_dossier(self.context.database, self.context.scope, self.detail.id)
        except AtelierError as error:
            show_error(self, error)
            return
        self.saved = True
        QMessageBox.information(self, tr("carpass", "Car-Pass"), render(result.explanation()))
        self.load(get_dossier(self.context.database, self.context.scope, self.detail.id))
        self.auto_send()
