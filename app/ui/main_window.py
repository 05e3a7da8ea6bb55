"""The main window: one tab per module, status bar with user, site and database."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME, __version__
from app.core.platform.sites import list_sites, switch_site
from app.ui.app_context import AppContext
from app.ui.errors import show_error
from app.ui.i18n import LANGUAGES, tr
from app.ui.modules import build_tabs
from app.ui.platform.ledger_banner import LedgerBanner
from app.ui.settings import language, set_language
from app.ui.window_geometry import place_window

DATABASE_LABEL_WIDTH = 320  # pixels of the status bar's database name


class MainWindow(QMainWindow):
    """Holds the module tabs. Emits ``rebuild_requested(scope)`` after a language or site
    change so the application can rebuild every screen in the new language or site."""

    rebuild_requested = Signal(object)
    # True: the clerk logs out (cancelling the login quits); False: another user takes over
    # (cancelling the login brings this user's window back).
    logout_requested = Signal(bool)

    def __init__(self, context: AppContext):
        super().__init__()
        self.context = context
        # Set once the clerk agreed to drop unsaved work (language or site change): the
        # window then closes without asking again.
        self.closing_confirmed = False
        scope = context.scope
        self.setWindowTitle(f"{APP_NAME} — {scope.site_name}")
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for index, (title, widget) in enumerate(build_tabs(context)):
            self.tabs.addTab(widget, title)
            if index < 9:
                QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self,
                          activated=lambda i=index: self.tabs.setCurrentIndex(i))
        self.tabs.currentChanged.connect(self._build_current_tab)
        self._build_current_tab()
        # On a screen smaller than a module's page (1366×768 at 150 %) the page scrolls
        # instead of pushing the window past the screen's edges.
        self.scroller = scroller = QScrollArea()  # the tabs scroll rather than widen the window
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        scroller.setWidget(self.tabs)
        self.ledger_banner = LedgerBanner()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.ledger_banner)
        layout.addWidget(scroller)
        self.setCentralWidget(central)
        if scope.is_admin:  # the chains of the admin's sites, checked off the GUI thread
            self.ledger_banner.start(context.database, scope)
        self._build_menus()
        self._build_status_bar()
        place_window(self, context.settings.value("window/geometry"))

    def show_module(self, key: str) -> QWidget | None:
        """Bring module ``key``'s tab to the front (built if needed) and return its screens."""
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if getattr(page, "key", None) == key:
                self.tabs.setCurrentIndex(index)
                return page.content()
        return None

    def _build_current_tab(self, _index: int = -1) -> None:
        page = self.tabs.currentWidget()
        if page is not None and hasattr(page, "content"):
            page.content()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("menu", "&Fichier"))
        if self.context.scope.is_admin:
            switch = QAction(tr("menu", "Changer de &site…"), self)
            switch.triggered.connect(self.choose_site)
            file_menu.addAction(switch)
        logout = QAction(tr("menu", "Se &déconnecter"), self)
        logout.setObjectName("logout")
        logout.triggered.connect(lambda: self.end_session(True))
        file_menu.addAction(logout)
        switch_user = QAction(tr("menu", "Changer d'&utilisateur…"), self)
        switch_user.setObjectName("switch_user")
        switch_user.triggered.connect(lambda: self.end_session(False))
        file_menu.addAction(switch_user)
        file_menu.addSeparator()
        quit_action = QAction(tr("menu", "&Quitter"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        settings_menu = self.menuBar().addMenu(tr("menu", "&Paramètres"))
        language_menu = settings_menu.addMenu(tr("menu", "&Langue"))
        current = language(self.context.settings)
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True, checked=code == current)
            action.setObjectName(f"language_{code}")
            action.triggered.connect(lambda _checked=False, c=code: self.change_language(c))
            language_menu.addAction(action)
        help_menu = self.menuBar().addMenu(tr("menu", "&Aide"))
        about = QAction(tr("menu", "À &propos d'Atelier"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        shortcuts = QAction(tr("menu", "&Raccourcis clavier"), self)
        shortcuts.setShortcut(QKeySequence.StandardKey.HelpContents)
        shortcuts.triggered.connect(self.show_shortcuts)
        help_menu.addAction(shortcuts)

    def _build_status_bar(self) -> None:
        scope = self.context.scope
        role = tr("roles", "administrateur") if scope.is_admin else tr("roles", "employé")
        self.user_label = QLabel(tr("status", "Utilisateur : {name} ({role})", name=scope.full_name, role=role))
        self.site_label = QLabel(tr("status", "Site : {code} — {name}", code=scope.site_code, name=scope.site_name))
        database = tr("status", "Base : {db}", db=self.context.database.display_name())
        # a long file path would widen the window past a small screen: cut in the middle,
        # whole in the tooltip
        self.database_label = QLabel()
        self.database_label.setText(self.database_label.fontMetrics().elidedText(
            database, Qt.TextElideMode.ElideMiddle, DATABASE_LABEL_WIDTH))
        self.database_label.setToolTip(database)
        for label in (self.user_label, self.site_label, self.database_label):
            self.statusBar().addPermanentWidget(label)

    def change_language(self, code: str) -> None:
        """Remember the language and rebuild the interface in it."""
        if code == language(self.context.settings) or not self.confirm_discard():
            return
        self.closing_confirmed = True
        set_language(self.context.settings, code)
        self.rebuild_requested.emit(self.context.scope)

    def end_session(self, logging_out: bool) -> None:
        """Fichier ▸ Se déconnecter / Changer d'utilisateur: after the unsaved-work question,
        the application closes this window and asks for a login again."""
        if not self.confirm_discard():
            return
        self.closing_confirmed = True
        self.logout_requested.emit(logging_out)

    def choose_site(self) -> None:
        """Admins act on another site of the company."""
        try:
            sites = list_sites(self.context.database, self.context.scope)
            labels = [f"{s.code} — {s.name}" for s in sites]
            current = next((i for i, s in enumerate(sites) if s.id == self.context.scope.site_id), 0)
            choice, ok = QInputDialog.getItem(self, tr("menu", "Changer de site"), tr("menu", "Site :"),
                                              labels, current, False)
            if ok and self.confirm_discard():
                self.closing_confirmed = True
                site = sites[labels.index(choice)]
                self.rebuild_requested.emit(switch_site(self.context.database, self.context.scope, site.id))
        except Exception as exc:
            show_error(self, exc)

    def show_about(self) -> None:
        """Version, database and licence summary."""
        QMessageBox.about(
            self, tr("menu", "À propos d'Atelier"),
            tr("about", "<b>{app} {version}</b><br>Logiciel des postes de carrosserie : Car-Pass, contrôles "
               "commerce véhicules, location de véhicules de remplacement.<br>Base : {db}",
               app=APP_NAME, version=__version__, db=self.context.database.display_name()))

    def show_shortcuts(self) -> None:
        """The keyboard shortcuts every screen shares."""
        QMessageBox.information(
            self, tr("menu", "Raccourcis clavier"),
            tr("about", "Ctrl+F : filtrer la liste\nF5 : actualiser la liste\nEntrée : ouvrir la ligne\n"
               "Espace : cocher la ligne\nCtrl+S ou F10 : enregistrer\nÉchap : abandonner la saisie\n"
               "F1 : aide du champ\nCtrl+1 à Ctrl+9 : module\nCtrl+Tab : onglet suivant\nCtrl+Q : quitter"))

    def unsaved_work(self) -> list[str]:
        """Descriptions of unsaved edits in the tabs (tabs expose ``unsaved_changes()``)."""
        found: list[str] = []
        for index in range(self.tabs.count()):
            probe = getattr(self.tabs.widget(index), "unsaved_changes", None)
            if probe is not None:
                found += [f"{self.tabs.tabText(index)} : {item}" for item in probe()]
        return found

    def confirm_discard(self) -> bool:
        """True when nothing is unsaved or the clerk saved it (tabs that can) or agreed to drop it."""
        pending = self.unsaved_work()
        if not pending or self.closing_confirmed:
            return True
        savable = [tab for tab in (self.tabs.widget(i) for i in range(self.tabs.count()))
                   if getattr(tab, "savable", lambda: False)() and tab.unsaved_changes()]
        buttons = QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        if savable:
            buttons |= QMessageBox.StandardButton.Save
        answer = QMessageBox.question(
            self, tr("menu", "Modifications non enregistrées"),
            tr("menu", "Ces modifications ne sont pas enregistrées :\n{items}\n\nLes enregistrer ?",
               items="\n".join(pending)) if savable else
            tr("menu", "Ces modifications ne sont pas enregistrées :\n{items}\n\nLes abandonner ?",
               items="\n".join(pending)),
            buttons, QMessageBox.StandardButton.Save if savable else QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Save:
            for tab in savable:
                if not tab.save_unsaved():  # refused: the tab shows why, the window stays open
                    self.tabs.setCurrentWidget(tab)
                    return False
            return not self.unsaved_work() or self._ask_discard_rest()
        return answer == QMessageBox.StandardButton.Discard

    def _ask_discard_rest(self) -> bool:
        """After saving what could be saved, what remains (tabs that cannot save from here)."""
        answer = QMessageBox.question(
            self, tr("menu", "Modifications non enregistrées"),
            tr("menu", "Ces modifications ne sont pas enregistrées :\n{items}\n\nLes abandonner ?",
               items="\n".join(self.unsaved_work())),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.confirm_discard():
            event.ignore()
            return
        self.context.settings.setValue("window/geometry", self.saveGeometry())
        self.context.close()  # no more change notices (nor listening) for this window
        super().closeEvent(event)
