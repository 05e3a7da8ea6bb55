"""The "Contrôles commerce véhicules" tab: the eight VZSHE pages, one at a time, terminal style.

F20 / Shift+F8 / PgDn next page, F19 / Shift+F7 / PgUp previous page, F1 help of the
focused field, Enter next field, F10 / Ctrl+S save the page, Esc abandon after
confirmation. Clerks read, admins edit. Every page is built once and switched with a
QStackedWidget, so paging never rebuilds widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import DataKind
from app.core.controls.catalogue import Catalogue, current_language, load_catalogue
from app.core.controls.field_search import search_fields
from app.core.controls.field_validators import describe_allowed
from app.core.controls.values_service import read_site, save_page
from app.core.errors import ConflictError, ValidationError, ValidationErrors
from app.ui.app_context import AppContext
from app.ui.controls.dialogs import CompareSitesDialog, HistoryDialog
from app.ui.controls.overhead_preview import OverheadPreview
from app.ui.controls.page_form import ERROR_STYLE, PageForm
from app.ui.errors import ask_reload_after_conflict, confirm, show_error
from app.ui.i18n import render, tr
from app.ui.widgets.editing import FormEditing
from app.ui.widgets.live_view import LiveView

NEXT_KEYS = ("F20", "Shift+F8", "PgDown")
PREVIOUS_KEYS = ("F19", "Shift+F7", "PgUp")


class _SearchEdit(QLineEdit):
    """The search box: Down moves into the list of results."""

    def __init__(self, results: QListWidget):
        super().__init__()
        self.results = results

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Down and self.results.count():
            self.results.setFocus()
            self.results.setCurrentRow(0)
            return
        super().keyPressEvent(event)


DRAFT_KIND = "controls"


class ControlsView(QWidget):
    """Pages VZSHE10..VZSHE70 of the current site."""

    def __init__(self, context: AppContext, catalogue: Catalogue | None = None, parent=None):
        super().__init__(parent)
        self.context = context
        self.catalogue = catalogue or load_catalogue()
        self.editable = context.scope.is_admin
        self.forms: list[PageForm] = []
        self.header = QLabel()
        self.header.setObjectName("page_header")
        self.header.setStyleSheet("font-weight: bold; font-size: 15px;")
        self.header.setWordWrap(True)  # a long page title wraps instead of widening the window
        self.site_label = QLabel(tr("controls", "Site {code} — {mode}", code=context.scope.site_code,
                                    mode=tr("controls", "modification") if self.editable
                                    else tr("controls", "lecture seule")))
        self.results = QListWidget()
        self.results.setObjectName("search_results")
        self.results.setMaximumHeight(160)
        self.results.hide()
        self.results.itemActivated.connect(self.jump_to_item)
        self.results.itemClicked.connect(self.jump_to_item)
        self.search = _SearchEdit(self.results)
        self.search.setObjectName("field_search")
        self.search.setPlaceholderText(tr("controls", "Rechercher un champ (mots du libellé ou de l'aide)…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(340)
        self.search.textChanged.connect(self.update_search)
        self.search.returnPressed.connect(self.jump_to_first_hit)
        self.stack = QStackedWidget()
        self.message = QLabel()
        self.message.setObjectName("page_message")
        self.message.setWordWrap(True)
        self.legend = QLabel(tr("controls", "F19/Maj+F7/PgPréc page précédente · F20/Maj+F8/PgSuiv page suivante · "
                                            "F1 aide du champ · Entrée champ suivant · F10/Ctrl+S enregistrer · "
                                            "Échap abandonner") if self.editable else
                             tr("controls", "F19/Maj+F7/PgPréc page précédente · F20/Maj+F8/PgSuiv page suivante · "
                                            "F1 aide du champ · Entrée champ suivant · lecture seule"))
        self.legend.setObjectName("key_legend")
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("background: #1f2d3d; color: #e8eef5; padding: 4px; font-family: monospace;")
        self._build_pages()
        self._build_layout()
        self._build_shortcuts()
        self.reload()
        self.show_page(0)
        self.editing = FormEditing(self, context, DRAFT_KIND, context.scope.site_id, self.save, form=self.stack,
                                   shortcut_context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.editing.restored.connect(self._after_restore)
        # Another station's (or the site-copy's) saved values: re-read unless the clerk is typing.
        self.live = LiveView(self, context, {DataKind.CONTROLS}, self.reload_if_unchanged)

    # --- keyboard -------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        """F1 is the focused field's help here, not the window's Help menu: the key is
        claimed before the menu's shortcut sees it, then handled as a key press."""
        if event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_F1:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """F1: the focused field's help."""
        if event.key() == Qt.Key.Key_F1:
            self.show_help()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """On display the cursor goes into the page, so paging keys work at once."""
        super().showEvent(event)
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            QTimer.singleShot(0, self, self._focus_page)

    def _focus_page(self) -> None:
        inputs = self.form.ordered_inputs() if self.forms else []
        if inputs and self.isVisible():
            inputs[0].setFocus(Qt.FocusReason.OtherFocusReason)

    # --- building -------------------------------------------------------------------------

    def _build_pages(self) -> None:
        for page in self.catalogue.pages:
            form = PageForm(self.catalogue, page, self.editable)
            form.on_change(self._update_header)
            form.context_values = self.saved_values
            if page.id == "VZSHE50":
                form.preview = OverheadPreview(self.catalogue, form)
                form.extra.addWidget(form.preview)
            self.forms.append(form)
            self.stack.addWidget(form)

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.site_label)
        top.addWidget(self.search)
        buttons = QHBoxLayout()
        self.previous_button = QPushButton(tr("controls", "◀ Page précédente (F19)"))
        self.next_button = QPushButton(tr("controls", "Page suivante (F20) ▶"))
        self.help_button = QPushButton(tr("controls", "Aide (F1)"))
        self.previous_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        self.help_button.clicked.connect(self.show_help)
        for button in (self.previous_button, self.next_button, self.help_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(button)
        buttons.addStretch(1)
        if self.editable:
            self.history_button = QPushButton(tr("controls", "Historique du champ…"))
            self.compare_button = QPushButton(tr("controls", "Comparer / copier entre sites…"))
            self.save_button = QPushButton(tr("controls", "Enregistrer la page (F10)"))
            self.save_button.setObjectName("save_page")
            self.history_button.clicked.connect(self.show_history)
            self.compare_button.clicked.connect(self.compare_sites)
            self.save_button.clicked.connect(self.save)
            for button in (self.history_button, self.compare_button, self.save_button):
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.results)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addWidget(self.legend)

    def _build_shortcuts(self) -> None:
        bindings = [(k, self.next_page) for k in NEXT_KEYS] + [(k, self.previous_page) for k in PREVIOUS_KEYS]
        bindings += [("Esc", self.abandon)]  # F1: see event(); F10 and Ctrl+S: self.editing
        self.shortcuts = []
        for sequence, handler in bindings:
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(handler)
            self.shortcuts.append(shortcut)

    # --- pages ----------------------------------------------------------------------------

    @property
    def form(self) -> PageForm:
        """The page on screen."""
        return self.forms[self.stack.currentIndex()]

    def reload(self) -> None:
        """Read every page of the site and show the stored values (edits are dropped)."""
        try:
            pages = read_site(self.context.database, self.context.scope, catalogue=self.catalogue)
        except Exception as exc:
            show_error(self, exc)
            return
        for form in self.forms:
            page = pages[form.page.id]
            form.load(page.values, page.version)
        self._update_header()
        if hasattr(self, "editing"):  # the stored values are the new baseline of the draft
            self.editing.saved()

    def reload_if_unchanged(self) -> None:
        """Re-read the pages when none holds unsaved input (typed values are never dropped)."""
        if not self.unsaved_pages():
            self.reload()

    def _after_restore(self) -> None:
        """A draft was put back: check its values and mark the pages it changed."""
        for form in self.forms:
            form.revalidate(self.saved_values())
        self._update_header()

    def saved_values(self) -> dict[str, str]:
        """Every page's saved values (what the save checks the rules against)."""
        values: dict[str, str] = {}
        for form in self.forms:
            values.update(form.stored)
        return values

    def show_page(self, index: int) -> None:
        """Switch to page ``index`` (kept within the first and last page)."""
        index = max(0, min(index, len(self.forms) - 1))
        self.stack.setCurrentIndex(index)
        self._update_header()
        inputs = self.form.ordered_inputs()
        if inputs:
            inputs[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def next_page(self) -> None:
        """F20: the next page (stays on the last one)."""
        self.show_page(self.stack.currentIndex() + 1)

    def previous_page(self) -> None:
        """F19: the previous page (stays on the first one)."""
        self.show_page(self.stack.currentIndex() - 1)

    def _update_header(self) -> None:
        if not self.forms:
            return
        form = self.form
        page = form.page
        dirty = " ●" if form.is_dirty() else ""
        self.header.setText(f"{page.id} — {page.number} — {render(page.title)}{dirty}  "
                            f"({self.stack.currentIndex() + 1}/{len(self.forms)})")
        self.previous_button.setEnabled(self.stack.currentIndex() > 0)
        self.next_button.setEnabled(self.stack.currentIndex() < len(self.forms) - 1)

    # --- search ---------------------------------------------------------------------------

    def update_search(self, text: str) -> None:
        """List the fields matching the words typed."""
        self.results.clear()
        language = current_language(QCoreApplication.translate)
        for hit in search_fields(self.catalogue, text, language):
            item = QListWidgetItem(f"{hit.page.id}  {render(hit.field.label)}")
            item.setData(Qt.ItemDataRole.UserRole, (hit.page.id, hit.field.key))
            self.results.addItem(item)
        self.results.setVisible(self.results.count() > 0)

    def jump_to_first_hit(self) -> None:
        """Enter in the search box: go to the best match."""
        if self.results.count():
            self.jump_to_item(self.results.item(0))

    def jump_to_item(self, item: QListWidgetItem) -> None:
        """Show the page of a search result and put the cursor in its field."""
        page_id, key = item.data(Qt.ItemDataRole.UserRole)
        self.jump_to(page_id, key)
        self.results.hide()

    def jump_to(self, page_id: str, key: str) -> None:
        """Show ``page_id`` with the focus on field (or value) ``key``."""
        index = next(i for i, f in enumerate(self.forms) if f.page.id == page_id)
        self.show_page(index)
        self.form.focus_key(key)

    # --- help, history, compare -----------------------------------------------------------

    def help_text(self, key: str | None) -> tuple[str, str]:
        """Title and text of the F1 help for a value key (or the page when None)."""
        if key is None:
            page = self.form.page
            return f"{page.id} — {render(page.title)}", tr("controls", "Placez le curseur dans un champ puis "
                                                                       "appuyez sur F1 pour son aide.")
        slot = self.catalogue.slot(key)
        definition = slot.field
        lines = [render(definition.help) or tr("controls", "Pas d'aide pour ce champ."), "",
                 tr("controls", "Valeurs permises : {allowed}", allowed=render(describe_allowed(slot.validator_field)))]
        if definition.decision:
            lines.append(tr("controls", "Décision : {text}", text=definition.decision))
        lines.append(tr("controls", "Manuel : « {heading} »", heading=definition.source_heading))
        return f"{slot.page.id} — {render(slot.label())}", "\n".join(lines)

    def show_help(self) -> None:
        """F1: the focused field's help."""
        title, text = self.help_text(self.form.focused_key())
        QMessageBox.information(self, title, text)

    def show_history(self) -> None:
        """History of the focused field (admins)."""
        key = self.form.focused_key()
        if key is None:
            self.message.setText(tr("controls", "Placez le curseur dans un champ pour voir son historique."))
            return
        try:
            HistoryDialog(self.context, self.catalogue, key, self).exec()
        except Exception as exc:
            show_error(self, exc)

    def compare_sites(self) -> None:
        """Compare and copy values between sites (admins); reload if this site changed."""
        dialog = CompareSitesDialog(self.context, self.catalogue, self.form.page.id, self)
        dialog.exec()
        if dialog.copied:
            self.reload()

    # --- save and abandon -----------------------------------------------------------------

    def save(self) -> None:
        """F10: save the page on screen (admins; refused while a value is invalid)."""
        if not self.editable:
            return
        form = self.form
        form.revalidate(self.saved_values())
        if form.invalid:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(tr("controls", "La page {page} contient {n} valeur(s) refusée(s) : corrigez-les "
                                                "avant d'enregistrer.", page=form.page.id, n=len(form.invalid)))
            form.focus_key(next(iter(form.invalid)))
            return
        try:
            result = save_page(self.context.database, self.context.scope, form.page.id, form.typed(), form.version,
                               catalogue=self.catalogue)
        except (ValidationErrors, ValidationError) as exc:
            errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
            elsewhere = form.show_errors(errors)
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText("\n".join(self._elsewhere_text(e) for e in elsewhere) or
                                 tr("controls", "Enregistrement refusé : voir les raisons sous les champs."))
            if elsewhere:
                self._jump_to(elsewhere)
            return
        except ConflictError as exc:
            if ask_reload_after_conflict(self, exc):
                self.reload()
            return
        except Exception as exc:
            show_error(self, exc)
            return
        self.reload_page(form)
        self.editing.saved_part(form)
        self.message.setStyleSheet("")
        warnings = [tr("controls", "Attention — {field} : {reason}", field=render(self.catalogue.slot(w.key).label()),
                       reason=render(w.reason)) for w in result.warnings]
        self.message.setText("\n".join([tr("controls", "Page {page} enregistrée : {n} valeur(s) modifiée(s).",
                                           page=form.page.id, n=len(result.changed)), *warnings]))

    def _elsewhere_text(self, error: ValidationError) -> str:
        """A rule refused because of a field on another page: the page, the field, the reason."""
        slot = self.catalogue.slot(error.field)
        if slot is None:
            return render(error.message)
        return tr("controls", "Refusé par une règle entre pages — page {page}, « {field} » : {reason}",
                  page=slot.page.id, field=render(slot.label()), reason=render(error.reason))

    def _jump_to(self, errors: list[ValidationError]) -> None:
        """Show the page of the first field named by ``errors``, its reasons under the fields
        and the cursor in it (the page just edited keeps its typed values)."""
        pages = [form.page.id for form in self.forms]
        slot = self.catalogue.slot(errors[0].field)
        if slot is None or slot.page.id not in pages:
            return
        message = (self.message.text(), self.message.styleSheet())
        self.show_page(pages.index(slot.page.id))
        self.form.show_errors(errors)
        self.form.focus_key(errors[0].field)
        self.message.setStyleSheet(message[1])
        self.message.setText(message[0])

    def save_unsaved(self) -> bool:
        """Save every page with typed values (quitting with Save); False, on the first
        refused page, which is then on screen with its reasons."""
        for index, form in enumerate(self.forms):
            if form.is_dirty():
                self.show_page(index)
                self.save()
                if form.is_dirty():
                    return False
        return True

    def reload_page(self, form: PageForm) -> None:
        """Re-read one page after its save (other pages keep their edits)."""
        pages = read_site(self.context.database, self.context.scope, catalogue=self.catalogue)
        form.load(pages[form.page.id].values, pages[form.page.id].version)
        form.revalidate(self.saved_values())
        self._update_header()

    def unsaved_pages(self) -> list[str]:
        """Pages with typed values not saved yet (for a close or site-switch warning)."""
        return [form.page.id for form in self.forms if form.is_dirty()]

    def unsaved_changes(self) -> list[str]:
        """What the main window lists before closing or switching language or site."""
        return self.unsaved_pages()

    def abandon(self) -> None:
        """Esc: drop the page's edits after confirmation."""
        if not self.results.isHidden():
            self.results.hide()
            return
        form = self.form
        if not form.is_dirty():
            return
        if confirm(self, tr("controls", "Abandonner les modifications"),
                   tr("controls", "Abandonner les modifications de la page {page} ?", page=form.page.id)):
            form.load(form.stored, form.version)
            self.message.setText("")
            self._update_header()
