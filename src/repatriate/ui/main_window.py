"""The main window: a sidebar of pages, the menus and shortcuts, and nothing else.

Each page is its own module; pages never call each other. They write through services and
announce it on the one DataEvents instance owned here; the window only switches pages and opens
files when asked."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from repatriate import __version__
from repatriate.services.database import Database
from repatriate.ui.desks_page import DesksPage
from repatriate.ui.events import DataEvents
from repatriate.ui.file_editor import FileEditor
from repatriate.ui.files_page import FilesPage
from repatriate.ui.import_dialog import ImportDialog, export_all
from repatriate.ui.overview_page import OverviewPage
from repatriate.ui.print_dialog import PrintDialog
from repatriate.ui.settings_page import SettingsPage
from repatriate.ui.week_page import WeekPage, notify_due
from repatriate.ui.welcome_page import WelcomePage


class MainWindow(QMainWindow):
    reopen_requested = Signal(str)
    """Open the window again on another database (the demo database, chosen on welcome)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.events = DataEvents(self)
        self.setWindowTitle(self.tr("Repatriate — %1").replace("%1", db.location))
        self.resize(1280, 800)

        self.welcome = WelcomePage(db, self.events)
        self.files = FilesPage(db, self.events)
        self.week = WeekPage(db, self.events)
        self.desks = DesksPage(db, self.events)
        self.overview = OverviewPage(db, self.events)
        self.settings = SettingsPage(db, self.events)
        self.editor = FileEditor(db, self.events)
        self.pages: list[tuple[str, QWidget]] = [
            (self.tr("Files"), self.files),
            (self.tr("This week"), self.week),
            (self.tr("Desks"), self.desks),
            (self.tr("Overview"), self.overview),
            (self.tr("Settings"), self.settings),
        ]
        self.stack = QStackedWidget()
        for widget in (self.welcome, self.editor, *(page for _, page in self.pages)):
            self.stack.addWidget(widget)
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.sidebar.setIconSize(QSize(0, 0))
        for title, _ in self.pages:
            QListWidgetItem(title, self.sidebar)
        self.sidebar.setMaximumWidth(
            max(self.sidebar.sizeHintForColumn(0) + 40, self.fontMetrics().averageCharWidth() * 16)
        )
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        location = QLabel(db.location)
        location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(location)

        self._build_menus()
        self.sidebar.currentRowChanged.connect(self._page_chosen)
        # Clicking Files while a file is open goes back to the table.
        self.sidebar.itemClicked.connect(lambda item: self._page_chosen(self.sidebar.row(item)))
        self.events.open_file.connect(self.open_file)
        self.events.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.events.changed.connect(self._files_changed)
        self.welcome.add_file_requested.connect(self.new_file)
        self.welcome.demo_ready.connect(self.reopen_requested.emit)
        self.settings.database_chosen.connect(self.reopen_requested.emit)
        self.editor.saved.connect(
            lambda ref: self.statusBar().showMessage(self.tr("Saved %1").replace("%1", ref), 5000)
        )
        self.show_page(self.files)
        QTimer.singleShot(0, lambda: notify_due(self, db))

    # -- menus and shortcuts --------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: object,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(
            self._action(self.tr("&New file"), self.new_file, QKeySequence.StandardKey.New)
        )
        file_menu.addAction(self._action(self.tr("&Import CSV…"), self.import_csv, "Ctrl+I"))
        file_menu.addAction(self._action(self.tr("&Export CSV…"), self.export_csv, "Ctrl+E"))
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(
                self.tr("&Print fact sheet…"), self.print_sheet, QKeySequence.StandardKey.Print
            )
        )
        file_menu.addAction(
            self._action(self.tr("Embassy &batch…"), self.print_batch, "Ctrl+Shift+P")
        )
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        )
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(
            self._action(self.tr("&Find files"), self.find_files, QKeySequence.StandardKey.Find)
        )
        go_menu = bar.addMenu(self.tr("&Go"))
        for number, (title, page) in enumerate(self.pages, start=1):
            go_menu.addAction(
                self._action(
                    title, lambda _=False, page=page: self.show_page(page), f"Ctrl+{number}"
                )
            )
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About Repatriate"), self.about))

    # -- pages ----------------------------------------------------------------------

    def _page_chosen(self, row: int) -> None:
        if row >= 0:
            self.show_page(self.pages[row][1])

    def show_page(self, page: QWidget) -> None:
        """Show a page, unless the open file has unsaved changes the user keeps."""
        if self.stack.currentWidget() is self.editor and not self.editor.maybe_leave():
            self._mark(self.files)
            return
        self._mark(page)
        if page is self.files and self.db.cases.count() == 0:
            page = self.welcome
        self.stack.setCurrentWidget(page)

    def _mark(self, page: QWidget) -> None:
        """Select the page's entry in the sidebar without choosing it again. An open file
        belongs under Files, so the sidebar always has a current entry: a list without one
        takes its first row when it gets the focus, which would leave the file."""
        rows = [row for row, (_, candidate) in enumerate(self.pages) if candidate is page]
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(rows[0])
        self.sidebar.blockSignals(False)

    def _files_changed(self, _refs: list[str]) -> None:
        if self.stack.currentWidget() is self.welcome and self.db.cases.count() > 0:
            self.stack.setCurrentWidget(self.files)

    def open_file(self, ref: str) -> None:
        if self.stack.currentWidget() is self.editor and not self.editor.maybe_leave():
            return
        self.editor.load(ref)
        self._show_editor()

    def new_file(self) -> None:
        if self.stack.currentWidget() is self.editor and not self.editor.maybe_leave():
            return
        self.editor.new_file()
        self._show_editor()

    def _show_editor(self) -> None:
        self._mark(self.files)
        self.stack.setCurrentWidget(self.editor)

    def find_files(self) -> None:
        self.show_page(self.files)
        if self.stack.currentWidget() is self.files:
            self.files.focus_filter()

    def _chosen_ref(self) -> str | None:
        if self.stack.currentWidget() is self.editor:
            return self.editor.current_ref
        if self.stack.currentWidget() is self.files:
            return self.files.current_ref()
        return None

    def print_sheet(self) -> None:
        ref = self._chosen_ref()
        if ref is None:
            QMessageBox.information(
                self,
                self.tr("Print fact sheet"),
                self.tr("Choose a file in the Files table, or open one, to print its fact sheet."),
            )
            return
        PrintDialog(self.db, self.events, self, ref=ref).exec()

    def print_batch(self) -> None:
        PrintDialog(self.db, self.events, self).exec()

    def import_csv(self) -> None:
        ImportDialog(self.db, self.events, self).exec()

    def export_csv(self) -> None:
        export_all(self, self.db)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Repatriate"),
            self.tr(
                "Repatriate %1\n\nTracks foreign prisoners held past the end of their sentence, "
                "the desks their repatriation file waits at, and the follow-ups that get them home."
            ).replace("%1", __version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.stack.currentWidget() is self.editor and not self.editor.maybe_leave():
            event.ignore()
            return
        event.accept()
