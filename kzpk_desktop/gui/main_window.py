"""The main window: navigation pane, the current area, menus, toolbar, status bar."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..paths import APP_NAME
from ..services import expiry
from ..services import settings as business
from .area import DELETE, EXPORT, FIND, NEW, PRINT, REFRESH, SAVE, AreaContext, AreaPage
from .areas import AREAS, AreaSpec
from .expiry_notice import ExpiryNotice
from .language import LANGUAGES
from .recycle.undo import TABS, UndoDelete

SPLITTER_KEY = "main"
#: The navigation pane is never narrower than this, even for short titles.
NAVIGATION_MIN_WIDTH = 160
REGISTRY_AREA, EXPIRING_AREA = "registry", "expiring"
STATUS_TIMEOUT_MS = 6000
#: The first size of the window, within the screen (see ``fit_to_screen``).
DEFAULT_SIZE = QSize(1280, 800)
#: A failure stays on the status bar longer: the clerk must have time to read it.
FAULT_TIMEOUT_MS = 20_000


class MainWindow(QMainWindow):
    #: The user chose another interface language (the session rebuilds the window in it).
    languageRequested = Signal(str)

    def __init__(self, ctx: AreaContext, *, database: str = "",
                 areas: Sequence[AreaSpec] = AREAS, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._ctx = ctx
        # Areas the signed-in role may not see are left out altogether.
        self._specs = tuple(spec for spec in areas
                            if spec.minimum_role is None or ctx.may(spec.minimum_role))
        self._pages: dict[str, AreaPage] = {}
        self._holders: list[QScrollArea] = []

        self.navigation = QListWidget(self, objectName="navigationList")
        self.navigation.setSpacing(2)
        self.stack = QStackedWidget(self, objectName="areaStack")
        for spec in self._specs:
            QListWidgetItem(spec.translated_title(), self.navigation)
            # The page itself is built on first visit. Its holder scrolls, so an area that
            # needs more room than a small screen gives is scrolled, and never makes the
            # window wider than the screen (the stack's minimum is its largest page's).
            holder = QScrollArea(self.stack, objectName=f"{spec.key}Holder")
            holder.setWidgetResizable(True)
            holder.setFrameShape(QFrame.Shape.NoFrame)
            self._holders.append(holder)
            self.stack.addWidget(holder)
        # A floor, not a hint: the splitter gives the area its (large) minimum width first
        # and the navigation only what is left, which cut the longer titles.
        self.navigation.setMinimumWidth(self._navigation_width())
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self, objectName="mainSplitter")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self._make_actions()
        self._make_menus_and_toolbar()
        self.expiryNotice = ExpiryNotice(self)
        self.expiryNotice.set_linked(self._has_area(EXPIRING_AREA))
        self.expiryNotice.showRequested.connect(lambda: self.show_area(EXPIRING_AREA))
        self.statusBar().addPermanentWidget(self.expiryNotice)
        self.databaseLabel = QLabel(database, self, objectName="databaseLabel")
        self.databaseLabel.setToolTip(self.tr("The database this window works on"))
        self.statusBar().addPermanentWidget(self.databaseLabel)

        # Work that failed in the background, and the database coming back, are told here.
        ctx.ops.faulted.connect(lambda text: self.statusBar().showMessage(text, FAULT_TIMEOUT_MS))
        ctx.ops.connectionRestored.connect(lambda: self.statusBar().showMessage(
            self.tr("The connection to the database is back."), STATUS_TIMEOUT_MS))
        ctx.ops.changed.connect(self._changed)
        self.navigation.currentRowChanged.connect(self._show_area)
        self._restore_state()
        # Counted once the window is on screen: the first paint never waits for it.
        QTimer.singleShot(0, self, self.check_expiring)

    # -- areas ------------------------------------------------------------------------
    @property
    def current_page(self) -> AreaPage | None:
        row = self.navigation.currentRow()
        return self._pages.get(self._specs[row].key) if 0 <= row < len(self._specs) else None

    def page(self, key: str) -> AreaPage:
        """The area's page, built now if the clerk has not opened it yet."""
        index = next(i for i, spec in enumerate(self._specs) if spec.key == key)
        if key not in self._pages:
            page = self._specs[index].create(self._ctx)
            self._holders[index].setWidget(page)
            page.restore_state(self._ctx.settings)
            page.commandsChanged.connect(self._update_actions)
            page.statusMessage.connect(
                lambda text: self.statusBar().showMessage(text, STATUS_TIMEOUT_MS))
            page.openServiceman.connect(self.open_serviceman)
            self._pages[key] = page
        return self._pages[key]

    def show_area(self, key: str) -> AreaPage:
        index = next(i for i, spec in enumerate(self._specs) if spec.key == key)
        self.navigation.setCurrentRow(index)
        return self.page(key)

    def open_serviceman(self, serviceman_id: int, tab: str = "record") -> bool:
        """Open a serviceman's record in the registry area, on the given tab."""
        if not self._has_area(REGISTRY_AREA):
            return False
        return self.show_area(REGISTRY_AREA).open_record(serviceman_id, tab)

    def import_servicemen(self) -> None:
        """File > Import servicemen…: the wizard over the registry, which then lists them."""
        # The import is announced as a change: the registry, units' members, rosters and
        # the expiring documents read themselves again.
        self.show_area(REGISTRY_AREA).import_servicemen()

    def _navigation_width(self) -> int:
        """Wide enough for the longest title in the user's language, scroll bar included."""
        nav = self.navigation
        chrome = 2 * nav.frameWidth() + 2 * nav.spacing() \
            + nav.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, nav)
        return max(NAVIGATION_MIN_WIDTH, nav.sizeHintForColumn(0) + chrome)

    def _has_area(self, key: str) -> bool:
        return any(spec.key == key for spec in self._specs)

    def check_expiring(self) -> None:
        """Count the documents expired or expiring within the warning window (in the
        background); show the notice when the count is in."""
        def count(session) -> tuple[int, int]:
            window = business.warning_window_days(session)
            return expiry.count_expiring(session, window), window

        # Only a notice: a busy or unreachable database says so on the status bar.
        self._ctx.ops.read(count, lambda found: self.expiryNotice.set_count(*found), owner=self)

    def _changed(self, change) -> None:
        from .ops.changes import DOCUMENT, SERVICEMAN, SETTINGS

        if change.touches(DOCUMENT, SERVICEMAN, SETTINGS):
            self.check_expiring()

    def _show_area(self, row: int) -> None:
        if not 0 <= row < len(self._specs):
            return
        spec = self._specs[row]
        page = self.page(spec.key)
        self.stack.setCurrentIndex(row)
        self.setWindowTitle(f"{spec.translated_title()} — {APP_NAME}")
        self._ctx.settings.current_area = spec.key
        page.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_actions()

    # -- actions ------------------------------------------------------------------------
    def _action(self, name: str, text: str, shortcut, icon: QStyle.StandardPixmap | None,
                tip: str, slot) -> QAction:
        action = QAction(text, self, objectName=name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.setStatusTip(tip)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({keys})" if keys else tip)
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even with the menu bar hidden
        return action

    def _make_actions(self) -> None:
        sp = QStyle.StandardPixmap
        page = self._on_page
        self.commandActions = {
            NEW: self._action("newAction", self.tr("&New"), QKeySequence.StandardKey.New,
                              sp.SP_FileIcon, self.tr("Add a new record"), page("new_record")),
            SAVE: self._action("saveAction", self.tr("&Save"), QKeySequence.StandardKey.Save,
                               sp.SP_DialogSaveButton, self.tr("Save the record"), page("save")),
            DELETE: self._action("deleteAction", self.tr("&Delete…"), Qt.Key.Key_Delete,
                                 sp.SP_TrashIcon, self.tr("Delete the record"),
                                 page("delete_record")),
            FIND: self._action("findAction", self.tr("&Find"), QKeySequence.StandardKey.Find,
                               sp.SP_FileDialogContentsView, self.tr("Search the list"),
                               page("find")),
            REFRESH: self._action("refreshAction", self.tr("&Refresh"), Qt.Key.Key_F5,
                                  sp.SP_BrowserReload, self.tr("Read the list again"),
                                  page("refresh")),
            EXPORT: self._action("exportAction", self.tr("&Export list…"), "Ctrl+E", None,
                                 self.tr("Save the list as shown (search, filters, order) to "
                                         "an Excel or CSV file"), page("export_list")),
            PRINT: self._action("printPreviewAction", self.tr("&Print preview…"),
                                QKeySequence.StandardKey.Print, None,
                                self.tr("The pages of the report as they will print"),
                                page("print_preview")),
        }
        self.importAction = self._action(
            "importAction", self.tr("&Import servicemen…"), "Ctrl+I", None,
            self.tr("Add or update servicemen from an Excel list, after a preview"),
            self.import_servicemen)
        # A viewer may not import (the service refuses too); without the registry it has no home.
        may_import = self._ctx.may("clerk") and self._has_area(REGISTRY_AREA)
        self.importAction.setVisible(may_import)
        self.importAction.setEnabled(may_import)
        self.quitAction = self._action("quitAction", self.tr("&Quit"), "Ctrl+Q", None,
                                       self.tr("Close the application"), self.close)
        self.settingsAction = self._action("settingsAction", self.tr("&Settings…"), None, None,
                                           self.tr("Settings shared by every workstation on "
                                                   "this database"), self._edit_settings)
        self.aboutAction = self._action("aboutAction", self.tr("&About KZPK Desktop"), None, None,
                                        self.tr("Version and database"), self._about)
        self.columnsAction = self._action(
            "columnsAction", self.tr("&Columns…"), None, None,
            self.tr("Choose the columns the list shows; right-click a column header too"),
            self.choose_columns)
        self.shortcutsAction = self._action(
            "shortcutsAction", self.tr("&Keyboard shortcuts"), Qt.Key.Key_F1, None,
            self.tr("The keys of the window's commands"), self.show_shortcuts)
        self.undoDelete = UndoDelete(self._ctx.ops, self._ctx.lang, self)
        self.undoDelete.restored.connect(self._show_restored)
        self.recycleAction = self._action(
            "recycleAction", self.tr("Recycle &bin…"), None, None,
            self.tr("Deleted servicemen, documents and assignments, to restore"),
            self.show_recycle_bin)
        if not self._ctx.may("admin"):
            self.recycleAction.setEnabled(False)
            self.recycleAction.setToolTip(self._ctx.role_needed("admin"))

    def _on_page(self, method: str):
        def run() -> None:
            page = self.current_page
            if page is not None:
                getattr(page, method)()
        return run

    def _make_menus_and_toolbar(self) -> None:
        file_menu = self.fileMenu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.importAction)
        file_menu.addAction(self.commandActions[EXPORT])
        file_menu.addAction(self.commandActions[PRINT])
        file_menu.addSeparator()
        file_menu.addAction(self.quitAction)
        edit = self.editMenu = self.menuBar().addMenu(self.tr("&Edit"))
        edit.addAction(self.undoDelete.action)
        record = self.menuBar().addMenu(self.tr("&Record"))
        for key in (NEW, SAVE, DELETE):
            record.addAction(self.commandActions[key])
        tools = self.toolsMenu = self.menuBar().addMenu(self.tr("&Tools"))
        tools.addAction(self.settingsAction)
        tools.addAction(self.recycleAction)
        tools.setToolTipsVisible(True)  # a greyed-out command says which role may use it
        view = self.menuBar().addMenu(self.tr("&View"))
        for key in (FIND, REFRESH):
            view.addAction(self.commandActions[key])
        view.addSeparator()
        for i, spec in enumerate(self._specs[:9]):
            go = QAction(spec.translated_title(), self, objectName=f"go_{spec.key}")
            go.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            go.triggered.connect(lambda _=False, key=spec.key: self.show_area(key))
            view.addAction(go)
            self.addAction(go)
        view.addAction(self.columnsAction)
        if self._has_area(REGISTRY_AREA):
            from .registry.pane import record_pane_menu

            self.recordPaneMenu = record_pane_menu(
                view, self._ctx.settings, lambda: self.page(REGISTRY_AREA))
        view.addSeparator()
        self.languageMenu = view.addMenu(self.tr("&Language"))
        self.languageMenu.setObjectName("languageMenu")
        group = QActionGroup(self)
        for code, name in LANGUAGES:
            choice = QAction(name, self, objectName=f"language_{code}", checkable=True)
            choice.setChecked(code == self._ctx.lang)
            choice.triggered.connect(lambda _=False, c=code: self.languageRequested.emit(c))
            group.addAction(choice)
            self.languageMenu.addAction(choice)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.shortcutsAction)
        help_menu.addAction(self.aboutAction)

        toolbar = QToolBar(self.tr("Main toolbar"), self, objectName="mainToolBar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(QSize(16, 16))
        toolbar.setMovable(False)
        for key in (NEW, SAVE, DELETE):
            toolbar.addAction(self.commandActions[key])
        toolbar.addSeparator()
        for key in (FIND, REFRESH):
            toolbar.addAction(self.commandActions[key])
        toolbar.addAction(self.columnsAction)
        self.addToolBar(toolbar)

    def _update_actions(self) -> None:
        page = self.current_page
        available = page.commands() if page is not None else set()
        available -= self._ctx.forbidden_commands()
        for key, action in self.commandActions.items():
            action.setEnabled(key in available)
        # New and Find say what they do in this area (the shortcuts list says it for all).
        row = self.navigation.currentRow()
        spec = self._specs[row] if 0 <= row < len(self._specs) else None
        for key, default in ((NEW, self.tr("Add a new record")), (FIND, self.tr("Search the list"))):
            action = self.commandActions[key]
            tip = (spec.translated_command(key) if spec is not None else None) or default
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setStatusTip(tip)
            action.setToolTip(f"{tip} ({keys})")
        self.columnsAction.setEnabled(page is not None and page.list_kit() is not None)

    def choose_columns(self) -> None:
        """View > Columns…: the chooser of the current area's list, under its header."""
        page = self.current_page
        kit = page.list_kit() if page is not None else None
        if kit is not None:
            kit.show_chooser(kit.header.mapToGlobal(kit.header.rect().bottomLeft()))

    def _edit_settings(self) -> None:
        from .settings_dialog import BusinessSettingsDialog

        # A changed warning window is announced (SETTINGS): badges, lists and the notice
        # read themselves again.
        _saved, language = BusinessSettingsDialog.ask(self, self._ctx.ops,
                                                      language=self._ctx.lang,
                                                      gate=self._ctx.gate)
        if language is not None and language != self._ctx.lang:
            self.languageRequested.emit(language)  # the session builds the window again

    def show_recycle_bin(self) -> None:
        from .recycle.bin_dialog import RecycleBinDialog

        dialog = RecycleBinDialog(self._ctx.ops, self._ctx.lang, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self._show_restored)
        dialog.exec()

    def _show_restored(self, done) -> None:
        """A record is back from the recycle bin: show it where it lives."""
        if done.item_id == self.undoDelete.item:  # restored from the bin: nothing to undo
            self.undoDelete.forget()
        self.open_serviceman(done.serviceman_id, TABS.get(done.entity, "record"))

    def show_shortcuts(self) -> None:
        from .shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.actions(), self._specs, self).exec()

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About KZPK Desktop"), self.tr(
            "<b>KZPK Desktop</b> %1<br>Records and paperwork for Kazakhstan's UN peacekeeping "
            "contingents.<br><br>Database: %2").replace("%1", __version__)
            .replace("%2", self.databaseLabel.text()))

    # -- state --------------------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = self._ctx.settings
        if settings.window_geometry is None or not self.restoreGeometry(settings.window_geometry):
            self.resize(DEFAULT_SIZE)
        self.fit_to_screen()
        if settings.window_state is not None:
            self.restoreState(settings.window_state)
        settings.restore_splitter(SPLITTER_KEY, self.splitter,
                                  [self.navigation.minimumWidth(), 1280])
        keys = [spec.key for spec in self._specs]
        if keys:
            self.show_area(settings.current_area if settings.current_area in keys else keys[0])

    def fit_to_screen(self) -> None:
        """Keep the window inside the screen's available area (a geometry remembered on a
        larger screen, or the default size on a small laptop, would stick out of it)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            self.fit_within(screen.availableGeometry())

    def fit_within(self, room: QRect) -> None:
        frame = self.frameGeometry()
        chrome = QSize(frame.width() - self.width(), frame.height() - self.height())
        width = min(self.width(), room.width() - chrome.width())
        height = min(self.height(), room.height() - chrome.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        frame = self.frameGeometry()
        if not room.contains(frame):
            frame.moveLeft(max(room.left(), min(frame.left(), room.right() - frame.width())))
            frame.moveTop(max(room.top(), min(frame.top(), room.bottom() - frame.height())))
            self.move(frame.topLeft())

    def save_state(self) -> None:
        settings = self._ctx.settings
        settings.window_geometry = self.saveGeometry()
        settings.window_state = self.saveState()
        settings.remember_splitter(SPLITTER_KEY, self.splitter)
        for page in self._pages.values():
            page.save_state(settings)
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Visit each area with unsaved work so the clerk sees what the question is about.
        for key, page in self._pages.items():
            if page.commands() & {SAVE}:
                self.show_area(key)
            if not page.can_leave():
                event.ignore()
                return
        self.save_state()
        event.accept()
